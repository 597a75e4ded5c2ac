import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { CONSENT_DOCUMENT_KEYS, CONSENT_DOCUMENTS, type ConsentDocument } from "~/utils/privacy/documents";

/**
 * Records that a user accepted the current version of each document (the privacy notice also on
 * the user row, which the schema requires of every owner). Call inside the caller's transaction.
 */
export function recordConsents(
  db: Db,
  userId: number,
  documents: readonly ConsentDocument[] = CONSENT_DOCUMENT_KEYS,
  at = nowSeconds(),
): void {
  const insert = db.prepare(
    `INSERT INTO user_consent (user_id, document, version, accepted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id, document, version) DO NOTHING`,
  );
  for (const document of documents) insert.run(userId, document, CONSENT_DOCUMENTS[document].version, at);
  if (documents.includes("privacy")) {
    db.prepare("UPDATE user SET privacy_consent_version = ?, privacy_consent_at = ? WHERE id = ?").run(
      CONSENT_DOCUMENTS.privacy.version,
      at,
      userId,
    );
  }
}

/**
 * The documents whose current version this user has not accepted. Only owners are asked: staff
 * work with the data under their employment, not by consent.
 */
export function missingConsents(db: Db, userId: number): ConsentDocument[] {
  const user = db.prepare("SELECT role FROM user WHERE id = ?").get(userId) as { role: string } | undefined;
  if (!user || user.role !== "owner") return [];
  const accepted = db.prepare("SELECT 1 FROM user_consent WHERE user_id = ? AND document = ? AND version = ?");
  return CONSENT_DOCUMENT_KEYS.filter(
    (document) => accepted.get(userId, document, CONSENT_DOCUMENTS[document].version) === undefined,
  );
}

/** Accepts the documents still missing (the sign-in interstitial), with an audit entry. */
export function acceptMissingConsents(db: Db, userId: number, ip: string | null): ConsentDocument[] {
  return db.transaction(() => {
    const missing = missingConsents(db, userId);
    if (missing.length === 0) return missing;
    recordConsents(db, userId, missing);
    recordAudit(db, {
      actorUserId: userId,
      action: "privacy.consent",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: Object.fromEntries(missing.map((document) => [document, CONSENT_DOCUMENTS[document].version])),
    });
    return missing;
  })();
}

export type ConsentRecord = { document: string; version: string; acceptedAt: number };

export function consentHistory(db: Db, userId: number): ConsentRecord[] {
  return db
    .prepare(
      `SELECT document, version, accepted_at AS acceptedAt FROM user_consent WHERE user_id = ?
       ORDER BY accepted_at, id`,
    )
    .all(userId) as ConsentRecord[];
}
