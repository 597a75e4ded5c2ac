import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BrandCheckResults } from "~/components/brand-check-results";
import { Card } from "~/components/card";
import { FormAlert, SuccessNotice, TextAreaField } from "~/components/form-fields";
import { StageTag, useFormatDate } from "~/components/mentor";
import { TaskAnswers } from "~/components/task-answers";
import { TaskStatusTag } from "~/components/task-status-tag";
import { TaskThread } from "~/components/task-thread";
import { useT } from "~/components/use-translation";
import { latestBrandCheck } from "~/lib/brand-check/brand-check.server";
import { readFormData } from "~/lib/http/form.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getJourneyTemplate, getTaskRecord } from "~/lib/journey/journey.server";
import { reviewTask } from "~/lib/journey/review.server";
import { addTaskComment, taskThread } from "~/lib/mentoring/comments.server";
import { notFound } from "~/lib/http/not-found.server";
import { requireCaseloadEnterprise } from "~/lib/mentoring/guards.server";
import { describeTaskAnswers } from "~/lib/mentoring/task-answers.server";
import { isMessageKey } from "~/utils/i18n";
import { TASK_KEYS, type TaskKey } from "~/utils/journey/template-types";
import type { TaskStatus } from "~/utils/journey/status";
import { taskPageTitle } from "~/utils/meta";
import { commentSchema, reviewSchema } from "~/utils/validation/comment";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { reviewTexts } from "~/utils/i18n/namespaces/review";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.heading);

/** The enterprise (in this mentor's caseload) and the task the address names, or 404. */
function reviewTarget(request: Request, params: { enterpriseId?: string; taskKey?: string }) {
  const { user, db, enterprise } = requireCaseloadEnterprise(request, params.enterpriseId);
  const taskKey = params.taskKey as TaskKey;
  if (!TASK_KEYS.includes(taskKey)) notFound();
  return { user, db, enterprise, taskKey };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, enterprise, taskKey } = reviewTarget(request, params);
  const locale = getLocale(request);
  const template = getJourneyTemplate(db, enterprise.templateVersion);
  const task = template.tasks.find((t) => t.key === taskKey) ?? notFound();
  const record = getTaskRecord(db, enterprise.id, taskKey);
  const check = taskKey === "brand" || taskKey === "ip" ? latestBrandCheck(db, enterprise.id) : null;
  const status: TaskStatus = record?.status ?? "not_started";
  return {
    heading: `${task.title[locale]}: ${enterprise.name ?? "—"}`,
    taskTitle: task.title[locale],
    taskKey,
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      ownerName: enterprise.ownerName,
      regencyName: enterprise.regencyName,
      stage: enterprise.stage,
    },
    status,
    submittedAt: record?.submittedAt ?? null,
    answers: describeTaskAnswers(db, enterprise, task, locale),
    brandCheck: check
      ? { name: check.name, checkedAt: check.checkedAt, indexVersion: check.indexVersion, matches: check.matches }
      : null,
    thread: taskThread(db, enterprise.id, taskKey),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { user, db, enterprise, taskKey } = reviewTarget(request, params);
  const formData = await readFormData(request);
  const here = `/mentor/reviews/${enterprise.id}/${taskKey}`;
  if (formData.get("intent") === "comment") {
    const submission = parseWithZod(formData, { schema: commentSchema });
    if (submission.status !== "success") {
      return data({ form: "comment" as const, result: submission.reply() }, { status: 400 });
    }
    if (!addTaskComment(db, user, enterprise.id, taskKey, submission.value.body)) notFound();
    throw redirect(`${here}?sent=comment#thread`);
  }
  const submission = parseWithZod(formData, { schema: reviewSchema });
  if (submission.status !== "success") {
    // The decision comes from the buttons: without a known one, the page was changed or is out of date.
    const changed = submission.error?.decision ? { formErrors: ["review.error.formChanged"] } : {};
    return data({ form: "review" as const, result: submission.reply(changed) }, { status: 400 });
  }
  const review =
    submission.value.decision === "approve"
      ? ({ decision: "approve" } as const)
      : ({ decision: "request_changes", comment: submission.value.comment } as const);
  const result = reviewTask(db, user, enterprise.id, taskKey, review, context.clientIp);
  if (!result.ok) {
    if (result.reason === "notAllowed") notFound();
    return data(
      {
        form: "review" as const,
        result: submission.reply({
          formErrors: [result.reason === "notSubmitted" ? "review.notSubmitted" : "review.prerequisitesOpen"],
        }),
      },
      { status: 409 },
    );
  }
  throw redirect(`/mentor/reviews?decided=${review.decision}`);
}

export default function ReviewTask() {
  const t = useT(brandCheckTexts, mentorTexts, reviewTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const formatDate = useFormatDate();
  const [params] = useSearchParams();
  const [reviewForm, reviewFields] = useForm({
    id: "review",
    lastResult: actionData?.form === "review" ? actionData.result : undefined,
  });
  const [commentForm, commentFields] = useForm({
    id: "comment",
    lastResult: actionData?.form === "comment" ? actionData.result : undefined,
  });
  const { enterprise, status } = loaderData;
  const reviewError = reviewForm.errors?.[0];
  const graduation = loaderData.taskKey === "final_review";
  return (
    <div className="space-y-6">
      <Link
        to="/mentor/reviews"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("reviews.back")}
      </Link>
      <div className="space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold text-stone-900">{loaderData.taskTitle}</h1>
          <TaskStatusTag status={status} />
        </div>
        <p className="text-stone-800">
          <Link
            to={`/mentor/enterprises/${enterprise.id}`}
            className="font-semibold text-brand-800 underline underline-offset-4"
          >
            {enterprise.name ?? t("mentor.unnamed")}
          </Link>{" "}
          · {enterprise.ownerName}
          {enterprise.regencyName ? ` · ${enterprise.regencyName}` : ""} <StageTag stage={enterprise.stage} />
        </p>
        {loaderData.submittedAt && status === "submitted" ? (
          <p className="text-sm text-stone-700">{t("review.sentOn", { date: formatDate(loaderData.submittedAt) })}</p>
        ) : null}
      </div>

      <Card id="answers" title={t("review.answers")}>
        {graduation ? <p className="mb-3">{t("review.graduationLead")}</p> : null}
        <TaskAnswers answers={loaderData.answers} />
      </Card>

      {loaderData.brandCheck ? (
        <Card id="brand-check" title={t("brandCheck.title")}>
          <p className="mb-3 text-sm text-stone-700">
            {t("brandCheck.checkedAt", {
              date: formatDate(loaderData.brandCheck.checkedAt),
              version: loaderData.brandCheck.indexVersion,
            })}
          </p>
          <BrandCheckResults name={loaderData.brandCheck.name} matches={loaderData.brandCheck.matches} />
        </Card>
      ) : null}

      {status === "submitted" ? (
        <section
          aria-labelledby="decision"
          className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-2 ring-brand-600"
        >
          <h2 id="decision" className="text-lg font-bold text-stone-900">
            {t(graduation ? "review.graduationTitle" : "review.decisionTitle")}
          </h2>
          {reviewError ? (
            <FormAlert>{isMessageKey(reviewError) ? t(reviewError) : t("error.formSummary")}</FormAlert>
          ) : null}
          <Form method="post" {...getFormProps(reviewForm)} noValidate className="space-y-4">
            <TextAreaField
              field={reviewFields.comment as never}
              label={t("review.comment")}
              hint={t("review.commentHint")}
              rows={4}
            />
            <div className="flex flex-col gap-3 sm:flex-row">
              <button
                type="submit"
                name="decision"
                value="approve"
                className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
              >
                {t(graduation ? "review.confirmGraduation" : "review.approve")}
              </button>
              <button
                type="submit"
                name="decision"
                value="request_changes"
                className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-red-700 bg-white px-6 font-semibold text-red-800 hover:bg-red-50"
              >
                {t("review.requestChanges")}
              </button>
            </div>
          </Form>
        </section>
      ) : (
        <>
          {/* A decision sent from a page that was out of date: say why nothing changed. */}
          {actionData?.form === "review" ? (
            <FormAlert>
              {reviewError && isMessageKey(reviewError) ? t(reviewError) : t("review.notSubmitted")}
            </FormAlert>
          ) : null}
          <p className="rounded-lg bg-stone-100 p-4 text-stone-800">{t("review.notWaiting")}</p>
        </>
      )}

      <section aria-labelledby="thread" className="space-y-3">
        <h2 id="thread" className="text-lg font-bold text-stone-900">
          {t("thread.title")}
        </h2>
        {params.get("sent") === "comment" && !actionData ? <SuccessNotice>{t("thread.sent")}</SuccessNotice> : null}
        <TaskThread entries={loaderData.thread} labelledBy="thread" />
        {/* Keyed by the thread's length: empty again once the message is sent (see owner.messages). */}
        <Form
          method="post"
          {...getFormProps(commentForm)}
          key={loaderData.thread.length}
          noValidate
          className="space-y-3"
        >
          <input type="hidden" name="intent" value="comment" />
          <TextAreaField field={commentFields.body as never} label={t("thread.write")} rows={3} />
          <button
            type="submit"
            className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("thread.send")}
          </button>
        </Form>
      </section>
    </div>
  );
}
