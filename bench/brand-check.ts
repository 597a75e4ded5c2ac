// npm run bench:brand-check — how fast one brand-name check answers against a large trademark index.
// Builds (once, then reuses) an index of BENCH_MARKS generated marks (default 1,000,000) plus
// the seed of well-known marks in bench-results/, then times checks of typical names.
//   BENCH_MARKS=200000 npm run bench:brand-check     a smaller index
//   BENCH_REBUILD=1 npm run bench:brand-check        build the index again
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generatedMarkMaker, insertGeneratedMarks } from "../db/generated-marks";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "../db/trademark-seed";
import { bumpIndexVersion, checkBrandName, ensureTrademarkSeed } from "../app/lib/brand-check/index.server";
import { openDatabase } from "../app/lib/db.server";
import { migrate } from "../app/lib/migrations.server";

const MARKS = Number(process.env.BENCH_MARKS ?? 1_000_000);
const dir = path.resolve("bench-results");
const file = path.join(dir, `brand-check-${MARKS}.sqlite`);
fs.mkdirSync(dir, { recursive: true });
if (process.env.BENCH_REBUILD) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });

// A small deterministic generator, so every run builds the same index.
let state = 20261130;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const db = openDatabase(file);
migrate(db);
const existing = db.prepare("SELECT count(*) FROM trademark").pluck().get() as number;
if (existing < MARKS) {
  console.log(`Building an index of ${MARKS.toLocaleString("en")} generated marks in ${file} …`);
  const started = performance.now();
  ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
  insertGeneratedMarks(db, {
    count: MARKS - existing,
    random,
    prefix: "DID",
    first: existing,
    batch: 20_000,
    onBatch: (done) => {
      if ((done / 20_000) % 10 === 1) console.log(`  ${(existing + done).toLocaleString("en")} marks`);
    },
  });
  bumpIndexVersion(db);
  db.exec("ANALYZE");
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const total = db.prepare("SELECT count(*) FROM trademark").pluck().get() as number;
const queries: [string, number[]][] = [
  ["Kopi Kenangan Mantan", [43]],
  ["Indomy", [30]],
  ["Keripik Singkong Pedas Garut", [29]],
  ["Aqua Bandung", [32]],
  ["Bintang Kopi", [30]],
  ["Kopikoh", [30]],
  ["Sampurna", [34]],
  ["Batik Sekar Jagad", [24]],
  ["Jamu Mbok Rina", [5]],
  ["Toko Sari Rasa", [35]],
];
// Generated names (and near-misses of them) make up the rest of the sample.
const make = generatedMarkMaker(random);
for (let i = 0; i < 190; i += 1) {
  const name = make.name();
  queries.push([i % 2 === 0 ? name : name.replace(/a/, "o"), [make.niceClass()]]);
}

for (const [name, classes] of queries.slice(0, 20)) checkBrandName(db, name, classes); // warm up
const times: number[] = [];
for (const [name, classes] of queries) {
  const t = performance.now();
  checkBrandName(db, name, classes);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const report = {
  marks: total,
  checks: times.length,
  p50_ms: Number(at(50).toFixed(2)),
  p95_ms: Number(at(95).toFixed(2)),
  p99_ms: Number(at(99).toFixed(2)),
  max_ms: Number(times[times.length - 1]!.toFixed(2)),
  examples: queries.slice(0, 4).map(([name, classes]) => ({
    name,
    matches: checkBrandName(db, name, classes, { limit: 3 }).map(
      (m) => `${m.name} (${m.band}: ${m.reasons.join(", ")})`,
    ),
  })),
};
console.log(JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(dir, `brand-check-${MARKS}.json`), JSON.stringify(report, null, 2));
db.close();
