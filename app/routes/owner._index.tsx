import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "~/components/card";
import { TaskStatusTag } from "~/components/task-status-tag";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getMentorContact, getOrCreateEnterprise, loadJourney } from "~/lib/journey/journey.server";
import { countSessions } from "~/lib/mentoring/sessions.server";
import { taskHref } from "~/utils/journey/task-pages";
import { pageTitle } from "~/utils/meta";
import { formatIndonesianMobile } from "~/utils/phone";
import { completionTexts } from "~/utils/i18n/namespaces/completion";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "journey.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { template, states, summary } = loadJourney(db, enterprise);
  const titleOf = new Map(template.tasks.map((task) => [task.key, task.title[locale]]));
  const byKey = new Map(states.map((state) => [state.task.key, state]));
  const mentor = getMentorContact(db, enterprise.mentorUserId);
  return {
    fullName: user.fullName,
    sessionCount: countSessions(db, enterprise.id),
    goOnline: states.some((s) => s.task.key === "final_review" && s.status === "done"),
    summary: {
      done: summary.done,
      total: summary.total,
      next: summary.next ? { title: summary.next.task.title[locale], href: taskHref(summary.next.task.key) } : null,
    },
    steps: template.steps.map((step) => ({
      key: step.key,
      title: step.title[locale],
      tasks: step.tasks.map((key) => {
        const state = byKey.get(key)!;
        return {
          key,
          title: state.task.title[locale],
          summary: state.task.summary[locale],
          status: state.status,
          href: state.status === "cannot_start" ? null : taskHref(key),
          waitingFor: state.waitingFor.map((k) => titleOf.get(k) ?? k),
        };
      }),
    })),
    mentor: mentor
      ? {
          fullName: mentor.fullName,
          phone: mentor.phone ? formatIndonesianMobile(mentor.phone) : null,
          whatsapp: mentor.phone ? `https://wa.me/${mentor.phone.slice(1)}` : null,
        }
      : null,
  };
}

export default function OwnerHome() {
  const t = useT(completionTexts, journeyTexts);
  const { fullName, goOnline, summary, steps, mentor, sessionCount } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-stone-700">{t("owner.greeting", { name: fullName })}</p>
        <h1 className="mt-1 text-2xl font-bold text-stone-900">{t("journey.title")}</h1>
      </div>
      {goOnline ? (
        <section aria-labelledby="go-online" className="space-y-3 rounded-2xl bg-brand-700 p-5 text-white">
          <h2 id="go-online" className="text-xl font-bold">
            {t("journey.goOnline")}
          </h2>
          <Link
            to="/owner/certificate"
            className="inline-flex min-h-12 items-center rounded-lg bg-white px-6 font-semibold text-brand-800"
          >
            {t("finalReview.certificate")}
          </Link>
        </section>
      ) : null}
      <section aria-label={t("journey.next")} className="rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-100">
        <p className="text-lg font-semibold text-brand-800">
          {t("journey.progress", { done: summary.done, total: summary.total })}
        </p>
        <div
          className="mt-2 h-3 overflow-hidden rounded-full bg-white ring-1 ring-brand-100"
          role="img"
          aria-label={t("journey.progress", { done: summary.done, total: summary.total })}
        >
          <div
            className="h-full rounded-full bg-brand-600"
            style={{ width: `${summary.total ? Math.round((summary.done / summary.total) * 100) : 0}%` }}
          />
        </div>
        {summary.next ? (
          <p className="mt-3 text-stone-800">
            {t("journey.next")}:{" "}
            {summary.next.href ? (
              <Link to={summary.next.href} className="font-semibold text-brand-700 underline underline-offset-4">
                {summary.next.title}
              </Link>
            ) : (
              <strong>{summary.next.title}</strong>
            )}
          </p>
        ) : summary.done === summary.total ? (
          <p className="mt-3 text-stone-800">{t("journey.allDone")}</p>
        ) : null}
      </section>

      <ol className="space-y-6">
        {steps.map((step, index) => (
          <li key={step.key}>
            <h2 className="text-lg font-bold text-stone-900">
              <span className="text-stone-600">{t("journey.step", { n: index + 1 })} · </span>
              {step.title}
            </h2>
            <ul className="mt-2 divide-y divide-stone-200 rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
              {step.tasks.map((task) => (
                <li key={task.key} className="flex items-start justify-between gap-3 p-4">
                  <div className="min-w-0">
                    {task.href ? (
                      <Link
                        to={task.href}
                        aria-describedby={`status-${task.key}`}
                        className="font-semibold text-brand-700 underline underline-offset-4"
                      >
                        {task.title}
                      </Link>
                    ) : (
                      <span className="font-semibold text-stone-900">{task.title}</span>
                    )}
                    <p className="mt-0.5 text-sm text-stone-700">
                      {task.status === "cannot_start"
                        ? t("journey.waitingFor", { tasks: task.waitingFor.join(", ") })
                        : task.href
                          ? task.summary
                          : `${task.summary} ${t("journey.preparing")}`}
                    </p>
                  </div>
                  <TaskStatusTag status={task.status} id={`status-${task.key}`} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <Card id="owner-mentor" title={t("owner.mentor.title")}>
        {mentor ? (
          <div className="space-y-3">
            <p>{t("owner.mentor.assigned", { name: mentor.fullName })}</p>
            {mentor.whatsapp ? (
              <a
                href={mentor.whatsapp}
                className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
              >
                {t("owner.mentor.whatsapp", { name: mentor.fullName })}
              </a>
            ) : null}
          </div>
        ) : (
          <p>{t("owner.mentor.none")}</p>
        )}
      </Card>

      <Card id="owner-notes" title={t("owner.home.notes")}>
        <ul className="space-y-1">
          <li>
            <Link
              to="/owner/sessions"
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("owner.home.sessionsLink", { count: sessionCount })}
            </Link>
          </li>
          <li>
            <Link
              to="/owner/impact"
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("owner.home.impactLink")}
            </Link>
          </li>
        </ul>
      </Card>
    </div>
  );
}
