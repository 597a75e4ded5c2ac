import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ProductForm } from "~/components/product-form";
import { CannotStartNotice } from "~/components/task-page";
import { useT } from "~/components/use-translation";
import { loadProductPage, productPageAction } from "~/lib/products/product-page.server";
import { pageTitle } from "~/utils/meta";
import { productTexts } from "~/utils/i18n/namespaces/product";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, "product.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  return loadProductPage(request, null);
}

export async function action({ request, context }: ActionFunctionArgs) {
  return productPageAction(request, null, context.clientIp);
}

export default function NewProduct() {
  const t = useT(productTexts);
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <Link
        to="/owner/tasks/products"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("product.backToCatalog")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("product.newTitle")}</h1>
      {page.status === "cannot_start" ? (
        <CannotStartNotice waitingFor={page.waitingFor} />
      ) : (
        <ProductForm
          page={page}
          lastResult={actionData?.result}
          postedUploads={actionData?.uploads}
          submitLabel={t("product.save")}
        />
      )}
    </div>
  );
}
