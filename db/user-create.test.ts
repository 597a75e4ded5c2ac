// Runs the real `user:create` command (via tsx) against a throw-away database file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../app/lib/db.server";
import { migrate } from "../app/lib/migrations.server";
import { insertTestUser } from "../app/lib/test-db.server";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const script = path.join(root, "db", "user-create.ts");
const TIMEOUT = 30_000;

const tempDirs: string[] = [];
function tempDatabasePath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-user-create-"));
  tempDirs.push(dir);
  return path.join(dir, "app.sqlite");
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function userCreate(args: string[], env: { DATABASE_PATH: string; USER_PASSWORD?: string }) {
  const { USER_PASSWORD: _inherited, ...inherited } = process.env;
  const result = spawnSync(tsx, [script, ...args], {
    cwd: root,
    env: { ...inherited, ...env },
    // Never wait on the interactive password prompt.
    input: "",
    encoding: "utf8",
    timeout: TIMEOUT - 5_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function users(file: string): { role: string; email: string; full_name: string; password_hash: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT role, email, full_name, password_hash FROM user ORDER BY id").all() as {
      role: string;
      email: string;
      full_name: string;
      password_hash: string;
    }[];
  } finally {
    db.close();
  }
}

const adminArgs = ["--role", "admin", "--email", "X@Y.id", "--name", "A B"];

describe("npm run user:create", () => {
  it(
    "creates an admin in a fresh database",
    () => {
      const file = tempDatabasePath();
      const result = userCreate(adminArgs, { DATABASE_PATH: file, USER_PASSWORD: "kopi-susu-gula-aren" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Created admin #1 <x@y.id>");
      const [admin, ...rest] = users(file);
      expect(rest).toEqual([]);
      expect(admin).toMatchObject({ role: "admin", email: "x@y.id", full_name: "A B" });
      expect(admin?.password_hash).toMatch(/^\$argon2id\$/);
      // It also migrated the database and loaded the regions.
      const db = openDatabase(file);
      expect(db.prepare("SELECT count(*) FROM region").pluck().get()).toBe(38 + 514);
      db.close();
    },
    TIMEOUT,
  );

  it(
    "refuses a password given as an argument",
    () => {
      const file = tempDatabasePath();
      const result = userCreate([...adminArgs, "--password", "kopi-susu-gula-aren"], { DATABASE_PATH: file });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("never pass a password as an argument");
      expect(fs.existsSync(file)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "refuses a too-short password",
    () => {
      const file = tempDatabasePath();
      const result = userCreate(adminArgs, { DATABASE_PATH: file, USER_PASSWORD: "short" });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("at least 8 characters");
      expect(fs.existsSync(file)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "refuses an email that is already in use, whatever its case",
    () => {
      const file = tempDatabasePath();
      const db = openDatabase(file);
      migrate(db);
      insertTestUser(db, { role: "mentor", email: "x@y.id", phone: null });
      db.close();

      const result = userCreate(adminArgs, { DATABASE_PATH: file, USER_PASSWORD: "kopi-susu-gula-aren" });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("already exists");
      expect(users(file).map((u) => u.role)).toEqual(["mentor"]);
    },
    TIMEOUT,
  );
});
