import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { ImpactTable } from "~/components/impact";
import { ImpactForm } from "~/components/impact-form";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { getOrCreateEnterprise } from "~/lib/journey/journey.server";
import { impactView, recordImpact } from "~/lib/mentoring/impact.server";
import { todayInIndonesia } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";
import { impactSchema } from "~/utils/validation/impact";
import { impactTexts } from "~/utils/i18n/namespaces/impact";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";
import { recordTexts } from "~/utils/i18n/namespaces/record";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "impact.ownerTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  return { today: todayInIndonesia(), impact: impactView(db, enterprise.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const submission = parseWithZod(await readFormData(request), { schema: impactSchema(todayInIndonesia()) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!recordImpact(db, user, enterprise.id, submission.value)) notFound();
  throw redirect("/owner/impact?saved=1");
}

export default function OwnerImpact() {
  const t = useT(impactTexts, journeyTexts, recordTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-6">
      <Link to="/owner" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("task.backToList")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("impact.ownerTitle")}</h1>
      <p className="text-stone-700">{t("impact.ownerLead")}</p>
      {params.get("saved") && !actionData ? <SuccessNotice>{t("record.impactSaved")}</SuccessNotice> : null}
      <ImpactTable impact={loaderData.impact} />
      <h2 className="text-lg font-bold text-stone-900">{t("impact.newRecord")}</h2>
      <ImpactForm today={loaderData.today} lastResult={actionData?.result} />
    </div>
  );
}
