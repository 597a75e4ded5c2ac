import { readCookie, secureFlag } from "../auth/cookie.server";
import { getUser } from "../auth/guards.server";
import { DEFAULT_LOCALE, isLocale, translator, type Locale } from "~/utils/i18n";

export const LOCALE_COOKIE = "umkm_lang";

/** The account's saved language, else the visitor's cookie, else Indonesian. */
export function getLocale(request: Request): Locale {
  const user = getUser(request);
  if (user) return user.locale;
  const cookie = readCookie(request, LOCALE_COOKIE);
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

export function getTranslator(request: Request) {
  return translator(getLocale(request));
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=${365 * 24 * 60 * 60}${secureFlag()}`;
}
