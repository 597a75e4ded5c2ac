import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { getJourneyTemplate, recordTaskSave, type EnterpriseRef } from "../journey/journey.server";
import { ownUploadIds } from "../uploads/uploads.server";
import { applicableItems } from "~/utils/journey/checklist";
import type { ChecklistItem, ProductCategory, TaskTemplate } from "~/utils/journey/template-types";
import {
  productReadiness,
  type ItemAnswer,
  type NetUnit,
  type ProductChecklist,
  type ProductFacts,
  type Readiness,
} from "~/utils/products/readiness";
import type { ProductValues } from "~/utils/validation/product";

export type Product = ProductFacts & { id: number; photos: string[]; readiness: number };

export function productsTask(db: Db, enterprise: EnterpriseRef): TaskTemplate {
  const task = getJourneyTemplate(db, enterprise.templateVersion).tasks.find((t) => t.key === "products");
  if (!task) throw new Error(`template ${enterprise.templateVersion} has no products task`);
  return task;
}

/** The quality checklist of one product category, from the enterprise's template version. */
export function productItems(task: TaskTemplate, category: ProductCategory): ChecklistItem[] {
  return applicableItems(task, [category]);
}

type ProductDbRow = {
  id: number;
  name: string;
  category: ProductCategory;
  description: string | null;
  priceRupiah: number | null;
  netAmount: number | null;
  netUnit: NetUnit | null;
  checklist: string;
  readiness: number;
  photos: string | null;
};

const PRODUCT_COLUMNS = `p.id, p.name, p.category, p.description, p.price_rupiah AS priceRupiah,
  p.net_amount AS netAmount, p.net_unit AS netUnit, p.checklist, p.readiness,
  (SELECT json_group_array(upload_id) FROM (SELECT upload_id FROM product_photo WHERE product_id = p.id ORDER BY position)) AS photos`;

function toProduct(row: ProductDbRow): Product {
  const photos = row.photos ? (JSON.parse(row.photos) as string[]) : [];
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    description: row.description,
    priceRupiah: row.priceRupiah,
    netAmount: row.netAmount,
    netUnit: row.netUnit,
    checklist: JSON.parse(row.checklist) as ProductChecklist,
    readiness: row.readiness,
    photos,
    photoCount: photos.length,
  };
}

/** One product of this enterprise; another enterprise's product is not found. */
export function getProduct(db: Db, enterpriseId: number, productId: number): Product | null {
  const row = db
    .prepare(`SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.id = ? AND p.enterprise_id = ?`)
    .get(productId, enterpriseId) as ProductDbRow | undefined;
  return row ? toProduct(row) : null;
}

export const PRODUCTS_PER_PAGE = 20;

/** A page of the enterprise's catalog, oldest first, with the total count. */
export function listProducts(db: Db, enterpriseId: number, page = 1): { products: Product[]; total: number } {
  const total = db.prepare("SELECT count(*) FROM product WHERE enterprise_id = ?").pluck().get(enterpriseId) as number;
  const rows = db
    .prepare(`SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.enterprise_id = ? ORDER BY p.id LIMIT ? OFFSET ?`)
    .all(enterpriseId, PRODUCTS_PER_PAGE, (Math.max(1, page) - 1) * PRODUCTS_PER_PAGE) as ProductDbRow[];
  return { products: rows.map(toProduct), total };
}

/** How many products there are, and how many are ready to list (from the stored scores). */
export function catalogSummary(db: Db, enterpriseId: number): { total: number; ready: number } {
  return db
    .prepare(
      "SELECT count(*) AS total, coalesce(sum(readiness = 100), 0) AS ready FROM product WHERE enterprise_id = ?",
    )
    .get(enterpriseId) as { total: number; ready: number };
}

export function readinessOf(task: TaskTemplate, product: ProductFacts): Readiness {
  return productReadiness(product, productItems(task, product.category));
}

function catalogSnapshot(db: Db, enterpriseId: number) {
  const rows = db
    .prepare("SELECT id, name, category, readiness FROM product WHERE enterprise_id = ? ORDER BY id")
    .all(enterpriseId);
  return { products: rows };
}

export type ProductSave = {
  enterprise: EnterpriseRef;
  actorUserId: number;
  /** null for a new product. */
  productId: number | null;
  values: ProductValues;
};

/**
 * Saves a product, its photos (in order, the main one first) and its checklist in one
 * transaction, with its readiness score. Photos and evidence must be this enterprise's own
 * uploads; others are dropped. Changing the catalog puts the task back in progress, so an
 * owner who edits after sending it must send it again. Returns the product's id, or null when
 * the product is not this enterprise's.
 */
export function saveProduct(db: Db, save: ProductSave): number | null {
  const { enterprise, values } = save;
  const task = productsTask(db, enterprise);
  const ownPhotos = ownUploadIds(db, enterprise.id, "product_photo", values.photos);
  const photos = values.photos.filter((id) => ownPhotos.has(id));
  const evidence = Object.values(values.checklist).flatMap((a) => (a.evidence ? [a.evidence] : []));
  const ownEvidence = ownUploadIds(db, enterprise.id, "evidence", evidence);
  const checklist: ProductChecklist = {};
  for (const [key, answer] of Object.entries(values.checklist)) {
    const { evidence: claimed, ...rest } = answer;
    const kept: ItemAnswer = claimed && ownEvidence.has(claimed) ? { ...rest, evidence: claimed } : rest;
    if (kept.status || kept.evidence) checklist[key] = kept;
  }
  const facts: ProductFacts = { ...values, photoCount: photos.length, checklist };
  const readiness = readinessOf(task, facts).score;
  const now = nowSeconds();
  return db.transaction(() => {
    let id = save.productId;
    const columns = {
      enterpriseId: enterprise.id,
      name: values.name,
      category: values.category,
      description: values.description,
      priceRupiah: values.priceRupiah,
      netAmount: values.netAmount,
      netUnit: values.netUnit,
      checklist: JSON.stringify(checklist),
      readiness,
      now,
    };
    if (id === null) {
      id = Number(
        db
          .prepare(
            `INSERT INTO product (enterprise_id, name, category, description, price_rupiah, net_amount, net_unit, checklist, readiness, created_at, updated_at)
             VALUES (@enterpriseId, @name, @category, @description, @priceRupiah, @netAmount, @netUnit, @checklist, @readiness, @now, @now)`,
          )
          .run(columns).lastInsertRowid,
      );
    } else {
      const changed = db
        .prepare(
          `UPDATE product SET name = @name, category = @category, description = @description, price_rupiah = @priceRupiah,
             net_amount = @netAmount, net_unit = @netUnit, checklist = @checklist, readiness = @readiness, updated_at = @now
           WHERE id = @id AND enterprise_id = @enterpriseId`,
        )
        .run({ ...columns, id }).changes;
      if (changed === 0) return null;
    }
    db.prepare("DELETE FROM product_photo WHERE product_id = ?").run(id);
    const addPhoto = db.prepare("INSERT INTO product_photo (product_id, upload_id, position) VALUES (?, ?, ?)");
    photos.forEach((uploadId, position) => addPhoto.run(id, uploadId, position));
    recordCatalogChange(
      db,
      enterprise.id,
      save.actorUserId,
      save.productId === null ? "product.create" : "product.update",
      id,
    );
    return id;
  })();
}

function recordCatalogChange(db: Db, enterpriseId: number, actorUserId: number, action: string, productId: number) {
  recordTaskSave(db, {
    enterpriseId,
    taskKey: "products",
    actorUserId,
    mode: "draft",
    needsReview: true,
    answers: catalogSnapshot(db, enterpriseId),
  });
  recordAudit(db, { actorUserId, action, subjectType: "enterprise", subjectId: enterpriseId, details: { productId } });
}

/** Deletes one of the enterprise's products; false when it is not theirs. */
export function deleteProduct(db: Db, enterpriseId: number, productId: number, actorUserId: number): boolean {
  return db.transaction(() => {
    const deleted = db.prepare("DELETE FROM product WHERE id = ? AND enterprise_id = ?").run(productId, enterpriseId);
    if (deleted.changes === 0) return false;
    recordCatalogChange(db, enterpriseId, actorUserId, "product.delete", productId);
    return true;
  })();
}

export type FinishProducts =
  | { ok: true }
  | { ok: false; reason: "noProducts" }
  | { ok: false; reason: "notReady"; names: string[] };

/**
 * Marks the products task finished (sent for review) when there is at least one product and
 * every product is ready to list. The snapshot holds the whole catalog as the mentor will see it.
 */
export function finishProducts(db: Db, enterprise: EnterpriseRef, actorUserId: number): FinishProducts {
  const task = productsTask(db, enterprise);
  return db.transaction((): FinishProducts => {
    const rows = db
      .prepare(`SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.enterprise_id = ? ORDER BY p.id`)
      .all(enterprise.id) as ProductDbRow[];
    if (rows.length === 0) return { ok: false, reason: "noProducts" };
    const products = rows.map(toProduct);
    const notReady = products.filter((p) => !readinessOf(task, p).ready).map((p) => p.name);
    if (notReady.length > 0) return { ok: false, reason: "notReady", names: notReady };
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "products",
      actorUserId,
      mode: "finish",
      needsReview: task.needsReview,
      answers: { products },
    });
    recordAudit(db, {
      actorUserId,
      action: "task.finish",
      subjectType: "enterprise",
      subjectId: enterprise.id,
      details: { task: "products" },
    });
    return { ok: true };
  })();
}
