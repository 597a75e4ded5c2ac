import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { BrandCheckResults } from "~/components/brand-check-results";
import { FormAlert } from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { requireUser } from "~/lib/auth/guards.server";
import { checkBrandName } from "~/lib/brand-check/index.server";
import { getDb } from "~/lib/db.server";
import { brandCheckHits } from "~/lib/brand-check/limits.server";
import { minutesToWait, takeLimits, tooManyRequests } from "~/lib/rate-limit/rate-limit.server";
import { pageTitle } from "~/utils/meta";
import { COMMON_CLASSES } from "~/utils/trademark";
import { brandTexts } from "~/utils/i18n/namespaces/brand";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { ipTexts } from "~/utils/i18n/namespaces/ip";
import { limitsTexts } from "~/utils/i18n/namespaces/limits";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, "brandCheck.pageTitle");

/**
 * A brand-name check anyone signed in can run (an owner trying names, a mentor advising):
 * a GET form, so it changes nothing and the result can be shared as a link.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const url = new URL(request.url);
  const name = (url.searchParams.get("name") ?? "").trim();
  const classes = [
    ...new Set(
      url.searchParams
        .getAll("class")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n >= 1 && n <= 45),
    ),
  ];
  if (!url.searchParams.has("name")) return { name, classes, matches: null, error: null, retryMinutes: null };
  if (name.length < 2 || name.length > 60) {
    return data(
      { name, classes, matches: null, error: "field.brandName.tooShort" as const, retryMinutes: null },
      { status: 400 },
    );
  }
  const db = getDb();
  const verdict = takeLimits(db, brandCheckHits(user.id, context.clientIp));
  if (!verdict.ok) {
    return data(
      { name, classes, matches: null, error: null, retryMinutes: minutesToWait(verdict.retryAfterSeconds) },
      tooManyRequests(verdict.retryAfterSeconds),
    );
  }
  return { name, classes, matches: checkBrandName(db, name, classes), error: null, retryMinutes: null };
}

export default function BrandCheckPage() {
  const t = useT(brandTexts, brandCheckTexts, ipTexts, limitsTexts);
  const locale = useLocale();
  const { name, classes, matches, error, retryMinutes } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("brandCheck.pageTitle")}</h1>
      <p className="text-stone-700">{t("brandCheck.pageLead")}</p>
      {error ? <FormAlert>{t("brandCheck.nameNeeded")}</FormAlert> : null}
      {retryMinutes ? <FormAlert>{t("limits.tooMany", { minutes: retryMinutes })}</FormAlert> : null}
      <Form method="get" className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <div>
          <label htmlFor="name" className="block font-semibold text-stone-900">
            {t("brand.name")}
          </label>
          <input
            id="name"
            name="name"
            defaultValue={name}
            maxLength={60}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "name-error" : undefined}
            className="mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base"
          />
          {error ? (
            <p id="name-error" className="mt-1 text-sm font-medium text-red-700">
              {t("brandCheck.nameNeeded")}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend className="font-semibold text-stone-900">{t("brandCheck.classesLegend")}</legend>
          <p className="text-sm text-stone-600">{t("brandCheck.classesHint")}</p>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {Object.entries(COMMON_CLASSES).map(([n, label]) => (
              <label key={n} className="flex min-h-11 items-center gap-3 rounded-lg px-1 hover:bg-stone-100">
                <input
                  type="checkbox"
                  name="class"
                  value={n}
                  defaultChecked={classes.includes(Number(n))}
                  className="size-5 shrink-0 accent-brand-700"
                />
                <span>{t("ip.tm.class", { value: n, label: label[locale] })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
        >
          {t("brandCheck.run")}
        </button>
      </Form>
      {matches ? (
        <section aria-labelledby="results-title" className="space-y-3">
          <h2 id="results-title" className="text-xl font-bold text-stone-900">
            {t("brandCheck.title")}
          </h2>
          <p className="text-sm text-stone-700">{t("brandCheck.advisory")}</p>
          <BrandCheckResults name={name} matches={matches} />
        </section>
      ) : null}
    </div>
  );
}
