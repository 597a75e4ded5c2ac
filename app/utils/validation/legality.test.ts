import { describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { applicableItems } from "~/utils/journey/checklist";
import { legalitySchema } from "./legality";

const legalityTask = JOURNEY_TEMPLATE.tasks.find((t) => t.key === "legality");
if (!legalityTask) throw new Error("no legality task in the template");

// processed_food: nib, npwp, spp_irt, bpom_md, halal (nib, spp_irt and halal required).
const items = applicableItems(legalityTask, ["processed_food"]);
const schema = legalitySchema(items);

/** The issues of a failed parse, as { "key.field": [message keys] }. */
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

// As parseWithZod hands it over: nested objects of strings, empty fields left out.
const full = {
  intent: "finish",
  nib: { status: "have", number: "1234 5678 90123" },
  npwp: { status: "have", number: "3204.1234.5678.0001" },
  spp_irt: { status: "have", number: "P-IRT No. 1234567890123-45", expiresOn: "2029-03-01" },
  bpom_md: { status: "not_needed", reason: "  Produk rumahan, tidak beku.  " },
  halal: { status: "in_progress" },
};

describe("legalitySchema: the items it is built from", () => {
  it("covers the processed food items of the real template", () => {
    expect(items.map((i) => [i.key, i.required])).toEqual([
      ["nib", true],
      ["npwp", false],
      ["spp_irt", true],
      ["bpom_md", false],
      ["halal", true],
    ]);
  });
});

describe("legalitySchema: drafts", () => {
  it("accepts an empty draft and gives an empty answer per item", () => {
    const result = schema.safeParse({ intent: "draft" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      intent: "draft",
      answers: { nib: {}, npwp: {}, spp_irt: {}, bpom_md: {}, halal: {} },
    });
  });

  it("does not ask for statuses, numbers or reasons on a draft", () => {
    const result = schema.safeParse({ intent: "draft", nib: { status: "have" }, bpom_md: { status: "not_needed" } });
    expect(result.success).toBe(true);
  });

  it("still checks the numbers a draft fills in", () => {
    expect(errors({ intent: "draft", nib: { number: "12345" } })).toEqual({ "nib.number": ["field.permitNumber.nib"] });
    expect(errors({ intent: "draft", npwp: { number: "123456789012345" } })).toEqual({
      "npwp.number": ["field.permitNumber.npwp"],
    });
    expect(errors({ intent: "draft", spp_irt: { number: "1234567890123-4" } })).toEqual({
      "spp_irt.number": ["field.permitNumber.spp_irt"],
    });
    expect(errors({ intent: "draft", halal: { number: "<script>" } })).toEqual({
      "halal.number": ["field.permitNumber.free"],
    });
  });

  it("still checks the dates a draft fills in", () => {
    expect(errors({ intent: "draft", spp_irt: { expiresOn: "2026-02-30" } })).toEqual({
      "spp_irt.expiresOn": ["field.date.invalid"],
    });
    expect(errors({ intent: "draft", halal: { expiresOn: "28-02-2026" } })).toEqual({
      "halal.expiresOn": ["field.date.invalid"],
    });
  });

  it("refuses an unknown status or intent", () => {
    expect(errors({ intent: "draft", nib: { status: "lost" } })).toEqual({ "nib.status": ["field.choice.invalid"] });
    expect(schema.safeParse({ ...full, intent: "publish" }).success).toBe(false);
    expect(schema.safeParse({ nib: { status: "have" } }).success).toBe(false);
  });
});

describe("legalitySchema: finishing", () => {
  it("asks for a status on the required items only", () => {
    expect(errors({ intent: "finish" })).toEqual({
      "nib.status": ["field.permitStatus.required"],
      "spp_irt.status": ["field.permitStatus.required"],
      "halal.status": ["field.permitStatus.required"],
    });
  });

  it("asks for the number of a permit the owner has, at [key, 'number']", () => {
    const result = schema.safeParse({ ...full, nib: { status: "have" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["nib", "number"], message: "field.permitNumber.required" }),
    ]);
    // Optional items too, once the owner says they have them; blank numbers count as missing.
    expect(errors({ ...full, npwp: { status: "have", number: "   " } })).toEqual({
      "npwp.number": ["field.permitNumber.required"],
    });
  });

  it("asks for a reason when a permit is not needed", () => {
    expect(errors({ ...full, bpom_md: { status: "not_needed" } })).toEqual({
      "bpom_md.reason": ["field.reason.required"],
    });
    expect(errors({ ...full, halal: { status: "not_needed", reason: "  " } })).toEqual({
      "halal.reason": ["field.reason.required"],
    });
  });

  it("reports a malformed number once, not also as missing", () => {
    expect(errors({ ...full, nib: { status: "have", number: "123" } })).toEqual({
      "nib.number": ["field.permitNumber.nib"],
    });
  });

  it("reports a date that does not exist", () => {
    expect(errors({ ...full, spp_irt: { ...full.spp_irt, expiresOn: "2026-02-30" } })).toEqual({
      "spp_irt.expiresOn": ["field.date.invalid"],
    });
  });

  it("accepts a complete answer and stores normalised numbers", () => {
    const result = schema.safeParse(full);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      intent: "finish",
      answers: {
        nib: { status: "have", number: "1234567890123" },
        npwp: { status: "have", number: "3204123456780001" },
        spp_irt: { status: "have", number: "123456789012345", expiresOn: "2029-03-01" },
        bpom_md: { status: "not_needed", reason: "Produk rumahan, tidak beku." },
        halal: { status: "in_progress" },
      },
    });
  });

  it("keeps a free-text number as written, trimmed", () => {
    const result = schema.safeParse({
      ...full,
      halal: { status: "have", number: " ID32110000123450922 ", expiresOn: "2030-01-31" },
      bpom_md: { status: "have", number: "MD 123456789012" },
    });
    expect(result.success).toBe(true);
    expect(result.data?.answers.halal).toEqual({
      status: "have",
      number: "ID32110000123450922",
      expiresOn: "2030-01-31",
    });
    expect(result.data?.answers.bpom_md).toEqual({ status: "have", number: "MD 123456789012" });
  });

  it("drops answers for items that do not apply", () => {
    const result = schema.safeParse({ ...full, psat: { status: "have", number: "PD 123" } });
    expect(result.success).toBe(true);
    expect(Object.keys(result.data?.answers ?? {})).toEqual(["nib", "npwp", "spp_irt", "bpom_md", "halal"]);
  });
});
