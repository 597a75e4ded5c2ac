import { isStage, type Stage } from "../mentoring/stage";

/** Whose enterprises: anyone's, nobody's (the unassigned queue, the default) or one mentor's. */
export type MentorFilter = "any" | "none" | number;

export type AssignmentFilter = {
  province: string | null;
  regency: string | null;
  mentor: MentorFilter;
  stage: Stage | null;
  /** the start of the enterprise's name, as typed */
  q: string;
};

export type AssignmentListFilters = AssignmentFilter & { page: number };

export const ASSIGNMENT_PAGE_SIZE = 25;
export const MAX_ASSIGNMENT_PAGE = 10_000;

export const UNASSIGNED_QUEUE: AssignmentFilter = { province: null, regency: null, mentor: "none", stage: null, q: "" };

function parseMentor(value: string | null): MentorFilter {
  if (value === "any") return "any";
  if (value && /^[1-9]\d{0,11}$/.test(value)) return Number(value);
  return "none";
}

/**
 * The assignment filter from an address or a posted form. Anything unknown or malformed is
 * dropped rather than refused, so an old shared link still opens the list.
 */
export function parseAssignmentFilter(params: URLSearchParams | FormData): AssignmentListFilters {
  const text = (name: string) => {
    const value = params.get(name);
    return typeof value === "string" ? value : null;
  };
  const province = text("province");
  const regency = text("regency");
  const validProvince = province && /^\d{2}$/.test(province) ? province : null;
  const validRegency =
    regency && /^\d{2}\.\d{2}$/.test(regency) && (!validProvince || regency.startsWith(`${validProvince}.`))
      ? regency
      : null;
  const stage = text("stage");
  const page = Number(text("page"));
  return {
    province: validProvince ?? (validRegency ? validRegency.slice(0, 2) : null),
    regency: validRegency,
    mentor: parseMentor(text("mentor")),
    stage: isStage(stage) ? stage : null,
    q: (text("q") ?? "").trim().slice(0, 80),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_ASSIGNMENT_PAGE) : 1,
  };
}

/** The filter as address parameters, leaving out defaults so links stay short. */
export function assignmentParams(filter: AssignmentFilter & { page?: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.province) params.set("province", filter.province);
  if (filter.regency) params.set("regency", filter.regency);
  if (filter.mentor !== "none") params.set("mentor", String(filter.mentor));
  if (filter.stage) params.set("stage", filter.stage);
  if (filter.q) params.set("q", filter.q);
  if (filter.page && filter.page > 1) params.set("page", String(filter.page));
  return params;
}

/** "?province=81&…" for these filters, or "" for the default queue. */
export function assignmentSearch(
  filter: AssignmentFilter & { page?: number },
  change: Partial<AssignmentListFilters> = {},
): string {
  const text = assignmentParams({ ...filter, ...change }).toString();
  return text ? `?${text}` : "";
}

/** Only the filter's own fields (no page), e.g. to store it in an audit entry. */
export function filterOnly(filter: AssignmentFilter): AssignmentFilter {
  return {
    province: filter.province,
    regency: filter.regency,
    mentor: filter.mentor,
    stage: filter.stage,
    q: filter.q,
  };
}
