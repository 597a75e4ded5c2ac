// English: administration: programme settings. Translates every key of admin-settings.id.ts, checked by the type.
import type { Translation } from "../types";
import type { adminSettingsId } from "./admin-settings.id";

export const adminSettingsEn: Translation<typeof adminSettingsId> = {
  "adminSettings.title": "Programme settings",
  "adminSettings.lead": "Each year's Go Online targets, and when an enterprise counts as stalled.",
  "adminSettings.year.legend": "Choose the target year",
  "adminSettings.year.label": "Year",
  "adminSettings.year.show": "Show",
  "adminSettings.year.invalid": "Choose a year from 2019 to 2100.",
  "adminSettings.targets.title": "Enterprises to go online in {year}",
  "adminSettings.targets.lead":
    "How many enterprises should go online this year, for all of Indonesia and for each province. The national dashboard compares progress with these numbers. Leave a field empty when there is no target.",
  "adminSettings.targets.hint": "A whole number from 0 to 100,000,000, for example 12,500.",
  "adminSettings.targets.national": "National target",
  "adminSettings.targets.sum": "For comparison: the saved provincial targets add up to {sum} enterprises.",
  "adminSettings.targets.sumNone": "For comparison: no provincial targets are saved yet.",
  "adminSettings.targets.caption": "Targets by province for {year}",
  "adminSettings.targets.province": "Province",
  "adminSettings.targets.target": "Target (enterprises)",
  "adminSettings.targets.save": "Save the {year} targets",
  "adminSettings.targets.saved": "The targets for {year} are saved.",
  "adminSettings.error.formChanged":
    "This form was changed or is out of date; nothing was saved. Reload the page and try again.",
  "adminSettings.targets.errors":
    "{count} fields are not right yet. Check the fields marked in red; no targets have been saved.",
  "adminSettings.target.invalid": "Enter a whole number from 0 to 100,000,000 without decimals, for example 12,500.",
  "adminSettings.stalled.title": "When an enterprise counts as stalled",
  "adminSettings.stalled.explain":
    "An enterprise that has not gone online yet counts as stalled when neither its owner nor its mentor has done anything for this many days, or when the follow-up date its mentor set has passed. Mentors see a “Stalled” flag in their caseload so that they contact the owner soon.",
  "adminSettings.stalled.days": "Days without activity",
  "adminSettings.stalled.hint": "From 1 to 365 days. Now {days} days.",
  "adminSettings.stalled.invalid": "Enter a number of days from 1 to 365.",
  "adminSettings.stalled.save": "Save the number of days",
  "adminSettings.stalled.saved": "The stalled threshold is saved: {days} days.",
};
