import type { Translate } from "~/utils/i18n";

const TASK_ACTIONS = new Set([
  "review.approve",
  "review.request_changes",
  "task.approve",
  "task.request_changes",
  "task.finish",
  "task.save_draft",
  "task.comment",
]);

const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * A short line about an entry's details, in the page's language where their shape is known,
 * otherwise "key: value" pairs, cut short. Rendered as text only: details hold what users typed.
 */
export function summarizeDetails(t: Translate, action: string, details: Record<string, unknown> | null): string {
  if (!details) return "";
  if (TASK_ACTIONS.has(action) && typeof details.task === "string")
    return t("audit.details.task", { task: details.task });
  if (action === "export.caseload" && isCount(details.rows)) {
    const filters = details.filters && typeof details.filters === "object" ? Object.entries(details.filters) : [];
    return filters.length === 0
      ? t("audit.details.exportAll", { rows: details.rows })
      : t("audit.details.exportFiltered", {
          rows: details.rows,
          filters: filters.map(([key, value]) => `${key}=${text(value)}`).join(", "),
        });
  }
  if (action === "export.sessions" && isCount(details.rows) && typeof details.month === "string") {
    return t("audit.details.month", { month: details.month, rows: details.rows });
  }
  if (
    action === "settings.targets" &&
    isCount(details.year) &&
    details.changes &&
    typeof details.changes === "object"
  ) {
    return t("audit.details.targets", { year: details.year, count: Object.keys(details.changes).length });
  }
  if (action === "settings.stalled_after_days" && isCount(details.old) && isCount(details.new)) {
    return t("audit.details.stalled", { old: details.old, new: details.new });
  }
  if (
    action === "trademark.import" &&
    isCount(details.added) &&
    isCount(details.updated) &&
    isCount(details.rejected)
  ) {
    return t("audit.details.import", { added: details.added, updated: details.updated, rejected: details.rejected });
  }
  if (action === "account.role_change" && typeof details.role === "string") {
    return t("audit.details.role", { role: details.role });
  }
  const line = Object.entries(details)
    .map(([key, value]) => `${key}: ${text(value)}`)
    .join("; ");
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
