// Tools of the bad-input spec: the forms a page offers (read from its HTML), the payloads, and a
// snapshot of the database that says whether a post wrote anything.
import { createHash } from "node:crypto";
import type { Db } from "../../app/lib/db.server";

export type FieldKind = "text" | "secret" | "number" | "date" | "choice" | "id";
export type Field = { name: string; kind: FieldKind };
export type PageForm = {
  /** name → values, as the page would post them unchanged (the base every case starts from). */
  values: [string, string][];
  fields: Field[];
  intents: string[];
  multipart: boolean;
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(code[1] === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeHtml(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/**
 * The post forms of a page whose action is `path` (or that post to the page itself), with the
 * values they hold and the kind of each field. A regular-expression reader is enough: the markup
 * is React's, regular and fully quoted.
 */
export function formsOf(html: string, path: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = attributes(m[1]!);
    if ((attrs.method ?? "get").toLowerCase() !== "post") continue;
    const action = (attrs.action ?? path).split("?")[0]!.replace(/\/$/, "") || "/";
    if (action !== path) continue;
    const body = m[2]!;
    const values: [string, string][] = [];
    const fields = new Map<string, FieldKind>();
    const intents = new Set<string>();
    for (const input of body.matchAll(/<input\b([^>]*)>/gi)) {
      const a = attributes(input[1]!);
      const name = a.name;
      if (!name) continue;
      const type = (a.type ?? "text").toLowerCase();
      if (type === "file" || type === "submit") continue;
      if (name === "intent") {
        intents.add(a.value ?? "");
        continue;
      }
      const kind: FieldKind =
        type === "password"
          ? "secret"
          : type === "number" || a.inputmode === "numeric" || a.inputmode === "decimal"
            ? "number"
            : type === "date" || type === "month"
              ? "date"
              : type === "hidden" || type === "checkbox" || type === "radio" || type === "color"
                ? "choice"
                : "text";
      if (!fields.has(name)) fields.set(name, kind);
      if ((type === "checkbox" || type === "radio") && !("checked" in a)) continue;
      values.push([name, a.value ?? (type === "checkbox" ? "on" : "")]);
    }
    for (const select of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const a = attributes(select[1]!);
      if (!a.name) continue;
      fields.set(a.name, "choice");
      const options = [...select[2]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/gi)].map(
        (o): Record<string, string> => ({ ...attributes(o[1]!), text: decodeHtml(o[2]!) }),
      );
      const chosen =
        "multiple" in a ? options.filter((o) => "selected" in o) : [options.find((o) => "selected" in o) ?? options[0]];
      for (const option of chosen) if (option) values.push([a.name, option.value ?? option.text ?? ""]);
    }
    for (const area of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const a = attributes(area[1]!);
      if (!a.name) continue;
      fields.set(a.name, "text");
      values.push([a.name, decodeHtml(area[2]!).replace(/^\n/, "")]);
    }
    for (const button of body.matchAll(/<button\b([^>]*)>/gi)) {
      const a = attributes(button[1]!);
      if (a.name === "intent" && a.value !== undefined) intents.add(a.value);
    }
    forms.push({
      values,
      fields: [...fields].map(([name, kind]) => ({ name, kind })),
      intents: [...intents],
      multipart: (attrs.enctype ?? "").toLowerCase() === "multipart/form-data",
    });
  }
  return forms;
}

// ---------------------------------------------------------------------------------------------
// Payloads

/**
 * What a case may get back: "reject" — a 4xx with a message and the database unchanged;
 * "either" — that, or accepted (2xx/3xx), and then a text must be stored exactly as sent
 * (`stored`), an invalid choice must be stored nowhere (`notStored`), or nothing to check.
 */
export type Expect = { outcome: "reject" } | { outcome: "either"; check: "stored" | "notStored" | "none" };

export type Payload = { label: string; value: string; expect: Expect };

const REJECT: Expect = { outcome: "reject" };
const either = (check: "stored" | "notStored" | "none"): Expect => ({ outcome: "either", check });

export const KB100 = "a".repeat(100 * 1024);
export const MB2 = "b".repeat(2 * 1024 * 1024);

/** Texts a person may well type: accepted only if stored exactly. */
const VALID_ODDITIES = [
  { label: "emoji and RTL marks", value: "Keripik 🌶️ Pedas 👩🏽‍🍳 \u200F\u202Bمرحبا\u202C \u200E" },
  { label: "HTML fragment", value: '<script>alert("x")</script><img src=x onerror=alert(1)>' },
  { label: "SQL fragment (OR)", value: "' OR 1=1 --" },
  { label: "SQL fragment (DROP)", value: '"; DROP TABLE user; --' },
];

export function payloadsFor(kind: FieldKind): Payload[] {
  const common: Payload[] = [
    { label: "100 KB string", value: KB100, expect: REJECT },
    { label: "NUL character", value: "ab\u0000cd", expect: REJECT },
  ];
  switch (kind) {
    case "text":
      return [
        ...common,
        { label: "empty", value: "", expect: either("none") },
        // A line break in a one-line field may be refused or folded; a header must never carry it.
        { label: "CRLF header injection", value: "baris\r\nSet-Cookie: x=1", expect: either("none") },
        ...VALID_ODDITIES.map((p) => ({ ...p, expect: either("stored") })),
      ];
    case "secret":
      return [
        ...common,
        { label: "empty", value: "", expect: either("none") },
        ...VALID_ODDITIES.map((p) => ({ ...p, expect: either("none") })),
      ];
    case "number":
    case "id":
      return [
        ...common,
        { label: "empty", value: "", expect: either("none") },
        { label: "negative", value: "-5", expect: REJECT },
        { label: "1e308", value: "1e308", expect: REJECT },
        { label: "20 nines", value: "99999999999999999999", expect: REJECT },
        { label: "NaN", value: "NaN", expect: REJECT },
        { label: "Infinity", value: "Infinity", expect: REJECT },
        { label: "not a number", value: "dua ribu", expect: REJECT },
        { label: "SQL fragment (OR)", value: "1 OR 1=1", expect: REJECT },
        ...(kind === "id" ? [{ label: "id of no record", value: "987654321", expect: REJECT }] : []),
      ];
    case "date":
      return [
        ...common,
        { label: "empty", value: "", expect: either("none") },
        { label: "2025-02-30", value: "2025-02-30", expect: REJECT },
        { label: "0000-00-00", value: "0000-00-00", expect: REJECT },
        { label: "9999-99-99", value: "9999-99-99", expect: REJECT },
        { label: "not a date", value: "kemarin", expect: REJECT },
      ];
    case "choice":
      return [
        ...common,
        { label: "empty", value: "", expect: either("none") },
        { label: "unknown value", value: "zz-tidak-ada", expect: either("notStored") },
        { label: "HTML fragment", value: "<script>alert(1)</script>", expect: either("notStored") },
        { label: "SQL fragment (OR)", value: "' OR 1=1 --", expect: either("notStored") },
      ];
  }
}

// ---------------------------------------------------------------------------------------------
// Database snapshot

/**
 * Left out of the snapshot, because a refused post may legitimately change them:
 * - `session`: sliding expiry and last_verified_at are written on any request, signed in or not;
 * - `rate_limit` (migration 0017): every sign-in, registration, brand check and upload attempt is
 *   counted before the work, so a refused one is counted too (decision 0025);
 * - `audit_log` rows of `auth.login_failed`: a failed sign-in is recorded (UU PDP audit trail).
 * Every other table of the app, every row and column, is in it.
 */
export const SNAPSHOT_EXCLUDES = {
  tables: ["session", "rate_limit"],
  rows: { audit_log: "action <> 'auth.login_failed'" },
} as const;

export type Snapshot = { version: number; tables: Map<string, Map<string, string>> };

/** Every row of every application table, keyed by its primary key (or rowid). */
export function snapshot(db: Db): Snapshot {
  const version = db.pragma("data_version", { simple: true }) as number;
  const tables = new Map<string, Map<string, string>>();
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const name of names) {
    if ((SNAPSHOT_EXCLUDES.tables as readonly string[]).includes(name)) continue;
    const where = (SNAPSHOT_EXCLUDES.rows as Record<string, string>)[name];
    const pk = (
      db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).pluck().all(name) as string[]
    )
      .map((c) => `"${c}"`)
      .join(", ");
    const rows = new Map<string, string>();
    const statement = db.prepare(`SELECT * FROM "${name}"${where ? ` WHERE ${where}` : ""}`);
    for (const row of statement.raw().iterate() as Iterable<unknown[]>) {
      const text = JSON.stringify(row, (_k, v) =>
        Buffer.isBuffer(v) ? v.toString("hex") : typeof v === "bigint" ? String(v) : v,
      );
      rows.set(
        pk
          ? JSON.stringify(
              pkValues(
                statement.columns().map((c) => c.name),
                row,
                pk,
              ),
            )
          : hash(text),
        text,
      );
    }
    tables.set(name, rows);
  }
  return { version, tables };
}

function pkValues(columns: string[], row: unknown[], pk: string): unknown[] {
  const keys = pk.split(", ").map((c) => c.slice(1, -1));
  return keys.map((k) => row[columns.indexOf(k)]);
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/** The rows added, changed or removed between two snapshots, as "table: row" lines. */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const lines: string[] = [];
  for (const [table, rows] of after.tables) {
    const old = before.tables.get(table) ?? new Map<string, string>();
    for (const [key, text] of rows) if (old.get(key) !== text) lines.push(`${table}: ${text}`);
    for (const key of old.keys()) if (!rows.has(key)) lines.push(`${table} (removed): ${old.get(key)}`);
  }
  return lines;
}
