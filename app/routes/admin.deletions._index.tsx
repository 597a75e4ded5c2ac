import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { Pager } from "~/components/pager";
import { useDateOf } from "~/components/privacy";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { DELETIONS_PER_PAGE, listPendingDeletions } from "~/lib/privacy/deletion.server";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const url = new URL(request.url);
  const asked = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  const { now } = requestNow(request);
  const db = getDb();
  const first = listPendingDeletions(db, 1);
  const pageCount = Math.max(1, Math.ceil(first.total / DELETIONS_PER_PAGE));
  const page = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), pageCount) : 1;
  const list = page === 1 ? first : listPendingDeletions(db, page);
  return {
    page,
    pageCount,
    total: list.total,
    rows: list.rows.map((row) => ({ ...row, daysWaiting: Math.max(0, Math.floor((now - row.requestedAt) / 86400)) })),
  };
}

export default function AdminDeletions() {
  const t = useT(privacyTexts);
  const locale = useLocale();
  const dateOf = useDateOf();
  const { page, pageCount, total, rows } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);
  const done = searchParams.get("done");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("privacy.admin.title")}</h1>
        <p className="mt-2 text-stone-700">{t("privacy.admin.lead")}</p>
      </div>
      {done === "confirmed" ? (
        <SuccessNotice>{t("privacy.admin.confirmed", { id: searchParams.get("user") ?? "" })}</SuccessNotice>
      ) : null}
      {done === "declined" ? <SuccessNotice>{t("privacy.admin.declined")}</SuccessNotice> : null}
      {done === "gone" ? <SuccessNotice>{t("privacy.admin.notPending")}</SuccessNotice> : null}
      {rows.length === 0 ? (
        <p>{t("privacy.admin.empty")}</p>
      ) : (
        <>
          <p className="text-stone-700">{t("privacy.admin.count", { count: number(total) })}</p>
          <div className="relative overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("privacy.admin.title")}</caption>
              <thead className="bg-stone-50 text-stone-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t("privacy.admin.col.owner")}
                  </th>
                  <th scope="col" className="hidden px-3 py-2 font-semibold sm:table-cell">
                    {t("privacy.admin.col.enterprise")}
                  </th>
                  <th scope="col" className="px-3 py-2 font-semibold">
                    {t("privacy.admin.col.requested")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    {t("privacy.admin.col.waiting")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td className="px-3 py-2">
                      <Link
                        to={`/admin/deletions/${row.id}`}
                        className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                        aria-label={t("privacy.admin.open", { name: row.fullName })}
                      >
                        {row.fullName}
                      </Link>
                      <span className="block break-all text-stone-700">{row.email}</span>
                      <span className="block text-stone-700 sm:hidden">{row.enterpriseName ?? ""}</span>
                    </td>
                    <td className="hidden px-3 py-2 sm:table-cell">
                      {row.enterpriseName ?? t("privacy.admin.noEnterprise")}
                    </td>
                    <td className="px-3 py-2">{dateOf(row.requestedAt)}</td>
                    <td className="px-3 py-2 text-right whitespace-nowrap">
                      {t("privacy.admin.days", { days: number(row.daysWaiting) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        label={t("privacy.admin.pager")}
        hrefFor={(p) => `/admin/deletions?page=${p}`}
      />
    </div>
  );
}
