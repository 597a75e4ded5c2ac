import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { commentSchema, correctionSchema, impactSchema, reviewSchema, sessionSchema } from "./mentoring";

const TODAY = "2026-03-15";

/** A form post as the browser sends it: every value a string, a checkbox list as repeated fields. */
function form(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

type Schema = Parameters<typeof parseWithZod>[1]["schema"];

function parse(schema: Schema, fields: Record<string, string | string[] | undefined>) {
  return parseWithZod(form(fields), { schema });
}

/** The value of a successful parse. */
function valueOf(schema: Schema, fields: Record<string, string | string[] | undefined>): unknown {
  const submission = parse(schema, fields);
  if (submission.status !== "success") throw new Error(`expected success, got ${JSON.stringify(submission.error)}`);
  return submission.value;
}

/** The errors of a failed parse, as { field: [message keys] }, leaving out fields without errors. */
function errorsOf(schema: Schema, fields: Record<string, string | string[] | undefined>): Record<string, string[]> {
  const submission = parse(schema, fields);
  if (submission.status !== "error") throw new Error(`expected errors, got ${JSON.stringify(submission)}`);
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(submission.error ?? {})) if (messages) out[key] = messages;
  return out;
}

// ── sessionSchema ────────────────────────────────────────────────────────────────────────

describe("sessionSchema", () => {
  const schema = sessionSchema(TODAY);
  const valid = {
    heldOn: "2026-03-14",
    mode: "kunjungan",
    durationMinutes: "90",
    topics: ["profile", "legality"],
    sharedNotes: "  Profil sudah lengkap.  ",
    privateNotes: "Pemilik ragu soal biaya.",
    nextAction: "Urus NIB di OSS",
    followUpOn: "2026-03-21",
  };

  it("accepts a full session and gives typed values", () => {
    expect(valueOf(schema, valid)).toEqual({
      heldOn: "2026-03-14",
      mode: "kunjungan",
      durationMinutes: 90,
      topics: ["profile", "legality"],
      sharedNotes: "Profil sudah lengkap.",
      privateNotes: "Pemilik ragu soal biaya.",
      nextAction: "Urus NIB di OSS",
      followUpOn: "2026-03-21",
    });
  });

  it("accepts a minimal session: empty optional fields become null", () => {
    expect(
      valueOf(schema, {
        heldOn: TODAY,
        mode: "telepon",
        durationMinutes: "15",
        topics: "brand",
        sharedNotes: "",
        privateNotes: "   ",
        nextAction: "",
        followUpOn: "",
      }),
    ).toEqual({
      heldOn: TODAY,
      mode: "telepon",
      durationMinutes: 15,
      topics: ["brand"],
      sharedNotes: null,
      privateNotes: null,
      nextAction: null,
      followUpOn: null,
    });
  });

  it("accepts every mode", () => {
    for (const mode of ["kunjungan", "telepon", "whatsapp", "video_call", "pelatihan"]) {
      expect(parse(schema, { ...valid, mode }).status, mode).toBe("success");
    }
  });

  it("removes repeated topics", () => {
    expect(valueOf(schema, { ...valid, topics: ["ip", "ip", "products"] })).toMatchObject({
      topics: ["ip", "products"],
    });
  });

  it("accepts a session held today, refuses one in the future", () => {
    expect(parse(schema, { ...valid, heldOn: TODAY, followUpOn: undefined }).status).toBe("success");
    expect(errorsOf(schema, { ...valid, heldOn: "2026-03-16", followUpOn: undefined })).toEqual({
      heldOn: ["session.heldOn.future"],
    });
  });

  it("refuses a missing or impossible date", () => {
    expect(errorsOf(schema, { ...valid, heldOn: undefined })).toMatchObject({ heldOn: ["session.heldOn.required"] });
    expect(errorsOf(schema, { ...valid, heldOn: "2026-02-30" })).toMatchObject({ heldOn: ["field.date.invalid"] });
    expect(errorsOf(schema, { ...valid, heldOn: "14/03/2026" })).toMatchObject({ heldOn: ["field.date.invalid"] });
  });

  it.each(["0", "721", "abc", "-5", "1.5", "1000", "60 menit"])("refuses a duration of %s", (durationMinutes) => {
    expect(errorsOf(schema, { ...valid, durationMinutes })).toEqual({ durationMinutes: ["session.duration.invalid"] });
  });

  it("refuses a missing duration", () => {
    expect(errorsOf(schema, { ...valid, durationMinutes: "" })).toEqual({
      durationMinutes: ["session.duration.invalid"],
    });
  });

  it.each([
    ["1", 1],
    ["720", 720],
    [" 45 ", 45],
    ["007", 7],
  ])("accepts a duration of %s", (durationMinutes, expected) => {
    expect(valueOf(schema, { ...valid, durationMinutes })).toMatchObject({ durationMinutes: expected });
  });

  it("refuses a session without topics", () => {
    expect(errorsOf(schema, { ...valid, topics: undefined })).toEqual({ topics: ["session.topics.required"] });
    expect(errorsOf(schema, { ...valid, topics: [] })).toEqual({ topics: ["session.topics.required"] });
  });

  it("refuses an unknown topic or mode", () => {
    expect(errorsOf(schema, { ...valid, topics: ["profile", "taxes"] })).toHaveProperty("topics");
    expect(errorsOf(schema, { ...valid, mode: "email" })).toEqual({ mode: ["session.mode.required"] });
    expect(errorsOf(schema, { ...valid, mode: undefined })).toEqual({ mode: ["session.mode.required"] });
  });

  it("refuses a follow-up before the session, with the error on the follow-up", () => {
    expect(errorsOf(schema, { ...valid, heldOn: "2026-03-14", followUpOn: "2026-03-13" })).toEqual({
      followUpOn: ["session.followUp.beforeHeld"],
    });
  });

  it("accepts a follow-up on the session day or later, also after today", () => {
    expect(valueOf(schema, { ...valid, followUpOn: "2026-03-14" })).toMatchObject({ followUpOn: "2026-03-14" });
    expect(valueOf(schema, { ...valid, followUpOn: "2026-06-01" })).toMatchObject({ followUpOn: "2026-06-01" });
  });

  it("refuses an impossible follow-up date", () => {
    expect(errorsOf(schema, { ...valid, followUpOn: "2026-04-31" })).toMatchObject({
      followUpOn: ["field.date.invalid"],
    });
  });

  it("refuses notes that are too long", () => {
    expect(errorsOf(schema, { ...valid, sharedNotes: "a".repeat(4001) })).toEqual({ sharedNotes: ["field.tooLong"] });
    expect(errorsOf(schema, { ...valid, privateNotes: "a".repeat(4001) })).toEqual({
      privateNotes: ["field.tooLong"],
    });
    expect(errorsOf(schema, { ...valid, nextAction: "a".repeat(501) })).toEqual({ nextAction: ["field.tooLong"] });
    expect(parse(schema, { ...valid, sharedNotes: "a".repeat(4000), nextAction: "b".repeat(500) }).status).toBe(
      "success",
    );
  });
});

// ── correctionSchema ─────────────────────────────────────────────────────────────────────

describe("correctionSchema", () => {
  it("needs at least one note, with the error on the shared note", () => {
    expect(errorsOf(correctionSchema, {})).toEqual({ sharedNote: ["session.correction.required"] });
    expect(errorsOf(correctionSchema, { sharedNote: "", privateNote: "" })).toEqual({
      sharedNote: ["session.correction.required"],
    });
    expect(errorsOf(correctionSchema, { sharedNote: "   ", privateNote: "  " })).toEqual({
      sharedNote: ["session.correction.required"],
    });
  });

  it("accepts either note, or both, trimmed", () => {
    expect(valueOf(correctionSchema, { sharedNote: " Durasi 45 menit. " })).toEqual({
      sharedNote: "Durasi 45 menit.",
      privateNote: null,
    });
    expect(valueOf(correctionSchema, { privateNote: "Internal." })).toEqual({
      sharedNote: null,
      privateNote: "Internal.",
    });
    expect(valueOf(correctionSchema, { sharedNote: "A", privateNote: "B" })).toEqual({
      sharedNote: "A",
      privateNote: "B",
    });
  });

  it("refuses a note over 2000 characters", () => {
    expect(errorsOf(correctionSchema, { sharedNote: "a".repeat(2001) })).toEqual({ sharedNote: ["field.tooLong"] });
  });
});

// ── impactSchema ─────────────────────────────────────────────────────────────────────────

describe("impactSchema", () => {
  const schema = impactSchema(TODAY);

  it("needs at least one figure, with the error on the turnover", () => {
    expect(errorsOf(schema, { recordedOn: "2026-03-01" })).toEqual({ monthlyRevenue: ["impact.empty"] });
    expect(
      errorsOf(schema, {
        recordedOn: "2026-03-01",
        monthlyRevenue: "",
        employees: "",
        onlineChannels: "",
        firstOnlineSaleOn: "",
      }),
    ).toEqual({ monthlyRevenue: ["impact.empty"] });
  });

  it('reads "Rp 2.500.000" as 2500000', () => {
    expect(valueOf(schema, { recordedOn: "2026-03-01", monthlyRevenue: "Rp 2.500.000" })).toEqual({
      recordedOn: "2026-03-01",
      monthlyRevenue: 2_500_000,
      employees: null,
      onlineChannels: null,
      firstOnlineSaleOn: null,
    });
    expect(valueOf(schema, { recordedOn: "2026-03-01", monthlyRevenue: "2500000" })).toMatchObject({
      monthlyRevenue: 2_500_000,
    });
  });

  it("counts zero as a figure", () => {
    expect(valueOf(schema, { recordedOn: "2026-03-01", monthlyRevenue: "0" })).toMatchObject({ monthlyRevenue: 0 });
    expect(valueOf(schema, { recordedOn: "2026-03-01", onlineChannels: "0" })).toMatchObject({ onlineChannels: 0 });
  });

  it("accepts each figure on its own", () => {
    expect(valueOf(schema, { recordedOn: "2026-03-01", employees: "4" })).toMatchObject({ employees: 4 });
    expect(valueOf(schema, { recordedOn: "2026-03-01", onlineChannels: "3" })).toMatchObject({ onlineChannels: 3 });
    expect(valueOf(schema, { recordedOn: "2026-03-01", firstOnlineSaleOn: "2026-02-14" })).toMatchObject({
      firstOnlineSaleOn: "2026-02-14",
    });
  });

  it("refuses amounts and counts that are not numbers or too large", () => {
    expect(errorsOf(schema, { recordedOn: "2026-03-01", monthlyRevenue: "banyak" })).toMatchObject({
      monthlyRevenue: ["field.rupiah.invalid"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", monthlyRevenue: "Rp 2.000.000.000.000" })).toMatchObject({
      monthlyRevenue: ["field.rupiah.invalid"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", employees: "-1" })).toMatchObject({
      employees: ["field.number.invalid"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", employees: "100001" })).toMatchObject({
      employees: ["field.number.invalid"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", onlineChannels: "51" })).toMatchObject({
      onlineChannels: ["field.number.invalid"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", onlineChannels: "2.5" })).toMatchObject({
      onlineChannels: ["field.number.invalid"],
    });
  });

  it("refuses dates in the future or missing", () => {
    expect(errorsOf(schema, { recordedOn: "2026-03-16", employees: "1" })).toEqual({
      recordedOn: ["session.heldOn.future"],
    });
    expect(errorsOf(schema, { recordedOn: "2026-03-01", firstOnlineSaleOn: "2026-04-01" })).toMatchObject({
      firstOnlineSaleOn: ["session.heldOn.future"],
    });
    expect(errorsOf(schema, { employees: "1" })).toMatchObject({ recordedOn: ["impact.recordedOn.required"] });
  });
});

// ── reviewSchema and commentSchema ───────────────────────────────────────────────────────

describe("reviewSchema", () => {
  it("approves without a comment", () => {
    expect(valueOf(reviewSchema, { decision: "approve" })).toEqual({ decision: "approve" });
  });

  it("asks for changes with a comment of at least 3 characters, trimmed", () => {
    expect(valueOf(reviewSchema, { decision: "request_changes", comment: "  Foto kurang terang.  " })).toEqual({
      decision: "request_changes",
      comment: "Foto kurang terang.",
    });
    expect(valueOf(reviewSchema, { decision: "request_changes", comment: "abc" })).toEqual({
      decision: "request_changes",
      comment: "abc",
    });
  });

  it("refuses a request for changes with no comment, or one too short", () => {
    for (const comment of [undefined, "", "ab", "  ab  "]) {
      expect(errorsOf(reviewSchema, { decision: "request_changes", comment }), String(comment)).toEqual({
        comment: ["review.comment.required"],
      });
    }
  });

  it("refuses a comment over 2000 characters", () => {
    expect(errorsOf(reviewSchema, { decision: "request_changes", comment: "a".repeat(2001) })).toEqual({
      comment: ["field.tooLong"],
    });
  });

  it("refuses a missing or unknown decision", () => {
    expect(parse(reviewSchema, {}).status).toBe("error");
    expect(parse(reviewSchema, { decision: "reject", comment: "Tidak." }).status).toBe("error");
  });
});

describe("commentSchema", () => {
  it("needs a message, trimmed, up to 2000 characters", () => {
    expect(valueOf(commentSchema, { body: "  Halo  " })).toEqual({ body: "Halo" });
    expect(errorsOf(commentSchema, { body: "" })).toEqual({ body: ["comment.required"] });
    expect(errorsOf(commentSchema, { body: "   " })).toEqual({ body: ["comment.required"] });
    expect(errorsOf(commentSchema, { body: "a".repeat(2001) })).toEqual({ body: ["field.tooLong"] });
  });
});
