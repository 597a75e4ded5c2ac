import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice, TextAreaField } from "~/components/form-fields";
import { TaskThread } from "~/components/task-thread";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getJourneyTemplate, getOrCreateEnterprise } from "~/lib/journey/journey.server";
import { addTaskComment, taskThread } from "~/lib/mentoring/comments.server";
import { taskHref } from "~/utils/journey/task-pages";
import { TASK_KEYS, type TaskKey } from "~/utils/journey/template-types";
import { taskPageTitle } from "~/utils/meta";
import { commentSchema } from "~/utils/validation/comment";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";
import { reviewTexts } from "~/utils/i18n/namespaces/review";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

function ownerTask(request: Request, key: string | undefined) {
  const user = requireRole(request, "owner");
  if (!TASK_KEYS.includes(key as TaskKey)) notFound();
  const db = getDb();
  return { user, db, enterprise: getOrCreateEnterprise(db, user.id), taskKey: key as TaskKey };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, enterprise, taskKey } = ownerTask(request, params.taskKey);
  const locale = getLocale(request);
  const task = getJourneyTemplate(db, enterprise.templateVersion).tasks.find((t) => t.key === taskKey);
  return {
    title: task?.title[locale] ?? taskKey,
    taskHref: taskHref(taskKey),
    hasMentor: enterprise.mentorUserId !== null,
    thread: taskThread(db, enterprise.id, taskKey),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, enterprise, taskKey } = ownerTask(request, params.taskKey);
  const submission = parseWithZod(await readFormData(request), { schema: commentSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!addTaskComment(db, user, enterprise.id, taskKey, submission.value.body)) {
    notFound();
  }
  throw redirect(`/owner/messages/${taskKey}?sent=1`);
}

export default function OwnerMessages() {
  const t = useT(journeyTexts, reviewTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useForm({ id: "comment", lastResult: actionData?.result });
  return (
    <div className="space-y-6">
      {loaderData.taskHref ? (
        <Link
          to={loaderData.taskHref}
          className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
        >
          ← {loaderData.title}
        </Link>
      ) : null}
      <h1 id="thread" className="text-2xl font-bold text-stone-900">
        {t("owner.messages.title", { task: loaderData.title })}
      </h1>
      {params.get("sent") && !actionData ? <SuccessNotice>{t("thread.sent")}</SuccessNotice> : null}
      <TaskThread entries={loaderData.thread} labelledBy="thread" />
      {loaderData.hasMentor ? (
        // Keyed by the thread's length: once the message is sent (and shown above), the box is empty
        // again, so the same message is not sent twice; a refused one keeps what was typed.
        <Form method="post" {...getFormProps(form)} key={loaderData.thread.length} noValidate className="space-y-3">
          <TextAreaField field={fields.body as never} label={t("owner.messages.write")} rows={3} />
          <button
            type="submit"
            className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
          >
            {t("thread.send")}
          </button>
        </Form>
      ) : (
        <p className="rounded-lg bg-stone-100 p-4">{t("owner.messages.noMentor")}</p>
      )}
    </div>
  );
}
