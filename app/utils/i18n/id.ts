// Bahasa Indonesia, the first language: every namespace in messages/, for the server and tests.
// The browser loads only the namespaces a page uses, in its language (see load.ts).
import { commonId } from "./messages/common.id";
import { formsId } from "./messages/forms.id";
import { journeyId } from "./messages/journey.id";
import { landingId } from "./messages/landing.id";
import { accountId } from "./messages/account.id";
import { enterpriseId } from "./messages/enterprise.id";
import { profileId } from "./messages/profile.id";
import { legalityId } from "./messages/legality.id";
import { brandId } from "./messages/brand.id";
import { ipId } from "./messages/ip.id";
import { trademarksId } from "./messages/trademarks.id";
import { brandCheckId } from "./messages/brand-check.id";
import { productId } from "./messages/product.id";
import { channelsId } from "./messages/channels.id";
import { completionId } from "./messages/completion.id";
import { mentorId } from "./messages/mentor.id";
import { sessionsId } from "./messages/sessions.id";
import { impactId } from "./messages/impact.id";
import { caseloadId } from "./messages/caseload.id";
import { recordId } from "./messages/record.id";
import { reviewId } from "./messages/review.id";
import { notificationsId } from "./messages/notifications.id";
import { adminId } from "./messages/admin.id";
import { adminUsersId } from "./messages/admin-users.id";
import { adminAssignId } from "./messages/admin-assign.id";
import { adminChecklistId } from "./messages/admin-checklist.id";
import { adminDashboardId } from "./messages/admin-dashboard.id";
import { adminSettingsId } from "./messages/admin-settings.id";
import { auditId } from "./messages/audit.id";
import { limitsId } from "./messages/limits.id";
import { privacyId } from "./messages/privacy.id";

export const id = {
  ...commonId,
  ...formsId,
  ...journeyId,
  ...landingId,
  ...accountId,
  ...enterpriseId,
  ...profileId,
  ...legalityId,
  ...brandId,
  ...ipId,
  ...trademarksId,
  ...brandCheckId,
  ...productId,
  ...channelsId,
  ...completionId,
  ...mentorId,
  ...sessionsId,
  ...impactId,
  ...caseloadId,
  ...recordId,
  ...reviewId,
  ...notificationsId,
  ...adminId,
  ...adminUsersId,
  ...adminAssignId,
  ...adminChecklistId,
  ...adminDashboardId,
  ...adminSettingsId,
  ...auditId,
  ...limitsId,
  ...privacyId,
} as const;
