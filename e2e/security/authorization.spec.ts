import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { SESSION_COOKIE } from "../../app/lib/auth/cookie.server";
import { createSession } from "../../app/lib/auth/session.server";
import type { Db } from "../../app/lib/db.server";
import { E2E_BASE_URL, E2E_UPLOAD_DIR } from "../env";
import {
  assignMentor,
  expect,
  logSessionAs,
  makeEnterprise,
  makeUser,
  setTaskStatuses,
  test,
  testDb,
  type TestUser,
} from "../fixtures";

// The authorization matrix (issue 8, item 1; docs/security.md section 1). Every route of the
// production build's route manifest that has a loader or an action must have an entry in MATRIX
// below, and every entry must name a route that exists: a new route cannot be added without
// saying who may reach it. Each entry lists addresses (own and another's resources) and, for GET
// (the loader) and POST (the action), what an anonymous visitor, an owner, a mentor and an
// administrator get. Requests that are refused must leave the database as it was.

const ROLES = ["anon", "owner", "mentor", "admin"] as const;
type Role = (typeof ROLES)[number];

/**
 * What a request gets: a status, "login" (a redirect to /login?redirectTo=<this address>) or
 * "302 /path" for any other redirect (numeric path segments read as ":id").
 */
type Outcome = number | "login" | `${number} /${string}`;
const LOGIN = "login" as const;

/** One row of the matrix: what each role gets, in the order anon, owner, mentor, admin. */
function r(anon: Outcome, owner: Outcome, mentor: Outcome, admin: Outcome): Record<Role, Outcome> {
  return { anon, owner, mentor, admin };
}

/** Outcomes that refuse the request: the database must not change. */
function refuses(outcome: Outcome): boolean {
  return outcome === LOGIN || outcome === 403 || outcome === 404 || outcome === 405;
}

type Data = Awaited<ReturnType<typeof arrange>>;

type Case = {
  /** whose resource the address names, as printed in the matrix */
  label?: string;
  path: (d: Data) => string;
  GET?: Record<Role, Outcome>;
  POST?: Record<Role, Outcome>;
  /** the form each role posts; the default is one no action accepts */
  form?: (d: Data, role: Role) => Record<string, string>;
  /** roles whose POST is expected to write (everyone else's must leave the database unchanged) */
  writes?: Role[];
  /** the request ends the session it is sent with: use a throwaway one */
  ownSession?: boolean;
  /** what an allowed GET's body must (not) hold */
  body?: (d: Data) => Partial<Record<Role, { has: string[]; hasNot: string[] }>>;
};

const PROBE = () => ({ intent: "authz-probe" });
/** The signed-in user's own password (the owner's for an anonymous visitor). */
const passwordOf = (d: Data, role: Role) => d.users[role === "anon" ? "owner" : role].password;
const thisMonth = () => new Date().toISOString().slice(0, 7);
const today = () => new Date().toISOString().slice(0, 10);

// "A" is the signed-in owner's enterprise, in the signed-in mentor's caseload and Go Online;
// "B" is another owner's, in another mentor's caseload; "C" has no mentor (admin targets); "D" is a
// throwaway owner who has asked for erasure.
// Each row reads r(anon, owner, mentor, admin).
const MATRIX: Record<string, Case[]> = {
  // ── public pages ──────────────────────────────────────────────────────────────────────────
  "routes/_index": [{ path: () => "/", GET: r(200, "302 /owner", "302 /mentor", "302 /admin") }],
  "routes/$": [{ path: () => "/tidak-ada-halaman-ini", GET: r(404, 404, 404, 404), POST: r(404, 404, 404, 404) }],
  "routes/login": [
    {
      path: () => "/login",
      GET: r(200, "302 /owner", "302 /mentor", "302 /admin"),
      // an empty form: the action rejects it, and for someone signed in the page's loader then
      // sends them home, as it does for GET
      POST: r(400, "302 /owner", "302 /mentor", "302 /admin"),
      form: () => ({}),
    },
  ],
  "routes/register": [
    {
      path: () => "/register",
      GET: r(200, "302 /owner", "302 /mentor", "302 /admin"),
      POST: r(400, "302 /owner", "302 /mentor", "302 /admin"),
      form: () => ({ fullName: "" }),
    },
  ],
  "routes/logout": [
    {
      path: () => "/logout",
      GET: r("302 /", "302 /", "302 /", "302 /"),
      POST: r("302 /", "302 /", "302 /", "302 /"),
      form: () => ({}),
      ownSession: true,
      writes: ["owner", "mentor", "admin"],
    },
  ],
  "routes/language": [
    {
      path: () => "/language",
      GET: r("302 /", "302 /", "302 /", "302 /"),
      // saved on the account of whoever is signed in
      POST: r("302 /", "302 /", "302 /", "302 /"),
      form: () => ({ locale: "id", redirectTo: "/" }),
      writes: ["owner", "mentor", "admin"],
    },
  ],
  "routes/invite.$token": [
    {
      label: "unknown link",
      path: () => "/invite/bukan-tautan-yang-ada",
      GET: r(404, 404, 404, 404),
      POST: r(404, 404, 404, 404),
    },
  ],
  "routes/reset.$token": [
    {
      label: "unknown link",
      path: () => "/reset/bukan-tautan-yang-ada",
      GET: r(404, 404, 404, 404),
      POST: r(404, 404, 404, 404),
    },
  ],
  // the privacy notice and terms: read before registering too
  "routes/privacy": [{ path: () => "/privacy", GET: r(200, 200, 200, 200) }],
  "routes/api.stats.provinces[.]json": [{ path: () => "/api/stats/provinces.json", GET: r(200, 200, 200, 200) }],
  // the load benchmark's baseline answers only when the server runs with BENCH_BLANK_ROUTE=1
  "routes/bench.blank": [{ path: () => "/bench/blank", GET: r(404, 404, 404, 404) }],

  // ── anyone signed in ──────────────────────────────────────────────────────────────────────
  "routes/account": [{ path: () => "/account", GET: r(LOGIN, 200, 200, 200), POST: r(LOGIN, 400, 400, 400) }],
  // the sign-in interstitial: only owners are asked (A's owner has accepted nothing yet), and it
  // never sends anyone off the site, whatever redirectTo says
  "routes/consent": [
    {
      label: "consents missing",
      path: () => "/consent",
      GET: r(LOGIN, 200, "302 /mentor", "302 /admin"),
      // the box unticked: refused; staff, who have nothing to accept, are then sent home by the
      // page's loader, as /login does for someone signed in
      POST: r(LOGIN, 400, "302 /mentor", "302 /admin"),
      form: () => ({}),
    },
    {
      label: "box ticked",
      path: () => "/consent",
      POST: r(LOGIN, "302 /owner", "302 /mentor", "302 /admin"),
      form: () => ({ agree: "on", redirectTo: "//evil.example/" }),
      // staff are not asked: ticking the box records nothing for them
      writes: ["owner"],
    },
    {
      label: "consents given",
      path: () => "/consent?redirectTo=%2F%2Fevil.example%2F",
      GET: r(LOGIN, "302 /owner", "302 /mentor", "302 /admin"),
    },
  ],
  "routes/brand-check": [{ path: () => "/brand-check", GET: r(LOGIN, 200, 200, 200) }],
  "routes/regions.$provinceCode": [{ path: () => "/regions/32", GET: r(LOGIN, 200, 200, 200) }],
  "routes/notifications": [
    {
      label: "another user's notification",
      path: () => "/notifications",
      GET: r(LOGIN, 200, 200, 200),
      body: (d) => ({ owner: { has: [d.a.name], hasNot: [d.b.name] } }),
      // opening another user's notification neither marks it read nor goes where it points
      // someone else's notification is not found (bad-input fix: it used to redirect)
      POST: r(LOGIN, 404, 404, 404),
      form: (d) => ({ id: String(d.b.notification) }),
    },
    {
      label: "own notification",
      path: () => "/notifications",
      // the owner's own opens its task; to anyone else it is someone else's: not found
      POST: r(LOGIN, "302 /owner/messages/profile", 404, 404),
      form: (d) => ({ id: String(d.a.notification) }),
      writes: ["owner"],
    },
  ],
  "routes/uploads.$id": [
    { label: "A's file", path: (d) => `/uploads/${d.a.upload}`, GET: r(LOGIN, 200, 200, 200) },
    { label: "B's file", path: (d) => `/uploads/${d.b.upload}`, GET: r(LOGIN, 404, 404, 200) },
    { label: "no such file", path: () => `/uploads/${"a".repeat(26)}`, GET: r(LOGIN, 404, 404, 404) },
  ],

  // ── owner ─────────────────────────────────────────────────────────────────────────────────
  "routes/owner._index": [{ path: () => "/owner", GET: r(LOGIN, 200, 403, 403) }],
  "routes/owner.certificate": [{ path: () => "/owner/certificate", GET: r(LOGIN, 200, 403, 403) }],
  "routes/owner.sessions": [
    {
      path: () => "/owner/sessions",
      GET: r(LOGIN, 200, 403, 403),
      body: (d) => ({ owner: { has: [d.a.sessionNote], hasNot: [d.b.sessionNote, d.a.privateNote] } }),
    },
  ],
  "routes/owner.impact": [
    {
      path: () => "/owner/impact",
      GET: r(LOGIN, 200, 403, 403),
      POST: r(LOGIN, "302 /owner/impact", 403, 403),
      form: () => ({ recordedOn: today(), employees: "9" }),
      writes: ["owner"],
    },
  ],
  "routes/owner.messages.$taskKey": [
    {
      path: () => "/owner/messages/profile",
      GET: r(LOGIN, 200, 403, 403),
      POST: r(LOGIN, "302 /owner/messages/profile", 403, 403),
      form: () => ({ body: "Pesan uji otorisasi" }),
      writes: ["owner"],
    },
  ],
  "routes/owner.tasks.profile": [
    { path: () => "/owner/tasks/profile", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.legality": [
    { path: () => "/owner/tasks/legality", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.brand": [
    { path: () => "/owner/tasks/brand", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.ip": [
    { path: () => "/owner/tasks/ip", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.channels": [
    { path: () => "/owner/tasks/channels", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.final-review": [
    // A is Go Online already: nothing left to send
    { path: () => "/owner/tasks/final-review", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 409, 403, 403) },
  ],
  "routes/owner.tasks.products._index": [
    {
      path: () => "/owner/tasks/products?index",
      GET: r(LOGIN, 200, 403, 403),
      POST: r(LOGIN, 400, 403, 403),
      body: (d) => ({ owner: { has: [d.a.productName], hasNot: [d.b.productName] } }),
    },
  ],
  "routes/owner.tasks.products.new": [
    { path: () => "/owner/tasks/products/new", GET: r(LOGIN, 200, 403, 403), POST: r(LOGIN, 400, 403, 403) },
  ],
  "routes/owner.tasks.products.$productId": [
    {
      label: "A's product",
      path: (d) => `/owner/tasks/products/${d.a.product}`,
      GET: r(LOGIN, 200, 403, 403),
      POST: r(LOGIN, 400, 403, 403),
      form: () => ({ intent: "save", name: "" }),
    },
    {
      label: "B's product",
      path: (d) => `/owner/tasks/products/${d.b.product}`,
      GET: r(LOGIN, 404, 403, 403),
      POST: r(LOGIN, 404, 403, 403),
      form: () => ({ intent: "delete" }),
    },
  ],

  // the owner's privacy page: A's owner asks for erasure and withdraws it; staff are refused even
  // with their own correct password
  "routes/account_.privacy": [
    {
      label: "wrong password",
      path: () => "/account/privacy",
      GET: r(LOGIN, 200, 403, 403),
      POST: r(LOGIN, 400, 403, 403),
      form: (d, role) => ({ intent: "request", password: role === "owner" ? "bukan-sandinya" : passwordOf(d, role) }),
    },
    {
      label: "erasure asked",
      path: () => "/account/privacy",
      POST: r(LOGIN, "302 /account/privacy", 403, 403),
      form: (d, role) => ({ intent: "request", password: passwordOf(d, role) }),
      writes: ["owner"],
    },
    {
      label: "erasure withdrawn",
      path: () => "/account/privacy",
      POST: r(LOGIN, "302 /account/privacy", 403, 403),
      form: () => ({ intent: "cancel" }),
      writes: ["owner"],
    },
  ],
  "routes/account_.data[.]json": [
    {
      // the signed-in owner's own data: no id in the address to change
      path: () => "/account/data.json",
      GET: r(LOGIN, 200, 403, 403),
      body: (d) => ({
        owner: {
          has: [d.a.name, d.a.productName, d.a.sessionNote],
          hasNot: [d.b.name, d.c.name, d.d.name, d.b.productName, d.b.sessionNote, d.a.privateNote],
        },
      }),
    },
  ],

  // ── mentor ────────────────────────────────────────────────────────────────────────────────
  "routes/mentor._index": [
    {
      path: () => "/mentor",
      GET: r(LOGIN, 403, 200, 403),
      body: (d) => ({ mentor: { has: [d.a.name], hasNot: [d.b.name, d.c.name] } }),
    },
  ],
  "routes/mentor.reviews._index": [
    {
      path: () => "/mentor/reviews",
      GET: r(LOGIN, 403, 200, 403),
      // B's products wait for B's mentor
      body: (d) => ({ mentor: { has: [], hasNot: [d.b.name] } }),
    },
  ],
  "routes/mentor.sessions._index": [
    {
      path: () => "/mentor/sessions",
      GET: r(LOGIN, 403, 200, 403),
      body: (d) => ({ mentor: { has: [d.a.name], hasNot: [d.b.name] } }),
    },
  ],
  "routes/mentor.caseload[.]csv": [
    {
      path: () => "/mentor/caseload.csv",
      GET: r(LOGIN, 403, 200, 403),
      body: (d) => ({ mentor: { has: [d.a.name], hasNot: [d.b.name, d.c.name] } }),
    },
  ],
  "routes/mentor.sessions[.]csv": [
    {
      path: () => `/mentor/sessions.csv?month=${thisMonth()}`,
      GET: r(LOGIN, 403, 200, 403),
      body: (d) => ({ mentor: { has: [d.a.sessionNote], hasNot: [d.b.sessionNote, d.a.privateNote] } }),
    },
  ],
  "routes/mentor.enterprises.$id._index": [
    { label: "A (assigned)", path: (d) => `/mentor/enterprises/${d.a.id}`, GET: r(LOGIN, 403, 200, 403) },
    { label: "B (another's)", path: (d) => `/mentor/enterprises/${d.b.id}`, GET: r(LOGIN, 403, 404, 403) },
    { label: "C (no mentor)", path: (d) => `/mentor/enterprises/${d.c.id}`, GET: r(LOGIN, 403, 404, 403) },
  ],
  "routes/mentor.enterprises.$id.impact": [
    {
      label: "A (assigned)",
      path: (d) => `/mentor/enterprises/${d.a.id}/impact`,
      GET: r(LOGIN, 403, 200, 403),
      POST: r(LOGIN, 403, 400, 403),
    },
    {
      label: "B (not assigned)",
      path: (d) => `/mentor/enterprises/${d.b.id}/impact`,
      GET: r(LOGIN, 403, 404, 403),
      POST: r(LOGIN, 403, 404, 403),
      form: () => ({ recordedOn: today(), employees: "9" }),
    },
  ],
  "routes/mentor.enterprises.$id.sessions.new": [
    {
      label: "A (assigned)",
      path: (d) => `/mentor/enterprises/${d.a.id}/sessions/new`,
      GET: r(LOGIN, 403, 200, 403),
      POST: r(LOGIN, 403, 400, 403),
    },
    {
      label: "B (not assigned)",
      path: (d) => `/mentor/enterprises/${d.b.id}/sessions/new`,
      GET: r(LOGIN, 403, 404, 403),
      POST: r(LOGIN, 403, 404, 403),
      form: () => ({ heldOn: today(), mode: "telepon", durationMinutes: "30", topics: "profile", sharedNotes: "x" }),
    },
  ],
  "routes/mentor.sessions.$sessionId": [
    {
      label: "A's session",
      path: (d) => `/mentor/sessions/${d.a.session}`,
      GET: r(LOGIN, 403, 200, 403),
      POST: r(LOGIN, 403, 400, 403),
      form: () => ({ intent: "correction" }),
    },
    {
      // A's mentor reads every session of A, but edits only the ones they logged themselves
      label: "A's session by B's mentor",
      path: (d) => `/mentor/sessions/${d.a.sessionByOtherMentor}`,
      GET: r(LOGIN, 403, 200, 403),
      POST: r(LOGIN, 403, 404, 403),
      form: () => ({
        intent: "session",
        heldOn: today(),
        mode: "telepon",
        durationMinutes: "30",
        topics: "profile",
        sharedNotes: "Diubah",
      }),
    },
    {
      label: "B's session",
      path: (d) => `/mentor/sessions/${d.b.session}`,
      GET: r(LOGIN, 403, 404, 403),
      POST: r(LOGIN, 403, 404, 403),
      form: () => ({ intent: "correction", sharedNote: "Koreksi dari pendamping lain" }),
    },
  ],
  "routes/mentor.reviews.$enterpriseId.$taskKey": [
    {
      label: "A (assigned)",
      path: (d) => `/mentor/reviews/${d.a.id}/profile`,
      GET: r(LOGIN, 403, 200, 403),
      POST: r(LOGIN, 403, 400, 403),
      form: () => ({ intent: "comment", body: "" }),
    },
    {
      label: "B (not assigned)",
      path: (d) => `/mentor/reviews/${d.b.id}/profile`,
      GET: r(LOGIN, 403, 404, 403),
      POST: r(LOGIN, 403, 404, 403),
      form: () => ({ intent: "comment", body: "Komentar dari pendamping lain" }),
    },
  ],

  // ── administrator ─────────────────────────────────────────────────────────────────────────
  // layouts: their loaders run with every page below them, so those pages' rows cover them
  root: [],
  "routes/admin": [],
  "routes/admin._index": [{ path: () => "/admin", GET: r(LOGIN, 403, 403, 200) }],
  "routes/admin.audit": [{ path: () => "/admin/audit", GET: r(LOGIN, 403, 403, 200) }],
  "routes/admin.users._index": [{ path: () => "/admin/users", GET: r(LOGIN, 403, 403, 200) }],
  "routes/admin.users.new": [
    {
      path: () => "/admin/users/new",
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, 200),
      form: (d) => ({ fullName: "Staf Uji Otorisasi", email: d.newStaffEmail, role: "mentor" }),
      writes: ["admin"],
    },
  ],
  "routes/admin.users.$id": [
    {
      label: "mentor C",
      path: (d) => `/admin/users/${d.c.mentor}`,
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, "302 /admin/users/:id"),
      form: () => ({ intent: "deactivate" }),
      writes: ["admin"],
    },
    {
      // no one makes an owner's account an administrator's, not even an administrator
      label: "owner B",
      path: (d) => `/admin/users/${d.b.owner}`,
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, 409),
      form: () => ({ intent: "role", role: "admin" }),
    },
  ],
  "routes/admin.assignments._index": [{ path: () => "/admin/assignments", GET: r(LOGIN, 403, 403, 200) }],
  "routes/admin.assignments.$enterpriseId": [
    {
      label: "C (no mentor)",
      path: (d) => `/admin/assignments/${d.c.id}`,
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, "302 /admin/assignments"),
      form: (d) => ({ mentorEmail: d.c.assignTo }),
      writes: ["admin"],
    },
  ],
  "routes/admin.assignments.bulk": [
    { path: () => "/admin/assignments/bulk", GET: r(LOGIN, 403, 403, 400), POST: r(LOGIN, 403, 403, 400) },
  ],
  "routes/admin.assignments.transfer": [
    {
      label: "from mentor B",
      path: (d) => `/admin/assignments/transfer?from=${d.b.mentor}`,
      GET: r(LOGIN, 403, 403, 200),
      // the others try to move B's caseload to the signed-in mentor; the administrator, whom that
      // would let through, names B's own mentor instead and is told to choose another
      POST: r(LOGIN, 403, 403, 400),
      form: (d, role) => ({ mentorEmail: role === "admin" ? d.b.mentorEmail : d.a.mentorEmail }),
    },
  ],
  "routes/admin.checklist._index": [
    { path: () => "/admin/checklist?index", GET: r(LOGIN, 403, 403, 200), POST: r(LOGIN, 403, 403, 400) },
  ],
  "routes/admin.checklist.publish": [
    { path: () => "/admin/checklist/publish", GET: r(LOGIN, 403, 403, 200), POST: r(LOGIN, 403, 403, 400) },
  ],
  "routes/admin.checklist.tasks.$taskKey": [
    { path: () => "/admin/checklist/tasks/profile", GET: r(LOGIN, 403, 403, 200), POST: r(LOGIN, 403, 403, 400) },
  ],
  "routes/admin.settings": [
    {
      path: () => "/admin/settings",
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, 400),
      // a threshold out of range: a real change would disturb the other specs' stalled counts
      form: () => ({ intent: "stalled", days: "0" }),
    },
  ],
  "routes/admin.trademarks": [
    { path: () => "/admin/trademarks", GET: r(LOGIN, 403, 403, 200), POST: r(LOGIN, 403, 403, 400) },
  ],
  "routes/admin.exports.enterprises[.]csv": [
    {
      path: () => "/admin/exports/enterprises.csv?province=32",
      GET: r(LOGIN, 403, 403, 200),
      body: (d) => ({ admin: { has: [d.a.name, d.b.name, d.c.name], hasNot: [] } }),
    },
  ],
  "routes/admin.exports.sessions[.]csv": [
    {
      path: () => `/admin/exports/sessions.csv?from=${thisMonth()}-01&to=${today()}`,
      GET: r(LOGIN, 403, 403, 200),
      body: (d) => ({ admin: { has: [d.a.sessionNote, d.b.sessionNote], hasNot: [d.a.privateNote] } }),
    },
  ],
  "routes/admin.exports.provinces[.]csv": [
    { path: () => "/admin/exports/provinces.csv", GET: r(LOGIN, 403, 403, 200) },
  ],
  // erasure requests: D is a throwaway owner whose pending request the administrator confirms
  "routes/admin.deletions._index": [{ path: () => "/admin/deletions", GET: r(LOGIN, 403, 403, 200) }],
  "routes/admin.deletions.$id": [
    {
      // the others send what would erase D; the administrator forgets to tick the box
      label: "D's request, box unticked",
      path: (d) => `/admin/deletions/${d.d.deletion}`,
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, 400),
      form: (_, role): Record<string, string> =>
        role === "admin" ? { intent: "confirm" } : { intent: "confirm", confirm: "on" },
    },
    {
      label: "D's request, declined without a reason",
      path: (d) => `/admin/deletions/${d.d.deletion}`,
      POST: r(LOGIN, 403, 403, 400),
      form: (_, role) => ({ intent: "decline", reason: role === "admin" ? " " : "Ditolak oleh yang tidak berhak" }),
    },
    {
      label: "D's request, confirmed",
      path: (d) => `/admin/deletions/${d.d.deletion}`,
      POST: r(LOGIN, 403, 403, "302 /admin/deletions"),
      form: () => ({ intent: "confirm", confirm: "on" }),
      writes: ["admin"],
    },
    {
      // decided: the page says so, and confirming again erases nothing more
      label: "D's request, decided",
      path: (d) => `/admin/deletions/${d.d.deletion}`,
      GET: r(LOGIN, 403, 403, 200),
      POST: r(LOGIN, 403, 403, "302 /admin/deletions"),
      form: () => ({ intent: "confirm", confirm: "on" }),
      body: (d) => ({ admin: { has: [], hasNot: [d.d.name] } }),
    },
    {
      label: "unknown request",
      path: () => "/admin/deletions/999999999999",
      GET: r(LOGIN, 403, 403, 404),
      POST: r(LOGIN, 403, 403, 404),
      form: () => ({ intent: "confirm", confirm: "on" }),
    },
  ],
};

// ── the route manifest ────────────────────────────────────────────────────────────────────────

type BuildRoute = { id: string; path?: string; parentId?: string; module: { loader: boolean; action: boolean } };

/**
 * The routes of the production build the e2e server runs, with whether each module exports a
 * loader and an action. Read by a separate Node process: imported here, the megabyte of server
 * code would first pass through the test runner's transpiler (seconds on a busy machine).
 */
function manifestRoutes() {
  const file = path.resolve("build/server/index.js");
  if (!fs.existsSync(file)) throw new Error("build/server/index.js is missing: run npm run build first");
  const script = `
    const { routes } = await import(${JSON.stringify(pathToFileURL(file).href)});
    const out = Object.values(routes).map((r) => ({ id: r.id, path: r.path, parentId: r.parentId,
      module: { loader: typeof r.module.loader === "function", action: typeof r.module.action === "function" } }));
    process.stdout.write(JSON.stringify(out));
    process.exit(0);`;
  const list = JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }),
  ) as BuildRoute[];
  const build = { routes: Object.fromEntries(list.map((route) => [route.id, route])) };
  const fullPath = (route: BuildRoute): string => {
    const parent = route.parentId ? build.routes[route.parentId] : undefined;
    return [parent ? fullPath(parent) : "", route.path ?? ""].filter(Boolean).join("/");
  };
  const ancestors = (route: BuildRoute): BuildRoute[] => {
    const parent = route.parentId ? build.routes[route.parentId] : undefined;
    return parent ? [parent, ...ancestors(parent)] : [];
  };
  return Object.values(build.routes).map((route) => ({
    id: route.id,
    path: `/${fullPath(route)}`,
    isLayout: Object.values(build.routes).some((child) => child.parentId === route.id),
    /** a layout above it (other than the root, which checks nothing) has a loader of its own */
    behindLayoutLoader: ancestors(route).some((above) => above.id !== "root" && above.module.loader),
    hasLoader: route.module.loader,
    hasAction: route.module.action,
  }));
}

// ── the data: enterprises A, B and C with their people and records ─────────────────────────────

const now = () => Math.floor(Date.now() / 1000);

function storeUpload(db: Db, enterpriseId: number, uploadedBy: number): string {
  // base32 lower-case, as the app names uploads
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  const id = Array.from(randomBytes(26), (byte) => alphabet[byte % 32]).join("");
  const bytes = Buffer.from("%PDF-1.4\n%authorization matrix\n%%EOF\n");
  fs.mkdirSync(E2E_UPLOAD_DIR, { recursive: true });
  fs.writeFileSync(path.join(E2E_UPLOAD_DIR, id), bytes);
  db.prepare(
    `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, has_thumbnail, created_at)
     VALUES (?, ?, ?, 'evidence', 'application/pdf', ?, 0, ?)`,
  ).run(id, enterpriseId, uploadedBy, bytes.length, now());
  return id;
}

function addProduct(db: Db, enterpriseId: number, name: string): number {
  return Number(
    db
      .prepare(
        "INSERT INTO product (enterprise_id, name, category, created_at, updated_at) VALUES (?, ?, 'processed_food', ?, ?)",
      )
      .run(enterpriseId, name, now(), now()).lastInsertRowid,
  );
}

function notify(db: Db, userId: number, enterpriseId: number): number {
  return Number(
    db
      .prepare(
        "INSERT INTO notification (user_id, kind, enterprise_id, task_key, created_at) VALUES (?, 'comment', ?, 'profile', ?)",
      )
      .run(userId, enterpriseId, now()).lastInsertRowid,
  );
}

async function arrange() {
  const db = testDb();
  const tag = randomUUID().slice(0, 6);
  const [mentorA, mentorB, mentorC, admin] = [
    await makeUser("mentor"),
    await makeUser("mentor"),
    await makeUser("mentor"),
    await makeUser("admin"),
  ];
  const a = await makeEnterprise({ name: `Usaha A ${tag}`, mentor: mentorA, stage: "go_online" });
  const b = await makeEnterprise({ name: `Usaha B ${tag}`, mentor: mentorB, stage: "produk" });
  setTaskStatuses(b.enterpriseId, { products: "submitted" });
  const c = await makeEnterprise({ name: `Usaha C ${tag}` });
  // A's owner has not accepted the current terms of use yet: the sign-in interstitial asks them
  db.prepare("DELETE FROM user_consent WHERE user_id = ? AND document = 'terms'").run(a.owner.id);
  // D: a throwaway owner who has asked for erasure (the matrix's administrator confirms it)
  const e = await makeEnterprise({ name: `Usaha D ${tag}` });
  const deletion = Number(
    db
      .prepare("INSERT INTO deletion_request (user_id, status, requested_at) VALUES (?, 'pending', ?)")
      .run(e.owner.id, now()).lastInsertRowid,
  );
  const side = async (e: { owner: TestUser; enterpriseId: number }, mentor: TestUser, letter: string) => ({
    id: e.enterpriseId,
    owner: e.owner.id,
    mentor: mentor.id,
    mentorEmail: mentor.email,
    name: `Usaha ${letter} ${tag}`,
    productName: `Produk ${letter} ${tag}`,
    product: addProduct(db, e.enterpriseId, `Produk ${letter} ${tag}`),
    upload: storeUpload(db, e.enterpriseId, e.owner.id),
    notification: notify(db, e.owner.id, e.enterpriseId),
    sessionNote: `Catatan sesi ${letter} ${tag}`,
    privateNote: `Catatan pribadi ${letter} ${tag}`,
    session: await logSessionAs(mentor, e.enterpriseId, {
      sharedNotes: `Catatan sesi ${letter} ${tag}`,
      privateNotes: `Catatan pribadi ${letter} ${tag}`,
    }),
  });
  // a session on A logged by B's mentor while A was in their caseload (before a transfer)
  assignMentor(mentorB, a.enterpriseId);
  const sessionByOtherMentor = await logSessionAs(mentorB, a.enterpriseId, {
    sharedNotes: `Catatan sesi lama ${tag}`,
    privateNotes: null,
  });
  assignMentor(mentorA, a.enterpriseId);
  return {
    a: { ...(await side(a, mentorA, "A")), sessionByOtherMentor },
    b: await side(b, mentorB, "B"),
    c: {
      id: c.enterpriseId,
      owner: c.owner.id,
      mentor: mentorC.id,
      // the mentor an administrator assigns C to
      assignTo: mentorB.email,
      name: `Usaha C ${tag}`,
    },
    d: { id: e.enterpriseId, owner: e.owner.id, name: `Usaha D ${tag}`, deletion },
    users: { owner: a.owner, mentor: mentorA, admin },
    newStaffEmail: `staf-${tag}@e2e.test`,
    userIds: [a.owner.id, b.owner.id, c.owner.id, e.owner.id, mentorA.id, mentorB.id, mentorC.id, admin.id],
    enterpriseIds: [a.enterpriseId, b.enterpriseId, c.enterpriseId, e.enterpriseId],
  };
}

/**
 * Reads, each time it is called, every row that belongs to the test's people and enterprises
 * (the queries are prepared once), in every table that points at a
 * user or an enterprise (directly or through one table between, e.g. product → product_photo),
 * plus those users and enterprises themselves. Sessions and login throttles are left out: reading
 * a page may renew a session. Other specs run at the same time on other rows, so the whole file
 * cannot be compared; anything one of these requests could write is attributed to these people or
 * enterprises (the audit log names the actor).
 */
function footprinter(db: Db, userIds: number[], enterpriseIds: number[]): () => string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const skip = new Set(["session", "rate_limit"]);
  const foreignKeys = (table: string) =>
    db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string | null }[];
  const idList = (ids: number[]) => ids.join(",");
  const ownCondition = (table: string): string | null => {
    const parts = foreignKeys(table).flatMap((fk) =>
      fk.table === "user"
        ? [`"${fk.from}" IN (${idList(userIds)})`]
        : fk.table === "enterprise"
          ? [`"${fk.from}" IN (${idList(enterpriseIds)})`]
          : [],
    );
    if (table === "user") parts.push(`id IN (${idList(userIds)})`);
    if (table === "enterprise") parts.push(`id IN (${idList(enterpriseIds)})`);
    return parts.length ? parts.join(" OR ") : null;
  };
  const queries: { table: string; sql: string }[] = [];
  for (const table of tables) {
    if (skip.has(table)) continue;
    const conditions = [ownCondition(table)];
    for (const fk of foreignKeys(table)) {
      if (fk.table === "user" || fk.table === "enterprise" || fk.table === table) continue;
      const parent = ownCondition(fk.table);
      if (parent) conditions.push(`"${fk.from}" IN (SELECT "${fk.to ?? "id"}" FROM "${fk.table}" WHERE ${parent})`);
    }
    const where = conditions.filter(Boolean).join(" OR ");
    if (!where) continue;
    queries.push({ table, sql: `SELECT * FROM "${table}" WHERE ${where}` });
  }
  const statements = queries.map(({ table, sql }) => ({ table, statement: db.prepare(sql) }));
  return () =>
    statements
      .flatMap(({ table, statement }) =>
        statement
          .all()
          .map((row) => `${table} ${JSON.stringify(row)}`)
          .sort(),
      )
      .join("\n");
}

// ── the test ──────────────────────────────────────────────────────────────────────────────────

function outcomeOf(response: APIResponse, requested: string): Outcome {
  const status = response.status();
  if (status < 300 || status >= 400) return status;
  return redirectOutcome(status, response.headers().location ?? "", requested);
}

function redirectOutcome(status: number, target: string, requested: string): Outcome {
  const location = new URL(target, E2E_BASE_URL);
  // a POST to an index route names it with ?index, which the route's own address does not have
  const back = requested.replace(/[?&]index$/, "");
  if (location.pathname === "/login" && location.searchParams.get("redirectTo") === back) return LOGIN;
  return `${status} ${location.pathname.replace(/\/\d+(?=\/|$)/g, "/:id")}` as Outcome;
}

type Variant = "page" | "alone";

/**
 * Remix's single-fetch address for the same request: `/a/b.data` (`/_root.data` for `/`), with
 * `_routes` naming the one route whose loader should run.
 */
function dataAddress(address: string, onlyRoute: string | null): string {
  const url = new URL(address, E2E_BASE_URL);
  url.pathname = url.pathname === "/" ? "/_root.data" : `${url.pathname.replace(/\/$/, "")}.data`;
  if (onlyRoute) url.searchParams.set("_routes", onlyRoute);
  return `${url.pathname}${url.search}`;
}

/** A single-fetch answer read as the page's would be: a redirect comes as 202 with its target in the body. */
async function dataOutcomeOf(response: APIResponse, requested: string): Promise<Outcome> {
  if (response.status() !== 202) return response.status();
  const body = await response.text();
  const location = /"redirect","([^"]*)"/.exec(body)?.[1] ?? "";
  const status = Number(/"status",(\d{3})/.exec(body)?.[1] ?? 302);
  return redirectOutcome(status, location, requested);
}

function show(outcome: Outcome | undefined): string {
  return String(outcome ?? "—").padEnd(28);
}

test("every route's loader and action answers each role as the matrix says, and refusals write nothing", async () => {
  test.setTimeout(120_000);
  const routes = manifestRoutes().filter((route) => route.hasLoader || route.hasAction);
  const byId = new Map(routes.map((route) => [route.id, route]));

  // 1. The matrix and the manifest name the same routes.
  const problems = [
    ...routes
      .filter((route) => !(route.id in MATRIX))
      .map((route) => `route ${route.id} (${route.path}) has no entry in MATRIX: say who may reach it`),
    ...Object.keys(MATRIX)
      .filter((id) => !byId.has(id))
      .map((id) => `MATRIX has an entry for ${id}, which is not a route with a loader or action any more`),
  ];
  for (const [id, cases] of Object.entries(MATRIX)) {
    const route = byId.get(id);
    if (!route) continue;
    const gets = cases.some((c) => c.GET);
    const posts = cases.some((c) => c.POST);
    const layoutOnly = route.isLayout && cases.length === 0;
    if (route.hasLoader && !gets && !layoutOnly) problems.push(`${id} has a loader but MATRIX lists no GET`);
    if (!route.hasLoader && gets) problems.push(`${id} has no loader but MATRIX lists a GET`);
    if (route.hasAction && !posts) problems.push(`${id} has an action but MATRIX lists no POST`);
    if (!route.hasAction && posts) problems.push(`${id} has no action but MATRIX lists a POST`);
  }
  expect(problems, "the matrix must cover exactly the routes of the build's manifest").toEqual([]);

  // 2. People, enterprises and one signed-in client per role (each reused for every request).
  const d = await arrange();
  const db = testDb();
  const footprint = footprinter(db, d.userIds, d.enterpriseIds);
  const clientFor = async (role: Role): Promise<APIRequestContext> => {
    // Each role asks from its own address (the e2e server trusts loopback's X-Forwarded-For): the
    // unknown invitation and reset links probed here count against a per-address limit (20 in 15
    // minutes, decision 0025), which would otherwise close links for every other spec on 127.0.0.1.
    const headers: Record<string, string> = {
      Origin: E2E_BASE_URL,
      "X-Forwarded-For": `198.51.100.${ROLES.indexOf(role) + 10 + Math.floor(Math.random() * 200)}`,
    };
    if (role !== "anon") headers.Cookie = `${SESSION_COOKIE}=${createSession(db, d.users[role].id).token}`;
    return playwrightRequest.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: headers, maxRedirects: 0 });
  };
  const clients = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await clientFor(role)])),
  ) as Record<Role, APIRequestContext>;

  // 3. Every address, method and role.
  const expected: string[] = [];
  const actual: string[] = [];
  const writes: string[] = [];
  const bodies: string[] = [];
  for (const [id, cases] of Object.entries(MATRIX)) {
    const route = byId.get(id);
    for (const c of cases) {
      const url = c.path(d);
      for (const method of ["GET", "POST"] as const) {
        const row = c[method];
        if (!row) continue;
        const name = `${method.padEnd(4)} ${route?.path ?? id}${c.label ? ` [${c.label}]` : ""}`;
        // A page runs the layouts' loaders beside the route's, and after a POST's action the loaders
        // run too: a refusal from any of them sets the page's status, and would hide a route's
        // loader or action that checks nothing (the action has written by then). "alone" asks
        // Remix's data address, where only this route's loader (or only its action) runs.
        const hidden = method === "GET" ? route?.behindLayoutLoader : route?.hasLoader || route?.behindLayoutLoader;
        const variants: Variant[] = hidden ? ["page", "alone"] : ["page"];
        for (const variant of variants) {
          const label = variant === "alone" ? `${name} (${method === "GET" ? "loader" : "action"} alone)` : name;
          const roles = variant === "alone" ? ROLES.filter((role) => refuses(row[role])) : [...ROLES];
          const want = Object.fromEntries(roles.map((role) => [role, row[role]])) as Partial<Record<Role, Outcome>>;
          const got: Partial<Record<Role, Outcome>> = {};
          const target = variant === "alone" ? dataAddress(url, method === "GET" ? id : null) : url;
          const send = async (role: Role) => {
            const throwaway = c.ownSession && role !== "anon" ? await clientFor(role) : null;
            const client = throwaway ?? clients[role];
            const response =
              method === "GET"
                ? await client.get(target)
                : await client.post(target, { form: (c.form ?? PROBE)(d, role) });
            got[role] = variant === "alone" ? await dataOutcomeOf(response, url) : outcomeOf(response, url);
            const check =
              variant === "page" && method === "GET" && response.status() === 200 ? c.body?.(d)[role] : undefined;
            if (check) {
              const text = await response.text();
              for (const s of check.has) if (!text.includes(s)) bodies.push(`${name} as ${role} lacks “${s}”`);
              for (const s of check.hasNot) if (text.includes(s)) bodies.push(`${name} as ${role} shows “${s}”`);
            }
            await throwaway?.dispose();
          };
          /** Sends as these roles, at once or one by one, and notes any write to the test's rows. */
          const sendQuietly = async (quiet: Role[], together: boolean) => {
            if (together) {
              const before = footprint();
              await Promise.all(quiet.map(send));
              if (quiet.length && footprint() !== before)
                writes.push(`${label} as one of ${quiet.join(", ")} changed the database`);
              return;
            }
            for (const role of quiet) {
              const before = footprint();
              await send(role);
              if (footprint() !== before) writes.push(`${label} as ${role} (${got[role]}) changed the database`);
            }
          };
          if (method === "GET") {
            // Loaders: the refused roles at once (none may write), then the others (an export's audit row).
            await sendQuietly(
              roles.filter((role) => refuses(row[role])),
              true,
            );
            await Promise.all(roles.filter((role) => !refuses(row[role])).map(send));
          } else {
            // Actions one by one, so a write is pinned on the role that made it.
            const writers = c.writes ?? [];
            await sendQuietly(
              roles.filter((role) => !writers.includes(role)),
              false,
            );
            for (const role of roles.filter((role) => writers.includes(role))) await send(role);
          }
          const line = (o: Partial<Record<Role, Outcome>>) =>
            `${label.padEnd(70)} ${ROLES.map((role) => `${role}=${show(o[role])}`).join("")}`;
          expected.push(line(want));
          actual.push(line(got));
        }
      }
    }
  }
  for (const client of Object.values(clients)) await client.dispose();

  const mismatches = actual.filter((line, i) => line !== expected[i]);
  // soft: a failing run reports the table, the writes and the bodies together
  expect
    .soft(
      actual,
      `authorization matrix: ${mismatches.length} row(s) differ from the expected table (− expected, + actual)`,
    )
    .toEqual(expected);
  expect.soft(writes, "a refused request changed the database").toEqual([]);
  expect.soft(bodies, "an export or list shows another enterprise's data, or misses its own").toEqual([]);
});
