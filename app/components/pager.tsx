import { Link } from "@remix-run/react";
import { useT } from "./use-translation";

/** Previous / next links that keep the rest of the address. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  const link =
    "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-brand-800";
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className={link} rel="prev">
          ← {t("pager.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("pager.position", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} className={link} rel="next">
          {t("pager.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
