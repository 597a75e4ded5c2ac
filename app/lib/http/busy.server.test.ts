import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../db.server";
import { answerBusyWith503, isDatabaseBusy } from "./busy.server";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** The server's connection (busy errors become 503) and a second process's connection on one file. */
function twoConnections(): { server: Db; other: Database.Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-busy-"));
  const file = path.join(dir, "app.sqlite");
  const server = openDatabase(file);
  server.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE) STRICT");
  // A short wait keeps the test quick; the app waits 5 s.
  server.pragma("busy_timeout = 50");
  answerBusyWith503(server);
  const other = new Database(file);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => server.close());
  cleanups.push(() => other.close());
  return { server, other };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected it to throw");
}

function expect503(thrown: unknown) {
  expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { reason: "busy" }, init: { status: 503 } });
  const headers = new Headers((thrown as { init: ResponseInit }).init.headers);
  expect(headers.get("Retry-After")).toBe("5");
}

const count = (db: Db) => db.prepare("SELECT count(*) FROM note").pluck().get();

describe("a database held busy by another process", () => {
  it("answers 503 with Retry-After for a transaction and for a single write, and writes nothing half", () => {
    const { server, other } = twoConnections();
    const saveTwo = server.transaction((a: string, b: string) => {
      server.prepare("INSERT INTO note (body) VALUES (?)").run(a);
      server.prepare("INSERT INTO note (body) VALUES (?)").run(b);
    });
    other.exec("BEGIN IMMEDIATE");
    expect503(thrownBy(() => saveTwo("satu", "dua")));
    expect503(thrownBy(() => server.prepare("INSERT INTO note (body) VALUES ('tiga')").run()));
    // Reading still works while another connection writes (WAL).
    expect(count(server)).toBe(0);
    other.exec("COMMIT");

    // Once the lock is free, the same calls succeed: sending again is safe.
    saveTwo("satu", "dua");
    server.prepare("INSERT INTO note (body) VALUES ('tiga')").run();
    expect(count(server)).toBe(3);
  });

  it("leaves other errors as they were", () => {
    const { server } = twoConnections();
    server.prepare("INSERT INTO note (body) VALUES ('sama')").run();
    const thrown = thrownBy(() => server.prepare("INSERT INTO note (body) VALUES ('sama')").run());
    expect(thrown).toBeInstanceOf(Database.SqliteError);
    expect((thrown as InstanceType<typeof Database.SqliteError>).code).toBe("SQLITE_CONSTRAINT_UNIQUE");
    expect(isDatabaseBusy(thrown)).toBe(false);
  });
});
