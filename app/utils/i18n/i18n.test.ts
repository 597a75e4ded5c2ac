import { describe, expect, it } from "vitest";
import { en } from "./en";
import { id } from "./id";
import type { MessageKey } from "./index";
import { intlLocale, isLocale, isMessageKey, translator } from "./index";

const dictionaries = { id, en } as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("dictionaries", () => {
  it("have identical key sets", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each(Object.entries(dictionaries))("%s has no empty or blank strings", (_locale, dictionary) => {
    const blank = Object.entries(dictionary).filter(([, text]) => text.trim() === "");
    expect(blank).toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = (Object.keys(id) as MessageKey[]).filter(
      (key) => placeholders(id[key]).join() !== placeholders(en[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it("have placeholders at all (the check above is not vacuous)", () => {
    expect(placeholders(id["nav.signedInAs"])).toEqual(["name"]);
  });
});

describe("translator", () => {
  it("looks up each language's text", () => {
    expect(translator("id")("nav.login")).toBe(id["nav.login"]);
    expect(translator("en")("nav.login")).toBe(en["nav.login"]);
    expect(translator("id")("nav.login")).not.toBe(translator("en")("nav.login"));
  });

  it("interpolates placeholders", () => {
    expect(translator("id")("nav.signedInAs", { name: "Siti" })).toBe("Masuk sebagai Siti");
    expect(translator("en")("nav.signedInAs", { name: "Siti" })).toBe("Signed in as Siti");
  });

  it("interpolates numbers and every occurrence of several placeholders", () => {
    const text = translator("en")("admin.regions.body", { provinces: 38, regencies: 514 });
    expect(text).toContain("38");
    expect(text).toContain("514");
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it("leaves unknown placeholders in place and does not interpret replacement patterns", () => {
    expect(translator("en")("nav.signedInAs", { other: "x" })).toBe("Signed in as {name}");
    expect(translator("en")("nav.signedInAs", { name: "$& $1" })).toBe("Signed in as $& $1");
  });
});

describe("guards", () => {
  it("isLocale accepts only id and en", () => {
    expect(isLocale("id")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("isMessageKey accepts only own dictionary keys", () => {
    expect(isMessageKey("nav.login")).toBe(true);
    expect(isMessageKey("nav.nope")).toBe(false);
    expect(isMessageKey("toString")).toBe(false);
    expect(isMessageKey(42)).toBe(false);
  });

  it("intlLocale maps to BCP 47 tags", () => {
    expect(intlLocale("id")).toBe("id-ID");
    expect(intlLocale("en")).toBe("en-GB");
  });
});
