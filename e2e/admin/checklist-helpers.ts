import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { testDb } from "../fixtures";
import { E2E_DATABASE_PATH } from "../env";

// The checklist has one draft and one "latest version" for the whole server. The js and no-js
// runs of the checklist spec (and its tests among themselves) take turns through this lock, held
// from the first draft edit until the new owner's enterprise exists, so one run's publish never
// lands between another run's edit and its checks. Other specs never touch the draft.
const LOCK = `${E2E_DATABASE_PATH}.checklist-lock`;
// Longer than any test may hold it (the spec's timeout), so a lock left by a killed run expires.
const STALE_AFTER_MS = 150_000;

export async function withChecklistLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + STALE_AFTER_MS + 10_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_AFTER_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`the checklist lock ${LOCK} was never released`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    // A draft left by a run that died mid-way would otherwise be published with this run's change.
    testDb().prepare("DELETE FROM journey_template_draft").run();
    return await work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** A marker no other run or spec uses, to append to a text. */
export function uniqueMarker(): string {
  return `Penanda uji ${randomUUID().slice(0, 8)}.`;
}

/** A text with any earlier run's marker taken off, so texts do not grow run after run. */
export function withoutMarkers(text: string): string {
  return text.replace(/( Penanda uji [0-9a-f]{8}\.)+$/, "");
}

export function latestVersion(): number {
  return testDb().prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
}

export function publishedTemplate(version: number) {
  const row = testDb()
    .prepare("SELECT content, published_by AS publishedBy, note FROM journey_template WHERE version = ?")
    .get(version) as { content: string; publishedBy: number | null; note: string | null } | undefined;
  if (!row) throw new Error(`version ${version} is not published`);
  const content = JSON.parse(row.content) as {
    version: number;
    tasks: { key: string; help: { id: string; en: string } }[];
  };
  return { ...row, content, help: (task: string) => content.tasks.find((t) => t.key === task)!.help };
}

export function templateVersionOf(ownerId: number): number | undefined {
  return testDb().prepare("SELECT template_version FROM enterprise WHERE owner_user_id = ?").pluck().get(ownerId) as
    | number
    | undefined;
}

export function draftCount(): number {
  return testDb().prepare("SELECT count(*) FROM journey_template_draft").pluck().get() as number;
}
