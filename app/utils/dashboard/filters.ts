import { SIZE_CLASSES, type SizeClass } from "../enterprise/size-class";
import { PRODUCT_CATEGORIES, type ProductCategory } from "../journey/template-types";
import { isStage, type Stage } from "../mentoring/stage";

/**
 * The dashboard's period: the last 13, 26 or 52 weeks (Monday to Sunday, WIB), the current week
 * last. It drives the flow figures (registered and Go Online in the period) and the weekly
 * chart; the stocks (how many are at each step, active, with a shop) are always as of today.
 */
export const DASHBOARD_PERIODS = [13, 26, 52] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export const DEFAULT_PERIOD: DashboardPeriod = 26;
export const WORKLOAD_PAGE_SIZE = 20;
export const ACTIVE_DAYS = 30;

export type DashboardFilters = {
  province: string | null;
  category: ProductCategory | null;
  size: SizeClass | null;
  weeks: DashboardPeriod;
  /** the mentor workload table's page */
  page: number;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

const pageNumber = (value: string | null) => {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, 10_000) : 1;
};

/** The filters from the address; anything unknown is dropped, so an old link still opens. */
export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  const province = params.get("province");
  const weeks = Number(params.get("weeks"));
  return {
    province: province && /^\d{2}$/.test(province) ? province : null,
    category: oneOf(PRODUCT_CATEGORIES, params.get("category")),
    size: oneOf(SIZE_CLASSES, params.get("size")),
    weeks: (DASHBOARD_PERIODS as readonly number[]).includes(weeks) ? (weeks as DashboardPeriod) : DEFAULT_PERIOD,
    page: pageNumber(params.get("page")),
  };
}

/** The address query for these filters, defaults left out. */
export function dashboardSearch(filters: DashboardFilters, change: Partial<DashboardFilters> = {}): string {
  const f = { ...filters, ...change };
  const params = new URLSearchParams();
  if (f.province) params.set("province", f.province);
  if (f.category) params.set("category", f.category);
  if (f.size) params.set("size", f.size);
  if (f.weeks !== DEFAULT_PERIOD) params.set("weeks", String(f.weeks));
  if (f.page > 1) params.set("page", String(f.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filters of the enterprise export: the dashboard's, plus a regency and a step. */
export type EnterpriseExportFilters = {
  province: string | null;
  regency: string | null;
  category: ProductCategory | null;
  size: SizeClass | null;
  stage: Stage | null;
};

export function parseEnterpriseExportFilters(params: URLSearchParams): EnterpriseExportFilters {
  const province = params.get("province");
  const regency = params.get("regency");
  const validProvince = province && /^\d{2}$/.test(province) ? province : null;
  const validRegency =
    regency && /^\d{2}\.\d{2}$/.test(regency) && (!validProvince || regency.startsWith(`${validProvince}.`))
      ? regency
      : null;
  const stage = params.get("stage");
  return {
    province: validProvince ?? (validRegency ? validRegency.slice(0, 2) : null),
    regency: validRegency,
    category: oneOf(PRODUCT_CATEGORIES, params.get("category")),
    size: oneOf(SIZE_CLASSES, params.get("size")),
    stage: isStage(stage) ? stage : null,
  };
}

export function exportSearch(filters: Partial<EnterpriseExportFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["province", "regency", "category", "size", "stage"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

// ── Calendar days (yyyy-mm-dd, already in WIB) ────────────────────────────────────────────────

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const fromDayNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const n = dayNumber(value);
  return Number.isFinite(n) && fromDayNumber(n) === value;
}

/** Monday of the week holding `day`. */
export function weekStart(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: day 0 is three days after a Monday.
  return fromDayNumber(n - ((n + 3) % 7));
}

/** The Mondays of the last `weeks` weeks, oldest first, the week of `today` last. */
export function periodWeeks(today: string, weeks: number): string[] {
  const last = weekStart(today);
  return Array.from({ length: weeks }, (_, i) => addDays(last, (i - weeks + 1) * 7));
}

/** Daily counts summed into the given weeks (Mondays, oldest first); days outside are left out. */
export function countByWeek(weeks: string[], days: { day: string; n: number }[]): number[] {
  const counts = weeks.map(() => 0);
  if (weeks.length === 0) return counts;
  const first = dayNumber(weeks[0]!);
  for (const { day, n } of days) {
    const index = Math.floor((dayNumber(day) - first) / 7);
    if (index >= 0 && index < counts.length) counts[index]! += n;
  }
  return counts;
}

/**
 * The median of a histogram of whole numbers (value, how many), sorted or not: the middle value,
 * or the mean of the two middle values when the count is even. Null when it is empty.
 */
export function medianOfHistogram(buckets: { value: number; n: number }[]): number | null {
  const sorted = buckets.filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, b) => sum + b.n, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.n;
      if (position < seen) return b.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  if (total % 2 === 1) return valueAt((total - 1) / 2);
  return (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** A whole percentage of the target reached, or null without a (positive) target. */
export function percentOfTarget(reached: number | null, target: number | null): number | null {
  if (reached === null || target === null || target <= 0) return null;
  return Math.round((reached / target) * 100);
}
