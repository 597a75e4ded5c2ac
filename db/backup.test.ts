// Runs the real `db:backup` and `db:restore` commands (via tsx) on throw-away database files, the
// backup while this process keeps writing to the database through the app's own connection setup.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../app/lib/db.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { migrate } from "../app/lib/migrations.server";
import { insertTestUser } from "../app/lib/test-db.server";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const TIMEOUT = 40_000;

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-backup-"));
  tempDirs.push(dir);
  return dir;
}
const openConnections: Db[] = [];
afterEach(() => {
  for (const db of openConnections.splice(0)) if (db.open) db.close();
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function migratedDatabase(file: string): Db {
  const db = openDatabase(file);
  openConnections.push(db);
  migrate(db);
  return db;
}

function run(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(tsx, [path.join(root, "db", `${script}.ts`), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

function emails(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT email FROM user ORDER BY id").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe("npm run db:backup", () => {
  it(
    "copies a consistent snapshot while the database is being written, and verifies it",
    async () => {
      const dir = tempDir();
      const source = path.join(dir, "app.sqlite");
      const db = migratedDatabase(source);
      ensureJourneyTemplate(db);
      // Enough rows that the copy takes a moment.
      db.transaction(() => {
        for (let i = 0; i < 5000; i++)
          insertTestUser(db, { email: `before-${i}@backup.test`, phone: null, role: "admin" });
      })();
      // Fill the upload folder with a file its row names, to check the --uploads copy.
      const uploads = path.join(dir, "uploads");
      fs.mkdirSync(uploads);
      const ownerId = insertTestUser(db, { email: "pemilik@backup.test" });
      const enterpriseId = Number(
        db
          .prepare(
            "INSERT INTO enterprise (owner_user_id, template_version, created_at, updated_at) VALUES (?, (SELECT max(version) FROM journey_template), 0, 0)",
          )
          .run(ownerId).lastInsertRowid,
      );
      const uploadId = "a".repeat(26);
      fs.writeFileSync(path.join(uploads, uploadId), "bytes");
      db.prepare(
        `INSERT INTO upload (id, enterprise_id, purpose, media_type, byte_size, has_thumbnail, created_at)
         VALUES (?, ?, 'evidence', 'application/pdf', 5, 0, 0)`,
      ).run(uploadId, enterpriseId);

      // Write one user per transaction, as the server would, for as long as the backup runs.
      let written = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          for (let i = 0; i < 20; i++)
            insertTestUser(db, { email: `during-${written++}@backup.test`, phone: null, role: "admin" });
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const countAtStart = emails(source).length;
      const out = path.join(dir, "backups");
      const result = await run("backup", ["--out", out, "--uploads"], { DATABASE_PATH: source, UPLOAD_DIR: uploads });
      writing = false;
      await writer;
      const sourceEmails = emails(source);

      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("integrity_check: ok");
      expect(result.stdout).toContain("foreign_key_check: ok");
      const files = fs.readdirSync(out);
      expect(files).toHaveLength(2);
      const backupName = files.find((name) => name.endsWith(".sqlite"))!;
      const uploadsName = files.find((name) => name !== backupName)!;
      expect(backupName).toMatch(/^app-\d{8}T\d{6}Z\.sqlite$/);
      expect(uploadsName).toBe(backupName.replace(".sqlite", "-uploads"));
      expect(fs.readFileSync(path.join(out, uploadsName, uploadId), "utf8")).toBe("bytes");

      // The copy is one self-contained file, intact, holding the rows as they were at one instant:
      // exactly the first k users of the source, k between the counts before and after the run.
      const backupFile = path.join(out, backupName);
      const copy = new Database(backupFile, { readonly: true });
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      copy.close();
      const backupEmails = emails(backupFile);
      expect(backupEmails.length).toBeGreaterThan(countAtStart);
      expect(backupEmails.length).toBeLessThan(sourceEmails.length);
      expect(backupEmails).toEqual(sourceEmails.slice(0, backupEmails.length));
      expect(result.stdout).toContain(`Rows: user ${backupEmails.length}, enterprise 1`);
    },
    TIMEOUT,
  );

  it(
    "exits 1 and keeps the copy as .failed when the database is damaged",
    async () => {
      const dir = tempDir();
      const source = path.join(dir, "damaged.sqlite");
      const db = new Database(source);
      db.exec("CREATE TABLE t (a INTEGER, b TEXT); CREATE INDEX t_a ON t (a);");
      const insert = db.prepare("INSERT INTO t VALUES (?, ?)");
      for (let i = 0; i < 50; i++) insert.run(i * 1000, `baris ${i}`);
      const indexPage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 't_a'").pluck().get() as number;
      const pageSize = db.pragma("page_size", { simple: true }) as number;
      db.close();
      // Overwrite the end of the index's page, where its entries sit, as a failing disk might.
      const fd = fs.openSync(source, "r+");
      fs.writeSync(fd, Buffer.alloc(200, 0x55), 0, 200, indexPage * pageSize - 200);
      fs.closeSync(fd);

      const out = path.join(dir, "backups");
      const result = await run("backup", ["--out", out], { DATABASE_PATH: source });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("FAILED verification");
      expect(result.stdout).not.toContain("integrity_check: ok");
      const files = fs.readdirSync(out);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^damaged-\d{8}T\d{6}Z\.sqlite\.failed$/);
    },
    TIMEOUT,
  );
});

describe("npm run db:restore", () => {
  it(
    "refuses while a server has the database open, then restores the backup and keeps the replaced file",
    async () => {
      const dir = tempDir();
      const target = path.join(dir, "app.sqlite");
      const live = migratedDatabase(target);
      insertTestUser(live, { email: "di-cadangan@backup.test" });
      const out = path.join(dir, "backups");
      const backup = await run("backup", ["--out", out], { DATABASE_PATH: target });
      expect(backup.status).toBe(0);
      const backupFile = path.join(out, fs.readdirSync(out)[0]!);
      // Written after the backup: gone after the restore, but kept in the replaced file.
      insertTestUser(live, { email: "sesudah-cadangan@backup.test" });

      const refused = spawnSync(tsx, [path.join(root, "db", "restore.ts"), backupFile], {
        cwd: root,
        env: { ...process.env, DATABASE_PATH: target },
        encoding: "utf8",
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("stop the server first");
      expect(emails(target)).toEqual(["di-cadangan@backup.test", "sesudah-cadangan@backup.test"]);

      live.close();
      const restored = await run("restore", [backupFile], { DATABASE_PATH: target });
      expect(restored.stderr).toBe("");
      expect(restored.status).toBe(0);
      expect(emails(target)).toEqual(["di-cadangan@backup.test"]);
      expect(fs.existsSync(`${target}-wal`)).toBe(false);
      const kept = fs.readdirSync(dir).find((name) => name.startsWith("app.sqlite.before-restore-"));
      expect(kept).toBeDefined();
      expect(emails(path.join(dir, kept!))).toEqual(["di-cadangan@backup.test", "sesudah-cadangan@backup.test"]);
      // The app opens the restored file as usual.
      const reopened = migratedDatabase(target);
      expect(reopened.pragma("integrity_check", { simple: true })).toBe("ok");
    },
    TIMEOUT,
  );

  it(
    "refuses a backup that fails verification and leaves the database alone",
    async () => {
      const dir = tempDir();
      const target = path.join(dir, "app.sqlite");
      migratedDatabase(target).close();
      const bad = path.join(dir, "bad.sqlite");
      fs.writeFileSync(bad, "bukan basis data / not a database".repeat(200));
      const result = await run("restore", [bad], { DATABASE_PATH: target });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/db:restore: /);
      expect(emails(target)).toEqual([]);
      expect(fs.readdirSync(dir).filter((name) => name.includes("before-restore"))).toEqual([]);
    },
    TIMEOUT,
  );
});
