import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "~/components/card";
import { useLocale, useT } from "~/components/use-translation";
import { countActiveUsersByRole, countRegions } from "~/lib/accounts/accounts.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { ROLES } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  const db = getDb();
  return { fullName: user.fullName, users: countActiveUsersByRole(db), regions: countRegions(db) };
}

export default function AdminHome() {
  const t = useT();
  const number = new Intl.NumberFormat(intlLocale(useLocale()));
  const { fullName, users, regions } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("admin.greeting", { name: fullName })}</h1>
        <p className="mt-2 text-stone-700">{t("admin.lead")}</p>
      </div>
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
            {ROLES.map((role) => (
              <tr key={role} className="border-b border-stone-200">
                <th scope="row" className="py-2 font-medium">
                  {t(`role.${role}`)}
                </th>
                <td className="py-2 text-right tabular-nums">{number.format(users[role])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card id="admin-regions" title={t("admin.regions.title")}>
        <p>
          {t("admin.regions.body", {
            provinces: number.format(regions.provinces),
            regencies: number.format(regions.regencies),
          })}
        </p>
      </Card>
      <Card id="admin-trademarks" title={t("trademarks.title")}>
        <Link
          to="/admin/trademarks"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("admin.trademarks")}
        </Link>
      </Card>
    </div>
  );
}
