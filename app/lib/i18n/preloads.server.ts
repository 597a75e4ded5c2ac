import { readFileSync } from "node:fs";
import type { EntryContext } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";

// Each namespace module (utils/i18n/namespaces/*) imports its dictionary chunk for the page's
// language only when it runs in the browser. So that the browser does not wait for its modules
// before it asks for the texts, the page preloads the chunks of its language that the matched
// routes' modules import. Vite's build manifest (build.manifest in vite.config.ts; Remix moves
// it to build/.vite/client-manifest.json, outside the public files) says which chunk dynamically
// imports which dictionary.

type ViteChunk = { file: string; dynamicImports?: string[] };
type ViteManifest = Record<string, ViteChunk>;

const DICTIONARY = /^app\/utils\/i18n\/messages\/[\w-]+\.(\w+)\.ts$/;

let dictionariesByChunk: Map<string, { locale: string; href: string }[]> | undefined;

function readDictionariesByChunk(): Map<string, { locale: string; href: string }[]> {
  let manifest: ViteManifest;
  try {
    manifest = JSON.parse(readFileSync(new URL("../.vite/client-manifest.json", import.meta.url), "utf8"));
  } catch (error) {
    // A deployment without build/.vite still works: each page then asks for its texts one round
    // trip later.
    console.error("i18n: no client build manifest, dictionary chunks are not preloaded", error);
    return new Map();
  }
  const byChunk = new Map<string, { locale: string; href: string }[]>();
  for (const chunk of Object.values(manifest)) {
    const dictionaries = (chunk.dynamicImports ?? []).flatMap((source) => {
      const locale = DICTIONARY.exec(source)?.[1];
      const target = manifest[source];
      return locale && target ? [{ locale, href: `/${target.file}` }] : [];
    });
    if (dictionaries.length) byChunk.set(`/${chunk.file}`, dictionaries);
  }
  return byChunk;
}

/** The page's language, from the root loader's data. */
function pageLocale(context: EntryContext): Locale {
  const root = context.staticHandlerContext.loaderData?.root as { locale?: unknown } | null | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/** The dictionary chunks, in the page's language, that the matched routes' modules will import. */
export function dictionaryPreloads(context: EntryContext): string[] {
  // The development server serves source modules one by one; there is no build manifest.
  if (import.meta.env.DEV) return [];
  dictionariesByChunk ??= readDictionariesByChunk();
  const locale = pageLocale(context);
  const hrefs = new Set<string>();
  for (const match of context.staticHandlerContext.matches) {
    const route = context.manifest.routes[match.route.id];
    if (!route) continue;
    for (const module of [route.module, ...(route.imports ?? [])]) {
      for (const dictionary of dictionariesByChunk.get(module) ?? []) {
        if (dictionary.locale === locale) hrefs.add(dictionary.href);
      }
    }
  }
  return [...hrefs];
}
