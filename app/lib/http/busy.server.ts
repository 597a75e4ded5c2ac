import { data } from "@remix-run/node";
import Database from "better-sqlite3";
import type { Db } from "../db.server";

/** Seconds a client is asked to wait before trying again when the database is busy. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * SQLITE_BUSY (and its extended codes): another process held the write lock for longer than
 * busy_timeout, e.g. a long command-line job on the same file. The statement or transaction that
 * got it did nothing (a transaction is rolled back whole), so trying again later is safe.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);
}

/** A 503 with Retry-After: the root error boundary shows "busy, try again in a moment". */
export function databaseBusyResponse() {
  return data(
    { reason: "busy" as const },
    { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } },
  );
}

function rethrowBusyAs503<A extends unknown[], R>(run: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return run(...args);
    } catch (error) {
      if (isDatabaseBusy(error)) {
        console.error(`database busy: ${(error as Error).message}; answered 503`);
        throw databaseBusyResponse();
      }
      throw error;
    }
  };
}

const STATEMENT_METHODS = ["run", "get", "all", "iterate"] as const;

/**
 * Makes the server's connection answer a busy database with a 503 (thrown as a Response, which
 * Remix renders through the error boundary with that status) instead of a 500. Wraps transactions
 * (BEGIN IMMEDIATE is where a write waits for the lock) and every prepared statement (a single
 * write outside a transaction waits too). Only the server process calls this (startServer):
 * command-line scripts keep the plain SqliteError.
 */
export function answerBusyWith503(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const made = transaction(fn);
    return Object.assign(rethrowBusyAs503(made), {
      default: rethrowBusyAs503(made.default),
      deferred: rethrowBusyAs503(made.deferred),
      immediate: rethrowBusyAs503(made.immediate),
      exclusive: rethrowBusyAs503(made.exclusive),
    });
  }) as Db["transaction"];

  const wrapped = new WeakSet<object>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    if (!wrapped.has(statement)) {
      wrapped.add(statement);
      const target = statement as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const method of STATEMENT_METHODS) {
        target[method] = rethrowBusyAs503(target[method]!.bind(statement));
      }
    }
    return statement;
  }) as Db["prepare"];
}
