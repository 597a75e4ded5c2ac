import type { Db } from "../db.server";

export type RegionOption = { code: string; name: string };

export function listProvinces(db: Db): RegionOption[] {
  return db.prepare("SELECT code, name FROM region WHERE level = 'province' ORDER BY name").all() as RegionOption[];
}

export function listRegencies(db: Db, provinceCode: string): RegionOption[] {
  return db
    .prepare("SELECT code, name FROM region WHERE parent_code = ? ORDER BY name")
    .all(provinceCode) as RegionOption[];
}

export function isProvince(db: Db, code: string): boolean {
  return !!db.prepare("SELECT 1 FROM region WHERE code = ? AND level = 'province'").get(code);
}

export function regencyIsIn(db: Db, regencyCode: string, provinceCode: string): boolean {
  return !!db.prepare("SELECT 1 FROM region WHERE code = ? AND parent_code = ?").get(regencyCode, provinceCode);
}
