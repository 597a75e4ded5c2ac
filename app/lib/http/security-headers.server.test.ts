import { afterEach, describe, expect, it, vi } from "vitest";
import { clearedSessionCookie, sessionCookie } from "../auth/cookie.server";
import { localeCookie } from "../i18n/locale.server";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers.server";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("lets scripts run only from this origin or with the nonce, never inline", () => {
    const policy = directives(contentSecurityPolicy("abc123=="));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(contentSecurityPolicy("abc123==")).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    // <style> elements only from this origin; style attributes (progress bars, brand colours) allowed.
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("is relaxed for the Vite dev server only", () => {
    const policy = directives(contentSecurityPolicy("n", { development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-inline'");
    expect(policy.get("connect-src")).toContain("ws:");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(securityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
  });

  it("turns off sniffing, framing, referrers to other sites and unused features", () => {
    const headers = securityHeaders({ production: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment"])
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
  });
});

describe("cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  const cookies = () => [sessionCookie("id.secret"), clearedSessionCookie(), localeCookie("en")];

  it("are Secure in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("INSECURE_COOKIES", "");
    for (const cookie of cookies()) expect(cookie).toMatch(/; Secure$/);
    expect(sessionCookie("id.secret")).toContain("HttpOnly; SameSite=Lax");
  });

  it("are not Secure for a plain-HTTP run (INSECURE_COOKIES=1) or in development", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("INSECURE_COOKIES", "1");
    for (const cookie of cookies()) expect(cookie).not.toContain("Secure");
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("INSECURE_COOKIES", "");
    for (const cookie of cookies()) expect(cookie).not.toContain("Secure");
  });
});
