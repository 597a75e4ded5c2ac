import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { BrandCheckResults } from "~/components/brand-check-results";
import { Card, DetailList } from "~/components/card";
import { SuccessNotice } from "~/components/form-fields";
import { DaysAgo, StageTag, useFormatDate } from "~/components/mentor";
import { SessionList } from "~/components/sessions";
import { ImpactTable } from "~/components/impact";
import { TaskAnswers } from "~/components/task-answers";
import { TaskStatusTag } from "~/components/task-status-tag";
import { useT } from "~/components/use-translation";
import { latestBrandCheck } from "~/lib/brand-check/brand-check.server";
import { requestNow } from "~/lib/clock.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { loadJourney } from "~/lib/journey/journey.server";
import { impactView } from "~/lib/mentoring/impact.server";
import { catalogSummary } from "~/lib/products/products.server";
import { requireCaseloadEnterprise } from "~/lib/mentoring/guards.server";
import { enterpriseTimeline } from "~/lib/mentoring/record.server";
import { enterpriseSessions, sessionEditable } from "~/lib/mentoring/sessions.server";
import { stalledAfterDays } from "~/lib/mentoring/settings.server";
import { describeTaskAnswers } from "~/lib/mentoring/task-answers.server";
import { isMessageKey } from "~/utils/i18n";
import { formatIndonesianMobile } from "~/utils/phone";
import { daysSince, isStalled } from "~/utils/mentoring/stalled";
import { checkInMessage, whatsappLink } from "~/utils/mentoring/whatsapp";
import { taskPageTitle } from "~/utils/meta";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { caseloadTexts } from "~/utils/i18n/namespaces/caseload";
import { impactTexts } from "~/utils/i18n/namespaces/impact";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { recordTexts } from "~/utils/i18n/namespaces/record";
import { reviewTexts } from "~/utils/i18n/namespaces/review";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.heading);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, db, enterprise } = requireCaseloadEnterprise(request, params.id);
  const locale = getLocale(request);
  const { now, today } = requestNow(request);
  const { template, states } = loadJourney(db, enterprise);
  const task = (key: string) => template.tasks.find((t) => t.key === key)!;
  const check = latestBrandCheck(db, enterprise.id);
  const phone = enterprise.whatsapp ?? enterprise.ownerPhone;
  const stalledDays = stalledAfterDays(db);
  return {
    heading: enterprise.name ?? enterprise.ownerName,
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      ownerName: enterprise.ownerName,
      phone: phone ? formatIndonesianMobile(phone) : null,
      regencyName: enterprise.regencyName,
      provinceName: enterprise.provinceName,
      stage: enterprise.stage,
      progressPercent: enterprise.progressPercent,
      goOnlineAt: enterprise.goOnlineAt,
      quietDays: daysSince(enterprise.lastActivityAt, now),
      lastOwnerActivityAt: enterprise.lastOwnerActivityAt,
      lastMentorContactAt: enterprise.lastMentorContactAt,
      nextFollowUpOn: enterprise.nextFollowUpOn,
      stalled: isStalled(enterprise, now, today, stalledDays),
      whatsapp: phone
        ? whatsappLink(phone, checkInMessage(enterprise.ownerName, user.fullName, enterprise.name))
        : null,
    },
    tasks: states.map((s) => ({ key: s.task.key, title: s.task.title[locale], status: s.status })),
    profile: describeTaskAnswers(db, enterprise, task("profile"), locale),
    brand: describeTaskAnswers(db, enterprise, task("brand"), locale),
    brandCheck: check
      ? { name: check.name, checkedAt: check.checkedAt, indexVersion: check.indexVersion, matches: check.matches }
      : null,
    ip: describeTaskAnswers(db, enterprise, task("ip"), locale),
    products: catalogSummary(db, enterprise.id),
    channels: describeTaskAnswers(db, enterprise, task("channels"), locale),
    impact: impactView(db, enterprise.id),
    sessions: enterpriseSessions(db, enterprise.id, "staff").map((s) => ({
      ...s,
      editable: s.mentorUserId === user.id && sessionEditable(s.createdAt, now),
    })),
    timeline: enterpriseTimeline(db, enterprise.id, 60),
  };
}

export default function EnterpriseRecord() {
  const t = useT(brandCheckTexts, caseloadTexts, impactTexts, mentorTexts, recordTexts, reviewTexts, sessionsTexts);
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  const [params] = useSearchParams();
  const e = data.enterprise;
  const saved = params.get("saved");
  const timelineLabel = (kind: string) => {
    const key = `timeline.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };
  const actionLink =
    "inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800";
  const secondaryLink =
    "inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-5 font-semibold text-brand-800 hover:bg-brand-50";
  return (
    <div className="space-y-6">
      <Link to="/mentor" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("record.back")}
      </Link>
      {saved === "session" || saved === "impact" ? (
        <SuccessNotice>{t(saved === "session" ? "record.sessionSaved" : "record.impactSaved")}</SuccessNotice>
      ) : null}
      <div className="space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold break-words text-stone-900">{e.name ?? t("mentor.unnamed")}</h1>
          <StageTag stage={e.stage} />
        </div>
        <p className="text-stone-800">
          {e.ownerName}
          {e.phone ? ` · ${e.phone}` : ""}
          {e.regencyName ? ` · ${e.regencyName}, ${e.provinceName}` : ""}
        </p>
        <p className="text-sm text-stone-700">
          {t("record.progress", { percent: e.progressPercent })} · {t("caseload.lastActivity")}:{" "}
          <DaysAgo days={e.quietDays} />
          {e.nextFollowUpOn ? ` · ${t("caseload.followUp", { date: formatDate(e.nextFollowUpOn) })}` : ""}
          {e.goOnlineAt ? ` · ${t("record.goOnlineSince", { date: formatDate(e.goOnlineAt) })}` : ""}
        </p>
        {e.stalled ? (
          <p className="rounded-lg bg-red-50 p-3 font-semibold text-red-900">{t("record.stalled")}</p>
        ) : null}
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Link to={`/mentor/enterprises/${e.id}/sessions/new`} className={actionLink}>
          {t("record.logSession")}
        </Link>
        <Link to={`/mentor/enterprises/${e.id}/impact`} className={secondaryLink}>
          {t("record.recordImpact")}
        </Link>
        {e.whatsapp ? (
          <a href={e.whatsapp} target="_blank" rel="noreferrer" className={secondaryLink}>
            {t("caseload.whatsapp")}
          </a>
        ) : null}
      </div>

      <Card id="record-tasks" title={t("record.tasks")}>
        <ul className="divide-y divide-stone-200">
          {data.tasks.map((task) => (
            <li key={task.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link
                to={`/mentor/reviews/${e.id}/${task.key}`}
                className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
              >
                {task.title}
              </Link>
              <TaskStatusTag status={task.status} />
            </li>
          ))}
        </ul>
      </Card>

      <Card id="record-profile" title={t("record.profile")}>
        <TaskAnswers answers={data.profile} />
      </Card>

      <Card id="record-brand" title={t("record.brand")}>
        <TaskAnswers answers={data.brand} />
        <h3 className="mt-4 font-bold text-stone-900">{t("brandCheck.title")}</h3>
        {data.brandCheck ? (
          <div className="mt-2 space-y-3">
            <p className="text-sm text-stone-700">
              {t("record.brandCheckFor", { name: data.brandCheck.name })}{" "}
              {t("brandCheck.checkedAt", {
                date: formatDate(data.brandCheck.checkedAt),
                version: data.brandCheck.indexVersion,
              })}
            </p>
            <BrandCheckResults name={data.brandCheck.name} matches={data.brandCheck.matches} />
          </div>
        ) : (
          <p className="mt-2 text-stone-700">{t("record.noBrandCheck")}</p>
        )}
      </Card>

      <Card id="record-ip" title={t("record.trademark")}>
        <TaskAnswers answers={{ ...data.ip, items: [] }} />
      </Card>

      <Card id="record-products" title={t("record.products")}>
        <p>{t("record.productSummary", { total: data.products.total, ready: data.products.ready })}</p>
        <Link
          to={`/mentor/reviews/${e.id}/products`}
          className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
        >
          {t("record.seeProducts")}
        </Link>
      </Card>

      <Card id="record-channels" title={t("record.channels")}>
        <TaskAnswers answers={data.channels} />
      </Card>

      <Card id="record-impact" title={t("impact.title")}>
        <ImpactTable impact={data.impact} />
      </Card>

      <Card id="record-sessions" title={t("sessions.title")}>
        <SessionList sessions={data.sessions} showPrivate editHref={(id) => `/mentor/sessions/${id}`} />
      </Card>

      <Card id="record-timeline" title={t("record.timeline")}>
        {data.timeline.length === 0 ? (
          <p>{t("record.timelineEmpty")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {data.timeline.map((event, index) => (
              <li key={`${event.kind}-${event.at}-${index}`} className="border-l-2 border-stone-300 pl-3">
                <span className="text-stone-600">{formatDate(event.at)}</span> ·{" "}
                <strong>{event.actorName ?? t("thread.someone")}</strong> · {timelineLabel(event.kind)}
                {event.taskKey
                  ? ` (${data.tasks.find((task) => task.key === event.taskKey)?.title ?? event.taskKey})`
                  : ""}
                {event.detail && event.kind !== "session" && event.kind !== "impact" ? (
                  <span className="block whitespace-pre-line text-stone-800">{event.detail}</span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
