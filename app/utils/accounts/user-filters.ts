import { isRole, type Role } from "../roles";

export const USER_STATUSES = ["active", "deactivated", "invited"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_SEARCH_FIELDS = ["name", "email"] as const;
export type UserSearchField = (typeof USER_SEARCH_FIELDS)[number];

export type UserFilters = {
  role: Role | null;
  status: UserStatus | null;
  q: string;
  /** What the search text is compared with: the start of the name or of the email address. */
  by: UserSearchField;
  page: number;
};

export const USER_PAGE_SIZE = 25;
/** Counting stops here; deeper than this a search must be narrowed (the list stays fast). */
export const USER_COUNT_CAP = 10_000;
export const MAX_USER_PAGE = USER_COUNT_CAP / USER_PAGE_SIZE;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** The list's filters from the address; anything unknown is dropped, so old links still open. */
export function parseUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get("role");
  const q = (params.get("q") ?? "").trim().slice(0, 120);
  const page = Number(params.get("page"));
  return {
    role: isRole(role) ? role : null,
    status: oneOf(USER_STATUSES, params.get("status")),
    q,
    // Text with an "@" can only be an email address.
    by: q.includes("@") ? "email" : (oneOf(USER_SEARCH_FIELDS, params.get("by")) ?? "name"),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_USER_PAGE) : 1,
  };
}

export function userSearch(filters: UserFilters, change: Partial<UserFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.role) params.set("role", f.role);
  if (f.status) params.set("status", f.status);
  if (f.q) params.set("q", f.q);
  if (f.q && f.by !== "name") params.set("by", f.by);
  if (f.page > 1) params.set("page", String(f.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
