import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormAlert, SuccessNotice } from "~/components/form-fields";
import { ReadinessMeter } from "~/components/readiness";
import { CannotStartNotice, TaskPageHeader } from "~/components/task-page";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getOrCreateEnterprise, getTaskRecord, loadChecklistTask } from "~/lib/journey/journey.server";
import {
  catalogSummary,
  finishProducts,
  listProducts,
  productItems,
  productsTask,
  PRODUCTS_PER_PAGE,
  readinessOf,
} from "~/lib/products/products.server";
import { readFormData } from "~/lib/http/form.server";
import type { TaskStatus } from "~/utils/journey/status";
import { taskPageTitle } from "~/utils/meta";
import { formatRupiah } from "~/utils/rupiah";
import { uploadUrl } from "~/utils/uploads/uploads";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";
import { productTexts } from "~/utils/i18n/namespaces/product";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, titles } = loadChecklistTask(db, enterprise, "products");
  const record = getTaskRecord(db, enterprise.id, "products");
  const task = productsTask(db, enterprise);
  const requested = Number(new URL(request.url).searchParams.get("page") ?? "1");
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const { products, total } = listProducts(db, enterprise.id, page);
  const summary = catalogSummary(db, enterprise.id);
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    summary,
    page,
    pages: Math.max(1, Math.ceil(total / PRODUCTS_PER_PAGE)),
    products: products.map((product) => {
      const readiness = readinessOf(task, product);
      const itemTitles = new Map(productItems(task, product.category).map((i) => [i.key, i.title[locale]]));
      return {
        id: product.id,
        name: product.name,
        category: product.category,
        priceRupiah: product.priceRupiah,
        mainPhoto: product.photos[0] ?? null,
        score: readiness.score,
        missingFacts: readiness.missingFacts,
        missingItems: readiness.missingItems.map((key) => itemTitles.get(key) ?? key),
      };
    }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state } = loadChecklistTask(db, enterprise, "products");
  if (state.status === "cannot_start") throw data({ reason: "cannotStart" as const }, { status: 409 });
  const formData = await readFormData(request);
  if (formData.get("intent") !== "finish") throw data({ reason: "badForm" as const }, { status: 400 });
  const result = finishProducts(db, enterprise, user.id);
  if (!result.ok) return data({ finish: result }, { status: 400 });
  throw redirect("/owner?saved=products");
}

export default function ProductsTask() {
  const t = useT(enterpriseTexts, journeyTexts, productTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { summary } = loaderData;
  const finish = actionData?.finish;
  return (
    <div className="space-y-6">
      <TaskPageHeader
        title={loaderData.title}
        help={loaderData.help}
        status={loaderData.status}
        reviewComment={loaderData.reviewComment}
        savedDraft={false}
      />
      {searchParams.get("deleted") ? <SuccessNotice>{t("product.deleted")}</SuccessNotice> : null}
      {loaderData.status === "cannot_start" ? (
        <CannotStartNotice waitingFor={loaderData.waitingFor} />
      ) : (
        <>
          {finish ? (
            <FormAlert>
              {finish.reason === "noProducts"
                ? t("product.finish.noProducts")
                : t("product.finish.notReady", { names: finish.names.join(", ") })}
            </FormAlert>
          ) : null}
          <section aria-labelledby="catalog-title" className="space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="catalog-title" className="text-xl font-bold text-stone-900">
                {t("product.catalog")}
              </h2>
              <p className="text-stone-700">{t("product.summary", { total: summary.total, ready: summary.ready })}</p>
            </div>
            {loaderData.products.length === 0 ? (
              <p className="rounded-lg bg-stone-100 p-4 text-stone-800">{t("product.empty")}</p>
            ) : (
              <ul className="space-y-3">
                {loaderData.products.map((product) => (
                  <li
                    key={product.id}
                    className="flex gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
                    aria-labelledby={`product-${product.id}`}
                  >
                    {product.mainPhoto ? (
                      <img
                        src={uploadUrl(product.mainPhoto, "thumb")}
                        alt=""
                        width={80}
                        height={80}
                        loading="lazy"
                        className="size-20 shrink-0 rounded-lg bg-stone-50 object-contain ring-1 ring-stone-200"
                      />
                    ) : (
                      <div className="flex size-20 shrink-0 items-center justify-center rounded-lg bg-stone-100 p-1 text-center text-xs text-stone-600">
                        {t("product.noPhoto")}
                      </div>
                    )}
                    <div className="min-w-0 flex-1 space-y-2">
                      <div>
                        <Link
                          id={`product-${product.id}`}
                          to={`/owner/tasks/products/${product.id}`}
                          className="font-bold break-words text-brand-800 underline underline-offset-4"
                        >
                          {product.name}
                        </Link>
                        <p className="text-sm text-stone-700">
                          {t(`category.${product.category}`)}
                          {product.priceRupiah ? ` · ${formatRupiah(product.priceRupiah, locale)}` : ""}
                        </p>
                      </div>
                      <ReadinessMeter
                        score={product.score}
                        missing={[
                          ...product.missingFacts.map((gap) => t(`product.gap.${gap}`)),
                          ...product.missingItems,
                        ]}
                        labelledBy={`product-${product.id}`}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <Pager
              page={loaderData.page}
              pageCount={loaderData.pages}
              label={t("pager.label")}
              hrefFor={(page) => `?page=${page}`}
            />
            <Link
              to="/owner/tasks/products/new"
              className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 hover:bg-brand-50 sm:w-auto"
            >
              + {t("product.add")}
            </Link>
          </section>
          <Form method="post" className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
            <p className="text-sm text-stone-700">{t("product.finishHint")}</p>
            <button
              type="submit"
              name="intent"
              value="finish"
              className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
            >
              {t("task.finish")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
