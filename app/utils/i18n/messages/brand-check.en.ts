// English: brand-name check results. Translates every key of brand-check.id.ts, checked by the type.
import type { Translation } from "../types";
import type { brandCheckId } from "./brand-check.id";

export const brandCheckEn: Translation<typeof brandCheckId> = {
  "brandCheck.noMatches":
    "No marks like “{name}” were found in our index. Still confirm on PDKI before you print labels.",
  "brandCheck.matchesLabel": "Marks like “{name}”",
  "brandCheck.band.tinggi": "High risk",
  "brandCheck.band.sedang": "Medium risk",
  "brandCheck.band.rendah": "Low risk",
  "brandCheck.reason.exact": "the same name",
  "brandCheck.reason.spelling": "written alike",
  "brandCheck.reason.sound": "sounds alike",
  "brandCheck.reason.contains": "contains this mark",
  "brandCheck.reason.meaning": "means the same",
  "brandCheck.reason.wellKnown": "a well-known mark, protected in every class",
  "brandCheck.reason.sameClass": "same class of goods",
  "brandCheck.reason.relatedClass": "related class of goods",
  "brandCheck.classes": "Class {classes}",
  "brandCheck.source.seed": "well-known mark (a sample list, not the official register)",
  "brandCheck.source.app": "used by another business in this app",
  "brandCheck.source.import": "PDKI data",
  "brandCheck.status.registered": "registered",
  "brandCheck.status.pending": "pending",
  "brandCheck.status.expired": "expired",
  "brandCheck.status.refused": "refused",
  "brandCheck.status.in_app": "used in the app",
  "brandCheck.confirmOnPdki": "Confirm “{name}” on PDKI",
  "brandCheck.acknowledge": "I have read the risk with “{name}” and keep my name (or will change it).",
  "brandCheck.title": "Brand-name check result",
  "brandCheck.lead":
    "We compared “{name}” with well-known marks, PDKI data loaded by the ministry, and other businesses’ brands in this app: writing, sound, meaning and class of goods. This is an early warning, not a legal decision.",
  "brandCheck.checkedAt": "Checked on {date} (index version {version}).",
  "brandCheck.run": "Check the brand name",
  "brandCheck.rerun": "Check again",
  "brandCheck.notYet": "The brand name “{name}” has not been checked yet.",
  "brandCheck.stale": "Your brand name changed since the last check (“{old}”). Check again.",
  "brandCheck.pageTitle": "Brand-name check",
  "brandCheck.pageLead":
    "Try a brand name before you print labels. We look for marks written, sounding or meaning alike, in the classes you choose, and well-known marks in every class.",
  "brandCheck.nameNeeded": "Write a brand name of 2 to 60 letters.",
  "brandCheck.classesLegend": "Class of goods or services",
  "brandCheck.classesHint": "Optional. Choose your products’ classes for a sharper result.",
  "brandCheck.advisory":
    "This is an early warning from a sample list of well-known marks and loaded data, not a legal decision. Confirm on PDKI.",
  "brandCheck.tryOther": "Try another name on the Brand-name check page",
  "brandCheck.mentorLead":
    "Help businesses choose a name: check whether a brand name is like a well-known mark or another mark in the same class.",
  "brandCheck.open": "Open the brand-name check",
};
