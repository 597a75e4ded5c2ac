import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { saveProfile } from "../enterprise/profile.server";
import { createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import {
  assignEnterprise,
  assignmentWhere,
  autoAssignEnterprise,
  bulkAssign,
  countMatching,
  findActiveMentor,
  listAssignable,
  mentorsCovering,
  mentorsCoveringAreasOf,
  resolveMentorChoice,
  transferCaseload,
} from "./assignment.server";
import { parseAssignmentFilter, UNASSIGNED_QUEUE, type AssignmentFilter } from "~/utils/assignment/filters";
import type { Stage } from "~/utils/mentoring/stage";
import type { ProfileValues } from "~/utils/validation/profile";

let db: Db;
const ACTOR = { userId: null, ip: "203.0.113.9" };

beforeEach(async () => {
  db = await createJourneyTestDb({ regions: true });
});

function mentor(options: { active?: boolean; covers?: string[]; email?: string } = {}): number {
  const id = insertTestUser(db, {
    role: "mentor",
    phone: null,
    isActive: options.active ?? true,
    email: options.email,
  });
  for (const code of options.covers ?? []) {
    db.prepare("INSERT INTO mentor_coverage (mentor_user_id, region_code) VALUES (?, ?)").run(id, code);
  }
  return id;
}

let created = 0;
function enterprise(
  spec: { name?: string; regency?: string | null; mentorId?: number | null; stage?: Stage; createdAt?: number } = {},
) {
  const { enterprise } = insertTestEnterprise(db);
  created += 1;
  const regency = spec.regency === undefined ? "81.01" : spec.regency;
  db.prepare(
    `UPDATE enterprise SET name = @name, province_code = @province, regency_code = @regency, mentor_user_id = @mentor,
       stage = @stage, go_online_at = @goOnline, created_at = @createdAt WHERE id = @id`,
  ).run({
    id: enterprise.id,
    name: spec.name ?? `Usaha ${created}`,
    province: regency ? regency.slice(0, 2) : null,
    regency,
    mentor: spec.mentorId ?? null,
    stage: spec.stage ?? "usaha",
    goOnline: spec.stage === "go_online" ? 1_700_000_000 : null,
    createdAt: spec.createdAt ?? 1_700_000_000 + created,
  });
  return enterprise.id;
}

const mentorOf = (id: number) => db.prepare("SELECT mentor_user_id FROM enterprise WHERE id = ?").pluck().get(id);

/** mentor_load, kept by triggers, must equal what a count over enterprise says for every mentor. */
function expectLoadMatchesEnterprises() {
  const stored = db
    .prepare(
      `SELECT mentor_user_id AS id, active_cases AS active, all_cases AS "all", tasks_waiting AS waiting
         FROM mentor_load WHERE all_cases > 0 OR active_cases <> 0 OR tasks_waiting <> 0 ORDER BY id`,
    )
    .all();
  const counted = db
    .prepare(
      `SELECT mentor_user_id AS id, sum(stage <> 'go_online') AS active, count(*) AS "all", sum(tasks_waiting) AS waiting
         FROM enterprise WHERE mentor_user_id IS NOT NULL GROUP BY mentor_user_id ORDER BY id`,
    )
    .all();
  expect(stored).toEqual(counted);
}

function audits(action: string) {
  return (
    db
      .prepare("SELECT actor_user_id, subject_id, ip, details FROM audit_log WHERE action = ? ORDER BY id")
      .all(action) as {
      actor_user_id: number | null;
      subject_id: string;
      ip: string | null;
      details: string;
    }[]
  ).map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
}

const filter = (change: Partial<AssignmentFilter>): AssignmentFilter => ({ ...UNASSIGNED_QUEUE, ...change });

describe("the list and its filter", () => {
  it("shows the unassigned queue by default, oldest first, and filters by region, mentor, stage and name start", () => {
    const budi = mentor();
    const old = enterprise({ name: "Kopi Lama", createdAt: 1_600_000_000 });
    const recent = enterprise({ name: "keripik Baru", regency: "81.02" });
    const assigned = enterprise({ name: "Kopi Budi", mentorId: budi, stage: "merek" });
    const elsewhere = enterprise({ name: "Kopi Ternate", regency: "82.71" });
    const noRegion = enterprise({ name: "Belum Lengkap", regency: null });

    const ids = (f: Partial<AssignmentFilter>, page = 1) =>
      listAssignable(db, { ...filter(f), page }).rows.map((r) => r.id);
    expect(ids({})).toEqual([old, recent, elsewhere, noRegion]);
    expect(listAssignable(db, { ...filter({}), page: 1 }).total).toBe(4);
    expect(ids({ province: "81" })).toEqual([old, recent]);
    expect(ids({ province: "81", regency: "81.02" })).toEqual([recent]);
    expect(ids({ mentor: "any", province: "81" })).toEqual([old, recent, assigned]);
    expect(ids({ mentor: budi })).toEqual([assigned]);
    expect(ids({ mentor: "any", stage: "merek" })).toEqual([assigned]);
    // The name's start, in any case; the middle of a name does not match.
    expect(ids({ mentor: "any", q: "kopi" })).toEqual([old, assigned, elsewhere]);
    expect(ids({ q: "KERIPIK" })).toEqual([recent]);
    expect(ids({ q: "lama" })).toEqual([]);
    // LIKE's wildcards typed by the user are plain characters.
    expect(ids({ mentor: "any", q: "%" })).toEqual([]);
    expect(ids({ mentor: "any", q: "_opi" })).toEqual([]);

    const row = listAssignable(db, { ...filter({ mentor: budi }), page: 1 }).rows[0]!;
    expect(row).toMatchObject({ name: "Kopi Budi", regencyName: "Kabupaten Maluku Tengah", stage: "merek" });
    expect(row.mentorName).toMatch(/^Test User/);
  });

  it("pages 25 at a time", () => {
    for (let i = 0; i < 27; i++) enterprise();
    const first = listAssignable(db, { ...filter({}), page: 1 });
    const second = listAssignable(db, { ...filter({}), page: 2 });
    expect([first.rows.length, second.rows.length, first.total, first.pageCount]).toEqual([25, 2, 27, 2]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(27);
  });

  it("reads the filter from the address, dropping what it does not understand", () => {
    expect(parseAssignmentFilter(new URLSearchParams(""))).toEqual({ ...UNASSIGNED_QUEUE, page: 1 });
    expect(
      parseAssignmentFilter(new URLSearchParams("province=81&regency=81.04&mentor=12&stage=merek&q=+Kopi+&page=3")),
    ).toEqual({ province: "81", regency: "81.04", mentor: 12, stage: "merek", q: "Kopi", page: 3 });
    // A regency outside the province, a bad stage, a bad mentor: dropped.
    expect(parseAssignmentFilter(new URLSearchParams("province=81&regency=82.01&mentor=x&stage=nope"))).toEqual({
      ...UNASSIGNED_QUEUE,
      province: "81",
      page: 1,
    });
    expect(parseAssignmentFilter(new URLSearchParams("regency=82.01&mentor=any")).province).toBe("82");
  });

  it("uses an index for every filter (no scan of the whole table but the country-wide lists)", () => {
    const plans = [
      "",
      "province=81",
      "regency=81.01",
      "q=ko",
      "mentor=7",
      "mentor=any&q=ko",
      "mentor=any&province=81",
    ].map((search) => {
      const { where, params } = assignmentWhere(parseAssignmentFilter(new URLSearchParams(search)));
      return (
        db.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM enterprise e WHERE ${where}`).all(params) as {
          detail: string;
        }[]
      )
        .map((p) => p.detail)
        .join(" ");
    });
    for (const plan of plans) expect(plan).toMatch(/USING (COVERING )?INDEX/);
    expect(plans[5]).toContain("enterprise_name_nocase");
  });
});

describe("choosing a mentor", () => {
  it("lists active mentors covering the regency first, then the province, least busy first", () => {
    const province = mentor({ covers: ["81"] });
    const busyRegency = mentor({ covers: ["81.01"] });
    const idleRegency = mentor({ covers: ["81.01", "81"] });
    mentor({ covers: ["81.01"], active: false });
    mentor({ covers: ["82"] });
    enterprise({ mentorId: busyRegency });
    enterprise({ mentorId: busyRegency, stage: "go_online" });
    enterprise({ mentorId: province });
    expect(mentorsCovering(db, { province: "81", regency: "81.01" }).map((m) => [m.id, m.rank, m.activeCases])).toEqual(
      [
        [idleRegency, 0, 0],
        [busyRegency, 0, 1],
        [province, 1, 1],
      ],
    );
    // A province: the whole-province mentors, then those of one of its regencies.
    expect(mentorsCovering(db, { province: "81", regency: null }).map((m) => [m.id, m.rank])).toEqual([
      [idleRegency, 0],
      [province, 0],
      [busyRegency, 1],
    ]);
    expect(mentorsCovering(db, { province: null, regency: null })).toEqual([]);
  });

  it("lists mentors who cover the areas of a mentor, for a transfer", () => {
    const leaving = mentor({ covers: ["81.01"] });
    const same = mentor({ covers: ["81.01"] });
    const province = mentor({ covers: ["81"] });
    mentor({ covers: ["81.02"] });
    expect(mentorsCoveringAreasOf(db, leaving).map((m) => m.id)).toEqual([same, province]);
  });

  it("finds an active mentor by id or e-mail in any case, never an inactive one or an owner", () => {
    const id = mentor({ email: "budi@dinas.go.id" });
    mentor({ email: "lama@dinas.go.id", active: false });
    expect(findActiveMentor(db, { email: " Budi@Dinas.go.id " })?.id).toBe(id);
    expect(findActiveMentor(db, { email: "lama@dinas.go.id" })).toBeNull();
    expect(findActiveMentor(db, { id: insertTestUser(db) })).toBeNull();
  });
});

describe("the mentor picker's answer", () => {
  it("needs exactly one of the list and the e-mail, and an active mentor, with the error at the field", () => {
    const id = mentor({ email: "rina@dinas.go.id" });
    const gone = mentor({ active: false });
    const ask = (fields: Record<string, string>) => resolveMentorChoice(db, new URLSearchParams(fields));
    expect(ask({ mentorId: String(id), mentorEmail: "" })).toMatchObject({ ok: true, mentor: { id } });
    expect(ask({ mentorId: "", mentorEmail: "RINA@dinas.go.id" })).toMatchObject({ ok: true, mentor: { id } });
    expect(ask({ mentorId: "", mentorEmail: " " })).toEqual({
      ok: false,
      error: { field: "mentorId", message: "adminAssign.error.choose" },
    });
    expect(ask({ mentorId: String(id), mentorEmail: "rina@dinas.go.id" })).toEqual({
      ok: false,
      error: { field: "mentorEmail", message: "adminAssign.error.both" },
    });
    expect(ask({ mentorEmail: "bukan email" })).toEqual({
      ok: false,
      error: { field: "mentorEmail", message: "adminAssign.error.email" },
    });
    expect(ask({ mentorEmail: "tidak.ada@dinas.go.id" })).toEqual({
      ok: false,
      error: { field: "mentorEmail", message: "adminAssign.error.noMentor" },
    });
    expect(ask({ mentorId: String(gone) })).toEqual({
      ok: false,
      error: { field: "mentorId", message: "adminAssign.error.inactive" },
    });
  });
});

describe("assigning", () => {
  it("assigns one enterprise, records the previous mentor with the IP, and keeps mentor_load right", () => {
    const first = mentor();
    const second = mentor();
    const id = enterprise();
    expect(assignEnterprise(db, id, first, { userId: null, ip: "198.51.100.1" })).toEqual({
      ok: true,
      previousMentorId: null,
      changed: true,
    });
    expect(assignEnterprise(db, id, second, ACTOR)).toEqual({ ok: true, previousMentorId: first, changed: true });
    expect(assignEnterprise(db, id, second, ACTOR)).toEqual({ ok: true, previousMentorId: second, changed: false });
    expect(mentorOf(id)).toBe(second);
    expect(audits("assignment.assign").map((a) => [a.subject_id, a.ip, a.details])).toEqual([
      [String(id), "198.51.100.1", { mentorId: first, previousMentorId: null }],
      [String(id), ACTOR.ip, { mentorId: second, previousMentorId: first }],
    ]);
    expectLoadMatchesEnterprises();
  });

  it("refuses an inactive mentor and an unknown enterprise, changing nothing", () => {
    const gone = mentor({ active: false });
    const id = enterprise();
    expect(assignEnterprise(db, id, gone, ACTOR)).toEqual({ ok: false, reason: "inactive_mentor" });
    expect(assignEnterprise(db, 999_999, mentor(), ACTOR)).toEqual({ ok: false, reason: "no_enterprise" });
    expect(mentorOf(id)).toBeNull();
    expect(audits("assignment.assign")).toEqual([]);
  });

  it("moves exactly the enterprises matching the filter when the bulk assignment runs, and says how many", () => {
    const target = mentor();
    const other = mentor();
    const inRegency = [enterprise(), enterprise({ stage: "merek" }), enterprise({ stage: "go_online" })];
    const assignedThere = enterprise({ mentorId: other });
    const nextDoor = enterprise({ regency: "81.02" });
    const f = filter({ province: "81", regency: "81.01" });
    expect(countMatching(db, f, target)).toBe(3);
    // One more arrives between the confirmation and the assignment.
    const late = enterprise();
    expect(bulkAssign(db, f, target, 3, ACTOR)).toEqual({ ok: true, moved: 4, expected: 3 });
    for (const id of [...inRegency, late]) expect(mentorOf(id)).toBe(target);
    expect(mentorOf(assignedThere)).toBe(other);
    expect(mentorOf(nextDoor)).toBeNull();
    expect(audits("assignment.bulk")).toEqual([
      {
        actor_user_id: null,
        subject_id: String(target),
        ip: ACTOR.ip,
        details: { filter: f, mentorId: target, count: 4, expected: 3 },
      },
    ]);
    expectLoadMatchesEnterprises();
    // Nothing left to move.
    expect(bulkAssign(db, f, target, 0, ACTOR)).toEqual({ ok: true, moved: 0, expected: 0 });
  });

  it("bulk-assigns a mentor's filtered cases to another and never to an inactive mentor", () => {
    const from = mentor();
    const to = mentor();
    const gone = mentor({ active: false });
    const merek = enterprise({ mentorId: from, stage: "merek" });
    const usaha = enterprise({ mentorId: from });
    expect(bulkAssign(db, filter({ mentor: from }), gone, 2, ACTOR)).toEqual({ ok: false, reason: "inactive_mentor" });
    expect(bulkAssign(db, filter({ mentor: from, stage: "merek" }), to, 1, ACTOR)).toMatchObject({ moved: 1 });
    expect([mentorOf(merek), mentorOf(usaha)]).toEqual([to, from]);
    expectLoadMatchesEnterprises();
  });

  it("transfers a whole caseload, active or graduated, from an inactive mentor", () => {
    const from = mentor({ active: false });
    const to = mentor();
    const bystander = mentor();
    const cases = [enterprise({ mentorId: from }), enterprise({ mentorId: from, stage: "go_online" })];
    const untouched = enterprise({ mentorId: bystander });
    db.prepare("UPDATE enterprise SET tasks_waiting = 2 WHERE id = ?").run(cases[0]);
    expectLoadMatchesEnterprises();
    expect(transferCaseload(db, from, from, ACTOR)).toEqual({ ok: false, reason: "same_mentor" });
    expect(transferCaseload(db, from, mentor({ active: false }), ACTOR)).toEqual({
      ok: false,
      reason: "inactive_mentor",
    });
    expect(transferCaseload(db, insertTestUser(db), to, ACTOR)).toEqual({ ok: false, reason: "no_mentor" });
    expect(transferCaseload(db, from, to, ACTOR)).toEqual({ ok: true, moved: 2, active: 1 });
    expect(cases.map(mentorOf)).toEqual([to, to]);
    expect(mentorOf(untouched)).toBe(bystander);
    expect(audits("assignment.transfer").map((a) => [a.subject_id, a.ip, a.details])).toEqual([
      [String(from), ACTOR.ip, { fromMentorId: from, toMentorId: to, moved: 2, active: 1 }],
    ]);
    expect(
      db.prepare("SELECT active_cases, all_cases, tasks_waiting FROM mentor_load WHERE mentor_user_id = ?").get(to),
    ).toEqual({ active_cases: 1, all_cases: 2, tasks_waiting: 2 });
    expectLoadMatchesEnterprises();
  });
});

describe("automatic assignment", () => {
  const profile = (regencyCode: string | undefined): ProfileValues => ({
    intent: "draft",
    name: "Kopi Baru",
    categories: ["processed_food"],
    provinceCode: regencyCode?.slice(0, 2) ?? "81",
    regencyCode,
    baselineChannels: [],
  });

  function newOwner() {
    const { ownerId, enterprise } = insertTestEnterprise(db);
    return { ownerId, id: enterprise.id };
  }

  it("gives a new enterprise the least busy mentor covering its regency when the profile first names it", () => {
    const busy = mentor({ covers: ["81.01"] });
    const idle = mentor({ covers: ["81.01"] });
    const idleProvince = mentor({ covers: ["81"] });
    enterprise({ mentorId: busy });
    // Graduated cases do not count as active.
    enterprise({ mentorId: idle, stage: "go_online" });
    enterprise({ mentorId: idle, stage: "go_online" });

    const { ownerId, id } = newOwner();
    saveProfile(db, id, ownerId, profile(undefined), "draft", true, "192.0.2.7");
    expect(mentorOf(id)).toBeNull();
    saveProfile(db, id, ownerId, profile("81.01"), "draft", true, "192.0.2.7");
    expect(mentorOf(id)).toBe(idle);
    expect(audits("assignment.auto")).toEqual([
      {
        actor_user_id: null,
        subject_id: String(id),
        ip: "192.0.2.7",
        details: { mentorId: idle, coveredBy: "regency", regency: "81.01", activeCases: 0 },
      },
    ]);
    expect(idleProvince).not.toBe(idle);
    expectLoadMatchesEnterprises();
  });

  it("breaks a tie on the lowest id, falls back to the province and otherwise leaves it in the queue", () => {
    const lower = mentor({ covers: ["81"] });
    mentor({ covers: ["81"] });
    mentor({ covers: ["81.01"], active: false });
    const a = newOwner();
    saveProfile(db, a.id, a.ownerId, profile("81.01"), "draft", true);
    expect(mentorOf(a.id)).toBe(lower);
    expect(audits("assignment.auto")[0]?.details.coveredBy).toBe("province");

    const b = newOwner();
    saveProfile(db, b.id, b.ownerId, profile("82.01"), "draft", true);
    expect(mentorOf(b.id)).toBeNull();
    expectLoadMatchesEnterprises();
  });

  it("does not move an enterprise that already has a mentor or already had a regency", () => {
    mentor({ covers: ["81.01"] });
    const chosen = mentor();
    const a = newOwner();
    db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(chosen, a.id);
    saveProfile(db, a.id, a.ownerId, profile("81.01"), "draft", true);
    expect(mentorOf(a.id)).toBe(chosen);

    // Moving to a covered regency later leaves the enterprise to the administrators.
    const b = newOwner();
    saveProfile(db, b.id, b.ownerId, profile("82.01"), "draft", true);
    saveProfile(db, b.id, b.ownerId, profile("81.01"), "draft", true);
    expect(mentorOf(b.id)).toBeNull();
    expect(autoAssignEnterprise(db, a.id, ACTOR)).toBeNull();
    expect(audits("assignment.auto")).toEqual([]);
  });
});
