import { describe, expect, it } from "vitest";
import { channelsSchema } from "./channels";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { applicableItems } from "~/utils/journey/checklist";

const task = JOURNEY_TEMPLATE.tasks.find((t) => t.key === "channels")!;
const TODAY = "2026-11-29";

function issues(items: ReturnType<typeof applicableItems>, input: Record<string, unknown>) {
  const result = channelsSchema(items, TODAY).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
}

describe("channelsSchema", () => {
  const craft = applicableItems(task, ["craft"]);
  const food = applicableItems(task, ["ready_meal"]);

  it("offers food delivery only to food businesses", () => {
    expect(craft.map((i) => i.key)).not.toContain("gofood");
    expect(food.map((i) => i.key)).toContain("gofood");
  });

  it("lets a draft be empty, but finishing needs one open shop", () => {
    expect(issues(craft, { intent: "draft" })).toEqual([]);
    expect(issues(craft, { intent: "finish" })).toEqual([":field.channels.oneOpen"]);
    expect(issues(craft, { intent: "finish", shopee: { status: "planned" } })).toEqual([":field.channels.oneOpen"]);
  });

  it("needs the shop link once open and the date once sold, and checks both", () => {
    expect(issues(craft, { intent: "draft", shopee: { status: "open" } })).toEqual(["shopee.url:field.url.required"]);
    expect(issues(craft, { intent: "draft", shopee: { status: "open", url: "https://lazada.co.id/x" } })).toEqual([
      "shopee.url:field.url.wrongSite",
    ]);
    expect(issues(craft, { intent: "draft", shopee: { status: "first_sale", url: "shopee.co.id/batik" } })).toEqual([
      "shopee.firstSaleOn:field.firstSale.required",
    ]);
    expect(
      issues(craft, {
        intent: "draft",
        shopee: { status: "first_sale", url: "shopee.co.id/batik", firstSaleOn: "2026-11-30" },
      }),
    ).toEqual(["shopee.firstSaleOn:field.date.future"]);
    // QRIS has no shop link.
    expect(issues(craft, { intent: "finish", qris: { status: "open" } })).toEqual([]);
  });

  it("stores the link in full", () => {
    const result = channelsSchema(craft, TODAY).parse({
      intent: "finish",
      shopee: { status: "first_sale", url: "shopee.co.id/batik", firstSaleOn: "2026-11-01" },
    });
    expect(result.answers.shopee).toEqual({
      status: "first_sale",
      url: "https://shopee.co.id/batik",
      firstSaleOn: "2026-11-01",
    });
  });
});
