import { describe, expect, it } from "vitest";
import { isMessageKey } from "~/utils/i18n";
import { changePasswordSchema, loginSchema, parseLoginIdentifier, registerSchema } from "./account";

const valid = {
  fullName: "  Siti   Rahayu ",
  email: "  Siti.Rahayu@Contoh.ID ",
  phone: "0812 3456 7890",
  password: "kopi-susu-gula-aren",
  consent: "on",
};

/** The messages zod reports for one field, or [] when that field passed. */
function errorsFor(schema: typeof registerSchema, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
}

describe("registerSchema", () => {
  it("accepts valid input and normalises it", () => {
    const result = registerSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      fullName: "Siti Rahayu",
      email: "siti.rahayu@contoh.id",
      phone: "+6281234567890",
      password: "kopi-susu-gula-aren",
      consent: "on",
    });
  });

  it("does not trim or alter the password", () => {
    const result = registerSchema.safeParse({ ...valid, password: " spaced out " });
    expect(result.data?.password).toBe(" spaced out ");
  });

  it("strips control characters from the name", () => {
    const result = registerSchema.safeParse({ ...valid, fullName: "Siti\u0007 Rahayu" });
    expect(result.data?.fullName).toBe("Siti Rahayu");
  });

  it("rejects a password shorter than 8 characters", () => {
    expect(errorsFor(registerSchema, { ...valid, password: "kopi123" }, "password")).toEqual([
      "field.password.tooShort",
    ]);
    expect(errorsFor(registerSchema, { ...valid, password: "kopi1234" }, "password")).toEqual([]);
  });

  it("rejects a password longer than 255 characters", () => {
    expect(errorsFor(registerSchema, { ...valid, password: "x".repeat(256) }, "password")).toContain(
      "field.password.tooLong",
    );
    expect(errorsFor(registerSchema, { ...valid, password: "x".repeat(255) }, "password")).toEqual([]);
  });

  it.each(["password123", "12345678", "Indonesia", "BISMILLAH"])("rejects the common password %j", (password) => {
    expect(errorsFor(registerSchema, { ...valid, password }, "password")).toEqual(["field.password.common"]);
  });

  it.each([undefined, "", "off", "true"])("requires consent (got %j)", (consent) => {
    expect(errorsFor(registerSchema, { ...valid, consent }, "consent")).toEqual(["field.consent.required"]);
  });

  it.each(["021 555 1234", "0812", "nomor saya", "+1 415 555 0100"])("rejects the phone %j", (phone) => {
    expect(errorsFor(registerSchema, { ...valid, phone }, "phone")).toEqual(["field.phone.invalid"]);
  });

  it.each(["siti", "siti@", "@contoh.id", "siti rahayu@contoh.id"])("rejects the email %j", (email) => {
    expect(errorsFor(registerSchema, { ...valid, email }, "email")).toEqual(["field.email.invalid"]);
  });

  it("requires a name", () => {
    expect(errorsFor(registerSchema, { ...valid, fullName: "   " }, "fullName")).toEqual(["field.required"]);
    expect(errorsFor(registerSchema, { ...valid, fullName: "a".repeat(121) }, "fullName")).toEqual([
      "field.fullName.tooLong",
    ]);
  });

  it("reports a missing field as required", () => {
    const { email: _email, ...withoutEmail } = valid;
    expect(errorsFor(registerSchema, withoutEmail, "email")).toEqual(["field.required"]);
  });

  it("only ever reports dictionary keys", () => {
    const result = registerSchema.safeParse({ fullName: "", email: "x", phone: "1", password: "1", consent: "" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expect(isMessageKey(message), message).toBe(true);
  });
});

describe("loginSchema and changePasswordSchema", () => {
  it("trims the identifier but not the password", () => {
    const result = loginSchema.safeParse({ identifier: "  siti@contoh.id ", password: " rahasia " });
    expect(result.data).toEqual({ identifier: "siti@contoh.id", password: " rahasia " });
  });

  it("requires both login fields", () => {
    const result = loginSchema.safeParse({ identifier: " ", password: "" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["field.required", "field.required"]);
  });

  it("applies the password rules to the new password only", () => {
    expect(
      changePasswordSchema.safeParse({ currentPassword: "12345678", newPassword: "kopi-susu-gula-aren" }).success,
    ).toBe(true);
    const result = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "password" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["field.password.common"]);
  });
});

describe("parseLoginIdentifier", () => {
  it("treats anything with an @ as a lower-cased, trimmed email", () => {
    expect(parseLoginIdentifier("  Siti@Contoh.ID ")).toEqual({ kind: "email", email: "siti@contoh.id" });
  });

  it.each(["0812 3456 7890", "6281234567890", "+62-812-3456-7890"])("reads %j as a phone number", (raw) => {
    expect(parseLoginIdentifier(raw)).toEqual({ kind: "phone", phone: "+6281234567890" });
  });

  it.each(["siti", "021 555 1234", ""])("returns null for %j", (raw) => {
    expect(parseLoginIdentifier(raw)).toBeNull();
  });
});
