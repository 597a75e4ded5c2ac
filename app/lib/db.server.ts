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
  // FULL, not NORMAL: in WAL mode NORMAL survives a crashed or killed process but not a power cut
  // or kernel crash, which can take back the last commits after the user was told "saved". FULL
  // syncs the WAL at every commit (about 0.5 ms at the median on this VM; decision 0026).
  db.pragma("synchronous = FULL");
  // 32 MiB of page cache instead of SQLite's 2 MiB: at a million enterprises the indexes a
  // request walks (caseload, tallies) stay in the process instead of being re-read from the OS
  // on every request. Allocated as pages are read, so a small database uses little of it.
  db.pragma("cache_size = -32768");
  beginTransactionsImmediately(db);
  reusePreparedStatements(db);
  return db;
}

const STATEMENT_CACHE_LIMIT = 2000;

/**
 * Makes `db.prepare(sql)` return the statement already compiled for the same text. Compiling is
 * a tenth of the server's time under load at a million enterprises (the dashboard alone prepares
 * about thirty statements a request), and the app's SQL texts are a bounded set. A cached
 * statement comes back in its default mode (plucked, raw or expanded only when the caller asks
 * again); one still busy iterating is never shared (a fresh one is compiled instead).
 */
function reusePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).raw(false).expand(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  }) as Db["prepare"];
}

/**
 * Makes `db.transaction(fn)()` start with BEGIN IMMEDIATE instead of BEGIN (deferred). A deferred
 * transaction that reads and then writes cannot wait for the write lock: when another connection
 * (a second process, a backup, the command line, the test harness) has written meanwhile, SQLite
 * answers SQLITE_BUSY at once and busy_timeout never applies. Taking the write lock at BEGIN lets
 * busy_timeout wait its turn. Nested calls still become savepoints; `.deferred` stays available.
 */
function beginTransactionsImmediately(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const made = transaction(fn);
    const immediate = ((...args: never[]) => made.immediate(...args)) as unknown as typeof made;
    return Object.assign(immediate, {
      default: made.immediate,
      deferred: made.deferred,
      immediate: made.immediate,
      exclusive: made.exclusive,
    });
  }) as Db["transaction"];
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
