import { describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { applicableItems } from "~/utils/journey/checklist";
import type { ChecklistItem, ProductCategory, TaskTemplate } from "~/utils/journey/template-types";
import { productSchema, type ProductValues } from "./product";

const productsTask = JOURNEY_TEMPLATE.tasks.find((task) => task.key === "products") as TaskTemplate;
const itemsOf = (category: ProductCategory): ChecklistItem[] => applicableItems(productsTask, [category]);

const CATEGORIES: ProductCategory[] = ["processed_food", "services"];

// Upload ids are lowercase base32: letters and the digits 2–7, 16–64 of them.
const photo = (n: number) => `photo${"a".repeat(10)}${"abcdefghijklmnopqrstuvwxyz"[n]}`;
const P1 = photo(1);
const P2 = photo(2);
const P3 = photo(3);
const EVIDENCE = "evidence2345abcdefgh";

function schemaFor(category: ProductCategory, categories: readonly string[] = CATEGORIES) {
  return productSchema(categories, itemsOf(category));
}

/** The issues of a failed parse, as { path: [message keys] }. */
function errors(
  input: Record<string, unknown>,
  category: ProductCategory = "processed_food",
): Record<string, string[]> {
  const result = schemaFor(category).safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function parsed(input: Record<string, unknown>, category: ProductCategory = "processed_food"): ProductValues {
  const result = schemaFor(category).safeParse(input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

// As conform hands the post to the schema: strings, empty fields left out, dotted names
// ("item_label_contents.status") already turned into nested objects.
const full = {
  name: "Keripik Singkong Pedas",
  category: "processed_food",
  description: "Keripik singkong pedas, digoreng setiap pagi di Garut.",
  price: "Rp 15.000",
  netAmount: "250",
  netUnit: "g",
  photos: [P1, P2],
  item_label_contents: { status: "done" },
  item_label_expiry: { status: "done", evidence: EVIDENCE },
  item_packaging_food_grade: { status: "not_applicable", reason: "Dijual curah" },
};

describe("productSchema: a whole product", () => {
  it("turns a full post into the values saveProduct takes", () => {
    const expected: ProductValues = {
      name: "Keripik Singkong Pedas",
      category: "processed_food",
      description: "Keripik singkong pedas, digoreng setiap pagi di Garut.",
      priceRupiah: 15000,
      netAmount: 250,
      netUnit: "g",
      photos: [P1, P2],
      checklist: {
        label_contents: { status: "done" },
        label_expiry: { status: "done", evidence: EVIDENCE },
        packaging_food_grade: { status: "not_applicable", reason: "Dijual curah" },
      },
    };
    expect(parsed(full)).toEqual(expected);
  });

  it("saves a draft with only a name and a category", () => {
    expect(parsed({ name: "Keripik", category: "processed_food" })).toEqual({
      name: "Keripik",
      category: "processed_food",
      description: null,
      priceRupiah: null,
      netAmount: null,
      netUnit: null,
      photos: [],
      checklist: {},
    });
  });

  it("trims the name and the description", () => {
    expect(parsed({ ...full, name: "  Keripik  ", description: "  Renyah  " })).toMatchObject({
      name: "Keripik",
      description: "Renyah",
    });
  });
});

describe("productSchema: name and category", () => {
  it("requires a name", () => {
    const { name: _name, ...noName } = full;
    expect(errors(noName)).toEqual({ name: ["field.productName.required"] });
    expect(errors({ ...full, name: "   " })).toEqual({ name: ["field.productName.required"] });
  });

  it("refuses a name over 120 characters", () => {
    expect(errors({ ...full, name: "k".repeat(121) })).toEqual({ name: ["field.tooLong"] });
    expect(parsed({ ...full, name: "k".repeat(120) }).name).toHaveLength(120);
  });

  it("requires a category", () => {
    const { category: _category, ...noCategory } = full;
    expect(errors(noCategory)).toEqual({ category: ["field.productCategory.required"] });
    expect(errors({ ...full, category: "weapons" })).toEqual({ category: ["field.productCategory.required"] });
  });

  it("refuses a category that is not one of the enterprise's", () => {
    expect(errors({ ...full, category: "cosmetics_jamu" }, "cosmetics_jamu")).toEqual({
      category: ["field.productCategory.notInProfile"],
    });
    const onlyServices = productSchema(["services"], itemsOf("processed_food")).safeParse(full);
    expect(onlyServices.success).toBe(false);
    expect(onlyServices.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["category"], "field.productCategory.notInProfile"],
    ]);
  });
});

describe("productSchema: price", () => {
  it.each([
    ["Rp 15.000", 15000],
    ["15000", 15000],
    ["15.000", 15000],
    ["rp15.000", 15000],
    ["1.500.000,00", 1500000],
    ["1,500,000", 1500000],
  ])("reads %j as %d rupiah", (price, rupiah) => {
    expect(parsed({ ...full, price }).priceRupiah).toBe(rupiah);
  });

  it("refuses a negative price as not positive", () => {
    expect(errors({ ...full, price: "-5000" })).toEqual({ price: ["field.price.positive"] });
    expect(errors({ ...full, price: " -Rp 5.000" })).toEqual({ price: ["field.price.positive"] });
  });

  it("refuses a zero price as not positive", () => {
    expect(errors({ ...full, price: "0" })).toEqual({ price: ["field.price.positive"] });
    expect(errors({ ...full, price: "Rp 0" })).toEqual({ price: ["field.price.positive"] });
  });

  it("refuses what is not an amount", () => {
    expect(errors({ ...full, price: "abc" })).toEqual({ price: ["field.rupiah.invalid"] });
    expect(errors({ ...full, price: "15.00.0" })).toEqual({ price: ["field.rupiah.invalid"] });
    expect(errors({ ...full, price: "1".repeat(41) })).toEqual({ price: ["field.rupiah.invalid"] });
  });

  it("refuses more than a trillion rupiah", () => {
    expect(parsed({ ...full, price: "1000000000000" }).priceRupiah).toBe(1_000_000_000_000);
    expect(errors({ ...full, price: "1000000000001" })).toEqual({ price: ["field.rupiah.invalid"] });
  });
});

describe("productSchema: net amount and unit", () => {
  it.each(["0", "-1", "2,5", "abc", "1e3", "10000001"])("refuses net amount %j", (netAmount) => {
    expect(errors({ ...full, netAmount })).toEqual({ netAmount: ["field.netAmount.invalid"] });
  });

  it("reads a whole amount, with dots as thousands separators", () => {
    expect(parsed({ ...full, netAmount: " 500 " }).netAmount).toBe(500);
    expect(parsed({ ...full, netAmount: "1.000", netUnit: "ml" })).toMatchObject({ netAmount: 1000, netUnit: "ml" });
  });

  // Dots are thousands separators ("1.000" g), so a decimal written with a dot must be refused
  // like "2,5", not read as a different whole number.
  it.each(["2.5", "1.50", "0.5"])("refuses the decimal %j rather than dropping its dot", (netAmount) => {
    expect(errors({ ...full, netAmount, netUnit: "kg" })).toEqual({ netAmount: ["field.netAmount.invalid"] });
  });

  it("requires a unit with a net amount, on the unit's field", () => {
    const { netUnit: _unit, ...noUnit } = full;
    const result = schemaFor("processed_food").safeParse(noUnit);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["netUnit"], message: "field.netUnit.required" }),
    ]);
  });

  it("refuses a unit that is not offered", () => {
    expect(errors({ ...full, netUnit: "ton" })).toEqual({ netUnit: ["field.choice.invalid"] });
  });

  // The form shows the net fields for every category ("Not needed for services"); what a
  // service posts there is dropped, so it should not hold the save back either.
  it("does not ask a service for the unit of a net amount it drops", () => {
    expect(parsed({ name: "Jasa Jahit", category: "services", netAmount: "1" }, "services")).toMatchObject({
      netAmount: null,
      netUnit: null,
    });
  });

  it("drops the net amount and unit of a service", () => {
    const service = {
      name: "Jasa Jahit",
      category: "services",
      netAmount: "1",
      netUnit: "pcs",
      item_price_list: { status: "done" },
    };
    expect(parsed(service, "services")).toMatchObject({
      category: "services",
      netAmount: null,
      netUnit: null,
      checklist: { price_list: { status: "done" } },
    });
  });
});

describe("productSchema: photos", () => {
  it("takes one photo posted as a string", () => {
    expect(parsed({ ...full, photos: P1 }).photos).toEqual([P1]);
  });

  it("keeps the order of a list and drops repeats", () => {
    expect(parsed({ ...full, photos: [P3, P1, P3, P2] }).photos).toEqual([P3, P1, P2]);
  });

  it("refuses an id that is not an upload id", () => {
    const result = schemaFor("processed_food").safeParse({ ...full, photos: ["../../etc/passwd"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe("photos");
    expect(errors({ ...full, photos: "SHOUTINGUPPERCASEID" })).toHaveProperty("photos");
  });

  it("allows 9 photos and refuses 10", () => {
    const ten = Array.from({ length: 10 }, (_, i) => photo(i));
    expect(parsed({ ...full, photos: ten.slice(0, 9) }).photos).toHaveLength(9);
    expect(errors({ ...full, photos: ten })).toEqual({ photos: ["field.photos.max"] });
  });

  it("counts 10 posted ids with a repeat as 9 photos", () => {
    const nine = Array.from({ length: 9 }, (_, i) => photo(i));
    expect(parsed({ ...full, photos: [...nine, nine[0]] }).photos).toEqual(nine);
  });

  it("moves the main photo first, the others keeping their order", () => {
    expect(parsed({ ...full, photos: [P1, P2, P3], mainPhoto: P3 }).photos).toEqual([P3, P1, P2]);
    expect(parsed({ ...full, photos: [P1, P2, P3], mainPhoto: P2 }).photos).toEqual([P2, P1, P3]);
    expect(parsed({ ...full, photos: P1, mainPhoto: P1 }).photos).toEqual([P1]);
  });

  it("ignores a main photo that is not among the photos", () => {
    expect(parsed({ ...full, photos: [P1, P2], mainPhoto: P3 }).photos).toEqual([P1, P2]);
    expect(parsed({ ...full, photos: undefined, mainPhoto: P3 }).photos).toEqual([]);
  });
});

describe("productSchema: checklist answers", () => {
  it("requires a reason for 'not applicable', on the item's reason field", () => {
    expect(errors({ ...full, item_label_contents: { status: "not_applicable" } })).toEqual({
      "item_label_contents.reason": ["field.reason.required"],
    });
    const result = schemaFor("processed_food").safeParse({
      ...full,
      item_label_contents: { status: "not_applicable", reason: "   " },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["item_label_contents", "reason"], message: "field.reason.required" }),
    ]);
  });

  it("keeps a trimmed reason on a 'not applicable' item", () => {
    expect(
      parsed({ ...full, item_label_halal: { status: "not_applicable", reason: "  Belum wajib  " } }).checklist
        .label_halal,
    ).toEqual({ status: "not_applicable", reason: "Belum wajib" });
  });

  it("drops a reason on a 'done' item, or on an item without a status", () => {
    const values = parsed({
      ...full,
      item_label_contents: { status: "done", reason: "Lupa dihapus" },
      item_label_halal: { reason: "Tanpa status", evidence: EVIDENCE },
    });
    expect(values.checklist.label_contents).toEqual({ status: "done" });
    expect(values.checklist.label_halal).toEqual({ evidence: EVIDENCE });
  });

  it("keeps only items with a status or evidence", () => {
    const values = parsed({
      name: "Keripik",
      category: "processed_food",
      item_label_contents: { status: "done" },
      item_label_expiry: { evidence: EVIDENCE },
      item_label_permit_number: {},
      item_packaging_food_grade: { reason: "Hanya alasan" },
    });
    expect(values.checklist).toEqual({
      label_contents: { status: "done" },
      label_expiry: { evidence: EVIDENCE },
    });
  });

  it("ignores answers for items outside the category's checklist", () => {
    const values = parsed({ ...full, item_fibre_composition: { status: "done" } });
    expect(values.checklist).not.toHaveProperty("fibre_composition");
    expect(Object.keys(values.checklist).sort()).toEqual(["label_contents", "label_expiry", "packaging_food_grade"]);
  });

  it("refuses an unknown status and an evidence id that is not an upload id", () => {
    expect(errors({ ...full, item_label_contents: { status: "maybe" } })).toEqual({
      "item_label_contents.status": ["field.choice.invalid"],
    });
    expect(errors({ ...full, item_label_contents: { status: "done", evidence: "nope" } })).toEqual({
      "item_label_contents.evidence": ["upload.unreadable"],
    });
  });

  it("refuses a reason over 500 characters", () => {
    expect(errors({ ...full, item_label_contents: { status: "not_applicable", reason: "r".repeat(501) } })).toEqual({
      "item_label_contents.reason": ["field.tooLong"],
    });
  });

  it("reports several problems at once", () => {
    expect(
      errors({
        name: "",
        category: "processed_food",
        price: "abc",
        netAmount: "2,5",
        photos: Array.from({ length: 10 }, (_, i) => photo(i)),
        item_label_contents: { status: "not_applicable" },
      }),
    ).toMatchObject({
      name: ["field.productName.required"],
      price: ["field.rupiah.invalid"],
      netAmount: ["field.netAmount.invalid"],
    });
  });
});
