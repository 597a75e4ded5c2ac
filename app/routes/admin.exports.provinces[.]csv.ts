import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/lib/audit.server";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { areaTable } from "~/lib/dashboard/dashboard.server";
import { getDb } from "~/lib/db.server";
import { csvResponse } from "~/lib/mentoring/csv.server";
import { parseDashboardFilters, percentOfTarget } from "~/utils/dashboard/filters";

/**
 * The dashboard's table by province (or, with ?province=PP, by regency) under the same filters,
 * as CSV. A few hundred rows at most, all from the tally.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  const db = getDb();
  const filters = parseDashboardFilters(new URL(request.url).searchParams);
  const { today } = requestNow(request);
  const table = areaTable(db, filters, today);
  const byRegency = table.level === "regency";
  const targets = !byRegency && !filters.category && !filters.size;
  const rows = [...table.rows, { ...table.total, code: "", name: byRegency ? "Jumlah" : "Seluruh Indonesia" }];
  recordAudit(db, {
    actorUserId: user.id,
    action: "export.provinces",
    subjectType: "region",
    ip: context.clientIp,
    details: {
      filters: { province: filters.province, category: filters.category, size: filters.size },
      rows: rows.length,
    },
  });
  const header = [
    "Kode",
    byRegency ? "Kabupaten/kota" : "Provinsi",
    "Terdaftar",
    "Go Online",
    "Toko marketplace",
    "Penjualan online pertama",
    ...(targets ? [`Go Online ${table.year}`, `Target ${table.year}`, "% target"] : []),
  ];
  return csvResponse(
    `${byRegency ? `kabupaten-kota-${filters.province}` : "provinsi"}.csv`,
    header,
    (offset, limit) => rows.slice(offset, offset + limit),
    (r) => [
      r.code,
      r.name ?? "Belum diisi",
      r.registered,
      r.goOnline,
      r.withShop,
      r.withSale,
      ...(targets
        ? [r.goOnlineThisYear ?? 0, r.target ?? "", percentOfTarget(r.goOnlineThisYear, r.target) ?? ""]
        : []),
    ],
  );
}
