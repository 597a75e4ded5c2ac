// npm run bench:writes -- --db <file> — what limits one SQLite file first as load grows (issue 7,
// "beyond one machine"):
//
// 1. Disk: the file's pages per table with its indexes (SQLite's dbstat), as bytes per enterprise.
//    Read-only on --db.
// 2. Writes: on a copy of --db, the app's own write functions in child processes, each with its
//    own connection opened by the app's openDatabase (WAL, synchronous=FULL, busy_timeout 5 s,
//    BEGIN IMMEDIATE): an owner saving a task draft (saveTaskAnswers, as the legality page's
//    action does) and a mentor logging a session (logSession), each as fast as it will go for
//    --duration seconds, alone and mixed across 1, 2 and 4 processes contending for the one
//    write lock. Reports transactions per second and latency percentiles, the wait for the lock
//    included, and how many gave up with SQLITE_BUSY.
//
// Flags: --db (required), --duration seconds per scenario (10), --processes (1,2,4), --pool
// (enterprises to draw from, 5000), --synchronous (full, as the app; "normal" shows what the sync per
// commit costs), --no-sizes (skip part 1), --out (bench-results/writes-<timestamp>.json).
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { flag, percentile } from "./report";

type Operation = "ownerSavesDraft" | "mentorLogsSession";
type PoolRow = { enterpriseId: number; ownerId: number; mentorId: number };
type WorkerConfig = {
  dbFile: string;
  pool: PoolRow[];
  mix: Partial<Record<Operation, number>>;
  durationMs: number;
  synchronous: string;
  seed: number;
};
type WorkerResult = {
  latencies: number[];
  counts: Record<Operation, number>;
  busy: number;
  elapsedMs: number;
  /** CPU time (user + system) the process spent in the measured loop. */
  cpuMs: number;
};

const OPERATION_NAMES: Record<Operation, string> = {
  ownerSavesDraft: "owner saves a task draft",
  mentorLogsSession: "mentor logs a session",
};

const argv = process.argv.slice(2);

/** A small seeded generator (mulberry32), so each process draws its own repeatable sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runWorker(config: WorkerConfig): Promise<void> {
  const { openDatabase } = await import("../app/lib/db.server");
  const { saveTaskAnswers } = await import("../app/lib/journey/journey.server");
  const { logSession } = await import("../app/lib/mentoring/sessions.server");
  const { todayInIndonesia } = await import("../app/utils/dates");
  const db = openDatabase(config.dbFile);
  db.pragma(`synchronous = ${config.synchronous}`);
  const next = random(config.seed);
  const pick = () => config.pool[Math.floor(next() * config.pool.length)]!;
  const today = todayInIndonesia();
  let n = 0;
  const operations: Record<Operation, () => void> = {
    // What the legality page's action saves for a typical draft (about 250 bytes of answers).
    ownerSavesDraft: () => {
      const row = pick();
      n++;
      saveTaskAnswers(db, {
        enterpriseId: row.enterpriseId,
        taskKey: "legality",
        actorUserId: row.ownerId,
        mode: "draft",
        needsReview: true,
        answers: {
          nib: { status: "have", number: String(9_100_000_000_000 + row.enterpriseId) },
          npwp: { status: "have", number: String(1_000_000_000_000_000 + row.enterpriseId) },
          pirt: { status: "in_progress" },
          halal: { status: "in_progress" },
          bpom_md: { status: "not_needed", reason: `Produk rumahan, dijual langsung (${n})` },
        },
      });
    },
    mentorLogsSession: () => {
      const row = pick();
      const id = logSession(db, { id: row.mentorId, role: "mentor" }, row.enterpriseId, {
        heldOn: today,
        mode: "whatsapp",
        durationMinutes: 30,
        topics: ["legality", "products"],
        sharedNotes: "Lanjutkan pengurusan NIB dan foto produk dengan latar polos.",
        privateNotes: null,
        nextAction: "Cek NIB minggu depan",
        followUpOn: null,
      });
      if (id === null) throw new Error(`Enterprise ${row.enterpriseId} is not in mentor ${row.mentorId}'s caseload`);
    },
  };
  const weighted = (Object.entries(config.mix) as [Operation, number][]).filter(([, w]) => w > 0);
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  const choose = (): Operation => {
    let r = next() * total;
    for (const [op, w] of weighted) if ((r -= w) < 0) return op;
    return weighted[weighted.length - 1]![0];
  };
  // One of each before the start, so statement compiling is not measured.
  for (const [op] of weighted) operations[op]();

  await new Promise<void>((resolve) => {
    process.once("message", () => resolve());
    process.send!({ ready: true });
  });
  const latencies: number[] = [];
  const counts: Record<Operation, number> = { ownerSavesDraft: 0, mentorLogsSession: 0 };
  let busy = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + config.durationMs;
  while (performance.now() < deadline) {
    const op = choose();
    const t0 = performance.now();
    try {
      operations[op]();
      latencies.push(performance.now() - t0);
      counts[op]++;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      busy++;
    }
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const result: WorkerResult = { latencies, counts, busy, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  db.close();
  process.send!(result, () => process.exit(0));
}

async function main(): Promise<void> {
  const dbArg = flag(argv, "db");
  if (!dbArg) {
    console.error(
      "Usage: npm run bench:writes -- --db <file.sqlite> [--duration 10] [--processes 1,2,4] [--synchronous normal|full] [--no-sizes]",
    );
    process.exit(2);
  }
  const source = path.resolve(dbArg);
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source}`);
    process.exit(2);
  }
  const durationMs = Number(flag(argv, "duration", "10")) * 1000;
  const processCounts = flag(argv, "processes", "1,2,4")
    .split(",")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const poolSize = Number(flag(argv, "pool", "5000"));
  const synchronous = flag(argv, "synchronous", "full").toLowerCase();
  if (!["off", "normal", "full", "extra"].includes(synchronous)) {
    console.error("--synchronous is off, normal, full or extra");
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const outFile = path.resolve(flag(argv, "out", path.join("bench-results", `writes-${stamp}.json`)));
  const log = (text: string) => console.error(`[writes] ${text}`);

  const sizes = argv.includes("--no-sizes") ? null : measureSizes(source, log);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-writes-"));
  const dbFile = path.join(work, "writes.sqlite");
  log(`copying ${source} to ${dbFile}`);
  fs.copyFileSync(source, dbFile);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${dbFile}-wal`);

  const pool = samplePool(dbFile, poolSize);
  log(`${pool.length} enterprises with an owner and a mentor drawn at random`);
  const sizeBefore = checkpointedSize(dbFile);

  const scenarios: { name: string; mix: WorkerConfig["mix"]; processes: number }[] = [
    { name: OPERATION_NAMES.ownerSavesDraft, mix: { ownerSavesDraft: 1 }, processes: 1 },
    { name: OPERATION_NAMES.mentorLogsSession, mix: { mentorLogsSession: 1 }, processes: 1 },
    ...processCounts.map((processes) => ({
      name: "mixed, 4 drafts : 1 session",
      mix: { ownerSavesDraft: 4, mentorLogsSession: 1 },
      processes,
    })),
  ];
  const results = [];
  try {
    for (const scenario of scenarios) {
      log(`${scenario.name}, ${scenario.processes} process(es), ${durationMs / 1000} s`);
      const outcomes = await runScenario(work, {
        dbFile,
        pool,
        mix: scenario.mix,
        durationMs,
        synchronous,
        processes: scenario.processes,
      });
      const latencies = outcomes.flatMap((o) => o.latencies);
      const seconds = Math.max(...outcomes.map((o) => o.elapsedMs)) / 1000;
      const counts = outcomes.reduce(
        (sum, o) => ({
          ownerSavesDraft: sum.ownerSavesDraft + o.counts.ownerSavesDraft,
          mentorLogsSession: sum.mentorLogsSession + o.counts.mentorLogsSession,
        }),
        { ownerSavesDraft: 0, mentorLogsSession: 0 },
      );
      results.push({
        name: scenario.name,
        processes: scenario.processes,
        transactions: latencies.length,
        counts,
        perSecond: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies.length ? Math.max(...latencies) : Number.NaN,
        busy: outcomes.reduce((sum, o) => sum + o.busy, 0),
        // CPU per transaction is steadier than wall time on a shared machine: 1000 / cpuMsPerTransaction
        // is what one core given wholly to writing would commit per second.
        cpuMsPerTransaction: outcomes.reduce((sum, o) => sum + o.cpuMs, 0) / Math.max(1, latencies.length),
      });
    }
    const sizeAfter = checkpointedSize(dbFile);
    const transactions = results.reduce((sum, r) => sum + r.transactions, 0);
    const report = {
      startedAt: stamp,
      database: source,
      databaseBytes: fs.statSync(source).size,
      synchronous,
      durationSeconds: durationMs / 1000,
      machine: {
        nproc: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? "",
        loadAverage: os.loadavg(),
        node: process.version,
      },
      sizes,
      writes: results,
      growth: { bytes: sizeAfter - sizeBefore, transactions },
    };
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, JSON.stringify(report, null, 2));

    if (sizes) {
      console.log(
        `Database: ${source}, ${mib(sizes.fileBytes)} MiB, ${sizes.enterprises.toLocaleString("en")} enterprises: ${Math.round(sizes.fileBytes / Math.max(1, sizes.enterprises)).toLocaleString("en")} bytes per enterprise (page size ${sizes.pageSize})\n`,
      );
      console.log("| Table (with its indexes) | Rows | Table MiB | Index MiB | Bytes per enterprise | Share |");
      console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
      for (const t of sizes.tables) {
        console.log(
          `| ${t.table} | ${t.rows.toLocaleString("en")} | ${mib(t.tableBytes)} | ${mib(t.indexBytes)} | ${Math.round((t.tableBytes + t.indexBytes) / Math.max(1, sizes.enterprises)).toLocaleString("en")} | ${(((t.tableBytes + t.indexBytes) / sizes.fileBytes) * 100).toFixed(1)}% |`,
        );
      }
      console.log();
    }
    console.log(
      `Writes on a copy, synchronous=${synchronous}, ${durationMs / 1000} s per scenario, ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} at the end\n`,
    );
    console.log(
      "| Scenario | Processes | Transactions | per s | p50 ms | p95 ms | p99 ms | max ms | SQLITE_BUSY | CPU ms per tx |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.processes} | ${r.transactions} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(0)} | ${r.busy} | ${r.cpuMsPerTransaction.toFixed(2)} |`,
      );
    }
    console.log(
      `\nThe copy grew by ${mib(report.growth.bytes)} MiB over ${transactions} transactions (${Math.round(report.growth.bytes / Math.max(1, transactions))} bytes each, after a checkpoint).`,
    );
    log(`JSON written to ${outFile}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Pages per table and index from dbstat, grouped by table. Reads every page of the file once. */
function measureSizes(file: string, log: (text: string) => void) {
  log(`measuring ${file} with dbstat (reads the whole file)`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    const pageCount = db.pragma("page_count", { simple: true }) as number;
    const owners = new Map(
      (
        db.prepare("SELECT name, tbl_name AS tableName FROM sqlite_schema WHERE type IN ('table', 'index')").all() as {
          name: string;
          tableName: string;
        }[]
      ).map((r) => [r.name, r.tableName]),
    );
    const stats = db
      .prepare(
        `SELECT name, sum(pgsize) AS bytes, sum(CASE WHEN pagetype = 'leaf' THEN ncell ELSE 0 END) AS leafCells
         FROM dbstat GROUP BY name`,
      )
      .all() as { name: string; bytes: number; leafCells: number }[];
    const tables = new Map<string, { table: string; rows: number; tableBytes: number; indexBytes: number }>();
    for (const s of stats) {
      const table = owners.get(s.name) ?? s.name;
      const entry = tables.get(table) ?? { table, rows: 0, tableBytes: 0, indexBytes: 0 };
      if (s.name === table) {
        entry.tableBytes += s.bytes;
        entry.rows = s.leafCells; // a table's rows all sit in its leaf pages
      } else {
        entry.indexBytes += s.bytes;
      }
      tables.set(table, entry);
    }
    const enterprises = tables.get("enterprise")?.rows ?? 0;
    const sorted = [...tables.values()].sort((a, b) => b.tableBytes + b.indexBytes - (a.tableBytes + a.indexBytes));
    const freePages = db.pragma("freelist_count", { simple: true }) as number;
    return { fileBytes: pageSize * pageCount, pageSize, freePages, enterprises, tables: sorted };
  } finally {
    db.close();
  }
}

/** Enterprises with an owner and a mentor, spread over the whole id range. */
function samplePool(file: string, size: number): PoolRow[] {
  const db = new Database(file, { readonly: true });
  try {
    const { lo, hi } = db.prepare("SELECT min(id) AS lo, max(id) AS hi FROM enterprise").get() as {
      lo: number;
      hi: number;
    };
    const next = random(7);
    const find = db.prepare(
      `SELECT id AS enterpriseId, owner_user_id AS ownerId, mentor_user_id AS mentorId FROM enterprise
       WHERE id >= ? AND mentor_user_id IS NOT NULL AND owner_user_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    const seen = new Map<number, PoolRow>();
    for (let tries = 0; seen.size < size && tries < size * 4; tries++) {
      const row = find.get(lo + Math.floor(next() * (hi - lo + 1))) as PoolRow | undefined;
      if (row) seen.set(row.enterpriseId, row);
    }
    if (seen.size === 0) throw new Error(`No enterprise with an owner and a mentor in ${file}`);
    return [...seen.values()];
  } finally {
    db.close();
  }
}

/** The file's size after its WAL is folded in, so growth is measured in the file alone. */
function checkpointedSize(file: string): number {
  const db = new Database(file);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  return fs.statSync(file).size;
}

async function runScenario(
  work: string,
  options: Omit<WorkerConfig, "seed"> & { processes: number },
): Promise<WorkerResult[]> {
  const self = fileURLToPath(import.meta.url);
  const children: ChildProcess[] = [];
  const ready: Promise<void>[] = [];
  const done: Promise<WorkerResult>[] = [];
  for (let i = 0; i < options.processes; i++) {
    const configFile = path.join(work, `worker-${i}.json`);
    const { processes: _, ...config } = options;
    fs.writeFileSync(configFile, JSON.stringify({ ...config, seed: 1000 + i } satisfies WorkerConfig));
    // The same loader tsx gave this process, so the child runs the TypeScript too.
    const child = fork(self, ["--worker", configFile], { execArgv: process.execArgv, stdio: "inherit" });
    children.push(child);
    let result: WorkerResult | undefined;
    ready.push(
      new Promise((resolve, reject) => {
        child.once("message", () => resolve());
        child.once("exit", (code) => reject(new Error(`worker ${i} exited with ${code} before it was ready`)));
      }),
    );
    done.push(
      new Promise((resolve, reject) => {
        child.on("message", (message: WorkerResult | { ready: true }) => {
          if ("latencies" in message) result = message;
        });
        child.on("exit", (code) =>
          result && code === 0 ? resolve(result) : reject(new Error(`worker ${i} failed (exit code ${code})`)),
        );
      }),
    );
  }
  await Promise.all(ready);
  for (const child of children) child.send("go");
  return Promise.all(done);
}

// Last, so that every constant above is initialised before either part runs.
if (argv[0] === "--worker") {
  await runWorker(JSON.parse(fs.readFileSync(argv[1]!, "utf8")) as WorkerConfig);
} else {
  await main();
}
