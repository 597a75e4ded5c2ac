import { beforeEach, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../auth/session.server";
import type { Db } from "../db.server";
import { loadRegions } from "../migrations.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { logIn } from "./accounts.server";
import {
  changeStaffRole,
  coverageCodes,
  createStaffAccount,
  listCoverage,
  listUsers,
  setAccountActive,
  setMentorCoverage,
} from "./staff.server";
import { hashPassword } from "../auth/password.server";
import { parseUserFilters } from "~/utils/accounts/user-filters";

const IP = "198.51.100.4";
let db: Db;
let adminId: number;

function audit(action: string) {
  return db.prepare("SELECT actor_user_id, subject_id, ip, details FROM audit_log WHERE action = ?").all(action) as {
    actor_user_id: number;
    subject_id: string;
    ip: string;
    details: string | null;
  }[];
}

beforeEach(() => {
  db = createTestDb();
  adminId = insertTestUser(db, { role: "admin", phone: null });
});

describe("deactivation and reactivation", () => {
  it("deactivation ends every session at once; the old token is refused and login fails until reactivated", async () => {
    const password = "teh manis hangat";
    const mentorId = insertTestUser(db, {
      role: "mentor",
      email: "rudi@dinas.go.id",
      phone: null,
      passwordHash: await hashPassword(password),
    });
    const phone = createSession(db, mentorId).token;
    const laptop = createSession(db, mentorId).token;
    expect(validateSessionToken(db, phone)).not.toBeNull();

    expect(setAccountActive(db, adminId, mentorId, false, IP)).toEqual({ ok: true });
    expect(db.prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(mentorId)).toBe(0);
    expect(validateSessionToken(db, phone)).toBeNull();
    expect(validateSessionToken(db, laptop)).toBeNull();
    expect(await logIn(db, "rudi@dinas.go.id", password, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(audit("account.deactivate")).toEqual([
      { actor_user_id: adminId, subject_id: String(mentorId), ip: IP, details: null },
    ]);

    expect(setAccountActive(db, adminId, mentorId, true, IP)).toEqual({ ok: true });
    expect((await logIn(db, "rudi@dinas.go.id", password, IP)).ok).toBe(true);
    expect(audit("account.reactivate")).toHaveLength(1);
  });

  it("a session of a user deactivated behind its back (no session deleted) is still refused", () => {
    const ownerId = insertTestUser(db);
    const { token } = createSession(db, ownerId);
    db.prepare("UPDATE user SET is_active = 0 WHERE id = ?").run(ownerId);
    expect(validateSessionToken(db, token)).toBeNull();
  });

  it("an administrator cannot deactivate themselves", () => {
    const { token } = createSession(db, adminId);
    expect(setAccountActive(db, adminId, adminId, false, IP)).toEqual({ ok: false, reason: "self" });
    expect(validateSessionToken(db, token)).not.toBeNull();
    expect(audit("account.deactivate")).toEqual([]);
    expect(setAccountActive(db, adminId, 999_999, false, IP)).toEqual({ ok: false, reason: "missing" });
  });
});

describe("role changes", () => {
  it("moves staff between mentor and administrator, signing them out; never owners, never oneself", () => {
    const mentorId = insertTestUser(db, { role: "mentor", phone: null });
    const { token } = createSession(db, mentorId);
    expect(changeStaffRole(db, adminId, mentorId, "admin", IP)).toEqual({ ok: true });
    expect(db.prepare("SELECT role FROM user WHERE id = ?").pluck().get(mentorId)).toBe("admin");
    expect(validateSessionToken(db, token)).toBeNull();
    expect(audit("account.role_change")).toHaveLength(1);

    const ownerId = insertTestUser(db);
    expect(changeStaffRole(db, adminId, ownerId, "mentor", IP)).toEqual({ ok: false, reason: "notStaff" });
    expect(db.prepare("SELECT role FROM user WHERE id = ?").pluck().get(ownerId)).toBe("owner");
    expect(changeStaffRole(db, adminId, adminId, "mentor", IP)).toEqual({ ok: false, reason: "self" });
    expect(db.prepare("SELECT role FROM user WHERE id = ?").pluck().get(adminId)).toBe("admin");
  });

  it("a mentor with active cases keeps the role until the cases are moved", () => {
    const mentorId = insertTestUser(db, { role: "mentor", phone: null });
    db.prepare("UPDATE mentor_load SET active_cases = 3, all_cases = 3 WHERE mentor_user_id = ?").run(mentorId);
    expect(changeStaffRole(db, adminId, mentorId, "admin", IP)).toEqual({ ok: false, reason: "activeCases" });
    expect(db.prepare("SELECT role FROM user WHERE id = ?").pluck().get(mentorId)).toBe("mentor");
  });
});

describe("coverage areas", () => {
  beforeEach(async () => {
    await loadRegions(db);
  });

  it("are created with a mentor, replaced on edit with an audit of what changed, and checked against the regions", () => {
    const created = createStaffAccount(
      db,
      { fullName: "Yohana Wenda", email: "yohana@dinas.go.id", phone: null, role: "mentor", coverage: ["91", "92.02"] },
      adminId,
      IP,
    );
    if (!created.ok) throw new Error(created.field);
    const mentorId = created.userId;
    expect(coverageCodes(db, mentorId)).toEqual(["91", "92.02"]);

    expect(setMentorCoverage(db, adminId, mentorId, ["91", "91.03", "91.71"], IP)).toEqual({ ok: true });
    expect(coverageCodes(db, mentorId)).toEqual(["91", "91.03", "91.71"]);
    expect(listCoverage(db, mentorId)).toEqual([
      { code: "91", name: "Papua", provinceName: null },
      { code: "91.03", name: "Kabupaten Jayapura", provinceName: "Papua" },
      { code: "91.71", name: "Kota Jayapura", provinceName: "Papua" },
    ]);
    const [entry] = audit("mentor.coverage_change");
    expect(entry).toMatchObject({ actor_user_id: adminId, subject_id: String(mentorId), ip: IP });
    expect(JSON.parse(entry!.details!)).toEqual({ added: ["91.03", "91.71"], removed: ["92.02"] });

    expect(setMentorCoverage(db, adminId, mentorId, ["91", "99.99"], IP)).toEqual({ ok: false, reason: "unknownArea" });
    expect(coverageCodes(db, mentorId)).toEqual(["91", "91.03", "91.71"]);
    expect(setMentorCoverage(db, adminId, mentorId, [], IP)).toEqual({ ok: true });
    expect(coverageCodes(db, mentorId)).toEqual([]);
  });

  it("belong to mentors only: refused for others, ignored when inviting an administrator, removed with the role", () => {
    expect(setMentorCoverage(db, adminId, adminId, ["91"], IP)).toEqual({ ok: false, reason: "notMentor" });
    const admin = createStaffAccount(
      db,
      { fullName: "Ani", email: "ani@kementerian.go.id", phone: null, role: "admin", coverage: ["91"] },
      adminId,
      IP,
    );
    if (!admin.ok) throw new Error(admin.field);
    expect(coverageCodes(db, admin.userId)).toEqual([]);
    const refused = createStaffAccount(
      db,
      { fullName: "Ana", email: "ana@kementerian.go.id", phone: null, role: "mentor", coverage: ["99.99"] },
      adminId,
      IP,
    );
    expect(refused).toEqual({ ok: false, field: "coverage" });
    expect(db.prepare("SELECT count(*) FROM user WHERE email = 'ana@kementerian.go.id'").pluck().get()).toBe(0);

    const mentorId = insertTestUser(db, { role: "mentor", phone: null });
    setMentorCoverage(db, adminId, mentorId, ["91.03"], IP);
    expect(changeStaffRole(db, adminId, mentorId, "admin", IP)).toEqual({ ok: true });
    expect(coverageCodes(db, mentorId)).toEqual([]);
  });
});

describe("the user list", () => {
  const list = (query: string) => listUsers(db, parseUserFilters(new URLSearchParams(query)));

  it("filters by role and status, searches name and email prefixes without regard to case", () => {
    const siti = insertTestUser(db, { fullName: "Siti Rahayu", email: "siti.rahayu@contoh.id" });
    insertTestUser(db, { fullName: "siti aminah", email: "aminah@contoh.id" });
    insertTestUser(db, { fullName: "Budi Sitompul", email: "budi@contoh.id" });
    const mentor = insertTestUser(db, {
      role: "mentor",
      fullName: "Sitorus Mentor",
      email: "sitorus@dinas.go.id",
      phone: null,
    });
    db.prepare("UPDATE mentor_load SET active_cases = 4 WHERE mentor_user_id = ?").run(mentor);
    const gone = insertTestUser(db, { fullName: "Siti Nonaktif", email: "gone@contoh.id", isActive: false });
    const invited = createStaffAccount(
      db,
      { fullName: "Sitti Undangan", email: "sitti@dinas.go.id", phone: null, role: "mentor", coverage: [] },
      adminId,
      IP,
    );
    if (!invited.ok) throw new Error(invited.field);

    const names = (query: string) => list(query).rows.map((r) => r.fullName);
    expect(names("q=siti")).toEqual(["siti aminah", "Siti Nonaktif", "Siti Rahayu"]);
    expect(new Set(names("q=siti"))).toEqual(new Set(["siti aminah", "Siti Nonaktif", "Siti Rahayu"]));
    expect(names("q=SIT&role=mentor")).toEqual(["Sitorus Mentor", "Sitti Undangan"]);
    expect(names("q=siti&status=active")).toEqual(["siti aminah", "Siti Rahayu"]);
    expect(names("q=siti&status=deactivated")).toEqual(["Siti Nonaktif"]);
    expect(names("status=invited")).toEqual(["Sitti Undangan"]);
    expect(names("q=Siti.R&by=email")).toEqual(["Siti Rahayu"]);
    expect(names("q=siti.rahayu@contoh.id")).toEqual(["Siti Rahayu"]);
    expect(names("q=sitorus@&by=name")).toEqual(["Sitorus Mentor"]);
    expect(names("q=rahayu")).toEqual([]);

    const rows = list("role=mentor").rows;
    expect(rows.find((r) => r.id === mentor)).toMatchObject({ activeCases: 4, status: "active", role: "mentor" });
    expect(rows.find((r) => r.id === invited.userId)).toMatchObject({ activeCases: 0, status: "invited" });
    expect(list("q=siti").rows.find((r) => r.id === siti)).toMatchObject({ activeCases: null, status: "active" });
    expect(list("q=siti").rows.find((r) => r.id === gone)?.status).toBe("deactivated");
  });

  it("pages by 25 and counts up to the cap", () => {
    for (let i = 0; i < 30; i++) insertTestUser(db, { fullName: `Pemilik ${String(i).padStart(2, "0")}` });
    const first = list("role=owner");
    expect(first).toMatchObject({ total: 30, capped: false, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.fullName).toBe("Pemilik 00");
    const second = list("role=owner&page=2");
    expect(second.rows.map((r) => r.fullName)).toEqual([
      "Pemilik 25",
      "Pemilik 26",
      "Pemilik 27",
      "Pemilik 28",
      "Pemilik 29",
    ]);
    // A page past the end shows the last page.
    expect(list("role=owner&page=9").rows).toHaveLength(5);
  });

  it("reads the user table through an index for every kind of filter (no full scan)", () => {
    const plans = [
      "",
      "role=owner",
      "status=active",
      "role=owner&status=deactivated",
      "status=invited",
      "q=siti",
      "q=siti&role=owner&status=active",
      "q=siti@",
      "q=siti&by=email&role=mentor",
    ].map((query) => {
      const captured: string[] = [];
      const prepare = db.prepare.bind(db);
      // Capture the list's two statements and explain them with the same parameters.
      db.prepare = ((sql: string) => {
        const statement = prepare(sql);
        if (/FROM user u/.test(sql)) {
          const all = statement.all.bind(statement);
          const get = statement.get.bind(statement);
          const explain = (params: unknown) =>
            captured.push(
              ...(prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail),
            );
          statement.all = ((params: unknown) => (explain(params), all(params))) as typeof statement.all;
          statement.get = ((params: unknown) => (explain(params), get(params))) as typeof statement.get;
        }
        return statement;
      }) as typeof db.prepare;
      try {
        list(query);
      } finally {
        db.prepare = prepare;
      }
      return { query, plan: captured.join(" | ") };
    });
    for (const { query, plan } of plans) {
      expect(plan, query).not.toMatch(/SCAN u(?! USING)/);
      expect(plan, query).toMatch(/USING (COVERING )?INDEX/);
    }
  });
});
