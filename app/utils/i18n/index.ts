import { en } from "./en";
import { id } from "./id";
import { loadedMessages, type Namespace } from "./load";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";
export type { Namespace } from "./load";

export type MessageKey = keyof typeof id;
/** Every language must translate every key: a missing one fails the typecheck. */
export type Dictionary = { readonly [K in MessageKey]: string };

// The server holds both languages whole. The browser holds only the namespaces its modules
// imported, in the page's language (load.ts): Vite makes import.meta.env.SSR false in the client
// build, so id.ts and en.ts stay out of it. Scripts run by tsx (db/, bench/) have no
// import.meta.env: they are server code.
const serverDictionaries: Record<Locale, Dictionary> | null = import.meta.env?.SSR === false ? null : { id, en };

function messages(locale: Locale): Readonly<Record<string, string>> {
  return serverDictionaries ? serverDictionaries[locale] : loadedMessages();
}

/** A key of the dictionary (on the server), or of the texts loaded so far (in the browser). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(messages(DEFAULT_LOCALE), value);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The translate function for a language. In the browser, `namespaces` are those the caller
 * imported: a key outside every loaded namespace is a bug (a missing import), reported with them.
 */
export function translator(locale: Locale, namespaces: readonly Namespace[] = []): Translate {
  const dictionary = messages(locale);
  return (key, params) => {
    const text = dictionary[key];
    if (text === undefined) {
      console.error(
        `i18n: "${key}" is not loaded; import its namespace (loaded by this caller: ${namespaces.map((n) => n.name).join(", ") || "none"})`,
      );
      return key;
    }
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** BCP 47 tag for Intl formatting. */
export function intlLocale(locale: Locale): string {
  return locale === "id" ? "id-ID" : "en-GB";
}
