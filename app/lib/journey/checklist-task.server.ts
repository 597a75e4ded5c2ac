import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import { requireRole } from "../auth/guards.server";
import { getDb } from "../db.server";
import { readFormData } from "../http/form.server";
import { getOrCreateEnterprise, loadChecklistTask, saveTaskAnswers } from "./journey.server";
import type { ChecklistItem, TaskKey } from "~/utils/journey/template-types";

type ChecklistSubmission = { intent: "draft" | "finish"; answers: Record<string, unknown> };

/**
 * The action of a checklist task page (legality, channels, …): the owner's own enterprise,
 * refused while the task cannot start, the answers parsed with the task's schema for the
 * items that apply, saved as a draft or finished, then back to the page or the task list.
 */
export async function checklistTaskAction(
  request: Request,
  taskKey: TaskKey,
  schemaFor: (items: ChecklistItem[]) => z.ZodType<ChecklistSubmission>,
) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, items } = loadChecklistTask(db, enterprise, taskKey);
  if (state.status === "cannot_start") throw data({ reason: "cannotStart" as const }, { status: 409 });
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: schemaFor(items) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { intent, answers } = submission.value;
  saveTaskAnswers(db, {
    enterpriseId: enterprise.id,
    taskKey,
    actorUserId: user.id,
    mode: intent,
    needsReview: state.task.needsReview,
    answers,
  });
  if (intent === "finish") throw redirect(`/owner?saved=${taskKey}`);
  throw redirect(`/owner/tasks/${taskKey}?saved=draft`);
}
