import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Count, DaysAgo, StageTag, useFormatDate } from "~/components/mentor";
import { Pager } from "~/components/pager";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { caseloadCounts, caseloadRegions, listCaseload } from "~/lib/mentoring/caseload.server";
import { stalledAfterDays } from "~/lib/mentoring/settings.server";
import { SIZE_CLASSES } from "~/utils/enterprise/size-class";
import { PRODUCT_CATEGORIES } from "~/utils/journey/template-types";
import {
  CASELOAD_SORTS,
  CASELOAD_VIEWS,
  caseloadSearch,
  parseCaseloadFilters,
  type CaseloadFilters,
} from "~/utils/mentoring/caseload-filters";
import { STAGES } from "~/utils/mentoring/stage";
import { daysSince } from "~/utils/mentoring/stalled";
import { checkInMessage, whatsappLink } from "~/utils/mentoring/whatsapp";
import { pageTitle } from "~/utils/meta";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { caseloadTexts } from "~/utils/i18n/namespaces/caseload";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { profileTexts } from "~/utils/i18n/namespaces/profile";
import { reviewTexts } from "~/utils/i18n/namespaces/review";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "mentor.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const filters = parseCaseloadFilters(new URL(request.url).searchParams);
  const { now, today } = requestNow(request);
  const stalledDays = stalledAfterDays(db);
  const clock = { now, today, stalledDays };
  const counts = caseloadCounts(db, user.id, clock);
  const list = listCaseload(db, user.id, filters, clock, counts.total);
  const regions = caseloadRegions(db, user.id);
  const provinces = [...new Map(regions.map((r) => [r.provinceCode, r.provinceName])).entries()];
  return {
    fullName: user.fullName,
    filters,
    stalledDays,
    counts,
    total: list.total,
    pageCount: list.pageCount,
    provinces: provinces.map(([code, name]) => ({ code, name })),
    regencies: regions,
    rows: list.rows.map((row) => {
      // the WhatsApp link is offered for stalled enterprises only (below)
      const phone = row.stalled === 1 ? (row.whatsapp ?? row.ownerPhone) : null;
      return {
        id: row.id,
        name: row.name,
        ownerName: row.ownerName,
        regencyName: row.regencyName,
        stage: row.stage,
        progressPercent: row.progressPercent,
        tasksWaiting: row.tasksWaiting,
        quietDays: daysSince(row.lastActivityAt, now),
        nextFollowUpOn: row.nextFollowUpOn,
        followUpPassed: row.nextFollowUpOn !== null && row.nextFollowUpOn < today && row.goOnlineAt === null,
        stalled: row.stalled === 1,
        whatsapp: phone ? whatsappLink(phone, checkInMessage(row.ownerName, user.fullName, row.name)) : null,
      };
    }),
  };
}

function FilterSelect({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value: string | null;
  options: { value: string; label: string; group?: string }[];
  all: string;
}) {
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (list: typeof options) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2 text-base"
      >
        <option value="">{all}</option>
        {groups.length > 1 || groups[0]
          ? groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(options.filter((o) => (o.group ?? "") === g))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </div>
  );
}

function Filters({ filters }: { filters: CaseloadFilters }) {
  const t = useT(
    brandCheckTexts,
    caseloadTexts,
    enterpriseTexts,
    mentorTexts,
    profileTexts,
    reviewTexts,
    sessionsTexts,
  );
  const data = useLoaderData<typeof loader>();
  const active =
    filters.stage ||
    filters.province ||
    filters.regency ||
    filters.category ||
    filters.size ||
    filters.q ||
    filters.view !== "all";
  return (
    <Form method="get" className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200" role="search">
      <div>
        <label htmlFor="filter-q" className="block font-semibold text-stone-900">
          {t("caseload.search")}
        </label>
        <p id="filter-q-hint" className="text-sm text-stone-600">
          {t("caseload.searchHint")}
        </p>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={filters.q}
          aria-describedby="filter-q-hint"
          className="mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base"
        />
      </div>
      <details open={Boolean(active) || undefined} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
          {t("caseload.moreFilters")}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <FilterSelect
            name="view"
            label={t("caseload.view")}
            value={filters.view === "all" ? null : filters.view}
            all={t("caseload.view.all")}
            options={CASELOAD_VIEWS.filter((v) => v !== "all").map((v) => ({
              value: v,
              label: t(`caseload.view.${v}`),
            }))}
          />
          <FilterSelect
            name="stage"
            label={t("caseload.stage")}
            value={filters.stage}
            all={t("caseload.any")}
            options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          />
          <FilterSelect
            name="province"
            label={t("profile.province")}
            value={filters.province}
            all={t("caseload.any")}
            options={data.provinces.map((p) => ({ value: p.code, label: p.name }))}
          />
          <FilterSelect
            name="regency"
            label={t("profile.regency")}
            value={filters.regency}
            all={t("caseload.any")}
            options={data.regencies.map((r) => ({ value: r.code, label: r.name, group: r.provinceName }))}
          />
          <FilterSelect
            name="category"
            label={t("caseload.category")}
            value={filters.category}
            all={t("caseload.any")}
            options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
          <FilterSelect
            name="size"
            label={t("caseload.size")}
            value={filters.size}
            all={t("caseload.any")}
            options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
          />
          <FilterSelect
            name="sort"
            label={t("caseload.sort")}
            value={filters.sort === "name" ? null : filters.sort}
            all={t("caseload.sort.name")}
            options={CASELOAD_SORTS.filter((s) => s !== "name").map((s) => ({
              value: s,
              label: t(`caseload.sort.${s}`),
            }))}
          />
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("caseload.apply")}
        </button>
        {active ? (
          <Link to="/mentor" className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4">
            {t("caseload.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

export default function MentorHome() {
  const t = useT(
    brandCheckTexts,
    caseloadTexts,
    enterpriseTexts,
    mentorTexts,
    profileTexts,
    reviewTexts,
    sessionsTexts,
  );
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const { filters, counts } = data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("mentor.greeting", { name: data.fullName })}</h1>
        <p className="mt-2 text-stone-700">{t("mentor.lead")}</p>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Count value={counts.waitingTasks} label={t("mentor.count.waiting")} to="/mentor/reviews" tone="alert" />
        <Count
          value={counts.stalled}
          label={t("mentor.count.stalled", { days: data.stalledDays })}
          to={`/mentor${caseloadSearch(filters, { view: "stalled", page: 1 })}`}
          tone="alert"
        />
        <Count value={counts.total} label={t("mentor.count.total")} to="/mentor" />
        <Count
          value={counts.graduated}
          label={t("mentor.count.graduated")}
          to={`/mentor${caseloadSearch(filters, { view: "graduated", page: 1 })}`}
        />
      </div>
      <nav aria-label={t("mentor.nav")} className="flex flex-wrap gap-x-5 gap-y-1">
        <Link
          to="/mentor/reviews"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          {t("reviews.title")}
        </Link>
        <Link
          to="/mentor/sessions"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          {t("sessions.title")}
        </Link>
        <Link
          to="/brand-check"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          {t("brandCheck.pageTitle")}
        </Link>
      </nav>
      <section aria-labelledby="caseload-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="caseload-title" className="text-xl font-bold text-stone-900">
            {t("mentor.caseload.title")}
          </h2>
          {counts.total > 0 ? (
            <a
              href={`/mentor/caseload.csv${caseloadSearch(filters, { page: 1 })}`}
              className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
              download
            >
              {t("caseload.export")}
            </a>
          ) : null}
        </div>
        {counts.total === 0 ? (
          <p>{t("mentor.caseload.empty")}</p>
        ) : (
          <>
            <Filters key={caseloadSearch(filters)} filters={filters} />
            <p role="status" className="text-stone-700">
              {t("caseload.found", { count: data.total })}
            </p>
            <ul className="space-y-3" aria-labelledby="caseload-title">
              {data.rows.map((row) => (
                <li key={row.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <Link
                        to={`/mentor/enterprises/${row.id}`}
                        className="text-lg font-bold text-brand-800 underline underline-offset-4"
                      >
                        {row.name ?? t("mentor.unnamed")}
                      </Link>
                      <p className="text-sm text-stone-700">
                        {row.ownerName}
                        {row.regencyName ? ` · ${row.regencyName}` : ""}
                      </p>
                    </div>
                    <StageTag stage={row.stage} />
                  </div>
                  <div className="mt-2 flex items-center gap-2">
                    <div
                      className="h-2 flex-1 overflow-hidden rounded bg-stone-200"
                      role="progressbar"
                      aria-label={t("caseload.progress")}
                      aria-valuenow={row.progressPercent}
                      aria-valuemin={0}
                      aria-valuemax={100}
                    >
                      <div className="h-full bg-brand-600" style={{ width: `${row.progressPercent}%` }} />
                    </div>
                    <span className="text-sm text-stone-700">{row.progressPercent}%</span>
                  </div>
                  <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-800">
                    {row.tasksWaiting > 0 ? (
                      <li className="font-semibold text-violet-900">
                        {t("caseload.waiting", { count: row.tasksWaiting })}
                      </li>
                    ) : null}
                    <li>
                      {t("caseload.lastActivity")}: <DaysAgo days={row.quietDays} />
                    </li>
                    {row.nextFollowUpOn ? (
                      <li className={row.followUpPassed ? "font-semibold text-red-800" : undefined}>
                        {t(row.followUpPassed ? "caseload.followUpPassed" : "caseload.followUp", {
                          date: formatDate(row.nextFollowUpOn),
                        })}
                      </li>
                    ) : null}
                  </ul>
                  {row.stalled ? (
                    <div className="mt-3 flex flex-wrap items-center gap-3 rounded-lg bg-red-50 p-3">
                      <strong className="text-red-900">{t("caseload.stalled")}</strong>
                      {row.whatsapp ? (
                        <a
                          href={row.whatsapp}
                          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                          rel="noreferrer"
                          target="_blank"
                        >
                          {t("caseload.whatsapp")}
                          <span className="sr-only"> — {row.name ?? row.ownerName}</span>
                        </a>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            <Pager
              page={filters.page}
              pageCount={data.pageCount}
              label={t("pager.label")}
              hrefFor={(page) => `/mentor${caseloadSearch(filters, { page })}`}
            />
          </>
        )}
      </section>
    </div>
  );
}
