import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { setUserLocale } from "~/lib/accounts/accounts.server";
import { getUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { localeCookie } from "~/lib/i18n/locale.server";
import { isLocale } from "~/utils/i18n";
import { safeRedirect } from "~/utils/safe-redirect";

export async function loader() {
  throw redirect("/");
}

/** Switches the language: saved on the account when signed in, in a cookie always. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const locale = form.get("locale");
  if (!isLocale(locale)) throw data({ reason: "badLocale" as const }, { status: 400 });
  const user = getUser(request);
  if (user) setUserLocale(getDb(), user.id, locale);
  throw redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: { "Set-Cookie": localeCookie(locale) } });
}
