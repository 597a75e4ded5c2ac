// npm run load -- [--db <file>] [--users 200] [--duration 60] [--think 500] [--port 3298] [--sign-in]
//
// Load with writes (issue 8, item 10): simulated users — owners, mentors and administrators in
// the shares below — use the production server at the same time for --duration seconds, each
// repeating: pick an action (a page to read or a form to save), send it over HTTP as a browser
// without JavaScript would, wait a random think time (0 to 2 × --think ms). Owners save drafts of
// their business profile; mentors log mentoring sessions; everyone reads their pages; admins read
// the national dashboard. Every save the server acknowledged (a redirect after the POST) is then
// looked up in the database. The run fails (exit code 1) on any 5xx, any network error, any other
// unexpected status, or any acknowledged write that is not in the database.
//
// The database is a copy of --db (default: a fresh demo database, as `npm run demo` makes), so the
// input never changes. Each simulated user is a distinct account created in the copy before the
// server starts, with a session made as the e2e fixtures make one (--sign-in signs each in through
// the login form instead). `npm run build` first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { flag, percentile } from "./report";
import { createDemoDatabase, signIn, startProductionServer } from "./server";

export const LOAD_PASSWORD = "muat-uji-2026";
/** Shares of the simulated users by role. */
export const ROLE_SHARES = { owner: 0.7, mentor: 0.25, admin: 0.05 } as const;

export type LoadUser =
  | { role: "owner"; id: number; email: string; enterpriseId: number; cookie: string }
  | { role: "mentor"; id: number; email: string; enterpriseIds: number[]; cookie: string }
  | { role: "admin"; id: number; email: string; cookie: string };

type Write =
  | { kind: "profile"; userId: number; enterpriseId: number; name: string; seq: number }
  | { kind: "session"; userId: number; enterpriseId: number; note: string };

export type LoadResult = {
  requests: number;
  seconds: number;
  byStatus: Record<string, number>;
  networkErrors: string[];
  serverErrors: number;
  unexpected: { method: string; path: string; status: number }[];
  latencies: number[];
  writeLatencies: number[];
  /** Latencies by request kind ("POST /mentor/enterprises/:id/sessions/new"). */
  byAction: Record<string, number[]>;
  acknowledged: Write[];
  /** Writes sent whose answer never came (only when the server was stopped during the run). */
  unanswered: Write[];
};

/** A small seeded generator (mulberry32), so runs are repeatable apart from timing. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Creates `count` accounts in `file` (owners with an enterprise in Garut, each in one of the new
 * mentors' caseloads; mentors; admins) and a session for each. The file must be migrated, with
 * the journey template published (the server does both at start).
 */
export async function createLoadUsers(file: string, count: number, tag: string): Promise<LoadUser[]> {
  const { openDatabase } = await import("../app/lib/db.server");
  const { hashPassword } = await import("../app/lib/auth/password.server");
  const { createSession } = await import("../app/lib/auth/session.server");
  const { SESSION_COOKIE } = await import("../app/lib/auth/cookie.server");
  const { refreshEnterpriseSummary } = await import("../app/lib/mentoring/summary.server");
  const db = openDatabase(file);
  try {
    const passwordHash = await hashPassword(LOAD_PASSWORD);
    const mentors = Math.max(1, Math.round(count * ROLE_SHARES.mentor));
    const admins = Math.max(1, Math.round(count * ROLE_SHARES.admin));
    const owners = Math.max(1, count - mentors - admins);
    const now = Math.floor(Date.now() / 1000);
    const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number | null;
    if (version === null) throw new Error(`${file} has no journey template: start the server on it once`);
    const insertUser = db.prepare(
      `INSERT INTO user (role, full_name, email, phone, password_hash, is_active, privacy_consent_version,
         privacy_consent_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
    );
    const insertEnterprise = db.prepare(
      `INSERT INTO enterprise (owner_user_id, mentor_user_id, template_version, name, province_code, regency_code,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, '32', '32.05', ?, ?)`,
    );
    const cookie = (userId: number) => `${SESSION_COOKIE}=${createSession(db, userId).token}`;
    const users: LoadUser[] = [];
    db.transaction(() => {
      const mentorUsers: Extract<LoadUser, { role: "mentor" }>[] = [];
      for (let i = 0; i < mentors; i++) {
        const email = `muat-${tag}-pendamping-${i}@muat.test`;
        const id = Number(
          insertUser.run("mentor", `Pendamping Muat ${i}`, email, null, passwordHash, null, null, now, now)
            .lastInsertRowid,
        );
        mentorUsers.push({ role: "mentor", id, email, enterpriseIds: [], cookie: cookie(id) });
      }
      for (let i = 0; i < owners; i++) {
        const email = `muat-${tag}-pemilik-${i}@muat.test`;
        const phone = `+62819${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}${String(i).padStart(4, "0")}`;
        const id = Number(
          insertUser.run("owner", `Pemilik Muat ${i}`, email, phone, passwordHash, "load-test", now, now, now)
            .lastInsertRowid,
        );
        const mentor = mentorUsers[i % mentorUsers.length]!;
        const enterpriseId = Number(
          insertEnterprise.run(id, mentor.id, version, `Usaha Muat ${i}`, now, now).lastInsertRowid,
        );
        refreshEnterpriseSummary(db, enterpriseId);
        mentor.enterpriseIds.push(enterpriseId);
        users.push({ role: "owner", id, email, enterpriseId, cookie: cookie(id) });
      }
      for (let i = 0; i < admins; i++) {
        const email = `muat-${tag}-admin-${i}@muat.test`;
        const id = Number(
          insertUser.run("admin", `Admin Muat ${i}`, email, null, passwordHash, null, null, now, now).lastInsertRowid,
        );
        users.push({ role: "admin", id, email, cookie: cookie(id) });
      }
      users.push(...mentorUsers);
    })();
    return users;
  } finally {
    db.close();
  }
}

type Action = { method: "GET" | "POST"; path: string; body?: URLSearchParams; write?: Write };

function nextAction(user: LoadUser, next: () => number, seq: number, today: string): Action {
  const roll = next();
  if (user.role === "owner") {
    // Half of an owner's requests save the profile draft, as an owner filling it in does.
    if (roll < 0.5) {
      const name = `Usaha Muat ${user.id}-${seq}`;
      return {
        method: "POST",
        path: "/owner/tasks/profile",
        body: new URLSearchParams({
          intent: "draft",
          name,
          legalForm: "perorangan",
          categories: "processed_food",
          provinceCode: "32",
          regencyCode: "32.05",
          address: `Jl. Uji Beban No. ${seq}, Garut`,
          employees: String(seq % 50),
          capital: "25.000.000",
        }),
        write: { kind: "profile", userId: user.id, enterpriseId: user.enterpriseId, name, seq },
      };
    }
    return { method: "GET", path: roll < 0.75 ? "/owner" : "/owner/tasks/profile" };
  }
  if (user.role === "mentor") {
    const enterpriseId = user.enterpriseIds[Math.floor(next() * user.enterpriseIds.length)]!;
    if (roll < 0.3) {
      const note = `Sesi uji beban ${user.id}-${seq}`;
      return {
        method: "POST",
        path: `/mentor/enterprises/${enterpriseId}/sessions/new`,
        body: new URLSearchParams({
          intent: "session",
          heldOn: today,
          mode: "whatsapp",
          durationMinutes: "30",
          topics: "profile",
          sharedNotes: note,
          privateNotes: "catatan internal",
          nextAction: "Lengkapi profil usaha",
        }),
        write: { kind: "session", userId: user.id, enterpriseId, note },
      };
    }
    if (roll < 0.6) return { method: "GET", path: "/mentor" };
    if (roll < 0.8) return { method: "GET", path: `/mentor/enterprises/${enterpriseId}` };
    return { method: "GET", path: "/mentor/reviews" };
  }
  return { method: "GET", path: roll < 0.7 ? "/admin" : "/admin/users" };
}

/** What a redirect after a save points to: anything else is not an acknowledgement. */
function acknowledges(write: Write, status: number, location: string | null): boolean {
  if (status !== 302 && status !== 303) return false;
  return write.kind === "profile"
    ? location === "/owner/tasks/profile?saved=draft"
    : location === `/mentor/enterprises/${write.enterpriseId}?saved=session#record-sessions`;
}

/**
 * Runs the simulated users against `origin` until `durationMs` has passed or `stop` resolves.
 * Each user sends one request at a time.
 */
export async function runLoad(
  origin: string,
  users: LoadUser[],
  options: {
    durationMs: number;
    thinkMs: number;
    seed?: number;
    stop?: Promise<unknown>;
    /** Called after each acknowledged write with the number so far. */
    onAcknowledged?: (count: number) => void;
  },
): Promise<LoadResult> {
  const { todayInIndonesia } = await import("../app/utils/dates");
  const today = todayInIndonesia();
  const result: LoadResult = {
    requests: 0,
    seconds: 0,
    byStatus: {},
    networkErrors: [],
    serverErrors: 0,
    unexpected: [],
    latencies: [],
    writeLatencies: [],
    byAction: {},
    acknowledged: [],
    unanswered: [],
  };
  let stopped = false;
  void options.stop?.then(() => (stopped = true));
  const started = performance.now();
  const deadline = started + options.durationMs;
  const simulate = async (user: LoadUser, index: number) => {
    const next = random((options.seed ?? 1) * 100_003 + index);
    // Users arrive over the first second rather than all in the same millisecond.
    await sleep(next() * 1000);
    for (let seq = 1; performance.now() < deadline && !stopped; seq++) {
      const action = nextAction(user, next, seq, today);
      const t0 = performance.now();
      try {
        const res = await fetch(`${origin}${action.path}`, {
          method: action.method,
          redirect: "manual",
          headers: {
            Cookie: user.cookie,
            Origin: origin,
            "Accept-Encoding": "gzip, br",
            ...(action.body ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
          },
          body: action.body,
        });
        await res.arrayBuffer();
        const ms = performance.now() - t0;
        result.requests++;
        result.latencies.push(ms);
        const kind = `${action.method} ${action.path.replace(/\d+/g, ":id")}`;
        (result.byAction[kind] ??= []).push(ms);
        result.byStatus[res.status] = (result.byStatus[res.status] ?? 0) + 1;
        if (res.status >= 500) result.serverErrors++;
        if (action.write) {
          result.writeLatencies.push(ms);
          if (acknowledges(action.write, res.status, res.headers.get("location"))) {
            result.acknowledged.push(action.write);
            options.onAcknowledged?.(result.acknowledged.length);
          } else result.unexpected.push({ method: action.method, path: action.path, status: res.status });
        } else if (res.status !== 200) {
          result.unexpected.push({ method: action.method, path: action.path, status: res.status });
        }
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        result.networkErrors.push(`${action.method} ${action.path}: ${cause?.code ?? cause?.message ?? String(error)}`);
        if (action.write) result.unanswered.push(action.write);
        // A server that is gone stays gone: stop this user.
        if (stopped || cause?.code === "ECONNREFUSED") return;
      }
      await sleep(next() * 2 * options.thinkMs);
    }
  };
  await Promise.all(users.map((user, index) => simulate(user, index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export type WriteCheck = {
  acknowledged: number;
  missing: Write[];
  /** Owners whose stored profile is not their last acknowledged save (nor one sent after it). */
  staleProfiles: { userId: number; stored: string | null; lastAcknowledged: string }[];
  integrity: string;
  foreignKeyProblems: number;
};

/**
 * Looks every acknowledged write up in the database: each profile save has its task_event with
 * that name, each session its row; and each owner's enterprise holds their last acknowledged
 * name (or a later one whose answer was lost with the server: `unanswered`).
 */
export function verifyWrites(file: string, acknowledged: Write[], unanswered: Write[] = []): WriteCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const profileSaved = db.prepare(
      `SELECT 1 FROM task_event WHERE enterprise_id = ? AND task_key = 'profile' AND action = 'save_draft'
         AND json_extract(snapshot, '$.name') = ?`,
    );
    const sessionSaved = db.prepare(
      "SELECT 1 FROM mentoring_session WHERE enterprise_id = ? AND mentor_user_id = ? AND shared_notes = ?",
    );
    const missing = acknowledged.filter((write) =>
      write.kind === "profile"
        ? !profileSaved.get(write.enterpriseId, write.name)
        : !sessionSaved.get(write.enterpriseId, write.userId, write.note),
    );
    const lastByOwner = new Map<number, Extract<Write, { kind: "profile" }>>();
    for (const write of acknowledged) {
      if (write.kind !== "profile") continue;
      const last = lastByOwner.get(write.userId);
      if (!last || write.seq > last.seq) lastByOwner.set(write.userId, write);
    }
    const sentLater = new Set(unanswered.flatMap((w) => (w.kind === "profile" ? [w.name] : [])));
    const storedName = db.prepare("SELECT name FROM enterprise WHERE id = ?").pluck();
    const staleProfiles = [...lastByOwner.values()].flatMap((write) => {
      const stored = storedName.get(write.enterpriseId) as string | null;
      return stored === write.name || (stored !== null && sentLater.has(stored))
        ? []
        : [{ userId: write.userId, stored, lastAcknowledged: write.name }];
    });
    const integrity = (db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join("; ");
    return {
      acknowledged: acknowledged.length,
      missing,
      staleProfiles,
      integrity,
      foreignKeyProblems: (db.pragma("foreign_key_check") as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

export function summarise(result: LoadResult) {
  return {
    requests: result.requests,
    perSecond: result.requests / result.seconds,
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    p99: percentile(result.latencies, 99),
    writeP95: percentile(result.writeLatencies, 95),
    writes: result.writeLatencies.length,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const userCount = Number(flag(argv, "users", "200"));
  const durationMs = Number(flag(argv, "duration", "60")) * 1000;
  const thinkMs = Number(flag(argv, "think", "500"));
  const port = Number(flag(argv, "port", "3298"));
  const source = flag(argv, "db");
  const log = (text: string) => console.error(`[load] ${text}`);
  if (!Number.isInteger(userCount) || userCount < 3 || !(durationMs > 0) || !(thinkMs >= 0)) {
    console.error("usage: npm run load -- [--db file] [--users 200] [--duration 60] [--think 500] [--port 3298]");
    process.exit(2);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-load-"));
  const dbFile = path.join(work, "load.sqlite");
  const uploadDir = path.join(work, "uploads");
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined;
  try {
    if (source) {
      log(`copying ${source} to ${dbFile}`);
      fs.copyFileSync(path.resolve(source), dbFile);
      if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${dbFile}-wal`);
    } else {
      log("creating the demo database");
      await createDemoDatabase(dbFile, uploadDir);
    }
    // The server applies migrations and publishes the journey template at start; then the users.
    const serverOptions = { databasePath: dbFile, uploadDir, port, logFile: path.join(work, "server.log") };
    server = await startProductionServer(serverOptions);
    const tag = Date.now().toString(36);
    const users = await createLoadUsers(dbFile, userCount, tag);
    if (argv.includes("--sign-in")) {
      log(`signing ${users.length} users in through the login form`);
      for (const user of users) user.cookie = await signIn(server.origin, user.email, LOAD_PASSWORD);
    }
    const counts = users.reduce<Record<string, number>>((c, u) => ({ ...c, [u.role]: (c[u.role] ?? 0) + 1 }), {});
    log(
      `${users.length} users (${Object.entries(counts)
        .map(([role, n]) => `${n} ${role}s`)
        .join(", ")}), ${durationMs / 1000} s, think time 0–${2 * thinkMs} ms`,
    );
    const result = await runLoad(server.origin, users, { durationMs, thinkMs });
    await server.stop();
    const exitCode = server.process.exitCode;
    server = undefined;
    const check = verifyWrites(dbFile, result.acknowledged);
    const s = summarise(result);
    const writesByKind = result.acknowledged.reduce<Record<string, number>>(
      (c, w) => ({ ...c, [w.kind]: (c[w.kind] ?? 0) + 1 }),
      {},
    );
    console.log(
      `Load: ${users.length} users for ${durationMs / 1000} s (${Object.entries(counts)
        .map(([role, n]) => `${n} ${role}s`)
        .join(", ")}), ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} at the end`,
    );
    console.log(
      `Requests: ${s.requests} in ${result.seconds.toFixed(1)} s = ${s.perSecond.toFixed(0)}/s; p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms; writes ${s.writes} (p95 ${s.writeP95.toFixed(0)} ms)`,
    );
    console.log("\n| Request | Count | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |");
    for (const [kind, latencies] of Object.entries(result.byAction).sort()) {
      console.log(
        `| ${kind} | ${latencies.length} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 95).toFixed(0)} |`,
      );
    }
    console.log();
    console.log(
      `Statuses: ${Object.entries(result.byStatus)
        .map(([status, n]) => `${status} × ${n}`)
        .join(", ")}`,
    );
    console.log(
      `5xx: ${result.serverErrors}; network errors: ${result.networkErrors.length}; other unexpected: ${result.unexpected.length}`,
    );
    console.log(
      `Writes acknowledged: ${check.acknowledged} (${Object.entries(writesByKind)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(
          ", ",
        )}); missing from the database: ${check.missing.length}; stale profiles: ${check.staleProfiles.length}`,
    );
    console.log(
      `integrity_check: ${check.integrity}; foreign_key_check: ${check.foreignKeyProblems} problem(s); server exit code after SIGTERM: ${exitCode}`,
    );
    for (const line of [
      ...result.networkErrors,
      ...result.unexpected.map((u) => `${u.method} ${u.path} → ${u.status}`),
    ].slice(0, 10))
      console.log(`  ${line}`);
    const ok =
      result.serverErrors === 0 &&
      result.networkErrors.length === 0 &&
      result.unexpected.length === 0 &&
      check.missing.length === 0 &&
      check.staleProfiles.length === 0 &&
      check.integrity === "ok" &&
      check.foreignKeyProblems === 0 &&
      exitCode === 0;
    console.log(ok ? "PASS" : "FAIL");
    if (!ok) process.exitCode = 1;
  } finally {
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) await main();
