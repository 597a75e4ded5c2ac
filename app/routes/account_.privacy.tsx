import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Card } from "~/components/card";
import { FormAlert, SubmitButton, SuccessNotice, TextField } from "~/components/form-fields";
import { useDateOf } from "~/components/privacy";
import { useForm } from "~/components/use-form";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { minutesToWait } from "~/lib/rate-limit/rate-limit.server";
import { consentHistory } from "~/lib/privacy/consent.server";
import { cancelDeletion, latestDeletionRequest, requestDeletion } from "~/lib/privacy/deletion.server";
import { passLimitHeaders } from "~/utils/limits/headers";
import { pageTitle } from "~/utils/meta";
import { DELETION_DAYS } from "~/utils/privacy/documents";
import { deletionRequestSchema, type DeletionRequestFields } from "~/utils/validation/privacy";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

// A 429 carries its Retry-After to the browser: see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const consents = consentHistory(db, user.id);
  return { request: latestDeletionRequest(db, user.id), consents };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "cancel") {
    cancelDeletion(getDb(), user.id, context.clientIp);
    throw redirect("/account/privacy?saved=cancelled");
  }
  if (intent !== "request") throw data({ reason: "badIntent" as const }, { status: 400 });
  const submission = parseWithZod(formData, { schema: deletionRequestSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }), throttledMinutes: null }, { status: 400 });
  }
  const result = await requestDeletion(getDb(), user.id, submission.value.password, context.clientIp);
  if (!result.ok && result.reason === "throttled") {
    return data(
      {
        result: submission.reply({ formErrors: ["privacy.delete.throttled"], hideFields: ["password"] }),
        throttledMinutes: minutesToWait(result.retryAfterSeconds),
      },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (!result.ok && result.reason === "wrongPassword") {
    return data(
      {
        result: submission.reply({
          fieldErrors: { password: ["privacy.delete.wrongPassword"] },
          hideFields: ["password"],
        }),
        throttledMinutes: null,
      },
      { status: 400 },
    );
  }
  // A second request while one is pending changes nothing: the page shows the pending one.
  throw redirect("/account/privacy?saved=requested");
}

const buttonLink =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800";

export default function AccountPrivacy() {
  const t = useT(privacyTexts);
  const dateOf = useDateOf();
  const { request, consents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const [form, fields] = useForm<DeletionRequestFields>({ id: "deletion-form", lastResult: actionData?.result });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const pending = request?.status === "pending";
  const throttled = form.errors?.includes("privacy.delete.throttled") ?? false;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("privacy.account.title")}</h1>
        <p className="mt-2 text-stone-700">{t("privacy.account.lead")}</p>
        <p className="mt-2">
          <Link to="/privacy" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("privacy.noticeLink")}
          </Link>
        </p>
      </div>
      {saved === "requested" && pending ? <SuccessNotice>{t("privacy.delete.requested")}</SuccessNotice> : null}
      {saved === "cancelled" ? <SuccessNotice>{t("privacy.delete.cancelled")}</SuccessNotice> : null}
      <Card id="privacy-download" title={t("privacy.download.title")}>
        <p className="mb-4">{t("privacy.download.body")}</p>
        {/* A plain link: the browser saves the file, with or without JavaScript. */}
        <a href="/account/data.json" download className={buttonLink}>
          {t("privacy.download.link")}
        </a>
      </Card>
      <Card id="privacy-consents" title={t("privacy.consents.title")}>
        {consents.length === 0 ? (
          <p>{t("privacy.consents.none")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {consents.map((c) => (
              <li key={`${c.document}-${c.version}`}>
                {t("privacy.consents.item", {
                  document: t(c.document === "terms" ? "privacy.document.terms" : "privacy.document.privacy"),
                  version: c.version,
                  date: dateOf(c.acceptedAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="privacy-delete" title={t("privacy.delete.title")}>
        {request?.status === "declined" && request.decidedAt ? (
          <p className="mb-4 rounded-lg bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200">
            {t("privacy.delete.declined", { date: dateOf(request.requestedAt), reason: request.declineReason ?? "" })}
          </p>
        ) : null}
        {pending ? (
          <div className="space-y-4">
            <p className="rounded-lg bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200" role="status">
              {t("privacy.delete.pending", { date: dateOf(request.requestedAt) })}
            </p>
            <p>{t("privacy.delete.time", { days: DELETION_DAYS })}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <SubmitButton>{t("privacy.delete.cancel")}</SubmitButton>
            </Form>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="font-semibold">{t("privacy.delete.what")}</p>
            <ul className="list-disc space-y-1 pl-5">
              <li>{t("privacy.delete.point1")}</li>
              <li>{t("privacy.delete.point2")}</li>
              <li>{t("privacy.delete.point3")}</li>
              <li>{t("privacy.delete.point4")}</li>
            </ul>
            <p>{t("privacy.delete.time", { days: DELETION_DAYS })}</p>
            <p>{t("privacy.delete.downloadFirst")}</p>
            {throttled ? (
              <FormAlert id={form.errorId}>
                {t("privacy.delete.throttled", {
                  minutes: actionData?.throttledMinutes ?? 15,
                })}
              </FormAlert>
            ) : hasErrors ? (
              <FormAlert>{t("error.formSummary")}</FormAlert>
            ) : null}
            <Form method="post" {...getFormProps(form)} noValidate className="space-y-5">
              <input type="hidden" name="intent" value="request" />
              <TextField
                clearWhenSent
                field={fields.password}
                label={t("privacy.delete.password")}
                hint={t("privacy.delete.passwordHint")}
                type="password"
                autoComplete="current-password"
              />
              <SubmitButton>{t("privacy.delete.submit")}</SubmitButton>
            </Form>
          </div>
        )}
      </Card>
    </div>
  );
}
