import type { APIResponse } from "@playwright/test";
import { E2E_BASE_URL } from "../env";
import { expect, signIn, test } from "../fixtures";

// Security headers (docs/security.md §4, decision 0024), checked on the wire: an HTML page, a CSV
// export, a script from the build, the open-data JSON and an error page.

/** Sent with every response, whatever it is. */
function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  const where = response.url();
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("same-origin");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["cross-origin-opener-policy"], where).toBe("same-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(headers["permissions-policy"], where).toContain(`${feature}=()`);
  // The e2e server runs the production build (NODE_ENV=production), over plain HTTP, where
  // browsers ignore HSTS; behind HTTPS it pins the site to HTTPS for a year.
  expect(headers["strict-transport-security"], where).toBe("max-age=31536000; includeSubDomains");
  expect(headers["x-powered-by"], where).toBeUndefined();
  expect(
    Object.keys(headers).filter((name) => /^x-remix-(catch|error)$/.test(name)),
    where,
  ).toEqual([]);
}

function policyOf(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"];
  expect(header, `${response.url()} has a Content-Security-Policy`).toBeTruthy();
  return new Map(
    header!.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The nonce in the policy, which every <script> of the page carries and no other page shares. */
function nonceOf(policy: Map<string, string[]>): string {
  const sources = policy.get("script-src") ?? [];
  const nonces = sources.filter((s) => s.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  return nonces[0]!.slice("'nonce-".length, -1);
}

test("an HTML page carries a strict Content-Security-Policy whose fresh nonce is on every script", async ({ page }) => {
  const first = await page.request.get("/login");
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expectCommonHeaders(first);
  const policy = policyOf(first);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/)]);
  expect(policy.get("style-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(first.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);

  const nonce = nonceOf(policy);
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  // Remix's context, the route modules, single fetch's streamed data and <ScrollRestoration>.
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = await page.request.get("/login");
  const secondNonce = nonceOf(policyOf(second));
  expect(secondNonce).not.toBe(nonce);
  expect(await second.text()).not.toContain(nonce);
});

test("pages rendered by the error boundary carry the policy too", async ({ page }) => {
  const missing = await page.request.get("/tidak-ada-halaman-ini");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing);
  const nonce = nonceOf(policyOf(missing));
  for (const tag of (await missing.text()).match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
});

test("a CSV export, a script from the build and the open-data JSON carry the same headers", async ({
  page,
  context,
  mentor,
}) => {
  await signIn(context, mentor);
  const csv = await page.request.get("/mentor/sessions.csv?month=2026-11");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="sesi-pendampingan-2026-11.csv"');
  expect(csv.headers()["cache-control"]).toBe("private, no-store");
  expect(csv.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  expectCommonHeaders(csv);

  const html = await (await page.request.get("/login")).text();
  const asset = html.match(/\/assets\/[\w.-]+\.js/)?.[0];
  expect(asset, "the page loads a script from /assets").toBeTruthy();
  const script = await page.request.get(asset!);
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toMatch(/^(text|application)\/javascript/);
  expect(script.headers()["cache-control"]).toContain("immutable");
  expect(script.headers()["cross-origin-resource-policy"]).toBe("same-origin");
  expectCommonHeaders(script);

  // A resource route's 404 (an upload that does not exist): Remix's marker header is dropped.
  const missing = await page.request.get("/uploads/readme.txt");
  expect(missing.status()).toBe(404);
  expectCommonHeaders(missing);

  const icon = await page.request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expectCommonHeaders(icon);

  // Open data is meant for every site: CORS and Cross-Origin-Resource-Policy say so.
  const json = await page.request.get("/api/stats/provinces.json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(json.headers()["access-control-allow-origin"]).toBe("*");
  expect(json.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  expectCommonHeaders(json);
});

test("the session cookie is HttpOnly and SameSite=Lax (Secure in production, not on this plain-HTTP server)", async ({
  page,
  owner,
}) => {
  const response = await page.request.post("/login", {
    form: { identifier: owner.email, password: owner.password },
    headers: { Origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect([302, 303]).toContain(response.status());
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie")?.value ?? "";
  expect(cookie).toMatch(/^umkm_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
  // INSECURE_COOKIES=1 on the e2e server; without it production cookies end in "; Secure"
  // (app/lib/http/security-headers.server.test.ts).
  expect(cookie).not.toContain("Secure");
});
