import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { useFormatDate } from "~/components/mentor";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { discardDraft, editableTemplate, listTemplateVersions } from "~/lib/journey/template-editor.server";
import { intlLocale } from "~/utils/i18n";
import { templateChanges } from "~/utils/journey/template-edit";
import { TASK_KEYS, type TaskKey } from "~/utils/journey/template-types";
import { pageTitle } from "~/utils/meta";
import { adminChecklistTexts } from "~/utils/i18n/namespaces/admin-checklist";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminChecklist.title");

function isTaskKey(value: string | null): value is TaskKey {
  return (TASK_KEYS as readonly (string | null)[]).includes(value);
}

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const url = new URL(request.url);
  const asked = Number(url.searchParams.get("page"));
  const { draft, latest, base, template } = editableTemplate(db);
  const changed = new Set(draft ? templateChanges(base, draft.template).map((c) => c.key) : []);
  const versions = listTemplateVersions(db, 1);
  const page = Number.isInteger(asked) && asked > 1 ? Math.min(asked, versions.pageCount) : 1;
  const saved = url.searchParams.get("saved");
  const published = Number(url.searchParams.get("published"));
  return {
    latest,
    draft: draft
      ? {
          baseVersion: draft.baseVersion,
          updatedAt: draft.updatedAt,
          updatedByName: draft.updatedByName,
          outdated: draft.baseVersion !== latest,
        }
      : null,
    tasks: template.tasks.map((task) => ({
      key: task.key,
      title: task.title,
      summary: task.summary,
      items: task.items?.length ?? 0,
      changed: changed.has(task.key),
    })),
    versions: page === 1 ? versions : listTemplateVersions(db, page),
    page,
    notice: {
      saved: isTaskKey(saved) ? (template.tasks.find((t) => t.key === saved)?.title ?? null) : null,
      published: Number.isInteger(published) && published > 0 ? published : null,
      discarded: url.searchParams.has("discarded"),
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const form = await readFormData(request);
  if (form.get("intent") !== "discard") throw data({ reason: "badForm" as const }, { status: 400 });
  discardDraft(getDb(), { userId: admin.id, ip: context.clientIp });
  throw redirect("/admin/checklist?discarded");
}

export default function ChecklistAdmin() {
  const t = useT(adminChecklistTexts);
  const locale = useLocale();
  const formatDate = useFormatDate();
  const number = new Intl.NumberFormat(intlLocale(locale));
  const { latest, draft, tasks, versions, page, notice } = useLoaderData<typeof loader>();
  const changedCount = tasks.filter((task) => task.changed).length;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("adminChecklist.title")}</h1>
        <p className="mt-2 text-stone-700">{t("adminChecklist.lead")}</p>
      </div>
      {notice.saved ? <SuccessNotice>{t("adminChecklist.saved", { task: notice.saved[locale] })}</SuccessNotice> : null}
      {notice.published ? (
        <SuccessNotice>{t("adminChecklist.published", { version: notice.published })}</SuccessNotice>
      ) : null}
      {notice.discarded ? <SuccessNotice>{t("adminChecklist.discarded")}</SuccessNotice> : null}

      <section aria-labelledby="draft-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="draft-title" className="text-lg font-bold text-stone-900">
          {t("adminChecklist.draft.title")}
        </h2>
        {draft ? (
          <div className="mt-2 space-y-3">
            <p>
              {t("adminChecklist.draft.info", {
                version: draft.baseVersion,
                date: formatDate(draft.updatedAt),
                name: draft.updatedByName ?? t("adminChecklist.draft.someone"),
              })}{" "}
              {t("adminChecklist.draft.changedCount", { count: changedCount })}
            </p>
            {draft.outdated ? (
              <p className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
                {t("adminChecklist.draft.outdated", { version: latest })}
              </p>
            ) : (
              <Link
                to="/admin/checklist/publish"
                className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
              >
                {t("adminChecklist.draft.review")}
              </Link>
            )}
            <details className="rounded-lg bg-stone-50 p-3">
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800">
                {t("adminChecklist.discard.summary")}
              </summary>
              <Form method="post" className="mt-2 space-y-3">
                <p className="text-stone-700">{t("adminChecklist.discard.body")}</p>
                <button
                  type="submit"
                  name="intent"
                  value="discard"
                  className="inline-flex min-h-12 items-center justify-center rounded-lg bg-red-700 px-6 font-semibold text-white hover:bg-red-800"
                >
                  {t("adminChecklist.discard.submit")}
                </button>
              </Form>
            </details>
          </div>
        ) : (
          <p className="mt-2">{t("adminChecklist.draft.none", { version: latest })}</p>
        )}
      </section>

      <section aria-labelledby="tasks-title" className="space-y-3">
        <h2 id="tasks-title" className="text-lg font-bold text-stone-900">
          {t("adminChecklist.tasks.title")}
        </h2>
        <p className="text-stone-700">
          {draft ? t("adminChecklist.tasks.fromDraft") : t("adminChecklist.tasks.fromVersion", { version: latest })}
        </p>
        <ul className="space-y-2">
          {tasks.map((task) => (
            <li key={task.key} className="rounded-xl bg-white p-4 ring-1 ring-stone-200">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/admin/checklist/tasks/${task.key}`}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                >
                  {task.title[locale]}
                </Link>
                {task.changed ? (
                  <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
                    {t("adminChecklist.tasks.changed")}
                  </span>
                ) : null}
              </div>
              <p className="text-sm text-stone-700">{task.summary[locale]}</p>
              {task.items > 0 ? (
                <p className="text-sm text-stone-600">{t("adminChecklist.tasks.items", { count: task.items })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="versions-title" className="space-y-3">
        <h2 id="versions-title" className="text-lg font-bold text-stone-900">
          {t("adminChecklist.versions.title")}
        </h2>
        {/* Wider than a phone: the table scrolls sideways, so it takes focus for keyboard users. */}
        <div
          role="region"
          aria-labelledby="versions-title"
          tabIndex={0}
          className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200 focus:ring-2 focus:ring-brand-700 focus:outline-none"
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("adminChecklist.versions.caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">
                  {t("adminChecklist.versions.version")}
                </th>
                <th scope="col" className="p-2">
                  {t("adminChecklist.versions.publishedAt")}
                </th>
                <th scope="col" className="p-2">
                  {t("adminChecklist.versions.publishedBy")}
                </th>
                <th scope="col" className="p-2">
                  {t("adminChecklist.versions.note")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("adminChecklist.versions.enterprises")}
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.rows.map((row) => (
                <tr key={row.version} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    {row.version}
                  </th>
                  <td className="p-2 whitespace-nowrap">{formatDate(row.publishedAt)}</td>
                  <td className="p-2">
                    {row.publishedByName ??
                      (row.note ? t("adminChecklist.draft.someone") : t("adminChecklist.versions.builtIn"))}
                  </td>
                  <td className="min-w-48 p-2 break-words">
                    {row.note ?? <span className="text-stone-600">{t("adminChecklist.versions.noNote")}</span>}
                  </td>
                  <td className="p-2 text-right tabular-nums">{number.format(row.enterprises)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager
          page={page}
          pageCount={versions.pageCount}
          hrefFor={(p) => `/admin/checklist?page=${p}`}
          label={t("adminChecklist.versions.pager")}
        />
      </section>
    </div>
  );
}
