import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { goOnlineSummary } from "~/lib/journey/go-online.server";
import { getOrCreateEnterprise, getJourneyTemplate } from "~/lib/journey/journey.server";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { completionTexts } from "~/utils/i18n/namespaces/completion";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, "certificate.title");

/** The owner's "Go Online" certificate, once their mentor has confirmed the final review. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const template = getJourneyTemplate(db, enterprise.templateVersion);
  const summary = goOnlineSummary(db, enterprise.id, template, getLocale(request));
  if (!summary.goOnlineAt) throw data({ reason: "notYet" as const }, { status: 404 });
  return { summary, goOnlineAt: summary.goOnlineAt };
}

export default function Certificate() {
  const t = useT(completionTexts, journeyTexts);
  const locale = useLocale();
  const { summary, goOnlineAt } = useLoaderData<typeof loader>();
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(
    new Date(goOnlineAt * 1000),
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link to="/owner" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
          ← {t("task.backToList")}
        </Link>
        <p className="text-sm text-stone-700">{t("certificate.printHint")}</p>
      </div>
      <article
        aria-labelledby="certificate-title"
        className="certificate mx-auto max-w-3xl space-y-6 rounded-2xl border-8 border-double border-brand-700 bg-white p-6 text-center sm:p-10 print:max-w-none print:rounded-none"
      >
        <p className="text-sm font-semibold tracking-widest text-brand-800 uppercase">{t("app.name")}</p>
        <h1 id="certificate-title" className="text-3xl font-bold text-stone-900 sm:text-4xl">
          {t("certificate.heading")}
        </h1>
        <p className="text-stone-700">{t("certificate.given")}</p>
        <p className="text-2xl font-bold break-words text-stone-900 sm:text-3xl">{summary.enterpriseName}</p>
        {summary.brandName ? (
          <p className="text-lg text-stone-800">
            {t("certificate.brand")}: <span className="font-semibold">{summary.brandName}</span>
          </p>
        ) : null}
        {summary.place ? <p className="text-stone-700">{summary.place}</p> : null}
        <p className="text-stone-800">{t("certificate.body", { date })}</p>
        <dl className="grid gap-4 pt-4 text-left sm:grid-cols-2">
          <div>
            <dt className="text-sm text-stone-600">{t("certificate.mentor")}</dt>
            <dd className="font-semibold text-stone-900">{summary.mentorName ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("certificate.date")}</dt>
            <dd className="font-semibold text-stone-900">{date}</dd>
          </div>
        </dl>
        <p className="border-t border-stone-200 pt-4 text-xs text-stone-600">{t("certificate.notAPermit")}</p>
      </article>
    </div>
  );
}
