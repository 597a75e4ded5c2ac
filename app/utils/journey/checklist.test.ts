import { describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { applicableItems } from "./checklist";
import { PRODUCT_CATEGORIES, type ProductCategory, type TaskTemplate } from "./template-types";

function task(key: TaskTemplate["key"]): TaskTemplate {
  const found = JOURNEY_TEMPLATE.tasks.find((t) => t.key === key);
  if (!found) throw new Error(`no task ${key} in the template`);
  return found;
}

const legality = task("legality");

function keys(categories: ProductCategory[]): string[] {
  return applicableItems(legality, categories).map((item) => item.key);
}

describe("applicableItems on the legality task", () => {
  it("gives processed food its NIB, NPWP, PIRT, MD and halal items, nothing else", () => {
    const result = keys(["processed_food"]);
    expect(result).toEqual(["nib", "npwp", "spp_irt", "bpom_md", "halal"]);
    expect(result).not.toContain("bpom_notifikasi");
    expect(result).not.toContain("psat");
    expect(result).not.toContain("sni");
  });

  it("gives cosmetics & jamu the BPOM notification and halal, not PIRT", () => {
    const result = keys(["cosmetics_jamu"]);
    expect(result).toEqual(["nib", "npwp", "halal", "bpom_notifikasi"]);
    expect(result).not.toContain("spp_irt");
    expect(result).not.toContain("bpom_md");
  });

  it("gives services only NIB and NPWP", () => {
    expect(keys(["services"])).toEqual(["nib", "npwp"]);
  });

  it("gives fresh produce PSAT, and fashion or craft the SNI item", () => {
    expect(keys(["fresh_produce"])).toEqual(["nib", "npwp", "psat"]);
    expect(keys(["fashion_textile"])).toEqual(["nib", "npwp", "sni"]);
    expect(keys(["craft"])).toEqual(["nib", "npwp", "sni"]);
    expect(keys(["ready_meal"])).toEqual(["nib", "npwp", "halal"]);
  });

  it("gives several categories the union, once each, in template order", () => {
    expect(keys(["cosmetics_jamu", "processed_food"])).toEqual([
      "nib",
      "npwp",
      "spp_irt",
      "bpom_md",
      "halal",
      "bpom_notifikasi",
    ]);
    expect(keys(["craft", "fashion_textile", "services"])).toEqual(["nib", "npwp", "sni"]);
    const all = keys([...PRODUCT_CATEGORIES]);
    expect(all).toEqual(legality.items?.map((item) => item.key));
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives only the items for every category when no category is chosen", () => {
    expect(keys([])).toEqual(["nib", "npwp"]);
  });

  it("returns the template's own item objects", () => {
    const [nib] = applicableItems(legality, ["services"]);
    expect(nib).toBe(legality.items?.[0]);
  });
});

describe("applicableItems on a task without items", () => {
  it("gives an empty list", () => {
    expect(applicableItems(task("profile"), ["processed_food"])).toEqual([]);
    expect(applicableItems({ ...legality, items: undefined }, [...PRODUCT_CATEGORIES])).toEqual([]);
    expect(applicableItems({ ...legality, items: [] }, ["processed_food"])).toEqual([]);
  });
});
