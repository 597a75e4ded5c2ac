import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FieldError, FormAlert } from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { listAuditLog, type AuditLogPage } from "~/lib/audit/audit-log.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_SUBJECT_TYPES,
  isAuditAction,
  isAuditSubjectType,
  type AuditActionGroup,
} from "~/utils/audit/actions";
import { auditSearch, parseAuditFilters, type AuditFilterField, type AuditFilters } from "~/utils/audit/filters";
import { summarizeDetails } from "~/utils/audit/summary";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { auditTexts } from "~/utils/i18n/namespaces/audit";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const { filters, errors } = parseAuditFilters(new URL(request.url).searchParams);
  if (Object.keys(errors).length > 0) {
    const page: AuditLogPage = { rows: [], olderBefore: null, unknownActor: false };
    return data({ filters, errors, page }, { status: 400 });
  }
  return data({ filters, errors, page: listAuditLog(getDb(), filters) });
}

const inputClass =
  "mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A filter's label, hint, note and error around its control, wired with aria-describedby. */
function FilterField({
  name,
  label,
  hint,
  note,
  children,
}: {
  name: AuditFilterField | "action";
  label: string;
  hint?: string;
  note?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => React.ReactNode;
}) {
  const t = useT(auditTexts);
  const { errors } = useLoaderData<typeof loader>();
  const error = name === "action" ? undefined : errors[name];
  const described = [hint ? `${name}-hint` : null, note ? `${name}-note` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children({
        id: `filter-${name}`,
        "aria-describedby": described || undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {note ? (
        <p id={`${name}-note`} className="mt-1 text-sm font-medium text-amber-900">
          {note}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} text={error ? t(error) : ""} />
    </div>
  );
}

function Filters({ filters }: { filters: AuditFilters }) {
  const t = useT(auditTexts);
  const { page } = useLoaderData<typeof loader>();
  const active = auditSearch({ ...filters, before: null }) !== "";
  // Subject, dates and IP are asked for less often: folded away unless in use or wrong.
  const more = Boolean(filters.subjectType || filters.subjectId || filters.from || filters.to || filters.ip);
  return (
    <Form
      method="get"
      role="search"
      aria-labelledby="audit-filters"
      noValidate
      className="space-y-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id="audit-filters" className="text-lg font-bold text-stone-900">
        {t("audit.filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <FilterField name="action" label={t("audit.filter.action")}>
          {(props) => (
            <select name="action" defaultValue={filters.action ?? ""} className={inputClass} {...props}>
              <option value="">{t("audit.filter.anyAction")}</option>
              {(Object.keys(AUDIT_ACTION_GROUPS) as AuditActionGroup[]).map((group) => (
                <optgroup key={group} label={t(`audit.group.${group}`)}>
                  {AUDIT_ACTION_GROUPS[group].map((action) => (
                    <option key={action} value={action}>
                      {t(`audit.action.${action}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FilterField>
        <FilterField
          name="actor"
          label={t("audit.filter.actor")}
          hint={t("audit.filter.actorHint")}
          note={page.unknownActor ? t("audit.error.unknownActor") : undefined}
        >
          {(props) => (
            <input
              type="text"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              name="actor"
              defaultValue={filters.actor}
              className={inputClass}
              {...props}
            />
          )}
        </FilterField>
      </div>
      <details open={more || undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
          {t("audit.moreFilters")}
        </summary>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <FilterField name="subjectType" label={t("audit.filter.subjectType")}>
            {(props) => (
              <select name="subjectType" defaultValue={filters.subjectType ?? ""} className={inputClass} {...props}>
                <option value="">{t("audit.filter.anySubject")}</option>
                {AUDIT_SUBJECT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`audit.subject.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FilterField>
          <FilterField name="subjectId" label={t("audit.filter.subjectId")} hint={t("audit.filter.subjectIdHint")}>
            {(props) => (
              <input
                type="text"
                name="subjectId"
                autoComplete="off"
                defaultValue={filters.subjectId}
                className={inputClass}
                {...props}
              />
            )}
          </FilterField>
          <FilterField name="from" label={t("audit.filter.from")} hint={t("audit.filter.dateHint")}>
            {(props) => <input type="date" name="from" defaultValue={filters.from} className={inputClass} {...props} />}
          </FilterField>
          <FilterField name="to" label={t("audit.filter.to")} hint={t("audit.filter.dateHint")}>
            {(props) => <input type="date" name="to" defaultValue={filters.to} className={inputClass} {...props} />}
          </FilterField>
          <FilterField name="ip" label={t("audit.filter.ip")}>
            {(props) => (
              <input
                type="text"
                name="ip"
                autoComplete="off"
                spellCheck={false}
                defaultValue={filters.ip}
                className={inputClass}
                {...props}
              />
            )}
          </FilterField>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("audit.filter.apply")}
        </button>
        {active ? (
          <Link
            to="/admin/audit"
            className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
          >
            {t("audit.filter.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function Entries() {
  const t = useT(auditTexts);
  const locale = useLocale();
  const { page } = useLoaderData<typeof loader>();
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  return (
    <ol className="space-y-3" aria-labelledby="audit-entries">
      {page.rows.map((row) => {
        const summary = summarizeDetails(t, row.action, row.details);
        return (
          <li key={row.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
            <p className="font-bold text-stone-900">
              {isAuditAction(row.action) ? t(`audit.action.${row.action}`) : row.action}
            </p>
            {summary ? <p className="break-words text-sm text-stone-800">{summary}</p> : null}
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold text-stone-600">{t("audit.col.when")}</dt>
              <dd>
                <time dateTime={new Date(row.at * 1000).toISOString()}>
                  {t("audit.time", { time: when.format(new Date(row.at * 1000)) })}
                </time>
              </dd>
              <dt className="font-semibold text-stone-600">{t("audit.col.who")}</dt>
              <dd className="break-words">
                {row.actorUserId === null ? t("audit.system") : `${row.actorName} (${row.actorEmail})`}
              </dd>
              {row.subjectType ? (
                <>
                  <dt className="font-semibold text-stone-600">{t("audit.col.subject")}</dt>
                  <dd className="break-words">
                    {row.subjectId
                      ? t("audit.subjectValue", {
                          type: isAuditSubjectType(row.subjectType)
                            ? t(`audit.subject.${row.subjectType}`)
                            : row.subjectType,
                          id: row.subjectId,
                        })
                      : isAuditSubjectType(row.subjectType)
                        ? t(`audit.subject.${row.subjectType}`)
                        : row.subjectType}
                  </dd>
                </>
              ) : null}
              <dt className="font-semibold text-stone-600">{t("audit.col.where")}</dt>
              <dd className="break-all">{row.ip ?? t("audit.noIp")}</dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

export default function AuditLog() {
  const t = useT(auditTexts);
  const { filters, errors, page } = useLoaderData<typeof loader>();
  const link =
    "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-brand-800";
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("audit.title")}</h1>
        <p className="mt-2 text-stone-700">{t("audit.lead")}</p>
      </div>
      {hasErrors ? <FormAlert>{t("audit.error.summary")}</FormAlert> : null}
      <Filters key={auditSearch(filters)} filters={filters} />
      {hasErrors ? null : (
        <section aria-labelledby="audit-entries" className="space-y-3">
          <h2 id="audit-entries" className="sr-only">
            {t("audit.table.caption")}
          </h2>
          <p role="status" className="text-stone-700">
            {page.rows.length === 0 ? t("audit.empty") : t("audit.pageCount", { count: page.rows.length })}
          </p>
          <Entries />
          {filters.before || page.olderBefore ? (
            <nav aria-label={t("audit.pager")} className="flex flex-wrap items-center justify-between gap-2">
              {filters.before ? (
                <Link to={`/admin/audit${auditSearch(filters)}`} className={link}>
                  ← {t("audit.newest")}
                </Link>
              ) : (
                <span />
              )}
              {page.olderBefore ? (
                <Link to={`/admin/audit${auditSearch(filters, page.olderBefore)}`} className={link} rel="next">
                  {t("audit.older")} →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </div>
  );
}
