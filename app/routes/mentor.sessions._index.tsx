import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFormatDate } from "~/components/mentor";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { mentorSessionsInMonth, monthlySessionTotals } from "~/lib/mentoring/sessions.server";
import { todayInIndonesia } from "~/utils/dates";
import { intlLocale } from "~/utils/i18n";
import type { SessionMode } from "~/utils/mentoring/options";
import { pageTitle } from "~/utils/meta";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "sessions.title");

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const asked = new URL(request.url).searchParams.get("month");
  const month = asked && MONTH.test(asked) ? asked : todayInIndonesia().slice(0, 7);
  return {
    month,
    totals: monthlySessionTotals(db, user.id, 12),
    sessions: mentorSessionsInMonth(db, user.id, month).map((s) => ({ ...s, mode: s.mode as SessionMode })),
  };
}

export default function MentorSessions() {
  const t = useT(mentorTexts, sessionsTexts);
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  const hours = (minutes: number) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(minutes / 60);
  return (
    <div className="space-y-6">
      <Link to="/mentor" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("mentor.backHome")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("sessions.title")}</h1>
      <section aria-labelledby="totals" className="space-y-2">
        <h2 id="totals" className="text-lg font-bold text-stone-900">
          {t("sessions.monthlyTotals")}
        </h2>
        {data.totals.length === 0 ? (
          <p>{t("sessions.none")}</p>
        ) : (
          <div className="overflow-x-auto rounded-xl bg-white ring-1 ring-stone-200">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="p-2">
                    {t("sessions.month")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sessions.count")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sessions.hours")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sessions.reached")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.totals.map((row) => (
                  <tr
                    key={row.month}
                    className={`border-b border-stone-200 ${row.month === data.month ? "bg-brand-50" : ""}`}
                  >
                    <th scope="row" className="p-2">
                      <Link
                        to={`/mentor/sessions?month=${row.month}`}
                        className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
                      >
                        {monthName(row.month)}
                      </Link>
                    </th>
                    <td className="p-2">{row.sessions}</td>
                    <td className="p-2">{hours(row.minutes)}</td>
                    <td className="p-2">{row.enterprises}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="month-sessions" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="month-sessions" className="text-lg font-bold text-stone-900">
            {t("sessions.inMonth", { month: monthName(data.month) })}
          </h2>
          {data.sessions.length > 0 ? (
            <a
              href={`/mentor/sessions.csv?month=${data.month}`}
              download
              className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
            >
              {t("sessions.export")}
            </a>
          ) : null}
        </div>
        {data.sessions.length === 0 ? (
          <p>{t("sessions.noneInMonth")}</p>
        ) : (
          <ul className="space-y-2">
            {data.sessions.map((s) => (
              <li key={s.id} className="rounded-lg bg-white p-3 ring-1 ring-stone-200">
                <Link
                  to={`/mentor/enterprises/${s.enterpriseId}#record-sessions`}
                  className="font-semibold text-brand-800 underline underline-offset-4"
                >
                  {s.enterpriseName ?? s.ownerName}
                </Link>
                <p className="text-sm text-stone-700">
                  {formatDate(s.heldOn)} · {t(`sessions.mode.${s.mode}`)} ·{" "}
                  {t("sessions.minutes", { minutes: s.durationMinutes })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
