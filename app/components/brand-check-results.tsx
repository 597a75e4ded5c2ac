import { useT } from "./use-translation";
import type { MarkReason, RiskBand } from "~/utils/brand-check/score";
import { pdkiSearchUrl } from "~/utils/trademark";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";

export type BrandMatchView = {
  name: string;
  classes: number[];
  owner: string | null;
  status: "registered" | "pending" | "expired" | "refused" | "in_app";
  source: "seed" | "app" | "import";
  wellKnown: boolean;
  band: RiskBand;
  reasons: MarkReason[];
};

const BAND_STYLE: Record<RiskBand, string> = {
  tinggi: "bg-red-100 text-red-900 ring-red-300",
  sedang: "bg-amber-100 text-amber-950 ring-amber-300",
  rendah: "bg-stone-100 text-stone-800 ring-stone-300",
};

/**
 * The marks a brand name may clash with, riskiest first, each with plain reasons and a link
 * to confirm on PDKI. `acknowledge` adds a tick per high or medium risk (the owner's task).
 */
export function BrandCheckResults({
  name,
  matches,
  acknowledge,
}: {
  name: string;
  matches: BrandMatchView[];
  acknowledge?: { fieldName: string; checked: string[]; errorId?: string; invalid?: boolean };
}) {
  const t = useT(brandCheckTexts);
  if (matches.length === 0) {
    return <p className="rounded-lg bg-brand-50 p-4 text-brand-900">{t("brandCheck.noMatches", { name })}</p>;
  }
  return (
    <ul className="space-y-3" aria-label={t("brandCheck.matchesLabel", { name })}>
      {matches.map((match) => (
        <li
          key={`${match.name}-${match.classes.join(",")}`}
          className="space-y-2 rounded-xl bg-white p-4 ring-1 ring-stone-200"
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="text-lg font-bold break-words text-stone-900">{match.name}</p>
            <span className={`rounded-full px-3 py-1 text-sm font-semibold ring-1 ${BAND_STYLE[match.band]}`}>
              {t(`brandCheck.band.${match.band}`)}
            </span>
          </div>
          <p className="text-sm text-stone-800">
            {match.reasons.map((reason) => t(`brandCheck.reason.${reason}`)).join(" · ")}
          </p>
          <p className="text-sm text-stone-600">
            {t("brandCheck.classes", { classes: match.classes.join(", ") || "—" })}
            {match.owner ? ` · ${match.owner}` : ""} · {t(`brandCheck.source.${match.source}`)}
            {match.source === "import" ? ` · ${t(`brandCheck.status.${match.status}`)}` : ""}
          </p>
          <a
            href={pdkiSearchUrl(match.name)}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("brandCheck.confirmOnPdki", { name: match.name })}
          </a>
          {acknowledge && match.band !== "rendah" ? (
            <label className="flex min-h-11 items-center gap-3 rounded-lg bg-stone-50 px-2">
              <input
                type="checkbox"
                name={acknowledge.fieldName}
                value={match.name}
                defaultChecked={acknowledge.checked.includes(match.name)}
                aria-invalid={acknowledge.invalid ? true : undefined}
                aria-describedby={acknowledge.invalid ? acknowledge.errorId : undefined}
                className="size-5 shrink-0 accent-brand-700"
              />
              <span className="text-sm">{t("brandCheck.acknowledge", { name: match.name })}</span>
            </label>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
