import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TaskPageHeader } from "~/components/task-page";
import { TaskStatusTag } from "~/components/task-status-tag";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { goOnlineSummary } from "~/lib/journey/go-online.server";
import { getOrCreateEnterprise, getTaskRecord, loadJourney, saveTaskAnswers } from "~/lib/journey/journey.server";
import { readFormData } from "~/lib/http/form.server";
import { intlLocale } from "~/utils/i18n";
import type { TaskStatus } from "~/utils/journey/status";
import { taskHref } from "~/utils/journey/task-pages";
import { taskPageTitle } from "~/utils/meta";
import { completionTexts } from "~/utils/i18n/namespaces/completion";
import { productTexts } from "~/utils/i18n/namespaces/product";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { template, states } = loadJourney(db, enterprise);
  const state = states.find((s) => s.task.key === "final_review")!;
  const record = getTaskRecord(db, enterprise.id, "final_review");
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    // Every task before this one, with its status: the mentor must have approved each.
    tasks: states
      .filter((s) => s.task.key !== "final_review" && s.task.required)
      .map((s) => ({
        key: s.task.key,
        title: s.task.title[locale],
        status: s.status as TaskStatus,
        href: taskHref(s.task.key),
      })),
    summary: goOnlineSummary(db, enterprise.id, template, locale),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { template, states } = loadJourney(db, enterprise);
  const state = states.find((s) => s.task.key === "final_review")!;
  if (state.status === "cannot_start" || state.status === "done") {
    throw data({ reason: "cannotStart" as const }, { status: 409 });
  }
  const formData = await readFormData(request);
  if (formData.get("intent") !== "finish") throw data({ reason: "badForm" as const }, { status: 400 });
  saveTaskAnswers(db, {
    enterpriseId: enterprise.id,
    taskKey: "final_review",
    actorUserId: user.id,
    mode: "finish",
    needsReview: state.task.needsReview,
    answers: goOnlineSummary(db, enterprise.id, template, locale),
  });
  throw redirect("/owner?saved=final_review");
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{label}</dt>
      <dd className="break-words text-stone-800 sm:col-span-2">{value}</dd>
    </div>
  );
}

export default function FinalReview() {
  const t = useT(completionTexts, productTexts);
  const locale = useLocale();
  const { title, help, status, reviewComment, tasks, summary } = useLoaderData<typeof loader>();
  const none = t("finalReview.none");
  const goOnlineOn = summary.goOnlineAt
    ? new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(
        new Date(summary.goOnlineAt * 1000),
      )
    : null;
  return (
    <div className="space-y-6">
      <TaskPageHeader title={title} help={help} status={status} reviewComment={reviewComment} savedDraft={false} />
      {goOnlineOn ? (
        <section className="space-y-3 rounded-2xl bg-brand-700 p-5 text-white" aria-labelledby="go-online">
          <h2 id="go-online" className="text-xl font-bold">
            {t("finalReview.goOnline", { date: goOnlineOn })}
          </h2>
          <Link
            to="/owner/certificate"
            className="inline-flex min-h-12 items-center rounded-lg bg-white px-6 font-semibold text-brand-800"
          >
            {t("finalReview.certificate")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="tasks-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="tasks-title" className="text-lg font-bold text-stone-900">
          {t("finalReview.tasks")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("finalReview.tasksHint")}</p>
        <ul className="mt-3 divide-y divide-stone-200">
          {tasks.map((task) => (
            <li key={task.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
              {task.href && task.status !== "cannot_start" ? (
                <Link to={task.href} className="text-brand-800 underline underline-offset-4">
                  {task.title}
                </Link>
              ) : (
                <span>{task.title}</span>
              )}
              <TaskStatusTag status={task.status} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="summary-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="summary-title" className="text-lg font-bold text-stone-900">
          {t("finalReview.summary")}
        </h2>
        <dl className="mt-2 divide-y divide-stone-200">
          <Fact label={t("certificate.enterprise")} value={summary.enterpriseName ?? none} />
          <Fact label={t("certificate.brand")} value={summary.brandName ?? none} />
          <Fact label={t("certificate.place")} value={summary.place ?? none} />
          <Fact label="NIB" value={summary.nib ?? none} />
          <Fact
            label={t("finalReview.products")}
            value={t("product.summary", { total: summary.products.total, ready: summary.products.ready })}
          />
          <Fact label={t("finalReview.channels")} value={summary.openChannels.join(", ") || none} />
          <Fact label={t("certificate.mentor")} value={summary.mentorName ?? t("finalReview.noMentor")} />
        </dl>
      </section>

      {status === "cannot_start" ? (
        <p className="rounded-lg bg-stone-100 p-4 text-stone-800">{t("finalReview.waiting")}</p>
      ) : status === "submitted" || status === "done" ? null : (
        <Form method="post" className="space-y-3">
          <p className="text-sm text-stone-700">{t("finalReview.requestHint")}</p>
          <button
            type="submit"
            name="intent"
            value="finish"
            className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
          >
            {t("finalReview.request")}
          </button>
        </Form>
      )}
    </div>
  );
}
