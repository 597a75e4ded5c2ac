import { describe, expect, it } from "vitest";
import {
  CASELOAD_SORTS,
  CASELOAD_VIEWS,
  MAX_CASELOAD_PAGE,
  caseloadSearch,
  parseCaseloadFilters,
  searchDigits,
  type CaseloadFilters,
} from "./caseload-filters";
import { STAGES } from "./stage";
import { SIZE_CLASSES } from "../enterprise/size-class";
import { PRODUCT_CATEGORIES } from "../journey/template-types";

const parse = (query: string | Record<string, string>) => parseCaseloadFilters(new URLSearchParams(query));

const DEFAULTS: CaseloadFilters = {
  view: "all",
  stage: null,
  province: null,
  regency: null,
  category: null,
  size: null,
  q: "",
  sort: "name",
  page: 1,
};

describe("parseCaseloadFilters: defaults", () => {
  it("gives the defaults for an empty address", () => {
    expect(parse("")).toEqual(DEFAULTS);
  });

  it("gives the defaults for empty values", () => {
    expect(parse("view=&stage=&province=&regency=&category=&size=&q=&sort=&page=")).toEqual(DEFAULTS);
  });

  it("ignores parameters it does not know", () => {
    expect(parse("foo=bar&utm_source=wa")).toEqual(DEFAULTS);
  });
});

describe("parseCaseloadFilters: each valid value", () => {
  it.each(CASELOAD_VIEWS)("view=%s", (view) => {
    expect(parse({ view }).view).toBe(view);
  });

  it.each(STAGES)("stage=%s", (stage) => {
    expect(parse({ stage }).stage).toBe(stage);
  });

  it.each(PRODUCT_CATEGORIES)("category=%s", (category) => {
    expect(parse({ category }).category).toBe(category);
  });

  it.each(SIZE_CLASSES)("size=%s", (size) => {
    expect(parse({ size }).size).toBe(size);
  });

  it.each(CASELOAD_SORTS)("sort=%s", (sort) => {
    expect(parse({ sort }).sort).toBe(sort);
  });

  it("a province and a regency inside it", () => {
    expect(parse({ province: "32", regency: "32.05" })).toMatchObject({ province: "32", regency: "32.05" });
    expect(parse({ province: "32" })).toMatchObject({ province: "32", regency: null });
  });

  it("pages", () => {
    expect(parse({ page: "1" }).page).toBe(1);
    expect(parse({ page: "2" }).page).toBe(2);
    expect(parse({ page: "137" }).page).toBe(137);
    expect(parse({ page: String(MAX_CASELOAD_PAGE) }).page).toBe(MAX_CASELOAD_PAGE);
  });

  it("everything at once", () => {
    expect(
      parse("view=stalled&stage=merek&province=32&regency=32.05&category=craft&size=kecil&q=Siti&sort=quiet&page=3"),
    ).toEqual({
      view: "stalled",
      stage: "merek",
      province: "32",
      regency: "32.05",
      category: "craft",
      size: "kecil",
      q: "Siti",
      sort: "quiet",
      page: 3,
    });
  });
});

describe("parseCaseloadFilters: malformed values are dropped", () => {
  it("an unknown view or sort falls back to the default", () => {
    expect(parse({ view: "archived" }).view).toBe("all");
    expect(parse({ view: "WAITING" }).view).toBe("all");
    expect(parse({ sort: "random" }).sort).toBe("name");
    expect(parse({ sort: "name DESC" }).sort).toBe("name");
  });

  it("an unknown stage, category or size is dropped", () => {
    expect(parse({ stage: "launch" }).stage).toBeNull();
    expect(parse({ stage: "Usaha" }).stage).toBeNull();
    expect(parse({ category: "weapons" }).category).toBeNull();
    expect(parse({ size: "raksasa" }).size).toBeNull();
  });

  it("a malformed province is dropped", () => {
    for (const province of ["3x", "3", "320", "32.05", " 32", "ab"]) {
      expect(parse({ province }).province, province).toBeNull();
    }
  });

  it("a malformed regency is dropped", () => {
    for (const regency of ["32", "32.5", "32-05", "32.05.01", "3205", "xx.yy"]) {
      expect(parse({ regency }).regency, regency).toBeNull();
    }
  });

  it("a regency outside the chosen province is dropped; the province stays", () => {
    expect(parse({ province: "33", regency: "32.05" })).toMatchObject({ province: "33", regency: null });
  });

  it("a regency alone implies its province", () => {
    expect(parse({ regency: "32.05" })).toMatchObject({ province: "32", regency: "32.05" });
  });

  it("a regency with a malformed province implies its own province", () => {
    expect(parse({ province: "3x", regency: "32.05" })).toMatchObject({ province: "32", regency: "32.05" });
  });

  it.each([
    ["0", 1],
    ["-1", 1],
    ["abc", 1],
    ["2.5", 1],
    ["", 1],
    ["1e9", MAX_CASELOAD_PAGE],
    ["10001", MAX_CASELOAD_PAGE],
    ["Infinity", 1],
  ])("page=%s gives %i", (page, expected) => {
    expect(parse({ page }).page).toBe(expected);
  });
});

describe("parseCaseloadFilters: the search text", () => {
  it("is trimmed", () => {
    expect(parse({ q: "   Keripik Bu Siti  " }).q).toBe("Keripik Bu Siti");
  });

  it("is capped at 80 characters", () => {
    const long = "a".repeat(200);
    expect(parse({ q: long }).q).toBe("a".repeat(80));
    expect(parse({ q: "b".repeat(80) }).q).toBe("b".repeat(80));
  });

  it("is trimmed before it is capped", () => {
    expect(parse({ q: `${" ".repeat(50)}${"c".repeat(80)}` }).q).toBe("c".repeat(80));
  });

  it("keeps LIKE wildcards as typed (the query escapes them)", () => {
    expect(parse({ q: "50%_off" }).q).toBe("50%_off");
  });
});

describe("caseloadSearch", () => {
  it("is empty for the defaults", () => {
    expect(caseloadSearch(DEFAULTS)).toBe("");
  });

  it("leaves out every default", () => {
    const search = caseloadSearch({ ...DEFAULTS, stage: "produk" });
    expect(search).toBe("?stage=produk");
    const params = new URLSearchParams(search);
    for (const key of ["view", "province", "regency", "category", "size", "q", "sort", "page"]) {
      expect(params.has(key), key).toBe(false);
    }
  });

  it("applies a change on top of the filters", () => {
    const filters = parse("view=waiting&page=4");
    expect(caseloadSearch(filters, { page: 1 })).toBe("?view=waiting");
    expect(caseloadSearch(filters, { view: "all" })).toBe("?page=4");
    // the filters themselves are not changed
    expect(filters).toMatchObject({ view: "waiting", page: 4 });
  });

  const samples: CaseloadFilters[] = [
    DEFAULTS,
    { ...DEFAULTS, view: "stalled", sort: "quiet" },
    { ...DEFAULTS, province: "32", regency: "32.05", category: "processed_food", size: "mikro" },
    { ...DEFAULTS, province: "32" },
    { ...DEFAULTS, stage: "go_online", view: "graduated", page: 7 },
    { ...DEFAULTS, q: "Bu Siti & Anak #1 100% _x_ +62 ?=", sort: "follow_up" },
    { ...DEFAULTS, q: "Kerupuk Ikan", sort: "waiting", view: "waiting", page: 2 },
    { ...DEFAULTS, sort: "progress", page: MAX_CASELOAD_PAGE },
  ];

  it.each(samples.map((s) => [caseloadSearch(s) || "(empty)", s] as const))("round-trips %s", (_, filters) => {
    const search = caseloadSearch(filters);
    expect(parseCaseloadFilters(new URLSearchParams(search))).toEqual(filters);
  });

  it("round-trips whatever an address parses to", () => {
    const addresses = [
      "view=graduated&page=0",
      "regency=32.05&sort=progress",
      "province=3x&regency=33.01&q=%20x%20",
      "stage=nope&size=kecil&category=services&page=1e9",
    ];
    for (const address of addresses) {
      const filters = parse(address);
      expect(parse(caseloadSearch(filters).replace(/^\?/, "")), address).toEqual(filters);
    }
  });
});

describe("searchDigits", () => {
  it("reads a local mobile number as +62 digits", () => {
    expect(searchDigits("0812-3456")).toEqual({ phone: "628123456", nib: "08123456" });
    expect(searchDigits("0812 3456 7890")).toEqual({ phone: "6281234567890", nib: "081234567890" });
    expect(searchDigits("(0262) 123.456")).toEqual({ phone: "62262123456", nib: "0262123456" });
  });

  it("reads an international number without its plus", () => {
    expect(searchDigits("+6281234567890")).toEqual({ phone: "6281234567890", nib: "6281234567890" });
    expect(searchDigits("+62 812-3456-7890")).toEqual({ phone: "6281234567890", nib: "6281234567890" });
  });

  it("reads a 13-digit NIB", () => {
    expect(searchDigits("1234567890123")).toEqual({ phone: "1234567890123", nib: "1234567890123" });
    expect(searchDigits("9120")).toEqual({ phone: "9120", nib: "9120" });
  });

  it("returns nulls for text", () => {
    expect(searchDigits("Keripik Bu Siti")).toEqual({ phone: null, nib: null });
    expect(searchDigits("0812abc")).toEqual({ phone: null, nib: null });
    expect(searchDigits("")).toEqual({ phone: null, nib: null });
    expect(searchDigits("%")).toEqual({ phone: null, nib: null });
  });

  it("returns nulls for too few or too many digits", () => {
    expect(searchDigits("123")).toEqual({ phone: null, nib: null });
    expect(searchDigits("12345678901234567")).toEqual({ phone: null, nib: null });
    expect(searchDigits("1234567890123456").nib).toBe("1234567890123456");
  });

  it("allows a plus only at the start", () => {
    expect(searchDigits("0812+3456")).toEqual({ phone: null, nib: null });
    expect(searchDigits("++62812")).toEqual({ phone: null, nib: null });
  });
});
