// The pure parts of the load benchmark (bench/run.ts): percentiles, baseline ratios, the
// JavaScript a page loads and the markdown table. Kept free of I/O so they can be unit-tested.

/** The p-th percentile (0–100) of the samples by the nearest-rank method; NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

/** A page's throughput as a share of the blank page's; null when there is no baseline. */
export function ratio(reqPerSec: number, baselineReqPerSec: number | null | undefined): number | null {
  if (!baselineReqPerSec || !Number.isFinite(baselineReqPerSec) || baselineReqPerSec <= 0) return null;
  return reqPerSec / baselineReqPerSec;
}

/**
 * The JavaScript files under /assets a server-rendered page makes the browser load: module
 * preloads, script sources and the `import "/assets/…"` statements of Remix's inline entry
 * script. Route modules only named in the inline manifest (loaded on navigation) are not counted.
 * Paths come back without the leading slash, each once, in order of first appearance.
 */
export function jsAssetsInHtml(html: string): string[] {
  const asset = String.raw`(\/assets\/[A-Za-z0-9._\-/]+\.m?js)`;
  const patterns = [
    new RegExp(String.raw`<link\b[^>]*\brel=["']?modulepreload["']?[^>]*\bhref=["']${asset}["']`, "g"),
    new RegExp(String.raw`<link\b[^>]*\bhref=["']${asset}["'][^>]*\brel=["']?modulepreload`, "g"),
    new RegExp(String.raw`<script\b[^>]*\bsrc=["']${asset}["']`, "g"),
    new RegExp(String.raw`\bimport\s*(?:[\w*{}\s,$]+\s+from\s*)?\(?\s*["']${asset}["']`, "g"),
  ];
  const hits: { at: number; path: string }[] = [];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) hits.push({ at: match.index!, path: match[1]!.slice(1) });
  }
  return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.path))];
}

export type TargetResult = {
  name: string;
  path: string;
  connections: number;
  reqPerSec: number;
  ratio: number | null;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  jsGzipBytes: number | null;
  /** the server's highest VmRSS sampled during this run (0 when not sampled) */
  peakRssBytes: number;
};

export type ExportResult = {
  path: string;
  rows: number;
  bytes: number;
  seconds: number[];
  peakRssBytes: number;
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : "–");
const kb = (bytes: number | null) => (bytes === null ? "–" : (bytes / 1024).toFixed(1));
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);

/** The results as a markdown table, one row per page and connection count. */
export function markdownTable(results: readonly TargetResult[]): string {
  const lines = [
    "| Page | Conn. | req/s | × blank | p50 ms | p95 ms | p99 ms | non-2xx | errors | JS gzip KB | peak RSS MB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.connections} | ${r.reqPerSec.toFixed(0)} | ${r.ratio === null ? "–" : `${(r.ratio * 100).toFixed(0)}%`} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} | ${kb(r.jsGzipBytes)} | ${r.peakRssBytes ? mb(r.peakRssBytes) : "–"} |`,
    );
  }
  return lines.join("\n");
}

/** The CSV export's line of the report. */
export function exportLine(e: ExportResult): string {
  const times = e.seconds.map((s) => `${s.toFixed(2)} s`).join(", ");
  return `CSV export \`${e.path}\`: ${e.rows} rows, ${kb(e.bytes)} KB, download ${times}; server peak RSS during the downloads ${mb(e.peakRssBytes)} MB`;
}

/** The value of a `--name value` or `--name=value` flag, or the fallback. */
export function flag(argv: readonly string[], name: string, fallback: string): string;
export function flag(argv: readonly string[], name: string, fallback?: string): string | undefined;
export function flag(argv: readonly string[], name: string, fallback?: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1] ?? fallback;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return fallback;
}
