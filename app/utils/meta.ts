import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translator, type MessageKey } from "~/utils/i18n";

type Match = { id: string; data: unknown };

/** "<page> · UMKM Go Online" in the language the root loader chose. */
export function pageTitle(matches: Match[], key: MessageKey): MetaDescriptor[] {
  const rootData = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  const t = translator(isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE);
  return [{ title: `${t(key)} · ${t("app.name")}` }];
}
