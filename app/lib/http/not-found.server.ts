import { data } from "@remix-run/node";

/** A 404: for anything missing, and for anything the user may not see, so ids cannot be probed. */
export function notFound(): never {
  throw data({ reason: "notFound" as const }, { status: 404 });
}
