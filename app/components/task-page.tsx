import { Link, useLocation } from "@remix-run/react";
import { SuccessNotice } from "./form-fields";
import { TaskStatusTag } from "./task-status-tag";
import { useT } from "./use-translation";
import type { TaskStatus } from "~/utils/journey/status";
import { taskKeyFromPath } from "~/utils/journey/task-pages";
import { journeyTexts } from "~/utils/i18n/namespaces/journey";

/** The top of every task page: back to the list, title and status, guidance, review notes. */
export function TaskPageHeader({
  title,
  help,
  status,
  reviewComment,
  savedDraft,
}: {
  title: string;
  help: string;
  status: TaskStatus;
  reviewComment: string | null;
  savedDraft: boolean;
}) {
  const t = useT(journeyTexts);
  const taskKey = taskKeyFromPath(useLocation().pathname);
  return (
    <>
      <Link to="/owner" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("task.backToList")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
        <TaskStatusTag status={status} />
      </div>
      <p className="text-stone-700">{help}</p>
      {savedDraft ? <SuccessNotice>{t("task.savedDraft")}</SuccessNotice> : null}
      {status === "submitted" ? <SuccessNotice>{t("task.submittedNotice")}</SuccessNotice> : null}
      {taskKey ? (
        <Link
          to={`/owner/messages/${taskKey}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("owner.messages.open")}
        </Link>
      ) : null}
      {reviewComment ? (
        <section aria-labelledby="review-comment" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4">
          <h2 id="review-comment" className="font-semibold text-red-900">
            {t("task.reviewComment")}
          </h2>
          <p className="mt-1 whitespace-pre-line text-red-900">{reviewComment}</p>
        </section>
      ) : null}
    </>
  );
}

/** "Mark as done" and "Save draft", with the hint about drafts. */
export function TaskActions() {
  const t = useT(journeyTexts);
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600">{t("task.draftHint")}</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <button
          type="submit"
          name="intent"
          value="finish"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("task.finish")}
        </button>
        <button
          type="submit"
          name="intent"
          value="draft"
          className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("task.saveDraft")}
        </button>
      </div>
    </div>
  );
}

/** Why a task cannot start yet: the tasks to finish first. */
export function CannotStartNotice({ waitingFor }: { waitingFor: string[] }) {
  const t = useT(journeyTexts);
  return (
    <p className="rounded-lg bg-stone-100 p-4 text-stone-800">
      {t("task.cannotStart", { tasks: waitingFor.join(", ") })}
    </p>
  );
}
