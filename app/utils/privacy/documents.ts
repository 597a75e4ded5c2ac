/**
 * The notices a user accepts, with their current versions: the one place they are set. Raising a
 * version here (with the new text in app/utils/i18n/messages/privacy.*.ts) makes every owner who
 * accepted an older one accept again at their next sign-in (/consent).
 */
export const CONSENT_DOCUMENTS = {
  privacy: { version: "2026-11-privacy-v1", publishedOn: "2026-11-01" },
  terms: { version: "2026-12-terms-v1", publishedOn: "2026-12-03" },
} as const;

export type ConsentDocument = keyof typeof CONSENT_DOCUMENTS;

export const CONSENT_DOCUMENT_KEYS = Object.keys(CONSENT_DOCUMENTS) as ConsentDocument[];

/** How many days an administrator normally takes to complete a deletion request (shown to the owner). */
export const DELETION_DAYS = 3;
