import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { checkBrandName, indexVersion, type BrandMatch } from "./index.server";

export type StoredBrandCheck = {
  id: number;
  name: string;
  classes: number[];
  indexVersion: number;
  checkedAt: number;
  matches: BrandMatch[];
};

/**
 * Checks an enterprise's brand name and keeps the result with its date and the index version,
 * so the mentor later sees exactly what the owner saw.
 */
export function runEnterpriseBrandCheck(
  db: Db,
  check: { enterpriseId: number; checkedBy: number; name: string; classes: number[] },
): StoredBrandCheck {
  const matches = checkBrandName(db, check.name, check.classes, { excludeEnterpriseId: check.enterpriseId });
  const version = indexVersion(db);
  const checkedAt = nowSeconds();
  const id = Number(
    db
      .prepare(
        `INSERT INTO brand_check (enterprise_id, checked_by, name, classes, index_version, results, checked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        check.enterpriseId,
        check.checkedBy,
        check.name,
        JSON.stringify(check.classes),
        version,
        JSON.stringify(matches),
        checkedAt,
      ).lastInsertRowid,
  );
  return { id, name: check.name, classes: check.classes, indexVersion: version, checkedAt, matches };
}

export function latestBrandCheck(db: Db, enterpriseId: number): StoredBrandCheck | null {
  const row = db
    .prepare(
      `SELECT id, name, classes, index_version AS indexVersion, checked_at AS checkedAt, results
         FROM brand_check WHERE enterprise_id = ? ORDER BY checked_at DESC, id DESC LIMIT 1`,
    )
    .get(enterpriseId) as
    | { id: number; name: string; classes: string; indexVersion: number; checkedAt: number; results: string }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    classes: JSON.parse(row.classes) as number[],
    indexVersion: row.indexVersion,
    checkedAt: row.checkedAt,
    matches: JSON.parse(row.results) as BrandMatch[],
  };
}
