import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
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

function refusal(status: number) {
  return new Response(
    "Pilihan bahasa tidak dapat dibaca. Kembali ke halaman sebelumnya dan pilih bahasa lagi.\n" +
      "The language choice could not be read. Go back to the previous page and choose a language again.\n",
    { status, headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
}

/** Switches the language: saved on the account when signed in, in a cookie always. */
export async function action({ request }: ActionFunctionArgs) {
  // This route has no page, so a refusal answers in plain text, in both languages (the choice of
  // language is what failed); a thrown error here reached the visitor as "Unexpected Server Error".
  let form: FormData;
  try {
    form = await readFormData(request);
  } catch (error) {
    const status = (error as { init?: { status?: number } }).init?.status ?? 400;
    return refusal(status);
  }
  const locale = form.get("locale");
  if (!isLocale(locale)) return refusal(400);
  const user = getUser(request);
  if (user) setUserLocale(getDb(), user.id, locale);
  throw redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: { "Set-Cookie": localeCookie(locale) } });
}
