import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../audit/actions";
import { id } from "./id";

// The browser loads only the namespaces that a page's modules import (load.ts). A key whose
// namespace no module of the page imports would show as the bare key: these tests read the source
// of every route's browser-side modules and check that cannot happen.

const appDir = fileURLToPath(new URL("../..", import.meta.url));
const i18nDir = join(appDir, "utils/i18n");

const dictionaries = import.meta.glob<Record<string, Record<string, string>>>("./messages/*.id.ts", { eager: true });
const namespaceOf = new Map<string, string>();
for (const [path, module] of Object.entries(dictionaries)) {
  const name = path.replace(/^\.\/messages\/|\.id\.ts$/g, "");
  for (const key of Object.keys(Object.values(module)[0] ?? {})) namespaceOf.set(key, name);
}
const allKeys = [...namespaceOf.keys()];

// Audit action names ("task.finish") that are spelled like keys; the audit log shows them
// through "audit.action.<name>".
const auditActions = new Set<string>(AUDIT_ACTIONS);

/** Namespaces of the keys a source mentions: "key" literals and `prefix.${…}` templates. */
function namespacesMentioned(source: string, file = ""): Set<string> {
  const found = new Set<string>();
  for (const [, key] of source.matchAll(/["']([a-zA-Z]+\.[\w.]+)["']/g)) {
    if (file.includes("/utils/audit/") && auditActions.has(key!)) continue;
    const namespace = namespaceOf.get(key!);
    if (namespace) found.add(namespace);
  }
  for (const [, prefix] of source.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)) {
    for (const key of allKeys) if (key.startsWith(prefix!)) found.add(namespaceOf.get(key)!);
  }
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith("~/")
    ? join(appDir, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

type Scan = { imports: string[]; namespacesImported: Set<string>; namespacesUsed: Set<string> };
const scans = new Map<string, Scan>();

function scan(file: string): Scan {
  const cached = scans.get(file);
  if (cached) return cached;
  const source = readFileSync(file, "utf8");
  const imports: string[] = [];
  const namespacesImported = new Set<string>();
  for (const [, typeOnly, specifier] of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
    if (typeOnly) continue;
    const namespace = /^~\/utils\/i18n\/namespaces\/([\w-]+)$/.exec(specifier!)?.[1];
    if (namespace) namespacesImported.add(namespace);
    const target = resolveModule(file, specifier!);
    // Server modules never reach the browser; the dictionaries themselves are not code that renders.
    if (target && !/\.server\.tsx?$/.test(target) && !target.startsWith(i18nDir)) imports.push(target);
  }
  const result = { imports, namespacesImported, namespacesUsed: namespacesMentioned(source, file) };
  scans.set(file, result);
  return result;
}

/** Every browser-side module a route (and the root, which is always there) pulls in. */
function closure(entry: string): { used: Set<string>; imported: Set<string> } {
  const seen = new Set<string>();
  const used = new Set<string>();
  const imported = new Set<string>(["common"]); // every useT() loads it
  const stack = [join(appDir, "root.tsx"), entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { imports, namespacesImported, namespacesUsed } = scan(file);
    namespacesUsed.forEach((n) => used.add(n));
    namespacesImported.forEach((n) => imported.add(n));
    stack.push(...imports);
  }
  return { used, imported };
}

// Resource routes (no default export: CSV, JSON, redirects) render nothing in the browser.
const routeFiles = readdirSync(join(appDir, "routes"))
  .map((f) => join(appDir, "routes", f))
  .filter((f) => /\.tsx?$/.test(f) && /^export default /m.test(readFileSync(f, "utf8")));

describe("namespaces", () => {
  it("each has a module and both languages, named alike", () => {
    const names = readdirSync(join(i18nDir, "namespaces")).map((f) => f.replace(/\.ts$/, ""));
    expect(names.sort()).toEqual([...new Set(namespaceOf.values())].sort());
    for (const name of names) {
      expect(existsSync(join(i18nDir, `messages/${name}.en.ts`)), name).toBe(true);
      const source = readFileSync(join(i18nDir, `namespaces/${name}.ts`), "utf8");
      expect(source).toMatch(new RegExp(`loadNamespace\\(\\s*"${name}"`));
      expect(source).toContain(`import("../messages/${name}.id")`);
      expect(source).toContain(`import("../messages/${name}.en")`);
    }
  });

  it("together hold every key of the dictionary, each key in one", () => {
    expect(allKeys.length).toBe(Object.keys(id).length);
    expect(new Set(allKeys)).toEqual(new Set(Object.keys(id)));
  });

  it("finds the keys a source uses (the check below is not vacuous)", () => {
    expect(namespacesMentioned(`t("adminUsers.title"); t(\`audit.action.\${a}\`)`)).toEqual(
      new Set(["admin-users", "audit"]),
    );
    const users = closure(join(appDir, "routes/admin.users._index.tsx"));
    expect(users.used).toContain("admin-users");
    expect(users.imported).toContain("admin-users");
  });

  it.each(routeFiles.map((file) => [file.slice(appDir.length)]))(
    "%s: its modules import the namespace of every key they use",
    (relative) => {
      const { used, imported } = closure(join(appDir, relative));
      expect([...used].filter((n) => !imported.has(n))).toEqual([]);
    },
  );
});
