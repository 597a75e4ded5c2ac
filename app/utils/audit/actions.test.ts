import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { id } from "../i18n/id";
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES } from "./actions";

const ROOT = path.resolve(__dirname, "../../..");
const ACTION_LITERAL = /"([a-z_]+\.[a-z_]+)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The text between the parentheses of each call of `name` (not its definition). */
function callArguments(source: string, name: string): { at: number; text: string }[] {
  const calls: { at: number; text: string }[] = [];
  const pattern = new RegExp(`(?<!function )\\b${name}\\(`, "g");
  for (const match of source.matchAll(pattern)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let end = start;
    while (depth > 0 && end < source.length) {
      if (source[end] === "(") depth += 1;
      if (source[end] === ")") depth -= 1;
      end += 1;
    }
    calls.push({ at: match.index, text: source.slice(start, end - 1) });
  }
  return calls;
}

const literals = (text: string) => [...text.matchAll(ACTION_LITERAL)].map((m) => m[1]!);

/**
 * Every action name the code records: the literals in each recordAudit call, or, where a helper
 * passes its `action` parameter on, the literals in the calls of that helper.
 */
function recordedActions(): { actions: Set<string>; unresolved: string[] } {
  const actions = new Set<string>();
  const unresolved: string[] = [];
  for (const file of [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "db"))]) {
    const source = readFileSync(file, "utf8");
    for (const call of callArguments(source, "recordAudit")) {
      let found = literals(call.text);
      if (found.length === 0) {
        const helper = [...source.slice(0, call.at).matchAll(/function (\w+)\(/g)].at(-1)?.[1];
        found = helper ? callArguments(source, helper).flatMap((c) => literals(c.text)) : [];
      }
      if (found.length === 0) {
        const line = source.slice(0, call.at).split("\n").length;
        unresolved.push(`${path.relative(ROOT, file)}:${line}`);
      }
      for (const action of found) actions.add(action);
    }
  }
  return { actions, unresolved };
}

describe("audit action names", () => {
  const { actions, unresolved } = recordedActions();

  it("finds the action of every recordAudit call in the source", () => {
    expect(unresolved).toEqual([]);
    // not vacuous: direct calls, conditional names, a helper's parameter, and route files
    for (const known of ["auth.login", "review.request_changes", "product.delete", "trademark.import"]) {
      expect(actions).toContain(known);
    }
  });

  it("lists every action the code records, so the audit viewer can name it", () => {
    expect([...actions].filter((action) => !AUDIT_ACTIONS.includes(action as never))).toEqual([]);
  });

  it("lists each action once", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("has a label for every action and subject type in both languages", () => {
    const keys = [
      ...AUDIT_ACTIONS.map((action) => `audit.action.${action}`),
      ...AUDIT_SUBJECT_TYPES.map((type) => `audit.subject.${type}`),
    ];
    expect(keys.filter((key) => !Object.hasOwn(id, key) || !Object.hasOwn(en, key))).toEqual([]);
  });
});
