import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { requireRole } from "../auth/guards.server";
import { getDb } from "../db.server";
import { getLocale } from "../i18n/locale.server";
import {
  enterpriseCategories,
  getOrCreateEnterprise,
  getTaskRecord,
  loadChecklistTask,
} from "../journey/journey.server";
import { readFormWithUploads, uploadRefusalInit } from "../uploads/upload-form.server";
import { withUploadsReleased } from "../uploads/release.server";
import { describeUploads } from "../uploads/uploads.server";
import { deleteProduct, getProduct, productItems, productsTask, readinessOf, saveProduct } from "./products.server";
import { PRODUCT_CATEGORIES, type ProductCategory } from "~/utils/journey/template-types";
import type { TaskStatus } from "~/utils/journey/status";
import { MAX_PHOTOS } from "~/utils/products/readiness";
import { productSchema } from "~/utils/validation/product";
import { dateFormat, numberFormat } from "~/utils/intl";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The product id in the URL, or a 404 for anything that is not a whole number. */
export function parseProductId(raw: string | undefined): number {
  if (!raw || !/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

function isCategory(value: unknown): value is ProductCategory {
  return typeof value === "string" && (PRODUCT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * What the product form needs: the owner's enterprise, its categories, every category's
 * checklist (the form shows the one for the chosen category), and the product when editing.
 * Another enterprise's product is a 404.
 */
export function loadProductPage(request: Request, productId: number | null) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, titles } = loadChecklistTask(db, enterprise, "products");
  const product = productId === null ? null : getProduct(db, enterprise.id, productId);
  if (productId !== null && !product) throw notFound();
  const task = productsTask(db, enterprise);
  const categories = enterpriseCategories(db, enterprise.id);
  // A product keeps its category even if the profile no longer lists it.
  const offered = product && !categories.includes(product.category) ? [...categories, product.category] : categories;
  const itemsByCategory = Object.fromEntries(
    offered.map((category) => [
      category,
      productItems(task, category).map((item) => ({
        key: item.key,
        title: item.title[locale],
        help: item.help[locale],
        required: item.required,
        link: item.link ? { label: item.link.label[locale], url: item.link.url } : null,
      })),
    ]),
  );
  const evidenceIds = product ? Object.values(product.checklist).flatMap((a) => (a?.evidence ? [a.evidence] : [])) : [];
  const record = getTaskRecord(db, enterprise.id, "products");
  return {
    title: state.task.title[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    categories: offered,
    itemsByCategory,
    product: product ? { id: product.id, name: product.name } : null,
    readiness: product ? readinessOf(task, product) : null,
    uploads: describeUploads(db, enterprise.id, [...(product?.photos ?? []), ...evidenceIds]),
    defaultValue: product
      ? {
          name: product.name,
          category: product.category,
          description: product.description ?? undefined,
          price: product.priceRupiah ? numberFormat("id-ID").format(product.priceRupiah) : undefined,
          netAmount: product.netAmount?.toString(),
          netUnit: product.netUnit ?? undefined,
          photos: product.photos,
          ...Object.fromEntries(Object.entries(product.checklist).map(([key, answer]) => [`item_${key}`, answer])),
        }
      : { category: categories.length === 1 ? categories[0] : undefined, photos: [] as string[] },
  };
}

/**
 * Saves a new or existing product from its form: files first (kept if the rest fails), then
 * the fields with the checklist of the category posted. Also deletes, when asked.
 */
export async function productPageAction(request: Request, productId: number | null, clientIp: string) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state } = loadChecklistTask(db, enterprise, "products");
  if (state.status === "cannot_start") throw data({ reason: "cannotStart" as const }, { status: 409 });
  if (productId !== null && !getProduct(db, enterprise.id, productId)) throw notFound();
  const task = productsTask(db, enterprise);
  const itemKeys = new Set((task.items ?? []).map((item) => item.key));
  const upload = await readFormWithUploads(db, request, {
    enterpriseId: enterprise.id,
    uploadedBy: user.id,
    clientIp,
    maxFiles: MAX_PHOTOS + itemKeys.size,
    fieldFor: (name) => {
      if (name === "photosFile") return { base: "photos", purpose: "product_photo", multiple: true };
      const match = /^item_([a-z_]+)\.evidenceFile$/.exec(name);
      return match && itemKeys.has(match[1]!) ? { base: `item_${match[1]}.evidence`, purpose: "evidence" } : null;
    },
  });

  const { formData, stored, uploadErrors } = upload;
  if (formData.get("intent") === "delete") {
    if (productId === null) throw notFound();
    const deleted = withUploadsReleased(db, enterprise.id, () => deleteProduct(db, enterprise.id, productId, user.id));
    if (!deleted) throw notFound();
    throw redirect("/owner/tasks/products?deleted=1");
  }

  const postedCategory = formData.get("category");
  const items = isCategory(postedCategory) ? productItems(task, postedCategory) : [];
  const categories = enterpriseCategories(db, enterprise.id);
  const existing = productId === null ? null : getProduct(db, enterprise.id, productId);
  const allowed = existing && !categories.includes(existing.category) ? [...categories, existing.category] : categories;
  const submission = parseWithZod(formData, { schema: productSchema(allowed, items) });
  if (submission.status !== "success" || Object.keys(uploadErrors).length > 0) {
    return data(
      { result: submission.reply({ fieldErrors: uploadErrors }), uploads: stored },
      uploadRefusalInit(upload),
    );
  }
  const id = withUploadsReleased(db, enterprise.id, () =>
    saveProduct(db, { enterprise, actorUserId: user.id, productId, values: submission.value }),
  );
  if (id === null) throw notFound();
  throw redirect(`/owner/tasks/products/${id}?saved=1`);
}
