import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv-cell";

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ["+6281234567890", "'+6281234567890"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\n=1+1", "'\n=1+1"],
    ["  =1+1", "'  =1+1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    // A line break after the formula must not hide it (papaparse's own escapeFormulae misses this).
    ["=cmd|' /C calc'!A0\nsalam", "'=cmd|' /C calc'!A0\nsalam"],
  ])("puts a quote before %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(["Keripik Teh Siti", "<script>alert(1)</script>", "Kopi 100% = enak", "a-b", "", "'=already"])(
    "leaves %j as it is",
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );

  it("keeps numbers, negative ones too, as numbers: numeric columns by type", () => {
    expect(csvCell(-15)).toBe(-15);
    expect(csvCell(0)).toBe(0);
    expect(csvCell(42.5)).toBe(42.5);
  });

  it("writes null and undefined as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("gives a CSV line in which no cell starts with a formula character", () => {
    const line = Papa.unparse([csvRow(['=HYPERLINK("http://evil","x")', -3, "@x", "a,b", "=1\n2"])], {
      newline: "\r\n",
    });
    expect(line).toBe(`"'=HYPERLINK(""http://evil"",""x"")",-3,'@x,"a,b","'=1\n2"`);
    const [cells] = Papa.parse<string[]>(line).data;
    for (const cell of cells!.filter((c) => c !== "-3")) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
  });
});
