import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { getTaskRecord, type EnterpriseRef } from "../journey/journey.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import type { ProductCategory } from "~/utils/journey/template-types";
import type { ProductChecklist } from "~/utils/products/readiness";

// The checklist as ProductValues carries it (every answer present).
type Checklist = ProductValues["checklist"];
import type { ProductValues } from "~/utils/validation/product";
import {
  PRODUCTS_PER_PAGE,
  catalogSummary,
  deleteProduct,
  finishProducts,
  getProduct,
  listProducts,
  productItems,
  productsTask,
  saveProduct,
  type Product,
} from "./products.server";

let db: Db;
let ownerId: number;
let enterprise: EnterpriseRef;
let otherOwnerId: number;
let other: EnterpriseRef;

function addCategories(enterpriseId: number, categories: ProductCategory[]) {
  const insert = db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)");
  for (const category of categories) insert.run(enterpriseId, category);
}

beforeEach(async () => {
  db = await createJourneyTestDb();
  ({ ownerId, enterprise } = insertTestEnterprise(db));
  ({ ownerId: otherOwnerId, enterprise: other } = insertTestEnterprise(db));
  addCategories(enterprise.id, ["processed_food", "services"]);
  addCategories(other.id, ["processed_food"]);
});

let uploadCounter = 0;
/** Inserts an upload row directly (no file on disk) and returns its id (lowercase base32). */
function insertUpload(
  enterpriseId: number,
  purpose: "logo" | "evidence" | "product_photo" = "product_photo",
  uploadedBy: number = ownerId,
): string {
  uploadCounter += 1;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const id = `testupload${letters[Math.floor(uploadCounter / 676) % 26]}${letters[Math.floor(uploadCounter / 26) % 26]}${letters[uploadCounter % 26]}xyz`;
  db.prepare(
    `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height,
                         has_thumbnail, original_name, created_at)
     VALUES (?, ?, ?, ?, 'image/webp', 1234, 800, 800, 1, 'foto.jpg', ?)`,
  ).run(id, enterpriseId, uploadedBy, purpose, nowSeconds());
  return id;
}

/** Every required item of the category's products checklist, marked done. */
function allRequiredDone(category: ProductCategory): Checklist {
  const items = productItems(productsTask(db, enterprise), category).filter((item) => item.required);
  return Object.fromEntries(items.map((item) => [item.key, { status: "done" as const }]));
}

/** A processed_food product ready to list, except for the photos the caller adds. */
function readyFood(photos: string[], overrides: Partial<ProductValues> = {}): ProductValues {
  return {
    name: "Keripik Singkong Pedas",
    category: "processed_food",
    description: "Keripik singkong pedas, digoreng setiap pagi di Garut.",
    priceRupiah: 15000,
    netAmount: 250,
    netUnit: "g",
    photos,
    checklist: allRequiredDone("processed_food"),
    ...overrides,
  };
}

/** A bare draft: a name and a category. */
function draft(name: string, category: ProductCategory = "processed_food"): ProductValues {
  return {
    name,
    category,
    description: null,
    priceRupiah: null,
    netAmount: null,
    netUnit: null,
    photos: [],
    checklist: {},
  };
}

function save(
  values: ProductValues,
  productId: number | null = null,
  ref: EnterpriseRef = enterprise,
  actor = ownerId,
) {
  return saveProduct(db, { enterprise: ref, actorUserId: actor, productId, values });
}

type PhotoRow = { upload_id: string; position: number };
function photoRows(productId: number): PhotoRow[] {
  return db
    .prepare("SELECT upload_id, position FROM product_photo WHERE product_id = ? ORDER BY position")
    .all(productId) as PhotoRow[];
}
type ProductRow = { enterprise_id: number; name: string; checklist: string; readiness: number; updated_at: number };
function productRow(id: number): ProductRow | undefined {
  return db.prepare("SELECT * FROM product WHERE id = ?").get(id) as ProductRow | undefined;
}
type EventRow = { task_key: string; action: string; status_after: string; actor_user_id: number; snapshot: string };
function events(enterpriseId = enterprise.id): EventRow[] {
  return db
    .prepare(
      "SELECT task_key, action, status_after, actor_user_id, snapshot FROM task_event WHERE enterprise_id = ? ORDER BY id",
    )
    .all(enterpriseId) as EventRow[];
}
type AuditRow = { action: string; actor_user_id: number; subject_type: string; subject_id: string; details: string };
function audits(): AuditRow[] {
  return db
    .prepare("SELECT action, actor_user_id, subject_type, subject_id, details FROM audit_log ORDER BY id")
    .all() as AuditRow[];
}

describe("saveProduct: a new product", () => {
  it("stores the product, its photos in order and its readiness", () => {
    const photos = [insertUpload(enterprise.id), insertUpload(enterprise.id), insertUpload(enterprise.id)];
    const id = save(readyFood(photos));
    expect(id).toEqual(expect.any(Number));

    expect(photoRows(id!)).toEqual([
      { upload_id: photos[0], position: 0 },
      { upload_id: photos[1], position: 1 },
      { upload_id: photos[2], position: 2 },
    ]);
    expect(productRow(id!)).toMatchObject({ enterprise_id: enterprise.id, readiness: 100 });

    const expected: Product = {
      id: id!,
      name: "Keripik Singkong Pedas",
      category: "processed_food",
      description: "Keripik singkong pedas, digoreng setiap pagi di Garut.",
      priceRupiah: 15000,
      netAmount: 250,
      netUnit: "g",
      checklist: allRequiredDone("processed_food"),
      readiness: 100,
      photos,
      photoCount: 3,
    };
    expect(getProduct(db, enterprise.id, id!)).toEqual(expected);
  });

  it("stores a floor score for a product that is not ready", () => {
    // processed_food: 4 facts + 5 required items; no photo and no net weight → floor(7/9·100)
    const id = save(readyFood([], { netAmount: null, netUnit: null }));
    expect(productRow(id!)?.readiness).toBe(77);
    expect(getProduct(db, enterprise.id, id!)).toMatchObject({ readiness: 77, photos: [], photoCount: 0 });

    // A bare draft scores 0.
    expect(productRow(save(draft("Keripik"))!)?.readiness).toBe(0);
  });

  it("counts a service ready without a net weight", () => {
    const photo = insertUpload(enterprise.id);
    const id = save({
      name: "Jasa Jahit",
      category: "services",
      description: "Jahit kebaya dan kemeja sesuai ukuran, selesai dalam 7 hari.",
      priceRupiah: 150000,
      netAmount: null,
      netUnit: null,
      photos: [photo],
      checklist: allRequiredDone("services"),
    });
    expect(productRow(id!)?.readiness).toBe(100);
  });

  it("drops photos of another enterprise and uploads that are not product photos", () => {
    const own1 = insertUpload(enterprise.id);
    const theirs = insertUpload(other.id, "product_photo", otherOwnerId);
    const logo = insertUpload(enterprise.id, "logo");
    const evidence = insertUpload(enterprise.id, "evidence");
    const own2 = insertUpload(enterprise.id);
    const unknown = "nosuchuploadatallxyz";
    const id = save(readyFood([theirs, own1, logo, evidence, unknown, own2]));

    expect(photoRows(id!)).toEqual([
      { upload_id: own1, position: 0 },
      { upload_id: own2, position: 1 },
    ]);
    expect(getProduct(db, enterprise.id, id!)?.photos).toEqual([own1, own2]);
  });

  it("scores the photos that were kept: only foreign photos means no photo", () => {
    const theirs = insertUpload(other.id, "product_photo", otherOwnerId);
    const id = save(readyFood([theirs]));
    expect(photoRows(id!)).toEqual([]);
    expect(productRow(id!)?.readiness).toBe(88); // floor(8/9·100): the photo fact is missing
  });

  it("keeps own evidence and drops evidence that is not this enterprise's", () => {
    const ownEvidence = insertUpload(enterprise.id, "evidence");
    const theirEvidence = insertUpload(other.id, "evidence", otherOwnerId);
    const ownPhoto = insertUpload(enterprise.id, "product_photo");
    const checklist: Checklist = {
      ...allRequiredDone("processed_food"),
      label_contents: { status: "done", evidence: ownEvidence },
      label_expiry: { status: "done", evidence: theirEvidence },
      label_permit_number: { status: "done", evidence: ownPhoto }, // a product photo is not evidence
      label_halal: { evidence: theirEvidence },
    };
    const id = save(readyFood([insertUpload(enterprise.id)], { checklist }));

    const stored = JSON.parse(productRow(id!)!.checklist) as ProductChecklist;
    expect(stored.label_contents).toEqual({ status: "done", evidence: ownEvidence });
    expect(stored.label_expiry).toEqual({ status: "done" });
    expect(stored.label_permit_number).toEqual({ status: "done" });
    // An answer whose only content was another enterprise's file is left out altogether.
    expect(stored).not.toHaveProperty("label_halal");
    expect(getProduct(db, enterprise.id, id!)?.checklist.label_contents).toEqual({
      status: "done",
      evidence: ownEvidence,
    });
    expect(productRow(id!)?.readiness).toBe(100);
  });
});

describe("saveProduct: updating", () => {
  it("updates the product and replaces its photos in the new order", () => {
    const [a, b, c] = [insertUpload(enterprise.id), insertUpload(enterprise.id), insertUpload(enterprise.id)];
    const id = save(readyFood([a!, b!]));
    const again = save(readyFood([c!, a!], { name: "Keripik Balado", priceRupiah: 18000 }), id);
    expect(again).toBe(id);

    expect(photoRows(id!)).toEqual([
      { upload_id: c, position: 0 },
      { upload_id: a, position: 1 },
    ]);
    expect(getProduct(db, enterprise.id, id!)).toMatchObject({ name: "Keripik Balado", priceRupiah: 18000 });
    expect(countRows(db, "product", enterprise.id)).toBe(1);
  });

  it("updates the stored readiness", () => {
    const id = save(readyFood([insertUpload(enterprise.id)]));
    expect(productRow(id!)?.readiness).toBe(100);
    save(readyFood([insertUpload(enterprise.id)], { description: "Pendek" }), id);
    expect(productRow(id!)?.readiness).toBe(88);
  });

  it("returns null for another enterprise's product and changes nothing", () => {
    const theirPhoto = insertUpload(other.id, "product_photo", otherOwnerId);
    const theirs = save(readyFood([theirPhoto], { name: "Milik Orang Lain" }), null, other, otherOwnerId);
    const before = productRow(theirs!);
    const eventsBefore = events(enterprise.id).length;
    const auditsBefore = audits().length;

    const result = save(draft("Dibajak"), theirs);
    expect(result).toBeNull();

    expect(productRow(theirs!)).toEqual(before);
    expect(photoRows(theirs!)).toEqual([{ upload_id: theirPhoto, position: 0 }]);
    expect(countRows(db, "product", enterprise.id)).toBe(0);
    expect(events(enterprise.id)).toHaveLength(eventsBefore);
    expect(audits()).toHaveLength(auditsBefore);
    expect(getTaskRecord(db, enterprise.id, "products")).toBeNull();
  });

  it("returns null for a product that does not exist", () => {
    expect(save(draft("Hilang"), 999_999)).toBeNull();
    expect(countRows(db, "product")).toBe(0);
  });
});

describe("saveProduct: the task, its history and the audit", () => {
  it("puts the products task in progress with a task_event and an audit row on every save", () => {
    const id = save(draft("Keripik"));
    expect(getTaskRecord(db, enterprise.id, "products")).toMatchObject({
      status: "in_progress",
      answers: { products: [{ id, name: "Keripik", category: "processed_food", readiness: 0 }] },
    });
    save(draft("Keripik Pedas"), id);

    const rows = events();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({
        task_key: "products",
        action: "save_draft",
        status_after: "in_progress",
        actor_user_id: ownerId,
      });
    }
    expect(JSON.parse(rows[1]!.snapshot)).toEqual({
      products: [{ id, name: "Keripik Pedas", category: "processed_food", readiness: 0 }],
    });

    const log = audits();
    expect(log.map((row) => row.action)).toEqual(["product.create", "product.update"]);
    for (const row of log) {
      expect(row).toMatchObject({
        actor_user_id: ownerId,
        subject_type: "enterprise",
        subject_id: String(enterprise.id),
      });
      expect(JSON.parse(row.details)).toEqual({ productId: id });
    }
  });

  it("puts a submitted task back in progress when the catalog changes", () => {
    save(readyFood([insertUpload(enterprise.id)]));
    expect(finishProducts(db, enterprise, ownerId)).toEqual({ ok: true });
    expect(getTaskRecord(db, enterprise.id, "products")?.status).toBe("submitted");
    save(draft("Produk Baru"));
    expect(getTaskRecord(db, enterprise.id, "products")?.status).toBe("in_progress");
  });
});

describe("getProduct", () => {
  it("finds only the enterprise's own product", () => {
    const theirs = save(draft("Milik Orang Lain"), null, other, otherOwnerId);
    expect(getProduct(db, other.id, theirs!)).toMatchObject({ name: "Milik Orang Lain" });
    expect(getProduct(db, enterprise.id, theirs!)).toBeNull();
    expect(getProduct(db, enterprise.id, 999_999)).toBeNull();
  });
});

describe("listProducts and catalogSummary", () => {
  it("pages the catalog oldest first, with the total", () => {
    const ids = Array.from({ length: PRODUCTS_PER_PAGE + 3 }, (_, i) => save(draft(`Produk ${i + 1}`))!);
    save(draft("Milik Orang Lain"), null, other, otherOwnerId);

    const first = listProducts(db, enterprise.id);
    expect(first.total).toBe(PRODUCTS_PER_PAGE + 3);
    expect(first.products.map((p) => p.id)).toEqual(ids.slice(0, PRODUCTS_PER_PAGE));

    const second = listProducts(db, enterprise.id, 2);
    expect(second.total).toBe(PRODUCTS_PER_PAGE + 3);
    expect(second.products.map((p) => p.name)).toEqual([
      `Produk ${PRODUCTS_PER_PAGE + 1}`,
      `Produk ${PRODUCTS_PER_PAGE + 2}`,
      `Produk ${PRODUCTS_PER_PAGE + 3}`,
    ]);

    expect(listProducts(db, enterprise.id, 3)).toEqual({ products: [], total: PRODUCTS_PER_PAGE + 3 });
    // A page below 1 is the first page.
    expect(listProducts(db, enterprise.id, 0).products.map((p) => p.id)).toEqual(ids.slice(0, PRODUCTS_PER_PAGE));
  });

  it("lists each product with its photos in order", () => {
    const [a, b] = [insertUpload(enterprise.id), insertUpload(enterprise.id)];
    save(readyFood([b!, a!]));
    save(draft("Tanpa Foto"));
    const { products } = listProducts(db, enterprise.id);
    expect(products.map((p) => [p.name, p.photos, p.photoCount])).toEqual([
      ["Keripik Singkong Pedas", [b, a], 2],
      ["Tanpa Foto", [], 0],
    ]);
  });

  it("is empty for an enterprise without products", () => {
    expect(listProducts(db, enterprise.id)).toEqual({ products: [], total: 0 });
    expect(catalogSummary(db, enterprise.id)).toEqual({ total: 0, ready: 0 });
  });

  it("counts the products and those ready to list", () => {
    save(readyFood([insertUpload(enterprise.id)]));
    save(readyFood([insertUpload(enterprise.id)], { name: "Keripik Balado" }));
    save(readyFood([])); // no photo: 88
    save(draft("Draf"));
    save(readyFood([insertUpload(other.id, "product_photo", otherOwnerId)]), null, other, otherOwnerId);
    expect(catalogSummary(db, enterprise.id)).toEqual({ total: 4, ready: 2 });
    expect(catalogSummary(db, other.id)).toEqual({ total: 1, ready: 1 });
  });
});

describe("deleteProduct", () => {
  it("deletes an own product with its photos, and records it", () => {
    const photos = [insertUpload(enterprise.id), insertUpload(enterprise.id)];
    const id = save(readyFood(photos))!;
    const kept = save(draft("Tetap"))!;
    expect(photoRows(id)).toHaveLength(2);

    expect(deleteProduct(db, enterprise.id, id, ownerId)).toBe(true);
    expect(productRow(id)).toBeUndefined();
    expect(countRows(db, "product_photo")).toBe(0);
    // The uploads themselves stay (they may be reused).
    expect(
      db
        .prepare("SELECT count(*) FROM upload WHERE id IN (?, ?)")
        .pluck()
        .get(...photos),
    ).toBe(2);

    expect(audits().at(-1)).toMatchObject({ action: "product.delete", actor_user_id: ownerId });
    expect(JSON.parse(audits().at(-1)!.details)).toEqual({ productId: id });
    const last = events().at(-1)!;
    expect(last).toMatchObject({ action: "save_draft", status_after: "in_progress" });
    expect(JSON.parse(last.snapshot)).toEqual({
      products: [{ id: kept, name: "Tetap", category: "processed_food", readiness: 0 }],
    });
  });

  it("refuses another enterprise's product and a missing one, changing nothing", () => {
    const photo = insertUpload(other.id, "product_photo", otherOwnerId);
    const theirs = save(readyFood([photo]), null, other, otherOwnerId)!;
    const auditsBefore = audits().length;

    expect(deleteProduct(db, enterprise.id, theirs, ownerId)).toBe(false);
    expect(deleteProduct(db, enterprise.id, 999_999, ownerId)).toBe(false);

    expect(productRow(theirs)).toBeDefined();
    expect(photoRows(theirs)).toEqual([{ upload_id: photo, position: 0 }]);
    expect(audits()).toHaveLength(auditsBefore);
    expect(events(enterprise.id)).toEqual([]);
  });
});

describe("finishProducts", () => {
  it("refuses with no products", () => {
    expect(finishProducts(db, enterprise, ownerId)).toEqual({ ok: false, reason: "noProducts" });
    expect(getTaskRecord(db, enterprise.id, "products")).toBeNull();
    expect(events()).toEqual([]);
    expect(audits()).toEqual([]);
  });

  it("refuses while a product is not ready, naming those, and writes nothing", () => {
    save(readyFood([insertUpload(enterprise.id)]));
    save(readyFood([], { name: "Tanpa Foto" }));
    const checklist = allRequiredDone("processed_food");
    delete checklist.label_permit_number;
    save(readyFood([insertUpload(enterprise.id)], { name: "Tanpa Izin", checklist }));
    const eventsBefore = events().length;
    const auditsBefore = audits().length;

    expect(finishProducts(db, enterprise, ownerId)).toEqual({
      ok: false,
      reason: "notReady",
      names: ["Tanpa Foto", "Tanpa Izin"],
    });
    expect(getTaskRecord(db, enterprise.id, "products")?.status).toBe("in_progress");
    expect(events()).toHaveLength(eventsBefore);
    expect(audits()).toHaveLength(auditsBefore);
  });

  it("sends a ready catalog for review with the products in the snapshot", () => {
    const foodPhoto = insertUpload(enterprise.id);
    const food = save(readyFood([foodPhoto]))!;
    const servicePhoto = insertUpload(enterprise.id);
    const service = save({
      name: "Jasa Jahit",
      category: "services",
      description: "Jahit kebaya dan kemeja sesuai ukuran, selesai dalam 7 hari.",
      priceRupiah: 150000,
      netAmount: null,
      netUnit: null,
      photos: [servicePhoto],
      checklist: allRequiredDone("services"),
    })!;
    save(draft("Milik Orang Lain"), null, other, otherOwnerId);

    expect(finishProducts(db, enterprise, ownerId)).toEqual({ ok: true });

    const record = getTaskRecord(db, enterprise.id, "products");
    expect(record).toMatchObject({ status: "submitted", submittedAt: expect.any(Number) });
    const last = events().at(-1)!;
    expect(last).toMatchObject({
      task_key: "products",
      action: "submit",
      status_after: "submitted",
      actor_user_id: ownerId,
    });
    const snapshot = JSON.parse(last.snapshot) as { products: Product[] };
    expect(snapshot.products.map((p) => [p.id, p.name, p.readiness, p.photos])).toEqual([
      [food, "Keripik Singkong Pedas", 100, [foodPhoto]],
      [service, "Jasa Jahit", 100, [servicePhoto]],
    ]);
    expect(snapshot.products[0]).toEqual(getProduct(db, enterprise.id, food));
    expect(record?.answers).toEqual(snapshot);

    expect(audits().at(-1)).toMatchObject({
      action: "task.finish",
      actor_user_id: ownerId,
      subject_type: "enterprise",
      subject_id: String(enterprise.id),
    });
    expect(JSON.parse(audits().at(-1)!.details)).toEqual({ task: "products" });
  });

  it("accepts a required item marked not applicable with a reason", () => {
    const checklist: Checklist = {
      ...allRequiredDone("processed_food"),
      packaging_food_grade: { status: "not_applicable", reason: "Dijual curah, tanpa kemasan" },
    };
    save(readyFood([insertUpload(enterprise.id)], { checklist }));
    expect(finishProducts(db, enterprise, ownerId)).toEqual({ ok: true });
  });
});
