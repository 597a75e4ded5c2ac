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
