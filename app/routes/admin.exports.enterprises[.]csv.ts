import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/lib/audit.server";
import { requireRole } from "~/lib/auth/guards.server";
import { countEnterprisesForExport, enterpriseExportBatches } from "~/lib/dashboard/exports.server";
import { getDb } from "~/lib/db.server";
import { csvResponse } from "~/lib/mentoring/csv.server";
import { parseEnterpriseExportFilters } from "~/utils/dashboard/filters";
import { todayInIndonesia } from "~/utils/dates";
import type { SizeClass } from "~/utils/enterprise/size-class";
import { translator } from "~/utils/i18n";
import type { ProductCategory } from "~/utils/journey/template-types";

const wibDay = (at: number | null) => (at === null ? "" : todayInIndonesia(new Date(at * 1000)));

/**
 * Enterprises under the filters (province, regency, category, size class, step) as CSV, read in
 * keyset batches. Only what describes the business and its progress: no owner's name, phone,
 * email, address or NIB. The download is audited with its filters and row count.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  const db = getDb();
  const filters = parseEnterpriseExportFilters(new URL(request.url).searchParams);
  recordAudit(db, {
    actorUserId: user.id,
    action: "export.enterprises",
    subjectType: "enterprise",
    ip: context.clientIp,
    details: { filters, rows: countEnterprisesForExport(db, filters) },
  });
  const t = translator("id");
  const yesNo = (flag: number) => (flag ? "ya" : "tidak");
  return csvResponse(
    `usaha${filters.regency ? `-${filters.regency}` : filters.province ? `-${filters.province}` : ""}.csv`,
    [
      "ID",
      "Nama usaha",
      "Provinsi",
      "Kabupaten/kota",
      "Kelas usaha",
      "Kategori produk",
      "Langkah",
      "Kemajuan (%)",
      "Tanggal daftar",
      "Tanggal Go Online",
      "Toko marketplace",
      "Penjualan online pertama",
      "Pendamping",
    ],
    enterpriseExportBatches(db, filters),
    (e) => [
      e.id,
      e.name ?? "",
      e.provinceName ?? "",
      e.regencyName ?? "",
      e.sizeClass ? t(`size.${e.sizeClass as SizeClass}`) : "",
      (e.categories ?? "")
        .split(";")
        .filter(Boolean)
        .map((c) => t(`category.${c as ProductCategory}`))
        .join("; "),
      t(`stage.${e.stage}`),
      e.progressPercent,
      wibDay(e.createdAt),
      wibDay(e.goOnlineAt),
      yesNo(e.hasMarketplaceShop),
      yesNo(e.hasOnlineSale),
      e.mentorName ?? "",
    ],
  );
}
