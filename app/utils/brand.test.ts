import { describe, expect, it } from "vitest";
import { brandNameWarnings, DEFAULT_COLOURS, HEX_COLOUR, textColourOn } from "./brand";
import type { ProductCategory } from "~/utils/journey/template-types";

const FOOD: ProductCategory[] = ["processed_food"];
const CRAFT: ProductCategory[] = ["craft"];

describe("brandNameWarnings: generic names", () => {
  it.each(["Keripik Enak", "Kopi Asli Indonesia", "Batik 88", "Frozen Food Premium", "Toko Kue Lezat"])(
    "warns that %j is made only of generic words",
    (name) => {
      expect(brandNameWarnings(name, CRAFT)).toEqual(["generic"]);
    },
  );

  it.each(["Keripik Bu Siti", "Batik Sekar Jagad", "Kopi Kenangan Senja", "Dapur Mak Ijah"])(
    "does not warn about the distinctive name %j",
    (name) => {
      expect(brandNameWarnings(name, CRAFT)).toEqual([]);
      expect(brandNameWarnings(name, FOOD)).toEqual([]);
    },
  );

  it("warns about generic words whatever the category, food or not", () => {
    expect(brandNameWarnings("Keripik Enak", FOOD)).toEqual(["generic"]);
    expect(brandNameWarnings("Keripik Enak", [])).toEqual(["generic"]);
  });

  it("treats a name of numbers alone as generic", () => {
    expect(brandNameWarnings("88", CRAFT)).toEqual(["generic"]);
  });

  it("ignores case and punctuation", () => {
    expect(brandNameWarnings("KERIPIK ENAK", CRAFT)).toEqual(["generic"]);
    expect(brandNameWarnings("keripik-enak!!!", CRAFT)).toEqual(["generic"]);
    expect(brandNameWarnings("  Kopi, Asli. Indonesia  ", CRAFT)).toEqual(["generic"]);
    expect(brandNameWarnings("Batik #88", CRAFT)).toEqual(["generic"]);
    expect(brandNameWarnings("KERIPIK BU SITI!", CRAFT)).toEqual([]);
    expect(brandNameWarnings("batik sekar-jagad", CRAFT)).toEqual([]);
  });

  it("ignores accents, as its Unicode folding (NFKD) intends", () => {
    // An accented letter inside a word must fold to its plain letter, not split the word.
    expect(brandNameWarnings("Kopi Ásli Indonesia", CRAFT)).toEqual(["generic"]);
    expect(brandNameWarnings("Kerípik Enak", CRAFT)).toEqual(["generic"]);
  });

  it("gives no warnings for an empty name, or one of spaces or punctuation only", () => {
    expect(brandNameWarnings("", FOOD)).toEqual([]);
    expect(brandNameWarnings("   ", FOOD)).toEqual([]);
    expect(brandNameWarnings("!!! ---", FOOD)).toEqual([]);
  });
});

describe("brandNameWarnings: health claims", () => {
  it.each<ProductCategory>(["processed_food", "ready_meal", "fresh_produce"])(
    "warns about a health claim for the food category %s",
    (category) => {
      expect(brandNameWarnings("Keripik Sehat Bu Siti", [category])).toEqual(["healthClaim"]);
    },
  );

  it.each<ProductCategory>(["craft", "fashion_textile", "services"])(
    "does not warn about health for %s",
    (category) => {
      expect(brandNameWarnings("Keripik Sehat Bu Siti", [category])).toEqual([]);
    },
  );

  it("warns when any of the enterprise's categories is food", () => {
    expect(brandNameWarnings("Teh Pelangsing Mbok Sri", ["craft", "ready_meal"])).toEqual(["healthClaim"]);
  });

  it("gives no health warning without categories", () => {
    expect(brandNameWarnings("Jamu Sehat Mbok Sri", [])).toEqual([]);
  });

  it.each(["Madu Obat Pak Joko", "Teh Diet Laras", "Susu Stamina Pak Bayu", "Kopi Herbal Bu Ani", "Sari Detox Nia"])(
    "recognises the health claim in %j",
    (name) => {
      expect(brandNameWarnings(name, FOOD)).toEqual(["healthClaim"]);
    },
  );

  it("recognises a claim word at the start of a longer word", () => {
    expect(brandNameWarnings("Jahe Imunitas Bu Rini", FOOD)).toEqual(["healthClaim"]);
  });

  it("ignores case and punctuation in health claims", () => {
    expect(brandNameWarnings("KERIPIK SEHAT BU SITI", FOOD)).toEqual(["healthClaim"]);
    expect(brandNameWarnings("Keripik-Sehat, Bu Siti!", FOOD)).toEqual(["healthClaim"]);
  });

  it("does not call a name with a health claim generic-only", () => {
    // "sehat" is not a generic word, so "Keripik Enak Sehat" is not made of generic words alone.
    expect(brandNameWarnings("Keripik Enak Sehat", FOOD)).toEqual(["healthClaim"]);
    expect(brandNameWarnings("Keripik Enak Sehat", CRAFT)).toEqual([]);
  });
});

describe("textColourOn", () => {
  it.each(["#fef3c7", "#ffffff", "#FFFFFF", "#fde68a", "#f5f5f4"])("puts black text on the light colour %s", (hex) => {
    expect(textColourOn(hex)).toBe("#000000");
  });

  it.each(["#9a3412", "#000000", "#166534", "#1e3a8a", "#57534e"])("puts white text on the dark colour %s", (hex) => {
    expect(textColourOn(hex)).toBe("#ffffff");
  });

  it("picks black on mid grey #808080 (its contrast with black is the higher)", () => {
    // luminance of #808080 ≈ 0.216: contrast with black 5.3, with white 3.9
    expect(textColourOn("#808080")).toBe("#000000");
  });

  it("reads well on every default colour: white on the dark ones, black on the light one", () => {
    expect(DEFAULT_COLOURS.map(textColourOn)).toEqual(["#ffffff", "#000000", "#ffffff", "#ffffff"]);
  });
});

describe("HEX_COLOUR", () => {
  it("accepts #rrggbb in either case and refuses anything else", () => {
    expect(HEX_COLOUR.test("#9a3412")).toBe(true);
    expect(HEX_COLOUR.test("#9A3412")).toBe(true);
    expect(HEX_COLOUR.test("red")).toBe(false);
    expect(HEX_COLOUR.test("#fff")).toBe(false);
    expect(HEX_COLOUR.test("9a3412")).toBe(false);
    expect(HEX_COLOUR.test("#9a34120")).toBe(false);
  });
});

describe("brandNameWarnings: whole words", () => {
  it("does not take a word that only starts like a claim for the claim", () => {
    expect(brandNameWarnings("Keripik Sehati", ["processed_food"])).toEqual([]);
    expect(brandNameWarnings("Kopi Obatan", ["processed_food"])).toEqual([]);
  });
});
