// English: the final review and the certificate. Translates every key of completion.id.ts, checked by the type.
import type { Translation } from "../types";
import type { completionId } from "./completion.id";

export const completionEn: Translation<typeof completionId> = {
  "finalReview.none": "Not filled in",
  "finalReview.goOnline": "Congratulations! Your business has been Go Online since {date}.",
  "finalReview.certificate": "View and print the certificate",
  "finalReview.tasks": "Your tasks",
  "finalReview.tasksHint": "Your mentor must have approved every required task (Done) before you ask for confirmation.",
  "finalReview.summary": "Business summary",
  "finalReview.products": "Products",
  "finalReview.channels": "Online shops open",
  "finalReview.noMentor": "No mentor yet",
  "finalReview.waiting": "You can ask for the final review once your mentor has approved every task above.",
  "finalReview.requestHint":
    "Check the summary above. If it is right, ask your mentor to confirm your business as Go Online.",
  "finalReview.request": "Ask for Go Online confirmation",
  "certificate.title": "Go Online certificate",
  "certificate.heading": "Go Online Certificate",
  "certificate.given": "Awarded to",
  "certificate.enterprise": "Business name",
  "certificate.brand": "Brand",
  "certificate.place": "Location",
  "certificate.mentor": "Mentor",
  "certificate.date": "Date",
  "certificate.body":
    "has completed the UMKM Go Online mentoring: legality, brand, product quality and online shops, and was confirmed Go Online on {date}.",
  "certificate.notAPermit": "This certificate marks a mentoring milestone; it is not a business permit.",
  "certificate.printHint": "Print this page or save it as a PDF from the browser menu.",
};
