import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert, SubmitButton, TextAreaField } from "~/components/form-fields";
import { SessionForm } from "~/components/session-form";
import { SessionList } from "~/components/sessions";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { nowSeconds } from "~/lib/db.server";
import { getDb } from "~/lib/db.server";
import { readFormData, refuseForm } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { correctSession, editSession, getSessionForMentor, sessionEditable } from "~/lib/mentoring/sessions.server";
import { todayInIndonesia } from "~/utils/dates";
import { isMessageKey } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { correctionSchema, sessionSchema } from "~/utils/validation/session";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "sessions.editTitle");

function mentorSession(request: Request, idParam: string | undefined) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const id = Number(idParam);
  const session = Number.isSafeInteger(id) ? getSessionForMentor(db, user, id) : null;
  if (!session) notFound();
  return { user, db, session };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, session } = mentorSession(request, params.sessionId);
  const editable = session.mentorUserId === user.id && sessionEditable(session.createdAt, nowSeconds());
  return { session, editable };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, session } = mentorSession(request, params.sessionId);
  const formData = await readFormData(request);
  const back = `/mentor/enterprises/${session.enterpriseId}?saved=session#record-sessions`;
  const intent = formData.get("intent");
  if (intent !== "session" && intent !== "correction") throw refuseForm("badForm");
  if (intent === "correction") {
    const submission = parseWithZod(formData, { schema: correctionSchema });
    if (submission.status !== "success") {
      return data({ form: "correction" as const, result: submission.reply() }, { status: 400 });
    }
    const result = correctSession(db, user, session.id, submission.value);
    if (!result.ok) notFound();
    throw redirect(back);
  }
  const submission = parseWithZod(formData, { schema: sessionSchema(todayInIndonesia()) });
  if (submission.status !== "success") {
    return data({ form: "session" as const, result: submission.reply() }, { status: 400 });
  }
  const result = editSession(db, user, session.id, submission.value);
  if (!result.ok) {
    if (result.reason === "notFound") notFound();
    return data(
      { form: "session" as const, result: submission.reply({ formErrors: ["sessions.locked"] }) },
      { status: 409 },
    );
  }
  throw redirect(back);
}

export default function EditSession() {
  const t = useT(sessionsTexts);
  const { session, editable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [correction, correctionFields] = useForm({
    id: "correction",
    lastResult: actionData?.form === "correction" ? actionData.result : undefined,
  });
  const sessionError = actionData?.form === "session" ? actionData.result.error?.[""]?.[0] : undefined;
  return (
    <div className="space-y-6">
      <Link
        to={`/mentor/enterprises/${session.enterpriseId}#record-sessions`}
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("sessions.backToRecord")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">
        {t(editable ? "sessions.editTitle" : "sessions.correctTitle")}
      </h1>
      {sessionError ? <FormAlert>{isMessageKey(sessionError) ? t(sessionError) : t("error.generic")}</FormAlert> : null}
      {editable ? (
        <>
          <p className="text-stone-700">{t("sessions.editLead")}</p>
          <SessionForm
            defaultValue={{
              heldOn: session.heldOn,
              mode: session.mode,
              durationMinutes: String(session.durationMinutes),
              topics: session.topics,
              sharedNotes: session.sharedNotes ?? "",
              privateNotes: session.privateNotes ?? "",
              nextAction: session.nextAction ?? "",
              followUpOn: session.followUpOn ?? "",
            }}
            lastResult={actionData?.form === "session" ? actionData.result : undefined}
            submitLabel={t("sessions.saveChanges")}
          />
        </>
      ) : (
        <>
          <p className="text-stone-700">{t("sessions.lockedLead")}</p>
          <SessionList sessions={[session]} showPrivate />
        </>
      )}
      <section aria-labelledby="correction-title" className="space-y-3">
        <h2 id="correction-title" className="text-lg font-bold text-stone-900">
          {t("sessions.addCorrection")}
        </h2>
        <Form
          method="post"
          {...getFormProps(correction)}
          noValidate
          className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <input type="hidden" name="intent" value="correction" />
          <TextAreaField
            field={correctionFields.sharedNote as never}
            label={t("sessions.correctionShared")}
            hint={t("sessions.sharedNotesHint")}
          />
          <TextAreaField
            field={correctionFields.privateNote as never}
            label={t("sessions.correctionPrivate")}
            hint={t("sessions.privateNotesHint")}
          />
          <SubmitButton>{t("sessions.saveCorrection")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
