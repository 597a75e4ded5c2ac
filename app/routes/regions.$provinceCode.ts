import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { requireUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { isProvince, listRegencies } from "~/lib/regions/regions.server";

/** The regencies and cities of a province, for the cascading choice when JavaScript is on. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request);
  const code = params.provinceCode ?? "";
  const db = getDb();
  // A resource route: a plain 404 response, not an error for the error boundary.
  if (!/^\d{2}$/.test(code) || !isProvince(db, code)) {
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return data(
    { provinceCode: code, regencies: listRegencies(db, code) },
    { headers: { "Cache-Control": "private, max-age=86400" } },
  );
}
