import { Link } from "@remix-run/react";
import { useCurrentUser, useT } from "./use-translation";
import { homePathFor } from "~/utils/roles";

const BAD_FORM_REASONS = ["badForm", "tooLarge", "unsupportedType", "controlCharacters"] as const;
type BadFormReason = (typeof BAD_FORM_REASONS)[number];

/** The reason a refused form post carries (lib/http/form.server.ts), when it is one the page explains. */
export function badFormReason(data: unknown): BadFormReason | undefined {
  const reason = data && typeof data === "object" ? (data as { reason?: unknown }).reason : undefined;
  return BAD_FORM_REASONS.find((known) => known === reason);
}

export function ErrorPage({ status, reason }: { status: 400 | 403 | 404 | 500 | 503; reason?: BadFormReason }) {
  const t = useT();
  const user = useCurrentUser();
  const content = {
    400: { title: t("error.generic"), body: t(reason ? `error.reason.${reason}` : "error.formSummary") },
    403: {
      title: t("error.403.title"),
      body: user ? t("error.403.body", { role: t(`role.${user.role}`) }) : t("error.403.anonymous"),
    },
    404: { title: t("error.404.title"), body: t("error.404.body") },
    500: { title: t("error.500.title"), body: t("error.500.body") },
    503: { title: t("error.503.title"), body: t("error.503.body") },
  }[status];
  return (
    <section aria-labelledby="error-title" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
      <p className="text-sm font-semibold text-stone-600">{status === 400 ? "4xx" : status}</p>
      <h1 id="error-title" className="mt-1 text-2xl font-bold text-stone-900">
        {content.title}
      </h1>
      <p className="mt-3 text-stone-700">{content.body}</p>
      <Link
        to={user ? homePathFor(user.role) : "/"}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {t("error.back")}
      </Link>
    </section>
  );
}
