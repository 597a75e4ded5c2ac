// Data safety under failure (issue 8, items 7 and 10): the production server (`node server.mjs`,
// NODE_ENV=production) on its own database file and port, driven over HTTP by simulated owners
// saving profile drafts and mentors logging sessions (bench/load.ts). Each test starts its own
// server; the ports are E2E_PORT + 1 … + 4.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { expect, test, type TestInfo } from "@playwright/test";
import { createLoadUsers, runLoad, verifyWrites, type LoadUser } from "../../bench/load";
import { startProductionServer, type RunningServer } from "../../bench/server";
import { E2E_PORT } from "../env";

test.describe.configure({ timeout: 150_000 });

type Mentor = Extract<LoadUser, { role: "mentor" }>;

async function freshServer(testInfo: TestInfo, name: string, portOffset: number) {
  const dir = testInfo.outputPath(name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const options = {
    databasePath: path.join(dir, "app.sqlite"),
    uploadDir: path.join(dir, "uploads"),
    port: E2E_PORT + portOffset,
    logFile: path.join(dir, "server.log"),
  };
  return { options, server: await startProductionServer(options) };
}

/** How the server process ended: its exit code, or the signal that killed it. */
function exited(server: RunningServer): Promise<number | string> {
  const { exitCode, signalCode } = server.process;
  if (exitCode !== null || signalCode !== null) return Promise.resolve(exitCode ?? signalCode!);
  return new Promise((resolve) => server.process.once("exit", (code, signal) => resolve(code ?? signal!)));
}

function sessionForm(enterpriseId: number, note: string): string {
  return new URLSearchParams({
    intent: "session",
    heldOn: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date()),
    mode: "telepon",
    durationMinutes: "45",
    topics: "legality",
    sharedNotes: note,
  }).toString();
}

function sessionRows(file: string, note: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM mentoring_session WHERE shared_notes = ?").pluck().get(note) as number;
  } finally {
    db.close();
  }
}

test("a server killed with SIGKILL during a burst of saves restarts with the database intact and every acknowledged save in it", async ({}, testInfo) => {
  const { options, server } = await freshServer(testInfo, "sigkill", 1);
  let restarted: RunningServer | undefined;
  try {
    const users = await createLoadUsers(options.databasePath, 24, "kill");
    let kill!: () => void;
    const killed = new Promise<void>((resolve) => (kill = resolve));
    const burst = runLoad(server.origin, users, {
      durationMs: 60_000,
      thinkMs: 0,
      stop: killed,
      onAcknowledged: (count) => {
        if (count === 25) {
          server.process.kill("SIGKILL");
          kill();
        }
      },
    });
    const result = await burst;
    expect(await exited(server)).toBe("SIGKILL");
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(25);
    expect(result.serverErrors).toBe(0);
    expect(result.unexpected).toEqual([]);

    restarted = await startProductionServer({ ...options, logFile: `${options.logFile}.restart` });
    const check = verifyWrites(options.databasePath, result.acknowledged, result.unanswered);
    expect(check.integrity).toBe("ok");
    expect(check.foreignKeyProblems).toBe(0);
    expect(check.missing).toEqual([]);
    expect(check.staleProfiles).toEqual([]);

    // Nothing appeared that was never sent: every stored session is one acknowledged or in flight.
    const sent = new Set(
      [...result.acknowledged, ...result.unanswered].flatMap((w) => (w.kind === "session" ? [w.note] : [])),
    );
    const db = new Database(options.databasePath, { readonly: true });
    const stored = db.prepare("SELECT shared_notes FROM mentoring_session").pluck().all() as string[];
    db.close();
    expect(stored.filter((note) => !sent.has(note))).toEqual([]);

    // The mentor who saved last sees it after the restart, still signed in.
    const last = [...result.acknowledged].reverse().find((w) => w.kind === "session");
    if (last?.kind === "session") {
      const mentor = users.find((u) => u.id === last.userId)!;
      const page = await fetch(`${restarted.origin}/mentor/enterprises/${last.enterpriseId}`, {
        headers: { Cookie: mentor.cookie },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(last.note);
    }
  } finally {
    await server.stop();
    await restarted?.stop();
  }
});

test("SIGTERM during a burst lets requests in progress finish, closes the database and exits 0, losing nothing", async ({}, testInfo) => {
  const { options, server } = await freshServer(testInfo, "sigterm", 2);
  try {
    const users = await createLoadUsers(options.databasePath, 24, "term");
    let enough!: () => void;
    const burstUnderWay = new Promise<void>((resolve) => (enough = resolve));
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const burst = runLoad(server.origin, users, {
      durationMs: 60_000,
      thinkMs: 0,
      stop: stopped,
      onAcknowledged: (count) => count === 20 && enough(),
    });
    await burstUnderWay;

    // A save whose body is still on its way when the signal comes: it is in progress, so it must
    // be answered and stored. "Expect: 100-continue" tells us when the server has read its headers.
    const mentor = users.find((u): u is Mentor => u.role === "mentor")!;
    const enterpriseId = mentor.enterpriseIds[0]!;
    const note = "Sesi yang sedang dikirim saat server diminta berhenti";
    const body = sessionForm(enterpriseId, note);
    const slow = http.request(`${server.origin}/mentor/enterprises/${enterpriseId}/sessions/new`, {
      method: "POST",
      agent: false,
      headers: {
        Cookie: mentor.cookie,
        Origin: server.origin,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": Buffer.byteLength(body),
        Expect: "100-continue",
      },
    });
    const headersRead = new Promise<void>((resolve) => slow.once("continue", () => resolve()));
    const answer = new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      slow.on("response", (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      });
      slow.on("error", reject);
    });
    slow.flushHeaders();
    await headersRead;
    const exitCode = exited(server);
    server.process.kill("SIGTERM");
    await sleep(500);
    slow.end(body);

    expect(await answer).toEqual({
      status: 302,
      location: `/mentor/enterprises/${enterpriseId}?saved=session#record-sessions`,
    });
    expect(await exitCode).toBe(0);
    stop();
    const result = await burst;
    expect(result.serverErrors).toBe(0);
    expect(result.unexpected).toEqual([]);

    const log = fs.readFileSync(options.logFile, "utf8");
    expect(log).toContain("SIGTERM: no new connections");
    expect(log).toContain("database closed");
    // Closed cleanly: the WAL was folded into the database file and removed.
    expect(fs.existsSync(`${options.databasePath}-wal`)).toBe(false);
    const check = verifyWrites(options.databasePath, result.acknowledged, result.unanswered);
    expect(check.integrity).toBe("ok");
    expect(check.missing).toEqual([]);
    expect(check.staleProfiles).toEqual([]);
    expect(sessionRows(options.databasePath, note)).toBe(1);
  } finally {
    await server.stop();
  }
});

test("a save while another process holds the database answers 503 with Retry-After and a busy page, and stores nothing until sent again", async ({}, testInfo) => {
  const { options, server } = await freshServer(testInfo, "busy", 3);
  const other = new Database(options.databasePath);
  try {
    const [mentor] = (await createLoadUsers(options.databasePath, 4, "busy")).filter(
      (u): u is Mentor => u.role === "mentor",
    );
    const enterpriseId = mentor!.enterpriseIds[0]!;
    const note = "Sesi saat basis data sibuk";
    const send = () =>
      fetch(`${server.origin}/mentor/enterprises/${enterpriseId}/sessions/new`, {
        method: "POST",
        redirect: "manual",
        headers: {
          Cookie: mentor!.cookie,
          Origin: server.origin,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: sessionForm(enterpriseId, note),
      });

    // Another process (a long command-line job, say) holds the write lock past the 5 s wait.
    other.exec("BEGIN IMMEDIATE");
    const busy = await send();
    other.exec("ROLLBACK");
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("5");
    const page = await busy.text();
    expect(page).toContain("Server sedang sibuk");
    expect(page).toContain("Tunggu beberapa detik, lalu coba lagi.");
    expect(sessionRows(options.databasePath, note)).toBe(0);

    const again = await send();
    expect(again.status).toBe(302);
    expect(sessionRows(options.databasePath, note)).toBe(1);
  } finally {
    other.close();
    await server.stop();
  }
});

test("50 users reading and saving for 10 s: no 5xx, no network error, every acknowledged save stored", async ({}, testInfo) => {
  const { options, server } = await freshServer(testInfo, "load", 4);
  try {
    const users = await createLoadUsers(options.databasePath, 50, "load");
    const result = await runLoad(server.origin, users, { durationMs: 10_000, thinkMs: 500 });
    await server.stop();
    expect(server.process.exitCode).toBe(0);
    expect(result.networkErrors).toEqual([]);
    expect(result.serverErrors).toBe(0);
    expect(result.unexpected).toEqual([]);
    expect(result.acknowledged.filter((w) => w.kind === "profile").length).toBeGreaterThan(0);
    expect(result.acknowledged.filter((w) => w.kind === "session").length).toBeGreaterThan(0);
    const check = verifyWrites(options.databasePath, result.acknowledged);
    expect(check.integrity).toBe("ok");
    expect(check.foreignKeyProblems).toBe(0);
    expect(check.missing).toEqual([]);
    expect(check.staleProfiles).toEqual([]);
  } finally {
    await server.stop();
  }
});
