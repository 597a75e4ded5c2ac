import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { normalizeIndonesianMobile } from "~/utils/phone";

// Error messages are dictionary keys, translated where they are shown.
const msg = (key: MessageKey) => ({ message: key });

// A short list of the passwords most often seen in breaches and in Indonesia; enough
// to stop the obvious guesses without a large download.
const COMMON_PASSWORDS = new Set([
  "12345678",
  "123456789",
  "1234567890",
  "password",
  "password1",
  "password123",
  "qwerty123",
  "qwertyui",
  "11111111",
  "00000000",
  "88888888",
  "12341234",
  "iloveyou",
  "sayangku",
  "bismillah",
  "indonesia",
  "admin123",
  "abcd1234",
  "umkmgoonline",
  "87654321",
  "asdfghjk",
  "katasandi",
]);

export const passwordSchema = z
  .string(msg("field.required"))
  .min(8, msg("field.password.tooShort"))
  .max(255, msg("field.password.tooLong"))
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), msg("field.password.common"));

export const emailSchema = z
  .string(msg("field.required"))
  .trim()
  .toLowerCase()
  .max(254, msg("field.email.invalid"))
  .pipe(z.email(msg("field.email.invalid")));

export const phoneSchema = z
  .string(msg("field.required"))
  .max(40, msg("field.phone.invalid"))
  .transform((value, ctx) => {
    const e164 = normalizeIndonesianMobile(value);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "field.phone.invalid" satisfies MessageKey });
      return z.NEVER;
    }
    return e164;
  });

export const fullNameSchema = z
  .string(msg("field.required"))
  .trim()
  .min(1, msg("field.required"))
  .max(120, msg("field.fullName.tooLong"))
  // Names are shown to mentors and printed: no control characters.
  .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " "));

export const registerSchema = z.object({
  fullName: fullNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  password: passwordSchema,
  consent: z.literal("on", msg("field.consent.required")),
});

export const loginSchema = z.object({
  identifier: z.string(msg("field.required")).trim().min(1, msg("field.required")).max(254, msg("field.tooLong")),
  password: z.string(msg("field.required")).min(1, msg("field.required")).max(255, msg("field.password.tooLong")),
  redirectTo: z.string().max(2048).optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z
    .string(msg("field.required"))
    .min(1, msg("field.required"))
    .max(255, msg("field.password.tooLong")),
  newPassword: passwordSchema,
});

export type LoginIdentifier = { kind: "email"; email: string } | { kind: "phone"; phone: string };

/** A login identifier is an email when it has an "@", else a mobile number. */
export function parseLoginIdentifier(raw: string): LoginIdentifier | null {
  const value = raw.trim();
  if (value.includes("@")) return { kind: "email", email: value.toLowerCase() };
  const phone = normalizeIndonesianMobile(value);
  return phone ? { kind: "phone", phone } : null;
}

export type RegisterFields = z.input<typeof registerSchema>;
export type LoginFields = z.input<typeof loginSchema>;
export type ChangePasswordFields = z.input<typeof changePasswordSchema>;
