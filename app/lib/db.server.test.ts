import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./db.server";

const opened: Db[] = [];
let dir: string | undefined;
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function twoConnections(): [Db, Db] {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-db-"));
  const file = path.join(dir, "app.sqlite");
  const a = openDatabase(file);
  a.exec("CREATE TABLE t (x INTEGER)");
  const b = openDatabase(file);
  b.pragma("busy_timeout = 0");
  opened.push(a, b);
  return [a, b];
}

describe("write transactions", () => {
  it("take the write lock at BEGIN, so a busy database waits instead of failing halfway", () => {
    const [a, b] = twoConnections();
    let otherWriterRefused = false;
    a.transaction(() => {
      a.prepare("SELECT count(*) FROM t").get();
      try {
        b.exec("BEGIN IMMEDIATE; ROLLBACK");
      } catch (error) {
        otherWriterRefused = (error as { code?: string }).code === "SQLITE_BUSY";
      }
      a.prepare("INSERT INTO t VALUES (1)").run();
    })();
    expect(otherWriterRefused).toBe(true);
    expect(b.prepare("SELECT count(*) FROM t").pluck().get()).toBe(1);
  });

  it("keep deferred available, and nest as savepoints", () => {
    const [a, b] = twoConnections();
    let otherWriterRefused = true;
    a.transaction(() => {
      a.prepare("SELECT count(*) FROM t").get();
      b.exec("BEGIN IMMEDIATE; ROLLBACK");
      otherWriterRefused = false;
    }).deferred();
    expect(otherWriterRefused).toBe(false);

    const outer = a.transaction(() => {
      a.prepare("INSERT INTO t VALUES (1)").run();
      expect(() =>
        a.transaction(() => {
          a.prepare("INSERT INTO t VALUES (2)").run();
          throw new Error("inner fails");
        })(),
      ).toThrow("inner fails");
    });
    outer();
    expect(a.prepare("SELECT x FROM t").pluck().all()).toEqual([1]);
  });
});
