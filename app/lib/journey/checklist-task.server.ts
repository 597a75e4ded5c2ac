import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import { requireRole } from "../auth/guards.server";
import type { Db } from "../db.server";
import { getDb } from "../db.server";
import { readFormWithUploads, uploadRefusalInit } from "../uploads/upload-form.server";
import { withUploadsReleased } from "../uploads/release.server";
import { describeUploads, ownUploadIds } from "../uploads/uploads.server";
import { getOrCreateEnterprise, loadChecklistTask, saveTaskAnswers } from "./journey.server";
import type { ChecklistItem, TaskKey } from "~/utils/journey/template-types";

type EvidenceAnswer = { evidence?: string };
type ChecklistSubmission = { intent: "draft" | "finish"; answers: Record<string, object | undefined> };

function evidenceOf(answer: unknown): string | undefined {
  const evidence = answer && typeof answer === "object" ? (answer as EvidenceAnswer).evidence : undefined;
  return typeof evidence === "string" ? evidence : undefined;
}

/** The evidence files that checklist answers point at, by id, for showing beside the form. */
export function checklistEvidence(db: Db, enterpriseId: number, answers: Record<string, unknown>) {
  const ids = Object.values(answers).flatMap((answer) => evidenceOf(answer) ?? []);
  return describeUploads(db, enterpriseId, ids);
}

/**
 * The action of a checklist task page (legality, channels, …): the owner's own enterprise,
 * refused while the task cannot start, evidence files stored first (so they survive an error
 * elsewhere in the form), the answers parsed with the task's schema for the items that apply,
 * saved as a draft or finished, then back to the page or the task list.
 */
export async function checklistTaskAction(
  request: Request,
  taskKey: TaskKey,
  schemaFor: (items: ChecklistItem[]) => z.ZodType<ChecklistSubmission>,
  clientIp: string,
) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, items } = loadChecklistTask(db, enterprise, taskKey);
  if (state.status === "cannot_start") throw data({ reason: "cannotStart" as const }, { status: 409 });
  const itemKeys = new Set(items.map((item) => item.key));
  const upload = await readFormWithUploads(db, request, {
    enterpriseId: enterprise.id,
    uploadedBy: user.id,
    clientIp,
    fieldFor: (name) => {
      const [key, field] = name.split(".");
      return key && itemKeys.has(key) && field === "evidenceFile"
        ? { base: `${key}.evidence`, purpose: "evidence" }
        : null;
    },
  });
  const { formData, stored, uploadErrors } = upload;
  const submission = parseWithZod(formData, { schema: schemaFor(items) });
  const hasUploadErrors = Object.keys(uploadErrors).length > 0;
  if (submission.status !== "success" || hasUploadErrors) {
    return data(
      { result: submission.reply({ fieldErrors: uploadErrors }), uploads: stored },
      uploadRefusalInit(upload),
    );
  }
  const { intent, answers } = submission.value;
  // Answers may only point at this enterprise's own evidence.
  const evidenceIds = Object.values(answers).flatMap((answer) => evidenceOf(answer) ?? []);
  const own = ownUploadIds(db, enterprise.id, "evidence", evidenceIds);
  for (const answer of Object.values(answers)) {
    const evidence = evidenceOf(answer);
    if (evidence && !own.has(evidence)) delete (answer as EvidenceAnswer).evidence;
  }
  withUploadsReleased(db, enterprise.id, () =>
    saveTaskAnswers(db, {
      enterpriseId: enterprise.id,
      taskKey,
      actorUserId: user.id,
      mode: intent,
      needsReview: state.task.needsReview,
      answers,
    }),
  );
  if (intent === "finish") throw redirect(`/owner?saved=${taskKey}`);
  throw redirect(`/owner/tasks/${taskKey}?saved=draft`);
}
