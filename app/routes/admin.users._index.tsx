import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import { UserStatusTag } from "~/components/user-status-tag";
import { listUsers } from "~/lib/accounts/staff.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { parseUserFilters, USER_SEARCH_FIELDS, USER_STATUSES, userSearch } from "~/utils/accounts/user-filters";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { ROLES } from "~/utils/roles";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminUsers.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const filters = parseUserFilters(new URL(request.url).searchParams);
  const list = listUsers(getDb(), filters);
  return { filters: { ...filters, page: Math.min(filters.page, list.pageCount) }, ...list };
}

const selectClass = "mt-1 block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-2 text-base";

export default function AdminUsers() {
  const t = useT(adminUsersTexts);
  const locale = useLocale();
  const { filters, rows, total, capped, pageCount } = useLoaderData<typeof loader>();
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);
  const filtered = Boolean(filters.role || filters.status || filters.q);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{t("adminUsers.title")}</h1>
        <Link
          to="/admin/users/new"
          className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("adminUsers.invite")}
        </Link>
      </div>
      <Form
        method="get"
        role="search"
        key={userSearch(filters)}
        className="space-y-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
      >
        <div>
          <label htmlFor="users-q" className="block font-semibold text-stone-900">
            {t("adminUsers.search")}
          </label>
          <p id="users-q-hint" className="text-sm text-stone-600">
            {t("adminUsers.searchHint")}
          </p>
          <input
            id="users-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            aria-describedby="users-q-hint"
            className="mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base"
          />
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="users-by" className="block text-sm font-semibold text-stone-900">
              {t("adminUsers.searchBy")}
            </label>
            <select id="users-by" name="by" defaultValue={filters.by} className={selectClass}>
              {USER_SEARCH_FIELDS.map((by) => (
                <option key={by} value={by}>
                  {t(`adminUsers.searchBy.${by}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="users-role" className="block text-sm font-semibold text-stone-900">
              {t("adminUsers.role")}
            </label>
            <select id="users-role" name="role" defaultValue={filters.role ?? ""} className={selectClass}>
              <option value="">{t("adminUsers.any")}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="users-status" className="block text-sm font-semibold text-stone-900">
              {t("adminUsers.status")}
            </label>
            <select id="users-status" name="status" defaultValue={filters.status ?? ""} className={selectClass}>
              <option value="">{t("adminUsers.any")}</option>
              {USER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`adminUsers.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
          >
            {t("adminUsers.apply")}
          </button>
          {filtered ? (
            <Link
              to="/admin/users"
              className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
            >
              {t("adminUsers.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
      <p role="status" className="text-stone-700">
        {capped
          ? t("adminUsers.foundCapped", { count: number(total) })
          : t("adminUsers.found", { count: number(total) })}
      </p>
      {rows.length > 0 ? (
        <div className="relative overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("adminUsers.tableCaption")}</caption>
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("adminUsers.column.nameEmail")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">
                  {t("adminUsers.column.role")}
                </th>
                <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">
                  {t("adminUsers.column.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("adminUsers.column.activeCases")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="px-3 py-2">
                    <Link
                      to={`/admin/users/${row.id}`}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                    >
                      {row.fullName}
                    </Link>
                    <span className="block break-all text-stone-700">{row.email}</span>
                    {/* On a phone the role and status sit under the name instead of in columns. */}
                    <span className="mt-1 flex flex-wrap items-center gap-2 sm:hidden">
                      <span>{t(`role.${row.role}`)}</span>
                      <UserStatusTag status={row.status} />
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">{t(`role.${row.role}`)}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">
                    <UserStatusTag status={row.status} />
                  </td>
                  <td className="px-3 py-2 text-right">
                    {row.activeCases === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t("adminUsers.notMentor")}</span>
                      </>
                    ) : (
                      number(row.activeCases)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("adminUsers.empty")}</p>
      )}
      <Pager
        page={filters.page}
        pageCount={pageCount}
        label={t("pager.label")}
        hrefFor={(page) => `/admin/users${userSearch(filters, { page })}`}
      />
    </div>
  );
}
