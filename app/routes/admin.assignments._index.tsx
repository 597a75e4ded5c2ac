import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FieldError, SuccessNotice } from "~/components/form-fields";
import { StageTag, useFormatDate } from "~/components/mentor";
import { MentorPicker } from "~/components/mentor-picker";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import {
  findMentorIdByEmail,
  getAssignableEnterprise,
  getMentor,
  listAssignable,
  mentorsCovering,
  regionName,
} from "~/lib/assignment/assignment.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { listProvinces, listRegencies } from "~/lib/regions/regions.server";
import { assignmentParams, assignmentSearch, parseAssignmentFilter } from "~/utils/assignment/filters";
import { intlLocale } from "~/utils/i18n";
import { STAGES } from "~/utils/mentoring/stage";
import { pageTitle } from "~/utils/meta";
import { useDescribeFilter } from "~/components/assignment-filter";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminAssign.title");

const count = (n: unknown) => (typeof n === "string" && /^\d{1,9}$/.test(n) ? Number(n) : null);

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const filters = parseAssignmentFilter(params);
  // The filter form's e-mail box names one mentor; the address then carries their id.
  const mentorEmail = (params.get("mentorEmail") ?? "").trim();
  let mentorEmailUnknown = false;
  if (mentorEmail) {
    const id = findMentorIdByEmail(db, mentorEmail);
    if (id !== null) throw redirect(`/admin/assignments${assignmentSearch(filters, { mentor: id, page: 1 })}`);
    mentorEmailUnknown = true;
  }
  const list = listAssignable(db, filters);
  const filterMentor = typeof filters.mentor === "number" ? getMentor(db, filters.mentor) : null;

  const assignedId = count(params.get("assigned"));
  const assigned = assignedId ? getAssignableEnterprise(db, assignedId) : null;
  const bulkMoved = count(params.get("bulk"));
  const bulkTo = count(params.get("to"));
  const bulkMentor = bulkMoved !== null && bulkTo ? getMentor(db, bulkTo) : null;

  return {
    filters,
    mentorEmail: mentorEmailUnknown ? mentorEmail : "",
    mentorEmailUnknown,
    total: list.total,
    pageCount: list.pageCount,
    rows: list.rows,
    provinces: listProvinces(db),
    regencies: filters.province ? listRegencies(db, filters.province) : [],
    names: {
      province: regionName(db, filters.province),
      regency: regionName(db, filters.regency),
      mentor: filterMentor?.fullName ?? null,
    },
    covering: mentorsCovering(db, filters).map((m) => ({ id: m.id, fullName: m.fullName, activeCases: m.activeCases })),
    notice: {
      assigned: assigned?.mentorName
        ? { enterprise: assigned.name ?? assigned.ownerName, mentor: assigned.mentorName }
        : null,
      bulk: bulkMentor
        ? { moved: bulkMoved!, expected: count(params.get("expected")), mentor: bulkMentor.fullName }
        : null,
    },
  };
}

function Select({
  id,
  name,
  label,
  value,
  options,
  hint,
  first,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  hint?: string;
  first?: { value: string; label: string };
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2 text-base"
      >
        {first ? <option value={first.value}>{first.label}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters() {
  const t = useT(adminAssignTexts);
  const data = useLoaderData<typeof loader>();
  const { filters } = data;
  const any = { value: "", label: t("adminAssign.filter.any") };
  const mentorOptions = [
    { value: "none", label: t("adminAssign.filter.mentor.none") },
    { value: "any", label: t("adminAssign.filter.mentor.any") },
    ...(typeof filters.mentor === "number" && data.names.mentor
      ? [{ value: String(filters.mentor), label: data.names.mentor }]
      : []),
  ];
  const isDefault = assignmentSearch(filters, { page: 1 }) === "";
  return (
    <Form
      method="get"
      noValidate
      role="search"
      aria-label={t("adminAssign.filter.label")}
      className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
    >
      <div>
        <label htmlFor="filter-q" className="block font-semibold text-stone-900">
          {t("adminAssign.filter.q")}
        </label>
        <p id="filter-q-hint" className="text-sm text-stone-600">
          {t("adminAssign.filter.qHint")}
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
      <div className="grid gap-3 sm:grid-cols-2">
        <Select
          id="filter-province"
          name="province"
          label={t("adminAssign.filter.province")}
          value={filters.province ?? ""}
          first={any}
          options={data.provinces.map((p) => ({ value: p.code, label: p.name }))}
        />
        <Select
          id="filter-regency"
          name="regency"
          label={t("adminAssign.filter.regency")}
          value={filters.regency ?? ""}
          first={any}
          hint={filters.province ? undefined : t("adminAssign.filter.regencyHint")}
          options={data.regencies.map((r) => ({ value: r.code, label: r.name }))}
        />
        <Select
          id="filter-mentor"
          name="mentor"
          label={t("adminAssign.filter.mentor")}
          value={String(filters.mentor)}
          options={mentorOptions}
        />
        <Select
          id="filter-stage"
          name="stage"
          label={t("adminAssign.filter.stage")}
          value={filters.stage ?? ""}
          first={any}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
        />
      </div>
      <div>
        <label htmlFor="filter-mentor-email" className="block text-sm font-semibold text-stone-900">
          {t("adminAssign.filter.mentorEmail")}
        </label>
        <p id="filter-mentor-email-hint" className="text-sm text-stone-600">
          {t("adminAssign.filter.mentorEmailHint")}
        </p>
        <input
          id="filter-mentor-email"
          type="email"
          name="mentorEmail"
          autoComplete="off"
          defaultValue={data.mentorEmail}
          aria-invalid={data.mentorEmailUnknown || undefined}
          aria-describedby={`filter-mentor-email-hint${data.mentorEmailUnknown ? " filter-mentor-email-error" : ""}`}
          className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 text-base aria-[invalid=true]:border-red-700"
        />
        <FieldError
          id="filter-mentor-email-error"
          text={data.mentorEmailUnknown ? t("adminAssign.filter.mentorUnknown") : ""}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("adminAssign.filter.apply")}
        </button>
        {!isDefault ? (
          <Link
            to="/admin/assignments"
            className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
          >
            {t("adminAssign.filter.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

export default function Assignments() {
  const t = useT(adminAssignTexts);
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const describe = useDescribeFilter();
  const { filters, notice } = data;
  const number = new Intl.NumberFormat(intlLocale(locale));
  const search = assignmentSearch(filters);
  const isQueue = assignmentSearch(filters, { page: 1 }) === "";
  const filterFields = [...assignmentParams({ ...filters, page: 1 }).entries()];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("adminAssign.title")}</h1>
        <p className="mt-2 text-stone-700">{t("adminAssign.lead")}</p>
      </div>
      {notice.assigned ? <SuccessNotice>{t("adminAssign.notice.assigned", notice.assigned)}</SuccessNotice> : null}
      {notice.bulk ? (
        <SuccessNotice>
          {t("adminAssign.notice.bulk", { count: number.format(notice.bulk.moved), mentor: notice.bulk.mentor })}
          {notice.bulk.expected !== null && notice.bulk.expected !== notice.bulk.moved ? (
            <span className="mt-1 block font-semibold">
              {t("adminAssign.notice.bulkChanged", {
                count: number.format(notice.bulk.moved),
                expected: number.format(notice.bulk.expected),
              })}
            </span>
          ) : null}
        </SuccessNotice>
      ) : null}
      <Filters key={`${search}|${data.mentorEmail}`} />
      <section aria-labelledby="assign-list-title" className="space-y-4">
        <h2 id="assign-list-title" className="text-xl font-bold text-stone-900">
          {t("adminAssign.list.title")}
        </h2>
        <p role="status" className="font-semibold text-stone-800">
          {t(isQueue ? "adminAssign.count.queue" : "adminAssign.count.found", { count: number.format(data.total) })}
        </p>
        {!isQueue ? <p className="text-sm text-stone-700">{describe(filters, data.names)}</p> : null}
        {typeof filters.mentor === "number" && data.names.mentor ? (
          <Link
            to={`/admin/assignments/transfer?from=${filters.mentor}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
          >
            {t("adminAssign.transfer.link")}
          </Link>
        ) : null}
        {data.rows.length === 0 ? (
          <p>{t("adminAssign.list.empty")}</p>
        ) : (
          <ul className="space-y-3" aria-labelledby="assign-list-title">
            {data.rows.map((row) => (
              <li key={row.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="min-w-0 text-lg font-bold break-words text-stone-900">
                    {row.name ?? t("adminAssign.row.unnamed")}
                  </h3>
                  <StageTag stage={row.stage} />
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-stone-600">{t("adminAssign.row.owner")}</dt>
                  <dd className="break-words text-stone-900">{row.ownerName}</dd>
                  <dt className="text-stone-600">{t("adminAssign.row.region")}</dt>
                  <dd className="text-stone-900">{row.regencyName ?? t("adminAssign.row.noRegion")}</dd>
                  <dt className="text-stone-600">{t("adminAssign.row.registered")}</dt>
                  <dd className="text-stone-900">{formatDate(row.createdAt)}</dd>
                  <dt className="text-stone-600">{t("adminAssign.row.mentor")}</dt>
                  <dd className="break-words text-stone-900">{row.mentorName ?? t("adminAssign.row.noMentor")}</dd>
                </dl>
                <Link
                  to={`/admin/assignments/${row.id}${search ? `?back=${encodeURIComponent(search)}` : ""}`}
                  className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                >
                  {t(row.mentorId ? "adminAssign.row.change" : "adminAssign.row.assign")}
                  <span className="sr-only"> — {row.name ?? row.ownerName}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Pager
          page={filters.page}
          pageCount={data.pageCount}
          label={t("pager.label")}
          hrefFor={(page) => `/admin/assignments${assignmentSearch(filters, { page })}`}
        />
      </section>
      {data.total > 0 ? (
        <section
          aria-labelledby="bulk-title"
          className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id="bulk-title" className="text-xl font-bold text-stone-900">
            {t("adminAssign.bulk.title")}
          </h2>
          <p className="text-stone-700">{t("adminAssign.bulk.lead", { count: number.format(data.total) })}</p>
          <Form method="get" action="/admin/assignments/bulk" noValidate className="space-y-4">
            {filterFields.map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <MentorPicker choices={data.covering} idPrefix="bulk" />
            <button
              type="submit"
              className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
            >
              {t("adminAssign.bulk.next")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
