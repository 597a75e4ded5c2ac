import { autoAssignEnterprise } from "../assignment/assignment.server";
import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { recordTaskSave } from "../journey/journey.server";
import { isProvince, regencyIsIn } from "../regions/regions.server";
import { computeSizeClass, type SizeClass } from "~/utils/enterprise/size-class";
import type { ProductCategory } from "~/utils/journey/template-types";
import type { BaselineChannel, LegalForm } from "~/utils/enterprise/options";
import type { ProfileValues } from "~/utils/validation/profile";

export type Profile = {
  name: string | null;
  legalForm: LegalForm | null;
  categories: ProductCategory[];
  provinceCode: string | null;
  regencyCode: string | null;
  address: string | null;
  whatsapp: string | null;
  yearStarted: number | null;
  employees: number | null;
  capital: number | null;
  annualSales: number | null;
  baselineMonthlyRevenue: number | null;
  baselineChannels: BaselineChannel[];
  sizeClass: SizeClass | null;
  sizeClassMismatch: boolean;
};

export function getProfile(db: Db, enterpriseId: number): Profile {
  const row = db
    .prepare(
      `SELECT name, legal_form, province_code, regency_code, address, whatsapp, year_started, employees,
              capital_rupiah, annual_sales_rupiah, baseline_monthly_revenue_rupiah, size_class, size_class_mismatch
         FROM enterprise WHERE id = ?`,
    )
    .get(enterpriseId) as Record<string, unknown>;
  const categories = db
    .prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ? ORDER BY category")
    .pluck()
    .all(enterpriseId) as ProductCategory[];
  const baselineChannels = db
    .prepare("SELECT channel FROM enterprise_baseline_channel WHERE enterprise_id = ? ORDER BY channel")
    .pluck()
    .all(enterpriseId) as BaselineChannel[];
  return {
    name: row.name as string | null,
    legalForm: row.legal_form as LegalForm | null,
    categories,
    provinceCode: row.province_code as string | null,
    regencyCode: row.regency_code as string | null,
    address: row.address as string | null,
    whatsapp: row.whatsapp as string | null,
    yearStarted: row.year_started as number | null,
    employees: row.employees as number | null,
    capital: row.capital_rupiah as number | null,
    annualSales: row.annual_sales_rupiah as number | null,
    baselineMonthlyRevenue: row.baseline_monthly_revenue_rupiah as number | null,
    baselineChannels,
    sizeClass: row.size_class as SizeClass | null,
    sizeClassMismatch: row.size_class_mismatch === 1,
  };
}

export type ProfileRegionError = { field: "provinceCode" | "regencyCode" };

/** Region codes must exist and the regency must lie in the province. */
export function checkProfileRegions(db: Db, values: ProfileValues): ProfileRegionError | null {
  if (values.provinceCode && !isProvince(db, values.provinceCode)) return { field: "provinceCode" };
  if (values.regencyCode && (!values.provinceCode || !regencyIsIn(db, values.regencyCode, values.provinceCode))) {
    return { field: "regencyCode" };
  }
  return null;
}

/**
 * Saves the profile (as a draft, or finished and sent for review) in one transaction:
 * the enterprise's columns, its categories and baseline channels, the size class, the
 * task's status and an event in its history. When the enterprise first gets a regency and has
 * no mentor yet, the least busy mentor covering it is assigned in the same transaction.
 */
export function saveProfile(
  db: Db,
  enterpriseId: number,
  actorUserId: number,
  values: ProfileValues,
  mode: "draft" | "finish",
  needsReview: boolean,
  ip: string | null = null,
): void {
  const size = computeSizeClass(values.capital ?? null, values.annualSales ?? null);
  db.transaction(() => {
    const hadRegency = db.prepare("SELECT regency_code FROM enterprise WHERE id = ?").pluck().get(enterpriseId) != null;
    db.prepare(
      `UPDATE enterprise SET name = @name, legal_form = @legalForm, province_code = @provinceCode,
         regency_code = @regencyCode, address = @address, whatsapp = @whatsapp, year_started = @yearStarted,
         employees = @employees, capital_rupiah = @capital, annual_sales_rupiah = @annualSales,
         baseline_monthly_revenue_rupiah = @baselineMonthlyRevenue, size_class = @sizeClass,
         size_class_mismatch = @mismatch, updated_at = @now
       WHERE id = @id`,
    ).run({
      id: enterpriseId,
      name: values.name || null,
      legalForm: values.legalForm ?? null,
      provinceCode: values.provinceCode ?? null,
      regencyCode: values.regencyCode ?? null,
      address: values.address || null,
      whatsapp: values.whatsapp ?? null,
      yearStarted: values.yearStarted ?? null,
      employees: values.employees ?? null,
      capital: values.capital ?? null,
      annualSales: values.annualSales ?? null,
      baselineMonthlyRevenue: values.baselineMonthlyRevenue ?? null,
      sizeClass: size?.sizeClass ?? null,
      mismatch: size?.mismatch ? 1 : 0,
      now: nowSeconds(),
    });
    db.prepare("DELETE FROM enterprise_category WHERE enterprise_id = ?").run(enterpriseId);
    const addCategory = db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)");
    for (const category of values.categories) addCategory.run(enterpriseId, category);
    db.prepare("DELETE FROM enterprise_baseline_channel WHERE enterprise_id = ?").run(enterpriseId);
    const addChannel = db.prepare("INSERT INTO enterprise_baseline_channel (enterprise_id, channel) VALUES (?, ?)");
    for (const channel of values.baselineChannels) addChannel.run(enterpriseId, channel);
    const { intent: _intent, ...answers } = values;
    recordTaskSave(db, { enterpriseId, taskKey: "profile", actorUserId, mode, needsReview, answers });
    recordAudit(db, {
      actorUserId,
      action: mode === "draft" ? "task.save_draft" : "task.finish",
      subjectType: "enterprise",
      subjectId: enterpriseId,
      details: { task: "profile" },
    });
    if (!hadRegency && values.regencyCode) autoAssignEnterprise(db, enterpriseId, { userId: null, ip });
  })();
}
