import type { Db } from "../db.server";
import { enterpriseCategories, getTaskRecord } from "../journey/journey.server";
import { suggestedClasses } from "~/utils/trademark";

/** The classes an enterprise's brand is checked in: those of its trademark plan, else those its products suggest. */
export function brandClasses(db: Db, enterpriseId: number): number[] {
  const answers = getTaskRecord(db, enterpriseId, "ip")?.answers as { trademark?: { classes?: number[] } } | null;
  const planned = answers?.trademark?.classes ?? [];
  return planned.length > 0 ? planned : suggestedClasses(enterpriseCategories(db, enterpriseId));
}
