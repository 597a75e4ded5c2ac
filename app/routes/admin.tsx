import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import type { MessageKey } from "~/utils/i18n";
import { adminTexts } from "~/utils/i18n/namespaces/admin";

// Every child loader and action checks the role itself too: Remix runs them in parallel with this one.
export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  return null;
}

const SECTIONS: { to: string; label: MessageKey; end?: boolean }[] = [
  { to: "/admin", label: "admin.nav.dashboard", end: true },
  { to: "/admin/users", label: "admin.nav.users" },
  { to: "/admin/assignments", label: "admin.nav.assignments" },
  { to: "/admin/checklist", label: "admin.nav.checklist" },
  { to: "/admin/trademarks", label: "admin.nav.trademarks" },
  { to: "/admin/settings", label: "admin.nav.settings" },
  { to: "/admin/audit", label: "admin.nav.audit" },
  { to: "/admin/deletions", label: "admin.nav.deletions" },
];

export default function AdminLayout() {
  const t = useT(adminTexts);
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin.nav.label")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                end={section.end}
                className={({ isActive }) =>
                  `inline-flex min-h-11 items-center rounded-full px-4 font-semibold ring-1 ${
                    isActive
                      ? "bg-brand-700 text-white ring-brand-700"
                      : "bg-white text-brand-800 ring-stone-300 hover:bg-brand-50"
                  }`
                }
              >
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
