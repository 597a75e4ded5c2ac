import { PRODUCT_CATEGORIES, type ProductCategory } from "../journey/template-types";
import { SIZE_CLASSES, type SizeClass } from "../enterprise/size-class";
import { isStage, type Stage } from "./stage";

export const CASELOAD_VIEWS = ["all", "waiting", "stalled", "graduated"] as const;
export type CaseloadView = (typeof CASELOAD_VIEWS)[number];
export const CASELOAD_SORTS = ["name", "quiet", "progress", "waiting", "follow_up"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export type CaseloadFilters = {
  view: CaseloadView;
  stage: Stage | null;
  province: string | null;
  regency: string | null;
  category: ProductCategory | null;
  size: SizeClass | null;
  q: string;
  sort: CaseloadSort;
  page: number;
};

export const CASELOAD_PAGE_SIZE = 25;
export const MAX_CASELOAD_PAGE = 10_000;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The caseload's filters from the page address. Anything unknown or malformed is dropped rather
 * than refused, so an old shared link still opens the list.
 */
export function parseCaseloadFilters(params: URLSearchParams): CaseloadFilters {
  const province = params.get("province");
  const regency = params.get("regency");
  const validProvince = province && /^\d{2}$/.test(province) ? province : null;
  const validRegency =
    regency && /^\d{2}\.\d{2}$/.test(regency) && (!validProvince || regency.startsWith(`${validProvince}.`))
      ? regency
      : null;
  const page = Number(params.get("page"));
  const stage = params.get("stage");
  return {
    view: oneOf(CASELOAD_VIEWS, params.get("view")) ?? "all",
    stage: isStage(stage) ? stage : null,
    province: validProvince ?? (validRegency ? validRegency.slice(0, 2) : null),
    regency: validRegency,
    category: oneOf(PRODUCT_CATEGORIES, params.get("category")),
    size: oneOf(SIZE_CLASSES, params.get("size")),
    q: (params.get("q") ?? "").trim().slice(0, 80),
    sort: oneOf(CASELOAD_SORTS, params.get("sort")) ?? "name",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_CASELOAD_PAGE) : 1,
  };
}

/** The address query for these filters, leaving out defaults so links stay short. */
export function caseloadSearch(filters: CaseloadFilters, change: Partial<CaseloadFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.view !== "all") params.set("view", f.view);
  if (f.stage) params.set("stage", f.stage);
  if (f.province) params.set("province", f.province);
  if (f.regency) params.set("regency", f.regency);
  if (f.category) params.set("category", f.category);
  if (f.size) params.set("size", f.size);
  if (f.q) params.set("q", f.q);
  if (f.sort !== "name") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * What the search box text can match besides names: the digits of a phone number (08… is
 * stored as +628…) or of a NIB. Null when the text is not number-like.
 */
export function searchDigits(q: string): { phone: string | null; nib: string | null } {
  const compact = q.replace(/[\s.\-()]/g, "");
  if (!/^\+?\d{4,16}$/.test(compact)) return { phone: null, nib: null };
  const digits = compact.replace(/^\+/, "");
  const phone = digits.startsWith("0") ? `62${digits.slice(1)}` : digits;
  return { phone, nib: digits };
}
