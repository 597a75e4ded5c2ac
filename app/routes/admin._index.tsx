import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Card } from "~/components/card";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import { WeeklyChart } from "~/components/weekly-chart";
import { countRegions } from "~/lib/accounts/accounts.server";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import {
  areaTable,
  countActiveStaff,
  dashboardTotals,
  funnel,
  medianDaysToGoOnline,
  mentorWorkload,
  weeklyFlow,
} from "~/lib/dashboard/dashboard.server";
import { getDb } from "~/lib/db.server";
import { stalledAfterDays } from "~/lib/mentoring/settings.server";
import { listProvinces } from "~/lib/regions/regions.server";
import {
  DASHBOARD_PERIODS,
  dashboardSearch,
  exportSearch,
  parseDashboardFilters,
  percentOfTarget,
  type DashboardFilters,
} from "~/utils/dashboard/filters";
import { parseSessionExport } from "~/utils/dashboard/session-export";
import { SIZE_CLASSES } from "~/utils/enterprise/size-class";
import { intlLocale, type MessageKey } from "~/utils/i18n";
import { PRODUCT_CATEGORIES } from "~/utils/journey/template-types";
import { pageTitle } from "~/utils/meta";
import { numberFormat } from "~/utils/intl";
import { adminTexts } from "~/utils/i18n/namespaces/admin";
import { adminDashboardTexts } from "~/utils/i18n/namespaces/admin-dashboard";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";
import { trademarksTexts } from "~/utils/i18n/namespaces/trademarks";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  const db = getDb();
  const url = new URL(request.url);
  const provinces = listProvinces(db);
  const filters = parseDashboardFilters(url.searchParams);
  if (filters.province && !provinces.some((p) => p.code === filters.province)) filters.province = null;
  const { now, today } = requestNow(request);

  // The sessions download form comes here first (a GET form that works without JavaScript): a
  // good range goes on to the file, a bad one comes back with the message at the field.
  const sessionsForm = {
    from: url.searchParams.get("sessionsFrom") ?? `${today.slice(0, 7)}-01`,
    to: url.searchParams.get("sessionsTo") ?? today,
    errors: {} as Partial<Record<"from" | "to", MessageKey>>,
  };
  if (url.searchParams.has("sessionsFrom") || url.searchParams.has("sessionsTo")) {
    const range = new URLSearchParams({ from: sessionsForm.from, to: sessionsForm.to });
    if (filters.province) range.set("province", filters.province);
    const parsed = parseSessionExport(range);
    if (parsed.ok) throw redirect(`/admin/exports/sessions.csv?${range}`);
    sessionsForm.errors = parsed.errors;
  }

  const stalledDays = stalledAfterDays(db);
  const totals = dashboardTotals(db, filters, today);
  return data(
    {
      fullName: user.fullName,
      users: countActiveStaff(db),
      regions: countRegions(db),
      filters,
      provinces,
      provinceName: provinces.find((p) => p.code === filters.province)?.name ?? null,
      totals,
      funnel: funnel(totals.stages),
      flow: weeklyFlow(db, filters, today, filters.weeks),
      medianDays: medianDaysToGoOnline(db, filters),
      area: areaTable(db, filters, today),
      workload: mentorWorkload(db, filters.page, { now, today, stalledDays }),
      stalledDays,
      sessionsForm,
    },
    { status: Object.keys(sessionsForm.errors).length > 0 ? 400 : 200 },
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

const linkClass = "font-semibold text-brand-800 underline underline-offset-4";
const selectClass = "mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2 text-base";

function useNumber() {
  const number = numberFormat(intlLocale(useLocale()));
  return (n: number) => number.format(n);
}

function Filters({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const { filters } = data;
  const active = filters.province || filters.category || filters.size || filters.weeks !== 26;
  const select = (
    name: string,
    label: string,
    value: string | null,
    options: { value: string; label: string }[],
    all?: string,
  ) => (
    <div>
      <label htmlFor={`dashboard-${name}`} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      <select id={`dashboard-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        {all ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Form
      method="get"
      role="search"
      aria-labelledby="dashboard-filters-title"
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id="dashboard-filters-title" className="font-bold text-stone-900">
        {t("dashboard.filters.title")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "province",
          t("dashboard.filters.province"),
          filters.province,
          data.provinces.map((p) => ({ value: p.code, label: p.name })),
          t("dashboard.scope.national"),
        )}
        {select(
          "category",
          t("dashboard.filters.category"),
          filters.category,
          PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
          t("dashboard.filters.all"),
        )}
        {select(
          "size",
          t("dashboard.filters.size"),
          filters.size,
          SIZE_CLASSES.map((s) => ({ value: s, label: t(`size.${s}`) })),
          t("dashboard.filters.all"),
        )}
        {select(
          "weeks",
          t("dashboard.filters.period"),
          String(filters.weeks),
          DASHBOARD_PERIODS.map((w) => ({ value: String(w), label: t("dashboard.filters.weeks", { weeks: w }) })),
        )}
      </div>
      <p className="text-sm text-stone-700">{t("dashboard.filters.periodHint")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("dashboard.filters.apply")}
        </button>
        {active ? (
          <Link to="/admin" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            {t("dashboard.filters.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

function Figure({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200" data-figure={id}>
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-stone-900 tabular-nums">{value}</dd>
    </div>
  );
}

function Totals({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const n = useNumber();
  const { totals, flow, filters } = data;
  return (
    <>
      <section aria-labelledby="dashboard-totals" className="space-y-3">
        <h2 id="dashboard-totals" className="text-xl font-bold text-stone-900">
          {t("dashboard.totals.title")}
        </h2>
        <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
          <Figure id="registered" label={t("dashboard.totals.registered")} value={n(totals.registered)} />
          <Figure id="active" label={t("dashboard.totals.active")} value={n(totals.active)} />
          <Figure id="go-online" label={t("dashboard.totals.goOnline")} value={n(totals.goOnline)} />
          <Figure id="shop" label={t("dashboard.totals.shop")} value={n(totals.withShop)} />
          <Figure id="sale" label={t("dashboard.totals.sale")} value={n(totals.withSale)} />
          <Figure
            id="median"
            label={t("dashboard.totals.median")}
            value={
              data.medianDays === null
                ? t("dashboard.totals.none")
                : t("dashboard.totals.days", { days: n(data.medianDays) })
            }
          />
        </dl>
      </section>
      <section aria-labelledby="dashboard-flow" className="space-y-3">
        <h2 id="dashboard-flow" className="text-xl font-bold text-stone-900">
          {t("dashboard.flow.title", { weeks: filters.weeks })}
        </h2>
        <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2">
          <Figure id="period-registered" label={t("dashboard.flow.registered")} value={n(flow.registered)} />
          <Figure id="period-go-online" label={t("dashboard.flow.goOnline")} value={n(flow.goOnline)} />
        </dl>
        <div className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
          <WeeklyChart id="weekly-chart" weeks={flow.weeks} />
        </div>
      </section>
    </>
  );
}

function Funnel({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const n = useNumber();
  const registered = data.totals.registered;
  return (
    <Card id="dashboard-funnel" title={t("dashboard.funnel.title")}>
      <p className="mb-3 text-stone-700">{t("dashboard.funnel.lead")}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="dashboard-funnel">
        <table className="w-full text-left">
          <caption className="sr-only">{t("dashboard.funnel.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-sm text-stone-600">
              <th scope="col" className="py-2 pr-3">
                {t("dashboard.funnel.step")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("dashboard.funnel.now")}
              </th>
              <th scope="col" className="py-2">
                {t("dashboard.funnel.reached")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.funnel.map((step) => {
              const percent = registered ? Math.round((step.reached / registered) * 100) : 0;
              return (
                <tr key={step.stage} className="border-b border-stone-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {t(`stage.${step.stage}`)}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{n(data.totals.stages[step.stage])}</td>
                  <td className="min-w-40 py-2">
                    <span className="font-semibold tabular-nums">{n(step.reached)}</span>{" "}
                    <span className="text-sm text-stone-700">
                      ({t("dashboard.funnel.share", { percent: n(percent) })})
                    </span>
                    <div className="mt-1 h-3 rounded bg-stone-200" aria-hidden="true">
                      <div className="h-3 rounded bg-brand-700" style={{ width: `${percent}%` }} />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function AreaTable({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const n = useNumber();
  const { area, filters } = data;
  const byRegency = area.level === "regency";
  const showTargets = !byRegency && !filters.category && !filters.size;
  const cell = "py-2 pr-3 text-right tabular-nums";
  const percent = (reached: number | null, target: number | null) => {
    const p = percentOfTarget(reached, target);
    return p === null ? t("dashboard.area.noTarget") : `${n(p)}%`;
  };
  const title = byRegency
    ? t("dashboard.area.regencies", { province: data.provinceName ?? "" })
    : t("dashboard.area.provinces");
  return (
    <Card id="dashboard-area" title={title}>
      <div className="mb-3 space-y-1 text-stone-700">
        {byRegency ? (
          <Link to={`/admin${dashboardSearch(filters, { province: null, page: 1 })}`} className={linkClass}>
            ← {t("dashboard.area.back")}
          </Link>
        ) : (
          <p>{t("dashboard.area.drillHint")}</p>
        )}
        {!byRegency && !showTargets ? <p>{t("dashboard.area.targetsHidden")}</p> : null}
      </div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="dashboard-area">
        <table className="w-full text-left">
          <caption className="sr-only">
            {t(byRegency ? "dashboard.area.captionRegencies" : "dashboard.area.captionProvinces")}
          </caption>
          <thead>
            <tr className="border-b border-stone-300 text-sm text-stone-600">
              <th scope="col" className="py-2 pr-3">
                {t(byRegency ? "dashboard.area.regency" : "dashboard.area.province")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("dashboard.area.registered")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("dashboard.area.goOnline")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("dashboard.area.shop")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("dashboard.area.sale")}
              </th>
              {showTargets ? (
                <>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.area.thisYear", { year: area.year })}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.area.target", { year: area.year })}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t("dashboard.area.percent")}
                  </th>
                </>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {area.rows.map((row) => (
              <tr key={row.code || "none"} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {row.code === "" ? (
                    t("dashboard.notGiven")
                  ) : byRegency ? (
                    row.name
                  ) : (
                    <Link
                      to={`/admin${dashboardSearch(filters, { province: row.code, page: 1 })}`}
                      className={linkClass}
                    >
                      {row.name}
                    </Link>
                  )}
                </th>
                <td className={cell}>{n(row.registered)}</td>
                <td className={cell}>{n(row.goOnline)}</td>
                <td className={cell}>{n(row.withShop)}</td>
                <td className={cell}>{n(row.withSale)}</td>
                {showTargets ? (
                  <>
                    <td className={cell}>{n(row.goOnlineThisYear ?? 0)}</td>
                    <td className={cell}>{row.target === null ? t("dashboard.area.noTarget") : n(row.target)}</td>
                    <td className="py-2 text-right tabular-nums">{percent(row.goOnlineThisYear, row.target)}</td>
                  </>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <th scope="row" className="py-2 pr-3">
                {byRegency ? t("dashboard.area.total") : t("dashboard.scope.national")}
              </th>
              <td className={cell}>{n(area.total.registered)}</td>
              <td className={cell}>{n(area.total.goOnline)}</td>
              <td className={cell}>{n(area.total.withShop)}</td>
              <td className={cell}>{n(area.total.withSale)}</td>
              {showTargets ? (
                <>
                  <td className={cell}>{n(area.total.goOnlineThisYear ?? 0)}</td>
                  <td className={cell}>
                    {area.total.target === null ? t("dashboard.area.noTarget") : n(area.total.target)}
                  </td>
                  <td className="py-2 text-right tabular-nums">
                    {percent(area.total.goOnlineThisYear, area.total.target)}
                  </td>
                </>
              ) : null}
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}

function Workload({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const n = useNumber();
  const hours = numberFormat(intlLocale(useLocale()), { maximumFractionDigits: 1 });
  const { workload, filters } = data;
  const cell = "py-2 pr-3 text-right tabular-nums";
  return (
    <Card id="dashboard-workload" title={t("dashboard.workload.title")}>
      <p className="mb-3 text-stone-700">{t("dashboard.workload.lead", { days: data.stalledDays })}</p>
      {workload.rows.length === 0 ? (
        <p>{t("dashboard.workload.empty")}</p>
      ) : (
        <div className="space-y-3">
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="dashboard-workload">
            <table className="w-full text-left">
              <caption className="sr-only">{t("dashboard.workload.caption")}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-sm text-stone-600">
                  <th scope="col" className="py-2 pr-3">
                    {t("dashboard.workload.mentor")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.workload.active")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.workload.all")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.workload.waiting")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.workload.sessions")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("dashboard.workload.hours")}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t("dashboard.workload.stalled")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {workload.rows.map((row) => (
                  <tr key={row.id} className="border-b border-stone-200">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {row.fullName}
                    </th>
                    <td className={cell}>{n(row.activeCases)}</td>
                    <td className={cell}>{n(row.allCases)}</td>
                    <td className={cell}>{n(row.tasksWaiting)}</td>
                    <td className={cell}>{n(row.sessionsThisMonth)}</td>
                    <td className={cell}>{hours.format(row.minutesThisMonth / 60)}</td>
                    <td className={`py-2 text-right tabular-nums ${row.stalled > 0 ? "font-bold text-red-800" : ""}`}>
                      {n(row.stalled)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={filters.page}
            pageCount={workload.pageCount}
            label={t("dashboard.workload.pager")}
            hrefFor={(page) => `/admin${dashboardSearch(filters, { page })}#dashboard-workload`}
          />
        </div>
      )}
    </Card>
  );
}

function Downloads({ data }: { data: LoaderData }) {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const { filters, sessionsForm } = data;
  const search = exportSearch({ province: filters.province, category: filters.category, size: filters.size });
  const errorText = (field: "from" | "to") => {
    const key = sessionsForm.errors[field];
    return key ? t(key) : null;
  };
  const dateField = (field: "from" | "to", label: MessageKey) => {
    const error = errorText(field);
    const id = `sessions-${field}`;
    return (
      <div>
        <label htmlFor={id} className="block font-semibold text-stone-900">
          {t(label)}
        </label>
        <input
          id={id}
          type="date"
          name={field === "from" ? "sessionsFrom" : "sessionsTo"}
          defaultValue={field === "from" ? sessionsForm.from : sessionsForm.to}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error sessions-hint` : "sessions-hint"}
          className="mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base aria-[invalid=true]:border-red-700"
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const hasErrors = Object.keys(sessionsForm.errors).length > 0;
  return (
    <Card id="dashboard-export" title={t("dashboard.export.title")}>
      <p className="text-stone-700">{t("dashboard.export.lead")}</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a
            href={`/admin/exports/enterprises.csv${search}`}
            download
            className={`inline-flex min-h-11 items-center ${linkClass}`}
          >
            {t("dashboard.export.enterprises")}
          </a>
        </li>
        <li>
          <a
            href={`/admin/exports/provinces.csv${search}`}
            download
            className={`inline-flex min-h-11 items-center ${linkClass}`}
          >
            {t(filters.province ? "dashboard.export.regencies" : "dashboard.export.provinces")}
          </a>
        </li>
      </ul>
      <Form method="get" reloadDocument className="mt-4 space-y-3" aria-labelledby="sessions-export-title">
        <h3 id="sessions-export-title" className="font-bold text-stone-900">
          {t("dashboard.export.sessions.title")}
        </h3>
        {hasErrors ? (
          <p role="alert" className="font-semibold text-red-800">
            {t("dashboard.export.sessions.error")}
          </p>
        ) : null}
        <p id="sessions-hint" className="text-sm text-stone-700">
          {t("dashboard.export.sessions.hint")}
        </p>
        {filters.province ? <input type="hidden" name="province" value={filters.province} /> : null}
        {filters.category ? <input type="hidden" name="category" value={filters.category} /> : null}
        {filters.size ? <input type="hidden" name="size" value={filters.size} /> : null}
        {filters.weeks !== 26 ? <input type="hidden" name="weeks" value={filters.weeks} /> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {dateField("from", "dashboard.export.sessions.from")}
          {dateField("to", "dashboard.export.sessions.to")}
        </div>
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("dashboard.export.sessions.submit")}
        </button>
      </Form>
    </Card>
  );
}

export default function AdminHome() {
  const t = useT(adminTexts, adminDashboardTexts, enterpriseTexts, trademarksTexts);
  const n = useNumber();
  const data = useLoaderData<typeof loader>();
  const filters: DashboardFilters = data.filters;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("admin.greeting", { name: data.fullName })}</h1>
        <p className="mt-2 text-stone-700">{t("dashboard.lead")}</p>
        <p className="mt-2 text-lg font-semibold text-stone-900">
          {filters.province && data.provinceName
            ? t("dashboard.scope.province", { name: data.provinceName })
            : t("dashboard.scope.national")}
          {filters.category ? ` · ${t(`category.${filters.category}`)}` : ""}
          {filters.size ? ` · ${t(`size.${filters.size}`)}` : ""}
        </p>
      </div>
      <Filters key={dashboardSearch(filters)} data={data} />
      <Totals data={data} />
      <Funnel data={data} />
      <AreaTable data={data} />
      <Workload data={data} />
      <Downloads data={data} />
      <Card id="dashboard-open-data" title={t("dashboard.openData.title")}>
        <p>
          {t("dashboard.openData.body")}{" "}
          <a href="/api/stats/provinces.json" className={linkClass}>
            {t("dashboard.openData.link")}
          </a>
        </p>
      </Card>
      <Card id="admin-trademarks" title={t("trademarks.title")}>
        <Link to="/admin/trademarks" className={`inline-flex min-h-11 items-center ${linkClass}`}>
          {t("admin.trademarks")}
        </Link>
      </Card>
      <Card id="admin-regions" title={t("admin.regions.title")}>
        <p>{t("admin.regions.body", { provinces: n(data.regions.provinces), regencies: n(data.regions.regencies) })}</p>
      </Card>
      <Card id="admin-users" title={t("admin.users.title")}>
        <table className="w-full text-left">
          <caption className="sr-only">{t("admin.users.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-sm text-stone-600">
              <th scope="col" className="py-2">
                {t("admin.users.role")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("admin.users.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(["mentor", "admin"] as const).map((role) => (
              <tr key={role} className="border-b border-stone-200">
                <th scope="row" className="py-2 font-medium">
                  {t(`role.${role}`)}
                </th>
                <td className="py-2 text-right tabular-nums">{n(data.users[role])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
