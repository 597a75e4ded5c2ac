import { randomUUID } from "node:crypto";
import { testDb } from "../fixtures";

/** Monday 15 June 2026, 12:00 WIB: the browser's "now" (TEST_CLOCK) for the dashboard specs. */
export const NOW = Date.UTC(2026, 5, 15, 5, 0, 0) / 1000;
export const TODAY = "2026-06-15";
const DAY = 86_400;

export type Seeded = {
  key: string;
  name: string;
  province: "65" | "96";
  regency: string | null;
  size: "mikro" | "kecil" | "menengah" | null;
  categories: string[];
  stage: "usaha" | "merek" | "produk" | "online" | "selesai" | "go_online";
  createdDaysAgo: number;
  goOnlineDaysAgo?: number;
  activityDaysAgo?: number;
  shop?: boolean;
  sale?: boolean;
};

/**
 * The data set in the provinces reserved for these specs (65 Kalimantan Utara, 96 Papua Barat
 * Daya). The specs compute every expected figure from this list, never from the tally.
 */
export const SEEDED: Seeded[] = [
  {
    key: "e1",
    name: "Amplang Tarakan",
    province: "65",
    regency: "65.71",
    size: "mikro",
    categories: ["processed_food"],
    stage: "go_online",
    createdDaysAgo: 100,
    goOnlineDaysAgo: 40,
    activityDaysAgo: 3,
    shop: true,
    sale: true,
  },
  {
    key: "e2",
    name: "Kerupuk Ikan Bahari",
    province: "65",
    regency: "65.71",
    size: "kecil",
    categories: ["processed_food", "craft"],
    stage: "go_online",
    createdDaysAgo: 200,
    goOnlineDaysAgo: 100,
    activityDaysAgo: 45,
    shop: true,
  },
  {
    key: "e3",
    name: "Anyaman Bulungan",
    province: "65",
    regency: "65.01",
    size: "mikro",
    categories: ["craft"],
    stage: "online",
    createdDaysAgo: 20,
    activityDaysAgo: 2,
    shop: true,
  },
  {
    key: "e4",
    name: "=1+2 Kain Tenun",
    province: "65",
    regency: "65.01",
    size: "mikro",
    categories: ["fashion_textile"],
    stage: "produk",
    createdDaysAgo: 10,
  },
  {
    key: "e5",
    name: "Jasa Perahu Malinau",
    province: "65",
    regency: "65.02",
    size: "menengah",
    categories: ["services"],
    stage: "merek",
    createdDaysAgo: 300,
    activityDaysAgo: 100,
  },
  {
    key: "e6",
    name: "Nasi Kuning Malinau",
    province: "65",
    regency: "65.02",
    size: "mikro",
    categories: ["ready_meal"],
    stage: "usaha",
    createdDaysAgo: 5,
  },
  {
    key: "e7",
    name: "Usaha Baru Kaltara",
    province: "65",
    regency: null,
    size: null,
    categories: [],
    stage: "usaha",
    createdDaysAgo: 1,
  },
  {
    key: "e8",
    name: "Dodol Nunukan",
    province: "65",
    regency: "65.03",
    size: "kecil",
    categories: ["processed_food"],
    stage: "selesai",
    createdDaysAgo: 60,
    activityDaysAgo: 31,
    shop: true,
    sale: true,
  },
  {
    key: "e9",
    name: "Jamu Tarakan",
    province: "65",
    regency: "65.71",
    size: "mikro",
    categories: ["cosmetics_jamu"],
    stage: "go_online",
    createdDaysAgo: 400,
    goOnlineDaysAgo: 196,
    activityDaysAgo: 200,
    shop: true,
    sale: true,
  },
  {
    key: "e10",
    name: "Abon Ikan Tarakan",
    province: "65",
    regency: "65.71",
    size: "mikro",
    categories: ["processed_food"],
    stage: "go_online",
    createdDaysAgo: 30,
    goOnlineDaysAgo: 9,
    activityDaysAgo: 9,
  },
  {
    key: "f1",
    name: "Kerajinan Sorong",
    province: "96",
    regency: "96.71",
    size: "mikro",
    categories: ["craft"],
    stage: "go_online",
    createdDaysAgo: 50,
    goOnlineDaysAgo: 10,
    shop: true,
  },
  {
    key: "f2",
    name: "Jasa Wisata Sorong",
    province: "96",
    regency: "96.01",
    size: "kecil",
    categories: ["services"],
    stage: "usaha",
    createdDaysAgo: 3,
  },
];

export const TARGET_65 = 8;
export const PRIVATE_NOTE = "RAHASIA-pendamping-jangan-diekspor";
export const FORMULA_NOTE = "=SUM(A1:A9)";

/** Sessions: [enterprise key, held on, shared notes]. Every one carries the private note. */
export const SEEDED_SESSIONS: [string, string, string][] = [
  ["e1", "2026-06-10", FORMULA_NOTE],
  ["e3", "2026-06-01", "Foto produk sudah bagus."],
  ["e2", "2026-04-01", "Di luar rentang."],
  ["f1", "2026-06-05", "Provinsi lain."],
];

const at = (daysAgo: number) => NOW - daysAgo * DAY;

/**
 * (Re)creates the seeded set in one IMMEDIATE transaction: the old set (from an earlier project
 * or run) goes and the same set comes back, so a spec running in parallel sees the same
 * figures before and after. Returns the new ids by key and the sessions' mentor.
 */
export function seedDashboardData(): { ids: Map<string, number>; mentorName: string } {
  const db = testDb();
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  return db
    .transaction(() => {
      // Both projects' workers run this file's beforeAll; the server's database is fresh for each run,
      // so the first worker seeds and the other reads the same set (re-seeding would change ids under
      // a test that is already running).
      const mentor = db.prepare("SELECT id, full_name FROM user WHERE email LIKE 'dasbor-mentor-%@e2e.test'").get() as
        | { id: number; full_name: string }
        | undefined;
      if (mentor) {
        const rows = db.prepare("SELECT id, name FROM enterprise WHERE province_code IN ('65', '96')").all() as {
          id: number;
          name: string;
        }[];
        const byName = new Map(rows.map((r) => [r.name, r.id]));
        if (SEEDED.every((e) => byName.has(e.name)) && rows.length === SEEDED.length) {
          return { ids: new Map(SEEDED.map((e) => [e.key, byName.get(e.name)!])), mentorName: mentor.full_name };
        }
      }
      db.prepare("DELETE FROM enterprise WHERE province_code IN ('65', '96')").run();
      db.prepare("DELETE FROM user WHERE email LIKE 'dasbor-%@e2e.test'").run();
      const tag = randomUUID().slice(0, 8);
      const mentorName = `Pendamping Dasbor ${tag}`;
      const mentorId = Number(
        db
          .prepare(
            `INSERT INTO user (role, full_name, email, password_hash, created_at, updated_at)
             VALUES ('mentor', ?, ?, 'x', ?, ?)`,
          )
          .run(mentorName, `dasbor-mentor-${tag}@e2e.test`, NOW, NOW).lastInsertRowid,
      );
      const addOwner = db.prepare(
        `INSERT INTO user (role, full_name, email, phone, password_hash, privacy_consent_version, privacy_consent_at,
                           created_at, updated_at)
         VALUES ('owner', ?, ?, ?, 'x', 'test', ?, ?, ?)`,
      );
      const addEnterprise = db.prepare(
        `INSERT INTO enterprise (owner_user_id, mentor_user_id, template_version, name, province_code, regency_code,
           size_class, stage, has_marketplace_shop, has_online_sale, last_owner_activity_at, last_activity_at,
           go_online_at, created_at, updated_at)
         VALUES (@owner, @mentor, @version, @name, @province, @regency, @size, @stage, @shop, @sale, @activity,
           coalesce(@activity, @created), @goOnline, @created, @created)`,
      );
      const addCategory = db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)");
      const ids = new Map<string, number>();
      SEEDED.forEach((e, i) => {
        const phone = `+62899${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
        const owner = Number(
          addOwner.run(`Pemilik Dasbor ${e.key} ${tag}`, `dasbor-${e.key}-${tag}@e2e.test`, phone, NOW, NOW, NOW)
            .lastInsertRowid,
        );
        const id = Number(
          addEnterprise.run({
            owner,
            mentor: i % 2 === 0 ? mentorId : null,
            version,
            name: e.name,
            province: e.province,
            regency: e.regency,
            size: e.size,
            stage: e.stage,
            shop: e.shop ? 1 : 0,
            sale: e.sale ? 1 : 0,
            activity: e.activityDaysAgo === undefined ? null : at(e.activityDaysAgo),
            goOnline: e.goOnlineDaysAgo === undefined ? null : at(e.goOnlineDaysAgo),
            created: at(e.createdDaysAgo),
          }).lastInsertRowid,
        );
        for (const category of e.categories) addCategory.run(id, category);
        ids.set(e.key, id);
      });
      const addSession = db.prepare(
        `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics,
           shared_notes, private_notes, created_at, updated_at)
         VALUES (?, ?, ?, 'kunjungan', 45, '["products"]', ?, ?, ?, ?)`,
      );
      for (const [key, heldOn, shared] of SEEDED_SESSIONS) {
        addSession.run(ids.get(key), mentorId, heldOn, shared, PRIVATE_NOTE, NOW, NOW);
      }
      db.prepare(
        `INSERT INTO programme_target (year, province_code, target, updated_at) VALUES (2026, '65', ?, ?)
         ON CONFLICT (year, province_code) DO UPDATE SET target = excluded.target`,
      ).run(TARGET_65, NOW);
      db.prepare("DELETE FROM programme_target WHERE year = 2026 AND province_code = '96'").run();
      return { ids, mentorName };
    })
    .immediate();
}

// ── Expected figures, computed from SEEDED by plain date arithmetic ────────────────────────────

/** The WIB calendar day `daysAgo` days before NOW (NOW is midday WIB, so no day boundary moves). */
export function dayAgo(daysAgo: number): string {
  return new Date(Date.UTC(2026, 5, 15 - daysAgo)).toISOString().slice(0, 10);
}

export function expectedFigures(set: Seeded[]) {
  const stages = ["usaha", "merek", "produk", "online", "selesai", "go_online"] as const;
  const online = set.filter((e) => e.goOnlineDaysAgo !== undefined);
  const days = online.map((e) => e.createdDaysAgo - e.goOnlineDaysAgo!).sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  // The 26 weeks end with the week of Monday 15 June 2026 and so start on Monday 22 December 2025.
  const periodStart = "2025-12-22";
  return {
    registered: set.length,
    active: set.filter((e) => dayAgo(e.activityDaysAgo ?? e.createdDaysAgo) >= dayAgo(29)).length,
    goOnline: set.filter((e) => e.stage === "go_online").length,
    shop: set.filter((e) => e.shop).length,
    sale: set.filter((e) => e.sale).length,
    stageCounts: Object.fromEntries(stages.map((s) => [s, set.filter((e) => e.stage === s).length])),
    reached: Object.fromEntries(
      stages.map((s, i) => [s, set.filter((e) => stages.indexOf(e.stage) >= i).length]),
    ) as Record<(typeof stages)[number], number>,
    median: days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2,
    periodRegistered: set.filter((e) => dayAgo(e.createdDaysAgo) >= periodStart).length,
    periodGoOnline: online.filter((e) => dayAgo(e.goOnlineDaysAgo!) >= periodStart).length,
    goOnlineThisYear: online.filter((e) => dayAgo(e.goOnlineDaysAgo!) >= "2026-01-01").length,
  };
}
