import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL } from "../env";

// Pages are compressed as they are rendered and scripts and stylesheets come from the copies the
// build compressed (decision 0021). Raw HTTP here, because browsers and Playwright's request
// client decode bodies before a test can see what went over the wire.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "HTTP-level checks run once, in the js project");

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(path: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${E2E_BASE_URL}${path}`,
      { headers: acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
  });
}

function decode(raw: Raw): string {
  const encoding = raw.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(raw.body).toString();
  if (encoding === "gzip") return gunzipSync(raw.body).toString();
  return raw.body.toString();
}

test("a page goes out compressed in the encoding the browser prefers, and plain to a client that asks for none", async () => {
  const plain = await get("/");
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
  expect(plain.body.toString()).toContain("<!DOCTYPE html>");

  for (const [accept, expected] of [
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip", "gzip"],
  ] as const) {
    const raw = await get("/", accept);
    expect(raw.status).toBe(200);
    expect(raw.headers["content-encoding"]).toBe(expected);
    expect(raw.headers["content-type"]).toMatch(/^text\/html/);
    const html = decode(raw);
    expect(html).toContain("<!DOCTYPE html>");
    expect(html).toContain("</html>");
    expect(raw.body.length).toBeLessThan(html.length / 2);
  }
});

test("scripts and stylesheets are served from the build's compressed copies with their own type", async () => {
  const html = (await get("/")).body.toString();
  const script = /\/assets\/[\w.-]+\.js/.exec(html)?.[0];
  const stylesheet = /\/assets\/[\w.-]+\.css/.exec(html)?.[0];
  expect(script).toBeTruthy();
  expect(stylesheet).toBeTruthy();

  for (const [asset, type] of [
    [script!, /javascript/],
    [stylesheet!, /^text\/css/],
  ] as const) {
    const plain = await get(asset);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["cache-control"]).toMatch(/immutable/);
    for (const encoding of ["br", "gzip"] as const) {
      const raw = await get(asset, encoding);
      expect(raw.status).toBe(200);
      expect(raw.headers["content-encoding"]).toBe(encoding);
      expect(raw.headers["content-type"]).toMatch(type);
      expect(raw.headers.vary).toMatch(/Accept-Encoding/i);
      expect(raw.headers["cache-control"]).toMatch(/immutable/);
      expect(decode(raw)).toBe(plain.body.toString());
      expect(raw.body.length).toBeLessThan(plain.body.length);
    }
  }
});

test("a missing asset is still a 404, whatever the encoding asked for", async () => {
  expect((await get("/assets/no-such-file.js", "br")).status).toBe(404);
});
