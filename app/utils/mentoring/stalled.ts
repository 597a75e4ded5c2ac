export const DEFAULT_STALLED_AFTER_DAYS = 14;
const DAY = 24 * 60 * 60;

export type StalledFacts = {
  goOnlineAt: number | null;
  /** The later of the owner's last activity and the mentor's last contact (or the sign-up). */
  lastActivityAt: number;
  /** yyyy-mm-dd of the latest session's follow-up, if one was set. */
  nextFollowUpOn: string | null;
};

/** Activity before this moment is too old: the enterprise has gone quiet. */
export function stalledCutoff(now: number, days: number): number {
  return now - days * DAY;
}

/**
 * An enterprise is stalled when it has not gone online yet and either nobody (owner or mentor)
 * has touched it for `days` days, or the follow-up date the mentor set has passed. The caseload
 * query applies the same rule in SQL (listCaseload); a unit test keeps the two in step.
 */
export function isStalled(facts: StalledFacts, now: number, today: string, days: number): boolean {
  if (facts.goOnlineAt !== null) return false;
  if (facts.lastActivityAt < stalledCutoff(now, days)) return true;
  return facts.nextFollowUpOn !== null && facts.nextFollowUpOn < today;
}

/** Whole days since a moment, for "14 hari tanpa kegiatan". */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY));
}
