import { isAuditAction, isAuditSubjectType, type AuditAction, type AuditSubjectType } from "./actions";
import type { MessageKey } from "~/utils/i18n";

/** The audit viewer's filters, as they stand in the page address. */
export type AuditFilters = {
  action: AuditAction | null;
  actor: string;
  subjectType: AuditSubjectType | null;
  subjectId: string;
  from: string;
  to: string;
  ip: string;
  /** The id of the last entry of the previous page: this page holds older entries. */
  before: number | null;
};

export type AuditFilterField = "actor" | "subjectType" | "subjectId" | "from" | "to" | "ip";
export type AuditFilterErrors = Partial<Record<AuditFilterField, MessageKey>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SUBJECT_ID = /^[A-Za-z0-9._:-]{1,64}$/;
// IPv4, IPv6 and IPv4-mapped IPv6 as Express reports them; a shape check, not a parser.
const IP = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]*(\d{1,3}(\.\d{1,3}){3})?)$/;

export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Reads the filters from the address. An unknown action or subject kind (an old link) is dropped;
 * a malformed email, date, subject number or IP address is an error shown at its field.
 */
export function parseAuditFilters(params: URLSearchParams): { filters: AuditFilters; errors: AuditFilterErrors } {
  const text = (name: string, max: number) => (params.get(name) ?? "").trim().slice(0, max);
  const action = params.get("action");
  const subjectType = params.get("subjectType");
  const before = Number(params.get("before"));
  const filters: AuditFilters = {
    action: isAuditAction(action) ? action : null,
    actor: text("actor", 254).toLowerCase(),
    subjectType: isAuditSubjectType(subjectType) ? subjectType : null,
    subjectId: text("subjectId", 100),
    from: text("from", 20),
    to: text("to", 20),
    ip: text("ip", 100),
    before: Number.isSafeInteger(before) && before > 0 ? before : null,
  };
  const errors: AuditFilterErrors = {};
  if (filters.actor && !EMAIL.test(filters.actor)) errors.actor = "audit.error.email";
  if (filters.subjectId && !SUBJECT_ID.test(filters.subjectId)) errors.subjectId = "audit.error.subjectId";
  else if (filters.subjectId && !filters.subjectType) errors.subjectType = "audit.error.subjectType";
  if (filters.from && !isRealDate(filters.from)) errors.from = "audit.error.date";
  if (filters.to && !isRealDate(filters.to)) errors.to = "audit.error.date";
  else if (filters.to && filters.from && !errors.from && filters.to < filters.from) errors.to = "audit.error.range";
  if (filters.ip && !(IP.test(filters.ip) && filters.ip.length <= 45)) errors.ip = "audit.error.ip";
  return { filters, errors };
}

/** The address query for these filters (empty ones left out), optionally from an older page. */
export function auditSearch(filters: AuditFilters, before: number | null = null): string {
  const params = new URLSearchParams();
  if (filters.action) params.set("action", filters.action);
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.subjectType) params.set("subjectType", filters.subjectType);
  if (filters.subjectId) params.set("subjectId", filters.subjectId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.ip) params.set("ip", filters.ip);
  if (before) params.set("before", String(before));
  const query = params.toString();
  return query ? `?${query}` : "";
}

const WIB_OFFSET = 7 * 60 * 60;

/** The first second of a WIB calendar day (yyyy-mm-dd), in Unix seconds. */
export function startOfWibDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000 - WIB_OFFSET;
}
