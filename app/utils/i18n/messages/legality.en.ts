// English: the legality task (NIB, permits). Translates every key of legality.id.ts, checked by the type.
import type { Translation } from "../types";
import type { legalityId } from "./legality.id";

export const legalityEn: Translation<typeof legalityId> = {
  "field.permitNumber.nib": "An NIB has 13 digits.",
  "field.permitNumber.npwp": "An NPWP/NIK has 16 digits.",
  "field.permitNumber.spp_irt": "A P-IRT number has 15 digits, for example 1234567890123-45.",
  "field.permitNumber.free": "Write the number in letters and digits (3 to 60 characters).",
  "field.permitNumber.required": "Write the number, or choose another status.",
  "field.permitStatus.required": "Choose one: I have it, being arranged, or not needed.",
  "legality.status.have": "I have it",
  "legality.status.in_progress": "Being arranged",
  "legality.status.not_needed": "Not needed for my business",
  "legality.statusLegend": "Status of {item}",
  "legality.number": "Number",
  "legality.expiresOn": "Valid until",
  "legality.reason": "Why it is not needed",
  "legality.reasonHint": "Briefly, for example: my products keep for only 3 days.",
  "legality.expired": "Ended on {date}. Renew it now.",
  "legality.renewSoon": "Ends on {date}, less than 6 months from now. Apply to renew it now.",
  "legality.validUntil": "Valid until {date}.",
  "legality.numberHint.nib": "13 digits, on the NIB document from OSS",
  "legality.numberHint.npwp": "16 digits; for individuals the same as the NIK",
  "legality.numberHint.spp_irt": "15 digits, for example 1234567890123-45",
  "legality.numberHint.free": "As written on the certificate or permit",
};
