// npm run bench:dashboard — how fast the national dashboard answers when the database holds
// BENCH_ENTERPRISES enterprises (default 1,000,000) and BENCH_MENTORS mentors (default 3,000).
// Builds the database once in bench-results/ (BENCH_REBUILD=1 builds it again) by INSERTing the
// enterprises in batched transactions, so the triggers of migration 0006 fill dashboard_tally and
// mentor_load exactly as the app's writes do; then times each dashboard query (unfiltered, by
// province, by category, by size, the regency drill-down, the open-data statistics) and writes
// p50 / p95 and each query's plan to bench-results/dashboard.md.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../app/lib/db.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { loadRegions, migrate } from "../app/lib/migrations.server";

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 1_000_000);
const MENTORS = Number(process.env.BENCH_MENTORS ?? 3_000);
const BATCH = 50_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const dir = path.resolve("bench-results");
const file = path.join(dir, `dashboard-${ENTERPRISES}.sqlite`);
fs.mkdirSync(dir, { recursive: true });
if (process.env.BENCH_REBUILD) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });

const fresh = !fs.existsSync(file);
const db = openDatabase(file);
migrate(db);
const DAY = 86_400;
// A fixed "now" so a reused database and a rebuilt one give the same figures.
const now = Date.UTC(2026, 5, 15, 5, 0, 0) / 1000;

if (fresh) {
  const started = performance.now();
  await loadRegions(db);
  ensureJourneyTemplate(db);
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  db.transaction(() => {
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
    const pick = db.prepare("INSERT INTO temp.regency_pick VALUES (?, ?, ?)");
    regencies.forEach((r, k) => pick.run(k, r.code, r.parent_code));
  })();
  const regencyCount = db.prepare("SELECT count(*) FROM temp.regency_pick").pluck().get() as number;
  const owners = db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT @from UNION ALL SELECT i + 1 FROM n WHERE i < @to)
     INSERT INTO user (id, role, full_name, email, phone, password_hash, privacy_consent_version, privacy_consent_at,
                       created_at, updated_at)
     SELECT @mentors + i, 'owner', 'Pemilik ' || i, 'owner' || i || '@bench.id', '+62812' || printf('%08d', i), 'x',
            '2026-01', @now, @now, @now FROM n`,
  );
  // Spread with cheap integer hashes of i: registration over two years, one in 40 without a
  // region yet, stages weighted towards the start of the journey, Go Online 5 to 200 days after
  // registration (never after now), shops and first sales from the online step on.
  const enterprises = db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT @from UNION ALL SELECT i + 1 FROM n WHERE i < @to),
     h AS (SELECT i, (i * 2654435761) % 4294967296 AS a, (i * 40503 + 7) % 65521 AS b FROM n),
     d AS (SELECT i, a, b, @now - (a % (730 * ${DAY})) AS created,
                  CASE WHEN b % 100 < 25 THEN 'usaha' WHEN b % 100 < 42 THEN 'merek' WHEN b % 100 < 57 THEN 'produk'
                       WHEN b % 100 < 68 THEN 'online' WHEN b % 100 < 74 THEN 'selesai' ELSE 'go_online' END AS stage
           FROM h)
     INSERT INTO enterprise (id, owner_user_id, template_version, name, province_code, regency_code, size_class,
       mentor_user_id, stage, progress_percent, tasks_waiting, has_marketplace_shop, has_online_sale,
       last_owner_activity_at, last_activity_at, go_online_at, created_at, updated_at)
     SELECT i, @mentors + i, @version, 'Usaha ' || i,
            CASE WHEN i % 40 = 0 THEN NULL ELSE r.province END,
            CASE WHEN i % 40 = 0 THEN NULL ELSE r.code END,
            CASE WHEN i % 40 = 0 THEN NULL WHEN b % 10 < 7 THEN 'mikro' WHEN b % 10 < 9 THEN 'kecil'
                 WHEN b % 50 = 9 THEN 'besar' ELSE 'menengah' END,
            CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + (a % @mentors) END,
            stage, (b * 7) % 101,
            CASE WHEN i % 13 = 0 AND stage <> 'go_online' THEN 1 + i % 3 ELSE 0 END,
            stage IN ('online', 'selesai', 'go_online') AND b % 3 <> 0,
            stage IN ('selesai', 'go_online') AND b % 4 = 0,
            min(@now, created + (b % 120) * ${DAY}), min(@now, created + (b % 120) * ${DAY}),
            CASE WHEN stage = 'go_online' THEN min(@now, created + (5 + a % 196) * ${DAY}) END,
            created, created
     FROM d JOIN temp.regency_pick r ON r.k = (i * 31) % ${regencyCount}`,
  );
  const categories = db.prepare(
    `INSERT INTO enterprise_category (enterprise_id, category)
     SELECT id, CASE id % 7 WHEN 0 THEN 'processed_food' WHEN 1 THEN 'fashion_textile' WHEN 2 THEN 'craft'
                  WHEN 3 THEN 'cosmetics_jamu' WHEN 4 THEN 'ready_meal' WHEN 5 THEN 'fresh_produce' ELSE 'services' END
     FROM enterprise WHERE id BETWEEN @from AND @to
     UNION ALL
     SELECT id, 'processed_food' FROM enterprise WHERE id BETWEEN @from AND @to AND id % 7 IN (4, 5) AND id % 3 = 0`,
  );
  // Sessions over the last four months, for the workload table.
  const sessions = db.prepare(
    `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics,
       shared_notes, private_notes, created_at, updated_at)
     SELECT id, mentor_user_id, date(@now - (id % 120) * ${DAY} + 25200, 'unixepoch'), 'kunjungan', 30 + id % 90,
            '["usaha"]', 'Catatan', 'Rahasia', @now, @now
     FROM enterprise WHERE id BETWEEN @from AND @to AND mentor_user_id IS NOT NULL AND id % 4 = 0`,
  );
  for (let from = 1; from <= ENTERPRISES; from += BATCH) {
    const to = Math.min(ENTERPRISES, from + BATCH - 1);
    db.transaction(() => {
      owners.run({ from, to, mentors: MENTORS, now });
      enterprises.run({ from, to, mentors: MENTORS, now, version });
      categories.run({ from, to });
      sessions.run({ from, to, now });
    })();
    process.stdout.write(`\r${to.toLocaleString("en")} enterprises`);
  }
  process.stdout.write("\n");
  db.exec("ANALYZE");
  console.log(
    `built ${ENTERPRISES.toLocaleString("en")} enterprises in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.env.BENCH_BUILD_ONLY) process.exit(0);

// Imported after the build so the builder runs on its own.
const { areaTable, countActiveStaff, dashboardTotals, medianDaysToGoOnline, mentorWorkload, weeklyFlow } = await import(
  "../app/lib/dashboard/dashboard.server"
);
const { provinceStatistics } = await import("../app/lib/dashboard/open-data.server");
const { parseDashboardFilters } = await import("../app/utils/dashboard/filters");
const { todayInIndonesia } = await import("../app/utils/dates");

const today = todayInIndonesia(new Date(now * 1000));
const clock = { now, today, stalledDays: 14 };
const busiest = db
  .prepare(
    "SELECT province_code FROM enterprise WHERE province_code IS NOT NULL GROUP BY province_code ORDER BY count(*) DESC LIMIT 1",
  )
  .pluck()
  .get() as string;

/** Everything the /admin loader asks of the database for these filters. */
function dashboard(search: string) {
  const filters = parseDashboardFilters(new URLSearchParams(search));
  const totals = dashboardTotals(db, filters, today);
  const flow = weeklyFlow(db, filters, today, filters.weeks);
  const median = medianDaysToGoOnline(db, filters);
  const area = areaTable(db, filters, today);
  const workload = mentorWorkload(db, filters.page, clock);
  const staff = countActiveStaff(db);
  return { totals, flow, median, area, workload, staff };
}

function time(fn: () => unknown): { p50: number; p95: number } {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const cases: [string, () => unknown][] = [
  ["whole loader, unfiltered", () => dashboard("")],
  [`whole loader, province ${busiest} (regency drill-down)`, () => dashboard(`province=${busiest}`)],
  ["whole loader, category craft", () => dashboard("category=craft")],
  ["whole loader, size kecil", () => dashboard("size=kecil")],
  ["whole loader, 52 weeks", () => dashboard("weeks=52")],
  [
    `whole loader, province + category + size`,
    () => dashboard(`province=${busiest}&category=processed_food&size=mikro`),
  ],
  ["whole loader, workload page 100", () => dashboard("page=100")],
  [
    "  totals (stocks, active 30 days), unfiltered",
    () => dashboardTotals(db, parseDashboardFilters(new URLSearchParams()), today),
  ],
  [
    "  weekly flow, 26 weeks, unfiltered",
    () => weeklyFlow(db, parseDashboardFilters(new URLSearchParams()), today, 26),
  ],
  [
    "  median days to Go Online, unfiltered",
    () => medianDaysToGoOnline(db, parseDashboardFilters(new URLSearchParams())),
  ],
  ["  table by province, unfiltered", () => areaTable(db, parseDashboardFilters(new URLSearchParams()), today)],
  ["  mentor workload, page 1", () => mentorWorkload(db, 1, clock)],
  ["open data /api/stats/provinces.json", () => provinceStatistics(db, new Date(now * 1000), 2026)],
  ["  staff account counts", () => countActiveStaff(db)],
];

const counts = {
  enterprises: db.prepare("SELECT count(*) FROM enterprise").pluck().get() as number,
  tally: db.prepare("SELECT count(*) FROM dashboard_tally").pluck().get() as number,
  sessions: db.prepare("SELECT count(*) FROM mentoring_session").pluck().get() as number,
};
const lines: string[] = [
  "# Dashboard benchmark",
  "",
  `${counts.enterprises.toLocaleString("en")} enterprises, ${MENTORS.toLocaleString("en")} mentors, ` +
    `${counts.sessions.toLocaleString("en")} mentoring sessions; dashboard_tally holds ${counts.tally.toLocaleString("en")} rows. ` +
    `"Now" is ${today} (WIB). Times in ms over ${RUNS} runs after one warm-up, on one connection (node ${process.version}).`,
  "",
  "| case | p50 | p95 |",
  "| --- | ---: | ---: |",
];
for (const [label, fn] of cases) {
  const { p50, p95 } = time(fn);
  lines.push(`| ${label} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
}
const plan = (sql: string, params: Record<string, unknown> = {}) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join("; ");
lines.push(
  "",
  "Plans:",
  "",
  `- stage counts: ${plan("SELECT bucket, sum(n) FROM dashboard_tally t WHERE t.kind = 'stage' AND t.category = '*' GROUP BY bucket")}`,
  `- stage counts, one province: ${plan("SELECT bucket, sum(n) FROM dashboard_tally t WHERE t.kind = 'stage' AND t.category = '*' AND t.province_code = '32' GROUP BY bucket")}`,
  `- Go Online this year by province: ${plan("SELECT +t.province_code, sum(t.n) FROM dashboard_tally t WHERE t.kind = 'online_day' AND t.category = '*' AND t.bucket BETWEEN @from AND @to GROUP BY 1", { from: "2026-01-01", to: "2026-12-31" })}`,
  `- weekly registrations: ${plan("SELECT bucket, sum(n) FROM dashboard_tally t WHERE t.kind = 'registered_day' AND t.category = '*' AND t.bucket >= '2026-01-01' AND t.bucket < '2026-07-01' GROUP BY bucket")}`,
  `- workload page: ${plan("SELECT l.mentor_user_id FROM mentor_load l CROSS JOIN user m ON m.id = l.mentor_user_id WHERE m.role = 'mentor' AND m.is_active = 1 ORDER BY l.active_cases DESC, l.mentor_user_id DESC LIMIT 20")}`,
  `- sessions this month per mentor: ${plan("SELECT count(*) FROM mentoring_session s WHERE s.mentor_user_id = 1 AND s.held_on BETWEEN '2026-06-01' AND '2026-06-31'")}`,
);
const output = lines.join("\n");
console.log(output);
fs.writeFileSync(path.join(dir, "dashboard.md"), `${output}\n`);
db.close();
