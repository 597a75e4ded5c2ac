import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logOut } from "~/lib/accounts/accounts.server";
import { clearedSessionCookie } from "~/lib/auth/cookie.server";
import { getSession } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";

// Logging out changes state, so it is POST only; a GET just goes home.
export async function loader() {
  throw redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const current = getSession(request);
  if (current) logOut(getDb(), current.session.id, current.user.id, context.clientIp);
  throw redirect("/", { headers: { "Set-Cookie": clearedSessionCookie() } });
}
