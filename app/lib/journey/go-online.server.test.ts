import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import { goOnlineSummary, type GoOnlineSummary } from "./go-online.server";
import { getJourneyTemplate, recordTaskSave, type EnterpriseRef } from "./journey.server";
import { reviewTask } from "./review.server";
import type { JourneyTemplate, TaskKey } from "~/utils/journey/template-types";

let db: Db;
let ownerId: number;
let enterprise: EnterpriseRef;
let enterpriseId: number;
let template: JourneyTemplate;

beforeEach(async () => {
  db = await createJourneyTestDb({ regions: true });
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterprise = created.enterprise;
  enterpriseId = enterprise.id;
  template = getJourneyTemplate(db, enterprise.templateVersion);
});

function setProfile(values: { name?: string | null; regency?: string | null; province?: string | null }) {
  db.prepare("UPDATE enterprise SET name = ?, regency_code = ?, province_code = ? WHERE id = ?").run(
    values.name ?? null,
    values.regency ?? null,
    values.province ?? null,
    enterpriseId,
  );
}
function setBrand(name: string | null, enterprise = enterpriseId) {
  db.prepare("INSERT INTO enterprise_brand (enterprise_id, name, updated_at) VALUES (?, ?, ?)").run(
    enterprise,
    name,
    nowSeconds(),
  );
}
function addMentor(fullName: string): number {
  const mentorId = insertTestUser(db, { role: "mentor", fullName });
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentorId, enterpriseId);
  return mentorId;
}
function save(taskKey: TaskKey, answers: unknown, enterprise = enterpriseId) {
  recordTaskSave(db, {
    enterpriseId: enterprise,
    taskKey,
    actorUserId: ownerId,
    mode: "finish",
    needsReview: true,
    answers,
  });
}
let productCounter = 0;
function addProduct(readiness: number, enterprise = enterpriseId) {
  productCounter += 1;
  const now = nowSeconds();
  db.prepare(
    `INSERT INTO product (enterprise_id, name, category, readiness, created_at, updated_at)
     VALUES (?, ?, 'processed_food', ?, ?, ?)`,
  ).run(enterprise, `Produk ${productCounter}`, readiness, now, now);
}

const legality = { nib: { status: "have", number: "1234567890123" } };
const channels = { shopee: { status: "open" }, qris: { status: "first_sale" }, instagram: { status: "planned" } };

/** An enterprise with everything the summary shows filled in. */
function fillEverything() {
  setProfile({ name: "UD Keripik Bu Siti", regency: "32.05", province: "32" });
  setBrand("Keripik Bu Siti");
  addMentor("Rina Pendamping");
  save("legality", legality);
  save("channels", channels);
  addProduct(100);
  addProduct(100);
  addProduct(60);
  addProduct(0);
}

describe("goOnlineSummary", () => {
  it("sanity: the region codes used here are Garut in West Java", () => {
    const names = db.prepare("SELECT code, name FROM region WHERE code IN ('32', '32.05') ORDER BY code").all();
    expect(names).toEqual([
      { code: "32", name: "Jawa Barat" },
      { code: "32.05", name: "Kabupaten Garut" },
    ]);
  });

  it("gathers who, where, brand, mentor, NIB, products and open channels", () => {
    fillEverything();
    expect(goOnlineSummary(db, enterpriseId, template, "id")).toEqual({
      enterpriseName: "UD Keripik Bu Siti",
      brandName: "Keripik Bu Siti",
      place: "Kabupaten Garut, Jawa Barat",
      mentorName: "Rina Pendamping",
      goOnlineAt: null,
      nib: "1234567890123",
      products: { total: 4, ready: 2 },
      openChannels: ["Shopee", "QRIS"],
    } satisfies GoOnlineSummary);
  });

  it("is all nulls, zeros and empty for an enterprise with nothing filled in", () => {
    expect(goOnlineSummary(db, enterpriseId, template, "id")).toEqual({
      enterpriseName: null,
      brandName: null,
      place: null,
      mentorName: null,
      goOnlineAt: null,
      nib: null,
      products: { total: 0, ready: 0 },
      openChannels: [],
    } satisfies GoOnlineSummary);
    expect(goOnlineSummary(db, enterpriseId, template, "en")).toEqual(
      goOnlineSummary(db, enterpriseId, template, "id"),
    );
  });

  it("shows the Go Online date once the mentor has approved the final review", () => {
    fillEverything();
    const mentorId = db
      .prepare("SELECT mentor_user_id FROM enterprise WHERE id = ?")
      .pluck()
      .get(enterpriseId) as number;
    // The mentor has approved every task before the final review.
    for (const key of ["profile", "legality", "brand", "ip", "products", "channels"]) {
      db.prepare(
        `INSERT INTO enterprise_task (enterprise_id, task_key, status, updated_at) VALUES (?, ?, 'done', 0)
         ON CONFLICT (enterprise_id, task_key) DO UPDATE SET status = 'done'`,
      ).run(enterpriseId, key);
    }
    save("final_review", goOnlineSummary(db, enterpriseId, template, "id"));
    expect(goOnlineSummary(db, enterpriseId, template, "id").goOnlineAt).toBeNull();

    const before = nowSeconds();
    reviewTask(db, { id: mentorId, role: "mentor" }, enterpriseId, "final_review", { decision: "approve" });
    const goOnlineAt = goOnlineSummary(db, enterpriseId, template, "id").goOnlineAt;
    expect(goOnlineAt).toBeGreaterThanOrEqual(before);
    expect(goOnlineAt).toBeLessThanOrEqual(nowSeconds());
  });

  describe("place", () => {
    it("is the regency alone when the province is missing", () => {
      setProfile({ regency: "32.05" });
      expect(goOnlineSummary(db, enterpriseId, template, "id").place).toBe("Kabupaten Garut");
    });

    it("is the province alone when the regency is missing", () => {
      setProfile({ province: "32" });
      expect(goOnlineSummary(db, enterpriseId, template, "id").place).toBe("Jawa Barat");
    });

    it("names a city as a city", () => {
      setProfile({ regency: "32.73", province: "32" });
      expect(goOnlineSummary(db, enterpriseId, template, "en").place).toBe("Kota Bandung, Jawa Barat");
    });
  });

  describe("nib", () => {
    it.each(["in_progress", "not_needed"])(
      "is null while the NIB status is %s, whatever number was typed",
      (status) => {
        save("legality", { nib: { status, number: "1234567890123" } });
        expect(goOnlineSummary(db, enterpriseId, template, "id").nib).toBeNull();
      },
    );

    it("is null when the owner has an NIB but gave no number", () => {
      save("legality", { nib: { status: "have" } });
      expect(goOnlineSummary(db, enterpriseId, template, "id").nib).toBeNull();
    });

    it("is null when the legality answers hold other permits only", () => {
      save("legality", { halal: { status: "have", number: "ID123" } });
      expect(goOnlineSummary(db, enterpriseId, template, "id").nib).toBeNull();
    });

    it("reads the latest save, draft or not", () => {
      save("legality", legality);
      recordTaskSave(db, {
        enterpriseId,
        taskKey: "legality",
        actorUserId: ownerId,
        mode: "draft",
        needsReview: true,
        answers: { nib: { status: "have", number: "9876543210987" } },
      });
      expect(goOnlineSummary(db, enterpriseId, template, "id").nib).toBe("9876543210987");
    });
  });

  describe("products", () => {
    it("counts only products whose readiness is 100 as ready", () => {
      addProduct(99);
      addProduct(100);
      addProduct(1);
      expect(goOnlineSummary(db, enterpriseId, template, "id").products).toEqual({ total: 3, ready: 1 });
    });

    it("counts only the enterprise's own products", () => {
      const other = insertTestEnterprise(db);
      addProduct(100, other.enterprise.id);
      addProduct(100, other.enterprise.id);
      addProduct(100);
      expect(goOnlineSummary(db, enterpriseId, template, "id").products).toEqual({ total: 1, ready: 1 });
      expect(goOnlineSummary(db, other.enterprise.id, template, "id").products).toEqual({ total: 2, ready: 2 });
    });
  });

  describe("openChannels", () => {
    it("lists channels that are open or have a first sale, in the template's order, in the locale", () => {
      save("channels", {
        qris: { status: "first_sale" },
        website: { status: "open" },
        instagram: { status: "planned" },
        gofood: { status: "first_sale" },
        shopee: { status: "open" },
      });
      expect(goOnlineSummary(db, enterpriseId, template, "id").openChannels).toEqual([
        "Shopee",
        "GoFood (aplikasi GoBiz)",
        "Situs web sendiri",
        "QRIS",
      ]);
      expect(goOnlineSummary(db, enterpriseId, template, "en").openChannels).toEqual([
        "Shopee",
        "GoFood (GoBiz app)",
        "Own website",
        "QRIS",
      ]);
    });

    it("leaves out a planned channel: Shopee open, QRIS first sale, Instagram planned", () => {
      save("channels", channels);
      expect(goOnlineSummary(db, enterpriseId, template, "id").openChannels).toEqual(["Shopee", "QRIS"]);
      expect(goOnlineSummary(db, enterpriseId, template, "en").openChannels).toEqual(["Shopee", "QRIS"]);
    });

    it("ignores planned channels, channels without a status and channels the template does not know", () => {
      save("channels", {
        instagram: { status: "planned" },
        facebook: {},
        friendster: { status: "open" },
      });
      expect(goOnlineSummary(db, enterpriseId, template, "id").openChannels).toEqual([]);
    });

    it("takes titles from the template it is given", () => {
      save("channels", channels);
      const renamed = structuredClone(template);
      const task = renamed.tasks.find((t) => t.key === "channels")!;
      task.items = task.items!.map((item) =>
        item.key === "shopee" ? { ...item, title: { id: "Toko Shopee", en: "Shopee store" } } : item,
      );
      expect(goOnlineSummary(db, enterpriseId, renamed, "en").openChannels).toEqual(["Shopee store", "QRIS"]);
    });
  });

  it("shows each enterprise its own facts only", () => {
    fillEverything();
    const other = insertTestEnterprise(db);
    setBrand("Batik Sekar Jagad", other.enterprise.id);
    save("legality", { nib: { status: "have", number: "5555555555555" } }, other.enterprise.id);
    expect(goOnlineSummary(db, other.enterprise.id, template, "id")).toEqual({
      enterpriseName: null,
      brandName: "Batik Sekar Jagad",
      place: null,
      mentorName: null,
      goOnlineAt: null,
      nib: "5555555555555",
      products: { total: 0, ready: 0 },
      openChannels: [],
    } satisfies GoOnlineSummary);
    expect(goOnlineSummary(db, enterpriseId, template, "id").nib).toBe("1234567890123");
  });
});
