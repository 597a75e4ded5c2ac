import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ChecklistItemSection } from "~/components/checklist-item";
import { FormAlert, RadioGroup, TextField } from "~/components/form-fields";
import { CannotStartNotice, TaskActions, TaskPageHeader } from "~/components/task-page";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { UploadField } from "~/components/upload-field";
import { checklistEvidence, checklistTaskAction } from "~/lib/journey/checklist-task.server";
import { getOrCreateEnterprise, getTaskRecord, loadChecklistTask } from "~/lib/journey/journey.server";
import { CHANNEL_STATUSES, channelHosts, CHANNELS_WITHOUT_LINK } from "~/utils/channels";
import { isMessageKey } from "~/utils/i18n";
import type { TaskStatus } from "~/utils/journey/status";
import { todayInIndonesia } from "~/utils/dates";
import { taskPageTitle } from "~/utils/meta";
import { currentUploadIds, type UploadView } from "~/utils/uploads/uploads";
import { channelsSchema, type ChannelAnswer } from "~/utils/validation/channels";
import { channelsTexts } from "~/utils/i18n/namespaces/channels";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, items, titles } = loadChecklistTask(db, enterprise, "channels");
  const record = getTaskRecord(db, enterprise.id, "channels");
  const answers = (record?.answers ?? {}) as Record<string, ChannelAnswer | undefined>;
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    items: items.map((item) => ({
      key: item.key,
      title: item.title[locale],
      help: item.help[locale],
      required: item.required,
      link: item.link ? { label: item.link.label[locale], url: item.link.url } : null,
      hasLink: !CHANNELS_WITHOUT_LINK.has(item.key),
      example: item.key === "website" ? "https://namausaha.id" : `https://${channelHosts(item.key)[0] ?? "…"}/…`,
    })),
    defaultValue: Object.fromEntries(items.map((item) => [item.key, answers[item.key] ?? {}])),
    uploads: checklistEvidence(db, enterprise.id, answers),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  return checklistTaskAction(
    request,
    "channels",
    (items) => channelsSchema(items, todayInIndonesia()),
    context.clientIp,
  );
}

type ItemView = ReturnType<typeof useLoaderData<typeof loader>>["items"][number];

function ChannelItem({
  item,
  field,
  uploads,
  evidence,
}: {
  item: ItemView;
  field: FieldMetadata<ChannelAnswer | undefined>;
  uploads: Record<string, UploadView>;
  evidence: string | undefined;
}) {
  const t = useT(channelsTexts);
  const answer = field.getFieldset();
  return (
    <ChecklistItemSection item={item} className="channel" markOptional={false}>
      <RadioGroup
        field={answer.status}
        legend={t("channels.statusLegend", { item: item.title })}
        legendClassName="sr-only"
        options={CHANNEL_STATUSES.map((value) => ({ value, label: t(`channels.status.${value}`) }))}
      />
      <p className="text-sm text-stone-600">{t("channels.notUsed")}</p>
      {item.hasLink ? (
        <div className={`channel-when-live ${answer.url.errors ? "field-invalid" : ""}`}>
          <TextField
            field={answer.url}
            label={t("channels.url", { item: item.title })}
            hint={t("channels.urlHint", { example: item.example })}
            inputMode="url"
          />
        </div>
      ) : null}
      <div
        className={`channel-when-sold space-y-4 ${answer.firstSaleOn.errors || answer.evidence.errors ? "field-invalid" : ""}`}
      >
        <TextField field={answer.firstSaleOn} label={t("channels.firstSaleOn", { item: item.title })} type="date" />
        <UploadField
          field={answer.evidence}
          label={`${t("channels.saleEvidence")} (${item.title})`}
          hint={t("channels.saleEvidenceHint")}
          kind="document"
          uploads={uploads}
          value={evidence}
        />
      </div>
    </ChecklistItemSection>
  );
}

export default function ChannelsTask() {
  const t = useT(channelsTexts);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<Record<string, ChannelAnswer | undefined>>({
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
  });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const formError = form.errors?.[0];
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
          {hasErrors ? (
            <FormAlert>{formError && isMessageKey(formError) ? t(formError) : t("error.formSummary")}</FormAlert>
          ) : null}
          <Form
            method="post"
            encType="multipart/form-data"
            preventScrollReset
            {...getFormProps(form)}
            noValidate
            className="space-y-6"
          >
            {loaderData.items.map((item) => (
              <ChannelItem
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
