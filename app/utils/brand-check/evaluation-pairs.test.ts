// The shape of the brand-check test data only; how well the scorer does on it is tested elsewhere.
import { describe, expect, it } from "vitest";
import { CONCEPT_PAIRS } from "./concepts";
import { EVALUATION_PAIRS, type ClashKind } from "./evaluation-pairs";

const CLASH_KINDS: ClashKind[] = ["spelling", "sound", "meaning", "containment", "well_known_other_class", "exact"];
const NON_CLASH_KINDS = ["generic_only", "city_only", "different_class", "different_name"];

describe("EVALUATION_PAIRS", () => {
  const clashes = EVALUATION_PAIRS.filter((p) => p.clash);
  const nonClashes = EVALUATION_PAIRS.filter((p) => !p.clash);

  it("has at least 100 pairs, 55 clashes and 45 non-clashes", () => {
    expect(EVALUATION_PAIRS.length).toBeGreaterThanOrEqual(100);
    expect(clashes.length).toBeGreaterThanOrEqual(55);
    expect(nonClashes.length).toBeGreaterThanOrEqual(45);
  });

  it.each(CLASH_KINDS)("has at least 8 clashes of kind %s", (kind) => {
    expect(clashes.filter((p) => p.kind === kind).length).toBeGreaterThanOrEqual(8);
  });

  it("labels clashes with a clash kind and non-clashes with a reason", () => {
    for (const p of clashes) expect(CLASH_KINDS as string[]).toContain(p.kind);
    for (const p of nonClashes) expect(NON_CLASH_KINDS).toContain(p.kind);
  });

  it("uses Nice classes 1–45, at least one per mark", () => {
    for (const p of EVALUATION_PAIRS) {
      for (const classes of [p.candidate.classes, p.existing.classes]) {
        expect(classes.length).toBeGreaterThan(0);
        for (const c of classes) {
          expect(Number.isInteger(c)).toBe(true);
          expect(c).toBeGreaterThanOrEqual(1);
          expect(c).toBeLessThanOrEqual(45);
        }
      }
    }
  });

  it("has non-empty names", () => {
    for (const p of EVALUATION_PAIRS) {
      expect(p.candidate.name.trim()).not.toBe("");
      expect(p.existing.name.trim()).not.toBe("");
    }
  });

  it("has no duplicate (candidate, existing) pairs", () => {
    const keys = EVALUATION_PAIRS.map((p) => `${p.candidate.name.toLowerCase()}|${p.existing.name.toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("gives each earlier mark the same classes and well-known flag wherever it appears", () => {
    const seen = new Map<string, string>();
    for (const { existing } of EVALUATION_PAIRS) {
      const facts = JSON.stringify([existing.classes, existing.wellKnown]);
      expect(seen.get(existing.name) ?? facts, existing.name).toBe(facts);
      seen.set(existing.name, facts);
    }
  });

  it("cross-class non-clashes have an earlier mark that is not well-known", () => {
    for (const p of nonClashes.filter((p) => p.kind === "different_class")) expect(p.existing.wellKnown).toBe(false);
  });
});

describe("CONCEPT_PAIRS", () => {
  it("has at least 170 pairs of lowercase ASCII words, none repeated", () => {
    expect(CONCEPT_PAIRS.length).toBeGreaterThanOrEqual(170);
    for (const [id, en] of CONCEPT_PAIRS) {
      expect(id).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(en).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
    const keys = CONCEPT_PAIRS.map(([id, en]) => `${id}|${en}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
