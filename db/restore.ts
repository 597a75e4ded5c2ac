// npm run db:restore -- <backup.sqlite>
//
// Puts a backup made by `npm run db:backup` in place of DATABASE_PATH (default data/app.sqlite).
// Stop the server first: the script refuses while another process has the database open. Steps:
// 1. the backup is checked (PRAGMA integrity_check and foreign_key_check) and refused if not ok;
// 2. the current database is switched to journal_mode DELETE, which folds its WAL into the file
//    and succeeds only when no other connection has it open (so a running server is detected),
//    then kept beside it as `<name>.before-restore-<timestamp>`;
// 3. the backup is copied next to the target, synced to disk and renamed into place, and stray
//    -wal/-shm files are removed; the server switches it back to WAL when it starts.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { verifyDatabase } from "./backup";

export type RestoreResult = { target: string; previous: string | null; counts: Record<string, number> };

export class RestoreRefused extends Error {}

export function restoreDatabase(options: { backup: string; target: string; now?: Date }): RestoreResult {
  const backup = path.resolve(options.backup);
  const target = path.resolve(options.target);
  if (!fs.existsSync(backup)) throw new RestoreRefused(`No backup at ${backup}`);
  if (backup === target) throw new RestoreRefused("The backup is the database itself");
  const verdict = verifyDatabase(backup);
  if (!verdict.ok) {
    throw new RestoreRefused(
      `The backup failed verification (integrity_check: ${verdict.integrity.slice(0, 5).join("; ")}; foreign key problems: ${verdict.foreignKeyProblems})`,
    );
  }

  let previous: string | null = null;
  if (fs.existsSync(target)) {
    const current = new Database(target, { fileMustExist: true });
    try {
      current.pragma("busy_timeout = 0");
      // Leaving WAL mode needs the only connection to the file: this fails while a server runs.
      const mode = current.pragma("journal_mode = DELETE", { simple: true });
      if (mode !== "delete") throw new Error(`journal_mode stayed ${String(mode)}`);
    } catch (error) {
      throw new RestoreRefused(
        `Another process has ${target} open (${error instanceof Error ? error.message : String(error)}): stop the server first`,
      );
    } finally {
      current.close();
    }
    previous = `${target}.before-restore-${(options.now ?? new Date())
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z")}`;
    fs.renameSync(target, previous);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });

  const incoming = `${target}.restoring`;
  fs.copyFileSync(backup, incoming);
  const fd = fs.openSync(incoming, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(incoming, target);
  return { target, previous, counts: verifyDatabase(target).counts };
}

function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const backup = positionals[0];
  if (!backup || positionals.length > 1) {
    console.error("usage: npm run db:restore -- <backup.sqlite>   (restores into DATABASE_PATH)");
    process.exit(2);
  }
  const target = path.resolve(process.env.DATABASE_PATH ?? "data/app.sqlite");
  try {
    const result = restoreDatabase({ backup, target });
    console.log(`Restored ${path.resolve(backup)} to ${result.target}`);
    if (result.previous) console.log(`The database it replaced is kept as ${result.previous}`);
    console.log(
      `Rows: ${Object.entries(result.counts)
        .map(([table, count]) => `${table} ${count}`)
        .join(", ")}`,
    );
  } catch (error) {
    console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) main();
