import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { sessionCookie } from "../auth/cookie.server";
import { requestNow } from "../clock.server";
import { getDb } from "../db.server";
import { readFormData } from "../http/form.server";
import {
  checkLimits,
  minutesToWait,
  takeLimits,
  tooManyRequests,
  type LimitHit,
} from "../rate-limit/rate-limit.server";
import { findAccountLink, setPasswordWithLink } from "./links.server";
import type { LinkPurpose } from "~/utils/accounts/links";
import { homePathFor } from "~/utils/roles";
import { linkPasswordSchema } from "~/utils/validation/staff";

// The loader and action behind /invite/$token and /reset/$token. A link that cannot be used
// gets its own page with 410 (used or expired) or 404 (unknown), never an error page.

// The secret is in the address: keep the page out of caches and out of Referer headers.
const PRIVATE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

function unusable(status: "used" | "expired" | "unknown") {
  return data(
    { state: status, holder: null, result: undefined, retryMinutes: null },
    { status: status === "unknown" ? 404 : 410, headers: PRIVATE_HEADERS },
  );
}

// Guessing secrets: an address that has asked for too many unknown links is refused (429) before
// any link is looked up, so the answer says nothing about the link. Only unknown secrets count:
// a used or expired link is a real one that a person opened late.
function limited(retryAfterSeconds: number) {
  return data(
    { state: "limited" as const, holder: null, result: undefined, retryMinutes: minutesToWait(retryAfterSeconds) },
    tooManyRequests(retryAfterSeconds, PRIVATE_HEADERS),
  );
}

function linkHit(ip: string | null): LimitHit {
  return { limit: "link.ip", subject: ip ?? "unknown" };
}

type Lookup = ReturnType<typeof findAccountLink>;

/** Looks the link up unless this address is closed; an unknown secret counts against the address. */
function lookUp(secret: string, purpose: LinkPurpose, ip: string | null, now: number) {
  const db = getDb();
  const closed = checkLimits(db, [linkHit(ip)]);
  if (!closed.ok) return { refused: limited(closed.retryAfterSeconds) } as const;
  const link: Lookup = findAccountLink(db, secret, purpose, now);
  if (link.status === "unknown") takeLimits(db, [linkHit(ip)]);
  return { link } as const;
}

export function linkPageLoader(request: Request, secret: string, purpose: LinkPurpose, ip: string | null) {
  const { now } = requestNow(request);
  const lookup = lookUp(secret, purpose, ip, now);
  if (lookup.refused) return lookup.refused;
  const { link } = lookup;
  if (link.status !== "valid") return unusable(link.status);
  const { fullName, email, role } = link.user;
  return data(
    {
      state: "valid" as const,
      holder: { fullName, email, role, expiresAt: link.expiresAt },
      result: undefined,
      retryMinutes: null,
    },
    { headers: PRIVATE_HEADERS },
  );
}

export async function linkPageAction(request: Request, secret: string, purpose: LinkPurpose, ip: string | null) {
  const { now } = requestNow(request);
  const db = getDb();
  const formData = await readFormData(request);
  const lookup = lookUp(secret, purpose, ip, now);
  if (lookup.refused) return lookup.refused;
  const { link } = lookup;
  if (link.status !== "valid") return unusable(link.status);
  const submission = parseWithZod(formData, { schema: linkPasswordSchema });
  if (submission.status !== "success") {
    const { fullName, email, role } = link.user;
    return data(
      {
        state: "valid" as const,
        holder: { fullName, email, role, expiresAt: link.expiresAt },
        result: submission.reply({ hideFields: ["password"] }),
        retryMinutes: null,
      },
      { status: 400, headers: PRIVATE_HEADERS },
    );
  }
  const result = await setPasswordWithLink(db, secret, purpose, submission.value.password, ip, now);
  if (!result.ok) return unusable(result.status);
  throw redirect(homePathFor(result.role), { headers: { "Set-Cookie": sessionCookie(result.sessionToken) } });
}
