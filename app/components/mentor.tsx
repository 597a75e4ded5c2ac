import { Link } from "@remix-run/react";
import { useLocale, useT } from "./use-translation";
import { intlLocale } from "~/utils/i18n";
import type { Stage } from "~/utils/mentoring/stage";
import { dateFormat, numberFormat } from "~/utils/intl";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";

const STAGE_STYLE: Record<Stage, string> = {
  usaha: "bg-sky-100 text-sky-900",
  merek: "bg-indigo-100 text-indigo-900",
  produk: "bg-amber-100 text-amber-900",
  online: "bg-violet-100 text-violet-900",
  selesai: "bg-fuchsia-100 text-fuchsia-900",
  go_online: "bg-brand-100 text-brand-800",
};

export function StageTag({ stage }: { stage: Stage }) {
  const t = useT(mentorTexts);
  return (
    <span className={`inline-block shrink-0 rounded px-2 py-0.5 text-sm font-semibold ${STAGE_STYLE[stage]}`}>
      {t(`stage.${stage}`)}
    </span>
  );
}

/** Dates as people read them: "12 Nov 2026". `date` is Unix seconds or yyyy-mm-dd. */
export function useFormatDate() {
  const locale = useLocale();
  const format = dateFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "Asia/Jakarta" });
  const day = dateFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" });
  return (date: number | string) =>
    typeof date === "number" ? format.format(new Date(date * 1000)) : day.format(new Date(`${date}T00:00:00Z`));
}

export function DaysAgo({ days }: { days: number }) {
  const t = useT(mentorTexts);
  return <>{days === 0 ? t("mentor.today") : t("mentor.daysAgo", { days })}</>;
}

export function Count({
  value,
  label,
  to,
  tone = "plain",
}: {
  value: number;
  label: string;
  to?: string;
  tone?: "plain" | "alert";
}) {
  const body = (
    <>
      <span className={`block text-3xl font-bold ${tone === "alert" && value > 0 ? "text-red-800" : "text-stone-900"}`}>
        {numberFormat("id-ID").format(value)}
      </span>
      <span className="block text-sm text-stone-700">{label}</span>
    </>
  );
  const box = "block rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200";
  return to ? (
    <Link to={to} className={`${box} hover:ring-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={box}>{body}</div>
  );
}
