// Bulk loads into a new database file, for the synthetic data generator only (the app never
// does this). Row by row, every enterprise costs about ten upserts by the triggers that keep the
// aggregates (dashboard_tally, mentor_load, journey_template.enterprise_count), and every
// secondary index is updated on random keys. `suspendForBulkLoad` drops those triggers and the
// non-unique indexes of the tables to be loaded, remembering their SQL from sqlite_master;
// after the load, its `refillAggregates` runs the migrations' own backfill statements (the
// INSERT … SELECT each migration ran when it created the aggregate, read from db/migrations, so
// there is no second formula), `createIndexes` builds the indexes and `restoreTriggers`
// recreates the triggers from the remembered SQL. The result equals a database built through the triggers (db/synthetic.test.ts compares
// the two). See docs/decisions/0020.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Db } from "../app/lib/db.server";
import { migrationsDir } from "../app/lib/migrations.server";

/**
 * What only sums up other rows: whole tables, or `table.column` for one column of a table that
 * also holds its own data. A trigger counts as an aggregate trigger when everything it writes is
 * listed here.
 */
export const AGGREGATES = [
  "dashboard_tally",
  "dashboard_rollup",
  "mentor_load",
  "journey_template.enterprise_count",
] as const;

type Token = { kind: "word" | "quoted" | "string" | "other"; text: string; start: number; end: number };

/** SQLite's tokens, enough to find statement ends and what they write: comments and blanks are skipped. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const closing: Record<string, string> = { '"': '"', "`": "`", "[": "]" };
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "-" && sql[i + 1] === "-") {
      const eol = sql.indexOf("\n", i);
      i = eol < 0 ? sql.length : eol + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'" || c in closing) {
      // Strings ('it''s') and quoted names ("a""b", `a`, [a]) end at the first unpaired closer.
      const close = c === "'" ? "'" : closing[c]!;
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) throw new Error(`unterminated ${c} at offset ${i}`);
        if (sql[j] === close) {
          if (close !== "]" && sql[j + 1] === close) j += 2;
          else break;
        } else j += 1;
      }
      const inner = sql.slice(i + 1, j).replaceAll(close + close, close);
      tokens.push({ kind: c === "'" ? "string" : "quoted", text: inner, start: i, end: j + 1 });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < sql.length && /[\w$]/.test(sql[j]!)) j += 1;
      tokens.push({ kind: "word", text: sql.slice(i, j), start: i, end: j });
      i = j;
    } else {
      tokens.push({ kind: "other", text: c, start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

const isWord = (t: Token | undefined, ...words: string[]) =>
  t !== undefined && t.kind === "word" && words.includes(t.text.toUpperCase());
const isName = (t: Token | undefined) => t !== undefined && (t.kind === "word" || t.kind === "quoted");

export type Statement = { sql: string; tokens: Token[]; trigger: boolean };

/**
 * Splits a script into statements (without their closing semicolons). A CREATE TRIGGER runs to the END that stands where the next
 * statement of its body would begin, so a CASE … END inside the body does not close it.
 */
export function splitStatements(sql: string): Statement[] {
  const statements: Statement[] = [];
  let current: Token[] = [];
  let trigger = false;
  let inBody = false;
  let atBodyStatementStart = false;
  let bodyClosed = false;
  const finish = () => {
    if (current.length) {
      const first = current[0]!;
      const last = current[current.length - 1]!;
      statements.push({ sql: sql.slice(first.start, last.end), tokens: current, trigger });
    }
    current = [];
    trigger = inBody = atBodyStatementStart = bodyClosed = false;
  };
  for (const token of tokenize(sql)) {
    if (token.text === ";" && (!trigger || bodyClosed)) {
      finish();
      continue;
    }
    current.push(token);
    if (current.length <= 3 && isWord(token, "TRIGGER") && isWord(current[0], "CREATE")) trigger = true;
    if (!trigger || bodyClosed) continue;
    if (!inBody) {
      if (isWord(token, "BEGIN")) inBody = atBodyStatementStart = true;
    } else if (atBodyStatementStart && isWord(token, "END")) {
      bodyClosed = true;
    } else {
      atBodyStatementStart = token.text === ";";
    }
  }
  finish();
  return statements;
}

/**
 * What a statement (or a trigger's body) writes: `table` for INSERT, REPLACE and DELETE,
 * `table.column` for each column an UPDATE sets.
 */
export function writeTargets(statement: Statement): string[] {
  let tokens = statement.tokens;
  if (statement.trigger) {
    const begin = tokens.findIndex((t) => isWord(t, "BEGIN"));
    tokens = tokens.slice(begin + 1);
  }
  const targets: string[] = [];
  // A schema prefix (main.x) is skipped: the name is the last of a dotted chain.
  const nameAt = (k: number): [string, number] => {
    let j = k;
    while (tokens[j + 1]?.text === "." && isName(tokens[j + 2])) j += 2;
    return [tokens[j]!.text.toLowerCase(), j + 1];
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (isWord(t, "INTO") && isWord(tokens[k - 1], "INSERT", "REPLACE", "ABORT", "FAIL", "IGNORE", "ROLLBACK")) {
      if (isName(tokens[k + 1])) targets.push(nameAt(k + 1)[0]);
    } else if (isWord(t, "FROM") && isWord(tokens[k - 1], "DELETE")) {
      if (isName(tokens[k + 1])) targets.push(nameAt(k + 1)[0]);
    } else if (isWord(t, "UPDATE") && !isWord(tokens[k + 1], "OF") && !isWord(tokens[k - 1], "DO", "ON")) {
      // UPDATE [OR x] table SET a = …, b = … (not a trigger's "UPDATE OF", not ON CONFLICT's DO UPDATE).
      let j = k + 1;
      if (isWord(tokens[j], "OR")) j += 2;
      if (!isName(tokens[j])) continue;
      const [table, after] = nameAt(j);
      if (!isWord(tokens[after], "SET")) continue;
      let depth = 0;
      let expectColumn = true;
      for (let m = after + 1; m < tokens.length; m += 1) {
        const u = tokens[m]!;
        if (u.text === "(") depth += 1;
        else if (u.text === ")") depth -= 1;
        if (depth === 0 && (u.text === ";" || isWord(u, "WHERE", "FROM", "RETURNING", "END"))) break;
        if (depth === 0 && u.text === ",") expectColumn = true;
        else if (expectColumn && isName(u) && depth === 0) {
          targets.push(`${table}.${u.text.toLowerCase()}`);
          expectColumn = false;
        } else if (expectColumn && u.text === "(") {
          // (a, b) = (…): every name in the list is set.
          for (m += 1; m < tokens.length && tokens[m]!.text !== ")"; m += 1)
            if (isName(tokens[m])) targets.push(`${table}.${tokens[m]!.text.toLowerCase()}`);
          depth -= 1;
          expectColumn = false;
        } else expectColumn = false;
      }
    }
  }
  return targets;
}

const isAggregate = (target: string) =>
  (AGGREGATES as readonly string[]).includes(target) ||
  (AGGREGATES as readonly string[]).includes(target.split(".")[0]!);

/** Whether every write of the statement goes to an aggregate (false when it writes nothing). */
export function maintainsOnlyAggregates(statement: Statement): boolean {
  const targets = writeTargets(statement);
  return targets.length > 0 && targets.every(isAggregate);
}

/**
 * The migrations' statements outside triggers that write only aggregates, in the order the
 * migrations ran them: the backfills that filled each aggregate from the rows present when it
 * was created.
 */
export function backfillStatements(dir = migrationsDir()): Statement[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
  return files.flatMap((name) =>
    splitStatements(fs.readFileSync(path.join(dir, name), "utf8")).filter(
      (s) => !s.trigger && maintainsOnlyAggregates(s),
    ),
  );
}

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string };

/** An index as `keep` sees it: its name, table and columns (null for an expression). */
export type IndexInfo = { name: string; table: string; columns: (string | null)[] };

export type BulkLoad = {
  /** Names of the triggers and indexes dropped, in their original order. */
  triggers: string[];
  indexes: string[];
  /**
   * Runs the migrations' backfills. Best before `createIndexes`: without the indexes they read
   * the tables in order instead of jumping through an index to a million rows.
   */
  refillAggregates(log?: (line: string) => void): void;
  /** Creates the dropped indexes not created yet, in their order, except those of `laterTables`. */
  createIndexes(log?: (line: string) => void, laterTables?: readonly string[]): void;
  /** Creates the triggers again; the last step. Throws while an index is still missing. */
  restoreTriggers(): void;
};

/**
 * Drops the aggregate triggers (everywhere) and the non-unique indexes of `tables` and of the
 * aggregate tables, for a bulk load into a database that nothing else is using. Unique indexes
 * stay, so constraints still hold; `keep` spares indexes the load only appends to (their keys
 * grow with the rows), which cost less to keep than to build again.
 */
export function suspendForBulkLoad(
  db: Db,
  options: { tables: readonly string[]; keep?: (index: IndexInfo) => boolean; migrations?: string },
): BulkLoad {
  const triggers = (
    db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
      .all() as SchemaRow[]
  ).filter((row) => {
    const statement = splitStatements(row.sql)[0]!;
    const targets = writeTargets(statement);
    const aggregate = targets.filter(isAggregate);
    if (aggregate.length && aggregate.length < targets.length)
      throw new Error(
        `trigger ${row.name} writes aggregates and other rows (${targets.join(", ")}); cannot suspend it`,
      );
    return aggregate.length > 0;
  });
  const backfill = backfillStatements(options.migrations);
  const refilled = backfill.flatMap(writeTargets);
  for (const aggregate of AGGREGATES) {
    if (!refilled.some((t) => t === aggregate || t.split(".")[0] === aggregate))
      throw new Error(`no migration backfills ${aggregate}; cannot suspend its triggers`);
  }
  const wholeTables = AGGREGATES.filter((a) => !a.includes("."));
  const tables = [...options.tables, ...wholeTables];
  const indexes = (
    db
      .prepare(
        `SELECT type, name, tbl_name, sql FROM sqlite_master
         WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => "?").join(", ")}) ORDER BY rowid`,
      )
      .all(...tables) as SchemaRow[]
  ).filter((row) => {
    if (/^\s*CREATE\s+UNIQUE\b/i.test(row.sql)) return false;
    if (!options.keep || !options.tables.includes(row.tbl_name)) return true;
    const columns = (db.pragma(`index_info(${quote(row.name)})`) as { name: string | null }[]).map((c) => c.name);
    return !options.keep({ name: row.name, table: row.tbl_name, columns });
  });

  db.transaction(() => {
    for (const t of triggers) db.exec(`DROP TRIGGER ${quote(t.name)}`);
    for (const i of indexes) db.exec(`DROP INDEX ${quote(i.name)}`);
  })();

  const timed = (log: (line: string) => void, what: string, sql: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    db.exec(sql);
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    log(`  ${what} (${seconds.toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`);
  };
  const missing = new Set(indexes.map((i) => i.name));
  const load: BulkLoad = {
    triggers: triggers.map((t) => t.name),
    indexes: indexes.map((i) => i.name),
    refillAggregates(log = () => {}) {
      db.transaction(() => {
        // The backfills ran when each aggregate was new and empty; empty the whole-table ones
        // again so they run as they did then. Column aggregates are set outright by theirs.
        for (const table of wholeTables) db.exec(`DELETE FROM ${quote(table)}`);
        for (const statement of backfill) timed(log, `backfill ${writeTargets(statement)[0]}`, statement.sql);
      })();
    },
    createIndexes(log = () => {}, laterTables = []) {
      db.transaction(() => {
        for (const i of indexes) {
          if (!missing.has(i.name) || laterTables.includes(i.tbl_name)) continue;
          timed(log, `index ${i.name}`, i.sql);
          missing.delete(i.name);
        }
      })();
    },
    restoreTriggers() {
      if (missing.size) throw new Error(`indexes not created yet: ${[...missing].join(", ")}`);
      db.transaction(() => {
        for (const t of triggers) db.exec(t.sql);
      })();
    },
  };
  return load;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
