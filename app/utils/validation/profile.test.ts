import { describe, expect, it } from "vitest";
import { profileSchema, type ProfileFields } from "./profile";

const schema = profileSchema(2026);

/** The issues of a failed parse, as { field: [message keys] }. */
function errors(input: Record<string, unknown>): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// As the form posts it: every value a string, a checkbox list as a string or an array.
const full = {
  intent: "finish",
  name: "  Keripik Bu Siti  ",
  legalForm: "perorangan",
  categories: "processed_food",
  provinceCode: "32",
  regencyCode: "32.05",
  address: "Jl. Cimanuk No. 12, Garut",
  whatsapp: "0812 3456 7890",
  yearStarted: "2019",
  employees: "3",
  capital: "Rp 25.000.000",
  annualSales: "96.000.000",
  baselineMonthlyRevenue: "8.000.000",
  baselineChannels: ["whatsapp", "instagram"],
} satisfies ProfileFields;

describe("profileSchema: drafts", () => {
  it("accepts a draft with only a name, and gives empty lists", () => {
    const result = schema.safeParse({ intent: "draft", name: "Keripik Bu Siti" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      intent: "draft",
      name: "Keripik Bu Siti",
      categories: [],
      baselineChannels: [],
    });
  });

  it("accepts an empty draft and choose-province", () => {
    expect(schema.safeParse({ intent: "draft" }).success).toBe(true);
    expect(schema.safeParse({ intent: "choose-province", provinceCode: "32" }).success).toBe(true);
  });

  it("still checks what a draft fills in", () => {
    expect(errors({ intent: "draft", capital: "banyak" })).toEqual({ capital: ["field.rupiah.invalid"] });
  });

  it("refuses an unknown intent", () => {
    expect(schema.safeParse({ ...full, intent: "publish" }).success).toBe(false);
    expect(schema.safeParse({ name: "x" }).success).toBe(false);
  });
});

describe("profileSchema: finishing", () => {
  it("reports every missing field with its own message", () => {
    expect(errors({ intent: "finish" })).toEqual({
      name: ["field.required"],
      legalForm: ["field.required"],
      categories: ["field.categories.required"],
      provinceCode: ["field.required"],
      regencyCode: ["field.required"],
      address: ["field.required"],
      whatsapp: ["field.required"],
      yearStarted: ["field.required"],
      employees: ["field.required"],
      capital: ["field.required"],
      annualSales: ["field.required"],
      baselineMonthlyRevenue: ["field.required"],
      baselineChannels: ["field.baselineChannels.required"],
    });
  });

  it("treats a name or address of only spaces as missing", () => {
    expect(errors({ ...full, name: "   ", address: " " })).toEqual({
      name: ["field.required"],
      address: ["field.required"],
    });
  });

  it("accepts a full profile and normalises it", () => {
    const result = schema.safeParse(full);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      intent: "finish",
      name: "Keripik Bu Siti",
      legalForm: "perorangan",
      categories: ["processed_food"],
      provinceCode: "32",
      regencyCode: "32.05",
      address: "Jl. Cimanuk No. 12, Garut",
      whatsapp: "+6281234567890",
      yearStarted: 2019,
      employees: 3,
      capital: 25_000_000,
      annualSales: 96_000_000,
      baselineMonthlyRevenue: 8_000_000,
      baselineChannels: ["whatsapp", "instagram"],
    });
  });

  it("accepts zero amounts and zero employees as answers", () => {
    const result = schema.safeParse({ ...full, employees: "0", capital: "0", annualSales: "0" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ employees: 0, capital: 0, annualSales: 0 });
  });

  it("removes repeated list choices", () => {
    const result = schema.safeParse({ ...full, categories: ["craft", "craft", "services"] });
    expect(result.data?.categories).toEqual(["craft", "services"]);
  });

  it("accepts the year bounds 1900 and the current year", () => {
    expect(schema.safeParse({ ...full, yearStarted: "1900" }).data?.yearStarted).toBe(1900);
    expect(schema.safeParse({ ...full, yearStarted: "2026" }).data?.yearStarted).toBe(2026);
    expect(profileSchema(2027).safeParse({ ...full, yearStarted: "2027" }).success).toBe(true);
  });
});

describe("profileSchema: invalid values", () => {
  it.each([
    ["capital", "-5", "field.rupiah.invalid"],
    ["capital", "1.5", "field.rupiah.invalid"],
    ["annualSales", "abc", "field.rupiah.invalid"],
    ["baselineMonthlyRevenue", "12.34.567", "field.rupiah.invalid"],
    ["capital", "1" + "0".repeat(40), "field.rupiah.invalid"],
    ["capital", "1" + "0".repeat(18), "field.rupiah.invalid"],
    ["yearStarted", "2027", "field.year.invalid"],
    ["yearStarted", "1899", "field.year.invalid"],
    ["yearStarted", "dua ribu", "field.year.invalid"],
    ["yearStarted", "2019.5", "field.year.invalid"],
    ["employees", "-1", "field.employees.invalid"],
    ["employees", "100001", "field.employees.invalid"],
    ["employees", "3,5", "field.employees.invalid"],
    ["legalForm", "bumn", "field.choice.invalid"],
    ["categories", "nonsense", "field.choice.invalid"],
    ["categories", ["craft", "nonsense"], "field.choice.invalid"],
    ["baselineChannels", "telegram", "field.choice.invalid"],
    ["provinceCode", "3", "field.choice.invalid"],
    ["provinceCode", "32.05", "field.choice.invalid"],
    ["regencyCode", "3205", "field.choice.invalid"],
    ["regencyCode", "32", "field.choice.invalid"],
    ["whatsapp", "021 555 1234", "field.phone.invalid"],
    ["whatsapp", "0812", "field.phone.invalid"],
    ["name", "x".repeat(121), "field.tooLong"],
    ["address", "x".repeat(301), "field.tooLong"],
  ] as const)("%s %j → %s", (field, value, key) => {
    expect(errors({ ...full, [field]: value })).toEqual({ [field]: [key] });
  });

  it("accepts the largest amount it allows (Rp1 kuadriliun)", () => {
    expect(schema.safeParse({ ...full, capital: "1" + "0".repeat(15) }).data?.capital).toBe(1e15);
  });

  it("accepts employees written with a thousands dot", () => {
    expect(schema.safeParse({ ...full, employees: "1.200" }).data?.employees).toBe(1200);
  });
});
