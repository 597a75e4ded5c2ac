import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import { createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import type { Role } from "~/utils/roles";
import { canSeeEnterprise } from "./access.server";

let db: Db;
let ownerA: SessionUser;
let ownerB: SessionUser;
let enterpriseA: number;
let enterpriseB: number;
let mentorOfA: SessionUser;
let mentorWithoutEnterprises: SessionUser;
let admin: SessionUser;

function sessionUser(id: number, role: Role): SessionUser {
  return { id, role, fullName: `User ${id}`, email: `user${id}@test.id`, phone: null, locale: "id" };
}

function assignMentor(enterpriseId: number, mentorId: number | null) {
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentorId, enterpriseId);
}

beforeEach(async () => {
  db = await createJourneyTestDb();
  const a = insertTestEnterprise(db);
  const b = insertTestEnterprise(db);
  ownerA = sessionUser(a.ownerId, "owner");
  ownerB = sessionUser(b.ownerId, "owner");
  enterpriseA = a.enterprise.id;
  enterpriseB = b.enterprise.id;
  mentorOfA = sessionUser(insertTestUser(db, { role: "mentor" }), "mentor");
  mentorWithoutEnterprises = sessionUser(insertTestUser(db, { role: "mentor" }), "mentor");
  admin = sessionUser(insertTestUser(db, { role: "admin" }), "admin");
  assignMentor(enterpriseA, mentorOfA.id);
});

describe("canSeeEnterprise", () => {
  it("lets an owner see their own enterprise and not another's", () => {
    expect(canSeeEnterprise(db, ownerA, enterpriseA)).toBe(true);
    expect(canSeeEnterprise(db, ownerA, enterpriseB)).toBe(false);
    expect(canSeeEnterprise(db, ownerB, enterpriseB)).toBe(true);
    expect(canSeeEnterprise(db, ownerB, enterpriseA)).toBe(false);
  });

  it("lets a mentor see only the enterprises assigned to them", () => {
    expect(canSeeEnterprise(db, mentorOfA, enterpriseA)).toBe(true);
    expect(canSeeEnterprise(db, mentorOfA, enterpriseB)).toBe(false);
    expect(canSeeEnterprise(db, mentorWithoutEnterprises, enterpriseA)).toBe(false);
    expect(canSeeEnterprise(db, mentorWithoutEnterprises, enterpriseB)).toBe(false);
  });

  it("follows a mentor's assignment when it changes", () => {
    assignMentor(enterpriseA, mentorWithoutEnterprises.id);
    assignMentor(enterpriseB, mentorOfA.id);
    expect(canSeeEnterprise(db, mentorOfA, enterpriseA)).toBe(false);
    expect(canSeeEnterprise(db, mentorOfA, enterpriseB)).toBe(true);
    expect(canSeeEnterprise(db, mentorWithoutEnterprises, enterpriseA)).toBe(true);

    assignMentor(enterpriseA, null);
    expect(canSeeEnterprise(db, mentorWithoutEnterprises, enterpriseA)).toBe(false);
  });

  it("does not let a mentor in through an owner's id, nor an owner through a mentor's", () => {
    // The owner of B named as A's mentor is still only an owner: ownership is what counts for them.
    assignMentor(enterpriseA, ownerB.id);
    expect(canSeeEnterprise(db, ownerB, enterpriseA)).toBe(false);
    // A mentor is never treated as the owner of anything.
    expect(canSeeEnterprise(db, sessionUser(ownerA.id, "mentor"), enterpriseA)).toBe(false);
  });

  it("lets an administrator see every enterprise", () => {
    expect(canSeeEnterprise(db, admin, enterpriseA)).toBe(true);
    expect(canSeeEnterprise(db, admin, enterpriseB)).toBe(true);
  });

  it("lets no owner or mentor see an enterprise that does not exist", () => {
    expect(canSeeEnterprise(db, ownerA, 999_999)).toBe(false);
    expect(canSeeEnterprise(db, mentorOfA, 999_999)).toBe(false);
  });
});
