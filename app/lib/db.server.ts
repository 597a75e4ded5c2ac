import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.server";

export type Db = Database.Database;

let connection: Db | undefined;

export function databasePath(): string {
  return path.resolve(process.env.DATABASE_PATH ?? "data/app.sqlite");
}

/** Opens a SQLite file (creating its folder) with the pragmas the app relies on. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  return db;
}

/**
 * The process's one connection, opened on first use (importing this module
 * creates no file). Pending SQL migrations are applied when it opens.
 */
export function getDb(): Db {
  if (!connection) {
    const db = openDatabase(databasePath());
    migrate(db);
    connection = db;
  }
  return connection;
}

export function closeDb(): void {
  connection?.close();
  connection = undefined;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
