import { describe, expect, it } from "vitest";
import { ipSchema } from "./ip";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";

const task = JOURNEY_TEMPLATE.tasks.find((t) => t.key === "ip")!;
const items = task.items!;
const TODAY = "2025-06-01";
// A brand-name check was run for the current name and found nothing risky (see the brand-check block below).
const schema = ipSchema(items, TODAY, { risky: [] });

/** The issues of a parse, as sorted "path:message" strings; [] when it succeeds. */
function issues(input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort();
}

function parsed(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const DECLARED = {
  own_photos: { declared: "on" },
  logo_rights: { declared: "on" },
  fonts_licensed: { declared: "on" },
};

// As conform gives the browser's form: strings, "on" for a ticked checkbox, a list for several
// ticked class checkboxes, and nothing at all for an empty field or an unticked box.
const full = {
  intent: "finish",
  pdki: { result: "none_similar" },
  ...DECLARED,
  trademark: {
    status: "filed",
    classes: ["29", "30"],
    otherClasses: "35, 43",
    applicationNumber: "did2025012345",
    filedOn: "2025-03-14",
  },
};

const NO_DECLARATIONS = {
  own_photos: { declared: false },
  logo_rights: { declared: false },
  fonts_licensed: { declared: false },
  music_licensed: { declared: false },
};

describe("the ip task's items", () => {
  it("are the three required declarations and the optional music one", () => {
    expect(items.map((i) => [i.key, i.required])).toEqual([
      ["own_photos", true],
      ["logo_rights", true],
      ["fonts_licensed", true],
      ["music_licensed", false],
    ]);
  });
});

describe("ipSchema: drafts", () => {
  it("accepts a draft with nothing but the intent", () => {
    expect(parsed({ intent: "draft" })).toEqual({
      intent: "draft",
      answers: {
        brandCheck: { acknowledged: [] },
        pdki: { result: undefined, note: undefined },
        trademark: {
          status: undefined,
          classes: [],
          applicationNumber: undefined,
          filedOn: undefined,
          registrationNumber: undefined,
          registeredOn: undefined,
        },
        ...NO_DECLARATIONS,
      },
    });
  });

  it("accepts a draft with empty strings everywhere, storing them as nothing", () => {
    const data = parsed({
      intent: "draft",
      pdki: { note: "" },
      trademark: { otherClasses: "", applicationNumber: "", filedOn: "", registrationNumber: "", registeredOn: "" },
    });
    expect(data.answers.trademark).toEqual({ classes: [] });
    expect(data.answers.pdki).toEqual({});
  });

  it("does not need the search, the declarations or a status in a draft", () => {
    expect(issues({ intent: "draft", trademark: { status: "filed" } })).toEqual([]);
    expect(issues({ intent: "draft", trademark: { status: "registered" } })).toEqual([]);
    expect(issues({ intent: "draft", pdki: { result: "similar_found" } })).toEqual([]);
  });

  it("keeps what a draft has filled in", () => {
    expect(
      parsed({
        intent: "draft",
        own_photos: { declared: "on" },
        trademark: { status: "preparing", classes: "30" },
      }),
    ).toEqual({
      intent: "draft",
      answers: {
        brandCheck: { acknowledged: [] },
        pdki: {},
        trademark: { status: "preparing", classes: [30] },
        ...NO_DECLARATIONS,
        own_photos: { declared: true },
      },
    });
  });

  it("refuses an unknown intent", () => {
    expect(issues({ intent: "submit" }).map((i) => i.split(":")[0])).toEqual(["intent"]);
    expect(issues({}).map((i) => i.split(":")[0])).toEqual(["intent"]);
  });
});

describe("ipSchema: finishing", () => {
  it("accepts a full answer", () => {
    expect(issues(full)).toEqual([]);
  });

  it("needs the PDKI search answered", () => {
    expect(issues({ ...full, pdki: undefined })).toEqual(["pdki.result:field.pdki.required"]);
    expect(issues({ ...full, pdki: {} })).toEqual(["pdki.result:field.pdki.required"]);
  });

  it("needs a note when a similar mark was found, but not otherwise", () => {
    expect(issues({ ...full, pdki: { result: "similar_found" } })).toEqual(["pdki.note:field.pdki.noteRequired"]);
    expect(issues({ ...full, pdki: { result: "similar_found", note: "" } })).toEqual([
      "pdki.note:field.pdki.noteRequired",
    ]);
    expect(issues({ ...full, pdki: { result: "similar_found", note: "   \n " } })).toEqual([
      "pdki.note:field.pdki.noteRequired",
    ]);
    expect(issues({ ...full, pdki: { result: "similar_found", note: "Keripik Siti, kelas 29: ganti nama" } })).toEqual(
      [],
    );
    expect(issues({ ...full, pdki: { result: "none_similar" } })).toEqual([]);
  });

  it("refuses an unknown search result and a note over 1000 characters", () => {
    expect(issues({ ...full, pdki: { result: "maybe" } })).toEqual(["pdki.result:field.choice.invalid"]);
    expect(issues({ ...full, pdki: { result: "similar_found", note: "x".repeat(1001) } })).toEqual([
      "pdki.note:field.tooLong",
    ]);
    expect(issues({ ...full, pdki: { result: "similar_found", note: "x".repeat(1000) } })).toEqual([]);
  });

  it("needs a trademark status", () => {
    expect(issues({ ...full, trademark: undefined })).toEqual(["trademark.status:field.trademarkStatus.required"]);
    expect(issues({ ...full, trademark: { classes: ["29"] } })).toEqual([
      "trademark.status:field.trademarkStatus.required",
    ]);
  });

  it("refuses an unknown trademark status", () => {
    expect(issues({ ...full, trademark: { ...full.trademark, status: "pending" } })).toEqual([
      "trademark.status:field.choice.invalid",
    ]);
  });

  it("needs each required declaration, one issue each", () => {
    for (const key of ["own_photos", "logo_rights", "fonts_licensed"]) {
      expect(issues({ ...full, [key]: undefined }), key).toEqual([`${key}.declared:field.declaration.required`]);
      expect(issues({ ...full, [key]: {} }), key).toEqual([`${key}.declared:field.declaration.required`]);
    }
    const { own_photos: _a, logo_rights: _b, fonts_licensed: _c, ...none } = full;
    expect(issues(none)).toEqual([
      "fonts_licensed.declared:field.declaration.required",
      "logo_rights.declared:field.declaration.required",
      "own_photos.declared:field.declaration.required",
    ]);
  });

  it("does not need the optional music declaration", () => {
    expect(issues({ ...full, music_licensed: undefined })).toEqual([]);
    expect(issues({ ...full, music_licensed: { declared: "on" } })).toEqual([]);
  });

  it("needs nothing more for a mark not planned or being prepared", () => {
    for (const status of ["not_planned", "preparing"]) {
      expect(issues({ ...full, trademark: { status } }), status).toEqual([]);
    }
  });

  it("needs an application number and a class once filed", () => {
    expect(issues({ ...full, trademark: { status: "filed" } })).toEqual([
      "trademark.applicationNumber:field.applicationNumber.required",
      "trademark.classes:field.niceClass.required",
    ]);
    expect(issues({ ...full, trademark: { ...full.trademark, applicationNumber: "" } })).toEqual([
      "trademark.applicationNumber:field.applicationNumber.required",
    ]);
    expect(issues({ ...full, trademark: { ...full.trademark, applicationNumber: "   " } })).toEqual([
      "trademark.applicationNumber:field.applicationNumber.required",
    ]);
  });

  it("takes a class from the checkboxes or from the other classes alone", () => {
    const filed = { status: "filed", applicationNumber: "DID2025012345" };
    expect(issues({ ...full, trademark: { ...filed, classes: "29" } })).toEqual([]);
    expect(issues({ ...full, trademark: { ...filed, otherClasses: "35" } })).toEqual([]);
    expect(issues({ ...full, trademark: { ...filed, classes: [], otherClasses: " , " } })).toEqual([
      "trademark.classes:field.niceClass.required",
    ]);
  });

  it("does not need a registration number once filed", () => {
    expect(full.trademark).not.toHaveProperty("registrationNumber");
    expect(issues(full)).toEqual([]);
  });

  it("needs a registration number and a class once registered, but no application number", () => {
    expect(issues({ ...full, trademark: { status: "registered" } })).toEqual([
      "trademark.classes:field.niceClass.required",
      "trademark.registrationNumber:field.registrationNumber.required",
    ]);
    expect(
      issues({
        ...full,
        trademark: { status: "registered", classes: ["30"], registrationNumber: "IDM000123456" },
      }),
    ).toEqual([]);
  });
});

describe("ipSchema: numbers, dates and classes", () => {
  it("refuses a wrong application number, in drafts too", () => {
    for (const applicationNumber of ["DID202501234", "IDM000123456", "12345", "DID2025O12345"]) {
      expect(issues({ intent: "draft", trademark: { applicationNumber } }), applicationNumber).toEqual([
        "trademark.applicationNumber:field.applicationNumber.invalid",
      ]);
    }
    expect(issues({ ...full, trademark: { ...full.trademark, applicationNumber: "XID2025012345" } })).toEqual([
      "trademark.applicationNumber:field.applicationNumber.invalid",
    ]);
  });

  it("refuses a wrong registration number, in drafts too", () => {
    for (const registrationNumber of ["IDM00012345", "IDM0001234567", "DID2025012345", "000123456"]) {
      expect(issues({ intent: "draft", trademark: { registrationNumber } }), registrationNumber).toEqual([
        "trademark.registrationNumber:field.registrationNumber.invalid",
      ]);
    }
  });

  it("checks a number even when the status does not need it", () => {
    expect(issues({ ...full, trademark: { status: "preparing", applicationNumber: "DID1" } })).toEqual([
      "trademark.applicationNumber:field.applicationNumber.invalid",
    ]);
  });

  it("accepts today and past dates, and refuses future ones", () => {
    expect(issues({ ...full, trademark: { ...full.trademark, filedOn: TODAY } })).toEqual([]);
    expect(issues({ ...full, trademark: { ...full.trademark, filedOn: "2025-06-02" } })).toEqual([
      "trademark.filedOn:field.date.invalid",
    ]);
    expect(issues({ intent: "draft", trademark: { registeredOn: "2030-01-01" } })).toEqual([
      "trademark.registeredOn:field.date.invalid",
    ]);
  });

  it.each(["2025-02-30", "2025-13-01", "14/03/2025", "2025-3-14", "kemarin"])("refuses the bad date %j", (date) => {
    expect(issues({ intent: "draft", trademark: { filedOn: date } })).toEqual(["trademark.filedOn:field.date.invalid"]);
    expect(issues({ intent: "draft", trademark: { registeredOn: date } })).toEqual([
      "trademark.registeredOn:field.date.invalid",
    ]);
  });

  it("refuses a date with a time after it", () => {
    const found = issues({ intent: "draft", trademark: { filedOn: "2025-03-14T10:00" } });
    expect(new Set(found)).toEqual(new Set(["trademark.filedOn:field.date.invalid"]));
  });

  it.each([["0"], ["46"], ["99"], ["abc"], ["-3"], ["1.5"], ["100"], ["007"], ["3x"]])(
    "refuses the class %j, from the checkboxes or the other classes, in a draft",
    (value) => {
      expect(issues({ intent: "draft", trademark: { classes: [value] } })).toEqual([
        "trademark.classes:field.niceClass.invalid",
      ]);
      expect(issues({ intent: "draft", trademark: { otherClasses: `29, ${value}` } })).toEqual([
        "trademark.otherClasses:field.niceClass.invalid",
      ]);
    },
  );

  it("accepts classes 1 and 45 and a leading zero", () => {
    expect(parsed({ intent: "draft", trademark: { otherClasses: "45, 1, 09" } }).answers.trademark).toMatchObject({
      classes: [1, 9, 45],
    });
  });

  it("refuses an invalid class when finishing a mark that is being prepared", () => {
    expect(issues({ ...full, trademark: { status: "preparing", otherClasses: "50" } })).toEqual([
      "trademark.otherClasses:field.niceClass.invalid",
    ]);
  });

  // A filed or registered mark is checked for "at least one class"; that check must not stumble
  // over a class list that already failed.
  it("refuses an invalid class when finishing a filed mark", () => {
    expect(issues({ ...full, trademark: { ...full.trademark, classes: ["99"] } })).toEqual([
      "trademark.classes:field.niceClass.invalid",
    ]);
  });

  it("refuses an invalid other class when finishing a registered mark", () => {
    expect(
      issues({
        ...full,
        trademark: { status: "registered", classes: ["29"], otherClasses: "abc", registrationNumber: "IDM000123456" },
      }),
    ).toEqual(["trademark.otherClasses:field.niceClass.invalid"]);
  });
});

describe("ipSchema: all problems at once", () => {
  it("reports every problem of a finish in one parse, even with an invalid number and date", () => {
    expect(
      issues({
        intent: "finish",
        pdki: { result: "similar_found" },
        own_photos: { declared: "on" },
        trademark: { status: "filed", applicationNumber: "DID123", filedOn: "2099-01-01" },
      }),
    ).toEqual([
      "fonts_licensed.declared:field.declaration.required",
      "logo_rights.declared:field.declaration.required",
      "pdki.note:field.pdki.noteRequired",
      "trademark.applicationNumber:field.applicationNumber.invalid",
      "trademark.classes:field.niceClass.required",
      "trademark.filedOn:field.date.invalid",
    ]);
  });

  it("reports the other problems alongside an invalid class", () => {
    expect(
      issues({
        intent: "finish",
        trademark: { status: "preparing", otherClasses: "0", registrationNumber: "IDM1" },
      }),
    ).toEqual([
      "fonts_licensed.declared:field.declaration.required",
      "logo_rights.declared:field.declaration.required",
      "own_photos.declared:field.declaration.required",
      "pdki.result:field.pdki.required",
      "trademark.otherClasses:field.niceClass.invalid",
      "trademark.registrationNumber:field.registrationNumber.invalid",
    ]);
  });

  it("reports the other problems alongside an invalid class of a filed mark", () => {
    expect(
      issues({
        intent: "finish",
        trademark: { status: "filed", classes: ["29", "46"], applicationNumber: "DID2025012345" },
      }),
    ).toEqual([
      "fonts_licensed.declared:field.declaration.required",
      "logo_rights.declared:field.declaration.required",
      "own_photos.declared:field.declaration.required",
      "pdki.result:field.pdki.required",
      "trademark.classes:field.niceClass.invalid",
    ]);
  });

  it("reports an invalid class and another field's problem together in a draft", () => {
    expect(
      issues({ intent: "draft", trademark: { classes: ["99"], applicationNumber: "x", registeredOn: "2025-02-30" } }),
    ).toEqual([
      "trademark.applicationNumber:field.applicationNumber.invalid",
      "trademark.classes:field.niceClass.invalid",
      "trademark.registeredOn:field.date.invalid",
    ]);
  });
});

describe("ipSchema: the output", () => {
  it("gives { intent, answers } with merged classes, normalized numbers and every declaration", () => {
    expect(parsed({ ...full, music_licensed: { declared: "on" } })).toEqual({
      intent: "finish",
      answers: {
        brandCheck: { acknowledged: [] },
        pdki: { result: "none_similar" },
        trademark: {
          status: "filed",
          classes: [29, 30, 35, 43],
          applicationNumber: "DID2025012345",
          filedOn: "2025-03-14",
        },
        own_photos: { declared: true },
        logo_rights: { declared: true },
        fonts_licensed: { declared: true },
        music_licensed: { declared: true },
      },
    });
  });

  it("merges classes and other classes, without duplicates, sorted numerically", () => {
    const data = parsed({
      intent: "draft",
      trademark: { classes: ["30", "5", "30"], otherClasses: "43, 18;29  5\n3" },
    });
    expect(data.answers.trademark).toMatchObject({ classes: [3, 5, 18, 29, 30, 43] });
  });

  it("takes a single ticked class as a string", () => {
    expect(parsed({ intent: "draft", trademark: { classes: "29" } }).answers.trademark).toMatchObject({
      classes: [29],
    });
  });

  it("normalizes the application and registration numbers", () => {
    expect(
      parsed({
        intent: "draft",
        trademark: { applicationNumber: " jid-2024-000001 ", registrationNumber: "idm 000 123 456" },
      }).answers.trademark,
    ).toMatchObject({ applicationNumber: "JID2024000001", registrationNumber: "IDM000123456" });
  });

  it("keeps a registered mark's number and date", () => {
    expect(
      parsed({
        ...full,
        trademark: {
          status: "registered",
          classes: ["30"],
          registrationNumber: "IDM.000.123.456",
          registeredOn: "2025-05-31",
        },
      }).answers.trademark,
    ).toEqual({ status: "registered", classes: [30], registrationNumber: "IDM000123456", registeredOn: "2025-05-31" });
  });

  it("keeps the note, trimmed, when a similar mark was found", () => {
    expect(
      parsed({ ...full, pdki: { result: "similar_found", note: "  Keripik Sity di kelas 29; saya ganti nama.  " } })
        .answers.pdki,
    ).toEqual({ result: "similar_found", note: "Keripik Sity di kelas 29; saya ganti nama." });
  });

  it("drops the note when no similar mark was found", () => {
    const pdki = parsed({ ...full, pdki: { result: "none_similar", note: "old note" } }).answers.pdki;
    expect(pdki).toEqual({ result: "none_similar" });
    expect(pdki).not.toHaveProperty("note", expect.anything());
  });

  it("drops the note of a draft without a result", () => {
    expect(parsed({ intent: "draft", pdki: { note: "draft note" } }).answers.pdki).toEqual({});
  });

  it("gives every item { declared: boolean }, false when not ticked", () => {
    const { answers } = parsed({ intent: "draft", own_photos: { declared: "on" }, logo_rights: {} });
    expect(answers.own_photos).toEqual({ declared: true });
    expect(answers.logo_rights).toEqual({ declared: false });
    expect(answers.fonts_licensed).toEqual({ declared: false });
    expect(answers.music_licensed).toEqual({ declared: false });
  });

  it("stores only the task's items, the search and the plan", () => {
    const { answers } = parsed({ ...full, extra: { declared: "on" } });
    expect(Object.keys(answers).sort()).toEqual(
      ["brandCheck", "fonts_licensed", "logo_rights", "music_licensed", "own_photos", "pdki", "trademark"].sort(),
    );
  });
});

describe("ipSchema: the brand-name check", () => {
  const issuesOf = (check: { risky: string[] } | null, values: Record<string, unknown>) => {
    const result = ipSchema(items, TODAY, check).safeParse(values);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("needs a check of the current brand name before finishing, not for a draft", () => {
    expect(issuesOf(null, full)).toContain("ack:field.brandCheck.required");
    expect(issuesOf(null, { intent: "draft" })).toEqual([]);
  });

  it("needs every high or medium risk acknowledged to finish, and stores only those", () => {
    const check = { risky: ["Indomie", "Indomaret"] };
    expect(issuesOf(check, { ...full, ack: "Indomie" })).toContain("ack:field.brandCheck.acknowledge");
    const result = ipSchema(items, TODAY, check).safeParse({
      ...full,
      ack: ["Indomie", "Indomaret", "Something else"],
    });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.answers.brandCheck).toEqual({ acknowledged: ["Indomie", "Indomaret"] });
    }
  });
});
