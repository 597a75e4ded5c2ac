import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db.server";
import { ensureJourneyTemplate, getOrCreateEnterprise, latestTemplateVersion } from "../journey/journey.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import {
  caseloadBatches,
  caseloadCounts,
  stalledCount,
  caseloadQuery,
  listCaseload,
  type CaseloadRow,
  type Clock,
} from "./caseload.server";
import { todayInIndonesia } from "~/utils/dates";
import type { SizeClass } from "~/utils/enterprise/size-class";
import type { ProductCategory } from "~/utils/journey/template-types";
import {
  CASELOAD_PAGE_SIZE,
  CASELOAD_SORTS,
  CASELOAD_VIEWS,
  type CaseloadFilters,
  type CaseloadView,
} from "~/utils/mentoring/caseload-filters";
import type { Stage } from "~/utils/mentoring/stage";
import { isStalled, stalledCutoff } from "~/utils/mentoring/stalled";

const DAY = 24 * 60 * 60;
// 2026-03-15 10:00 WIB
const NOW = Date.UTC(2026, 2, 15, 3, 0, 0) / 1000;
const TODAY = "2026-03-15";
const CLOCK: Clock = { now: NOW, today: TODAY, stalledDays: 14 };
const CUTOFF = stalledCutoff(NOW, 14);

const DEFAULTS: CaseloadFilters = {
  view: "all",
  stage: null,
  province: null,
  regency: null,
  category: null,
  size: null,
  q: "",
  sort: "name",
  page: 1,
};
const filters = (change: Partial<CaseloadFilters> = {}): CaseloadFilters => ({ ...DEFAULTS, ...change });

type Spec = {
  name: string | null;
  mentorId: number | null;
  ownerName?: string;
  phone?: string;
  whatsapp?: string | null;
  province?: string | null;
  regency?: string | null;
  size?: SizeClass | null;
  stage?: Stage;
  progress?: number;
  waiting?: number;
  goOnlineAt?: number | null;
  lastActivityAt?: number | null;
  nextFollowUpOn?: string | null;
  createdAt?: number;
  nib?: string | null;
  categories?: ProductCategory[];
  brand?: string | null;
};

let db: Db;
let phoneCounter = 0;

/** Inserts an owner and their enterprise row as it would be after some weeks of use. */
function addEnterprise(spec: Spec): number {
  phoneCounter += 1;
  const ownerId = insertTestUser(db, {
    role: "owner",
    fullName: spec.ownerName ?? `Pemilik ${phoneCounter}`,
    phone: spec.phone ?? `+6289900${String(phoneCounter).padStart(6, "0")}`,
  });
  const createdAt = spec.createdAt ?? NOW - 60 * DAY;
  const id = Number(
    db
      .prepare(
        `INSERT INTO enterprise (owner_user_id, template_version, name, province_code, regency_code, whatsapp,
           size_class, mentor_user_id, go_online_at, stage, progress_percent, tasks_waiting, nib,
           last_activity_at, next_follow_up_on, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ownerId,
        latestTemplateVersion(db),
        spec.name,
        spec.province ?? null,
        spec.regency ?? null,
        spec.whatsapp ?? null,
        spec.size ?? null,
        spec.mentorId,
        spec.goOnlineAt ?? null,
        spec.stage ?? (spec.goOnlineAt ? "go_online" : "usaha"),
        spec.progress ?? 0,
        spec.waiting ?? 0,
        spec.nib ?? null,
        spec.lastActivityAt === undefined ? NOW - DAY : spec.lastActivityAt,
        spec.nextFollowUpOn ?? null,
        createdAt,
        createdAt,
      ).lastInsertRowid,
  );
  for (const category of spec.categories ?? []) {
    db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)").run(id, category);
  }
  if (spec.brand) {
    db.prepare("INSERT INTO enterprise_brand (enterprise_id, name, updated_at) VALUES (?, ?, ?)").run(
      id,
      spec.brand,
      NOW,
    );
  }
  return id;
}

function insertRegions(): void {
  const insert = db.prepare("INSERT INTO region (code, level, parent_code, name, regency_kind) VALUES (?, ?, ?, ?, ?)");
  insert.run("32", "province", null, "Jawa Barat", null);
  insert.run("32.05", "regency", "32", "Kabupaten Garut", "kabupaten");
  insert.run("32.73", "regency", "32", "Kota Bandung", "kota");
  insert.run("33", "province", null, "Jawa Tengah", null);
  insert.run("33.74", "regency", "33", "Kota Semarang", "kota");
}

const list = (mentorId: number, change: Partial<CaseloadFilters> = {}, clock: Clock = CLOCK) =>
  listCaseload(db, mentorId, filters(change), clock);
const names = (mentorId: number, change: Partial<CaseloadFilters> = {}) =>
  list(mentorId, change).rows.map((r) => r.name);
/** The whole filtered caseload read through caseloadBatches, `size` rows at a time. */
function batched(mentorId: number, change: Partial<CaseloadFilters> = {}, size = 5): CaseloadRow[] {
  const read = caseloadBatches(db, mentorId, filters(change), CLOCK);
  const rows: CaseloadRow[] = [];
  for (let offset = 0; ; offset += size) {
    const batch = read(offset, size);
    rows.push(...batch);
    if (batch.length < size) return rows;
  }
}
const nameSet = (mentorId: number, change: Partial<CaseloadFilters> = {}) => new Set(names(mentorId, change));

/** Every row of the filtered caseload, page by page through listCaseload. */
function allPages(mentorId: number, change: Partial<CaseloadFilters> = {}, clock: Clock = CLOCK): CaseloadRow[] {
  const first = list(mentorId, { ...change, page: 1 }, clock);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page++) rows.push(...list(mentorId, { ...change, page }, clock).rows);
  expect(rows).toHaveLength(first.total);
  return rows;
}

beforeEach(() => {
  db = createTestDb();
  ensureJourneyTemplate(db);
  insertRegions();
});

describe("listCaseload: the fixture caseload", () => {
  let mentor: number;
  let other: number;
  const ids: Record<string, number> = {};

  beforeEach(() => {
    mentor = insertTestUser(db, { role: "mentor", fullName: "Pendamping Rina" });
    other = insertTestUser(db, { role: "mentor", fullName: "Pendamping Lain" });
    const add = (key: string, spec: Omit<Spec, "mentorId"> & { mentorId?: number | null }) => {
      ids[key] = addEnterprise({ mentorId: mentor, ...spec });
    };
    add("siti", {
      name: "Keripik Bu Siti",
      ownerName: "Siti Aminah",
      phone: "+6281234500001",
      province: "32",
      regency: "32.05",
      categories: ["processed_food"],
      size: "mikro",
      stage: "usaha",
      progress: 10,
      lastActivityAt: NOW - 1 * DAY,
      nib: "9120001234567",
      brand: "Renyah Snack",
    });
    add("batik", {
      name: "Batik Garutan",
      ownerName: "Dewi Lestari",
      phone: "+6281399900002",
      whatsapp: "+6285700000002",
      province: "32",
      regency: "32.05",
      categories: ["fashion_textile"],
      size: "kecil",
      stage: "merek",
      progress: 30,
      waiting: 2,
      lastActivityAt: NOW - 2 * DAY,
      nextFollowUpOn: "2026-03-20",
    });
    add("kopi", {
      name: "kopi Cikuray",
      ownerName: "Ujang Sutisna",
      province: "32",
      regency: "32.05",
      categories: ["processed_food", "fresh_produce"],
      size: "mikro",
      stage: "produk",
      progress: 50,
      waiting: 1,
      lastActivityAt: NOW - 20 * DAY, // quiet: stalled
    });
    add("anyaman", {
      name: "Anyaman Bambu",
      ownerName: "Asep Saepudin",
      province: "32",
      regency: "32.73",
      categories: ["craft"],
      size: "mikro",
      stage: "online",
      progress: 70,
      lastActivityAt: NOW - 3 * DAY,
      nextFollowUpOn: "2026-03-10", // passed: stalled
    });
    add("jamu", {
      name: "Jamu Sehat",
      ownerName: "Sri Wahyuni",
      province: "33",
      regency: "33.74",
      categories: ["cosmetics_jamu"],
      size: "kecil",
      stage: "selesai",
      progress: 90,
      waiting: 1,
      lastActivityAt: NOW - 1 * DAY,
      nextFollowUpOn: TODAY, // today: not stalled
    });
    add("warung", {
      name: "Warung Pak Budi",
      ownerName: "Budi Santoso",
      province: "33",
      regency: "33.74",
      categories: ["ready_meal"],
      size: "menengah",
      progress: 100,
      goOnlineAt: NOW - 30 * DAY,
      lastActivityAt: NOW - 30 * DAY, // quiet, but online: not stalled
      nextFollowUpOn: "2026-01-01",
    });
    add("sambal", {
      name: "Sambal 100% Pedas",
      ownerName: "Rina Marlina",
      province: "32",
      regency: "32.05",
      categories: ["processed_food"],
      size: "mikro",
      stage: "merek",
      progress: 20,
      lastActivityAt: NOW - 5 * DAY,
      nextFollowUpOn: "2026-03-16",
    });
    add("tas", {
      name: "Tas_Rajut",
      ownerName: "Lina Herlina",
      categories: ["craft"],
      stage: "produk",
      progress: 40,
      lastActivityAt: NOW - 4 * DAY,
      nextFollowUpOn: "2026-04-01",
    });
    add("tasx", {
      name: "TasXRajut",
      ownerName: "Maya Sari",
      categories: ["craft"],
      stage: "produk",
      progress: 45,
      lastActivityAt: NOW - 6 * DAY,
    });
    add("unnamed", {
      name: null,
      ownerName: "Tanpa Nama",
      createdAt: NOW - 15 * DAY,
      lastActivityAt: null, // never active: created_at counts, 15 days ago: stalled
    });
    add("zebra", {
      name: "Zebra Craft",
      ownerName: "Zainal Arifin",
      province: "32",
      categories: ["services"],
      size: "besar",
      stage: "usaha",
      progress: 0,
      waiting: 3,
      lastActivityAt: CUTOFF, // exactly at the cutoff: not stalled
    });
    add("anak", {
      name: "Anak Nusantara",
      ownerName: "Nur Aini",
      categories: ["services"],
      size: "kecil",
      stage: "online",
      progress: 80,
      lastActivityAt: CUTOFF - 1, // one second too old: stalled
    });
    // Not in this mentor's caseload
    add("otherKeripik", {
      mentorId: other,
      name: "Keripik Lain",
      ownerName: "Siti Lain",
      phone: "+6281234500099",
      province: "32",
      regency: "32.05",
      categories: ["processed_food"],
      size: "mikro",
      waiting: 4,
      lastActivityAt: NOW - 40 * DAY,
      nib: "9120001111111",
      brand: "Renyah Lain",
    });
    add("unassigned", {
      mentorId: null,
      name: "Keripik Tanpa Pendamping",
      ownerName: "Siti Sendiri",
      waiting: 1,
      lastActivityAt: NOW - 40 * DAY,
    });
  });

  const MINE = [
    "Keripik Bu Siti",
    "Batik Garutan",
    "kopi Cikuray",
    "Anyaman Bambu",
    "Jamu Sehat",
    "Warung Pak Budi",
    "Sambal 100% Pedas",
    "Tas_Rajut",
    "TasXRajut",
    null,
    "Zebra Craft",
    "Anak Nusantara",
  ];

  it("lists the mentor's whole caseload, and nobody else's", () => {
    const result = list(mentor);
    expect(result.total).toBe(12);
    expect(result.pageCount).toBe(1);
    expect(new Set(result.rows.map((r) => r.name))).toEqual(new Set(MINE));
    expect(result.rows.map((r) => r.id)).not.toContain(ids.otherKeripik);
    expect(result.rows.map((r) => r.id)).not.toContain(ids.unassigned);
  });

  it("fills each row's columns", () => {
    const batik = list(mentor).rows.find((r) => r.id === ids.batik);
    expect(batik).toEqual({
      id: ids.batik!,
      name: "Batik Garutan",
      ownerName: "Dewi Lestari",
      ownerPhone: "+6281399900002",
      whatsapp: "+6285700000002",
      regencyName: "Kabupaten Garut",
      stage: "merek",
      progressPercent: 30,
      tasksWaiting: 2,
      lastActivityAt: NOW - 2 * DAY,
      nextFollowUpOn: "2026-03-20",
      goOnlineAt: null,
      sizeClass: "kecil",
      nib: null,
      stalled: 0,
    } satisfies CaseloadRow);
    const siti = list(mentor).rows.find((r) => r.id === ids.siti);
    expect(siti).toMatchObject({ ownerPhone: "+6281234500001", nib: "9120001234567", regencyName: "Kabupaten Garut" });
    expect(list(mentor).rows.find((r) => r.id === ids.zebra)?.regencyName).toBeNull();
  });

  it("reports the sign-up time as the last activity of an enterprise that was never active", () => {
    const row = list(mentor).rows.find((r) => r.id === ids.unnamed);
    expect(row?.lastActivityAt).toBe(NOW - 15 * DAY);
    expect(row?.stalled).toBe(1);
  });

  describe("views", () => {
    it("waiting: enterprises with tasks waiting for review", () => {
      expect(nameSet(mentor, { view: "waiting" })).toEqual(
        new Set(["Batik Garutan", "kopi Cikuray", "Jamu Sehat", "Zebra Craft"]),
      );
    });

    it("stalled: quiet too long or a passed follow-up date, never online", () => {
      expect(nameSet(mentor, { view: "stalled" })).toEqual(
        new Set(["kopi Cikuray", "Anyaman Bambu", null, "Anak Nusantara"]),
      );
    });

    it("graduated: online", () => {
      expect(names(mentor, { view: "graduated" })).toEqual(["Warung Pak Budi"]);
    });

    it("all", () => {
      expect(list(mentor, { view: "all" }).total).toBe(12);
    });
  });

  describe("filters", () => {
    it("stage", () => {
      expect(nameSet(mentor, { stage: "produk" })).toEqual(new Set(["kopi Cikuray", "Tas_Rajut", "TasXRajut"]));
      expect(nameSet(mentor, { stage: "usaha" })).toEqual(new Set(["Keripik Bu Siti", null, "Zebra Craft"]));
      expect(names(mentor, { stage: "go_online" })).toEqual(["Warung Pak Budi"]);
      expect(names(mentor, { stage: "selesai" })).toEqual(["Jamu Sehat"]);
    });

    it("province", () => {
      expect(nameSet(mentor, { province: "32" })).toEqual(
        new Set([
          "Keripik Bu Siti",
          "Batik Garutan",
          "kopi Cikuray",
          "Anyaman Bambu",
          "Sambal 100% Pedas",
          "Zebra Craft",
        ]),
      );
      expect(nameSet(mentor, { province: "33" })).toEqual(new Set(["Jamu Sehat", "Warung Pak Budi"]));
      expect(list(mentor, { province: "34" }).total).toBe(0);
    });

    it("regency (which wins over the province)", () => {
      expect(nameSet(mentor, { province: "32", regency: "32.05" })).toEqual(
        new Set(["Keripik Bu Siti", "Batik Garutan", "kopi Cikuray", "Sambal 100% Pedas"]),
      );
      expect(names(mentor, { province: "32", regency: "32.73" })).toEqual(["Anyaman Bambu"]);
      expect(nameSet(mentor, { regency: "33.74" })).toEqual(new Set(["Jamu Sehat", "Warung Pak Budi"]));
    });

    it("category (an enterprise with two categories matches either)", () => {
      expect(nameSet(mentor, { category: "processed_food" })).toEqual(
        new Set(["Keripik Bu Siti", "kopi Cikuray", "Sambal 100% Pedas"]),
      );
      expect(names(mentor, { category: "fresh_produce" })).toEqual(["kopi Cikuray"]);
      expect(nameSet(mentor, { category: "craft" })).toEqual(new Set(["Anyaman Bambu", "Tas_Rajut", "TasXRajut"]));
    });

    it("size", () => {
      expect(nameSet(mentor, { size: "mikro" })).toEqual(
        new Set(["Keripik Bu Siti", "kopi Cikuray", "Anyaman Bambu", "Sambal 100% Pedas"]),
      );
      expect(names(mentor, { size: "besar" })).toEqual(["Zebra Craft"]);
      expect(nameSet(mentor, { size: "kecil" })).toEqual(new Set(["Batik Garutan", "Jamu Sehat", "Anak Nusantara"]));
    });

    it("combines filters with AND", () => {
      expect(names(mentor, { province: "32", category: "processed_food", view: "stalled" })).toEqual(["kopi Cikuray"]);
      expect(names(mentor, { size: "mikro", stage: "merek" })).toEqual(["Sambal 100% Pedas"]);
      expect(list(mentor, { view: "graduated", province: "32" }).total).toBe(0);
    });
  });

  describe("search", () => {
    it("by enterprise name, any case, any part", () => {
      expect(names(mentor, { q: "keripik" })).toEqual(["Keripik Bu Siti"]);
      expect(names(mentor, { q: "CIKURAY" })).toEqual(["kopi Cikuray"]);
      expect(names(mentor, { q: "garut" })).toEqual(["Batik Garutan"]);
    });

    it("by owner name", () => {
      expect(names(mentor, { q: "Dewi" })).toEqual(["Batik Garutan"]);
      expect(names(mentor, { q: "tanpa nama" })).toEqual([null]);
    });

    it("by brand name", () => {
      expect(names(mentor, { q: "renyah" })).toEqual(["Keripik Bu Siti"]);
    });

    it("follows renames of the enterprise, its owner and its brand, and a removed brand", () => {
      const id = db.prepare("SELECT id FROM enterprise WHERE name = 'Keripik Bu Siti'").pluck().get() as number;
      const ownerId = db.prepare("SELECT owner_user_id FROM enterprise WHERE id = ?").pluck().get(id) as number;
      // inside a transaction rolled back at the end, so the other tests keep their data
      const renames = db.transaction(() => {
        db.prepare("UPDATE enterprise SET name = 'Sambal Juwita' WHERE id = ?").run(id);
        db.prepare("UPDATE user SET full_name = 'Ratna Kusuma', phone = '+6285299990000' WHERE id = ?").run(ownerId);
        db.prepare("UPDATE enterprise_brand SET name = 'Zamrud Mantap' WHERE enterprise_id = ?").run(id);
        for (const q of ["keripik", "renyah"]) expect(names(mentor, { q }), q).toEqual([]);
        for (const q of ["juwita", "ratna kusuma", "zamrud mantap"])
          expect(names(mentor, { q }), q).toEqual(["Sambal Juwita"]);
        db.prepare("DELETE FROM enterprise_brand WHERE enterprise_id = ?").run(id);
        expect(names(mentor, { q: "zamrud" })).toEqual([]);
        db.prepare("INSERT INTO enterprise_brand (enterprise_id, name, updated_at) VALUES (?, 'Gurih Nian', 0)").run(
          id,
        );
        expect(names(mentor, { q: "gurih" })).toEqual(["Sambal Juwita"]);
        expect(names(mentor, { q: "0852-9999-0000" })).toEqual(["Sambal Juwita"]);
        expect(names(mentor, { q: "0812-3450-0001" })).toEqual([]);
        // never across two names: the end of the enterprise's and the start of the owner's
        expect(names(mentor, { q: "juwita ratna" })).toEqual([]);
        throw new Error("roll back");
      });
      expect(renames).toThrow("roll back");
      expect(names(mentor, { q: "renyah" })).toEqual(["Keripik Bu Siti"]);
    });

    it("by the owner's phone typed as 08…", () => {
      expect(names(mentor, { q: "0812-3450-0001" })).toEqual(["Keripik Bu Siti"]);
      expect(names(mentor, { q: "0812 3450 0001" })).toEqual(["Keripik Bu Siti"]);
      expect(names(mentor, { q: "+62 812 3450 0001" })).toEqual(["Keripik Bu Siti"]);
      // part of the number
      expect(names(mentor, { q: "08123450" })).toEqual(["Keripik Bu Siti"]);
    });

    it("by the enterprise's WhatsApp number", () => {
      expect(names(mentor, { q: "0857-0000-0002" })).toEqual(["Batik Garutan"]);
    });

    it("by a NIB prefix", () => {
      expect(names(mentor, { q: "9120001234567" })).toEqual(["Keripik Bu Siti"]);
      expect(names(mentor, { q: "912000" })).toEqual(["Keripik Bu Siti"]);
      // only a prefix of the NIB, not a middle part
      expect(names(mentor, { q: "1234567" })).toEqual([]);
    });

    it("never finds another mentor's enterprise, by name, owner, brand, phone or NIB", () => {
      for (const q of ["Keripik Lain", "Siti Lain", "Renyah Lain", "0812-3450-0099", "9120001111111", "Pendamping"]) {
        expect(names(mentor, { q }), q).toEqual([]);
      }
      expect(names(other, { q: "Keripik" })).toEqual(["Keripik Lain"]);
    });

    it("takes '%' literally", () => {
      expect(names(mentor, { q: "%" })).toEqual(["Sambal 100% Pedas"]);
      expect(names(mentor, { q: "100%" })).toEqual(["Sambal 100% Pedas"]);
      expect(names(mentor, { q: "0% P" })).toEqual(["Sambal 100% Pedas"]);
      expect(names(mentor, { q: "Sambal%Pedas" })).toEqual([]);
    });

    it("takes '_' literally", () => {
      expect(names(mentor, { q: "_" })).toEqual(["Tas_Rajut"]);
      expect(names(mentor, { q: "Tas_Rajut" })).toEqual(["Tas_Rajut"]);
      expect(names(mentor, { q: "Tas_" })).toEqual(["Tas_Rajut"]);
    });

    it("takes a backslash literally", () => {
      expect(names(mentor, { q: "\\" })).toEqual([]);
      expect(names(mentor, { q: "\\%" })).toEqual([]);
    });

    it("combines with the other filters", () => {
      expect(names(mentor, { q: "Tas", stage: "produk" }).sort()).toEqual(["TasXRajut", "Tas_Rajut"]);
      expect(names(mentor, { q: "Tas", view: "waiting" })).toEqual([]);
    });
  });

  describe("sorts", () => {
    it("name: case-insensitive, unnamed last", () => {
      expect(names(mentor, { sort: "name" })).toEqual([
        "Anak Nusantara",
        "Anyaman Bambu",
        "Batik Garutan",
        "Jamu Sehat",
        "Keripik Bu Siti",
        "kopi Cikuray",
        "Sambal 100% Pedas",
        "Tas_Rajut",
        "TasXRajut",
        "Warung Pak Budi",
        "Zebra Craft",
        null,
      ]);
    });

    it("quiet: the longest-quiet first", () => {
      const rows = list(mentor, { sort: "quiet" }).rows;
      const named = rows.filter((r) => r.id !== ids.unnamed);
      expect(named.map((r) => r.name)).toEqual([
        "Warung Pak Budi",
        "kopi Cikuray",
        "Anak Nusantara",
        "Zebra Craft",
        "TasXRajut",
        "Sambal 100% Pedas",
        "Tas_Rajut",
        "Anyaman Bambu",
        "Batik Garutan",
        "Keripik Bu Siti",
        "Jamu Sehat",
      ]);
    });

    it("progress: the furthest first", () => {
      expect(list(mentor, { sort: "progress" }).rows.map((r) => r.progressPercent)).toEqual([
        100, 90, 80, 70, 50, 45, 40, 30, 20, 10, 0, 0,
      ]);
    });

    it("waiting: most tasks waiting first, then the longest quiet", () => {
      const rows = list(mentor, { sort: "waiting" }).rows;
      expect(rows.slice(0, 4).map((r) => [r.name, r.tasksWaiting])).toEqual([
        ["Zebra Craft", 3],
        ["Batik Garutan", 2],
        ["kopi Cikuray", 1],
        ["Jamu Sehat", 1],
      ]);
      expect(rows.slice(4).every((r) => r.tasksWaiting === 0)).toBe(true);
    });

    it("follow_up: the earliest date first, none last", () => {
      expect(list(mentor, { sort: "follow_up" }).rows.map((r) => r.nextFollowUpOn)).toEqual([
        "2026-01-01",
        "2026-03-10",
        "2026-03-15",
        "2026-03-16",
        "2026-03-20",
        "2026-04-01",
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    });

    it("every sort lists the same enterprises", () => {
      for (const sort of CASELOAD_SORTS) {
        expect(nameSet(mentor, { sort }), sort).toEqual(new Set(MINE));
      }
    });
  });

  // A new enterprise has no last_activity_at until its first task save (getOrCreateEnterprise
  // does not set it). Its shown lastActivityAt is then created_at, but the quiet sort reads the raw
  // column, and NULL sorts first: a business that signed up yesterday is listed as the quietest.
  it("quiet sort orders by the lastActivityAt it shows (a new enterprise by its sign-up)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime((NOW - 2 * DAY) * 1000);
      const fresh = getOrCreateEnterprise(db, insertTestUser(db, { role: "owner", fullName: "Baru Daftar" }));
      db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentor, fresh.id);
    } finally {
      vi.useRealTimers();
    }
    const rows = list(mentor, { sort: "quiet" }).rows;
    expect(rows).toHaveLength(13);
    // (the fixture's own never-active row is left out: it was written with SQL, not by the app)
    const shown = rows.filter((r) => r.id !== ids.unnamed).map((r) => r.lastActivityAt);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it("counts agree with the lists of each view", () => {
    const counts = caseloadCounts(db, mentor, CLOCK);
    expect(counts).toEqual({
      total: 12,
      waitingTasks: 7,
      waitingEnterprises: 4,
      stalled: 4,
      graduated: 1,
    });
    expect(counts.total).toBe(list(mentor, { view: "all" }).total);
    expect(counts.waitingEnterprises).toBe(list(mentor, { view: "waiting" }).total);
    expect(counts.stalled).toBe(list(mentor, { view: "stalled" }).total);
    expect(counts.graduated).toBe(list(mentor, { view: "graduated" }).total);
    expect(counts.waitingTasks).toBe(
      list(mentor, { view: "waiting" }).rows.reduce((sum, r) => sum + r.tasksWaiting, 0),
    );
  });

  it("counts nothing for a mentor without a caseload", () => {
    const idle = insertTestUser(db, { role: "mentor" });
    expect(caseloadCounts(db, idle, CLOCK)).toEqual({
      total: 0,
      waitingTasks: 0,
      waitingEnterprises: 0,
      stalled: 0,
      graduated: 0,
    });
    expect(list(idle)).toEqual({ rows: [], total: 0, pageCount: 1 });
  });

  it("caseloadBatches reads the same rows, in the same order, batch after batch", () => {
    for (const sort of CASELOAD_SORTS) {
      expect(batched(mentor, { sort }), sort).toEqual(list(mentor, { sort }).rows);
      expect(batched(mentor, { sort }, 1), sort).toEqual(list(mentor, { sort }).rows);
    }
    expect(batched(mentor, { view: "stalled" }).map((r) => r.name)).toEqual(names(mentor, { view: "stalled" }));
    // the page of the filters does not limit the export
    expect(batched(mentor, { page: 2 })).toHaveLength(12);
    expect(batched(other)).toHaveLength(1);
  });
});

describe("listCaseload: paging", () => {
  let mentor: number;

  beforeEach(() => {
    mentor = insertTestUser(db, { role: "mentor" });
    for (let i = 1; i <= 26; i++) {
      addEnterprise({ mentorId: mentor, name: `Usaha ${String(i).padStart(2, "0")}`, progress: i });
    }
    // another mentor's enterprises do not add pages
    const other = insertTestUser(db, { role: "mentor" });
    for (let i = 1; i <= 30; i++) addEnterprise({ mentorId: other, name: `Lain ${i}` });
  });

  it("gives 25 rows on page 1 and the last one on page 2", () => {
    expect(CASELOAD_PAGE_SIZE).toBe(25);
    const one = list(mentor, { page: 1 });
    expect(one.total).toBe(26);
    expect(one.pageCount).toBe(2);
    expect(one.rows).toHaveLength(25);
    expect(one.rows[0]?.name).toBe("Usaha 01");
    expect(one.rows[24]?.name).toBe("Usaha 25");

    const two = list(mentor, { page: 2 });
    expect(two.total).toBe(26);
    expect(two.pageCount).toBe(2);
    expect(two.rows.map((r) => r.name)).toEqual(["Usaha 26"]);
  });

  it("gives an empty page past the end, with the same totals", () => {
    expect(list(mentor, { page: 3 })).toEqual({ rows: [], total: 26, pageCount: 2 });
  });

  it("pages follow the sort", () => {
    expect(list(mentor, { sort: "progress", page: 2 }).rows.map((r) => r.name)).toEqual(["Usaha 01"]);
  });

  it("the pages together are the whole caseload, each enterprise once", () => {
    const rows = allPages(mentor);
    expect(new Set(rows.map((r) => r.id)).size).toBe(26);
    expect(rows).toEqual(batched(mentor, {}, 7));
  });

  it("a search counts and pages the same way: totals, last page, past the end", () => {
    // "usaha 1" matches Usaha 10–19 (10 of 26): one page
    const first = list(mentor, { q: "usaha 1" });
    expect(first.total).toBe(10);
    expect(first.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Usaha 1${i}`));
    expect(list(mentor, { q: "usaha 1", page: 2 })).toEqual({ rows: [], total: 10, pageCount: 1 });
    expect(list(mentor, { q: "usaha" })).toMatchObject({ total: 26, pageCount: 2 });
    expect(list(mentor, { q: "usaha", page: 2 }).rows).toHaveLength(1);
    expect(allPages(mentor, { q: "usaha" })).toEqual(batched(mentor, { q: "usaha" }, 7));
    expect(list(mentor, { q: "tidak ada" })).toEqual({ rows: [], total: 0, pageCount: 1 });
  });

  it("exactly 25 make one page", () => {
    const small = insertTestUser(db, { role: "mentor" });
    for (let i = 0; i < 25; i++) addEnterprise({ mentorId: small, name: `Kecil ${i}` });
    expect(list(small)).toMatchObject({ total: 25, pageCount: 1 });
  });
});

// ── The SQL stalled rule and isStalled() ─────────────────────────────────────────────────

/** A small seeded generator, so a failure can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Generated = {
  id: number;
  goOnlineAt: number | null;
  lastActivityAt: number | null;
  createdAt: number;
  nextFollowUpOn: string | null;
};

describe("the stalled flag in SQL is isStalled()", () => {
  const clocks: Clock[] = [
    CLOCK,
    { now: NOW, today: TODAY, stalledDays: 1 },
    { now: NOW, today: TODAY, stalledDays: 30 },
    // just after midnight WIB: today has turned, the UTC date has not
    (() => {
      const now = Date.UTC(2026, 5, 30, 17, 0, 5) / 1000;
      return { now, today: todayInIndonesia(new Date(now * 1000)), stalledDays: 14 };
    })(),
    // just before midnight WIB
    (() => {
      const now = Date.UTC(2026, 11, 31, 16, 59, 59) / 1000;
      return { now, today: todayInIndonesia(new Date(now * 1000)), stalledDays: 7 };
    })(),
  ];

  it("the clocks' dates are what the test means", () => {
    expect(clocks[3]?.today).toBe("2026-07-01");
    expect(clocks[4]?.today).toBe("2026-12-31");
  });

  for (const [index, clock] of clocks.entries()) {
    it(`agrees for 300 generated enterprises (clock ${index}: ${clock.today}, ${clock.stalledDays} days)`, () => {
      const random = mulberry32(1000 + index);
      const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
      const cutoff = stalledCutoff(clock.now, clock.stalledDays);
      const around = (at: number) =>
        pick([
          at,
          at - 1,
          at + 1,
          at - DAY,
          at + DAY,
          at - Math.floor(random() * 40 * DAY),
          at + Math.floor(random() * 40 * DAY),
        ]);
      const mentor = insertTestUser(db, { role: "mentor" });
      const generated: Generated[] = [];
      for (let i = 0; i < 300; i++) {
        const createdAt = pick([around(cutoff), clock.now - 200 * DAY, clock.now - DAY]);
        const lastActivityAt = pick([null, around(cutoff), around(clock.now), createdAt]);
        const goOnlineAt = random() < 0.2 ? around(clock.now) : null;
        const nextFollowUpOn = pick([
          null,
          null,
          clock.today,
          shiftDate(clock.today, -1),
          shiftDate(clock.today, 1),
          shiftDate(clock.today, Math.floor(random() * 60) - 30),
        ]);
        const id = addEnterprise({
          mentorId: mentor,
          name: `Gen ${i}`,
          createdAt,
          lastActivityAt,
          goOnlineAt,
          nextFollowUpOn,
        });
        generated.push({ id, goOnlineAt, lastActivityAt, createdAt, nextFollowUpOn });
      }

      const expected = new Map(
        generated.map((g) => [
          g.id,
          isStalled(
            {
              goOnlineAt: g.goOnlineAt,
              lastActivityAt: g.lastActivityAt ?? g.createdAt,
              nextFollowUpOn: g.nextFollowUpOn,
            },
            clock.now,
            clock.today,
            clock.stalledDays,
          ),
        ]),
      );
      const stalledIds = new Set([...expected].filter(([, s]) => s).map(([id]) => id));
      // the generator reaches both sides of the rule
      expect(stalledIds.size).toBeGreaterThan(30);
      expect(stalledIds.size).toBeLessThan(270);

      // the stalled column of every row, read page by page
      const rows = allPages(mentor, {}, clock);
      expect(rows).toHaveLength(300);
      const mismatches = rows
        .filter((r) => (r.stalled === 1) !== expected.get(r.id))
        .map((r) => ({ row: r, generated: generated.find((g) => g.id === r.id) }));
      expect(mismatches).toEqual([]);

      // membership in view=stalled
      const inView = allPages(mentor, { view: "stalled" }, clock);
      expect(new Set(inView.map((r) => r.id))).toEqual(stalledIds);
      expect(inView.every((r) => r.stalled === 1)).toBe(true);

      // and the count on the mentor's home
      expect(caseloadCounts(db, mentor, clock).stalled).toBe(stalledIds.size);
      // and the indexed count the national dashboard's workload table uses
      expect(stalledCount(db, mentor, clock)).toBe(stalledIds.size);
    });
  }

  // CaseloadRow declares stalled as 0 | 1, but `x OR NULL` is NULL in SQL: a row that is not quiet
  // and has no follow-up date reads stalled = null, not 0.
  it("the stalled column is always 0 or 1, as CaseloadRow declares", () => {
    const mentor = insertTestUser(db, { role: "mentor" });
    addEnterprise({ mentorId: mentor, name: "Baru aktif", lastActivityAt: NOW, nextFollowUpOn: null });
    const [row] = list(mentor).rows;
    expect(row?.stalled).toBe(0);
  });
});

describe("caseloadCounts agree with listCaseload per view", () => {
  it("for a generated caseload", () => {
    const random = mulberry32(7);
    const mentor = insertTestUser(db, { role: "mentor" });
    for (let i = 0; i < 120; i++) {
      addEnterprise({
        mentorId: mentor,
        name: `Usaha ${i}`,
        waiting: random() < 0.3 ? Math.floor(random() * 4) + 1 : 0,
        goOnlineAt: random() < 0.15 ? NOW - Math.floor(random() * 90) * DAY : null,
        lastActivityAt: NOW - Math.floor(random() * 30 * DAY),
        nextFollowUpOn: random() < 0.5 ? shiftDate(TODAY, Math.floor(random() * 20) - 10) : null,
      });
    }
    const counts = caseloadCounts(db, mentor, CLOCK);
    const totals = Object.fromEntries(CASELOAD_VIEWS.map((view) => [view, list(mentor, { view }).total])) as Record<
      CaseloadView,
      number
    >;
    expect(counts.total).toBe(totals.all);
    expect(counts.total).toBe(120);
    expect(counts.waitingEnterprises).toBe(totals.waiting);
    expect(counts.stalled).toBe(totals.stalled);
    expect(counts.graduated).toBe(totals.graduated);
    expect(counts.waitingTasks).toBe(allPages(mentor, { view: "waiting" }).reduce((s, r) => s + r.tasksWaiting, 0));
  });
});

// ── The query plan ───────────────────────────────────────────────────────────────────────

describe("caseloadQuery: the plan starts from the mentor", () => {
  type PlanRow = { id: number; parent: number; detail: string };

  function plan(change: Partial<CaseloadFilters>): string[] {
    const query = caseloadQuery(1, filters(change), CLOCK);
    const params = { ...query.params, limit: 20, offset: 0 };
    return (db.prepare(`EXPLAIN QUERY PLAN ${query.rows}`).all(params) as PlanRow[]).map((r) => r.detail);
  }

  function expectMentorIndex(change: Partial<CaseloadFilters>, index = "enterprise_caseload") {
    const details = plan(change);
    const label = `${JSON.stringify(change)}: ${details.join(" | ")}`;
    const enterprise = details.filter((d) => /^(SCAN|SEARCH) e\b/.test(d));
    // the page is chosen from the caseload index, then only its rows are read by id
    expect(enterprise, label).toHaveLength(2);
    expect(enterprise[0], label).toMatch(
      new RegExp(`^SEARCH e USING (COVERING )?INDEX ${index} \\(mentor_user_id=\\?`),
    );
    expect(enterprise[1], label).toMatch(/^SEARCH e USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    // every filter and search is answered from the index alone (the category from its own table)
    expect(enterprise[0], label).toMatch(/COVERING INDEX/);
    expect(
      details.some((d) => /^SCAN e$/.test(d)),
      label,
    ).toBe(false);
  }

  beforeEach(() => {
    // some data, as the planner sees no statistics either way
    const mentor = insertTestUser(db, { role: "mentor" });
    for (let i = 0; i < 20; i++)
      addEnterprise({ mentorId: mentor, name: `Usaha ${i}`, province: "32", regency: "32.05" });
  });

  it.each(CASELOAD_SORTS.filter((s) => s !== "name"))("sort=%s", (sort) => {
    expectMentorIndex({ sort });
  });

  it.each(CASELOAD_VIEWS.filter((v) => v !== "all"))("view=%s", (view) => {
    expectMentorIndex({ view });
  });

  it("the unfiltered caseload by name walks the name index in order, without sorting the caseload", () => {
    expectMentorIndex({ sort: "name", view: "all" }, "enterprise_mentor_name");
    // one sort only: the page's 20 rows after they are read, not the whole caseload before
    expect(plan({ sort: "name", view: "all" }).filter((d) => d.startsWith("USE TEMP B-TREE"))).toHaveLength(1);
    expect(plan({ sort: "quiet", view: "all" }).filter((d) => d.startsWith("USE TEMP B-TREE"))).toHaveLength(2);
  });

  it.each<[string, Partial<CaseloadFilters>]>([
    ["stage", { stage: "merek" }],
    ["province", { province: "32" }],
    ["regency", { province: "32", regency: "32.05" }],
    ["category", { category: "craft" }],
    ["size", { size: "mikro" }],
    ["q text", { q: "Siti" }],
    ["q phone", { q: "0812-3456" }],
    ["everything", { view: "stalled", stage: "usaha", regency: "32.05", category: "craft", q: "a", sort: "quiet" }],
  ])("%s", (_, change) => {
    expectMentorIndex(change);
  });
});
