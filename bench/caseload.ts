// npm run bench:caseload — how fast a mentor's caseload answers when the database holds
// BENCH_ENTERPRISES enterprises (default 1,000,000) and one mentor carries BENCH_CASELOAD of them
// (default 5,000). Builds the database once in bench-results/ (BENCH_REBUILD=1 builds it again),
// then times each filter, sort and page of listCaseload, the home counts and the review queue,
// and prints each query's plan. Results go to bench-results/caseload.md too.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../app/lib/db.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { caseloadCounts, caseloadQuery, listCaseload, type Clock } from "../app/lib/mentoring/caseload.server";
import { listReviewQueue } from "../app/lib/mentoring/record.server";
import { loadRegions, migrate } from "../app/lib/migrations.server";
import { parseCaseloadFilters } from "../app/utils/mentoring/caseload-filters";

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 1_000_000);
const CASELOAD = Number(process.env.BENCH_CASELOAD ?? 5_000);
const MENTORS = 2_000;
const dir = path.resolve("bench-results");
const file = path.join(dir, `caseload-${ENTERPRISES}.sqlite`);
fs.mkdirSync(dir, { recursive: true });
if (process.env.BENCH_REBUILD) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });

const fresh = !fs.existsSync(file);
const db = openDatabase(file);
migrate(db);
const now = Math.floor(Date.now() / 1000);
const DAY = 86_400;

if (fresh) {
  const started = performance.now();
  await loadRegions(db);
  ensureJourneyTemplate(db);
  db.transaction(() => {
    // Mentors are users 1..MENTORS; owners follow. The busy mentor (id 1) gets CASELOAD
    // enterprises, the rest are spread over the other mentors.
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
       INSERT INTO user (id, role, full_name, email, phone, password_hash, created_at, updated_at)
       SELECT i, 'mentor', 'Pendamping ' || i, 'mentor' || i || '@bench.id', NULL, 'x', @now, @now FROM n`,
    ).run({ count: MENTORS, now });
    const regencies = db.prepare("SELECT code, parent_code FROM region WHERE level = 'regency'").all() as {
      code: string;
      parent_code: string;
    }[];
    db.exec("CREATE TEMP TABLE regency_pick (k INTEGER PRIMARY KEY, code TEXT, province TEXT)");
    const pick = db.prepare("INSERT INTO regency_pick VALUES (?, ?, ?)");
    regencies.forEach((r, k) => pick.run(k, r.code, r.parent_code));
    const names = ["Keripik", "Batik", "Kopi", "Sambal", "Jamu", "Tenun", "Roti", "Bakso", "Kerajinan", "Madu"];
    const places = ["Garut", "Pekalongan", "Gayo", "Lasem", "Solo", "Bali", "Toraja", "Malang", "Sumba", "Jepara"];
    db.exec(
      `CREATE TEMP TABLE word (k INTEGER PRIMARY KEY, name TEXT, place TEXT);
       INSERT INTO word VALUES ${names.map((n, k) => `(${k}, '${n}', '${places[k]}')`).join(", ")};`,
    );
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
       INSERT INTO user (id, role, full_name, email, phone, password_hash, privacy_consent_version, privacy_consent_at,
                         created_at, updated_at)
       SELECT @mentors + i, 'owner', 'Pemilik ' || i, 'owner' || i || '@bench.id', '+62812' || printf('%08d', i), 'x',
              '2026-01', @now, @now, @now FROM n`,
    ).run({ count: ENTERPRISES, mentors: MENTORS, now });
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
       INSERT INTO enterprise (id, owner_user_id, template_version, name, province_code, regency_code, whatsapp,
         size_class, mentor_user_id, stage, progress_percent, tasks_waiting, nib, last_activity_at,
         next_follow_up_on, go_online_at, created_at, updated_at)
       SELECT i, @mentors + i, 1,
              w.name || ' ' || w.place || ' ' || i,
              r.province, r.code, '+62812' || printf('%08d', i),
              CASE i % 10 WHEN 0 THEN 'kecil' WHEN 1 THEN 'menengah' ELSE 'mikro' END,
              CASE WHEN i <= @caseload THEN 1 ELSE 2 + (i % (@mentors - 1)) END,
              CASE i % 6 WHEN 0 THEN 'usaha' WHEN 1 THEN 'merek' WHEN 2 THEN 'produk' WHEN 3 THEN 'online'
                         WHEN 4 THEN 'selesai' ELSE 'go_online' END,
              (i * 7) % 101,
              CASE WHEN i % 13 = 0 THEN 1 + i % 3 ELSE 0 END,
              CASE WHEN i % 2 = 0 THEN printf('91%011d', i) END,
              @now - (i * 7919) % (60 * ${DAY}),
              CASE WHEN i % 9 = 0 THEN date(@now - (i % 20 - 10) * ${DAY}, 'unixepoch') END,
              CASE WHEN i % 6 = 5 THEN @now - (i % 300) * ${DAY} END,
              @now - 90 * ${DAY}, @now
       FROM n JOIN word w ON w.k = i % 10 JOIN regency_pick r ON r.k = (i * 31) % ${regencies.length}`,
    ).run({ count: ENTERPRISES, mentors: MENTORS, caseload: CASELOAD, now });
    db.prepare(
      `INSERT INTO enterprise_category (enterprise_id, category)
       SELECT id, CASE id % 5 WHEN 0 THEN 'processed_food' WHEN 1 THEN 'fashion_textile' WHEN 2 THEN 'craft'
                              WHEN 3 THEN 'cosmetics_jamu' ELSE 'ready_meal' END FROM enterprise`,
    ).run();
    // The waiting tasks the review queue reads.
    db.prepare(
      `INSERT INTO enterprise_task (enterprise_id, task_key, status, submitted_at, updated_at)
       SELECT id, 'profile', 'submitted', @now - (id % 20) * ${DAY}, @now FROM enterprise WHERE tasks_waiting > 0`,
    ).run({ now });
  })();
  db.exec("ANALYZE");
  console.log(
    `built ${ENTERPRISES.toLocaleString()} enterprises in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const clock: Clock = { now, today: new Date(now * 1000).toISOString().slice(0, 10), stalledDays: 14 };
const sample = db
  .prepare("SELECT name, nib FROM enterprise WHERE mentor_user_id = 1 AND nib IS NOT NULL LIMIT 1 OFFSET 1234")
  .get() as {
  name: string;
  nib: string;
};
const region = db.prepare("SELECT regency_code AS regency FROM enterprise WHERE mentor_user_id = 1 LIMIT 1").get() as {
  regency: string;
};

const cases: [string, string][] = [
  ["all, by name, page 1", ""],
  ["all, by name, page 150", "page=150"],
  ["waiting for review", "view=waiting"],
  ["stalled", "view=stalled"],
  ["graduated", "view=graduated"],
  ["stage", "stage=produk"],
  ["regency", `regency=${region.regency}`],
  ["category", "category=craft"],
  ["size class", "size=kecil"],
  ["longest quiet first", "sort=quiet"],
  ["most waiting first", "sort=waiting"],
  ["search enterprise name", `q=${encodeURIComponent(sample.name.split(" ").slice(0, 2).join(" "))}`],
  ["search phone 08…", "q=08120000123"],
  ["search NIB", `q=${sample.nib}`],
  ["stage + category + stalled, by quiet", "stage=merek&category=processed_food&view=stalled&sort=quiet"],
];

function time(fn: () => unknown, runs = 15): { median: number; max: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

const plan = (sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join("; ");

const lines: string[] = [
  `# Caseload benchmark`,
  ``,
  `${ENTERPRISES.toLocaleString("en")} enterprises, ${MENTORS.toLocaleString("en")} mentors; mentor 1 carries ${CASELOAD.toLocaleString("en")}. Times in ms (median / max of 15), one page of 25 plus the count.`,
  ``,
  `| case | rows found | median | max | plan (rows query) |`,
  `| --- | ---: | ---: | ---: | --- |`,
];
for (const [label, search] of cases) {
  const filters = parseCaseloadFilters(new URLSearchParams(search));
  const result = listCaseload(db, 1, filters, clock);
  const { median, max } = time(() => listCaseload(db, 1, filters, clock));
  const query = caseloadQuery(1, filters, clock);
  const p = plan(query.rows, { ...query.params, limit: 25, offset: 0 });
  lines.push(`| ${label} (\`${search || "—"}\`) | ${result.total} | ${median.toFixed(2)} | ${max.toFixed(2)} | ${p} |`);
}
const counts = time(() => caseloadCounts(db, 1, clock));
lines.push(`| home counts (caseloadCounts) | — | ${counts.median.toFixed(2)} | ${counts.max.toFixed(2)} | |`);
const queue = time(() => listReviewQueue(db, 1, 1));
lines.push(
  `| review queue, page 1 | ${listReviewQueue(db, 1, 1).total} | ${queue.median.toFixed(2)} | ${queue.max.toFixed(2)} | |`,
);
const output = lines.join("\n");
console.log(output);
fs.writeFileSync(path.join(dir, "caseload.md"), `${output}\n`);
db.close();
