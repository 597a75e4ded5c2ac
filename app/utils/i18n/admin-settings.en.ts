// Programme settings and the audit log, in English. Translates every key of admin-settings.id.ts.
import type { adminSettingsId } from "./admin-settings.id";

export const adminSettingsEn: { readonly [K in keyof typeof adminSettingsId]: string } = {};
