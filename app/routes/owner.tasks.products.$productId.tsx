import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { ProductForm } from "~/components/product-form";
import { ReadinessMeter } from "~/components/readiness";
import { useT } from "~/components/use-translation";
import { loadProductPage, parseProductId, productPageAction } from "~/lib/products/product-page.server";
import { taskPageTitle } from "~/utils/meta";
import { productTexts } from "~/utils/i18n/namespaces/product";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.product?.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  return loadProductPage(request, parseProductId(params.productId));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return productPageAction(request, parseProductId(params.productId), context.clientIp);
}

export default function EditProduct() {
  const t = useT(productTexts);
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { readiness } = page;
  const titles = new Map(Object.values(page.itemsByCategory).flatMap((items) => items.map((i) => [i.key, i.title])));
  const missing = readiness
    ? [
        ...readiness.missingFacts.map((gap) => t(`product.gap.${gap}`)),
        ...readiness.missingItems.map((key) => titles.get(key) ?? key),
      ]
    : [];
  return (
    <div className="space-y-6">
      <Link
        to="/owner/tasks/products"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("product.backToCatalog")}
      </Link>
      <h1 className="text-2xl font-bold break-words text-stone-900">{page.product?.name}</h1>
      {searchParams.get("saved") && !actionData ? <SuccessNotice>{t("product.saved")}</SuccessNotice> : null}
      {readiness ? (
        <section aria-labelledby="readiness-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <h2 id="readiness-title" className="mb-2 font-bold text-stone-900">
            {t("product.readinessTitle")}
          </h2>
          <ReadinessMeter score={readiness.score} missing={missing} labelledBy="readiness-title" />
        </section>
      ) : null}
      <ProductForm
        page={page}
        lastResult={actionData?.result}
        postedUploads={actionData?.uploads}
        submitLabel={t("product.save")}
      />
      <details className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <summary className="min-h-11 cursor-pointer font-semibold text-red-800">{t("product.delete")}</summary>
        <Form method="post" className="mt-3 space-y-3">
          <p className="text-stone-700">{t("product.deleteConfirm", { name: page.product?.name ?? "" })}</p>
          <button
            type="submit"
            name="intent"
            value="delete"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-red-700 px-6 font-semibold text-white hover:bg-red-800"
          >
            {t("product.deleteYes")}
          </button>
        </Form>
      </details>
    </div>
  );
}
