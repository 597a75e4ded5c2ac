import { describe, expect, it } from "vitest";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password.server";

describe("password hashing", () => {
  it("uses argon2id with the OWASP baseline parameters", async () => {
    const hash = await hashPassword("kopi-susu-gula-aren");
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("verifies the right password and refuses others", async () => {
    const hash = await hashPassword("kopi-susu-gula-aren");
    expect(await verifyPassword(hash, "kopi-susu-gula-aren")).toBe(true);
    expect(await verifyPassword(hash, "Kopi-susu-gula-aren")).toBe(false);
    expect(await verifyPassword(hash, "kopi-susu-gula-aren ")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("sandi-rahasia-ñ-😀");
    expect(await verifyPassword(hash, "sandi-rahasia-ñ-😀")).toBe(true);
    expect(await verifyPassword(hash, "sandi-rahasia-n-😀")).toBe(false);
  });

  it.each(["", "not-a-hash", "$argon2id$v=19$m=19456,t=2,p=1$broken", "$2b$10$abcdefghijklmnopqrstuv"])(
    "returns false, without throwing, for the malformed hash %j",
    async (hash) => {
      await expect(verifyPassword(hash, "anything")).resolves.toBe(false);
    },
  );

  it("burnPasswordCheck resolves without signing anyone in", async () => {
    await expect(burnPasswordCheck("anything")).resolves.toBeUndefined();
  });
});
