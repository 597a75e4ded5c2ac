import Papa from "papaparse";
import { IMPORT_COLUMNS } from "~/utils/brand-check/import-columns";
import type { Db } from "../db.server";
import { bumpIndexVersion, deleteMarks, insertMark, type TrademarkStatus } from "./index.server";

export { IMPORT_COLUMNS };

type Column = keyof typeof IMPORT_COLUMNS;

const STATUS_WORDS: Record<string, TrademarkStatus> = {
  didaftar: "registered",
  terdaftar: "registered",
  registered: "registered",
  "dalam proses": "pending",
  diajukan: "pending",
  "menunggu pemeriksaan": "pending",
  "pemeriksaan substantif": "pending",
  pending: "pending",
  berakhir: "expired",
  kadaluarsa: "expired",
  kedaluwarsa: "expired",
  dihapus: "expired",
  expired: "expired",
  ditolak: "refused",
  refused: "refused",
};

export type ImportRejection = { line: number; reason: ImportReason };
export type ImportReason =
  | "noApplicationNumber"
  | "badApplicationNumber"
  | "noName"
  | "badClass"
  | "badStatus"
  | "badDate"
  | "duplicateInFile";

export type ImportReport =
  | { ok: false; missingColumns: Column[] }
  | { ok: true; added: number; updated: number; rejected: ImportRejection[] };

const simplify = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A real calendar date as yyyy-mm-dd, null for an empty cell, undefined when unreadable ("2024-02-30"). */
function parseDate(raw: string): string | null | undefined {
  const text = raw.trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!year || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseClasses(raw: string): number[] | null {
  const parts = raw.split(/[\s,;/]+/).filter(Boolean);
  if (parts.length === 0) return null;
  if (!parts.every((p) => /^\d{1,2}$/.test(p))) return null;
  const classes = parts.map(Number);
  return classes.every((n) => n >= 1 && n <= 45) ? [...new Set(classes)] : null;
}

/**
 * Imports a PDKI export in one transaction: rows are added, or replace the mark with the same
 * application number (so importing the same file twice changes nothing); rows that cannot be
 * read are listed with their line and reason and skipped.
 */
export function importTrademarkCsv(db: Db, csv: string): ImportReport {
  // Empty lines are kept while parsing so that row positions stay the file's line numbers.
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const [header = [], ...rows] = parsed.data;
  const names = header.map(simplify);
  const index = {} as Record<Column, number>;
  const missing: Column[] = [];
  for (const column of Object.keys(IMPORT_COLUMNS) as Column[]) {
    const position = names.findIndex((name) => (IMPORT_COLUMNS[column] as readonly string[]).includes(name));
    if (position === -1 && column !== "owner" && column !== "date") missing.push(column);
    index[column] = position;
  }
  if (missing.length > 0) return { ok: false, missingColumns: missing };

  const rejected: ImportRejection[] = [];
  let added = 0;
  let updated = 0;
  const seen = new Set<string>();
  db.transaction(() => {
    const existing = db.prepare("SELECT id FROM trademark WHERE application_number = ?").pluck();
    rows.forEach((row, i) => {
      const line = i + 2; // the header is line 1
      if (row.every((value) => value.trim() === "")) return;
      const cell = (column: Column) => (index[column] >= 0 ? (row[index[column]] ?? "").trim() : "");
      const number = cell("applicationNumber").replace(/\s+/g, "").toUpperCase();
      const name = cell("name");
      const classes = parseClasses(cell("classes"));
      const statusWord = cell("status").toLowerCase();
      const status = Object.hasOwn(STATUS_WORDS, statusWord) ? STATUS_WORDS[statusWord] : undefined;
      const filedOn = parseDate(cell("date"));
      const reason: ImportReason | null = !number
        ? "noApplicationNumber"
        : number.length > 40
          ? "badApplicationNumber"
          : !name || name.length > 200
            ? "noName"
            : !classes
              ? "badClass"
              : !status
                ? "badStatus"
                : filedOn === undefined
                  ? "badDate"
                  : seen.has(number)
                    ? "duplicateInFile"
                    : null;
      if (reason) {
        rejected.push({ line, reason });
        return;
      }
      seen.add(number);
      const previous = existing.get(number) as number | undefined;
      if (previous !== undefined) {
        deleteMarks(db, { id: previous });
        updated += 1;
      } else {
        added += 1;
      }
      insertMark(db, {
        name,
        classes: classes!,
        owner: cell("owner").slice(0, 300) || null,
        status: status!,
        applicationNumber: number,
        filedOn: filedOn ?? null,
        source: "import",
        wellKnown: false,
      });
    });
    if (added + updated > 0) bumpIndexVersion(db);
  })();
  return { ok: true, added, updated, rejected };
}

export function indexCounts(db: Db) {
  const rows = db.prepare("SELECT source, count(*) AS n FROM trademark GROUP BY source").all() as {
    source: string;
    n: number;
  }[];
  const counts = Object.fromEntries(rows.map((r) => [r.source, r.n])) as Partial<
    Record<"seed" | "app" | "import", number>
  >;
  return { seed: counts.seed ?? 0, app: counts.app ?? 0, import: counts.import ?? 0 };
}
