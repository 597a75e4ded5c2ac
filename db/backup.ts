// npm run db:backup [-- --out backups] [--uploads]
//
// An online backup of DATABASE_PATH (default data/app.sqlite, as the app): safe while the server
// runs and writes. SQLite's backup API copies the database as one consistent snapshot (one read
// transaction in WAL mode, so the server's writes go on meanwhile and the copy never restarts),
// into `<out>/<name>-<UTC timestamp>.sqlite` (a single self-contained file, journal_mode DELETE).
// The copy is then opened and checked with PRAGMA integrity_check and foreign_key_check; only a
// copy that passes gets its final name, otherwise it is kept as `….failed` and the exit code is 1.
//
// --uploads also copies UPLOAD_DIR (default data/uploads) to `<out>/<name>-<timestamp>-uploads/`,
// after the database (uploaded files are written before their row and never change, so every
// file the database copy names is there), and checks that every upload row has its files.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

export type BackupResult = {
  file: string;
  bytes: number;
  integrity: string[];
  foreignKeyProblems: number;
  counts: Record<string, number>;
  uploads?: { dir: string; files: number; missing: string[] };
  ok: boolean;
};

const COUNTED_TABLES = ["user", "enterprise", "enterprise_task", "product", "mentoring_session", "upload"] as const;

function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** Checks a database file: integrity, foreign keys, a few row counts. Opens it read-only. */
export function verifyDatabase(file: string): Omit<BackupResult, "file" | "bytes" | "uploads"> {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    const foreignKeyProblems = (db.pragma("foreign_key_check") as unknown[]).length;
    const present = new Set(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
    );
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      if (present.has(table)) counts[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
    }
    const messages = integrity.map((row) => row.integrity_check);
    return {
      integrity: messages,
      foreignKeyProblems,
      counts,
      ok: messages.length === 1 && messages[0] === "ok" && foreignKeyProblems === 0,
    };
  } catch (error) {
    // A file too damaged to read at all ("file is not a database", "database disk image is malformed").
    return { integrity: [String(error)], foreignKeyProblems: 0, counts: {}, ok: false };
  } finally {
    db?.close();
  }
}

/** Copies the upload folder and lists upload rows of `databaseFile` whose files are not in the copy. */
function copyUploads(uploadDir: string, target: string, databaseFile: string) {
  fs.mkdirSync(target, { recursive: true });
  let files = 0;
  if (fs.existsSync(uploadDir)) {
    for (const entry of fs.readdirSync(uploadDir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      fs.copyFileSync(path.join(uploadDir, entry.name), path.join(target, entry.name));
      files++;
    }
  }
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT id, has_thumbnail AS hasThumbnail FROM upload").all() as {
      id: string;
      hasThumbnail: number;
    }[];
    const missing = rows.flatMap((row) =>
      [row.id, ...(row.hasThumbnail ? [`${row.id}.thumb`] : [])].filter(
        (name) => !fs.existsSync(path.join(target, name)),
      ),
    );
    return { dir: target, files, missing };
  } finally {
    db.close();
  }
}

export async function backupDatabase(options: {
  source: string;
  outDir: string;
  uploadDir?: string;
  now?: Date;
}): Promise<BackupResult> {
  const source = path.resolve(options.source);
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  const outDir = path.resolve(options.outDir);
  fs.mkdirSync(outDir, { recursive: true });
  const base = `${path.basename(source).replace(/\.(sqlite3?|db)$/, "")}-${timestamp(options.now ?? new Date())}`;
  const file = path.join(outDir, `${base}.sqlite`);
  if (fs.existsSync(file)) throw new Error(`${file} exists already`);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });

  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // After the first step, copy every remaining page in one step: one read transaction, so the
    // copy is one consistent snapshot and writes by the server cannot make it start over.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  // The copy inherits WAL mode from the source; a backup is better as one self-contained file.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }

  const verdict = verifyDatabase(partial);
  const finalName = verdict.ok ? file : `${file}.failed`;
  fs.renameSync(partial, finalName);
  const result: BackupResult = { file: finalName, bytes: fs.statSync(finalName).size, ...verdict };
  if (options.uploadDir && verdict.ok) {
    result.uploads = copyUploads(path.resolve(options.uploadDir), path.join(outDir, `${base}-uploads`), finalName);
    if (result.uploads.missing.length > 0) result.ok = false;
  }
  return result;
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "backups" },
      uploads: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log("npm run db:backup -- [--out backups] [--uploads]   (database: DATABASE_PATH, uploads: UPLOAD_DIR)");
    return;
  }
  const source = path.resolve(process.env.DATABASE_PATH ?? "data/app.sqlite");
  const started = Date.now();
  const result = await backupDatabase({
    source,
    outDir: values.out,
    uploadDir: values.uploads ? (process.env.UPLOAD_DIR ?? "data/uploads") : undefined,
  });
  console.log(`Database: ${source}`);
  console.log(`Backup:   ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MiB, ${Date.now() - started} ms)`);
  console.log(`integrity_check: ${result.integrity.slice(0, 20).join("; ")}`);
  console.log(
    `foreign_key_check: ${result.foreignKeyProblems === 0 ? "ok" : `${result.foreignKeyProblems} problem(s)`}`,
  );
  console.log(
    `Rows: ${Object.entries(result.counts)
      .map(([table, count]) => `${table} ${count}`)
      .join(", ")}`,
  );
  if (result.uploads) {
    console.log(`Uploads:  ${result.uploads.dir} (${result.uploads.files} files)`);
    if (result.uploads.missing.length > 0)
      console.log(`Missing upload files: ${result.uploads.missing.slice(0, 20).join(", ")}`);
  }
  if (!result.ok) {
    console.error("db:backup: the backup FAILED verification; do not rely on it.");
    process.exit(1);
  }
  console.log("OK");
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  main().catch((error) => {
    console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
