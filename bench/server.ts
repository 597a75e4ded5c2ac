// Helpers shared by the benchmark scripts that need the real app: a fresh demo database, the
// production server (npm run build first) started on a database file, and signing in through
// the login form, as a browser would.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Creates the demo database the way `npm run demo` does (migrations, then the demo seed with its
 * product photos) at `file`, with uploads in `uploadDir`. Runs in this process: the app's
 * connection module reads DATABASE_PATH and UPLOAD_DIR when it is first used.
 */
export async function createDemoDatabase(file: string, uploadDir: string): Promise<void> {
  process.env.DATABASE_PATH = file;
  process.env.UPLOAD_DIR = uploadDir;
  const { closeDb, getDb } = await import("../app/lib/db.server");
  const { seedDemo } = await import("../db/seed");
  await seedDemo(getDb());
  closeDb();
}

/**
 * Node's flags for the production server, as `npm start` passes them (package.json; a test checks
 * the two agree): the old generation capped at 256 MB. Without a cap V8 let the heap grow to
 * about 540 MB of RSS under the benchmark's load, though what it holds live is far less
 * (decision 0032).
 */
export const PRODUCTION_NODE_FLAGS = ["--max-old-space-size=256"] as const;

export type RunningServer = {
  origin: string;
  process: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
};

/**
 * Starts `node server.mjs` in production mode on `databasePath` and waits until it answers.
 * Its output goes to `logFile`. Secure cookies are off, since the server is reached over http.
 */
export async function startProductionServer(options: {
  databasePath: string;
  uploadDir: string;
  port: number;
  logFile: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  if (!fs.existsSync("build/server/index.js")) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, path.resolve("server.mjs")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_PATH: options.databasePath,
      UPLOAD_DIR: options.uploadDir,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      INSECURE_COOKIES: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = fs.createWriteStream(options.logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) child.kill("SIGKILL");
    }
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited at start; see ${options.logFile}`);
    try {
      // The login page needs no session and touches the database: a fair sign of readiness.
      const res = await fetch(`${origin}/login`);
      if (res.ok) return { origin, process: child, logFile: options.logFile, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error("The server did not answer within 120 s");
}

/** Signs in through the login form and returns the session cookie (`umkm_session=…`). */
export async function signIn(origin: string, identifier: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ identifier, password }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("umkm_session="));
  if (res.status !== 302 || !cookie) throw new Error(`Signing in as ${identifier} failed: HTTP ${res.status}`);
  return cookie;
}
