import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { csvResponse } from "~/lib/mentoring/csv.server";
import { recordSessionsExport } from "~/lib/mentoring/exports.server";
import { mentorSessionBatches, monthRange } from "~/lib/mentoring/sessions.server";
import { translator } from "~/utils/i18n";
import type { SessionMode, SessionTopic } from "~/utils/mentoring/options";

/**
 * A month of the mentor's sessions as CSV with Indonesian headers. Private notes are never
 * exported: a spreadsheet travels further than the app. The audit log records each download.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  const month = new URL(request.url).searchParams.get("month") ?? "";
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw data({ reason: "badMonth" as const }, { status: 400 });
  const { from, to } = monthRange(month);
  const db = getDb();
  recordSessionsExport(db, user.id, month, { from, to }, context.clientIp);
  const t = translator("id");
  return csvResponse(
    `sesi-pendampingan-${month}.csv`,
    [
      "Tanggal",
      "Usaha",
      "Pemilik",
      "Cara",
      "Lama (menit)",
      "Topik",
      "Catatan untuk pemilik",
      "Langkah berikutnya",
      "Tindak lanjut",
    ],
    mentorSessionBatches(db, user.id, from, to),
    (s) => [
      s.heldOn,
      s.enterpriseName ?? "",
      s.ownerName,
      t(`sessions.mode.${s.mode as SessionMode}`),
      s.durationMinutes,
      (JSON.parse(s.topics) as SessionTopic[]).map((k) => t(`sessions.topic.${k}`)).join("; "),
      s.sharedNotes ?? "",
      s.nextAction ?? "",
      s.followUpOn ?? "",
    ],
  );
}
