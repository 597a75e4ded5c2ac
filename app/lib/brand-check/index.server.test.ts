import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { nameKeys } from "~/utils/brand-check/score";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "../../../db/trademark-seed";
import {
  checkBrandName,
  deletionVariants,
  ensureTrademarkSeed,
  indexEnterpriseBrand,
  indexVersion,
  insertMark,
  retrieveCandidates,
  type MarkInput,
} from "./index.server";

let db: Db;

beforeEach(async () => {
  db = await createJourneyTestDb();
});

const seed = { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED };

type TrademarkRow = {
  id: number;
  name: string;
  key: string;
  phonetic: string;
  metaphone: string;
  concept: string;
  classes: string;
  owner: string | null;
  status: string;
  application_number: string | null;
  filed_on: string | null;
  source: string;
  well_known: number;
  enterprise_id: number | null;
  updated_at: number;
};

function trademarkRows(where = "1 = 1", ...params: unknown[]): TrademarkRow[] {
  return db.prepare(`SELECT * FROM trademark WHERE ${where} ORDER BY id`).all(...params) as TrademarkRow[];
}
function tokensOf(id: number): { token: string; well_known: number }[] {
  return db.prepare("SELECT token, well_known FROM trademark_token WHERE trademark_id = ? ORDER BY token").all(id) as {
    token: string;
    well_known: number;
  }[];
}
function variantsOf(id: number): string[] {
  return db
    .prepare("SELECT variant FROM trademark_variant WHERE trademark_id = ? ORDER BY variant")
    .pluck()
    .all(id) as string[];
}
/** Token and variant rows whose mark is gone. */
function orphans(): { tokens: number; variants: number } {
  return {
    tokens: db
      .prepare("SELECT count(*) FROM trademark_token WHERE trademark_id NOT IN (SELECT id FROM trademark)")
      .pluck()
      .get() as number,
    variants: db
      .prepare("SELECT count(*) FROM trademark_variant WHERE trademark_id NOT IN (SELECT id FROM trademark)")
      .pluck()
      .get() as number,
  };
}
function seedVersion(): number {
  return db.prepare("SELECT seed_version FROM trademark_index_meta WHERE id = 1").pluck().get() as number;
}

function mark(name: string, extra: Partial<MarkInput> = {}): MarkInput {
  return { name, classes: [30], owner: null, status: "registered", source: "import", wellKnown: false, ...extra };
}
function insert(name: string, extra: Partial<MarkInput> = {}): number {
  return insertMark(db, mark(name, extra));
}
function candidates(name: string): number[] {
  return retrieveCandidates(db, nameKeys(name));
}

describe("deletionVariants", () => {
  it("gives the key itself and each one-letter deletion", () => {
    expect(deletionVariants("akua").sort()).toEqual(["aka", "akua", "aku", "aua", "kua"].sort());
  });

  it("lists each variant once when deletions coincide", () => {
    const variants = deletionVariants("kopiko");
    expect(new Set(variants).size).toBe(variants.length);
    // Deleting either "b" of "abba" gives "aba": listed once.
    expect(deletionVariants("abba").sort()).toEqual(["abba", "aba", "bba", "abb"].sort());
  });

  it("puts the key first", () => {
    expect(deletionVariants("indomi")[0]).toBe("indomi");
    expect(deletionVariants("indomi")).toHaveLength(7);
  });

  it.each(["", "a", "ab", "abc"])("leaves keys shorter than 4 letters whole (%j)", (key) => {
    expect(deletionVariants(key)).toEqual([key]);
  });

  it("deletes letters from a key of exactly 4 letters", () => {
    expect(deletionVariants("abcd")).toEqual(["abcd", "bcd", "acd", "abd", "abc"]);
  });
});

describe("insertMark", () => {
  it("writes the mark with its keys, its distinctive words and its sound variants", () => {
    const id = insertMark(db, {
      name: "Go Kuda Terbang Kopi",
      classes: [43, 30, 30],
      owner: "PT Kuda Terbang",
      status: "pending",
      applicationNumber: "DID2024000001",
      filedOn: "2024-02-01",
      source: "import",
      wellKnown: true,
    });
    const keys = nameKeys("Go Kuda Terbang Kopi");

    expect(trademarkRows()).toEqual([
      {
        id,
        name: "Go Kuda Terbang Kopi",
        key: keys.key,
        phonetic: keys.phonetic,
        metaphone: keys.metaphone,
        concept: keys.concept,
        classes: "[30,43]",
        owner: "PT Kuda Terbang",
        status: "pending",
        application_number: "DID2024000001",
        filed_on: "2024-02-01",
        source: "import",
        well_known: 1,
        enterprise_id: null,
        updated_at: expect.any(Number),
      },
    ]);
    expect(keys.key).toBe("gokudaterbang");
    // "go" is too short to search by; "kopi" is generic.
    expect(tokensOf(id)).toEqual([
      { token: "kuda", well_known: 1 },
      { token: "terbang", well_known: 1 },
    ]);
    expect(variantsOf(id)).toEqual([...deletionVariants(keys.phonetic)].sort());
  });

  it("stores a concept key when a word translates", () => {
    const id = insert("Star Coffee");
    expect(trademarkRows()[0]).toMatchObject({ id, key: "star", concept: nameKeys("Star Coffee").concept });
    expect(trademarkRows()[0]!.concept).not.toBe("");
  });

  it("marks tokens of ordinary marks as not well known and lists a repeated word once", () => {
    const id = insert("Kuda Kuda", { applicationNumber: null, filedOn: null });
    expect(tokensOf(id)).toEqual([{ token: "kuda", well_known: 0 }]);
    expect(trademarkRows()[0]).toMatchObject({ well_known: 0, application_number: null, filed_on: null });
  });

  it("adds no words for a name made only of generic words, but still its sound variants", () => {
    const id = insert("Kopi Susu");
    expect(nameKeys("Kopi Susu").normalized.onlyGeneric).toBe(true);
    expect(tokensOf(id)).toEqual([]);
    expect(variantsOf(id)).toEqual([...deletionVariants(nameKeys("Kopi Susu").phonetic)].sort());
  });

  it("returns a new id per mark", () => {
    const a = insert("Aqua");
    const b = insert("Kopiko");
    expect(a).not.toBe(b);
    expect(trademarkRows().map((r) => [r.id, r.name])).toEqual([
      [a, "Aqua"],
      [b, "Kopiko"],
    ]);
  });
});

describe("ensureTrademarkSeed", () => {
  it("loads the seed once as registered seed marks and bumps the index version", () => {
    expect(indexVersion(db)).toBe(1);
    expect(seedVersion()).toBe(0);

    expect(ensureTrademarkSeed(db, seed)).toBe(true);
    expect(countRows(db, "trademark")).toBe(TRADEMARK_SEED.length);
    expect(trademarkRows("source <> 'seed' OR status <> 'registered'")).toEqual([]);
    expect(seedVersion()).toBe(TRADEMARK_SEED_VERSION);
    expect(indexVersion(db)).toBe(2);

    const indomie = trademarkRows("name = 'Indomie'")[0]!;
    expect(indomie).toMatchObject({ classes: "[30]", owner: "PT Indofood Sukses Makmur Tbk", well_known: 1 });
    expect(tokensOf(indomie.id)).toEqual([{ token: "indomie", well_known: 1 }]);
    expect(variantsOf(indomie.id).length).toBeGreaterThan(1);

    const counts = {
      marks: countRows(db, "trademark"),
      tokens: countRows(db, "trademark_token"),
      variants: countRows(db, "trademark_variant"),
    };
    expect(ensureTrademarkSeed(db, seed)).toBe(false);
    expect({
      marks: countRows(db, "trademark"),
      tokens: countRows(db, "trademark_token"),
      variants: countRows(db, "trademark_variant"),
    }).toEqual(counts);
    expect(indexVersion(db)).toBe(2);
  });

  it("reloads when the seed version is higher: old seed marks, words and variants replaced", () => {
    ensureTrademarkSeed(db, seed);
    const { enterprise } = insertTestEnterprise(db);
    indexEnterpriseBrand(db, enterprise.id, "Sambal Nyonya Darmi", [30]);
    const versionBefore = indexVersion(db);
    const oldIndomieId = trademarkRows("name = 'Indomie'")[0]!.id;

    const reloaded = ensureTrademarkSeed(db, {
      version: 2,
      marks: [
        { name: "Kuda Terbang", classes: [30], owner: "PT Kuda", wellKnown: true },
        { name: "Rusa Emas", classes: [25, 18], owner: null, wellKnown: false },
      ],
    });

    expect(reloaded).toBe(true);
    expect(seedVersion()).toBe(2);
    expect(indexVersion(db)).toBe(versionBefore + 1);
    expect(trademarkRows("source = 'seed'").map((r) => [r.name, r.classes, r.status, r.well_known])).toEqual([
      ["Kuda Terbang", "[30]", "registered", 1],
      ["Rusa Emas", "[18,25]", "registered", 0],
    ]);
    expect(trademarkRows("name = 'Indomie'")).toEqual([]);
    expect(tokensOf(oldIndomieId)).toEqual([]);
    expect(variantsOf(oldIndomieId)).toEqual([]);
    expect(orphans()).toEqual({ tokens: 0, variants: 0 });
    // Only the two seed marks and the app brand have words left.
    expect(db.prepare("SELECT DISTINCT token FROM trademark_token ORDER BY token").pluck().all() as string[]).toEqual([
      "darmi",
      "emas",
      "kuda",
      "nyonya",
      "rusa",
      "terbang",
    ]);
    // Brands from the app stay.
    expect(trademarkRows("source = 'app'").map((r) => r.name)).toEqual(["Sambal Nyonya Darmi"]);

    expect(ensureTrademarkSeed(db, seed)).toBe(false);
    expect(trademarkRows("source = 'seed'")).toHaveLength(2);
  });
});

describe("indexEnterpriseBrand", () => {
  let enterpriseId: number;
  beforeEach(() => {
    enterpriseId = insertTestEnterprise(db).enterprise.id;
    db.prepare("UPDATE enterprise SET name = 'UD Darmi Jaya' WHERE id = ?").run(enterpriseId);
  });

  it("adds the brand as an in-app mark of the enterprise and bumps the version", () => {
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30, 29]);
    const rows = trademarkRows();
    expect(rows).toEqual([
      expect.objectContaining({
        name: "Sambal Nyonya Darmi",
        key: nameKeys("Sambal Nyonya Darmi").key,
        classes: "[29,30]",
        owner: "UD Darmi Jaya",
        status: "in_app",
        source: "app",
        well_known: 0,
        enterprise_id: enterpriseId,
      }),
    ]);
    expect(tokensOf(rows[0]!.id)).toEqual([
      { token: "darmi", well_known: 0 },
      { token: "nyonya", well_known: 0 },
    ]);
    expect(variantsOf(rows[0]!.id).length).toBeGreaterThan(0);
    expect(indexVersion(db)).toBe(2);
  });

  it("replaces the brand on rename: one row per enterprise, old words and variants gone", () => {
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30]);
    const oldId = trademarkRows()[0]!.id;
    indexEnterpriseBrand(db, enterpriseId, "Keripik Gadis Garut", [29]);

    const rows = trademarkRows("enterprise_id = ?", enterpriseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Keripik Gadis Garut", classes: "[29]", source: "app" });
    expect(countRows(db, "trademark")).toBe(1);
    // (The new row may reuse the old id: check the whole tables.)
    expect(db.prepare("SELECT token, trademark_id FROM trademark_token").all()).toEqual([
      { token: "gadis", trademark_id: rows[0]!.id },
    ]);
    expect(db.prepare("SELECT variant FROM trademark_variant ORDER BY variant").pluck().all()).toEqual(
      [...deletionVariants(nameKeys("Keripik Gadis Garut").phonetic)].sort(),
    );
    expect(variantsOf(oldId).some((v) => deletionVariants(nameKeys("Sambal Nyonya Darmi").phonetic).includes(v))).toBe(
      false,
    );
    expect(orphans()).toEqual({ tokens: 0, variants: 0 });
    expect(indexVersion(db)).toBe(3);
  });

  it("takes the brand out when the name is cleared", () => {
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30]);
    indexEnterpriseBrand(db, enterpriseId, null, [30]);
    expect(countRows(db, "trademark")).toBe(0);
    expect(countRows(db, "trademark_token")).toBe(0);
    expect(countRows(db, "trademark_variant")).toBe(0);
    expect(indexVersion(db)).toBe(3);
  });

  it("leaves the seed and other enterprises' brands alone", () => {
    ensureTrademarkSeed(db, seed);
    const other = insertTestEnterprise(db).enterprise.id;
    indexEnterpriseBrand(db, other, "Rendang Uni Upik", [29]);
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30]);
    indexEnterpriseBrand(db, enterpriseId, null, []);
    expect(trademarkRows("source = 'app'").map((r) => [r.name, r.enterprise_id])).toEqual([
      ["Rendang Uni Upik", other],
    ]);
    expect(trademarkRows("source = 'seed'")).toHaveLength(TRADEMARK_SEED.length);
    expect(orphans()).toEqual({ tokens: 0, variants: 0 });
  });

  it("keeps the owner empty when the enterprise has no name yet", () => {
    db.prepare("UPDATE enterprise SET name = NULL WHERE id = ?").run(enterpriseId);
    indexEnterpriseBrand(db, enterpriseId, "Sambal Nyonya Darmi", [30]);
    expect(trademarkRows()[0]).toMatchObject({ owner: null, enterprise_id: enterpriseId });
  });
});

describe("retrieveCandidates", () => {
  let ids: Record<string, number>;
  beforeEach(() => {
    ids = {};
    for (const name of ["Aqua", "Kopiko", "Star Coffee", "Indomie", "Rusa Emas"]) ids[name] = insert(name);
  });

  it("finds a mark by the same key", () => {
    expect(candidates("Aqua")).toContain(ids["Aqua"]);
    expect(candidates("AQUA!")).toContain(ids["Aqua"]);
  });

  it("finds a mark one edit away in sound (Aqva → Aqua)", () => {
    const typo = nameKeys("Aqva");
    const aqua = nameKeys("Aqua");
    // Only the deletion variants link them.
    expect(typo.key).not.toBe(aqua.key);
    expect(typo.phonetic).not.toBe(aqua.phonetic);
    expect(typo.metaphone).not.toBe(aqua.metaphone);
    expect(candidates("Aqva")).toContain(ids["Aqua"]);
  });

  it("finds a mark by sound (Kopikoh → Kopiko)", () => {
    expect(nameKeys("Kopikoh").key).not.toBe(nameKeys("Kopiko").key);
    expect(candidates("Kopikoh")).toContain(ids["Kopiko"]);
  });

  it("finds a mark by meaning (Bintang Kopi → Star Coffee)", () => {
    expect(nameKeys("Bintang Kopi").concept).toBe(nameKeys("Star Coffee").concept);
    expect(candidates("Bintang Kopi")).toEqual([ids["Star Coffee"]]);
  });

  it("finds a mark by a shared distinctive word (Aqua Bandung → Aqua, Aqua Segar → Aqua)", () => {
    expect(candidates("Aqua Bandung")).toContain(ids["Aqua"]);
    // A different key: only the word "aqua" links them.
    expect(nameKeys("Aqua Segar").key).not.toBe("aqua");
    expect(candidates("Aqua Segar")).toContain(ids["Aqua"]);
  });

  it("finds nothing for an unrelated name", () => {
    expect(candidates("Gajah Biru")).toEqual([]);
  });

  it("lists each mark once", () => {
    const found = candidates("Aqua");
    expect(new Set(found).size).toBe(found.length);
  });

  it("looks up by index, never by a scan of the marks", () => {
    ensureTrademarkSeed(db, seed);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN " + "SELECT id FROM trademark WHERE concept = ? AND concept <> '' LIMIT 60")
      .all("bintang") as { detail: string }[];
    expect(plan.length).toBeGreaterThan(0);
    for (const step of plan) {
      expect(step.detail).toContain("USING");
      expect(step.detail).toContain("INDEX");
      expect(step.detail).not.toContain("SCAN trademark");
    }
  });

  it.each([
    ["key", "SELECT id FROM trademark WHERE key = ? LIMIT 60"],
    ["phonetic", "SELECT id FROM trademark WHERE phonetic = ? LIMIT 60"],
    ["metaphone", "SELECT id FROM trademark WHERE metaphone = ? LIMIT 60"],
    ["variant", "SELECT trademark_id FROM trademark_variant WHERE variant = ? LIMIT 60"],
    ["token", "SELECT trademark_id FROM trademark_token WHERE token = ? ORDER BY well_known DESC LIMIT 60"],
  ])("looks up by %s without a scan", (_probe, sql) => {
    const plan = db.prepare("EXPLAIN QUERY PLAN " + sql).all("x") as { detail: string }[];
    for (const step of plan) {
      expect(step.detail).toMatch(/^SEARCH /);
      expect(step.detail).not.toContain("SCAN");
    }
  });
});

describe("checkBrandName", () => {
  beforeEach(() => {
    ensureTrademarkSeed(db, seed);
  });

  it("rates a near-spelling of a famous mark high (Indomy → Indomie)", () => {
    const [first] = checkBrandName(db, "Indomy", [30]);
    expect(first).toMatchObject({
      name: "Indomie",
      band: "tinggi",
      source: "seed",
      status: "registered",
      wellKnown: true,
      classes: [30],
      owner: "PT Indofood Sukses Makmur Tbk",
    });
    expect(first!.reasons).toEqual(expect.arrayContaining(["spelling", "wellKnown"]));
  });

  it("finds an existing mark standing whole in the name (Kopi Kenangan Mantan)", () => {
    const [first] = checkBrandName(db, "Kopi Kenangan Mantan", [43]);
    expect(first?.name).toBe("Kopi Kenangan");
    expect(first!.reasons).toContain("contains");
  });

  it("finds no risky match for a plain local name", () => {
    const matches = checkBrandName(db, "Keripik Singkong Pedas Garut", [29]);
    expect(matches.filter((m) => m.band === "tinggi" || m.band === "sedang")).toEqual([]);
  });

  it("protects a famous mark in every class (Indomie in class 25)", () => {
    const [first] = checkBrandName(db, "Indomie", [25]);
    expect(first).toMatchObject({ name: "Indomie", band: "tinggi" });
    expect(first!.reasons).toContain("wellKnown");
  });

  it("does not rate an ordinary mark in an unrelated class as risky", () => {
    // Kahf is an ordinary mark for cosmetics (class 3).
    expect(checkBrandName(db, "Kahf", [3])[0]).toMatchObject({ name: "Kahf", band: "tinggi" });
    const risky = checkBrandName(db, "Kahf", [30]).filter((m) => m.band === "tinggi" || m.band === "sedang");
    expect(risky).toEqual([]);
  });

  it("leaves out the enterprise's own brand but finds another enterprise's identical one", () => {
    const own = insertTestEnterprise(db).enterprise.id;
    const other = insertTestEnterprise(db).enterprise.id;
    db.prepare("UPDATE enterprise SET name = 'CV Sambal Lain' WHERE id = ?").run(other);

    indexEnterpriseBrand(db, own, "Sambal Nyonya Darmi", [30]);
    expect(checkBrandName(db, "Sambal Nyonya Darmi", [30], { excludeEnterpriseId: own })).toEqual([]);
    // Without the exclusion the own brand is there.
    expect(checkBrandName(db, "Sambal Nyonya Darmi", [30])).toEqual([
      expect.objectContaining({ name: "Sambal Nyonya Darmi", source: "app" }),
    ]);

    indexEnterpriseBrand(db, other, "Sambal Nyonya Darmi", [30]);
    expect(checkBrandName(db, "Sambal Nyonya Darmi", [30], { excludeEnterpriseId: own })).toEqual([
      {
        name: "Sambal Nyonya Darmi",
        classes: [30],
        owner: "CV Sambal Lain",
        status: "in_app",
        applicationNumber: null,
        source: "app",
        wellKnown: false,
        score: 1,
        band: "tinggi",
        reasons: ["exact", "sameClass"],
      },
    ]);
  });

  it("sorts matches by score, highest first", () => {
    const matches = checkBrandName(db, "Star Coffee", [30], { limit: 50 });
    expect(matches.length).toBeGreaterThan(1);
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matches[0]).toMatchObject({ name: "Star Coffee", score: 1 });
  });

  it("returns at most `limit` matches, the best ones", () => {
    const all = checkBrandName(db, "Star Coffee", [30], { limit: 50 });
    expect(all.length).toBeGreaterThan(2);
    expect(checkBrandName(db, "Star Coffee", [30], { limit: 2 })).toEqual(all.slice(0, 2));
    expect(checkBrandName(db, "Star Coffee", [30], { limit: 1 })).toEqual(all.slice(0, 1));
  });

  it("returns nothing for a name with no letters or digits", () => {
    expect(checkBrandName(db, "!!! ---", [30])).toEqual([]);
  });
});
