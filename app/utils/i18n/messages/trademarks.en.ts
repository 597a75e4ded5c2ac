// English: the trademark index import. Translates every key of trademarks.id.ts, checked by the type.
import type { Translation } from "../types";
import type { trademarksId } from "./trademarks.id";

export const trademarksEn: Translation<typeof trademarksId> = {
  "trademarks.title": "Trademark index",
  "trademarks.back": "Back to the admin home",
  "trademarks.index": "What the index holds (version {version})",
  "trademarks.source.seed": "Well-known marks (sample)",
  "trademarks.source.import": "PDKI imports",
  "trademarks.source.app": "Businesses’ brands in the app",
  "trademarks.import": "Import a PDKI search export (CSV)",
  "trademarks.importHint":
    "The first row holds the column titles. An application number already in the index is updated, so importing the same file twice adds nothing. Recognised columns:",
  "trademarks.file": "CSV file (at most 20 MB)",
  "trademarks.submit": "Import",
  "trademarks.report": "Import done: {added} marks added, {updated} updated, {rejected} rows refused.",
  "trademarks.rejectedTitle": "Rows refused",
  "trademarks.rejectedRow": "Row {line}: {reason}",
  "trademarks.reason.noApplicationNumber": "no application number",
  "trademarks.reason.noName": "no mark name, or too long",
  "trademarks.reason.badClass": "class is not a number 1–45",
  "trademarks.reason.badStatus": "unknown status",
  "trademarks.reason.badDate": "date cannot be read",
  "trademarks.reason.duplicateInFile": "application number appears twice in the file",
  "trademarks.error.tooLarge": "The file is over 20 MB. Split it into several files.",
  "trademarks.error.noFile": "Choose a CSV file first.",
  "trademarks.error.columns": "Required columns not found: {columns}. Nothing was imported.",
  "trademarks.column.applicationNumber": "Application number (required)",
  "trademarks.column.name": "Mark name (required)",
  "trademarks.column.classes": "Class (required, may be several: 29, 30)",
  "trademarks.column.owner": "Owner",
  "trademarks.column.status": "Status (required: Didaftar, Dalam Proses, Berakhir, Ditolak)",
  "trademarks.column.date": "Filing date (yyyy-mm-dd or dd/mm/yyyy)",
  "trademarks.reason.badApplicationNumber": "application number too long (over 40 characters)",
};
