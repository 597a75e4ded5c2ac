import { data } from "@remix-run/node";

// Any unknown address: a 404 rendered by the root error boundary inside the site layout.
export async function loader() {
  throw data({ reason: "notFound" as const }, { status: 404 });
}

export async function action() {
  throw data({ reason: "notFound" as const }, { status: 404 });
}

export default function NotFound() {
  return null;
}
