import type { Db } from "../db.server";
import { programmeTargets } from "./dashboard.server";
import { STAGES, type Stage } from "~/utils/mentoring/stage";

/** Bump when a field changes meaning or disappears; adding a field keeps the version. */
export const OPEN_DATA_SCHEMA_VERSION = 1;

export type AreaStatistics = {
  registered: number;
  stages: Record<Stage, number>;
  go_online: number;
  with_marketplace_shop: number;
  with_first_online_sale: number;
  target: number | null;
};

export type ProvinceStatistics = {
  schema_version: number;
  generated_at: string;
  year: number;
  national: AreaStatistics & { without_province: number };
  provinces: (AreaStatistics & { code: string; name: string })[];
};

/**
 * Counts per province for anyone to reuse: no names, no personal data, nothing below province
 * level. From the dashboard rollup (migration 0014): one row per province and step.
 */
export function provinceStatistics(db: Db, now: Date, year: number): ProvinceStatistics {
  const rows = db
    .prepare(
      `SELECT province_code AS code, bucket AS stage, n, n_shop AS shop, n_sale AS sale
       FROM dashboard_rollup
       WHERE kind = 'stage' AND category = '*' AND size_class = '*' AND province_code <> '*'`,
    )
    .all() as { code: string; stage: Stage; n: number; shop: number; sale: number }[];
  const targets = programmeTargets(db, year);
  const empty = (target: number | null): AreaStatistics => ({
    registered: 0,
    stages: Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>,
    go_online: 0,
    with_marketplace_shop: 0,
    with_first_online_sale: 0,
    target,
  });
  const add = (area: AreaStatistics, row: (typeof rows)[number]) => {
    area.registered += row.n;
    area.stages[row.stage] += row.n;
    if (row.stage === "go_online") area.go_online += row.n;
    area.with_marketplace_shop += row.shop;
    area.with_first_online_sale += row.sale;
  };
  const regions = db.prepare("SELECT code, name FROM region WHERE level = 'province' ORDER BY code").all() as {
    code: string;
    name: string;
  }[];
  const provinces = new Map(
    regions.map((r) => [r.code, { code: r.code, name: r.name, ...empty(targets.get(r.code) ?? null) }]),
  );
  const national = { ...empty(targets.get("") ?? null), without_province: 0 };
  for (const row of rows) {
    add(national, row);
    const province = provinces.get(row.code);
    if (province) add(province, row);
    else national.without_province += row.n;
  }
  return {
    schema_version: OPEN_DATA_SCHEMA_VERSION,
    generated_at: now.toISOString(),
    year,
    national,
    provinces: [...provinces.values()],
  };
}
