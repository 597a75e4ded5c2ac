import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createCompressor, preferredEncoding } from "./compression.server";

describe("preferredEncoding", () => {
  it.each([
    [undefined, null],
    [null, null],
    ["", null],
    ["identity", null],
    ["deflate", null],
    ["gzip", "gzip"],
    ["x-gzip", "gzip"],
    ["br", "br"],
    // What Chrome sends.
    ["gzip, deflate, br, zstd", "br"],
    ["GZIP, BR", "br"],
    ["*", "br"],
  ] as const)("%j → %j", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it("follows the client's q-values", () => {
    expect(preferredEncoding("br;q=0.5, gzip;q=0.8")).toBe("gzip");
    expect(preferredEncoding("br;q=1.0, gzip;q=0.999")).toBe("br");
    expect(preferredEncoding("gzip; q=0.2, br ; q=0.1")).toBe("gzip");
  });

  it("never sends a coding the client refuses with q=0", () => {
    expect(preferredEncoding("br;q=0, gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(preferredEncoding("*;q=0")).toBeNull();
    expect(preferredEncoding("*, br;q=0")).toBe("gzip");
  });

  it("treats a malformed q-value as refusal rather than guessing", () => {
    expect(preferredEncoding("br;q=high, gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=1.5")).toBeNull();
  });
});

describe("createCompressor", () => {
  const page = `<!DOCTYPE html><html lang="id"><body>${"<p>Belum dimulai</p>".repeat(2000)}</body></html>`;

  async function roundTrip(encoding: "br" | "gzip"): Promise<Buffer> {
    const compressor = createCompressor(encoding);
    const chunks: Buffer[] = [];
    compressor.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => compressor.on("end", resolve));
    compressor.end(page);
    await done;
    return Buffer.concat(chunks);
  }

  it("writes Brotli that decodes to the page, much smaller", async () => {
    const compressed = await roundTrip("br");
    expect(brotliDecompressSync(compressed).toString()).toBe(page);
    expect(compressed.length).toBeLessThan(page.length / 10);
  });

  it("writes gzip that decodes to the page, much smaller", async () => {
    const compressed = await roundTrip("gzip");
    expect(gunzipSync(compressed).toString()).toBe(page);
    expect(compressed.length).toBeLessThan(page.length / 10);
  });
});
