import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "../../../db/trademark-seed";
import { latestBrandCheck, runEnterpriseBrandCheck } from "./brand-check.server";
import { checkBrandName, ensureTrademarkSeed, indexEnterpriseBrand, indexVersion } from "./index.server";

let db: Db;
let ownerId: number;
let enterpriseId: number;

beforeEach(async () => {
  db = await createJourneyTestDb();
  ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
});

afterEach(() => {
  vi.useRealTimers();
});

/** Fixes the clock at a whole second (Unix seconds). */
function setNow(seconds: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(seconds * 1000);
}

type CheckRow = {
  id: number;
  enterprise_id: number | null;
  checked_by: number | null;
  name: string;
  classes: string;
  index_version: number;
  results: string;
  checked_at: number;
};
function checkRows(): CheckRow[] {
  return db.prepare("SELECT * FROM brand_check ORDER BY id").all() as CheckRow[];
}
function metaVersion(): number {
  return db.prepare("SELECT version FROM trademark_index_meta WHERE id = 1").pluck().get() as number;
}

describe("runEnterpriseBrandCheck", () => {
  it("stores the name, classes, index version and matches, and returns them", () => {
    setNow(1_750_000_000);
    const stored = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Indomy", classes: [30] });

    expect(stored).toEqual({
      id: expect.any(Number),
      name: "Indomy",
      classes: [30],
      indexVersion: metaVersion(),
      checkedAt: 1_750_000_000,
      matches: checkBrandName(db, "Indomy", [30], { excludeEnterpriseId: enterpriseId }),
    });
    expect(stored.matches[0]).toMatchObject({ name: "Indomie", band: "tinggi" });

    const [row, ...more] = checkRows();
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      id: stored.id,
      enterprise_id: enterpriseId,
      checked_by: ownerId,
      name: "Indomy",
      index_version: metaVersion(),
      checked_at: 1_750_000_000,
    });
    expect(JSON.parse(row!.classes)).toEqual([30]);
    expect(JSON.parse(row!.results)).toEqual(stored.matches);
  });

  it("stores the index version current at the time of the check", () => {
    const first = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Kopiko", classes: [30] });
    expect(first.indexVersion).toBe(indexVersion(db));

    const other = insertTestEnterprise(db).enterprise.id;
    indexEnterpriseBrand(db, other, "Sambal Nyonya Darmi", [30]);
    expect(metaVersion()).toBe(first.indexVersion + 1);

    const second = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Kopiko", classes: [30] });
    expect(second.indexVersion).toBe(metaVersion());
    expect(checkRows().map((r) => r.index_version)).toEqual([first.indexVersion, first.indexVersion + 1]);
  });

  it("leaves out the enterprise's own brand and stores an empty result", () => {
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30]);
    const stored = runEnterpriseBrandCheck(db, {
      enterpriseId,
      checkedBy: ownerId,
      name: "Sambal Nyonya Darmi",
      classes: [30, 29],
    });
    expect(stored.matches).toEqual([]);
    expect(checkRows()).toEqual([
      expect.objectContaining({ name: "Sambal Nyonya Darmi", classes: "[30,29]", results: "[]" }),
    ]);
  });

  it("finds another enterprise's identical brand", () => {
    const other = insertTestEnterprise(db).enterprise.id;
    indexEnterpriseBrand(db, other, "Sambal Nyonya Darmi", [30]);
    const stored = runEnterpriseBrandCheck(db, {
      enterpriseId,
      checkedBy: ownerId,
      name: "Sambal Nyonya Darmi",
      classes: [30],
    });
    expect(stored.matches).toEqual([expect.objectContaining({ name: "Sambal Nyonya Darmi", source: "app" })]);
  });
});

describe("latestBrandCheck", () => {
  it("returns null when the enterprise has no check", () => {
    expect(latestBrandCheck(db, enterpriseId)).toBeNull();
  });

  it("returns the newest check, exactly as it was stored", () => {
    setNow(1_750_000_000);
    runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Indomy", classes: [30] });
    setNow(1_750_000_060);
    const newer = runEnterpriseBrandCheck(db, {
      enterpriseId,
      checkedBy: ownerId,
      name: "Kopi Kenangan Mantan",
      classes: [43],
    });
    expect(countRows(db, "brand_check", enterpriseId)).toBe(2);
    expect(latestBrandCheck(db, enterpriseId)).toEqual(newer);
  });

  it("goes by the check time before the row order", () => {
    setNow(1_750_000_100);
    const later = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Indomy", classes: [30] });
    setNow(1_750_000_000);
    runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Aqva", classes: [32] });
    expect(latestBrandCheck(db, enterpriseId)).toEqual(later);
  });

  it("takes the last stored of two checks in the same second", () => {
    setNow(1_750_000_000);
    runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Indomy", classes: [30] });
    const last = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Aqva", classes: [32] });
    expect(latestBrandCheck(db, enterpriseId)).toEqual(last);
  });

  it("never returns another enterprise's checks", () => {
    const other = insertTestEnterprise(db);
    setNow(1_750_000_000);
    const own = runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: "Indomy", classes: [30] });
    setNow(1_750_000_500);
    const theirs = runEnterpriseBrandCheck(db, {
      enterpriseId: other.enterprise.id,
      checkedBy: other.ownerId,
      name: "Aqva",
      classes: [32],
    });

    expect(latestBrandCheck(db, enterpriseId)).toEqual(own);
    expect(latestBrandCheck(db, other.enterprise.id)).toEqual(theirs);
    const third = insertTestEnterprise(db).enterprise.id;
    expect(latestBrandCheck(db, third)).toBeNull();
  });
});
