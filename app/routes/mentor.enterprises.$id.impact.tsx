import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ImpactTable } from "~/components/impact";
import { ImpactForm } from "~/components/impact-form";
import { useT } from "~/components/use-translation";
import { readFormData } from "~/lib/http/form.server";
import { impactView, recordImpact } from "~/lib/mentoring/impact.server";
import { notFound } from "~/lib/http/not-found.server";
import { requireCaseloadEnterprise } from "~/lib/mentoring/guards.server";
import { todayInIndonesia } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";
import { impactSchema } from "~/utils/validation/impact";
import { recordTexts } from "~/utils/i18n/namespaces/record";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "record.recordImpact");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, enterprise } = requireCaseloadEnterprise(request, params.id);
  return {
    id: enterprise.id,
    name: enterprise.name ?? enterprise.ownerName,
    today: todayInIndonesia(),
    impact: impactView(db, enterprise.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, enterprise } = requireCaseloadEnterprise(request, params.id);
  const submission = parseWithZod(await readFormData(request), { schema: impactSchema(todayInIndonesia()) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!recordImpact(db, user, enterprise.id, submission.value)) notFound();
  throw redirect(`/mentor/enterprises/${enterprise.id}?saved=impact#record-impact`);
}

export default function MentorImpact() {
  const t = useT(recordTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <Link
        to={`/mentor/enterprises/${loaderData.id}`}
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {loaderData.name}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("record.recordImpact")}</h1>
      <ImpactTable impact={loaderData.impact} />
      <ImpactForm today={loaderData.today} lastResult={actionData?.result} />
    </div>
  );
}
