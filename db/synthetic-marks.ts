// The synthetic database's trademark index (db/synthetic.ts). A worker thread builds it into a
// scratch file while the main thread writes the enterprises, so the two run on both cores; the
// main thread then copies the three tables in with INSERT … SELECT *, which SQLite runs as a
// transfer of whole records and index entries in key order. The marks draw from their own
// seeded stream, so the result does not depend on how the two threads interleave.
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import { bumpIndexVersion, ensureTrademarkSeed } from "../app/lib/brand-check/index.server";
import type { Db } from "../app/lib/db.server";
import { openDatabase } from "../app/lib/db.server";
import { migrate } from "../app/lib/migrations.server";
import type { IndexInfo } from "./bulk-load";
import { suspendForBulkLoad } from "./bulk-load";
import { insertGeneratedMarks } from "./generated-marks";
import { prng } from "./prng";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "./trademark-seed";

export type MarksJob = {
  /** The scratch file; replaced if it exists. */
  file: string;
  count: number;
  seed: number;
  /** Drop the same indexes as the main database's bulk load (see `keepAppendedIndexes`). */
  bulk: boolean;
};

export const MARK_TABLES = ["trademark", "trademark_token", "trademark_variant"] as const;

/**
 * The generator writes enterprises (and everything hanging off them) in id order and marks in id
 * order, so indexes that lead with those ids only grow at their end: cheaper to keep while
 * loading than to build again.
 */
export const keepAppendedIndexes = (index: IndexInfo) =>
  index.columns[0] === "enterprise_id" || index.columns[0] === "trademark_id";

/** The marks' own random stream ("mark" in ASCII mixed into the seed). */
export const marksSeed = (seed: number) => (seed ^ 0x6d61726b) | 0;

/** Builds the seed of well-known marks and `count` generated marks into `job.file`. */
export function buildMarks(job: MarksJob, onProgress: (done: number) => void = () => {}): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(job.file + suffix, { force: true });
  const db = openDatabase(job.file);
  try {
    migrate(db);
    ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -524288");
    // A scratch file: its dropped indexes and triggers are never restored.
    if (job.bulk) suspendForBulkLoad(db, { tables: MARK_TABLES, keep: keepAppendedIndexes });
    // The rows obey the CHECK constraints; the row-by-row build (job.bulk false) checks them.
    if (job.bulk) db.pragma("ignore_check_constraints = ON");
    insertGeneratedMarks(db, {
      count: job.count,
      random: prng(marksSeed(job.seed)),
      prefix: "SIN",
      first: 1,
      batch: 50_000,
      onBatch: onProgress,
    });
    bumpIndexVersion(db);
  } finally {
    db.close();
  }
}

/** Runs `buildMarks` in a worker thread; `onProgress` hears each batch on this thread. */
export function buildMarksInWorker(job: MarksJob, onProgress: (done: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit tsx's loader: the entry is JavaScript that loads this module.
    const worker = new Worker(new URL("./synthetic-marks-worker.mjs", import.meta.url), { workerData: job });
    let failed = false;
    worker.on("message", (message: { done: number }) => onProgress(message.done));
    worker.on("error", (error) => {
      failed = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (code === 0) resolve();
      else if (!failed) reject(new Error(`the marks worker stopped with exit code ${code}`));
    });
  });
}

/**
 * Copies the marks from `file` into the (still empty) trademark tables of `db`, with the index
 * version and seed version they were built with, and deletes the file.
 */
export function copyMarks(db: Db, file: string): void {
  for (const table of MARK_TABLES) {
    const rows = db.prepare(`SELECT count(*) FROM main.${table}`).pluck().get() as number;
    if (rows) throw new Error(`${table} already holds ${rows} rows; the marks are copied into empty tables`);
  }
  db.prepare("ATTACH DATABASE ? AS marks").run(file);
  try {
    db.transaction(() => {
      // Plain "SELECT *" between tables of the same schema: SQLite's transfer optimisation.
      for (const table of MARK_TABLES) db.exec(`INSERT INTO main.${table} SELECT * FROM marks.${table}`);
      db.exec("DELETE FROM main.trademark_index_meta");
      db.exec("INSERT INTO main.trademark_index_meta SELECT * FROM marks.trademark_index_meta");
    })();
  } finally {
    db.exec("DETACH DATABASE marks");
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
