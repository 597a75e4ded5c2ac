// English: form fields, their validation messages and uploads. Translates every key of forms.id.ts, checked by the type.
import type { Translation } from "../types";
import type { formsId } from "./forms.id";

export const formsEn: Translation<typeof formsId> = {
  "field.required": "Required.",
  "field.phone.invalid": "Enter an Indonesian mobile number, such as 0812 3456 7890.",
  "field.tooLong": "This is too long.",
  "field.rupiah.invalid": "Write the amount of rupiah in figures, for example 15.000.000.",
  "field.choice.invalid": "Choose one of the options given.",
  "field.reason.required": "Write the reason, briefly.",
  "field.date.invalid": "Enter a real date.",
  "upload.tooLarge": "The file is too large. At most 10 MB; send a smaller photo.",
  "upload.tooMany": "Too many files at once. Send some now and the rest afterwards.",
  "upload.wrongType": "This file is not a JPG, PNG or WebP photo (or a PDF for documents). Choose another file.",
  "upload.tooSmall":
    "The photo is too small. Product photos need at least 500 × 500 pixels, logos 200 × 200; choose a larger photo.",
  "upload.unreadable": "This file cannot be read; it may be damaged. Try taking the photo again.",
  "upload.openPdf": "Open PDF",
  "upload.currentAlt": "Saved file: {label}",
  "upload.saved": "Saved file",
  "upload.remove": "Remove this file",
  "upload.evidence": "Evidence (photo or PDF)",
  "upload.evidenceHint": "Optional. A photo or PDF, at most 10 MB.",
  "field.number.invalid": "Enter a whole number, for example 3.",
  "field.fullName.tooLong": "The name is too long (at most 120 characters).",
  "field.email.invalid": "Enter a valid email address, such as name@example.id.",
  "field.password.tooShort": "The password must have at least 8 characters.",
  "field.password.tooLong": "The password can have at most 255 characters.",
  "field.password.common": "This password is too easy to guess. Choose another one.",
  "field.consent.required": "You need to agree to the privacy notice to register.",
  "profile.choose": "— Choose —",
  "legality.optional": "Optional",
  "legality.portal": "Open the official site: {label}",
};
