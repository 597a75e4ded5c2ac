// Checks the shape and coverage of the well-known marks seed list.
import { describe, expect, it } from "vitest";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "./trademark-seed";

/** Case-insensitive, ignoring accents, punctuation and spaces: "L'Oréal" → "loreal". */
function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Owned by an Indonesian legal entity: "PT …", "… Tbk" or "CV …". */
function isIndonesianOwner(owner: string): boolean {
  return /\bPT\b|\bTbk\b|\bCV\b/.test(owner);
}

function find(name: string) {
  return TRADEMARK_SEED.find((m) => normalizeName(m.name) === normalizeName(name));
}

describe("TRADEMARK_SEED", () => {
  it("has a version", () => {
    expect(TRADEMARK_SEED_VERSION).toBe(1);
  });

  it("has at least 300 marks", () => {
    expect(TRADEMARK_SEED.length).toBeGreaterThanOrEqual(300);
  });

  it("gives every mark at least one Nice class, each an integer 1–45, without repeats", () => {
    for (const mark of TRADEMARK_SEED) {
      expect(mark.classes.length, mark.name).toBeGreaterThan(0);
      expect(new Set(mark.classes).size, mark.name).toBe(mark.classes.length);
      for (const c of mark.classes) {
        expect(Number.isInteger(c), `${mark.name}: ${c}`).toBe(true);
        expect(c, mark.name).toBeGreaterThanOrEqual(1);
        expect(c, mark.name).toBeLessThanOrEqual(45);
      }
    }
  });

  it("has no duplicate names (case, accents, punctuation and spaces ignored)", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const mark of TRADEMARK_SEED) {
      const key = normalizeName(mark.name);
      const earlier = seen.get(key);
      if (earlier !== undefined) duplicates.push(`${earlier} / ${mark.name}`);
      seen.set(key, mark.name);
    }
    expect(duplicates).toEqual([]);
  });

  it("has a non-empty, trimmed name and owner and a boolean wellKnown on every mark", () => {
    for (const mark of TRADEMARK_SEED) {
      expect(mark.name.trim(), JSON.stringify(mark)).not.toBe("");
      expect(mark.name, JSON.stringify(mark)).toBe(mark.name.trim());
      expect(mark.owner.trim(), JSON.stringify(mark)).not.toBe("");
      expect(mark.owner, JSON.stringify(mark)).toBe(mark.owner.trim());
      expect(typeof mark.wellKnown, mark.name).toBe("boolean");
    }
  });

  it("has at least 150 marks owned by Indonesian companies", () => {
    const indonesian = TRADEMARK_SEED.filter((m) => isIndonesianOwner(m.owner));
    expect(indonesian.length).toBeGreaterThanOrEqual(150);
  });

  it("has at least 80 well-known marks, and some that are not", () => {
    expect(TRADEMARK_SEED.filter((m) => m.wellKnown).length).toBeGreaterThanOrEqual(80);
    expect(TRADEMARK_SEED.filter((m) => !m.wellKnown).length).toBeGreaterThan(0);
  });

  it("covers the classes Indonesian micro and small businesses use", () => {
    const covered = new Set(TRADEMARK_SEED.flatMap((m) => m.classes));
    for (const c of [3, 5, 9, 11, 14, 16, 18, 20, 21, 24, 25, 29, 30, 31, 32, 33, 35, 39, 41, 43, 44]) {
      expect(covered.has(c), `class ${c}`).toBe(true);
    }
  });

  // Each mark must be present and include at least one of the listed classes.
  const expected: [name: string, anyOf: number[]][] = [
    ["Indomie", [30]],
    ["Mie Sedaap", [30]],
    ["Kopiko", [30]],
    ["Kapal Api", [30]],
    ["SilverQueen", [30]],
    ["Chitato", [29]],
    ["Ultra Milk", [29]],
    ["Teh Botol Sosro", [32]],
    ["Aqua", [32]],
    ["Le Minerale", [32]],
    ["Extra Joss", [32, 5]],
    ["Tolak Angin", [5]],
    ["Kuku Bima", [5]],
    ["Wardah", [3]],
    ["Sariayu", [3]],
    ["Mustika Ratu", [3]],
    ["Eiger", [25]],
    ["Eiger", [18]],
    ["Polytron", [9]],
    ["Kopi Kenangan", [43]],
    ["Janji Jiwa", [43]],
    ["Tokopedia", [35]],
    ["Indomaret", [35]],
    ["Alfamart", [35]],
    ["Gojek", [9, 39]],
    ["Gudang Garam", [34]],
    ["Star Coffee", [30, 43]],
  ];
  it.each(expected)("includes %s in class %j", (name, anyOf) => {
    const mark = find(name);
    expect(mark, name).toBeDefined();
    expect(
      mark?.classes.some((c) => anyOf.includes(c)),
      `${name}: ${JSON.stringify(mark?.classes)}`,
    ).toBe(true);
  });

  it("has Star Coffee as a small, not well-known coffee chain in classes 30 and 43", () => {
    const mark = find("Star Coffee");
    expect(mark?.wellKnown).toBe(false);
    expect(mark?.classes).toEqual(expect.arrayContaining([30, 43]));
  });

  it("marks the famous Indonesian and global marks as well known", () => {
    for (const name of ["Indomie", "Aqua", "Teh Botol Sosro", "Tokopedia", "Coca-Cola", "Nike", "McDonald's"]) {
      expect(find(name)?.wellKnown, name).toBe(true);
    }
  });
});
