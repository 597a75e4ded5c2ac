import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { createJourneyTestDb } from "../test-db.server";
import { buildDataExport, exportOwnData } from "./export.server";
import { OTHER, seedOwnerWithEverything, SITI, type SeededOwner } from "./test-owner.server";

let db: Db;
let seeded: SeededOwner;
let uploadDir: string;
const ORIGIN = "https://umkm.example.id";

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-export-"));
  process.env.UPLOAD_DIR = uploadDir;
  db = await createJourneyTestDb({ regions: true });
  seeded = seedOwnerWithEverything(db);
});

afterAll(() => {
  fs.rmSync(uploadDir, { recursive: true, force: true });
  delete process.env.UPLOAD_DIR;
});

describe("buildDataExport", () => {
  it("holds the owner's account, enterprise, tasks, brand, products, uploads, messages and sessions", () => {
    const data = buildDataExport(db, seeded.ownerId, { origin: ORIGIN });
    expect(data.account).toMatchObject({
      id: seeded.ownerId,
      role: "owner",
      fullName: SITI.fullName,
      email: SITI.email,
      phone: SITI.phone,
    });
    expect(data.consents.map((c) => c.document).sort()).toEqual(["privacy", "terms"]);
    if (!("brand" in data)) throw new Error("the enterprise is missing from the export");
    expect(data.enterprise).toMatchObject({
      id: seeded.enterpriseId,
      name: SITI.enterpriseName,
      address: SITI.address,
      provinceName: "Jawa Barat",
      regencyCode: "32.05",
      sizeClass: "mikro",
      capitalRupiah: 25000000,
      categories: ["craft", "processed_food"],
      baselineChannels: ["whatsapp"],
      mentor: { name: "Budi Pendamping" },
    });
    expect(data.legality).toEqual({
      nib: { status: "have", number: SITI.nib },
      npwp: { status: "have", number: SITI.nik },
    });
    expect(data.trademarkPlan).toMatchObject({ trademark: { status: "planned" } });
    expect(data.onlineChannels).toMatchObject({ shopee: { status: "first_sale" } });
    expect(data.brand).toMatchObject({ name: SITI.brandName, colours: ["#9a3412", "#fef3c7"] });
    expect(data.brandChecks).toHaveLength(1);
    expect(data.brandChecks[0]).toMatchObject({ name: SITI.brandName, classes: [30] });
    expect(data.products).toHaveLength(1);
    expect(data.products[0]).toMatchObject({ name: "Keripik Kenanga", priceRupiah: 15000 });
    expect(data.products[0]!.photoUploadIds).toEqual([seeded.uploadIds[1]]);
    expect(data.uploads.map((u) => u.url).sort()).toEqual(
      seeded.uploadIds.map((id) => `${ORIGIN}/uploads/${id}`).sort(),
    );
    expect(data.tasks.map((t) => t.task).sort()).toEqual(
      ["brand", "channels", "final_review", "ip", "legality", "products", "profile"].sort(),
    );
    // task submissions with what was sent, and the mentor's review comments addressed to her
    expect(data.taskHistory.filter((e) => e.action === "submit")).toHaveLength(2);
    expect(data.taskHistory.find((e) => e.action === "submit")?.answersSent).toMatchObject({
      npwp: { number: SITI.nik },
    });
    expect(data.taskHistory.find((e) => e.action === "request_changes")).toMatchObject({
      comment: "NPWP belum lengkap",
      by: { role: "mentor", name: "Budi Pendamping" },
    });
    expect(data.messages.map((m) => m.body)).toEqual([SITI.message, `Sudah, Bu ${SITI.fullName}.`]);
    expect(data.mentoringSessions).toHaveLength(1);
    expect(data.mentoringSessions[0]).toMatchObject({ sharedNotes: SITI.sharedNote, mentorName: "Budi Pendamping" });
    expect(data.impact).toHaveLength(1);
    expect(data.notifications.map((n) => n.kind)).toEqual(["approved"]);
    expect(data.activity.map((a) => a.action)).toContain("auth.login");
  });

  it("never holds mentors' private notes, secrets, or another enterprise's data", () => {
    const text = JSON.stringify(buildDataExport(db, seeded.ownerId, { origin: ORIGIN }));
    expect(text).not.toContain("Catatan pribadi");
    expect(text).not.toContain("lanjutan");
    expect(text).not.toMatch(/privateNote/i);
    expect(text).not.toMatch(/password|secret_hash|argon2/i);
    expect(text).not.toContain(OTHER.fullName);
    expect(text).not.toContain(OTHER.email);
    expect(text).not.toContain(OTHER.secret);
    expect(text).not.toContain(OTHER.enterpriseName);
    // the mentor's email and the search copies kept on the enterprise row stay out too
    expect(text).not.toContain("budi.mentor@contoh.id");
    expect(text).not.toMatch(/search_text|searchText|owner_phone/);
  });

  it("exports an owner without an enterprise yet, and records the export in the audit log", () => {
    const data = exportOwnData(db, seeded.otherOwnerId, { origin: ORIGIN, ip: "198.51.100.4" });
    expect(data.account.fullName).toBe(OTHER.fullName);
    const audit = db
      .prepare("SELECT actor_user_id, subject_id, ip, details FROM audit_log WHERE action = 'privacy.export'")
      .all();
    expect(audit).toEqual([
      {
        actor_user_id: seeded.otherOwnerId,
        subject_id: String(seeded.otherOwnerId),
        ip: "198.51.100.4",
        details: null,
      },
    ]);
  });
});
