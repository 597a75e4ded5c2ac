import { requireRole } from "../auth/guards.server";
import { getDb } from "../db.server";
import { notFound } from "../http/not-found.server";
import { enterpriseForStaff } from "./record.server";

/**
 * The signed-in mentor and the enterprise the address names, when it is in their caseload;
 * otherwise a 404 (or the role guard's 403 for non-mentors). Every mentor loader and action
 * that names an enterprise starts here.
 */
export function requireCaseloadEnterprise(request: Request, idParam: string | undefined) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const id = Number(idParam);
  const enterprise = (Number.isSafeInteger(id) ? enterpriseForStaff(db, user, id) : null) ?? notFound();
  return { user, db, enterprise };
}
