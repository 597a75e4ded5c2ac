import type { Db } from "../app/lib/db.server";
import { nowSeconds } from "../app/lib/db.server";

// The demo's programme settings: each demo mentor covers the provinces of their caseload (so a
// new demo owner there is assigned automatically), and this year has Go Online targets for the
// provinces the demo uses and the nation. Run after the caseload: coverage set earlier would
// auto-assign the seeded enterprises as their profiles are saved.
export function seedDemoProgramme(db: Db, year = new Date().getFullYear()): void {
  db.transaction(() => {
    const now = nowSeconds();
    db.prepare(
      `INSERT OR IGNORE INTO mentor_coverage (mentor_user_id, region_code)
       SELECT DISTINCT e.mentor_user_id, e.province_code FROM enterprise e
       JOIN user u ON u.id = e.mentor_user_id AND u.email LIKE '%@demo.umkm.id'
       WHERE e.province_code IS NOT NULL`,
    ).run();
    const provinces = db
      .prepare(
        `SELECT province_code AS code, count(*) AS n FROM enterprise WHERE province_code IS NOT NULL
         GROUP BY province_code ORDER BY province_code`,
      )
      .all() as { code: string; n: number }[];
    const insert = db.prepare(
      `INSERT OR IGNORE INTO programme_target (year, province_code, target, updated_at) VALUES (?, ?, ?, ?)`,
    );
    let national = 0;
    for (const { code, n } of provinces) {
      // A target a little above what the demo province already has, rounded to tens.
      const target = Math.max(10, Math.ceil((n * 0.6) / 10) * 10);
      national += target;
      insert.run(year, code, target, now);
    }
    insert.run(year, "", Math.ceil((national * 1.5) / 100) * 100, now);
  })();
}
