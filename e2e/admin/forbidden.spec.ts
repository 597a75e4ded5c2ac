import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { createSession } from "../../app/lib/auth/session.server";
import { SESSION_COOKIE } from "../../app/lib/auth/cookie.server";
import { E2E_BASE_URL } from "../env";
import { expect, makeUser, test, testDb, type TestUser } from "../fixtures";

// Every route under /admin, read from the built app's route manifest, so a new admin page cannot be
// forgotten: owners and mentors get 403 from each loader and action, visitors are sent to sign in,
// and an administrator is let through (the control that shows the 403 is the role check's).
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "server-side guards: the js project covers them");

type ManifestRoute = {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  hasLoader: boolean;
  hasAction: boolean;
};

function adminRoutes() {
  const dir = path.resolve("build/client/assets");
  const file = fs.readdirSync(dir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new Error("build/client/assets has no Remix manifest: run npm run build first");
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as {
    routes: Record<string, ManifestRoute>;
  };
  const fullPath = (route: ManifestRoute): string => {
    const parent = route.parentId ? manifest.routes[route.parentId] : undefined;
    const own = route.path ?? "";
    const base = parent ? fullPath(parent) : "";
    return [base, own].filter(Boolean).join("/");
  };
  return Object.values(manifest.routes)
    .map((route) => ({
      ...route,
      url:
        "/" +
        fullPath(route)
          .replace(/:[A-Za-z]+/g, "1")
          .replace(/\*$/, ""),
    }))
    .filter((route) => route.url === "/admin" || route.url.startsWith("/admin/"));
}

async function client(user: TestUser | null): Promise<APIRequestContext> {
  const headers: Record<string, string> = { Origin: E2E_BASE_URL };
  if (user) headers.Cookie = `${SESSION_COOKIE}=${createSession(testDb(), user.id).token}`;
  return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: headers, maxRedirects: 0 });
}

test("owners and mentors get 403 from every loader and action under /admin; visitors are sent to sign in", async () => {
  const routes = adminRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(3);
  expect(routes.map((r) => r.url)).toContain("/admin/trademarks");

  const owner = await makeUser("owner");
  const mentor = await makeUser("mentor");
  const admin = await makeUser("admin");
  const clients = {
    owner: await client(owner),
    mentor: await client(mentor),
    admin: await client(admin),
    visitor: await client(null),
  };
  const form = { form: { intent: "x" } };

  for (const route of routes) {
    await test.step(route.url, async () => {
      if (route.hasLoader) {
        for (const role of ["owner", "mentor"] as const) {
          const response = await clients[role].get(route.url);
          expect(response.status(), `${role} GET ${route.url}`).toBe(403);
        }
        const visitor = await clients.visitor.get(route.url);
        expect(visitor.status(), `visitor GET ${route.url}`).toBeGreaterThanOrEqual(300);
        expect(visitor.status()).toBeLessThan(400);
        expect(visitor.headers().location ?? "").toMatch(/^\/login\?redirectTo=/);
        const allowed = await clients.admin.get(route.url);
        // 200, or 400/404 for a page that needs parameters or a real id: never 403, never a 5xx.
        expect([200, 400, 404], `admin GET ${route.url}`).toContain(allowed.status());
      }
      if (route.hasAction) {
        for (const role of ["owner", "mentor"] as const) {
          const response = await clients[role].post(route.url, form);
          expect(response.status(), `${role} POST ${route.url}`).toBe(403);
        }
        const visitor = await clients.visitor.post(route.url, form);
        expect(visitor.headers().location ?? "", `visitor POST ${route.url}`).toMatch(/^\/login\?redirectTo=/);
        const allowed = await clients.admin.post(route.url, form);
        expect(allowed.status(), `admin POST ${route.url}`).not.toBe(403);
        expect(allowed.status(), `admin POST ${route.url}`).toBeLessThan(500);
      }
    });
  }
  for (const c of Object.values(clients)) await c.dispose();
});
