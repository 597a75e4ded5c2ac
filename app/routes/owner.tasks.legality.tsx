import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChecklistItemSection } from "~/components/checklist-item";
import { FormAlert, RadioGroup, TextAreaField, TextField } from "~/components/form-fields";
import { CannotStartNotice, TaskActions, TaskPageHeader } from "~/components/task-page";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { UploadField } from "~/components/upload-field";
import { checklistEvidence, checklistTaskAction } from "~/lib/journey/checklist-task.server";
import { getOrCreateEnterprise, getTaskRecord, loadChecklistTask } from "~/lib/journey/journey.server";
import { intlLocale } from "~/utils/i18n";
import type { TaskStatus } from "~/utils/journey/status";
import { EXPIRING_PERMITS, expiryState, isIsoDate, PERMIT_STATUSES, permitNumberFormat } from "~/utils/legality";
import { taskPageTitle } from "~/utils/meta";
import { currentUploadIds, type UploadView } from "~/utils/uploads/uploads";
import { legalitySchema, type PermitAnswer } from "~/utils/validation/legality";
import { formsTexts } from "~/utils/i18n/namespaces/forms";
import { legalityTexts } from "~/utils/i18n/namespaces/legality";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, items, titles } = loadChecklistTask(db, enterprise, "legality");
  const record = getTaskRecord(db, enterprise.id, "legality");
  const answers = (record?.answers ?? {}) as Record<string, PermitAnswer | undefined>;
  const today = new Date();
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    items: items.map((item) => {
      const expiresOn = answers[item.key]?.expiresOn;
      return {
        key: item.key,
        title: item.title[locale],
        help: item.help[locale],
        required: item.required,
        link: item.link ? { label: item.link.label[locale], url: item.link.url } : null,
        expiring: EXPIRING_PERMITS.has(item.key),
        numberFormat: permitNumberFormat(item.key),
        expiry: expiresOn && isIsoDate(expiresOn) ? { on: expiresOn, state: expiryState(expiresOn, today) } : null,
      };
    }),
    defaultValue: Object.fromEntries(items.map((item) => [item.key, answers[item.key] ?? {}])),
    uploads: checklistEvidence(db, enterprise.id, answers),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  return checklistTaskAction(request, "legality", legalitySchema, context.clientIp);
}

type ItemView = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

function PermitItem({
  item,
  field,
  uploads,
  evidence,
}: {
  item: ItemView;
  field: FieldMetadata<PermitAnswer | undefined>;
  uploads: Record<string, UploadView>;
  evidence: string | undefined;
}) {
  const t = useT(formsTexts, legalityTexts);
  const locale = useLocale();
  const answer = field.getFieldset();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  return (
    <ChecklistItemSection item={item} className="permit">
      {item.expiry ? (
        <p
          className={
            item.expiry.state === "valid"
              ? "rounded-lg bg-brand-50 p-3 text-brand-800"
              : "rounded-lg bg-amber-50 p-3 font-medium text-amber-900 ring-1 ring-amber-200"
          }
        >
          {item.expiry.state === "expired"
            ? t("legality.expired", { date: date(item.expiry.on) })
            : item.expiry.state === "renew_soon"
              ? t("legality.renewSoon", { date: date(item.expiry.on) })
              : t("legality.validUntil", { date: date(item.expiry.on) })}
        </p>
      ) : null}
      <RadioGroup
        field={answer.status}
        legend={t("legality.statusLegend", { item: item.title })}
        legendClassName="sr-only"
        options={PERMIT_STATUSES.map((value) => ({ value, label: t(`legality.status.${value}`) }))}
      />
      <div
        className={`permit-when-have space-y-4 ${answer.number.errors || answer.expiresOn.errors || answer.evidence.errors ? "field-invalid" : ""}`}
      >
        <TextField
          field={answer.number}
          label={`${t("legality.number")} ${item.title}`}
          hint={t(`legality.numberHint.${item.numberFormat}`)}
        />
        {item.expiring ? (
          <TextField field={answer.expiresOn} label={`${t("legality.expiresOn")} (${item.title})`} type="date" />
        ) : null}
        <UploadField
          field={answer.evidence}
          label={`${t("upload.evidence")}: ${item.title}`}
          hint={t("upload.evidenceHint")}
          kind="document"
          uploads={uploads}
          value={evidence}
        />
      </div>
      <div className={`permit-when-not-needed ${answer.reason.errors ? "field-invalid" : ""}`}>
        <TextAreaField
          field={answer.reason}
          label={`${t("legality.reason")} (${item.title})`}
          hint={t("legality.reasonHint")}
          rows={2}
        />
      </div>
    </ChecklistItemSection>
  );
}

export default function LegalityTask() {
  const t = useT(formsTexts, legalityTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<Record<string, PermitAnswer | undefined>>({
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
  });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const uploads = { ...loaderData.uploads, ...actionData?.uploads };
  return (
    <div className="space-y-6">
      <TaskPageHeader
        title={loaderData.title}
        help={loaderData.help}
        status={loaderData.status}
        reviewComment={loaderData.reviewComment}
        savedDraft={searchParams.get("saved") === "draft" && !actionData}
      />
      {loaderData.status === "cannot_start" ? (
        <CannotStartNotice waitingFor={loaderData.waitingFor} />
      ) : (
        <>
          {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
          <Form
            method="post"
            encType="multipart/form-data"
            preventScrollReset
            {...getFormProps(form)}
            noValidate
            className="space-y-6"
          >
            {loaderData.items.map((item) => (
              <PermitItem
                key={item.key}
                item={item}
                field={fields[item.key]!}
                uploads={uploads}
                evidence={
                  currentUploadIds(
                    actionData?.result,
                    [item.key, "evidence"],
                    loaderData.defaultValue[item.key]?.evidence,
                  )[0]
                }
              />
            ))}
            <TaskActions />
          </Form>
        </>
      )}
    </div>
  );
}
