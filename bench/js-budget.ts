import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// The JavaScript each route makes the browser load, worked out from the build (not from a running
// server): Remix's route manifest gives each route's module and static imports, and Vite's
// build manifest gives the dictionary chunks those modules import for each language (the server
// preloads the same ones: app/lib/i18n/preloads.server.ts). Sizes are `gzip -9` bytes, as in
// bench/report.ts.

/** Issue 7: no page loads more than 110 KB of gzipped JavaScript (KB = 1024 bytes, as the bench). */
export const JS_BUDGET_BYTES = 110 * 1024;

type RemixRoute = { id: string; parentId?: string; path?: string; index?: boolean; module: string; imports?: string[] };
type RemixManifest = { entry: { module: string; imports: string[] }; routes: Record<string, RemixRoute> };
type ViteChunk = { file: string; dynamicImports?: string[] };

const DICTIONARY = /^app\/utils\/i18n\/messages\/[\w-]+\.(\w+)\.ts$/;

export type RouteJs = { route: string; locale: string; files: string[]; gzipBytes: number };

export function readBuild(buildDir = path.resolve("build")) {
  const clientDir = path.join(buildDir, "client");
  const assets = path.join(clientDir, "assets");
  const manifestFile = fs.readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
  if (!manifestFile) throw new Error(`${assets} has no Remix manifest: run npm run build first`);
  const text = fs.readFileSync(path.join(assets, manifestFile), "utf8");
  const remix = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as RemixManifest;
  const vite = JSON.parse(fs.readFileSync(path.join(buildDir, ".vite/client-manifest.json"), "utf8")) as Record<
    string,
    ViteChunk
  >;
  const dictionaries = new Map<string, { locale: string; file: string }[]>();
  for (const chunk of Object.values(vite)) {
    for (const source of chunk.dynamicImports ?? []) {
      const locale = DICTIONARY.exec(source)?.[1];
      const target = vite[source];
      if (!locale || !target) continue;
      const list = dictionaries.get(chunk.file) ?? [];
      list.push({ locale, file: target.file });
      dictionaries.set(chunk.file, list);
    }
  }
  const sizes = new Map<string, number>();
  const gzipBytes = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(fs.readFileSync(path.join(clientDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
  const locales = [...new Set([...dictionaries.values()].flat().map((d) => d.locale))].sort();

  /** The files a document request for `routeId` loads in `locale`, paths like "assets/x.js". */
  function routeFiles(routeId: string, locale: string): string[] {
    const chain: RemixRoute[] = [];
    for (let route = remix.routes[routeId]; route; route = route.parentId ? remix.routes[route.parentId] : undefined) {
      chain.unshift(route);
    }
    const files = new Set<string>([remix.entry.module, ...remix.entry.imports].map((url) => url.slice(1)));
    for (const route of chain) for (const url of [route.module, ...(route.imports ?? [])]) files.add(url.slice(1));
    for (const file of [...files]) {
      for (const dictionary of dictionaries.get(file) ?? [])
        if (dictionary.locale === locale) files.add(dictionary.file);
    }
    return [...files];
  }

  function everyRoute(): RouteJs[] {
    return Object.keys(remix.routes).flatMap((route) =>
      locales.map((locale) => {
        const files = routeFiles(route, locale);
        return { route, locale, files, gzipBytes: files.reduce((sum, file) => sum + gzipBytes(file), 0) };
      }),
    );
  }

  /** The language of each dictionary chunk, by file. */
  const dictionaryLocale = new Map([...dictionaries.values()].flat().map((d) => [d.file, d.locale]));

  return { remix, locales, routeFiles, gzipBytes, everyRoute, dictionaryLocale };
}

/** "123.4" KB, as the bench prints it. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
