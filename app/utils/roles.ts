export const ROLES = ["owner", "mentor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The roles an administrator gives by invitation; owners register themselves. */
export const STAFF_ROLES = ["mentor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return value === "mentor" || value === "admin";
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  return `/${role}`;
}
