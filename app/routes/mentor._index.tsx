import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Card } from "~/components/card";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "mentor.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  return { fullName: user.fullName };
}

export default function MentorHome() {
  const t = useT();
  const mentor = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("mentor.greeting", { name: mentor.fullName })}</h1>
        <p className="mt-2 text-stone-700">{t("mentor.lead")}</p>
      </div>
      <Card id="mentor-caseload" title={t("mentor.caseload.title")}>
        <p>{t("mentor.caseload.empty")}</p>
      </Card>
      <Card id="mentor-brand-check" title={t("brandCheck.pageTitle")}>
        <p>{t("brandCheck.mentorLead")}</p>
        <Link
          to="/brand-check"
          className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("brandCheck.open")}
        </Link>
      </Card>
    </div>
  );
}
