import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { exportOwnData } from "~/lib/privacy/export.server";

/**
 * The owner's own data as one JSON file (UU PDP 27/2022, the right to a copy): a plain link, so it
 * works without JavaScript. Never cached: it is personal, and must show the data as it is now.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const origin = process.env.PUBLIC_ORIGIN ?? new URL(request.url).origin;
  const data = exportOwnData(getDb(), user.id, { origin, ip: context.clientIp });
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="umkm-go-online-data-saya-${day}.json"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
