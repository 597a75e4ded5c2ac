import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { sessionCookie } from "../auth/cookie.server";
import { requestNow } from "../clock.server";
import { getDb } from "../db.server";
import { readFormData } from "../http/form.server";
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
    { state: status, holder: null, result: undefined },
    { status: status === "unknown" ? 404 : 410, headers: PRIVATE_HEADERS },
  );
}

export function linkPageLoader(request: Request, secret: string, purpose: LinkPurpose) {
  const { now } = requestNow(request);
  const link = findAccountLink(getDb(), secret, purpose, now);
  if (link.status !== "valid") return unusable(link.status);
  const { fullName, email, role } = link.user;
  return data(
    { state: "valid" as const, holder: { fullName, email, role, expiresAt: link.expiresAt }, result: undefined },
    { headers: PRIVATE_HEADERS },
  );
}

export async function linkPageAction(request: Request, secret: string, purpose: LinkPurpose, ip: string | null) {
  const { now } = requestNow(request);
  const db = getDb();
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: linkPasswordSchema });
  if (submission.status !== "success") {
    const link = findAccountLink(db, secret, purpose, now);
    if (link.status !== "valid") return unusable(link.status);
    const { fullName, email, role } = link.user;
    return data(
      {
        state: "valid" as const,
        holder: { fullName, email, role, expiresAt: link.expiresAt },
        result: submission.reply({ hideFields: ["password"] }),
      },
      { status: 400, headers: PRIVATE_HEADERS },
    );
  }
  const result = await setPasswordWithLink(db, secret, purpose, submission.value.password, ip, now);
  if (!result.ok) return unusable(result.status);
  throw redirect(homePathFor(result.role), { headers: { "Set-Cookie": sessionCookie(result.sessionToken) } });
}
