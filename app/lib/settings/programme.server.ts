import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { stalledAfterDays } from "../mentoring/settings.server";

/** A year's targets for enterprises going online: national (null when unset) and by province code. */
export type ProgrammeTargets = { national: number | null; byProvince: Record<string, number> };

/** The targets of one year (the national dashboard reads these too). */
export function targetsFor(db: Db, year: number): ProgrammeTargets {
  const rows = db
    .prepare("SELECT province_code AS provinceCode, target FROM programme_target WHERE year = ?")
    .all(year) as { provinceCode: string; target: number }[];
  const targets: ProgrammeTargets = { national: null, byProvince: {} };
  for (const row of rows) {
    if (row.provinceCode === "") targets.national = row.target;
    else targets.byProvince[row.provinceCode] = row.target;
  }
  return targets;
}

/**
 * The targets to write: null removes a target; the national target when undefined, and provinces
 * left out, are not touched (the form sends only what the administrator changed, so two people
 * editing different provinces at once do not undo each other's work).
 */
export type TargetsInput = { national?: number | null; byProvince: Record<string, number | null> };

/**
 * Saves a year's targets in one transaction with its audit entry, which lists each target that
 * changed as [old, new] (null = none) under "national" or the province code. Unchanged rows are
 * not rewritten, so updated_at says when each target last changed.
 */
export function saveTargets(
  db: Db,
  year: number,
  input: TargetsInput,
  actorUserId: number,
  ip: string | null,
): { changes: Record<string, [number | null, number | null]> } {
  return db.transaction(() => {
    const before = targetsFor(db, year);
    const now = nowSeconds();
    const upsert = db.prepare(
      `INSERT INTO programme_target (year, province_code, target, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (year, province_code) DO UPDATE SET
         target = excluded.target, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    );
    const remove = db.prepare("DELETE FROM programme_target WHERE year = ? AND province_code = ?");
    const changes: Record<string, [number | null, number | null]> = {};
    const entries: [string, number | null, number | null][] = [
      ...(input.national === undefined
        ? []
        : [["", before.national, input.national] as [string, number | null, number | null]]),
      ...Object.entries(input.byProvince).map(
        ([code, target]) => [code, before.byProvince[code] ?? null, target] as [string, number | null, number | null],
      ),
    ];
    for (const [code, old, target] of entries) {
      if (old === target) continue;
      if (target === null) remove.run(year, code);
      else upsert.run(year, code, target, now, actorUserId);
      changes[code === "" ? "national" : code] = [old, target];
    }
    recordAudit(db, {
      actorUserId,
      action: "settings.targets",
      subjectType: "programme_target",
      subjectId: year,
      ip,
      details: { year, changes },
    });
    return { changes };
  })();
}

/**
 * Sets the stalled threshold (days; the caller validates 1–365) with an audit entry holding the
 * old and new values. Saving the same value is recorded too: an administrator confirmed it.
 */
export function setStalledAfterDays(
  db: Db,
  days: number,
  actorUserId: number,
  ip: string | null,
): { old: number; new: number } {
  return db.transaction(() => {
    const old = stalledAfterDays(db);
    db.prepare(
      `INSERT INTO app_setting (key, value) VALUES ('stalled_after_days', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(String(days));
    recordAudit(db, {
      actorUserId,
      action: "settings.stalled_after_days",
      subjectType: "app_setting",
      subjectId: "stalled_after_days",
      ip,
      details: { old, new: days },
    });
    return { old, new: days };
  })();
}
