import { data, redirect } from "@remix-run/node";
import { getDb } from "../db.server";
import { readCookie, SESSION_COOKIE } from "./cookie.server";
import type { Session, SessionUser } from "./session.server";
import { validateSessionToken } from "./session.server";
import type { Role } from "~/utils/roles";

export type CurrentSession = { session: Session; user: SessionUser; renewed: boolean } | null;

// One validation per request, however many loaders ask.
const cache = new WeakMap<Request, CurrentSession>();

export function getSession(request: Request): CurrentSession {
  if (cache.has(request)) return cache.get(request)!;
  const token = readCookie(request, SESSION_COOKIE);
  const result = token ? validateSessionToken(getDb(), token) : null;
  const current = result ?? null;
  cache.set(request, current);
  return current;
}

export function getUser(request: Request): SessionUser | null {
  return getSession(request)?.user ?? null;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(request: Request): SessionUser {
  return getUser(request) ?? loginRedirect(request);
}

/** The signed-in user when their role is one of `roles`; otherwise a friendly 403. */
export function requireRole(request: Request, ...roles: Role[]): SessionUser {
  const user = requireUser(request);
  if (!roles.includes(user.role)) {
    throw data({ reason: "role" as const }, { status: 403 });
  }
  return user;
}
