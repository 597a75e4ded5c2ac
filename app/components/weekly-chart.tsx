import { useLocale, useT } from "./use-translation";
import { intlLocale } from "~/utils/i18n";
import { dateFormat, numberFormat } from "~/utils/intl";
import { adminDashboardTexts } from "~/utils/i18n/namespaces/admin-dashboard";

export type WeekPoint = { start: string; registered: number; goOnline: number };

// Blue and orange stay apart for the common colour-vision deficiencies; both have more than 3:1
// contrast on white (WCAG 1.4.11), and the legend and the table say the same in words.
const COLOURS = { registered: "#1d4ed8", goOnline: "#c2410c" } as const;

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 36;

/** A round top for the axis: 1, 2 or 5 times a power of ten, at least the largest value. */
function axisMax(max: number): number {
  if (max <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Registrations and Go Online per week as grouped bars, drawn on the server as SVG (readable
 * without JavaScript), with a title and a summary for screen readers and the numbers in a table.
 */
export function WeeklyChart({ weeks, id }: { weeks: WeekPoint[]; id: string }) {
  const t = useT(adminDashboardTexts);
  const locale = intlLocale(useLocale());
  const number = numberFormat(locale);
  const short = dateFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const long = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  const top = axisMax(Math.max(0, ...weeks.map((w) => Math.max(w.registered, w.goOnline))));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(1, weeks.length);
  const bar = Math.max(1, slot * 0.38);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(weeks.length / 7);
  const totals = weeks.reduce(
    (sum, w) => ({ registered: sum.registered + w.registered, goOnline: sum.goOnline + w.goOnline }),
    { registered: 0, goOnline: 0 },
  );
  const peak = Math.max(0, ...weeks.map((w) => w.registered));
  return (
    <figure className="space-y-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{t("dashboard.chart.title")}</title>
        <desc id={`${id}-desc`}>
          {t("dashboard.chart.desc", {
            weeks: weeks.length,
            from: weeks[0] ? long.format(date(weeks[0].start)) : "",
            to: weeks.length ? long.format(date(weeks[weeks.length - 1]!.start)) : "",
            registered: number.format(totals.registered),
            goOnline: number.format(totals.goOnline),
            peak: number.format(peak),
          })}
        </desc>
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#d6d3d1" strokeWidth={1} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={12} fill="#44403c">
              {number.format(tick)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = LEFT + i * slot + (slot - 2 * bar) / 2;
          return (
            <g key={w.start}>
              <rect
                x={x}
                y={y(w.registered)}
                width={bar}
                height={TOP + plotHeight - y(w.registered)}
                fill={COLOURS.registered}
              />
              <rect
                x={x + bar}
                y={y(w.goOnline)}
                width={bar}
                height={TOP + plotHeight - y(w.goOnline)}
                fill={COLOURS.goOnline}
              />
              {i % labelEvery === 0 ? (
                <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 14} textAnchor="middle" fontSize={12} fill="#44403c">
                  {short.format(date(w.start))}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} stroke="#57534e" strokeWidth={1} />
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-800">
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-5" style={{ background: COLOURS.registered }} />
            {t("dashboard.chart.registered")}
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-3 w-5" style={{ background: COLOURS.goOnline }} />
            {t("dashboard.chart.goOnline")}
          </li>
        </ul>
      </figcaption>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
          {t("dashboard.chart.table")}
        </summary>
        <div
          className="mt-2 max-h-96 overflow-auto"
          tabIndex={0}
          role="region"
          aria-label={t("dashboard.chart.caption")}
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("dashboard.chart.caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-600">
                <th scope="col" className="py-1 pr-3">
                  {t("dashboard.chart.week")}
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  {t("dashboard.chart.registered")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("dashboard.chart.goOnline")}
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.start} className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {long.format(date(w.start))}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{number.format(w.registered)}</td>
                  <td className="py-1 text-right tabular-nums">{number.format(w.goOnline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
