import { Link } from "@remix-run/react";
import { useFormatDate } from "./mentor";
import { useT } from "./use-translation";
import type { SessionMode, SessionTopic } from "~/utils/mentoring/options";
import { caseloadTexts } from "~/utils/i18n/namespaces/caseload";
import { reviewTexts } from "~/utils/i18n/namespaces/review";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export type SessionView = {
  id: number;
  mentorName: string | null;
  heldOn: string;
  mode: SessionMode;
  durationMinutes: number;
  topics: SessionTopic[];
  sharedNotes: string | null;
  privateNotes: string | null;
  nextAction: string | null;
  followUpOn: string | null;
  corrections: {
    id: number;
    authorName: string | null;
    sharedNote: string | null;
    privateNote: string | null;
    createdAt: number;
  }[];
  editable?: boolean;
};

/**
 * Mentoring sessions, newest first, with corrections under each. Private notes show only when
 * `showPrivate` is set, and the owner's pages never receive them from the server in any case.
 */
export function SessionList({
  sessions,
  showPrivate = false,
  editHref,
}: {
  sessions: SessionView[];
  showPrivate?: boolean;
  editHref?: (id: number) => string;
}) {
  const t = useT(caseloadTexts, reviewTexts, sessionsTexts);
  const formatDate = useFormatDate();
  if (sessions.length === 0) return <p>{t("sessions.none")}</p>;
  return (
    <ol className="space-y-4">
      {sessions.map((s) => (
        <li key={s.id} className="space-y-2 rounded-lg p-3 ring-1 ring-stone-200">
          <p className="font-semibold text-stone-900">
            {formatDate(s.heldOn)} · {t(`sessions.mode.${s.mode}`)} ·{" "}
            {t("sessions.minutes", { minutes: s.durationMinutes })}
          </p>
          <p className="text-sm text-stone-700">
            {s.mentorName ?? t("thread.someone")} · {s.topics.map((key) => t(`sessions.topic.${key}`)).join(", ")}
          </p>
          {s.sharedNotes ? (
            <div>
              <p className="text-sm font-semibold text-stone-700">{t("sessions.sharedNotes")}</p>
              <p className="whitespace-pre-line">{s.sharedNotes}</p>
            </div>
          ) : null}
          {showPrivate && s.privateNotes ? (
            <div className="rounded bg-amber-50 p-2">
              <p className="text-sm font-semibold text-amber-900">{t("sessions.privateNotes")}</p>
              <p className="whitespace-pre-line">{s.privateNotes}</p>
            </div>
          ) : null}
          {s.nextAction || s.followUpOn ? (
            <p className="text-sm">
              {s.nextAction ? `${t("sessions.nextAction")}: ${s.nextAction}` : ""}
              {s.followUpOn ? ` (${t("caseload.followUp", { date: formatDate(s.followUpOn) })})` : ""}
            </p>
          ) : null}
          {s.corrections.map((c) => (
            <div key={c.id} className="border-l-4 border-sky-600 bg-sky-50 p-2 text-sm">
              <p className="font-semibold text-sky-900">
                {t("sessions.correction", { name: c.authorName ?? t("thread.someone"), date: formatDate(c.createdAt) })}
              </p>
              {c.sharedNote ? <p className="whitespace-pre-line">{c.sharedNote}</p> : null}
              {showPrivate && c.privateNote ? (
                <p className="whitespace-pre-line text-amber-900">
                  {t("sessions.privateNotes")}: {c.privateNote}
                </p>
              ) : null}
            </div>
          ))}
          {editHref ? (
            <Link
              to={editHref(s.id)}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {s.editable ? t("sessions.edit") : t("sessions.addCorrection")}
              <span className="sr-only"> ({formatDate(s.heldOn)})</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
