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

describe("prepared statements are reused", () => {
  it("returns the compiled statement for the same text, in its default mode", () => {
    const db = openDatabase(":memory:");
    db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y')");
    const sql = "SELECT a, b FROM t ORDER BY a";
    const first = db.prepare(sql);
    expect(db.prepare(sql)).toBe(first);
    expect(db.prepare(sql).pluck().all()).toEqual([1, 2]);
    // a later caller that did not ask for pluck gets whole rows again
    expect(db.prepare(sql).all()).toEqual([
      { a: 1, b: "x" },
      { a: 2, b: "y" },
    ]);
    expect(db.prepare(sql).raw().all()).toEqual([
      [1, "x"],
      [2, "y"],
    ]);
    expect(db.prepare(sql).get()).toEqual({ a: 1, b: "x" });
    // statements that return no data are reused too
    const insert = "INSERT INTO t VALUES (?, ?)";
    expect(db.prepare(insert)).toBe(db.prepare(insert));
    db.prepare(insert).run(3, "z");
    expect(db.prepare("SELECT count(*) FROM t").pluck().get()).toBe(3);
  });

  it("compiles a fresh statement while the cached one is still iterating", () => {
    const db = openDatabase(":memory:");
    db.exec("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3)");
    const sql = "SELECT a FROM t ORDER BY a";
    const seen: number[][] = [];
    for (const outer of db.prepare(sql).pluck().iterate() as IterableIterator<number>) {
      seen.push([outer, ...(db.prepare(sql).pluck().all() as number[])]);
    }
    expect(seen).toEqual([
      [1, 1, 2, 3],
      [2, 1, 2, 3],
      [3, 1, 2, 3],
    ]);
  });
});
