import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { useFormatDate } from "~/components/mentor";
import { Pager } from "~/components/pager";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getJourneyTemplate, latestTemplateVersion } from "~/lib/journey/journey.server";
import { listReviewQueue, REVIEWS_PER_PAGE } from "~/lib/mentoring/record.server";
import { daysSince } from "~/utils/mentoring/stalled";
import { pageTitle } from "~/utils/meta";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { reviewTexts } from "~/utils/i18n/namespaces/review";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reviews.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "mentor");
  const db = getDb();
  const locale = getLocale(request);
  const page = Math.max(1, Math.min(10_000, Number(new URL(request.url).searchParams.get("page")) || 1));
  const { rows, total } = listReviewQueue(db, user.id, page);
  const { now } = requestNow(request);
  const template = getJourneyTemplate(db, latestTemplateVersion(db));
  const titles = new Map(template.tasks.map((task) => [task.key, task.title[locale]]));
  return {
    page,
    pageCount: Math.max(1, Math.ceil(total / REVIEWS_PER_PAGE)),
    total,
    rows: rows.map((row) => ({
      ...row,
      taskTitle: titles.get(row.taskKey) ?? row.taskKey,
      waitingDays: daysSince(row.submittedAt, now),
    })),
  };
}

export default function ReviewQueue() {
  const t = useT(mentorTexts, reviewTexts);
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const [params] = useSearchParams();
  const decided = params.get("decided");
  return (
    <div className="space-y-6">
      <Link to="/mentor" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("mentor.backHome")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("reviews.title")}</h1>
      {decided === "approve" || decided === "request_changes" ? (
        <SuccessNotice>{t(decided === "approve" ? "reviews.approvedNotice" : "reviews.sentBackNotice")}</SuccessNotice>
      ) : null}
      <p className="text-stone-700">{t("reviews.lead", { count: data.total })}</p>
      {data.rows.length === 0 ? (
        <p className="rounded-lg bg-brand-50 p-4 text-brand-900">{t("reviews.empty")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("reviews.title")}>
          {data.rows.map((row) => (
            <li
              key={`${row.enterpriseId}-${row.taskKey}`}
              className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
            >
              <Link
                to={`/mentor/reviews/${row.enterpriseId}/${row.taskKey}`}
                className="text-lg font-bold text-brand-800 underline underline-offset-4"
              >
                {row.taskTitle}: {row.enterpriseName ?? t("mentor.unnamed")}
              </Link>
              <p className="text-sm text-stone-700">
                {row.ownerName}
                {row.regencyName ? ` · ${row.regencyName}` : ""}
              </p>
              <p className={`mt-1 text-sm ${row.waitingDays >= 3 ? "font-semibold text-red-800" : "text-stone-800"}`}>
                {t("reviews.waiting", { days: row.waitingDays, date: formatDate(row.submittedAt) })}
                {row.resubmission ? ` · ${t("reviews.resubmitted")}` : ""}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager
        page={data.page}
        pageCount={data.pageCount}
        label={t("pager.label")}
        hrefFor={(page) => `/mentor/reviews?page=${page}`}
      />
    </div>
  );
}
