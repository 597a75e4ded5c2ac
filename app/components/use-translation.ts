import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import type { RootLoader } from "~/root";
import { DEFAULT_LOCALE, translator, type Locale } from "~/utils/i18n";

export function useLocale(): Locale {
  return useRouteLoaderData<RootLoader>("root")?.locale ?? DEFAULT_LOCALE;
}

export function useCurrentUser() {
  return useRouteLoaderData<RootLoader>("root")?.user ?? null;
}

/** The translate function for the page's language. */
export function useT() {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}

/** True when the database holds generated data (the footer says so). */
export function useSyntheticData(): boolean {
  return useRouteLoaderData<RootLoader>("root")?.synthetic ?? false;
}
