// The synthetic national database (issue 7): a million enterprises with owners, mentors,
// tasks, reviews, products, sessions, impact records and a trademark index, for measuring the
// app at national scale. Used by db/generate.ts (npm run db:generate) and its unit test.
//
// Everything comes from seeded PRNGs (one for the people and enterprises, one for the trademark
// index), so the same options give the same database. Rows go in through ordinary INSERTs in
// batched transactions; the summary columns of each enterprise (stage, progress, tasks waiting,
// shop and sale flags, activity times) are computed from the same task rows that are written.
// For speed (docs/decisions/0020): the trademark index is built by a worker thread into a
// scratch file and copied in (db/synthetic-marks.ts); during the load the triggers that keep
// dashboard_tally, mentor_load and journey_template.enterprise_count, the non-unique indexes
// and the CHECK constraints are off; afterwards the migrations' own backfill statements fill
// the aggregates, the indexes are built and the triggers created again (db/bulk-load.ts). The
// result equals writing every row through the triggers (`throughTriggers`, which the unit test
// builds and compares).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import type { Db } from "../app/lib/db.server";
import { openDatabase } from "../app/lib/db.server";
import { suspendForBulkLoad } from "./bulk-load";
import { prng } from "./prng";
import { buildMarksInWorker, copyMarks, keepAppendedIndexes, MARK_TABLES } from "./synthetic-marks";
import { hashPassword } from "../app/lib/auth/password.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { loadRegions, migrate } from "../app/lib/migrations.server";
import { SYNTHETIC_SETTING_KEY } from "../app/utils/synthetic";

export { prng };

export const SYNTHETIC_PASSWORD = "sintetis-2026";
export const SYNTHETIC_DOMAIN = "sintetis.umkm.id";
export const ADMIN_COUNT = 20;

export const adminEmail = (n: number) =>
  n === 1 ? `admin@${SYNTHETIC_DOMAIN}` : `admin${pad(n, 2)}@${SYNTHETIC_DOMAIN}`;
export const mentorEmail = (n: number) => `mentor${pad(n, 5)}@${SYNTHETIC_DOMAIN}`;
export const ownerEmail = (n: number) => `owner${pad(n, 7)}@${SYNTHETIC_DOMAIN}`;

export type GenerateOptions = {
  out: string;
  enterprises: number;
  mentors: number;
  marks: number;
  seed: number;
  /** "Now" of the data set, in seconds; sessions and activity lie in the two years before it. */
  now: number;
  force?: boolean;
  /**
   * Write every row through the aggregate triggers and the indexes, as the app's own writes do,
   * instead of the bulk load. Much slower; the unit test builds both ways and compares them.
   */
  throughTriggers?: boolean;
  log?: (line: string) => void;
};

export type GenerateResult = { seconds: number; bytes: number; counts: Record<string, number> };

const DAY = 86_400;
const BATCH = 50_000;
/** The tables the generator fills: their non-unique indexes are built after the load. */
const LOADED_TABLES = [
  "user",
  "mentor_coverage",
  "enterprise",
  "enterprise_category",
  "enterprise_task",
  "task_event",
  "product",
  "mentoring_session",
  "impact_snapshot",
  "trademark",
  "trademark_token",
  "trademark_variant",
];

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Picks a key from [key, weight] pairs. */
function weighted<T>(random: () => number, table: readonly (readonly [T, number])[], total: number): T {
  let r = random() * total;
  for (const [key, weight] of table) {
    r -= weight;
    if (r < 0) return key;
  }
  return table[table.length - 1]![0];
}
const sum = (table: readonly (readonly [unknown, number])[]) => table.reduce((s, [, w]) => s + w, 0);

// Population by province in thousands, BPS Sensus Penduduk 2020 (Hasil SP2020, Berita Resmi
// Statistik No. 7/01/Th. XXIV, 21 January 2021). The six Papua provinces created in 2022 split
// the 2020 figures of Papua and Papua Barat approximately by their regencies' populations.
const PROVINCE_POPULATION: readonly (readonly [string, number])[] = [
  ["11", 5274], ["12", 14799], ["13", 5534], ["14", 6394], ["15", 3548], ["16", 8467], ["17", 2010],
  ["18", 9008], ["19", 1456], ["21", 2064], ["31", 10562], ["32", 48274], ["33", 36516], ["34", 3668],
  ["35", 40666], ["36", 11905], ["51", 4317], ["52", 5320], ["53", 5326], ["61", 5414], ["62", 2670],
  ["63", 4074], ["64", 3766], ["65", 702], ["71", 2622], ["72", 2986], ["73", 9074], ["74", 2625],
  ["75", 1171], ["76", 1419], ["81", 1848], ["82", 1282], ["91", 1035], ["92", 560], ["93", 523],
  ["94", 1431], ["95", 1448], ["96", 574],
]; // prettier-ignore

// Plausible shares of UMKM lines of business: food and drink first (as in the KemenKopUKM and
// BPS profiles of micro enterprises), then trade-like services, fashion and crafts.
const CATEGORY_SHARES = [
  ["processed_food", 30],
  ["ready_meal", 22],
  ["fashion_textile", 12],
  ["services", 11],
  ["craft", 10],
  ["fresh_produce", 9],
  ["cosmetics_jamu", 6],
] as const;
const SIZE_SHARES = [
  ["mikro", 980],
  ["kecil", 15],
  ["menengah", 5],
] as const;
// The funnel: many still on the business basics, fewer further on, ~15% Go Online.
const STAGE_SHARES = [
  ["usaha", 34],
  ["merek", 19],
  ["produk", 14],
  ["online", 11],
  ["selesai", 7],
  ["go_online", 15],
] as const;
type Stage = (typeof STAGE_SHARES)[number][0];
const STAGE_INDEX: Record<Stage, number> = { usaha: 0, merek: 1, produk: 2, online: 3, selesai: 4, go_online: 5 };
/** Tasks in journey order with the step each belongs to (db/journey-template.ts). */
const TASKS = [
  ["profile", 0],
  ["legality", 0],
  ["brand", 1],
  ["ip", 1],
  ["products", 2],
  ["channels", 3],
  ["final_review", 4],
] as const;
const REQUIRED_TASKS = TASKS.length;

const WORDS = ["Keripik", "Batik", "Kopi", "Sambal", "Jamu", "Tenun", "Roti", "Bakso", "Kerajinan", "Madu", "Dodol",
  "Rendang", "Anyaman", "Kain", "Teh", "Gula Aren", "Abon", "Bolu", "Kue", "Tas"]; // prettier-ignore
const PLACES = ["Garut", "Pekalongan", "Gayo", "Lasem", "Solo", "Bali", "Toraja", "Malang", "Sumba", "Jepara",
  "Padang", "Medan", "Makassar", "Ambon", "Lombok", "Bandung", "Kudus", "Bogor", "Tegal", "Banyuwangi"]; // prettier-ignore
const GIVEN = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Joko", "Sri", "Ahmad", "Nur", "Wayan", "Made", "Putri",
  "Yusuf", "Fitri", "Bambang", "Lestari", "Andi", "Ayu", "Hendra", "Ratna"]; // prettier-ignore
const FAMILY = ["Rahayu", "Santoso", "Wijaya", "Hidayat", "Lestari", "Saputra", "Kurniawan", "Susanti", "Nasution",
  "Siregar", "Pratama", "Wibowo", "Utami", "Setiawan", "Harahap", "Simanjuntak", "Daulay", "Manurung", "Tanjung", "Putra"]; // prettier-ignore
const PRODUCT_WORDS = ["Original", "Pedas", "Manis", "Premium", "Mini", "Spesial", "Kemasan 250 g", "Kemasan 500 g"];
const LEGAL_FORMS = ["perorangan", "perorangan", "perorangan", "ud", "cv", "pt_perorangan", "koperasi"] as const;
const MARKETPLACES = ["shopee", "tiktok_tokopedia", "lazada", "blibli"] as const;
const SHOP_HOSTS: Record<string, string> = {
  shopee: "shopee.co.id",
  tiktok_tokopedia: "tokopedia.com",
  lazada: "lazada.co.id",
  blibli: "blibli.com",
  whatsapp_business: "wa.me",
};
const MODES = ["kunjungan", "telepon", "whatsapp", "video_call", "pelatihan"] as const;
const TOPIC_BY_STEP = [["profile", "legality"], ["brand", "ip"], ["products"], ["channels"], ["final_review"]];

const isoDate = (seconds: number) => new Date((seconds + 7 * 3600) * 1000).toISOString().slice(0, 10);

/** Creates the database file and fills it. Refuses an existing file unless `force`. */
export async function generateSyntheticDatabase(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  // Wall time, and the CPU time this process used: on a shared machine the second shows what
  // a change saved.
  const cpu = process.cpuUsage();
  const elapsed = () => {
    const used = process.cpuUsage(cpu);
    return `${((performance.now() - started) / 1000).toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`;
  };
  if (fs.existsSync(options.out)) {
    if (!options.force) throw new Error(`${options.out} exists; pass --force to replace it`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(options.out + suffix, { force: true });
  }
  const db = openDatabase(options.out);
  try {
    return await fill(db, options, log, started, elapsed);
  } catch (error) {
    // A half-built file may lack its triggers and indexes: leave nothing an app could open.
    db.close();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(options.out + suffix, { force: true });
    throw error;
  }
}

async function fill(
  db: Db,
  options: GenerateOptions,
  log: (line: string) => void,
  started: number,
  elapsed: () => string,
): Promise<GenerateResult> {
  const bulkLoad = !options.throughTriggers;
  // The trademark index is built on the other core meanwhile (db/synthetic-marks.ts).
  const marksFile = `${options.out}-marks.tmp`;
  const marksBuilt = buildMarksInWorker(
    { file: marksFile, count: options.marks, seed: options.seed, bulk: bulkLoad },
    (done) => log(`marks: ${done.toLocaleString("en")} of ${options.marks.toLocaleString("en")} (${elapsed()})`),
  );
  // Keep a failure of the worker for the await below, not as an unhandled rejection meanwhile.
  marksBuilt.catch(() => {});
  try {
    migrate(db);
    await loadRegions(db);
    ensureJourneyTemplate(db);
    // Fast, unsafe writes while building only: a crash leaves a file to delete, not a broken app.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("foreign_keys = OFF");
    // A 1 GB page cache holds the indexes being built and the tally being refilled (a million
    // enterprises' file is 3.3 GB); temporary tables (the backfill's subqueries, sorts) stay in
    // memory instead of small-cached temporary files.
    db.pragma("cache_size = -1048576");
    db.pragma("temp_store = MEMORY");
    const bulk = bulkLoad ? suspendForBulkLoad(db, { tables: LOADED_TABLES, keep: keepAppendedIndexes }) : null;
    // CHECK constraints cost nearly half of the enterprise rows' time (each IN list builds a
    // small table per row). The rows obey them: the row-by-row build keeps them on, and the
    // unit test compares the two builds.
    if (bulk) db.pragma("ignore_check_constraints = ON");

    const random = prng(options.seed);
    const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
    const now = options.now;
    const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;

    writeStaff(db, options, random, passwordHash, now);
    const coverage = writeCoverage(db, options, random);
    log(`staff: ${ADMIN_COUNT} admins, ${options.mentors.toLocaleString("en")} mentors (${elapsed()})`);

    const writer = enterpriseWriter(db, random, { passwordHash, now, version, mentors: options.mentors, coverage });
    for (let from = 1; from <= options.enterprises; from += BATCH) {
      const to = Math.min(options.enterprises, from + BATCH - 1);
      db.transaction(() => {
        for (let i = from; i <= to; i += 1) writer(i);
      })();
      log(`enterprises: ${to.toLocaleString("en")} of ${options.enterprises.toLocaleString("en")} (${elapsed()})`);
      // Lets the worker's progress messages through.
      await new Promise((resolve) => setImmediate(resolve));
    }
    db.pragma("ignore_check_constraints = OFF");

    // While the worker may still be writing marks: the aggregates and the other tables' indexes.
    if (bulk) {
      log(`aggregates and indexes (${elapsed()})`);
      bulk.refillAggregates(log);
      bulk.createIndexes(log, MARK_TABLES);
    }
    await marksBuilt;
    log(`marks built (${elapsed()})`);
    copyMarks(db, marksFile);
    log(`marks copied in (${elapsed()})`);
    if (bulk) {
      bulk.createIndexes(log);
      bulk.restoreTriggers();
      log(`triggers restored (${elapsed()})`);
    }
  } finally {
    await marksBuilt.catch(() => {});
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(marksFile + suffix, { force: true });
  }
  db.prepare("INSERT INTO app_setting (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'").run(
    SYNTHETIC_SETTING_KEY,
  );
  db.pragma("foreign_keys = ON");
  log(`analyze (${elapsed()})`);
  db.exec("ANALYZE");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const counts: Record<string, number> = {};
  for (const table of [
    "user",
    "enterprise",
    "enterprise_task",
    "task_event",
    "product",
    "mentoring_session",
    "impact_snapshot",
    "trademark",
  ]) {
    counts[table] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  }
  db.close();
  const bytes = fs.statSync(options.out).size;
  return { seconds: (performance.now() - started) / 1000, bytes, counts };
}

function writeStaff(db: Db, options: GenerateOptions, random: () => number, passwordHash: string, now: number) {
  const insert = db.prepare(
    `INSERT INTO user (id, role, full_name, email, phone, password_hash, created_at, updated_at)
     VALUES (@id, @role, @name, @email, NULL, @hash, @at, @at)`,
  );
  db.transaction(() => {
    for (let n = 1; n <= ADMIN_COUNT; n += 1) {
      insert.run({
        id: n,
        role: "admin",
        name: personName(random),
        email: adminEmail(n),
        hash: passwordHash,
        at: now - 800 * DAY,
      });
    }
    for (let n = 1; n <= options.mentors; n += 1) {
      const at = now - Math.floor((730 + random() * 60) * DAY);
      insert.run({
        id: ADMIN_COUNT + n,
        role: "mentor",
        name: personName(random),
        email: mentorEmail(n),
        hash: passwordHash,
        at,
      });
    }
  })();
}

function personName(random: () => number): string {
  return `${GIVEN[Math.floor(random() * GIVEN.length)]} ${FAMILY[Math.floor(random() * FAMILY.length)]}`;
}

type Coverage = {
  provinces: { code: string; regencies: { code: string; weight: number }[]; total: number }[];
  /** Mentor ids covering each regency, directly or through its province. */
  mentorsFor: Map<string, number[]>;
};

/**
 * Mentors spread over the provinces by population (at least one per province while there are
 * enough); in each province the first covers the whole province, the others one regency each.
 */
function writeCoverage(db: Db, options: GenerateOptions, random: () => number): Coverage {
  const regencies = db
    .prepare("SELECT code, parent_code AS province FROM region WHERE level = 'regency' ORDER BY code")
    .all() as { code: string; province: string }[];
  const provinces = PROVINCE_POPULATION.map(([code]) => {
    // Uneven regencies: a few large cities, many small districts.
    const list = regencies
      .filter((r) => r.province === code)
      .map((r) => ({ code: r.code, weight: 0.2 + random() ** 2 * 3 }));
    return { code, regencies: list, total: list.reduce((s, r) => s + r.weight, 0) };
  });
  const population = sum(PROVINCE_POPULATION);
  const ranked = [...PROVINCE_POPULATION].sort((a, b) => b[1] - a[1]);
  const quota = new Map<string, number>();
  let given = 0;
  for (const [code, people] of ranked) {
    const n = Math.min(options.mentors - given, Math.max(1, Math.floor((options.mentors * people) / population)));
    quota.set(code, n);
    given += n;
  }
  for (let k = 0; given < options.mentors; k += 1, given += 1) {
    const code = ranked[k % ranked.length]![0];
    quota.set(code, quota.get(code)! + 1);
  }
  const insert = db.prepare("INSERT INTO mentor_coverage (mentor_user_id, region_code) VALUES (?, ?)");
  const mentorsFor = new Map<string, number[]>();
  for (const r of regencies) mentorsFor.set(r.code, []);
  let mentorId = ADMIN_COUNT;
  db.transaction(() => {
    for (const province of provinces) {
      const n = quota.get(province.code) ?? 0;
      for (let k = 0; k < n; k += 1) {
        mentorId += 1;
        if (k === 0 || province.regencies.length === 0) {
          insert.run(mentorId, province.code);
          for (const r of province.regencies) mentorsFor.get(r.code)!.push(mentorId);
        } else {
          const regency = province.regencies[(k - 1) % province.regencies.length]!;
          insert.run(mentorId, regency.code);
          mentorsFor.get(regency.code)!.push(mentorId);
        }
      }
    }
  })();
  return { provinces, mentorsFor };
}

type TaskRow = {
  key: string;
  status: "in_progress" | "submitted" | "changes_requested" | "done";
  at: number;
  decidedAt: number | null;
  answers: string | null;
};

function enterpriseWriter(
  db: Db,
  random: () => number,
  ctx: { passwordHash: string; now: number; version: number; mentors: number; coverage: Coverage },
) {
  const { now, passwordHash } = ctx;
  const populationTotal = sum(PROVINCE_POPULATION);
  const provinceIndex = new Map(ctx.coverage.provinces.map((p, k) => [p.code, k]));
  const categoryTotal = sum(CATEGORY_SHARES);
  const sizeTotal = sum(SIZE_SHARES);
  const stageTotal = sum(STAGE_SHARES);
  const s = {
    owner: db.prepare(
      `INSERT INTO user (id, role, full_name, email, phone, password_hash, privacy_consent_version, privacy_consent_at,
                         created_at, updated_at)
       VALUES (@id, 'owner', @name, @email, @phone, @hash, '2026-01', @at, @at, @at)`,
    ),
    enterprise: db.prepare(
      `INSERT INTO enterprise (id, owner_user_id, template_version, name, legal_form, province_code, regency_code,
         whatsapp, year_started, employees, size_class, mentor_user_id, stage, progress_percent, tasks_waiting, nib,
         last_owner_activity_at, last_mentor_contact_at, last_activity_at, next_follow_up_on, has_marketplace_shop,
         has_online_sale, go_online_at, created_at, updated_at)
       VALUES (@id, @owner, @version, @name, @legalForm, @province, @regency, @phone, @yearStarted, @employees, @size,
         @mentor, @stage, @progress, @waiting, @nib, @ownerAt, @mentorAt, @activityAt, @followUp, @shop, @sale,
         @goOnlineAt, @createdAt, @updatedAt)`,
    ),
    category: db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)"),
    task: db.prepare(
      `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, submitted_at, decided_at, decided_by,
         review_comment, updated_at)
       VALUES (@id, @key, @status, @answers, @submittedAt, @decidedAt, @decidedBy, @comment, @updatedAt)`,
    ),
    event: db.prepare(
      `INSERT INTO task_event (enterprise_id, task_key, actor_user_id, action, status_after, comment, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    product: db.prepare(
      `INSERT INTO product (enterprise_id, name, category, description, price_rupiah, net_amount, net_unit, readiness,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    session: db.prepare(
      `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics,
         shared_notes, private_notes, next_action, follow_up_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    impact: db.prepare(
      `INSERT INTO impact_snapshot (enterprise_id, recorded_on, monthly_revenue_rupiah, employees, online_channels,
         first_online_sale_on, entered_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (a: number, b: number) => Math.floor(a + random() * Math.max(0, b - a));

  return function write(i: number) {
    const provinceCode = weighted(random, PROVINCE_POPULATION, populationTotal);
    const province = ctx.coverage.provinces[provinceIndex.get(provinceCode)!]!;
    let r = random() * province.total;
    let regency = province.regencies[province.regencies.length - 1]!.code;
    for (const candidate of province.regencies) {
      r -= candidate.weight;
      if (r < 0) {
        regency = candidate.code;
        break;
      }
    }
    const primary = weighted(random, CATEGORY_SHARES, categoryTotal);
    const categories: string[] = [primary];
    if (random() < 0.3) {
      const second = weighted(random, CATEGORY_SHARES, categoryTotal);
      if (second !== primary) categories.push(second);
    }
    const size = weighted(random, SIZE_SHARES, sizeTotal);
    const stage = weighted(random, STAGE_SHARES, stageTotal);
    const createdAt = now - Math.floor(random() * 730 * DAY) - 3600;
    const candidates = ctx.coverage.mentorsFor.get(regency) ?? [];
    const mentor = candidates.length && random() < 0.9 ? pick(candidates) : null;

    // Tasks, in journey order, with times spread between registration and now.
    const stepOf = STAGE_INDEX[stage];
    const tasks: TaskRow[] = [];
    const span = now - createdAt;
    let clock = createdAt;
    const advance = () => {
      clock = Math.min(now - 60, clock + Math.floor(random() * (span / 8)) + 600);
      return clock;
    };
    const finished = (): TaskRow["status"] => (random() < 0.08 ? "submitted" : "done");
    const open = (): TaskRow["status"] | null => {
      const x = random();
      return x < 0.35 ? null : x < 0.85 ? "in_progress" : "changes_requested";
    };
    for (const [key, step] of TASKS) {
      let status: TaskRow["status"] | null;
      if (stage === "go_online") status = "done";
      else if (step < stepOf) status = key === "brand" ? "done" : finished();
      else if (step > stepOf) status = null;
      else if (key === "final_review") {
        // The final review can start only once the mentor approved all the others.
        const allDone = tasks.length === REQUIRED_TASKS - 1 && tasks.every((t) => t.status === "done");
        const x = random();
        status = allDone ? (x < 0.5 ? "submitted" : x < 0.75 ? "in_progress" : null) : null;
      } else {
        // The step the enterprise is on: its first task may be finished and a later one open.
        const stepTasks = TASKS.filter(([, st]) => st === step);
        const isFirst = stepTasks[0]![0] === key;
        const previous = tasks[tasks.length - 1];
        if (isFirst && stepTasks.length > 1 && random() < 0.5) status = key === "brand" ? "done" : finished();
        else if (
          !isFirst &&
          previous &&
          previous.key === stepTasks[0]![0] &&
          previous.status !== "in_progress" &&
          previous.status !== "changes_requested"
        )
          status = open();
        else if (isFirst) status = open();
        else status = null;
        if (key === "brand" && status === "changes_requested") status = "in_progress";
      }
      if (!status) {
        if (step >= stepOf) break;
        continue;
      }
      const at = advance();
      const decidedAt = status === "done" || status === "changes_requested" ? advance() : null;
      tasks.push({ key, status, at, decidedAt, answers: null });
    }
    // A step's open task stops the tasks after it, so make sure the current step has one open.
    if (stage !== "go_online" && stage !== "selesai") {
      const stepKeys = TASKS.filter(([, st]) => st === stepOf).map(([k]) => k as string);
      const inStep = tasks.filter((t) => stepKeys.includes(t.key));
      const anyOpen = stepKeys.some((k) => {
        const t = tasks.find((x) => x.key === k);
        return !t || t.status === "in_progress" || t.status === "changes_requested";
      });
      if (!anyOpen && inStep.length) inStep[inStep.length - 1]!.status = "in_progress";
    }

    // Answers that the summary columns are read from: the NIB and the online channels.
    let nib: string | null = null;
    let shop = 0;
    let sale = 0;
    let firstSaleOn: string | null = null;
    for (const t of tasks) {
      if (t.key === "legality" && t.status !== "in_progress" && random() < 0.8) {
        nib = String(9_100_000_000_000 + i);
        t.answers = JSON.stringify({ nib: { status: "have", number: nib } });
      }
      if (t.key === "channels") {
        const live = t.status !== "in_progress" && t.status !== "changes_requested";
        const market = pick(MARKETPLACES);
        const answers: Record<string, Record<string, string>> = {
          whatsapp_business: { status: "open", url: `https://wa.me/62812${pad(i % 100_000_000, 8)}` },
        };
        if (live || random() < 0.3) {
          const sold = random() < 0.55;
          answers[market] = { status: sold ? "first_sale" : "open", url: `https://${SHOP_HOSTS[market]}/umkm${i}` };
          if (sold) {
            firstSaleOn = isoDate(t.at);
            answers[market]!.firstSaleOn = firstSaleOn;
            sale = 1;
          }
          shop = 1;
        } else answers[market] = { status: "planned" };
        t.answers = JSON.stringify(answers);
      }
    }
    const done = tasks.filter((t) => t.status === "done").length;
    const waiting = tasks.filter((t) => t.status === "submitted").length;
    const goOnlineAt = stage === "go_online" ? tasks[tasks.length - 1]!.decidedAt : null;
    const ownerAt = tasks.length ? Math.max(...tasks.map((t) => t.at)) : random() < 0.5 ? createdAt + 300 : null;

    // Mentoring sessions (1–4) over the enterprise's time in the programme.
    const sessions: { heldAt: number; mode: string; minutes: number; topics: string; followUp: string | null }[] = [];
    if (mentor) {
      const n = 1 + Math.floor(random() * 4);
      for (let k = 0; k < n; k += 1) {
        const heldAt = between(createdAt + DAY, now);
        const step = Math.min(4, Math.floor(random() * (Math.min(stepOf, 4) + 1)));
        sessions.push({
          heldAt,
          mode: pick(MODES),
          minutes: 15 + Math.floor(random() * 24) * 5,
          topics: JSON.stringify(TOPIC_BY_STEP[step]),
          followUp: random() < 0.4 ? isoDate(heldAt + (7 + Math.floor(random() * 21)) * DAY) : null,
        });
      }
      sessions.sort((a, b) => a.heldAt - b.heldAt);
    }
    const reviewTimes = tasks.flatMap((t) => (t.decidedAt ? [t.decidedAt] : []));
    const mentorAt =
      sessions.length || (mentor && reviewTimes.length)
        ? Math.max(...sessions.map((x) => x.heldAt), ...(mentor ? reviewTimes : []))
        : null;
    const activityAt = Math.max(ownerAt ?? 0, mentorAt ?? 0, createdAt);
    const lastSession = sessions[sessions.length - 1];
    const impactShare = stage === "go_online" ? 0.6 : stepOf >= 3 ? 0.25 : 0.05;
    const impact = random() < impactShare;
    if (impact && !sale && stage === "go_online" && random() < 0.3) {
      sale = 1;
      firstSaleOn = isoDate(goOnlineAt ?? now - DAY);
    }

    const userId = ownerUserId(i, ctx.mentors);
    const phone = `+62813${pad(i, 8)}`;
    s.owner.run({
      id: userId,
      name: personName(random),
      email: ownerEmail(i),
      phone,
      hash: passwordHash,
      at: createdAt,
    });
    // Categories first (foreign keys are off while building): the enterprise's own insert trigger
    // then tallies it under every category in one statement instead of one trigger per category.
    for (const category of categories) s.category.run(i, category);
    s.enterprise.run({
      id: i,
      owner: userId,
      version: ctx.version,
      name: `${pick(WORDS)} ${pick(PLACES)} ${i}`,
      legalForm: pick(LEGAL_FORMS),
      province: provinceCode,
      regency,
      phone,
      yearStarted: 1995 + Math.floor(random() * 31),
      employees:
        size === "mikro"
          ? Math.floor(random() * 5)
          : size === "kecil"
            ? 5 + Math.floor(random() * 15)
            : 20 + Math.floor(random() * 80),
      size,
      mentor,
      stage,
      progress: Math.round((done / REQUIRED_TASKS) * 100),
      waiting,
      nib,
      ownerAt,
      mentorAt,
      activityAt,
      followUp: lastSession?.followUp ?? null,
      shop,
      sale,
      goOnlineAt,
      createdAt,
      updatedAt: activityAt,
    });
    for (const t of tasks) {
      const reviewed = t.decidedAt !== null && t.key !== "brand";
      s.task.run({
        id: i,
        key: t.key,
        status: t.status,
        answers: t.answers,
        submittedAt: t.key === "brand" ? null : t.at,
        decidedAt: reviewed ? t.decidedAt : null,
        decidedBy: reviewed ? mentor : null,
        comment: t.status === "changes_requested" ? "Mohon lengkapi foto dan keterangannya." : null,
        updatedAt: t.decidedAt ?? t.at,
      });
      if (t.key === "brand") {
        s.event.run(i, t.key, userId, t.status === "done" ? "complete" : "save_draft", t.status, null, t.at);
        continue;
      }
      if (t.status === "in_progress") {
        s.event.run(i, t.key, userId, "save_draft", "in_progress", null, t.at);
        continue;
      }
      s.event.run(i, t.key, userId, "submit", "submitted", null, t.at);
      if (t.status === "done") s.event.run(i, t.key, mentor, "approve", "done", null, t.decidedAt);
      if (t.status === "changes_requested")
        s.event.run(
          i,
          t.key,
          mentor,
          "request_changes",
          "changes_requested",
          "Mohon lengkapi foto dan keterangannya.",
          t.decidedAt,
        );
    }
    const productCount = 1 + Math.floor(random() * 5);
    for (let k = 0; k < productCount; k += 1) {
      const category = pick(categories);
      const at = between(createdAt, now);
      s.product.run(
        i,
        `${pick(WORDS)} ${pick(PRODUCT_WORDS)}`,
        category,
        "Dibuat dari bahan pilihan, tanpa pengawet.",
        (5 + Math.floor(random() * 200)) * 1000,
        category === "services" ? null : 100 + Math.floor(random() * 10) * 50,
        category === "services" ? null : pick(["g", "ml", "pcs"]),
        Math.floor(random() * 101),
        at,
        at,
      );
    }
    for (const x of sessions) {
      s.session.run(
        i,
        mentor,
        isoDate(x.heldAt),
        x.mode,
        x.minutes,
        x.topics,
        "Membahas langkah berikutnya dan contoh foto produk.",
        random() < 0.5 ? "Pemilik perlu didampingi lagi soal izin." : null,
        x.followUp ? "Kirim foto produk yang baru." : null,
        x.followUp,
        x.heldAt,
        x.heldAt,
      );
    }
    if (impact) {
      const at = between(goOnlineAt ?? createdAt, now);
      s.impact.run(
        i,
        isoDate(at),
        (2 + Math.floor(random() * 60)) * 500_000,
        Math.floor(random() * 6),
        shop + 1,
        sale ? (firstSaleOn ?? isoDate(at)) : null,
        mentor,
        at,
      );
    }
  };
}

/** Owners come after the admins and mentors: owner n is user ADMIN_COUNT + mentors + n, enterprise n. */
export function ownerUserId(n: number, mentors: number): number {
  return ADMIN_COUNT + mentors + n;
}
