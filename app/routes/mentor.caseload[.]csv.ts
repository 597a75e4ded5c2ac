import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { caseloadBatches } from "~/lib/mentoring/caseload.server";
import { csvResponse } from "~/lib/mentoring/csv.server";
import { recordCaseloadExport } from "~/lib/mentoring/exports.server";
import { stalledAfterDays } from "~/lib/mentoring/settings.server";
import { translator } from "~/utils/i18n";
import { parseCaseloadFilters } from "~/utils/mentoring/caseload-filters";
import { dateFormat, numberFormat } from "~/utils/intl";

/**
 * The mentor's caseload as filtered on the page, all pages, as CSV with Indonesian headers. The
 * audit log records who downloaded which filter and how many rows.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const filters = parseCaseloadFilters(new URL(request.url).searchParams);
  const { now, today } = requestNow(request);
  const clock = { now, today, stalledDays: stalledAfterDays(db) };
  recordCaseloadExport(db, user.id, filters, clock, context.clientIp);
  const rows = caseloadBatches(db, user.id, filters, clock);
  const t = translator("id");
  const date = (seconds: number | null) =>
    seconds === null ? "" : dateFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(seconds * 1000));
  return csvResponse(
    `usaha-dampingan-${today}.csv`,
    [
      "ID",
      "Nama usaha",
      "Pemilik",
      "No. HP/WhatsApp",
      "Kabupaten/kota",
      "Tahap",
      "Kemajuan (%)",
      "Tugas menunggu tinjauan",
      "Kegiatan terakhir",
      "Tindak lanjut",
      "Macet",
      "Kelas usaha",
      "NIB",
      "Tanggal Go Online",
    ],
    rows,
    (r) => [
      r.id,
      r.name ?? "",
      r.ownerName,
      r.whatsapp ?? r.ownerPhone ?? "",
      r.regencyName ?? "",
      t(`stage.${r.stage}`),
      r.progressPercent,
      r.tasksWaiting,
      date(r.lastActivityAt),
      r.nextFollowUpOn ?? "",
      r.stalled ? "Ya" : "Tidak",
      r.sizeClass ?? "",
      r.nib ?? "",
      date(r.goOnlineAt),
    ],
  );
}
