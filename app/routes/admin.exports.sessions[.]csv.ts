import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/lib/audit.server";
import { requireRole } from "~/lib/auth/guards.server";
import { countSessionsForExport, sessionExportBatches } from "~/lib/dashboard/exports.server";
import { getDb } from "~/lib/db.server";
import { getTranslator } from "~/lib/i18n/locale.server";
import { csvResponse } from "~/lib/mentoring/csv.server";
import { parseSessionExport } from "~/utils/dashboard/session-export";
import { translator } from "~/utils/i18n";
import type { SessionMode, SessionTopic } from "~/utils/mentoring/options";

/**
 * Every mentor's sessions between two days (optionally in one province) as CSV, in keyset
 * batches. Private notes and their corrections are never read, let alone exported.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "admin");
  const parsed = parseSessionExport(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const t = getTranslator(request);
    const messages = Object.values(parsed.errors).map((key) => t(key));
    return new Response(`${t("dashboard.export.sessions.error")} ${messages.join(" ")}`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const db = getDb();
  const filters = { from: parsed.value.from, to: parsed.value.to, province: parsed.value.province ?? null };
  recordAudit(db, {
    actorUserId: user.id,
    action: "export.sessions_admin",
    subjectType: "mentoring_session",
    ip: context.clientIp,
    details: { filters, rows: countSessionsForExport(db, filters) },
  });
  const t = translator("id");
  return csvResponse(
    `sesi-pendampingan-${filters.from}-${filters.to}${filters.province ? `-${filters.province}` : ""}.csv`,
    [
      "Tanggal",
      "ID usaha",
      "Usaha",
      "Provinsi",
      "Kabupaten/kota",
      "Pendamping",
      "Cara",
      "Lama (menit)",
      "Topik",
      "Catatan untuk pemilik",
      "Langkah berikutnya",
      "Tindak lanjut",
    ],
    sessionExportBatches(db, filters),
    (s) => [
      s.heldOn,
      s.enterpriseId,
      s.enterpriseName ?? "",
      s.provinceName ?? "",
      s.regencyName ?? "",
      s.mentorName ?? "",
      t(`sessions.mode.${s.mode as SessionMode}`),
      s.durationMinutes,
      (JSON.parse(s.topics) as SessionTopic[]).map((k) => t(`sessions.topic.${k}`)).join("; "),
      s.sharedNotes ?? "",
      s.nextAction ?? "",
      s.followUpOn ?? "",
    ],
  );
}
