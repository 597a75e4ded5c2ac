import { describe, expect, it } from "vitest";
import { brandSchema, type BrandValues } from "./brand";

/** The issues of a failed parse, as { path: [message keys] }. */
function errors(input: Record<string, unknown>): Record<string, string[]> {
  const result = brandSchema.safeParse(input);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function parsed(input: Record<string, unknown>): BrandValues {
  const result = brandSchema.safeParse(input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const LOGO = "abcdefghijklmnop2345";

// As the browser posts the form: every colour picker posts its colour, a ticked checkbox posts
// "on" and an unticked one nothing; the logo's hidden input is there only once a logo is stored.
const full = {
  intent: "finish",
  name: "Keripik Bu Siti",
  tagline: "Renyah, dari dapur Garut",
  story: "Bu Siti mulai menggoreng keripik singkong pada 2019. Resepnya dari ibunya.",
  logo: LOGO,
  colour1: "#9a3412",
  colour2: "#fef3c7",
  colour3: "#166534",
  colour4: "#1e3a8a",
  useColour1: "on",
  useColour2: "on",
};

describe("brandSchema: drafts", () => {
  it("accepts a draft with every text field empty and no colour ticked", () => {
    expect(
      parsed({
        intent: "draft",
        name: "",
        tagline: "",
        story: "",
        colour1: "#9a3412",
        colour2: "#fef3c7",
        colour3: "#166534",
        colour4: "#1e3a8a",
      }),
    ).toEqual({ intent: "draft", name: null, tagline: null, story: null, logo: null, colours: [] });
  });

  it("accepts a draft with nothing but the intent", () => {
    expect(parsed({ intent: "draft" })).toEqual({
      intent: "draft",
      name: null,
      tagline: null,
      story: null,
      logo: null,
      colours: [],
    });
  });

  it("accepts a draft with a one-letter name, no story and one colour", () => {
    expect(parsed({ intent: "draft", name: "K", colour1: "#9a3412", useColour1: "on" })).toEqual({
      intent: "draft",
      name: "K",
      tagline: null,
      story: null,
      logo: null,
      colours: ["#9a3412"],
    });
  });

  it("stores spaces-only text as null", () => {
    expect(parsed({ intent: "draft", name: "   ", tagline: " ", story: "\n  \n" })).toMatchObject({
      name: null,
      tagline: null,
      story: null,
    });
  });

  it("still checks the fields a draft fills in", () => {
    expect(errors({ intent: "draft", name: "x".repeat(61) })).toEqual({ name: ["field.brandName.tooLong"] });
    expect(errors({ intent: "draft", colour1: "red", useColour1: "on" })).toEqual({
      colour1: ["field.colour.invalid"],
    });
  });
});

describe("brandSchema: finishing", () => {
  it("accepts a full brand and gives the output shape", () => {
    expect(parsed(full)).toEqual({
      intent: "finish",
      name: "Keripik Bu Siti",
      tagline: "Renyah, dari dapur Garut",
      story: "Bu Siti mulai menggoreng keripik singkong pada 2019. Resepnya dari ibunya.",
      logo: LOGO,
      colours: ["#9a3412", "#fef3c7"],
    });
  });

  it("does not need a tagline or a logo", () => {
    const { tagline: _tagline, logo: _logo, ...rest } = full;
    expect(parsed({ ...rest, tagline: "" })).toMatchObject({ tagline: null, logo: null });
  });

  it("trims the text fields", () => {
    expect(
      parsed({ ...full, name: "  Keripik Bu Siti  ", tagline: " Renyah ", story: "\n Cerita kami. \n" }),
    ).toMatchObject({ name: "Keripik Bu Siti", tagline: "Renyah", story: "Cerita kami." });
  });

  it("needs a name", () => {
    expect(errors({ ...full, name: "" })).toEqual({ name: ["field.brandName.required"] });
    expect(errors({ ...full, name: "   " })).toEqual({ name: ["field.brandName.required"] });
    const { name: _name, ...withoutName } = full;
    expect(errors(withoutName)).toEqual({ name: ["field.brandName.required"] });
  });

  it("needs a name of at least 2 letters, after trimming", () => {
    expect(errors({ ...full, name: "K" })).toEqual({ name: ["field.brandName.tooShort"] });
    expect(errors({ ...full, name: "  K  " })).toEqual({ name: ["field.brandName.tooShort"] });
    expect(parsed({ ...full, name: "KB" }).name).toBe("KB");
  });

  it("needs a story", () => {
    expect(errors({ ...full, story: "" })).toEqual({ story: ["field.brandStory.required"] });
    expect(errors({ ...full, story: "  " })).toEqual({ story: ["field.brandStory.required"] });
  });

  it("needs at least 2 ticked colours", () => {
    expect(errors({ ...full, useColour2: undefined })).toEqual({ colours: ["field.colours.count"] });
    expect(errors({ ...full, useColour1: undefined, useColour2: undefined })).toEqual({
      colours: ["field.colours.count"],
    });
  });

  it("accepts 2, 3 or 4 ticked colours, in slot order", () => {
    expect(parsed({ ...full, useColour1: undefined, useColour3: "on" }).colours).toEqual(["#fef3c7", "#166534"]);
    expect(parsed({ ...full, useColour3: "on" }).colours).toEqual(["#9a3412", "#fef3c7", "#166534"]);
    expect(parsed({ ...full, useColour3: "on", useColour4: "on" }).colours).toEqual([
      "#9a3412",
      "#fef3c7",
      "#166534",
      "#1e3a8a",
    ]);
  });

  it("reports every missing part at once, each at its own path", () => {
    expect(errors({ intent: "finish", colour1: "#9a3412", useColour1: "on" })).toEqual({
      name: ["field.brandName.required"],
      story: ["field.brandStory.required"],
      colours: ["field.colours.count"],
    });
  });
});

describe("brandSchema: colours", () => {
  it("ignores the colours of unticked slots", () => {
    expect(parsed({ ...full, colour3: "#000000", colour4: "#ffffff" }).colours).toEqual(["#9a3412", "#fef3c7"]);
  });

  it("ignores a ticked slot without a colour, and does not count it", () => {
    expect(parsed({ ...full, colour3: undefined, useColour3: "on" }).colours).toEqual(["#9a3412", "#fef3c7"]);
    expect(errors({ ...full, colour2: undefined })).toEqual({ colours: ["field.colours.count"] });
  });

  it("counts the same colour ticked twice once", () => {
    expect(errors({ ...full, colour2: "#9A3412" })).toEqual({ colours: ["field.colours.count"] });
  });

  it("lowercases colours", () => {
    expect(parsed({ ...full, colour1: "#9A3412", colour2: "#FEF3C7" }).colours).toEqual(["#9a3412", "#fef3c7"]);
  });

  it("trims colours", () => {
    expect(parsed({ ...full, colour1: " #9a3412 " }).colours).toEqual(["#9a3412", "#fef3c7"]);
  });

  it.each(["red", "#fff", "9a3412", "#9a341", "#9a34120", "#gggggg", ""])("refuses the colour %j", (bad) => {
    // Every problem at once: the bad colour, and (without it) too few colours to finish.
    expect(errors({ ...full, colour1: bad })).toEqual({
      colour1: ["field.colour.invalid"],
      colours: ["field.colours.count"],
    });
    expect(errors({ ...full, intent: "draft", colour1: bad })).toEqual({ colour1: ["field.colour.invalid"] });
  });

  it("refuses a bad colour in any slot, at that slot's path", () => {
    expect(errors({ ...full, colour4: "red", useColour4: "on" })).toEqual({ colour4: ["field.colour.invalid"] });
  });

  it("only takes 'on' as a ticked checkbox", () => {
    const result = brandSchema.safeParse({ ...full, useColour1: "yes" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["useColour1"]]);
  });
});

describe("brandSchema: lengths", () => {
  it("accepts a name of 60 letters and refuses 61", () => {
    expect(parsed({ ...full, name: "a".repeat(60) }).name).toHaveLength(60);
    expect(errors({ ...full, name: "a".repeat(61) })).toEqual({ name: ["field.brandName.tooLong"] });
  });

  it("measures the name after trimming", () => {
    expect(parsed({ ...full, name: `  ${"a".repeat(60)}  ` }).name).toBe("a".repeat(60));
  });

  it("accepts a tagline of 120 letters and refuses 121", () => {
    expect(parsed({ ...full, tagline: "t".repeat(120) }).tagline).toHaveLength(120);
    expect(errors({ ...full, tagline: "t".repeat(121) })).toEqual({ tagline: ["field.tooLong"] });
  });

  it("accepts a story of 2000 letters and refuses 2001", () => {
    expect(parsed({ ...full, story: "s".repeat(2000) }).story).toHaveLength(2000);
    expect(errors({ ...full, story: "s".repeat(2001) })).toEqual({ story: ["field.tooLong"] });
  });
});

describe("brandSchema: logo", () => {
  it.each(["abcdefghijklmnop", "a".repeat(64), "abcdefghijklmnop234567"])("accepts the upload id %j", (id) => {
    expect(parsed({ ...full, logo: id }).logo).toBe(id);
  });

  it.each([
    ["too short", "abcdefghijklmno"],
    ["too long", "a".repeat(65)],
    ["upper case", "ABCDEFGHIJKLMNOP"],
    ["digits outside base32", "abcdefghijklmno1"],
    ["a path", "../../etc/passwd"],
    ["a URL", "https://example.com/logo.png"],
  ])("refuses a logo that is not an upload id (%s)", (_what, id) => {
    expect(errors({ ...full, logo: id })).toEqual({ logo: ["upload.unreadable"] });
  });
});

describe("brandSchema: intent", () => {
  it("needs a known intent", () => {
    expect(Object.keys(errors({ ...full, intent: "publish" }))).toEqual(["intent"]);
    const { intent: _intent, ...withoutIntent } = full;
    expect(Object.keys(errors(withoutIntent))).toEqual(["intent"]);
  });
});
