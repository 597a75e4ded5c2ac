/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet that opens a CSV runs a cell that
 * starts with = + - @ (or a tab or carriage return before one) as a formula, so a business named
 * `=HYPERLINK("http://evil","x")` would become a live link, or worse, in the mentor's or the
 * ministry's spreadsheet. Every CSV export passes every cell through `csvCell`
 * (lib/mentoring/csv.server.ts), headers included.
 *
 * The rule:
 * - a cell that is a JavaScript number is a numeric column by type (counts, percentages, ids,
 *   minutes) and stays a number, negative or not: a number cannot carry a formula;
 * - every other cell is text: when its first character, or its first after leading spaces, is
 *   = + - @, a tab, a carriage return or a line feed (or the full-width ＝ ＋ － ＠ that some
 *   spreadsheets read as their ASCII twins), a single quote is put in front. Spreadsheets show the
 *   text as typed and treat it as text; a reader of the raw file sees the quote. Text that merely
 *   looks numeric ("-5", "+62812…") is text too and gets the quote;
 * - null and undefined are empty cells.
 */
const FORMULA_START = /^[ ]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** `csvCell` for a whole row. */
export function csvRow(values: readonly CsvValue[]): (string | number)[] {
  return values.map(csvCell);
}
