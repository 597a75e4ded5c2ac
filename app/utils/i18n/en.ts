// English: every key of the Indonesian dictionary, checked by the Dictionary type.
import type { Dictionary } from "./index";
import { commonEn } from "./messages/common.en";
import { formsEn } from "./messages/forms.en";
import { journeyEn } from "./messages/journey.en";
import { landingEn } from "./messages/landing.en";
import { accountEn } from "./messages/account.en";
import { enterpriseEn } from "./messages/enterprise.en";
import { profileEn } from "./messages/profile.en";
import { legalityEn } from "./messages/legality.en";
import { brandEn } from "./messages/brand.en";
import { ipEn } from "./messages/ip.en";
import { trademarksEn } from "./messages/trademarks.en";
import { brandCheckEn } from "./messages/brand-check.en";
import { productEn } from "./messages/product.en";
import { channelsEn } from "./messages/channels.en";
import { completionEn } from "./messages/completion.en";
import { mentorEn } from "./messages/mentor.en";
import { sessionsEn } from "./messages/sessions.en";
import { impactEn } from "./messages/impact.en";
import { caseloadEn } from "./messages/caseload.en";
import { recordEn } from "./messages/record.en";
import { reviewEn } from "./messages/review.en";
import { notificationsEn } from "./messages/notifications.en";
import { adminEn } from "./messages/admin.en";
import { adminUsersEn } from "./messages/admin-users.en";
import { adminAssignEn } from "./messages/admin-assign.en";
import { adminChecklistEn } from "./messages/admin-checklist.en";
import { adminDashboardEn } from "./messages/admin-dashboard.en";
import { adminSettingsEn } from "./messages/admin-settings.en";
import { auditEn } from "./messages/audit.en";
import { limitsEn } from "./messages/limits.en";
import { privacyEn } from "./messages/privacy.en";

export const en: Dictionary = {
  ...commonEn,
  ...formsEn,
  ...journeyEn,
  ...landingEn,
  ...accountEn,
  ...enterpriseEn,
  ...profileEn,
  ...legalityEn,
  ...brandEn,
  ...ipEn,
  ...trademarksEn,
  ...brandCheckEn,
  ...productEn,
  ...channelsEn,
  ...completionEn,
  ...mentorEn,
  ...sessionsEn,
  ...impactEn,
  ...caseloadEn,
  ...recordEn,
  ...reviewEn,
  ...notificationsEn,
  ...adminEn,
  ...adminUsersEn,
  ...adminAssignEn,
  ...adminChecklistEn,
  ...adminDashboardEn,
  ...adminSettingsEn,
  ...auditEn,
  ...limitsEn,
  ...privacyEn,
};
