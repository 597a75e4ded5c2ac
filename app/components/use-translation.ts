import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { RootLoader } from "~/root";
import { DEFAULT_LOCALE, translator, type Locale, type Namespace } from "~/utils/i18n";
import { commonTexts } from "~/utils/i18n/namespaces/common";

export function useLocale(): Locale {
  return useRouteLoaderData<RootLoader>("root")?.locale ?? DEFAULT_LOCALE;
}

export function useCurrentUser() {
  return useRouteLoaderData<RootLoader>("root")?.user ?? null;
}

/**
 * The translate function for the page's language. Pass the namespaces (from
 * ~/utils/i18n/namespaces/) whose texts the component renders beyond "common", which every useT()
 * loads: importing a namespace is what loads it in the browser (~/utils/i18n/load.ts), and
 * namespaces.test.ts checks that every route's modules import the namespaces of the keys they use.
 */
export function useT(...namespaces: Namespace[]) {
  const locale = useLocale();
  // Each call site passes the same namespaces every time: their names make a stable dependency.
  const names = namespaces.map((n) => n.name).join();
  return useMemo(() => translator(locale, [commonTexts, ...namespaces]), [locale, names]);
}

/** True when the database holds generated data (the footer says so). */
export function useSyntheticData(): boolean {
  return useRouteLoaderData<RootLoader>("root")?.synthetic ?? false;
}
