import { SESSION_LIFETIME_SECONDS } from "./session.server";

export const SESSION_COOKIE = "umkm_session";

/**
 * "; Secure" for every cookie the app sets, in production: the browser then sends it only over
 * HTTPS. INSECURE_COOKIES=1 turns it off for plain-HTTP runs on one machine (the demo, the e2e
 * server), where a Secure cookie would never come back.
 */
export function secureFlag(): string {
  return process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1" ? "; Secure" : "";
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_LIFETIME_SECONDS}${secureFlag()}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secureFlag()}`;
}

/** Reads one cookie's value from a Cookie header without decoding tricks. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
