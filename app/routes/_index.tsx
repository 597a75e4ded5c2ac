import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/components/use-translation";
import { getUser } from "~/lib/auth/guards.server";
import { homePathFor } from "~/utils/roles";
import { pageTitle } from "~/utils/meta";
import { landingTexts } from "~/utils/i18n/namespaces/landing";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "app.tagline");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = getUser(request);
  if (user) throw redirect(homePathFor(user.role));
  return null;
}

export default function Landing() {
  const t = useT(landingTexts);
  const steps = [
    { title: t("landing.how.step1.title"), body: t("landing.how.step1.body") },
    { title: t("landing.how.step2.title"), body: t("landing.how.step2.body") },
    { title: t("landing.how.step3.title"), body: t("landing.how.step3.body") },
  ];
  return (
    <div className="space-y-10">
      <section aria-labelledby="landing-title" className="space-y-5">
        <h1 id="landing-title" className="text-3xl font-bold leading-tight text-brand-800 sm:text-4xl">
          {t("landing.title")}
        </h1>
        <p className="text-lg text-stone-800">{t("landing.lead")}</p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link
            to="/register"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800"
          >
            {t("landing.cta.register")}
          </Link>
          <Link
            to="/login"
            className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 text-base font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("landing.cta.login")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-xl font-bold text-stone-900">
          {t("landing.how.title")}
        </h2>
        <ol className="mt-4 space-y-3">
          {steps.map((step, index) => (
            <li key={step.title} className="flex gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
              <span
                aria-hidden="true"
                className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-800"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold text-stone-900">{step.title}</h3>
                <p className="text-stone-700">{step.body}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="who-title" className="rounded-xl bg-brand-50 p-5">
        <h2 id="who-title" className="text-xl font-bold text-stone-900">
          {t("landing.who.title")}
        </h2>
        <p className="mt-2 text-stone-800">{t("landing.who.body")}</p>
      </section>
    </div>
  );
}
