import { randomUUID } from "node:crypto";
import { expect, test, testDb } from "../fixtures";

// An HTTP-level check: run once, not per browser project.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "HTTP-level test");

test("a POST from another site is refused before any action runs", async ({ request }) => {
  const email = `csrf-${randomUUID().slice(0, 8)}@e2e.test`;
  const form = {
    fullName: "Penyerang",
    email,
    phone: "081234567899",
    password: "kata sandi panjang",
    consent: "on",
  };
  const foreign = await request.post("/register", {
    form,
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  const crossSite = await request.post("/register", {
    form,
    headers: { "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  const logout = await request.post("/logout", { headers: { Origin: "null" }, maxRedirects: 0 });
  expect(logout.status()).toBe(403);
  expect(testDb().prepare("SELECT count(*) FROM user WHERE email = ?").pluck().get(email)).toBe(0);

  // The same request from our own origin goes through (and registers), proving the check is what refused it.
  const own = await request.post("/register", {
    form,
    headers: { Origin: new URL(test.info().project.use.baseURL!).origin },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(302);
  expect(testDb().prepare("SELECT count(*) FROM user WHERE email = ?").pluck().get(email)).toBe(1);
});

test("a request body that is not a form gets a 400, not a 500", async ({ request, baseURL }) => {
  const response = await request.post("/login", {
    data: { identifier: "x" },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(response.status()).toBeLessThan(500);
});
