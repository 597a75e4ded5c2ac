import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { recordAudit } from "../audit.server";
import { hashPassword } from "../auth/password.server";
import { createSession, invalidateUserSessions } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import {
  accountLinkMessage,
  accountLinkPath,
  accountLinkSubject,
  INVITATION_LIFETIME_DAYS,
  RESET_LIFETIME_HOURS,
  type IssuedLink,
  type LinkPurpose,
} from "~/utils/accounts/links";
import type { Role } from "~/utils/roles";

// One-time links (an invitation to set a first password, or a password reset). The secret is
// shown to the administrator once; only its SHA-256 is stored, so a copy of the database
// cannot be turned into working links.

const LIFETIME_SECONDS: Record<LinkPurpose, number> = {
  invitation: INVITATION_LIFETIME_DAYS * 24 * 60 * 60,
  password_reset: RESET_LIFETIME_HOURS * 60 * 60,
};

/** 160 random bits, in lower-case base32 (32 characters, safe in a URL path). */
function randomSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Buffer {
  return Buffer.from(sha256(new TextEncoder().encode(secret)));
}

/** A secret as it can appear in a link: anything else is unknown without a database lookup. */
function wellFormed(secret: string): boolean {
  return /^[a-z2-7]{32}$/.test(secret);
}

/**
 * Stores a new link for the user and returns its secret. Any earlier unused link of the same
 * purpose stops working, so only the newest link handed out can be used. Call inside the
 * transaction of the change that asks for the link.
 */
export function issueAccountLink(
  db: Db,
  userId: number,
  purpose: LinkPurpose,
  createdBy: number | null,
  now = nowSeconds(),
): { secret: string; expiresAt: number } {
  db.prepare("DELETE FROM user_token WHERE user_id = ? AND purpose = ? AND used_at IS NULL").run(userId, purpose);
  const secret = randomSecret();
  const expiresAt = now + LIFETIME_SECONDS[purpose];
  db.prepare(
    `INSERT INTO user_token (user_id, purpose, token_hash, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(userId, purpose, hashSecret(secret), createdBy, now, expiresAt);
  return { secret, expiresAt };
}

export type LinkHolder = { userId: number; fullName: string; email: string; role: Role; invited: boolean };

export type LinkLookup =
  | { status: "valid"; tokenId: number; expiresAt: number; user: LinkHolder }
  // used: opened once already; expired: too old, or the account was deactivated since
  | { status: "used" | "expired" }
  | { status: "unknown" };

type TokenRow = {
  id: number;
  expires_at: number;
  used_at: number | null;
  user_id: number;
  full_name: string;
  email: string;
  role: Role;
  is_active: number;
  invited_at: number | null;
};

/** What a link's secret opens, if anything. Links of the other purpose are unknown here. */
export function findAccountLink(db: Db, secret: string, purpose: LinkPurpose, now = nowSeconds()): LinkLookup {
  if (!wellFormed(secret)) return { status: "unknown" };
  const row = db
    .prepare(
      `SELECT t.id, t.expires_at, t.used_at, u.id AS user_id, u.full_name, u.email, u.role, u.is_active, u.invited_at
         FROM user_token t JOIN user u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.purpose = ?`,
    )
    .get(hashSecret(secret), purpose) as TokenRow | undefined;
  if (!row) return { status: "unknown" };
  if (row.used_at !== null) return { status: "used" };
  if (row.expires_at <= now || row.is_active !== 1) return { status: "expired" };
  return {
    status: "valid",
    tokenId: row.id,
    expiresAt: row.expires_at,
    user: {
      userId: row.user_id,
      fullName: row.full_name,
      email: row.email,
      role: row.role,
      invited: row.invited_at !== null,
    },
  };
}

export type UseLinkResult =
  | { ok: true; userId: number; role: Role; sessionToken: string }
  | { ok: false; status: "used" | "expired" | "unknown" };

/**
 * Sets the password a link allows and signs the user in, in one transaction: the password,
 * the end of the invitation, the link marked used, the audit entry and the new session. A reset
 * also ends every other session of the user. The link is checked again inside the transaction,
 * so two submissions of one link cannot both succeed.
 */
export async function setPasswordWithLink(
  db: Db,
  secret: string,
  purpose: LinkPurpose,
  password: string,
  ip: string | null,
  now = nowSeconds(),
): Promise<UseLinkResult> {
  const before = findAccountLink(db, secret, purpose, now);
  if (before.status !== "valid") return { ok: false, status: before.status };
  const passwordHash = await hashPassword(password);
  return db.transaction((): UseLinkResult => {
    const link = findAccountLink(db, secret, purpose, now);
    if (link.status !== "valid") return { ok: false, status: link.status };
    const { userId, role } = link.user;
    db.prepare("UPDATE user SET password_hash = ?, invited_at = NULL, updated_at = ? WHERE id = ?").run(
      passwordHash,
      now,
      userId,
    );
    db.prepare("UPDATE user_token SET used_at = ? WHERE id = ?").run(now, link.tokenId);
    // Any other open link for this account is void once a password has been chosen.
    db.prepare("DELETE FROM user_token WHERE user_id = ? AND used_at IS NULL").run(userId);
    if (purpose === "password_reset") invalidateUserSessions(db, userId);
    const { token } = createSession(db, userId, now);
    recordAudit(
      db,
      {
        actorUserId: userId,
        action: purpose === "invitation" ? "account.invitation_accepted" : "account.password_reset",
        subjectType: "user",
        subjectId: userId,
        ip,
      },
      now,
    );
    return { ok: true, userId, role, sessionToken: token };
  })();
}

/**
 * The full address of a link, for copying into WhatsApp or email: PUBLIC_ORIGIN when the app
 * runs behind a proxy, else the origin the administrator is using.
 */
export function accountLinkUrl(request: Request, purpose: LinkPurpose, secret: string): string {
  const origin = process.env.PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return `${origin}${accountLinkPath(purpose, secret)}`;
}

/** A link as the administrator's page shows it once, with its Indonesian message and subject. */
export function issuedLink(
  purpose: LinkPurpose,
  url: string,
  account: { fullName: string; email: string; phone: string | null },
): IssuedLink {
  return {
    purpose,
    url,
    fullName: account.fullName,
    email: account.email,
    phone: account.phone,
    message: accountLinkMessage(purpose, account.fullName, url),
    subject: accountLinkSubject(purpose),
  };
}
