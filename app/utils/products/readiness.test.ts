import { describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { applicableItems } from "~/utils/journey/checklist";
import type { ChecklistItem, ProductCategory, TaskTemplate } from "~/utils/journey/template-types";
import { itemAddressed, productReadiness, type ProductChecklist, type ProductFacts } from "./readiness";

const productsTask = JOURNEY_TEMPLATE.tasks.find((task) => task.key === "products") as TaskTemplate;

/** The real checklist of one category, as the products task of the template gives it. */
function itemsOf(category: ProductCategory): ChecklistItem[] {
  return applicableItems(productsTask, [category]);
}

function requiredKeys(category: ProductCategory): string[] {
  return itemsOf(category)
    .filter((item) => item.required)
    .map((item) => item.key);
}

/** Every required item of the category marked done. */
function allDone(category: ProductCategory): ProductChecklist {
  return Object.fromEntries(requiredKeys(category).map((key) => [key, { status: "done" as const }]));
}

const DESCRIPTION = "Keripik singkong pedas, digoreng setiap pagi di Garut."; // ≥ 20 characters

function product(category: ProductCategory, overrides: Partial<ProductFacts> = {}): ProductFacts {
  return {
    name: "Keripik Singkong",
    category,
    description: DESCRIPTION,
    priceRupiah: 15000,
    netAmount: category === "services" ? null : 250,
    netUnit: category === "services" ? null : "g",
    photoCount: 2,
    checklist: allDone(category),
    ...overrides,
  };
}

describe("the template's product checklists (the numbers below rest on these)", () => {
  it("processed_food has 5 required items and 2 optional ones", () => {
    expect(requiredKeys("processed_food")).toEqual([
      "label_contents",
      "label_expiry",
      "label_permit_number",
      "packaging_food_grade",
      "photo_main_white",
    ]);
    expect(
      itemsOf("processed_food")
        .filter((item) => !item.required)
        .map((item) => item.key),
    ).toEqual(["label_halal", "photo_set"]);
  });

  it("fashion_textile has 4 required items; services has 3", () => {
    expect(requiredKeys("fashion_textile")).toEqual([
      "fibre_composition",
      "size_chart_cm",
      "care_label",
      "photo_main_white",
    ]);
    expect(requiredKeys("services")).toEqual(["price_list", "portfolio_own_work", "photo_main_white"]);
  });
});

describe("itemAddressed", () => {
  it("counts an item done", () => {
    expect(itemAddressed({ status: "done" })).toBe(true);
    expect(itemAddressed({ status: "done", evidence: "abcdefghijklmnop" })).toBe(true);
  });

  it("counts 'not applicable' only with a non-blank reason", () => {
    expect(itemAddressed({ status: "not_applicable", reason: "Dijual tanpa kemasan" })).toBe(true);
    expect(itemAddressed({ status: "not_applicable" })).toBe(false);
    expect(itemAddressed({ status: "not_applicable", reason: "" })).toBe(false);
    expect(itemAddressed({ status: "not_applicable", reason: "   \n\t" })).toBe(false);
  });

  it("does not count an item without a status, even with evidence or a reason", () => {
    expect(itemAddressed(undefined)).toBe(false);
    expect(itemAddressed({})).toBe(false);
    expect(itemAddressed({ evidence: "abcdefghijklmnop" })).toBe(false);
    expect(itemAddressed({ reason: "Sudah ada" })).toBe(false);
  });
});

describe("productReadiness: processed_food (4 facts + 5 required items = 9)", () => {
  const items = itemsOf("processed_food");

  it("is ready at 100 when every fact and every required item is in place", () => {
    expect(productReadiness(product("processed_food"), items)).toEqual({
      score: 100,
      ready: true,
      missingFacts: [],
      missingItems: [],
    });
  });

  it("gives floor(8/9·100) = 88 with one required item missing, and names it", () => {
    const checklist = allDone("processed_food");
    delete checklist.label_permit_number;
    expect(productReadiness(product("processed_food", { checklist }), items)).toEqual({
      score: 88,
      ready: false,
      missingFacts: [],
      missingItems: ["label_permit_number"],
    });
  });

  it("gives floor(8/9·100) = 88 with one fact missing", () => {
    expect(productReadiness(product("processed_food", { photoCount: 0 }), items)).toEqual({
      score: 88,
      ready: false,
      missingFacts: ["photo"],
      missingItems: [],
    });
  });

  it("gives floor(7/9·100) = 77 with one fact and one item missing", () => {
    const checklist = allDone("processed_food");
    delete checklist.photo_main_white;
    const readiness = productReadiness(product("processed_food", { priceRupiah: null, checklist }), items);
    expect(readiness).toEqual({ score: 77, ready: false, missingFacts: ["price"], missingItems: ["photo_main_white"] });
  });

  it("scores 0 for a product with only a name and a category", () => {
    const bare = product("processed_food", {
      description: null,
      priceRupiah: null,
      netAmount: null,
      netUnit: null,
      photoCount: 0,
      checklist: {},
    });
    expect(productReadiness(bare, items)).toEqual({
      score: 0,
      ready: false,
      missingFacts: ["description", "price", "photo", "net"],
      missingItems: [
        "label_contents",
        "label_expiry",
        "label_permit_number",
        "packaging_food_grade",
        "photo_main_white",
      ],
    });
  });

  it("gives floor(4/9·100) = 44 with every fact but no item", () => {
    expect(productReadiness(product("processed_food", { checklist: {} }), items).score).toBe(44);
  });

  it("never counts optional items, answered or not", () => {
    const withOptional = product("processed_food", {
      checklist: {
        ...allDone("processed_food"),
        label_halal: { status: "done" },
        photo_set: { status: "not_applicable", reason: "Satu foto cukup" },
      },
    });
    expect(productReadiness(withOptional, items)).toMatchObject({ score: 100, ready: true });

    const checklist = allDone("processed_food");
    delete checklist.label_expiry;
    const optionalOnly = product("processed_food", { checklist: { ...checklist, label_halal: { status: "done" } } });
    expect(productReadiness(optionalOnly, items)).toMatchObject({ score: 88, missingItems: ["label_expiry"] });
  });

  it("counts 'not applicable' with a reason, but not without one or with a blank one", () => {
    const withReason = product("processed_food", {
      checklist: {
        ...allDone("processed_food"),
        packaging_food_grade: { status: "not_applicable", reason: "Dijual curah, tanpa kemasan" },
      },
    });
    expect(productReadiness(withReason, items)).toMatchObject({ score: 100, ready: true, missingItems: [] });

    const blankReason = product("processed_food", {
      checklist: {
        ...allDone("processed_food"),
        packaging_food_grade: { status: "not_applicable", reason: "  " },
        label_expiry: { status: "not_applicable" },
      },
    });
    expect(productReadiness(blankReason, items)).toEqual({
      score: 77,
      ready: false,
      missingFacts: [],
      missingItems: ["label_expiry", "packaging_food_grade"],
    });
  });

  it("does not count evidence alone", () => {
    const checklist: ProductChecklist = {
      ...allDone("processed_food"),
      label_contents: { evidence: "abcdefghijklmnop" },
    };
    expect(productReadiness(product("processed_food", { checklist }), items)).toMatchObject({
      score: 88,
      missingItems: ["label_contents"],
    });
  });

  it("ignores answers for items that are not in the category's checklist", () => {
    const checklist = allDone("processed_food");
    delete checklist.label_contents;
    const readiness = productReadiness(
      product("processed_food", { checklist: { ...checklist, fibre_composition: { status: "done" } } }),
      items,
    );
    expect(readiness).toMatchObject({ score: 88, missingItems: ["label_contents"] });
  });
});

describe("productReadiness: basic facts", () => {
  const items = itemsOf("processed_food");

  it("needs a description of at least 20 characters, not counting surrounding spaces", () => {
    const twenty = "a".repeat(20);
    expect(productReadiness(product("processed_food", { description: twenty }), items).missingFacts).toEqual([]);
    expect(productReadiness(product("processed_food", { description: "a".repeat(19) }), items).missingFacts).toEqual([
      "description",
    ]);
    expect(
      productReadiness(product("processed_food", { description: `   ${"a".repeat(19)}    ` }), items).missingFacts,
    ).toEqual(["description"]);
    expect(productReadiness(product("processed_food", { description: null }), items).missingFacts).toEqual([
      "description",
    ]);
  });

  it("needs a price above zero", () => {
    expect(productReadiness(product("processed_food", { priceRupiah: 1 }), items).missingFacts).toEqual([]);
    expect(productReadiness(product("processed_food", { priceRupiah: 0 }), items).missingFacts).toEqual(["price"]);
    expect(productReadiness(product("processed_food", { priceRupiah: null }), items).missingFacts).toEqual(["price"]);
  });

  it("needs at least one photo", () => {
    expect(productReadiness(product("processed_food", { photoCount: 1 }), items).missingFacts).toEqual([]);
    expect(productReadiness(product("processed_food", { photoCount: 0 }), items).missingFacts).toEqual(["photo"]);
  });

  it("needs both a net amount and its unit", () => {
    expect(productReadiness(product("processed_food", { netUnit: null }), items).missingFacts).toEqual(["net"]);
    expect(productReadiness(product("processed_food", { netAmount: null }), items).missingFacts).toEqual(["net"]);
    expect(productReadiness(product("processed_food", { netAmount: 0 }), items).missingFacts).toEqual(["net"]);
    expect(productReadiness(product("processed_food", { netAmount: 1, netUnit: "kg" }), items).missingFacts).toEqual(
      [],
    );
  });
});

describe("productReadiness: fashion_textile (4 facts + 4 required items = 8)", () => {
  const items = itemsOf("fashion_textile");

  it("is ready with everything in place, batik technique (optional) left open", () => {
    const shirt = product("fashion_textile", { name: "Kemeja Batik", netAmount: 1, netUnit: "pcs" });
    expect(productReadiness(shirt, items)).toEqual({ score: 100, ready: true, missingFacts: [], missingItems: [] });
  });

  it("gives floor(7/8·100) = 87 with the care label missing", () => {
    const checklist = allDone("fashion_textile");
    delete checklist.care_label;
    expect(productReadiness(product("fashion_textile", { checklist }), items)).toEqual({
      score: 87,
      ready: false,
      missingFacts: [],
      missingItems: ["care_label"],
    });
  });

  it("gives floor(5/8·100) = 62 with the description, size chart and main photo missing", () => {
    const checklist = allDone("fashion_textile");
    delete checklist.size_chart_cm;
    delete checklist.photo_main_white;
    expect(productReadiness(product("fashion_textile", { description: "Kemeja", checklist }), items)).toEqual({
      score: 62,
      ready: false,
      missingFacts: ["description"],
      missingItems: ["size_chart_cm", "photo_main_white"],
    });
  });
});

describe("productReadiness: services (3 facts, no net weight, + 3 required items = 6)", () => {
  const items = itemsOf("services");

  it("is ready without a net amount or unit", () => {
    const service = product("services", { name: "Jasa Jahit", netAmount: null, netUnit: null });
    expect(productReadiness(service, items)).toEqual({ score: 100, ready: true, missingFacts: [], missingItems: [] });
  });

  it("never lists 'net' as missing", () => {
    const bare = product("services", {
      description: null,
      priceRupiah: null,
      photoCount: 0,
      checklist: {},
    });
    expect(productReadiness(bare, items)).toEqual({
      score: 0,
      ready: false,
      missingFacts: ["description", "price", "photo"],
      missingItems: ["price_list", "portfolio_own_work", "photo_main_white"],
    });
  });

  it("gives floor(5/6·100) = 83 with one item missing, and floor(4/6·100) = 66 with a fact too", () => {
    const checklist = allDone("services");
    delete checklist.portfolio_own_work;
    expect(productReadiness(product("services", { checklist }), items)).toMatchObject({
      score: 83,
      ready: false,
      missingFacts: [],
      missingItems: ["portfolio_own_work"],
    });
    expect(productReadiness(product("services", { checklist, photoCount: 0 }), items)).toMatchObject({
      score: 66,
      ready: false,
      missingFacts: ["photo"],
      missingItems: ["portfolio_own_work"],
    });
  });
});

describe("productReadiness: without a checklist", () => {
  it("scores on the facts alone when there are no items", () => {
    expect(productReadiness(product("processed_food", { checklist: {} }), [])).toEqual({
      score: 100,
      ready: true,
      missingFacts: [],
      missingItems: [],
    });
    expect(productReadiness(product("processed_food", { photoCount: 0, checklist: {} }), []).score).toBe(75);
  });
});
