import { useT } from "./use-translation";
import { productTexts } from "~/utils/i18n/namespaces/product";

/** A product's listing readiness: a bar with its score, and what is still missing. */
export function ReadinessMeter({
  score,
  missing,
  labelledBy,
}: {
  score: number;
  /** What is missing, in the page's language. */
  missing: string[];
  labelledBy?: string;
}) {
  const t = useT(productTexts);
  const ready = score === 100;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className={ready ? "font-semibold text-brand-800" : "font-semibold text-stone-800"}>
          {ready ? t("product.ready") : t("product.readiness", { score })}
        </span>
      </div>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-labelledby={labelledBy}
        aria-valuetext={ready ? t("product.ready") : t("product.readiness", { score })}
        className="h-2.5 overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full ${ready ? "bg-brand-600" : "bg-amber-500"}`} style={{ width: `${score}%` }} />
      </div>
      {missing.length > 0 ? (
        <p className="text-sm text-stone-700">
          <span className="font-semibold">{t("product.missing")}</span> {missing.join("; ")}
        </p>
      ) : null}
    </div>
  );
}
