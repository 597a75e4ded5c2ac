import { randomUUID } from "node:crypto";
import { test, testDb, type TestUser } from "../fixtures";

/** Puts a region ('PP' or 'PP.KK') in a mentor's coverage. */
export function cover(mentor: Pick<TestUser, "id">, regionCode: string) {
  testDb()
    .prepare("INSERT INTO mentor_coverage (mentor_user_id, region_code) VALUES (?, ?)")
    .run(mentor.id, regionCode);
}

export function mentorOf(enterpriseId: number): number | null {
  return testDb().prepare("SELECT mentor_user_id FROM enterprise WHERE id = ?").pluck().get(enterpriseId) as
    | number
    | null;
}

/** The regency reserved for this test in this project (provinces 81 and 82 are this spec's). */
export function regencyFor(codes: { js: string; noJs: string }): string {
  return test.info().project.use.javaScriptEnabled === false ? codes.noJs : codes.js;
}

/** A short tag that keeps this test's names apart from every other test's. */
export const uniqueTag = () => randomUUID().slice(0, 6);

/** The last audit entry of this action about this subject, with its details parsed. */
export function lastAudit(action: string, subjectId: number) {
  const row = testDb()
    .prepare(
      "SELECT actor_user_id, ip, details FROM audit_log WHERE action = ? AND subject_id = ? ORDER BY id DESC LIMIT 1",
    )
    .get(action, String(subjectId)) as { actor_user_id: number | null; ip: string | null; details: string } | undefined;
  return row ? { ...row, details: JSON.parse(row.details) as Record<string, unknown> } : undefined;
}
