import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionForm } from "~/components/session-form";
import { useT } from "~/components/use-translation";
import { readFormData, refuseForm } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { requireCaseloadEnterprise } from "~/lib/mentoring/guards.server";
import { logSession } from "~/lib/mentoring/sessions.server";
import { todayInIndonesia } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";
import { sessionSchema } from "~/utils/validation/session";
import { recordTexts } from "~/utils/i18n/namespaces/record";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "record.logSession");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { enterprise } = requireCaseloadEnterprise(request, params.id);
  return { id: enterprise.id, name: enterprise.name, ownerName: enterprise.ownerName, today: todayInIndonesia() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, enterprise } = requireCaseloadEnterprise(request, params.id);
  const formData = await readFormData(request);
  // The session form names its intent; a post naming another is not this page's form.
  if (formData.get("intent") !== "session") throw refuseForm("badForm");
  const submission = parseWithZod(formData, { schema: sessionSchema(todayInIndonesia()) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (logSession(db, user, enterprise.id, submission.value) === null) {
    notFound();
  }
  throw redirect(`/mentor/enterprises/${enterprise.id}?saved=session#record-sessions`);
}

export default function NewSession() {
  const t = useT(recordTexts, sessionsTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <Link
        to={`/mentor/enterprises/${loaderData.id}`}
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {loaderData.name ?? loaderData.ownerName}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("record.logSession")}</h1>
      <p className="text-stone-700">{t("sessions.formLead")}</p>
      <SessionForm
        defaultValue={{ heldOn: loaderData.today, durationMinutes: "60" }}
        lastResult={actionData?.result}
        submitLabel={t("sessions.save")}
      />
    </div>
  );
}
