import { describe, expect, it } from "vitest";
import { exportLine, flag, jsAssetsInHtml, markdownTable, percentile, ratio, type TargetResult } from "./report";

describe("percentile", () => {
  it("takes the nearest rank of the sorted samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
  });

  it("works on a handful of samples and is NaN for none", () => {
    expect(percentile([7, 3, 5], 50)).toBe(5);
    expect(percentile([7, 3, 5], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe("ratio to the blank page", () => {
  it("divides by the baseline", () => {
    expect(ratio(500, 1000)).toBe(0.5);
  });
  it("is null without a usable baseline", () => {
    expect(ratio(500, 0)).toBeNull();
    expect(ratio(500, null)).toBeNull();
    expect(ratio(500, Number.NaN)).toBeNull();
  });
});

describe("JavaScript a page loads", () => {
  it("finds module preloads, script sources and the inline entry import, each once", () => {
    const html = `<!DOCTYPE html><html><head>
      <link rel="modulepreload" href="/assets/manifest-abc123.js"/>
      <link rel="modulepreload" href="/assets/entry.client-X_y-1.js"/>
      <link rel="modulepreload" href="/assets/components-Z9.js"/>
      <link rel="stylesheet" href="/assets/root-1.css"/>
      <link rel="icon" href="/favicon.ico"/>
      </head><body>
      <script type="module" src="/assets/extra.mjs"></script>
      <script type="module">import "/assets/manifest-abc123.js";
      import * as route0 from "/assets/root-Q.js";
      import("/assets/entry.client-X_y-1.js");</script>
      <script>window.__remixManifest={"routes":{"routes/_index":{"module":"/assets/_index-N.js"}}};</script>
      <script src="https://example.com/assets/other.js"></script>
      </body></html>`;
    expect(jsAssetsInHtml(html)).toEqual([
      "assets/manifest-abc123.js",
      "assets/entry.client-X_y-1.js",
      "assets/components-Z9.js",
      "assets/extra.mjs",
      "assets/root-Q.js",
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(jsAssetsInHtml("<p>/assets/readme.js is mentioned in text</p>")).toEqual([]);
  });
});

describe("markdown table", () => {
  const row: TargetResult = {
    name: "Owner task list",
    path: "/owner",
    connections: 10,
    reqPerSec: 412.34,
    ratio: 0.456,
    p50: 8.04,
    p95: 21.6,
    p99: 35.2,
    requests: 4123,
    non2xx: 0,
    errors: 0,
    jsGzipBytes: 98_765,
    peakRssBytes: 201 * 1024 * 1024,
  };

  it("has a header and one row per result with rounded figures", () => {
    const table = markdownTable([
      row,
      { ...row, name: "Blank page", ratio: null, jsGzipBytes: null, peakRssBytes: 0 },
    ]).split("\n");
    expect(table).toHaveLength(4);
    expect(table[0]).toContain("| Page | Conn. | req/s | × blank | p50 ms | p95 ms | p99 ms |");
    expect(table[2]).toBe("| Owner task list | 10 | 412 | 46% | 8.0 | 22 | 35 | 0 | 0 | 96.5 | 201 |");
    expect(table[3]).toBe("| Blank page | 10 | 412 | – | 8.0 | 22 | 35 | 0 | 0 | – | – |");
  });

  it("describes the export with its rows, times and memory", () => {
    expect(
      exportLine({
        path: "/admin/exports/enterprises.csv?province=32",
        rows: 10_000,
        bytes: 2048,
        seconds: [1.234, 0.9],
        peakRssBytes: 150 * 1024 * 1024,
      }),
    ).toBe(
      "CSV export `/admin/exports/enterprises.csv?province=32`: 10000 rows, 2.0 KB, download 1.23 s, 0.90 s; server peak RSS during the downloads 150 MB",
    );
  });
});

describe("flags", () => {
  it("reads --name value and --name=value, with a fallback", () => {
    const argv = ["--db", "x.sqlite", "--duration=5"];
    expect(flag(argv, "db")).toBe("x.sqlite");
    expect(flag(argv, "duration", "10")).toBe("5");
    expect(flag(argv, "admin", "admin@sintetis.umkm.id")).toBe("admin@sintetis.umkm.id");
    expect(flag(argv, "out")).toBeUndefined();
  });
});
