import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translator, type MessageKey } from "~/utils/i18n";

type Match = { id: string; data: unknown };

function rootTranslator(matches: Match[]) {
  const rootData = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return translator(isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE);
}

/** "<page> · UMKM Go Online" in the language the root loader chose. */
export function pageTitle(matches: Match[], key: MessageKey): MetaDescriptor[] {
  const t = rootTranslator(matches);
  return [{ title: `${t(key)} · ${t("app.name")}` }];
}

/** The same for a task page, whose title comes from the journey template. */
export function taskPageTitle(matches: Match[], title: string | undefined): MetaDescriptor[] {
  const t = rootTranslator(matches);
  return [{ title: title ? `${title} · ${t("app.name")}` : t("app.name") }];
}
