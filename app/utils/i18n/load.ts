import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/**
 * A group of texts (messages/<name>.id.ts and .en.ts). A module that renders texts of a namespace
 * imports it from namespaces/<name>.ts and passes it to useT(), which keeps the import.
 */
export type Namespace = { readonly name: string };

type Messages = Readonly<Record<string, string>>;

// The browser's texts: one language, the one the document was served in, and only the
// namespaces loaded so far.
let loadedLocale: Locale | undefined;
const loaded: Record<string, string> = {};

function documentLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * Loads a namespace in the page's language before the importing module runs (top-level await),
 * so Remix has the texts before it hydrates or renders a route that uses them. The server renders
 * <link rel="modulepreload"> for the page's dictionary chunks (lib/i18n/preloads.server.ts), so
 * the browser fetches them together with the route's modules. On the server the namespace modules
 * pass `false` (the server holds both dictionaries whole), so its build has no dictionary chunks.
 */
export async function loadNamespace(
  name: string,
  loaders: Record<Locale, () => Promise<Messages>> | false,
): Promise<Namespace> {
  if (loaders) {
    loadedLocale ??= documentLocale();
    Object.assign(loaded, await loaders[loadedLocale]());
  }
  return { name };
}

/** The language whose texts the browser holds (until the next document), if any yet. */
export function browserLocale(): Locale | undefined {
  return loadedLocale;
}

/**
 * The texts the browser holds. When the language changed without a new document (the root then
 * reloads the page), they stand in for the new language until the reload.
 */
export function loadedMessages(): Messages {
  return loaded;
}
