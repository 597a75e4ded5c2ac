import fs from "node:fs";
import type { Db } from "../db.server";
import { uploadPath } from "./uploads.server";

/**
 * The enterprise's uploads that something points at now: the brand's logo, product photos, and any
 * answer (a task's or a product checklist's) whose value is one of its upload ids.
 */
export function referencedUploadIds(db: Db, enterpriseId: number): Set<string> {
  const ids = db
    .prepare(
      `WITH own AS (SELECT id FROM upload WHERE enterprise_id = @e)
       SELECT logo_upload_id FROM enterprise_brand WHERE enterprise_id = @e AND logo_upload_id IS NOT NULL
       UNION SELECT pp.upload_id FROM product p JOIN product_photo pp ON pp.product_id = p.id WHERE p.enterprise_id = @e
       UNION SELECT j.value FROM product p, json_tree(p.checklist) j
             WHERE p.enterprise_id = @e AND j.type = 'text' AND j.value IN (SELECT id FROM own)
       UNION SELECT j.value FROM enterprise_task t, json_tree(t.answers) j
             WHERE t.enterprise_id = @e AND t.answers IS NOT NULL AND j.type = 'text' AND j.value IN (SELECT id FROM own)`,
    )
    .pluck()
    .all({ e: enterpriseId }) as string[];
  return new Set(ids);
}

/**
 * Runs a save of the enterprise's answers in one transaction and deletes the uploads it let go
 * (a photo removed, a logo or piece of evidence replaced): their rows with the save, their files
 * after it commits. So removing or replacing a file gives its space back to the storage quota.
 * Files that were never saved in an answer (a form left half-way) are not touched here.
 */
export function withUploadsReleased<T>(db: Db, enterpriseId: number, save: () => T): T {
  const { value, dropped } = db.transaction(() => {
    const before = referencedUploadIds(db, enterpriseId);
    const value = save();
    const after = referencedUploadIds(db, enterpriseId);
    const dropped = [...before].filter((id) => !after.has(id));
    if (dropped.length > 0) {
      db.prepare("DELETE FROM upload WHERE enterprise_id = ? AND id IN (SELECT value FROM json_each(?))").run(
        enterpriseId,
        JSON.stringify(dropped),
      );
    }
    return { value, dropped };
  })();
  for (const id of dropped) {
    fs.rmSync(uploadPath(id, "main"), { force: true });
    fs.rmSync(uploadPath(id, "thumb"), { force: true });
  }
  return value;
}
