// npm run security:scan — issue 8, item 9: outside scanners against the running production build.
// Needs `npm run build` first and two Debian packages: sqlmap (bookworm main) and nikto (bookworm
// non-free; see docs/security.md §9 for enabling that component). Builds nothing itself.
//
// 1. Makes a fresh demo database in a temporary directory, as `npm run demo` does (migrations,
//    regions, demo accounts and enterprises).
// 2. Starts `NODE_ENV=production node server.mjs` on it (port 3360 by default, 127.0.0.1 only),
//    with every rate limit on, and signs in as the demo owner, mentor and administrator through
//    the login form (POST /login with our Origin), keeping their session cookies.
// 3. Runs sqlmap against the login form and each search and filter parameter of the brand check,
//    the mentor caseload, the admin dashboard, user list, audit log, assignments and exports, one
//    target at a time, with that role's cookie; then nikto against the server root with the
//    administrator's cookie.
// 4. Writes every tool's output to scan-results/<timestamp>/ (or --out) and prints a summary:
//    per sqlmap target, the verdict of each parameter, any HTTP 5xx the app answered, heuristic
//    warnings; nikto's findings; server errors logged during the run.
//
// Sign-in throttling stays on in the server. Because sqlmap's hundreds of wrong passwords would
// lock the account (5 failures) and the address (50) within seconds, and a locked form answers
// every payload with the same 429 (so sqlmap would learn nothing), sqlmap clears the throttle
// counters of this throwaway database before each of its requests (--eval, see
// throttleResetModule). The server and its code are exactly production's.
//
// Flags: --port (3360), --out <dir>, --only <target,target…> (names below), --no-nikto, --no-sqlmap,
// --quick (level 1 / risk 1 everywhere: a smoke run of a few minutes), --threads (1).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { flag } from "./report";
import { createDemoDatabase, signIn, startProductionServer } from "./server";

const argv = process.argv.slice(2);
const port = Number(flag(argv, "port", "3360"));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const outDir = path.resolve(flag(argv, "out", path.join("scan-results", stamp)));
const only = flag(argv, "only")?.split(",").filter(Boolean);
const runNikto = !argv.includes("--no-nikto");
const runSqlmap = !argv.includes("--no-sqlmap");
const quick = argv.includes("--quick");
const threads = flag(argv, "threads", "1");
const PASSWORD = "demo-umkm-2026";
const LOGINS = { owner: "siti@demo.umkm.id", mentor: "budi.mentor@demo.umkm.id", admin: "admin@demo.umkm.id" };
const log = (text: string) => console.error(`[scan] ${text}`);

function toolVersion(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) return null;
  return `${result.stdout}${result.stderr}`;
}

if (!fs.existsSync("build/server/index.js")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}
const sqlmapVersion = toolVersion("sqlmap", ["--version"])
  ?.split("\n")
  .find((l) => /^\d/.test(l.trim()))
  ?.trim();
if (runSqlmap && !sqlmapVersion) {
  console.error("sqlmap is not installed. On Debian: apt-get install -y sqlmap");
  process.exit(2);
}
const niktoVersion = runNikto ? toolVersion("nikto", ["-Version"])?.match(/Nikto main\s+(\S+)/)?.[1] : undefined;
if (runNikto && !niktoVersion) {
  console.error(
    [
      "nikto is not installed. It is in Debian's non-free component:",
      "  printf 'Types: deb\\nURIs: http://deb.debian.org/debian\\nSuites: bookworm\\nComponents: non-free\\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\\n' > /etc/apt/sources.list.d/non-free.sources",
      "  apt-get update && apt-get install -y nikto",
      "or run with --no-nikto.",
    ].join("\n"),
  );
  process.exit(2);
}

type Role = keyof typeof LOGINS;
type Target = {
  name: string;
  /** whose session cookie goes with the requests; none for the login form */
  role: Role | null;
  /** path and query with realistic values (the page must answer 2xx/3xx with them) */
  url: string;
  /** form body for a POST */
  data?: string;
  /** the parameters sqlmap tests */
  params: string[];
  level: number;
  risk: number;
  /** extra sqlmap options */
  extra?: string[];
};

// Free text that reaches SQL (search boxes, names, e-mail addresses, dates) gets level 3 risk 2;
// parameters the app only compares to a fixed list or a pattern before any query get level 2.
const AUDIT_URL = `/admin/audit?action=auth.login&actor=${encodeURIComponent(LOGINS.admin)}&subjectType=user&subjectId=1&from=2026-01-01&to=2026-12-31&ip=127.0.0.1`;
const ASSIGNMENTS_URL =
  "/admin/assignments?q=Toko&province=32&mentor=any&stage=usaha&page=1&mentorEmail=nobody%40example.invalid";
const TARGETS: Target[] = [
  {
    name: "login",
    role: null,
    url: "/login",
    data: `identifier=${encodeURIComponent(LOGINS.owner)}&password=${PASSWORD}&redirectTo=`,
    params: ["identifier", "password", "redirectTo"],
    level: 3,
    risk: 2,
    // A failed login is 401, a good one a 302 to the home page: a "true" answer is the 302.
    extra: ["--ignore-code=401", "--ignore-redirects", "--code=302"],
  },
  {
    // A mobile number takes another path (normalised to +62… before the lookup).
    name: "login-phone",
    role: null,
    url: "/login",
    data: `identifier=081200000001&password=${PASSWORD}&redirectTo=`,
    params: ["identifier"],
    level: 3,
    risk: 2,
    extra: ["--ignore-code=401", "--ignore-redirects", "--code=302"],
  },
  {
    name: "brand-check",
    role: "owner",
    url: "/brand-check?name=Kopi+Senja&class=30",
    params: ["name", "class"],
    level: 3,
    risk: 2,
  },
  {
    name: "mentor-caseload-search",
    role: "mentor",
    url: "/mentor?q=Siti&sort=name&page=1",
    params: ["q", "sort", "page"],
    level: 3,
    risk: 2,
  },
  {
    name: "mentor-caseload-filters",
    role: "mentor",
    url: "/mentor?view=all&stage=produk&province=32&regency=32.73&category=processed_food&size=mikro",
    params: ["view", "stage", "province", "regency", "category", "size"],
    level: 2,
    risk: 1,
  },
  {
    name: "mentor-caseload-csv",
    role: "mentor",
    url: "/mentor/caseload.csv?q=a&stage=usaha",
    params: ["q", "stage"],
    level: 2,
    risk: 1,
  },
  {
    name: "mentor-sessions",
    role: "mentor",
    url: `/mentor/sessions?month=${new Date().toISOString().slice(0, 7)}`,
    params: ["month"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-dashboard",
    role: "admin",
    url: `/admin?province=32&category=processed_food&size=mikro&weeks=26&page=1&sessionsFrom=2026-01-01&sessionsTo=2026-06-30`,
    params: ["province", "category", "size", "weeks", "page", "sessionsFrom", "sessionsTo"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-users-search",
    role: "admin",
    url: "/admin/users?q=Budi&by=name&role=mentor&status=active&page=1",
    params: ["q"],
    level: 3,
    risk: 2,
  },
  {
    name: "admin-users-filters",
    role: "admin",
    url: "/admin/users?q=Budi&by=name&role=mentor&status=active&page=1",
    params: ["by", "role", "status", "page"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-audit-search",
    role: "admin",
    url: AUDIT_URL,
    params: ["actor", "subjectId", "from", "to", "ip"],
    level: 3,
    risk: 2,
  },
  {
    name: "admin-audit-filters",
    role: "admin",
    url: AUDIT_URL,
    params: ["action", "subjectType"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-assignments-search",
    role: "admin",
    url: ASSIGNMENTS_URL,
    params: ["q", "mentorEmail"],
    level: 3,
    risk: 2,
  },
  {
    name: "admin-assignments-filters",
    role: "admin",
    url: ASSIGNMENTS_URL,
    params: ["province", "mentor", "stage", "page"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-export-enterprises",
    role: "admin",
    url: "/admin/exports/enterprises.csv?province=32&regency=32.73&category=processed_food&size=mikro&stage=produk",
    params: ["province", "regency", "category", "size", "stage"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-export-sessions",
    role: "admin",
    url: "/admin/exports/sessions.csv?from=2026-01-01&to=2026-06-30&province=32",
    params: ["from", "to", "province"],
    level: 2,
    risk: 1,
  },
  {
    name: "admin-export-provinces",
    role: "admin",
    url: "/admin/exports/provinces.csv?province=32&category=processed_food&size=mikro",
    params: ["province", "category", "size"],
    level: 2,
    risk: 1,
  },
];

const targets = !runSqlmap ? [] : only ? TARGETS.filter((t) => only.includes(t.name)) : TARGETS;
if (runSqlmap && only && targets.length !== only.length) {
  console.error(`Unknown target in --only; targets: ${TARGETS.map((t) => t.name).join(", ")}`);
  process.exit(2);
}

/**
 * A Python module sqlmap imports in --eval before every request: it empties the sign-in throttle
 * (and any other table of counters named *throttle* or *rate_limit*) of the scan's own database.
 * Module objects are not strings, so sqlmap adds nothing to the request from this namespace.
 */
function throttleResetModule(dir: string, databasePath: string): string {
  fs.writeFileSync(
    path.join(dir, "umkm_scan_reset.py"),
    `import sqlite3

def run():
    db = sqlite3.connect(${JSON.stringify(databasePath)}, timeout=30)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND (name LIKE '%throttle%' OR name LIKE '%rate_limit%')")]
        for table in tables:
            db.execute('DELETE FROM "%s"' % table.replace('"', '""'))
        db.commit()
    finally:
        db.close()
`,
  );
  return `import sys;sys.path.insert(0, ${JSON.stringify(dir)});import umkm_scan_reset;umkm_scan_reset.run()`;
}

/** Runs a tool with its output in `outFile`; stops it after `limitSeconds`. */
function run(
  command: string,
  args: string[],
  outFile: string,
  limitSeconds = 1800,
): Promise<{ code: number | null; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(outFile);
    out.write(
      `$ ${command} ${args.map((a) => (/[\s'"&;|]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a)).join(" ")}\n\n`,
    );
    // TERM=dumb: no terminal control sequences in the saved output.
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TERM: "dumb" } });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => {
      out.write(`\n[scan] stopped after ${limitSeconds} s\n`);
      child.kill("SIGTERM");
    }, limitSeconds * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      out.end(() => resolve({ code, seconds: Math.round((Date.now() - started) / 1000) }));
    });
  });
}

type SqlmapResult = {
  target: string;
  seconds: number;
  exitCode: number | null;
  injectable: string[];
  notInjectable: string[];
  heuristics: string[];
  httpErrors: string[];
};

function readSqlmapOutput(target: Target, text: string, seconds: number, exitCode: number | null): SqlmapResult {
  const lines = text.split("\n");
  const injectable = new Set<string>();
  const notInjectable = new Set<string>();
  for (const line of lines) {
    const yes = line.match(/(?:GET|POST) parameter '([^']+)' (?:appears to be|is) '.+' injectable/);
    if (yes) injectable.add(yes[1]!);
    const no = line.match(/(?:GET|POST) parameter '([^']+)' does not seem to be injectable/);
    if (no) notInjectable.add(no[1]!);
  }
  if (/all tested parameters do not appear to be injectable/.test(text)) {
    for (const p of target.params) if (!injectable.has(p)) notInjectable.add(p);
  }
  const heuristics = lines
    .filter((l) => /heuristic .*(might be|shows that)/.test(l) && !/not be injectable|does not seem/.test(l))
    .map((l) => l.replace(/^\[[\d:]+\]\s*/, ""));
  // "HTTP error codes detected during run:" is followed by one "500 (Internal Server Error) - 3 times" a line.
  const errorStart = lines.findIndex((l) => /HTTP error codes detected during run/.test(l));
  const httpErrors: string[] = [];
  for (let i = errorStart + 1; errorStart >= 0 && i < lines.length && /^\d{3} \(/.test(lines[i]!); i++) {
    httpErrors.push(lines[i]!.trim());
  }
  return {
    target: target.name,
    seconds,
    exitCode,
    injectable: [...injectable],
    notInjectable: [...notInjectable],
    heuristics: [...new Set(heuristics)],
    httpErrors,
  };
}

fs.mkdirSync(outDir, { recursive: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-scan-"));
const dbFile = path.join(work, "app.sqlite");
const uploadDir = path.join(work, "uploads");
const started = Date.now();
log(`results in ${outDir}`);
log(`creating the demo database at ${dbFile}`);
await createDemoDatabase(dbFile, uploadDir);
const server = await startProductionServer({
  databasePath: dbFile,
  uploadDir,
  port,
  logFile: path.join(outDir, "server.log"),
});
const origin = server.origin;
log(`production server on ${origin}`);

const results: SqlmapResult[] = [];
let niktoFindings: string[] = [];
let niktoSeconds = 0;
try {
  const cookies: Record<Role, string> = {
    owner: await signIn(origin, LOGINS.owner, PASSWORD),
    mentor: await signIn(origin, LOGINS.mentor, PASSWORD),
    admin: await signIn(origin, LOGINS.admin, PASSWORD),
  };
  const evalCode = throttleResetModule(work, dbFile);

  for (const target of targets) {
    const level = quick ? 1 : target.level;
    const risk = quick ? 1 : target.risk;
    const dir = path.join(outDir, "sqlmap", target.name);
    fs.mkdirSync(dir, { recursive: true });
    const args = [
      `--url=${origin}${target.url}`,
      ...(target.data ? [`--data=${target.data}`] : []),
      ...(target.role ? [`--cookie=${cookies[target.role]}`] : []),
      `--headers=Origin: ${origin}`,
      `-p`,
      target.params.join(","),
      `--level=${level}`,
      `--risk=${risk}`,
      "--dbms=SQLite",
      "--batch",
      `--threads=${threads}`,
      "--drop-set-cookie",
      `--eval=${evalCode}`,
      "--flush-session",
      "--disable-coloring",
      `--output-dir=${dir}`,
      ...(target.extra ?? []),
    ];
    log(`sqlmap ${target.name}: ${target.params.join(", ")} (level ${level}, risk ${risk})`);
    const outFile = path.join(dir, "sqlmap.txt");
    const { code, seconds } = await run("sqlmap", args, outFile);
    const result = readSqlmapOutput(target, fs.readFileSync(outFile, "utf8"), seconds, code);
    results.push(result);
    log(
      `  ${seconds} s; injectable: ${result.injectable.join(", ") || "none"}; HTTP errors: ${result.httpErrors.join(", ") || "none"}`,
    );
  }

  if (runNikto) {
    const config = path.join(work, "nikto.conf");
    const base = fs.existsSync("/etc/nikto/config.txt") ? fs.readFileSync("/etc/nikto/config.txt", "utf8") : "";
    const [name, value] = cookies.admin.split("=");
    fs.writeFileSync(config, `${base}\nSTATIC-COOKIE="${name}"="${value}"\n`);
    const url = new URL(origin);
    const report = path.join(outDir, "nikto.txt");
    log(`nikto against ${origin}/ as the administrator`);
    const { seconds } = await run(
      "nikto",
      [
        "-host",
        url.hostname,
        "-port",
        url.port,
        "-config",
        config,
        "-output",
        report,
        "-Format",
        "txt",
        "-nointeractive",
        "-ask",
        "no",
      ],
      path.join(outDir, "nikto-console.txt"),
      // Our limit, not nikto's -maxtime: 2.1.5 checks it on its first request, before its clock
      // starts, and prints a false "maximum execution time reached" error at the top.
      1200,
    );
    niktoSeconds = seconds;
    niktoFindings = fs.existsSync(report)
      ? fs
          .readFileSync(report, "utf8")
          .split("\n")
          .filter((l) => /^\+ (?!Target|Start Time|End Time|\d+ host)/.test(l))
      : [`nikto wrote no report; see ${path.join(outDir, "nikto-console.txt")}`];
    log(`  ${seconds} s; ${niktoFindings.length} lines of findings`);
  }
} finally {
  await server.stop();
}

// The first line of each error the server logged, counted (a 5xx logs its stack; so does Remix
// for a 404 or 405 it answers itself).
const serverErrors = new Map<string, number>();
for (const line of fs.readFileSync(server.logFile, "utf8").split("\n")) {
  const m = line.match(/^(\w*Error): (.*)$/);
  if (!m) continue;
  const key = `${m[1]}: ${m[2]!.replace(/"[^"]*"|'[^']*'/g, "…").slice(0, 120)}`;
  serverErrors.set(key, (serverErrors.get(key) ?? 0) + 1);
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const summary = [
  `# Security scan ${stamp}`,
  "",
  `${[runSqlmap && `sqlmap ${sqlmapVersion}`, runNikto && `nikto ${niktoVersion}`].filter(Boolean).join(", ")}; ${origin}; ${minutes} min in all${quick ? " (--quick)" : ""}`,
  "",
  "| sqlmap target | parameters injectable | not injectable | HTTP errors | heuristic warnings | time |",
  "| --- | --- | --- | --- | --- | --- |",
  ...results.map(
    (r) =>
      `| ${r.target} | ${r.injectable.join(", ") || "none"} | ${r.notInjectable.join(", ") || "—"} | ${r.httpErrors.join(", ") || "none"} | ${r.heuristics.join("; ") || "none"} | ${r.seconds} s |`,
  ),
  "",
  ...(runNikto ? [`## nikto (${niktoSeconds} s)`, "", ...niktoFindings, ""] : []),
  `## Errors in the server log (${server.logFile})`,
  "",
  ...(serverErrors.size ? [...serverErrors].map(([e, n]) => `- ${n} × ${e}`) : ["none"]),
  "",
].join("\n");
fs.writeFileSync(path.join(outDir, "summary.md"), summary);
fs.rmSync(work, { recursive: true, force: true });
console.log(summary);
const bad = results.some((r) => r.injectable.length > 0 || r.httpErrors.some((e) => /^5\d\d/.test(e)));
process.exit(bad ? 1 : 0);
