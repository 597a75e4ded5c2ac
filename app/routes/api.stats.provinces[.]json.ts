import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestNow } from "~/lib/clock.server";
import { provinceStatistics } from "~/lib/dashboard/open-data.server";
import { getDb } from "~/lib/db.server";

/**
 * Open data: counts per province, public, without login and without any personal data.
 * Cacheable for five minutes by browsers and proxies; any site may read it (CORS *).
 * Documented in README.md ("Open data: /api/stats/provinces.json").
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { now, today } = requestNow(request);
  const body = provinceStatistics(getDb(), new Date(now * 1000), Number(today.slice(0, 4)));
  return new Response(JSON.stringify(body), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
      // Open to every site, unlike the rest of the app (server.mjs sends same-origin by default).
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
