import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { indexEnterpriseBrand } from "../brand-check/index.server";
import { recordTaskSave } from "../journey/journey.server";
import { ownUploadIds } from "../uploads/uploads.server";
import type { BrandValues } from "~/utils/validation/brand";

export type Brand = {
  name: string | null;
  tagline: string | null;
  story: string | null;
  colours: string[];
  logoUploadId: string | null;
};

export function getBrand(db: Db, enterpriseId: number): Brand | null {
  const row = db
    .prepare(
      "SELECT name, tagline, story, colours, logo_upload_id AS logoUploadId FROM enterprise_brand WHERE enterprise_id = ?",
    )
    .get(enterpriseId) as (Omit<Brand, "colours"> & { colours: string }) | undefined;
  return row ? { ...row, colours: JSON.parse(row.colours) as string[] } : null;
}

/**
 * Saves the brand identity (a draft, or finished) in one transaction: the brand row, the
 * task's status and an event in its history. The logo must be one of this enterprise's logos.
 */
export function saveBrand(
  db: Db,
  enterpriseId: number,
  actorUserId: number,
  values: BrandValues,
  needsReview: boolean,
  /** Nice classes the brand is checked and indexed in. */
  classes: number[] = [],
): Brand {
  const logo =
    values.logo && ownUploadIds(db, enterpriseId, "logo", [values.logo]).has(values.logo) ? values.logo : null;
  const brand: Brand = {
    name: values.name,
    tagline: values.tagline,
    story: values.story,
    colours: values.colours,
    logoUploadId: logo,
  };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO enterprise_brand (enterprise_id, name, tagline, story, colours, logo_upload_id, updated_at)
       VALUES (@enterpriseId, @name, @tagline, @story, @colours, @logo, @now)
       ON CONFLICT (enterprise_id) DO UPDATE SET name = excluded.name, tagline = excluded.tagline,
         story = excluded.story, colours = excluded.colours, logo_upload_id = excluded.logo_upload_id,
         updated_at = excluded.updated_at`,
    ).run({ enterpriseId, ...brand, colours: JSON.stringify(brand.colours), logo, now: nowSeconds() });
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "brand",
      actorUserId,
      mode: values.intent,
      needsReview,
      answers: brand,
    });
    // Other owners' checks see this brand from now on.
    indexEnterpriseBrand(db, enterpriseId, brand.name, classes);
    recordAudit(db, {
      actorUserId,
      action: values.intent === "draft" ? "task.save_draft" : "task.finish",
      subjectType: "enterprise",
      subjectId: enterpriseId,
      details: { task: "brand" },
    });
  })();
  return brand;
}
