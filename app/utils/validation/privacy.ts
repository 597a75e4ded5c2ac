import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";

// Error messages are dictionary keys, translated where they are shown.
const msg = (key: MessageKey) => ({ message: key });

/** The owner's deletion request: their password, checked against the stored hash. */
export const deletionRequestSchema = z.object({
  password: z.string(msg("privacy.delete.passwordRequired")).min(1, msg("privacy.delete.passwordRequired")).max(255),
});
export type DeletionRequestFields = z.input<typeof deletionRequestSchema>;

/** A ticked box ("on"): accepting the notices, or an administrator confirming an erasure. */
const ticked = (key: MessageKey) => z.literal("on", msg(key));

export const consentSchema = z.object({ agree: ticked("privacy.consent.required") });
export type ConsentFields = z.input<typeof consentSchema>;

export const confirmErasureSchema = z.object({ confirm: ticked("privacy.admin.confirmRequired") });
export type ConfirmErasureFields = z.input<typeof confirmErasureSchema>;

export const declineDeletionSchema = z.object({
  reason: z
    .string(msg("privacy.admin.reasonRequired"))
    .trim()
    .min(1, msg("privacy.admin.reasonRequired"))
    .max(1000, msg("privacy.admin.reasonRequired")),
});
export type DeclineDeletionFields = z.input<typeof declineDeletionSchema>;
