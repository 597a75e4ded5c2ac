import { recordAudit } from "../audit.server";
import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { recordMentorContact, refreshEnterpriseSummary, refreshSalesFlags } from "./summary.server";
import type { ImpactInput } from "~/utils/validation/mentoring";

export type ImpactSnapshot = {
  id: number;
  recordedOn: string;
  monthlyRevenueRupiah: number | null;
  employees: number | null;
  onlineChannels: number | null;
  firstOnlineSaleOn: string | null;
  enteredByName: string | null;
  enteredByRole: string | null;
};

export type ImpactView = {
  baseline: { monthlyRevenueRupiah: number | null; employees: number | null; onlineChannels: number; joinedAt: number };
  snapshots: ImpactSnapshot[];
  /** The latest known value of each figure, for "before → after". */
  latest: {
    monthlyRevenueRupiah: number | null;
    employees: number | null;
    onlineChannels: number | null;
    firstOnlineSaleOn: string | null;
  };
};

/** The baseline from the profile and every snapshot since, newest first. */
export function impactView(db: Db, enterpriseId: number): ImpactView {
  const base = db
    .prepare(
      `SELECT baseline_monthly_revenue_rupiah AS monthlyRevenueRupiah, employees, created_at AS joinedAt,
         (SELECT count(*) FROM enterprise_baseline_channel c WHERE c.enterprise_id = e.id AND c.channel <> 'offline_only') AS onlineChannels
       FROM enterprise e WHERE id = ?`,
    )
    .get(enterpriseId) as ImpactView["baseline"];
  const snapshots = db
    .prepare(
      `SELECT s.id, s.recorded_on AS recordedOn, s.monthly_revenue_rupiah AS monthlyRevenueRupiah, s.employees,
              s.online_channels AS onlineChannels, s.first_online_sale_on AS firstOnlineSaleOn,
              u.full_name AS enteredByName, u.role AS enteredByRole
       FROM impact_snapshot s LEFT JOIN user u ON u.id = s.entered_by
       WHERE s.enterprise_id = ? ORDER BY s.recorded_on DESC, s.id DESC LIMIT 60`,
    )
    .all(enterpriseId) as ImpactSnapshot[];
  const latestOf = <K extends keyof ImpactSnapshot>(key: K) => snapshots.find((s) => s[key] !== null)?.[key] ?? null;
  const firstSale = snapshots
    .map((s) => s.firstOnlineSaleOn)
    .filter((d): d is string => d !== null)
    .sort()[0];
  return {
    baseline: base,
    snapshots,
    latest: {
      monthlyRevenueRupiah: latestOf("monthlyRevenueRupiah") as number | null,
      employees: latestOf("employees") as number | null,
      onlineChannels: latestOf("onlineChannels") as number | null,
      firstOnlineSaleOn: firstSale ?? null,
    },
  };
}

/**
 * Records how the business is doing. The owner may record their own; the mentor, for an
 * enterprise in their caseload. Returns false when the user may not. One transaction.
 */
export function recordImpact(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  enterpriseId: number,
  input: ImpactInput,
): boolean {
  return db.transaction(() => {
    const column = user.role === "owner" ? "owner_user_id" : user.role === "mentor" ? "mentor_user_id" : null;
    if (!column) return false;
    const allowed = db.prepare(`SELECT 1 FROM enterprise WHERE id = ? AND ${column} = ?`).get(enterpriseId, user.id);
    if (!allowed) return false;
    const now = nowSeconds();
    const id = db
      .prepare(
        `INSERT INTO impact_snapshot (enterprise_id, recorded_on, monthly_revenue_rupiah, employees, online_channels,
           first_online_sale_on, entered_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        enterpriseId,
        input.recordedOn,
        input.monthlyRevenue,
        input.employees,
        input.onlineChannels,
        input.firstOnlineSaleOn,
        user.id,
        now,
      ).lastInsertRowid;
    if (user.role === "owner") refreshEnterpriseSummary(db, enterpriseId, now);
    else {
      recordMentorContact(db, enterpriseId, now);
      refreshSalesFlags(db, enterpriseId);
    }
    recordAudit(db, {
      actorUserId: user.id,
      action: "impact.record",
      subjectType: "impact_snapshot",
      subjectId: Number(id),
    });
    return true;
  })();
}
