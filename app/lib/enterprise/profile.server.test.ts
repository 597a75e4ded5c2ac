import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { getTaskRecord } from "../journey/journey.server";
import { createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { profileSchema, type ProfileValues } from "~/utils/validation/profile";
import { checkProfileRegions, getProfile, saveProfile, type Profile } from "./profile.server";

let db: Db;
let ownerId: number;
let enterpriseId: number;

beforeEach(async () => {
  db = await createJourneyTestDb({ regions: true });
  const created = insertTestEnterprise(db, { phone: "+6281299998888" });
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
});

/** A complete profile as profileSchema hands it over. */
const full: ProfileValues = {
  intent: "finish",
  name: "Keripik Bu Siti",
  legalForm: "perorangan",
  categories: ["processed_food", "ready_meal"],
  provinceCode: "32",
  regencyCode: "32.05",
  address: "Jl. Cimanuk No. 12, Garut",
  whatsapp: "+6281234567890",
  yearStarted: 2019,
  employees: 3,
  capital: 25_000_000,
  annualSales: 96_000_000,
  baselineMonthlyRevenue: 8_000_000,
  baselineChannels: ["whatsapp", "instagram"],
};

const draftOnlyName: ProfileValues = { intent: "draft", name: "Keripik Bu Siti", categories: [], baselineChannels: [] };

type EnterpriseColumns = Record<string, unknown>;
function enterpriseColumns(): EnterpriseColumns {
  return db
    .prepare(
      `SELECT name, legal_form, province_code, regency_code, address, whatsapp, year_started, employees,
              capital_rupiah, annual_sales_rupiah, baseline_monthly_revenue_rupiah, size_class, size_class_mismatch
         FROM enterprise WHERE id = ?`,
    )
    .get(enterpriseId) as EnterpriseColumns;
}
function categories(): string[] {
  return db
    .prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ? ORDER BY category")
    .pluck()
    .all(enterpriseId) as string[];
}
function channels(): string[] {
  return db
    .prepare("SELECT channel FROM enterprise_baseline_channel WHERE enterprise_id = ? ORDER BY channel")
    .pluck()
    .all(enterpriseId) as string[];
}
function events(): { action: string; status_after: string; actor_user_id: number; snapshot: string }[] {
  return db
    .prepare("SELECT action, status_after, actor_user_id, snapshot FROM task_event WHERE enterprise_id = ? ORDER BY id")
    .all(enterpriseId) as { action: string; status_after: string; actor_user_id: number; snapshot: string }[];
}
function audits(): {
  action: string;
  actor_user_id: number;
  subject_type: string;
  subject_id: string;
  details: string;
}[] {
  return db
    .prepare("SELECT action, actor_user_id, subject_type, subject_id, details FROM audit_log ORDER BY id")
    .all() as { action: string; actor_user_id: number; subject_type: string; subject_id: string; details: string }[];
}
/** Everything saveProfile may touch, for before/after comparisons. */
function snapshot() {
  return {
    enterprise: enterpriseColumns(),
    categories: categories(),
    channels: channels(),
    tasks: db.prepare("SELECT * FROM enterprise_task WHERE enterprise_id = ?").all(enterpriseId),
    events: events(),
    audit: audits(),
  };
}

describe("the test database", () => {
  it("holds the 38 provinces and 514 regencies", () => {
    expect(db.prepare("SELECT count(*) FROM region WHERE level = 'province'").pluck().get()).toBe(38);
    expect(db.prepare("SELECT count(*) FROM region WHERE level = 'regency'").pluck().get()).toBe(514);
  });
});

describe("saveProfile", () => {
  it("writes a finished profile: columns, lists, size class, the task sent for review and its history", () => {
    saveProfile(db, enterpriseId, ownerId, full, "finish", true);

    expect(enterpriseColumns()).toEqual({
      name: "Keripik Bu Siti",
      legal_form: "perorangan",
      province_code: "32",
      regency_code: "32.05",
      address: "Jl. Cimanuk No. 12, Garut",
      whatsapp: "+6281234567890",
      year_started: 2019,
      employees: 3,
      capital_rupiah: 25_000_000,
      annual_sales_rupiah: 96_000_000,
      baseline_monthly_revenue_rupiah: 8_000_000,
      size_class: "mikro",
      size_class_mismatch: 0,
    });
    expect(categories()).toEqual(["processed_food", "ready_meal"]);
    expect(channels()).toEqual(["instagram", "whatsapp"]);

    const record = getTaskRecord(db, enterpriseId, "profile");
    expect(record?.status).toBe("submitted");
    expect(record?.submittedAt).toEqual(expect.any(Number));
    const { intent: _intent, ...answers } = full;
    expect(record?.answers).toEqual(answers);

    const [event, ...more] = events();
    expect(more).toEqual([]);
    expect(event).toMatchObject({ action: "submit", status_after: "submitted", actor_user_id: ownerId });
    expect(JSON.parse(event?.snapshot ?? "null")).toEqual(answers);

    expect(audits()).toEqual([
      {
        action: "task.finish",
        actor_user_id: ownerId,
        subject_type: "enterprise",
        subject_id: String(enterpriseId),
        details: JSON.stringify({ task: "profile" }),
      },
    ]);
  });

  it("keeps a draft in progress and clears what the draft leaves empty", () => {
    saveProfile(db, enterpriseId, ownerId, full, "finish", true);
    saveProfile(db, enterpriseId, ownerId, draftOnlyName, "draft", true);

    expect(enterpriseColumns()).toEqual({
      name: "Keripik Bu Siti",
      legal_form: null,
      province_code: null,
      regency_code: null,
      address: null,
      whatsapp: null,
      year_started: null,
      employees: null,
      capital_rupiah: null,
      annual_sales_rupiah: null,
      baseline_monthly_revenue_rupiah: null,
      size_class: null,
      size_class_mismatch: 0,
    });
    expect(categories()).toEqual([]);
    expect(channels()).toEqual([]);
    expect(getTaskRecord(db, enterpriseId, "profile")?.status).toBe("in_progress");
    expect(events().map((e) => e.action)).toEqual(["submit", "save_draft"]);
    expect(audits().map((a) => a.action)).toEqual(["task.finish", "task.save_draft"]);
  });

  it("stores an empty name or address as null", () => {
    saveProfile(db, enterpriseId, ownerId, { ...draftOnlyName, name: "", address: "" }, "draft", true);
    expect(enterpriseColumns()).toMatchObject({ name: null, address: null });
  });

  it("marks the profile done when the template does not ask for review", () => {
    saveProfile(db, enterpriseId, ownerId, full, "finish", false);
    expect(getTaskRecord(db, enterpriseId, "profile")).toMatchObject({ status: "done", submittedAt: null });
    expect(events().map((e) => e.action)).toEqual(["complete"]);
  });

  it("replaces the categories and baseline channels on every save", () => {
    saveProfile(
      db,
      enterpriseId,
      ownerId,
      { ...full, categories: ["craft", "services", "fashion_textile"] },
      "draft",
      true,
    );
    expect(categories()).toEqual(["craft", "fashion_textile", "services"]);
    saveProfile(
      db,
      enterpriseId,
      ownerId,
      { ...full, categories: ["services"], baselineChannels: ["offline_only"] },
      "draft",
      true,
    );
    expect(categories()).toEqual(["services"]);
    expect(channels()).toEqual(["offline_only"]);
  });

  it("leaves other enterprises' categories and channels alone", () => {
    const other = insertTestEnterprise(db);
    saveProfile(db, other.enterprise.id, other.ownerId, { ...full, categories: ["craft"] }, "draft", true);
    saveProfile(db, enterpriseId, ownerId, { ...full, categories: ["services"], baselineChannels: [] }, "draft", true);
    expect(getProfile(db, other.enterprise.id)).toMatchObject({
      categories: ["craft"],
      baselineChannels: ["instagram", "whatsapp"],
    });
  });

  it.each([
    [{ capital: 25_000_000, annualSales: 96_000_000 }, "mikro", 0],
    [{ capital: 6_000_000_000, annualSales: 96_000_000 }, "mikro", 1],
    [{ capital: 500_000_000, annualSales: 3_000_000_000 }, "kecil", 1],
    [{ capital: 2_000_000_000, annualSales: 0 }, "kecil", 0],
    [{ capital: 2_000_000_000, annualSales: undefined }, "kecil", 0],
    [{ capital: undefined, annualSales: 20_000_000_000 }, "menengah", 0],
    [{ capital: undefined, annualSales: undefined }, null, 0],
  ])("classes %o as %s (mismatch %d)", (amounts, sizeClass, mismatch) => {
    saveProfile(db, enterpriseId, ownerId, { ...full, ...amounts }, "draft", true);
    expect(enterpriseColumns()).toMatchObject({ size_class: sizeClass, size_class_mismatch: mismatch });
  });

  it("refuses a region code that does not exist (the foreign key), writing nothing", () => {
    const before = snapshot();
    expect(() =>
      saveProfile(db, enterpriseId, ownerId, { ...full, provinceCode: "99", regencyCode: undefined }, "draft", true),
    ).toThrow(/FOREIGN KEY/);
    expect(snapshot()).toEqual(before);
  });
});

describe("saveProfile in one transaction", () => {
  beforeEach(() => {
    saveProfile(db, enterpriseId, ownerId, full, "draft", true);
  });

  it("writes nothing when the enterprise update fails (year outside the CHECK)", () => {
    const before = snapshot();
    const bad = { ...full, categories: ["craft"], baselineChannels: ["qris"], yearStarted: 1800 } as ProfileValues;
    expect(() => saveProfile(db, enterpriseId, ownerId, bad, "finish", true)).toThrow(/CHECK constraint/);
    expect(snapshot()).toEqual(before);
    expect(getTaskRecord(db, enterpriseId, "profile")?.status).toBe("in_progress");
  });

  it("undoes the enterprise update and the category change when a later insert fails", () => {
    const before = snapshot();
    const bad = {
      ...full,
      name: "Nama Baru",
      categories: ["craft"],
      baselineChannels: ["qris", "carrier_pigeon"],
    } as unknown as ProfileValues;
    expect(() => saveProfile(db, enterpriseId, ownerId, bad, "finish", true)).toThrow(/CHECK constraint/);
    expect(snapshot()).toEqual(before);
    expect(enterpriseColumns().name).toBe("Keripik Bu Siti");
    expect(categories()).toEqual(["processed_food", "ready_meal"]);
    expect(channels()).toEqual(["instagram", "whatsapp"]);
  });
});

describe("getProfile", () => {
  it("starts empty, with the owner's phone as WhatsApp", () => {
    expect(getProfile(db, enterpriseId)).toEqual({
      name: null,
      legalForm: null,
      categories: [],
      provinceCode: null,
      regencyCode: null,
      address: null,
      whatsapp: "+6281299998888",
      yearStarted: null,
      employees: null,
      capital: null,
      annualSales: null,
      baselineMonthlyRevenue: null,
      baselineChannels: [],
      sizeClass: null,
      sizeClassMismatch: false,
    } satisfies Profile);
  });

  it("round-trips what saveProfile wrote", () => {
    saveProfile(db, enterpriseId, ownerId, full, "finish", true);
    expect(getProfile(db, enterpriseId)).toEqual({
      name: "Keripik Bu Siti",
      legalForm: "perorangan",
      categories: ["processed_food", "ready_meal"],
      provinceCode: "32",
      regencyCode: "32.05",
      address: "Jl. Cimanuk No. 12, Garut",
      whatsapp: "+6281234567890",
      yearStarted: 2019,
      employees: 3,
      capital: 25_000_000,
      annualSales: 96_000_000,
      baselineMonthlyRevenue: 8_000_000,
      baselineChannels: ["instagram", "whatsapp"],
      sizeClass: "mikro",
      sizeClassMismatch: false,
    } satisfies Profile);
  });

  it("reports a size class mismatch as true", () => {
    saveProfile(db, enterpriseId, ownerId, { ...full, capital: 6_000_000_000 }, "draft", true);
    expect(getProfile(db, enterpriseId)).toMatchObject({ sizeClass: "mikro", sizeClassMismatch: true });
  });

  it("reads back what the schema parsed from a posted form", () => {
    const parsed = profileSchema(2026).parse({
      intent: "finish",
      name: "Batik Pak Budi",
      legalForm: "ud",
      categories: "fashion_textile",
      provinceCode: "33",
      regencyCode: "33.05",
      address: "Jl. Pemuda 1, Kebumen",
      whatsapp: "0813-1111-2222",
      yearStarted: "2010",
      employees: "12",
      capital: "Rp 1.500.000.000",
      annualSales: "2.000.000.001",
      baselineMonthlyRevenue: "160.000.000",
      baselineChannels: "marketplace",
    });
    expect(checkProfileRegions(db, parsed)).toBeNull();
    saveProfile(db, enterpriseId, ownerId, parsed, "finish", true);
    expect(getProfile(db, enterpriseId)).toMatchObject({
      categories: ["fashion_textile"],
      whatsapp: "+6281311112222",
      capital: 1_500_000_000,
      annualSales: 2_000_000_001,
      baselineChannels: ["marketplace"],
      sizeClass: "kecil",
      sizeClassMismatch: false,
    });
  });
});

describe("checkProfileRegions", () => {
  const check = (provinceCode?: string, regencyCode?: string) =>
    checkProfileRegions(db, { ...full, provinceCode, regencyCode });

  it("accepts a regency inside its province", () => {
    expect(check("32", "32.05")).toBeNull();
    expect(check("33", "33.05")).toBeNull();
  });

  it("accepts no region at all, or a province alone (a draft)", () => {
    expect(check(undefined, undefined)).toBeNull();
    expect(check("32", undefined)).toBeNull();
  });

  it("refuses an unknown province", () => {
    expect(check("99", undefined)).toEqual({ field: "provinceCode" });
    expect(check("99", "32.05")).toEqual({ field: "provinceCode" });
  });

  it("refuses a regency code used as a province", () => {
    expect(check("32.05", undefined)).toEqual({ field: "provinceCode" });
  });

  it("refuses a regency outside the province", () => {
    expect(check("33", "32.05")).toEqual({ field: "regencyCode" });
  });

  it("refuses an unknown regency", () => {
    expect(check("32", "32.99")).toEqual({ field: "regencyCode" });
  });

  it("refuses a regency without a province", () => {
    expect(check(undefined, "32.05")).toEqual({ field: "regencyCode" });
  });
});
