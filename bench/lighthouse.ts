// npm run lighthouse [-- --db <file>] — the phone audit of issue 7: Lighthouse in its default
// mobile profile (a Moto G Power sized screen, simulated slow 4G, 4× CPU slowdown) on the owner's
// task list, a product page and the mentor's caseload, signed in. Starts the production build
// (npm run build first) on a fresh demo database made the way `npm run demo` makes it, or on a
// copy of --db; signs in as the owner and the mentor through the login form; passes the session
// cookie to Lighthouse; runs each page --runs times (5) and reports the run with the median
// performance score. Prints a markdown table and writes JSON (every run, with the audits that
// did not pass) to bench-results/lighthouse-<timestamp>.json (or --out).
//
// Flags: --db, --runs (5), --port (3250), --out, --owner / --mentor / --password (the demo
// logins by default), --chrome (CHROME_PATH or /usr/bin/chromium), --lang id|en (the two
// accounts' saved language, set in the copy; Indonesian by default), --reports <dir> (also keep
// Lighthouse's own HTML report of every run there, to read the audits in full).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { lighthouseTable, medianRunIndex, PAINT_STALL_MS, summariseRun, type PageResult } from "./lighthouse-report";
import { flag } from "./report";
import { createDemoDatabase, signIn, startProductionServer } from "./server";

const argv = process.argv.slice(2);
const dbArg = flag(argv, "db", "");
const runs = Math.max(1, Number(flag(argv, "runs", "5")));
const port = Number(flag(argv, "port", "3250"));
const password = flag(argv, "password", "demo-umkm-2026");
const ownerLogin = flag(argv, "owner", "siti@demo.umkm.id");
const mentorLogin = flag(argv, "mentor", "budi.mentor@demo.umkm.id");
const chromePath = flag(argv, "chrome", process.env.CHROME_PATH ?? "/usr/bin/chromium");
const lang = flag(argv, "lang", "id");
if (lang !== "id" && lang !== "en") {
  console.error("--lang is id or en");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outFile = path.resolve(flag(argv, "out", path.join("bench-results", `lighthouse-${stamp}.json`)));
const reportDir = flag(argv, "reports");
const log = (text: string) => console.error(`[lighthouse] ${text}`);

if (!fs.existsSync("build/server/index.js")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
if (!fs.existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath} (set CHROME_PATH or --chrome).`);
  process.exit(2);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-lighthouse-"));
const dbFile = path.join(work, "app.sqlite");
const uploadDir = path.join(work, "uploads");
let source: string;
if (dbArg) {
  source = path.resolve(dbArg);
  if (!fs.existsSync(source)) {
    console.error(`No database at ${source}`);
    process.exit(2);
  }
  log(`copying ${source} to ${dbFile}`);
  fs.copyFileSync(source, dbFile);
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${dbFile}-wal`);
} else {
  source = "fresh demo database (db/seed.ts)";
  log(`creating the demo database at ${dbFile}`);
  await createDemoDatabase(dbFile, uploadDir);
}

/** Sets the two accounts' language and finds the owner's first product, for the product page. */
function prepareAccounts(ownerEmail: string, mentorEmail: string): number {
  const db = new Database(dbFile);
  try {
    const changed = db
      .prepare("UPDATE user SET locale = ? WHERE email IN (?, ?)")
      .run(lang, ownerEmail, mentorEmail).changes;
    if (changed !== 2) throw new Error(`${ownerEmail} or ${mentorEmail} is not in ${source}`);
    const id = db
      .prepare(
        `SELECT p.id FROM user u JOIN enterprise e ON e.owner_user_id = u.id
         JOIN product p ON p.enterprise_id = e.id WHERE u.email = ? ORDER BY p.id LIMIT 1`,
      )
      .pluck()
      .get(ownerEmail) as number | undefined;
    if (id === undefined) throw new Error(`${ownerEmail} has no product in ${source}`);
    return id;
  } finally {
    db.close();
  }
}

const productId = prepareAccounts(ownerLogin, mentorLogin);
const targets = [
  { name: "Owner task list", path: "/owner", role: "owner" as const },
  { name: "Product page", path: `/owner/tasks/products/${productId}`, role: "owner" as const },
  { name: "Mentor caseload", path: "/mentor", role: "mentor" as const },
];

const server = await startProductionServer({
  databasePath: dbFile,
  uploadDir,
  port,
  logFile: path.join(work, "server.log"),
});
const cleanUp = async () => {
  await server.stop();
  fs.rmSync(work, { recursive: true, force: true });
};

try {
  const cookies = {
    owner: await signIn(server.origin, ownerLogin, password),
    mentor: await signIn(server.origin, mentorLogin, password),
  };
  const pages: PageResult[] = [];
  for (const target of targets) {
    const url = `${server.origin}${target.path}`;
    const check = await fetch(url, { headers: { Cookie: cookies[target.role] }, redirect: "manual" });
    if (check.status !== 200) throw new Error(`${target.path} answered HTTP ${check.status} when signed in`);
    if (!(await check.text()).includes(`<html lang="${lang}"`))
      throw new Error(`${target.path} is not in language ${lang}`);
    const page: PageResult = { name: target.name, path: target.path, runs: [], median: -1 };
    for (let run = 1; run <= runs; run++) {
      log(`${target.name} (${target.path}), run ${run} of ${runs}`);
      // A fresh browser for every run: no cache, no service worker, nothing left from the last page.
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ["--headless=new", "--no-sandbox"],
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "html",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          extraHeaders: { Cookie: cookies[target.role] },
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
        const finalUrl = result.lhr.finalDisplayedUrl;
        if (new URL(finalUrl).pathname !== target.path) {
          throw new Error(`${target.path} ended at ${finalUrl}: the session cookie did not reach the page`);
        }
        page.runs.push(summariseRun(result.lhr));
        if (reportDir) {
          fs.mkdirSync(reportDir, { recursive: true });
          const name = `${target.name.toLowerCase().replace(/\W+/g, "-")}-${lang}-run${run}.html`;
          fs.writeFileSync(path.join(reportDir, name), String(result.report));
        }
      } finally {
        await chrome.kill();
      }
    }
    page.median = medianRunIndex(page.runs);
    pages.push(page);
  }

  const report = {
    startedAt: stamp,
    database: source,
    lighthouse: "12.2.3, default (mobile) settings",
    runsPerPage: runs,
    language: lang,
    machine: {
      nproc: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? "",
      loadAverage: os.loadavg(),
      node: process.version,
    },
    pages,
  };
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(report, null, 2));

  console.log(
    `Lighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU slowdown); ${source}; median of ${runs} run(s); load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  console.log(lighthouseTable(pages));
  const stalled = pages.flatMap((p) => p.runs).filter((r) => r.paintStalled).length;
  if (stalled) {
    console.log(
      `\n* ${stalled} run(s) where headless Chrome painted more than ${PAINT_STALL_MS} ms after the load event with the page idle (GoogleChrome/lighthouse#17148); their FCP and LCP are inflated.`,
    );
  }
  for (const page of pages) {
    const failing = page.runs[page.median]?.failing ?? [];
    if (failing.length) {
      console.log(`\n${page.name}: audits not passed in the median run`);
      for (const audit of failing) {
        console.log(`- ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
  log(`JSON written to ${outFile}`);
  await cleanUp();
} catch (error) {
  console.error(error);
  if (fs.existsSync(server.logFile)) console.error(fs.readFileSync(server.logFile, "utf8").slice(-4000));
  await cleanUp();
  process.exit(1);
}
