import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { getTaskRecord } from "../journey/journey.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { brandSchema, type BrandValues } from "~/utils/validation/brand";
import { getBrand, saveBrand, type Brand } from "./brand.server";

let db: Db;
let ownerId: number;
let enterpriseId: number;

beforeEach(async () => {
  db = await createJourneyTestDb();
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
});

let uploadCounter = 0;
/** Inserts an upload row directly (no file on disk) and returns its id. */
function insertUpload(enterprise: number, purpose: "logo" | "evidence" | "product_photo" = "logo"): string {
  uploadCounter += 1;
  // Upload ids are lowercase base32 (UPLOAD_ID_PATTERN): letters and the digits 2–7.
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const id = `testlogo${"x".repeat(8)}${letters[Math.floor(uploadCounter / 26) % 26]}${letters[uploadCounter % 26]}`;
  db.prepare(
    `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height,
                         has_thumbnail, original_name, created_at)
     VALUES (?, ?, ?, ?, 'image/webp', 1234, 400, 400, 1, 'logo.png', ?)`,
  ).run(id, enterprise, ownerId, purpose, nowSeconds());
  return id;
}

/** A finished brand as brandSchema hands it over. */
const full: BrandValues = {
  intent: "finish",
  name: "Keripik Bu Siti",
  tagline: "Renyah, dari dapur Garut",
  story: "Bu Siti mulai menggoreng keripik singkong pada 2019.",
  logo: null,
  colours: ["#9a3412", "#fef3c7"],
};

const draft: BrandValues = {
  intent: "draft",
  name: "Keripik Bu Siti",
  tagline: null,
  story: null,
  logo: null,
  colours: ["#9a3412"],
};

type BrandRow = {
  enterprise_id: number;
  name: string | null;
  tagline: string | null;
  story: string | null;
  colours: string;
  logo_upload_id: string | null;
  updated_at: number;
};
function brandRows(enterprise = enterpriseId): BrandRow[] {
  return db.prepare("SELECT * FROM enterprise_brand WHERE enterprise_id = ?").all(enterprise) as BrandRow[];
}
function taskRows(enterprise = enterpriseId): { status: string; answers: string; submitted_at: number | null }[] {
  return db
    .prepare("SELECT status, answers, submitted_at FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'brand'")
    .all(enterprise) as { status: string; answers: string; submitted_at: number | null }[];
}
type EventRow = { task_key: string; action: string; status_after: string; actor_user_id: number; snapshot: string };
function events(enterprise = enterpriseId): EventRow[] {
  return db
    .prepare(
      "SELECT task_key, action, status_after, actor_user_id, snapshot FROM task_event WHERE enterprise_id = ? ORDER BY id",
    )
    .all(enterprise) as EventRow[];
}
type AuditRow = { action: string; actor_user_id: number; subject_type: string; subject_id: string; details: string };
function audits(): AuditRow[] {
  return db
    .prepare("SELECT action, actor_user_id, subject_type, subject_id, details FROM audit_log ORDER BY id")
    .all() as AuditRow[];
}

describe("saveBrand", () => {
  it("writes a finished brand: the brand row, the task done, its history and the audit", () => {
    const logo = insertUpload(enterpriseId);
    const saved = saveBrand(db, enterpriseId, ownerId, { ...full, logo }, false);

    const expected: Brand = {
      name: "Keripik Bu Siti",
      tagline: "Renyah, dari dapur Garut",
      story: "Bu Siti mulai menggoreng keripik singkong pada 2019.",
      colours: ["#9a3412", "#fef3c7"],
      logoUploadId: logo,
    };
    expect(saved).toEqual(expected);

    const [row, ...moreRows] = brandRows();
    expect(moreRows).toEqual([]);
    expect(row).toMatchObject({
      enterprise_id: enterpriseId,
      name: "Keripik Bu Siti",
      tagline: "Renyah, dari dapur Garut",
      story: "Bu Siti mulai menggoreng keripik singkong pada 2019.",
      logo_upload_id: logo,
      updated_at: expect.any(Number),
    });
    expect(JSON.parse(row!.colours)).toEqual(["#9a3412", "#fef3c7"]);

    const [task, ...moreTasks] = taskRows();
    expect(moreTasks).toEqual([]);
    expect(task).toMatchObject({ status: "done", submitted_at: null });
    expect(JSON.parse(task!.answers)).toEqual(expected);
    expect(getTaskRecord(db, enterpriseId, "brand")).toMatchObject({ status: "done", answers: expected });

    const [event, ...moreEvents] = events();
    expect(moreEvents).toEqual([]);
    expect(event).toMatchObject({
      task_key: "brand",
      action: "complete",
      status_after: "done",
      actor_user_id: ownerId,
    });
    expect(JSON.parse(event!.snapshot)).toEqual(expected);

    expect(audits()).toEqual([
      {
        action: "task.finish",
        actor_user_id: ownerId,
        subject_type: "enterprise",
        subject_id: String(enterpriseId),
        details: JSON.stringify({ task: "brand" }),
      },
    ]);
  });

  it("sends a finished brand for review when the template asks for it", () => {
    saveBrand(db, enterpriseId, ownerId, full, true);
    expect(taskRows()).toEqual([expect.objectContaining({ status: "submitted", submitted_at: expect.any(Number) })]);
    expect(getTaskRecord(db, enterpriseId, "brand")?.status).toBe("submitted");
    expect(events().map((e) => [e.action, e.status_after])).toEqual([["submit", "submitted"]]);
    expect(audits().map((a) => a.action)).toEqual(["task.finish"]);
  });

  it.each([false, true])("keeps a draft in progress (needsReview %s)", (needsReview) => {
    saveBrand(db, enterpriseId, ownerId, draft, needsReview);
    expect(taskRows()).toEqual([expect.objectContaining({ status: "in_progress", submitted_at: null })]);
    expect(brandRows()).toEqual([
      expect.objectContaining({
        name: "Keripik Bu Siti",
        tagline: null,
        story: null,
        colours: '["#9a3412"]',
        logo_upload_id: null,
      }),
    ]);
    expect(events()).toEqual([
      expect.objectContaining({ task_key: "brand", action: "save_draft", status_after: "in_progress" }),
    ]);
    expect(JSON.parse(events()[0]!.snapshot)).toEqual({
      name: "Keripik Bu Siti",
      tagline: null,
      story: null,
      colours: ["#9a3412"],
      logoUploadId: null,
    });
    expect(audits()).toEqual([
      expect.objectContaining({ action: "task.save_draft", subject_id: String(enterpriseId) }),
    ]);
  });

  it("saves an empty draft: all nulls and no colours", () => {
    const empty: BrandValues = { intent: "draft", name: null, tagline: null, story: null, logo: null, colours: [] };
    expect(saveBrand(db, enterpriseId, ownerId, empty, true)).toEqual({
      name: null,
      tagline: null,
      story: null,
      colours: [],
      logoUploadId: null,
    });
    expect(brandRows()).toEqual([
      expect.objectContaining({ name: null, tagline: null, story: null, colours: "[]", logo_upload_id: null }),
    ]);
  });

  it("updates the brand on a second save rather than adding a row", () => {
    saveBrand(db, enterpriseId, ownerId, draft, true);
    const logo = insertUpload(enterpriseId);
    saveBrand(
      db,
      enterpriseId,
      ownerId,
      { ...full, name: "Keripik Mbak Siti", colours: ["#166534", "#fef3c7", "#1e3a8a"], logo },
      true,
    );

    expect(countRows(db, "enterprise_brand", enterpriseId)).toBe(1);
    expect(taskRows()).toHaveLength(1);
    expect(getBrand(db, enterpriseId)).toEqual({
      name: "Keripik Mbak Siti",
      tagline: "Renyah, dari dapur Garut",
      story: "Bu Siti mulai menggoreng keripik singkong pada 2019.",
      colours: ["#166534", "#fef3c7", "#1e3a8a"],
      logoUploadId: logo,
    });
    expect(getTaskRecord(db, enterpriseId, "brand")?.status).toBe("submitted");
    expect(events().map((e) => e.action)).toEqual(["save_draft", "submit"]);
    expect(audits().map((a) => a.action)).toEqual(["task.save_draft", "task.finish"]);
  });

  it("clears what a later save leaves empty, the logo included", () => {
    const logo = insertUpload(enterpriseId);
    saveBrand(db, enterpriseId, ownerId, { ...full, logo }, true);
    saveBrand(db, enterpriseId, ownerId, draft, true);
    expect(getBrand(db, enterpriseId)).toEqual({
      name: "Keripik Bu Siti",
      tagline: null,
      story: null,
      colours: ["#9a3412"],
      logoUploadId: null,
    });
    expect(getTaskRecord(db, enterpriseId, "brand")?.status).toBe("in_progress");
  });

  it("drops a logo that belongs to another enterprise", () => {
    const other = insertTestEnterprise(db);
    const theirs = insertUpload(other.enterprise.id);
    const saved = saveBrand(db, enterpriseId, ownerId, { ...full, logo: theirs }, true);
    expect(saved.logoUploadId).toBeNull();
    expect(brandRows()[0]?.logo_upload_id).toBeNull();
    expect(JSON.parse(events()[0]!.snapshot)).toMatchObject({ logoUploadId: null });
    expect(JSON.parse(taskRows()[0]!.answers)).toMatchObject({ logoUploadId: null });
  });

  it.each(["evidence", "product_photo"] as const)("drops an upload kept as %s, not as a logo", (purpose) => {
    const upload = insertUpload(enterpriseId, purpose);
    expect(saveBrand(db, enterpriseId, ownerId, { ...full, logo: upload }, true).logoUploadId).toBeNull();
    expect(brandRows()[0]?.logo_upload_id).toBeNull();
  });

  it("drops a logo id that is not stored at all", () => {
    const saved = saveBrand(db, enterpriseId, ownerId, { ...full, logo: "abcdefghijklmnopqrst" }, true);
    expect(saved.logoUploadId).toBeNull();
    expect(brandRows()[0]?.logo_upload_id).toBeNull();
  });

  it("leaves other enterprises' brands alone", () => {
    const other = insertTestEnterprise(db);
    saveBrand(db, other.enterprise.id, other.ownerId, { ...full, name: "Batik Sekar Jagad" }, true);
    saveBrand(db, enterpriseId, ownerId, draft, true);
    expect(getBrand(db, other.enterprise.id)).toMatchObject({ name: "Batik Sekar Jagad" });
    expect(getTaskRecord(db, other.enterprise.id, "brand")?.status).toBe("submitted");
    expect(getBrand(db, enterpriseId)).toMatchObject({ name: "Keripik Bu Siti" });
    expect(countRows(db, "enterprise_brand")).toBe(2);
  });

  it("writes nothing when the brand row is refused by the database", () => {
    // Longer than the column's CHECK allows (the schema would never let this through).
    const bad: BrandValues = { ...full, name: "x".repeat(61) };
    expect(() => saveBrand(db, enterpriseId, ownerId, bad, true)).toThrow(/CHECK constraint/);
    expect(brandRows()).toEqual([]);
    expect(taskRows()).toEqual([]);
    expect(events()).toEqual([]);
    expect(audits()).toEqual([]);
  });
});

describe("getBrand", () => {
  it("is null before the first save", () => {
    expect(getBrand(db, enterpriseId)).toBeNull();
  });

  it("round-trips what saveBrand wrote", () => {
    const logo = insertUpload(enterpriseId);
    const saved = saveBrand(db, enterpriseId, ownerId, { ...full, logo }, false);
    expect(getBrand(db, enterpriseId)).toEqual(saved);
  });

  it("reads back what the schema parsed from a posted form", () => {
    const logo = insertUpload(enterpriseId);
    const values = brandSchema.parse({
      intent: "finish",
      name: "  Batik Sekar Jagad ",
      tagline: "",
      story: "Batik tulis dari Solo.",
      logo,
      colour1: "#9A3412",
      colour2: "#FEF3C7",
      colour3: "#166534",
      colour4: "#1e3a8a",
      useColour1: "on",
      useColour3: "on",
      useColour4: "on",
    });
    saveBrand(db, enterpriseId, ownerId, values, true);
    expect(getBrand(db, enterpriseId)).toEqual({
      name: "Batik Sekar Jagad",
      tagline: null,
      story: "Batik tulis dari Solo.",
      colours: ["#9a3412", "#166534", "#1e3a8a"],
      logoUploadId: logo,
    } satisfies Brand);
  });

  it("loses the logo when its upload is deleted", () => {
    const logo = insertUpload(enterpriseId);
    saveBrand(db, enterpriseId, ownerId, { ...full, logo }, true);
    db.prepare("DELETE FROM upload WHERE id = ?").run(logo);
    expect(getBrand(db, enterpriseId)?.logoUploadId).toBeNull();
  });
});

describe("saveBrand keeps the brand in the trademark index", () => {
  it("adds the brand as an in-app mark with its classes, and renames it in place", async () => {
    const db = await createJourneyTestDb();
    const { ownerId, enterprise } = insertTestEnterprise(db);
    const values = {
      intent: "draft" as const,
      name: "Keripik Teh Siti",
      tagline: null,
      story: null,
      logo: null,
      colours: [],
    };
    saveBrand(db, enterprise.id, ownerId, values, false, [29, 30]);
    const row = () =>
      db.prepare("SELECT name, classes, status, source FROM trademark WHERE enterprise_id = ?").all(enterprise.id);
    expect(row()).toEqual([{ name: "Keripik Teh Siti", classes: "[29,30]", status: "in_app", source: "app" }]);
    saveBrand(db, enterprise.id, ownerId, { ...values, name: "Teh Siti" }, false, [29, 30]);
    expect(row()).toEqual([{ name: "Teh Siti", classes: "[29,30]", status: "in_app", source: "app" }]);
    saveBrand(db, enterprise.id, ownerId, { ...values, name: null }, false, [29, 30]);
    expect(row()).toEqual([]);
  });
});
