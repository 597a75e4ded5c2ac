import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useFormatDate } from "~/components/mentor";
import { Pager } from "~/components/pager";
import { useLocale, useT } from "~/components/use-translation";
import { requireUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData, refuseForm } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getJourneyTemplate, latestTemplateVersion } from "~/lib/journey/journey.server";
import {
  listNotifications,
  markNotificationsRead,
  NOTIFICATIONS_PER_PAGE,
  type NotificationKind,
} from "~/lib/mentoring/notifications.server";
import { notificationHref } from "~/utils/mentoring/notification-links";
import { pageTitle } from "~/utils/meta";
import { mentorTexts } from "~/utils/i18n/namespaces/mentor";
import { notificationsTexts } from "~/utils/i18n/namespaces/notifications";
import { reviewTexts } from "~/utils/i18n/namespaces/review";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const locale = getLocale(request);
  const page = Math.max(1, Math.min(10_000, Number(new URL(request.url).searchParams.get("page")) || 1));
  const { rows, total } = listNotifications(db, user.id, page);
  const template = getJourneyTemplate(db, latestTemplateVersion(db));
  const titles = new Map<string, string>(template.tasks.map((t) => [t.key, t.title[locale]]));
  return {
    page,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
    unread: rows.some((r) => r.readAt === null),
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      enterpriseName: r.enterpriseName,
      actorName: r.actorName,
      taskTitle: r.taskKey ? (titles.get(r.taskKey) ?? r.taskKey) : "",
      createdAt: r.createdAt,
      read: r.readAt !== null,
    })),
  };
}

/** Opening a notification marks it read and goes where it points; or mark them all read. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const form = await readFormData(request);
  const intent = form.get("intent");
  if (intent === "all") {
    markNotificationsRead(db, user.id, "all");
    throw redirect("/notifications");
  }
  // One notification is opened with its id alone; anything else is not a form of this page.
  const idText = form.get("id");
  if (intent !== null || typeof idText !== "string" || !/^[1-9]\d{0,15}$/.test(idText)) throw refuseForm("badForm");
  const id = Number(idText);
  const row = Number.isSafeInteger(id)
    ? (db
        .prepare(
          "SELECT kind, enterprise_id AS enterpriseId, task_key AS taskKey FROM notification WHERE id = ? AND user_id = ?",
        )
        .get(id, user.id) as
        | { kind: NotificationKind; enterpriseId: number | null; taskKey: string | null }
        | undefined)
    : undefined;
  if (!row) notFound();
  markNotificationsRead(db, user.id, id);
  throw redirect(notificationHref(user.role, row));
}

export default function Notifications() {
  const t = useT(mentorTexts, notificationsTexts, reviewTexts);
  useLocale();
  const data = useLoaderData<typeof loader>();
  const formatDate = useFormatDate();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{t("notifications.title")}</h1>
        {data.unread ? (
          <Form method="post">
            <input type="hidden" name="intent" value="all" />
            <button
              type="submit"
              className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
            >
              {t("notifications.markAll")}
            </button>
          </Form>
        ) : null}
      </div>
      {data.rows.length === 0 ? (
        <p>{t("notifications.none")}</p>
      ) : (
        <ul className="space-y-2">
          {data.rows.map((n) => (
            <li key={n.id}>
              <Form method="post">
                <input type="hidden" name="id" value={n.id} />
                <button
                  type="submit"
                  className={`block w-full rounded-xl p-4 text-left ring-1 ${n.read ? "bg-white ring-stone-200" : "bg-sky-50 ring-sky-300"}`}
                >
                  <span className="block font-semibold text-stone-900">
                    {!n.read ? (
                      <span className="mr-2 inline-block rounded bg-sky-700 px-1.5 text-xs text-white">
                        {t("notifications.new")}
                      </span>
                    ) : null}
                    {t(`notifications.kind.${n.kind}`, {
                      task: n.taskTitle,
                      enterprise: n.enterpriseName ?? t("mentor.unnamed"),
                      actor: n.actorName ?? t("thread.someone"),
                    })}
                  </span>
                  <span className="block text-sm text-stone-700">{formatDate(n.createdAt)}</span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={data.page}
        pageCount={data.pageCount}
        label={t("pager.label")}
        hrefFor={(p) => `/notifications?page=${p}`}
      />
    </div>
  );
}
