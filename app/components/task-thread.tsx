import { useFormatDate } from "./mentor";
import { useT } from "./use-translation";
import { reviewTexts } from "~/utils/i18n/namespaces/review";

export type ThreadEntryView = {
  kind: "comment" | "submit" | "approve" | "request_changes" | "complete";
  authorName: string | null;
  authorRole: string | null;
  body: string | null;
  at: number;
};

/** A task's conversation: submissions, decisions with their comments, and messages. */
export function TaskThread({ entries, labelledBy }: { entries: ThreadEntryView[]; labelledBy: string }) {
  const t = useT(reviewTexts);
  const formatDate = useFormatDate();
  if (entries.length === 0) return <p className="text-stone-700">{t("thread.empty")}</p>;
  return (
    <ol className="space-y-3" aria-labelledby={labelledBy}>
      {entries.map((entry, index) => {
        const mentor = entry.authorRole === "mentor" || entry.authorRole === "admin";
        const tone =
          entry.kind === "request_changes"
            ? "border-red-700 bg-red-50"
            : entry.kind === "approve"
              ? "border-brand-600 bg-brand-50"
              : mentor
                ? "border-sky-600 bg-sky-50"
                : "border-stone-400 bg-white";
        return (
          <li key={`${entry.at}-${index}`} className={`rounded-lg border-l-4 p-3 ${tone}`}>
            <p className="text-sm text-stone-700">
              <strong className="text-stone-900">{entry.authorName ?? t("thread.someone")}</strong> ·{" "}
              {t(`thread.kind.${entry.kind}`)} · {formatDate(entry.at)}
            </p>
            {entry.body ? <p className="mt-1 whitespace-pre-line text-stone-900">{entry.body}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
