import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "../env";

// Requests nikto sent that the server answered with a 500 (docs/security.md §9). A browser never
// sends them, so they go out through node:http exactly as written.
function send(method: string, target: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; allow: string | undefined }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: E2E_PORT, method, path: target, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a path with a backslash is not found, in both languages, instead of a server error", async () => {
  for (const target of ["/%5c", "/%5C/", "//%5c", "/\\/", "/owner/%5c"]) {
    const res = await send("GET", target);
    expect(res.status, target).toBe(404);
    expect(res.body).toContain("Halaman tidak ditemukan.");
    expect(res.body).toContain("Page not found.");
  }
});

test("a request target that is not a path, or a Host that is not a host, is a bad request", async () => {
  for (const [target, headers] of [
    ["http://example.com/login", {}],
    ["*", {}],
    ["/login", { Host: "a:99999" }],
    ["/login", { Host: "bad host" }],
    ["/login", { "X-Forwarded-Host": "a:99999" }],
  ] as const) {
    const res = await send("GET", target, headers);
    expect(res.status, `${target} ${JSON.stringify(headers)}`).toBe(400);
    expect(res.body).toContain("Permintaan tidak valid.");
  }
});

test("OPTIONS * lists the methods the server takes", async () => {
  const res = await send("OPTIONS", "*");
  expect(res.status).toBe(204);
  expect(res.allow).toBe("GET, HEAD, POST");
});

test("a path with broken percent-encoding gets a short bilingual 400, not Express's English page", async () => {
  const res = await send("GET", "/%a%s%p%d");
  expect(res.status).toBe(400);
  expect(res.body).toContain("Permintaan tidak valid.");
  expect(res.body).toContain("Bad request.");
  expect(res.body).not.toContain("<pre>");
});

test("ordinary pages still open", async () => {
  const res = await send("GET", "/login");
  expect(res.status).toBe(200);
  expect(res.body).toContain("<html");
});
