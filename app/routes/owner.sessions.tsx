import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SessionList } from "~/components/sessions";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getOrCreateEnterprise } from "~/lib/journey/journey.server";
import { enterpriseSessions } from "~/lib/mentoring/sessions.server";
import { pageTitle } from "~/utils/meta";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "owner.sessions.title");

/** The owner's mentoring sessions: what was covered and the notes meant for them, never private notes. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  return { sessions: enterpriseSessions(db, enterprise.id, "owner") };
}

export default function OwnerSessions() {
  const t = useT(journeyTexts);
  const { sessions } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <Link to="/owner" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("task.backToList")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("owner.sessions.title")}</h1>
      <p className="text-stone-700">{t("owner.sessions.lead")}</p>
      <SessionList sessions={sessions} />
    </div>
  );
}
