import { useFormatDate } from "./mentor";
import { useLocale, useT } from "./use-translation";
import { formatRupiah } from "~/utils/rupiah";
import { impactTexts } from "~/utils/i18n/namespaces/impact";

export type ImpactViewData = {
  baseline: { monthlyRevenueRupiah: number | null; employees: number | null; onlineChannels: number; joinedAt: number };
  snapshots: {
    id: number;
    recordedOn: string;
    monthlyRevenueRupiah: number | null;
    employees: number | null;
    onlineChannels: number | null;
    firstOnlineSaleOn: string | null;
    enteredByName: string | null;
  }[];
  latest: {
    monthlyRevenueRupiah: number | null;
    employees: number | null;
    onlineChannels: number | null;
    firstOnlineSaleOn: string | null;
  };
};

/** Before (the baseline from the profile) and after (the latest snapshot), then the history. */
export function ImpactTable({ impact }: { impact: ImpactViewData }) {
  const t = useT(impactTexts);
  const locale = useLocale();
  const formatDate = useFormatDate();
  const money = (n: number | null) => (n === null ? "—" : formatRupiah(n, locale));
  const num = (n: number | null) => (n === null ? "—" : String(n));
  const rows = [
    {
      label: t("impact.revenue"),
      before: money(impact.baseline.monthlyRevenueRupiah),
      after: money(impact.latest.monthlyRevenueRupiah),
    },
    { label: t("impact.employees"), before: num(impact.baseline.employees), after: num(impact.latest.employees) },
    {
      label: t("impact.channels"),
      before: num(impact.baseline.onlineChannels),
      after: num(impact.latest.onlineChannels),
    },
    {
      label: t("impact.firstSale"),
      before: "—",
      after: impact.latest.firstOnlineSaleOn ? formatDate(impact.latest.firstOnlineSaleOn) : "—",
    },
  ];
  return (
    <div className="space-y-4">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("impact.title")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-2">
              {t("impact.figure")}
            </th>
            <th scope="col" className="py-2 pr-2">
              {t("impact.before")}
            </th>
            <th scope="col" className="py-2">
              {t("impact.after")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-2 font-semibold">
                {row.label}
              </th>
              <td className="py-2 pr-2">{row.before}</td>
              <td className="py-2 font-semibold">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {impact.snapshots.length === 0 ? (
        <p className="text-stone-700">{t("impact.none")}</p>
      ) : (
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-800">
            {t("impact.history", { count: impact.snapshots.length })}
          </summary>
          <ul className="space-y-1 text-sm">
            {impact.snapshots.map((s) => (
              <li key={s.id}>
                {formatDate(s.recordedOn)}: {money(s.monthlyRevenueRupiah)} · {t("impact.employees")} {num(s.employees)}{" "}
                · {t("impact.channels")} {num(s.onlineChannels)}
                {s.enteredByName ? ` (${s.enteredByName})` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
