import { beforeEach, describe, expect, it } from "vitest";
import { createUser, registerOwner } from "../accounts/accounts.server";
import type { Db } from "../db.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { CONSENT_DOCUMENTS } from "~/utils/privacy/documents";
import { acceptMissingConsents, consentHistory, missingConsents, recordConsents } from "./consent.server";

let db: Db;
beforeEach(() => {
  db = createTestDb();
});

describe("consent versions", () => {
  it("registration records the current privacy notice and terms with the time", async () => {
    const result = await registerOwner(
      db,
      {
        fullName: "Siti",
        email: "siti@contoh.id",
        phone: "+6281234567890",
        password: "kopi-susu-gula-aren",
        locale: "id",
      },
      null,
    );
    if (!result.ok) throw new Error("registration failed");
    const history = consentHistory(db, result.userId);
    expect(history.map(({ document, version }) => ({ document, version }))).toEqual([
      { document: "privacy", version: CONSENT_DOCUMENTS.privacy.version },
      { document: "terms", version: CONSENT_DOCUMENTS.terms.version },
    ]);
    expect(history[0]!.acceptedAt).toBeGreaterThan(0);
    expect(missingConsents(db, result.userId)).toEqual([]);
  });

  it("asks an owner again for a document whose version changed, and records the acceptance once", () => {
    const ownerId = insertTestUser(db, { role: "owner" });
    // accepted an older privacy notice and no terms
    db.prepare(
      "INSERT INTO user_consent (user_id, document, version, accepted_at) VALUES (?, 'privacy', 'old-v0', 1)",
    ).run(ownerId);
    expect(missingConsents(db, ownerId)).toEqual(["privacy", "terms"]);
    expect(acceptMissingConsents(db, ownerId, "203.0.113.1")).toEqual(["privacy", "terms"]);
    expect(missingConsents(db, ownerId)).toEqual([]);
    expect(acceptMissingConsents(db, ownerId, "203.0.113.1")).toEqual([]);
    const versions = consentHistory(db, ownerId).map((c) => `${c.document}:${c.version}`);
    expect(versions).toEqual([
      "privacy:old-v0",
      `privacy:${CONSENT_DOCUMENTS.privacy.version}`,
      `terms:${CONSENT_DOCUMENTS.terms.version}`,
    ]);
    const user = db.prepare("SELECT privacy_consent_version FROM user WHERE id = ?").pluck().get(ownerId);
    expect(user).toBe(CONSENT_DOCUMENTS.privacy.version);
    const audit = db
      .prepare("SELECT details FROM audit_log WHERE action = 'privacy.consent'")
      .pluck()
      .all() as string[];
    expect(audit.map((d) => JSON.parse(d))).toEqual([
      { privacy: CONSENT_DOCUMENTS.privacy.version, terms: CONSENT_DOCUMENTS.terms.version },
    ]);
  });

  it("does not ask staff, and records nothing twice", async () => {
    const mentorId = await createUser(db, {
      role: "mentor",
      fullName: "Budi",
      email: "budi@contoh.id",
      phone: null,
      password: "kopi-susu-gula-aren",
    });
    expect(missingConsents(db, mentorId)).toEqual([]);
    expect(consentHistory(db, mentorId)).toEqual([]);
    const ownerId = insertTestUser(db, { role: "owner" });
    recordConsents(db, ownerId);
    recordConsents(db, ownerId);
    expect(consentHistory(db, ownerId)).toHaveLength(2);
  });
});
