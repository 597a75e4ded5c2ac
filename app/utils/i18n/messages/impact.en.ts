// English: impact records. Translates every key of impact.id.ts, checked by the type.
import type { Translation } from "../types";
import type { impactId } from "./impact.id";

export const impactEn: Translation<typeof impactId> = {
  "impact.recordedOn.required": "Enter the date of the record.",
  "impact.empty": "Fill in at least one figure: turnover, employees, online channels or first online sale.",
  "impact.title": "Impact: before and after",
  "impact.revenue": "Monthly turnover",
  "impact.employees": "Employees",
  "impact.channels": "Online channels",
  "impact.firstSale": "First online sale",
  "impact.figure": "Figure",
  "impact.before": "When joining",
  "impact.after": "Latest",
  "impact.none": "No progress recorded yet.",
  "impact.history": "Record history ({count})",
  "impact.recordedOn": "Date of the record",
  "impact.revenueThisMonth": "Turnover this month (Rp)",
  "impact.revenueHint": "An estimate is enough, for example 12.500.000",
  "impact.channelsCount": "Number of active online channels",
  "impact.channelsHint": "Marketplaces, food delivery, Google Business Profile, QRIS, social media used for selling",
  "impact.firstSaleOn": "Date of the first online sale",
  "impact.save": "Save record",
  "impact.ownerTitle": "Business progress",
  "impact.ownerLead":
    "Record your turnover and online channels each month, so you and your mentor see how far you have come since joining.",
  "impact.newRecord": "New record",
};
