import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane), as in the design guide.
// @node-rs/argon2 uses argon2id by default; the unit test asserts the "$argon2id$" prefix.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must never sign anybody in.
    return false;
  }
}

// A real argon2id hash of a random value, verified when no account matches, so that a
// wrong identifier costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
}

/**
 * The password_hash of an invited account that has no password yet: not an argon2 hash, so no
 * password verifies against it.
 */
export const NO_PASSWORD = "!invited";

export function hasUsablePassword(passwordHash: string): boolean {
  return passwordHash.startsWith("$argon2");
}
