// npm run bench -- --db <file> — the load benchmark of issue 7: starts the production server
// (npm run build first) on a copy of the database, signs in as admin, mentor and owner, and lets
// autocannon hit each page at 10 and 50 connections. Prints a markdown table (req/s, share of
// the blank baseline page, p50/p95/p99 latency, non-2xx answers, gzipped JavaScript the page
// loads), times a ~10,000-row CSV export with the server's peak memory, and writes everything
// as JSON to bench-results/run-<timestamp>.json (or --out).
//
// Flags: --db (required), --duration seconds per run (10), --connections (10,50), --port (3297),
// --out, --admin / --mentor / --owner / --password (the synthetic database's logins).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import {
  exportLine,
  flag,
  jsAssetsInHtml,
  markdownTable,
  percentile,
  ratio,
  type ExportResult,
  type TargetResult,
} from "./report";
import { PRODUCTION_NODE_FLAGS, signIn as signInAt } from "./server";

const argv = process.argv.slice(2);
const dbArg = flag(argv, "db");
if (!dbArg) {
  console.error("Usage: npm run bench -- --db <file.sqlite> [--duration 10] [--connections 10,50] [--out file.json]");
  process.exit(2);
}
const duration = Number(flag(argv, "duration", "10"));
const connectionCounts = flag(argv, "connections", "10,50")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const port = Number(flag(argv, "port", "3297"));
const password = flag(argv, "password", "sintetis-2026");
const logins = {
  admin: flag(argv, "admin", "admin@sintetis.umkm.id"),
  mentor: flag(argv, "mentor", "mentor00001@sintetis.umkm.id"),
  owner: flag(argv, "owner", "owner0000001@sintetis.umkm.id"),
};
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outFile = path.resolve(flag(argv, "out", path.join("bench-results", `run-${stamp}.json`)));
const origin = `http://127.0.0.1:${port}`;

if (!fs.existsSync("build/server/index.js")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const source = path.resolve(dbArg);
if (!fs.existsSync(source)) {
  console.error(`No database at ${source}`);
  process.exit(2);
}

// A copy, so that logins, audit rows and sessions written during the run never change the input.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-bench-"));
const dbFile = path.join(work, "bench.sqlite");
const log = (text: string) => console.error(`[bench] ${text}`);
log(`copying ${source} to ${dbFile}`);
fs.copyFileSync(source, dbFile);
if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${dbFile}-wal`);

/** Real ids to ask for, read from the copy before the server opens it. */
function findTargets() {
  const db = new Database(dbFile);
  try {
    const userId = (email: string) => {
      const id = db.prepare("SELECT id FROM user WHERE email = ?").pluck().get(email) as number | undefined;
      if (id === undefined) throw new Error(`No user ${email} in ${source} (see --admin/--mentor/--owner)`);
      return id;
    };
    const ownerId = userId(logins.owner);
    const mentorId = userId(logins.mentor);
    userId(logins.admin);
    const productId = db
      .prepare(
        `SELECT p.id FROM enterprise e JOIN product p ON p.enterprise_id = e.id
         WHERE e.owner_user_id = ? ORDER BY p.id LIMIT 1`,
      )
      .pluck()
      .get(ownerId) as number | undefined;
    const caseloadSize = db
      .prepare("SELECT count(*) FROM enterprise WHERE mentor_user_id = ?")
      .pluck()
      .get(mentorId) as number;
    const record = db
      .prepare("SELECT id, name FROM enterprise WHERE mentor_user_id = ? AND name IS NOT NULL ORDER BY name LIMIT 1")
      .get(mentorId) as { id: number; name: string } | undefined;
    const stage = db
      .prepare(
        `SELECT stage FROM enterprise WHERE mentor_user_id = ? GROUP BY stage ORDER BY count(*) DESC, stage LIMIT 1`,
      )
      .pluck()
      .get(mentorId) as string | undefined;
    const review = db
      .prepare(
        `SELECT e.id AS enterpriseId, t.task_key AS taskKey FROM enterprise e
         JOIN enterprise_task t ON t.enterprise_id = e.id AND t.status = 'submitted'
         WHERE e.mentor_user_id = ? AND e.tasks_waiting > 0 ORDER BY t.submitted_at LIMIT 1`,
      )
      .get(mentorId) as { enterpriseId: number; taskKey: string } | undefined;
    // The export filter whose row count is nearest 10,000: a province or a regency.
    const areas = db
      .prepare(
        `SELECT 'province' AS kind, province_code AS code, count(*) AS n FROM enterprise
           WHERE province_code IS NOT NULL GROUP BY province_code
         UNION ALL
         SELECT 'regency', regency_code, count(*) FROM enterprise
           WHERE regency_code IS NOT NULL GROUP BY regency_code`,
      )
      .all() as { kind: "province" | "regency"; code: string; n: number }[];
    const exportArea = areas.sort((a, b) => Math.abs(a.n - 10_000) - Math.abs(b.n - 10_000))[0];
    const enterprises = db.prepare("SELECT count(*) FROM enterprise").pluck().get() as number;
    const searchWord = record?.name.split(/\s+/).find((w) => w.length >= 3) ?? record?.name ?? "a";
    return { ownerId, mentorId, productId, caseloadSize, record, stage, review, exportArea, enterprises, searchWord };
  } finally {
    db.close();
  }
}

const found = findTargets();
log(
  `${found.enterprises} enterprises; mentor carries ${found.caseloadSize}; export filter ${JSON.stringify(found.exportArea)}`,
);
const deepPage = Math.max(1, Math.min(20, Math.ceil(found.caseloadSize / 25)));

type Role = "anonymous" | "admin" | "mentor" | "owner";
type Target = { name: string; path: string; role: Role };
const targets: Target[] = [
  { name: "Blank page (baseline)", path: "/bench/blank", role: "anonymous" },
  { name: "Landing page", path: "/", role: "anonymous" },
  { name: "Owner task list", path: "/owner", role: "owner" },
  ...(found.productId
    ? [{ name: "Product page", path: `/owner/tasks/products/${found.productId}`, role: "owner" as const }]
    : []),
  { name: "Caseload, first page", path: "/mentor", role: "mentor" },
  ...(found.stage
    ? [{ name: `Caseload, stage ${found.stage}`, path: `/mentor?stage=${found.stage}`, role: "mentor" as const }]
    : []),
  { name: `Caseload, page ${deepPage}`, path: `/mentor?page=${deepPage}`, role: "mentor" },
  {
    name: `Caseload, search "${found.searchWord}"`,
    path: `/mentor?q=${encodeURIComponent(found.searchWord)}`,
    role: "mentor",
  },
  { name: "Review queue", path: "/mentor/reviews", role: "mentor" },
  ...(found.review
    ? [
        {
          name: "Review item",
          path: `/mentor/reviews/${found.review.enterpriseId}/${found.review.taskKey}`,
          role: "mentor" as const,
        },
      ]
    : []),
  ...(found.record
    ? [{ name: "Enterprise record", path: `/mentor/enterprises/${found.record.id}`, role: "mentor" as const }]
    : []),
  { name: "Brand check", path: `/brand-check?name=${encodeURIComponent("Kopi Nusantara")}`, role: "owner" },
  { name: "Admin dashboard", path: "/admin", role: "admin" },
  { name: "Admin dashboard, province 32", path: "/admin?province=32", role: "admin" },
];

// The server, with its memory sampled throughout.
const server: ChildProcess = spawn(
  process.execPath,
  // npm start's flags, unless BENCH_SERVER_NODE_FLAGS replaces them (e.g. to profile)
  [
    ...(process.env.BENCH_SERVER_NODE_FLAGS?.split(" ").filter(Boolean) ?? PRODUCTION_NODE_FLAGS),
    path.resolve("server.mjs"),
  ],
  {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_PATH: dbFile,
      UPLOAD_DIR: path.join(work, "uploads"),
      PORT: String(port),
      HOST: "127.0.0.1",
      INSECURE_COOKIES: "1",
      BENCH_BLANK_ROUTE: "1",
      // One owner checks one name thousands of times a second here: the limit (30 per user per
      // 10 minutes) would answer 429 after the first 30. Each check is still counted (a write),
      // as in production; only the maximum is raised (decision 0025's operator override).
      RATE_LIMITS: "brandCheck.user=100000000,brandCheck.ip=100000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  },
);
const serverLog = fs.createWriteStream(path.join(work, "server.log"));
server.stdout?.pipe(serverLog);
server.stderr?.pipe(serverLog);
let serverExited = false;
let stopping = false;
server.on("exit", (code, signal) => {
  serverExited = true;
  if (!stopping) log(`the server stopped by itself (exit code ${code}, signal ${signal}); the run is void`);
});

function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kB = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
    return { rss: kB("VmRSS"), hwm: kB("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}
let maxRss = 0;
let windowMaxRss = 0;
const sampler = setInterval(() => {
  const { rss } = memoryOf(server.pid!);
  maxRss = Math.max(maxRss, rss);
  windowMaxRss = Math.max(windowMaxRss, rss);
}, 50);

async function stopServer() {
  stopping = true;
  clearInterval(sampler);
  if (!serverExited) {
    server.kill("SIGTERM");
    for (let i = 0; i < 100 && !serverExited; i++) await sleep(100);
    if (!serverExited) server.kill("SIGKILL");
  }
  fs.rmSync(work, { recursive: true, force: true });
}

async function waitForServer() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`The server exited; see its log above`);
    try {
      const res = await fetch(`${origin}/bench/blank`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error("The server did not answer within 120 s");
}

async function signIn(identifier: string): Promise<string> {
  try {
    return await signInAt(origin, identifier, password);
  } catch (error) {
    throw new Error(`${(error as Error).message} (see --password and the login flags)`);
  }
}

const gzipCache = new Map<string, number>();
function gzipBytes(asset: string): number {
  let size = gzipCache.get(asset);
  if (size === undefined) {
    const file = path.join("build/client", asset);
    size = fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
    gzipCache.set(asset, size);
  }
  return size;
}

async function measure(
  target: Target,
  cookie: string | undefined,
  connections: number,
  jsGzipBytes: number | null,
): Promise<TargetResult> {
  const latencies: number[] = [];
  windowMaxRss = server.pid ? memoryOf(server.pid).rss : 0;
  const instance = autocannon({
    url: `${origin}${target.path}`,
    connections,
    duration,
    timeout: 30,
    headers: cookie ? { cookie } : {},
  });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const reqPerSec = result.requests.total / result.duration;
  return {
    name: target.name,
    path: target.path,
    connections,
    reqPerSec,
    ratio: null,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    jsGzipBytes,
    peakRssBytes: windowMaxRss,
  };
}

async function measureExport(cookie: string): Promise<ExportResult | null> {
  const area = found.exportArea;
  const exportPath = `/admin/exports/enterprises.csv${area ? `?${area.kind}=${area.code}` : ""}`;
  const seconds: number[] = [];
  let rows = 0;
  let bytes = 0;
  windowMaxRss = memoryOf(server.pid!).rss;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const res = await fetch(`${origin}${exportPath}`, { headers: { cookie } });
    if (!res.ok || !res.body) throw new Error(`CSV export answered HTTP ${res.status}`);
    let lines = 0;
    bytes = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    seconds.push((performance.now() - started) / 1000);
    rows = Math.max(0, lines - 1);
  }
  return { path: exportPath, rows, bytes, seconds, peakRssBytes: windowMaxRss };
}

try {
  await waitForServer();
  log(`server up (pid ${server.pid}); signing in`);
  const cookies: Record<Role, string | undefined> = {
    anonymous: undefined,
    admin: await signIn(logins.admin),
    mentor: await signIn(logins.mentor),
    owner: await signIn(logins.owner),
  };
  const results: TargetResult[] = [];
  const blank = targets[0]!;
  // The blank page is measured first and again last; each page's ratio is to the mean of the
  // two, so a machine that gets busier or quieter during the run skews the ratios less.
  const sequence = [...targets, { ...blank, name: "Blank page (baseline, again at the end)" }];
  for (const target of sequence) {
    const cookie = cookies[target.role];
    const res = await fetch(`${origin}${target.path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200) log(`WARNING ${target.path} answered HTTP ${res.status}`);
    const jsGzip = jsAssetsInHtml(html).reduce((sum, asset) => sum + gzipBytes(asset), 0);
    // A second of warm-up (not recorded) so the first page measured does not pay for the JIT.
    await autocannon({
      url: `${origin}${target.path}`,
      connections: 10,
      duration: 1,
      headers: cookie ? { cookie } : {},
    });
    for (const connections of connectionCounts) {
      log(`${target.name} (${target.path}) at ${connections} connections for ${duration} s`);
      results.push(await measure(target, cookie, connections, jsGzip));
    }
  }
  for (const connections of connectionCounts) {
    const blanks = results.filter((r) => r.path === blank.path && r.connections === connections);
    const baseline = blanks.reduce((sum, r) => sum + r.reqPerSec, 0) / blanks.length;
    for (const r of results)
      if (r.path !== blank.path && r.connections === connections) r.ratio = ratio(r.reqPerSec, baseline);
  }
  log("CSV export");
  const exported = await measureExport(cookies.admin!);
  const memory = memoryOf(server.pid!);
  const report = {
    startedAt: stamp,
    database: source,
    databaseBytes: fs.statSync(source).size,
    enterprises: found.enterprises,
    machine: {
      nproc: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "",
      memTotalBytes: os.totalmem(),
      loadAverage: os.loadavg(),
      node: process.version,
    },
    durationSeconds: duration,
    connections: connectionCounts,
    logins,
    results,
    export: exported,
    server: { maxRssSampledBytes: Math.max(maxRss, memory.rss), vmHwmBytes: memory.hwm },
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(report, null, 2));

  const mb = (b: number) => (b / (1024 * 1024)).toFixed(0);
  console.log(
    `Database: ${source} (${found.enterprises} enterprises); ${duration} s per run; node ${process.version}, ${os.cpus().length} cores, ${mb(os.totalmem())} MB RAM\n`,
  );
  console.log(markdownTable(results));
  console.log();
  if (exported) console.log(exportLine(exported));
  console.log(`Server memory: VmRSS max ${mb(report.server.maxRssSampledBytes)} MB, VmHWM ${mb(memory.hwm)} MB`);
  const failures = results.filter((r) => r.non2xx > 0 || r.errors > 0);
  if (failures.length)
    console.log(`\nNON-2XX OR ERRORS on: ${failures.map((r) => `${r.name} @${r.connections}`).join(", ")}`);
  log(`JSON written to ${outFile}`);
  await stopServer();
  process.exit(failures.length ? 1 : 0);
} catch (error) {
  console.error(error);
  if (fs.existsSync(path.join(work, "server.log"))) {
    console.error(fs.readFileSync(path.join(work, "server.log"), "utf8").slice(-4000));
  }
  await stopServer();
  process.exit(1);
}
