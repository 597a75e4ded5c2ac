import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { BrandCheckResults } from "~/components/brand-check-results";
import { ChecklistItemSection } from "~/components/checklist-item";
import {
  CheckboxGroup,
  FieldError,
  FormAlert,
  RadioGroup,
  TextAreaField,
  TextField,
  useErrorText,
} from "~/components/form-fields";
import { CannotStartNotice, TaskActions, TaskPageHeader } from "~/components/task-page";
import { useLocale, useT } from "~/components/use-translation";
import { intlLocale } from "~/utils/i18n";
import { requireRole } from "~/lib/auth/guards.server";
import { getBrand } from "~/lib/brand/brand.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { runEnterpriseBrandCheck, latestBrandCheck } from "~/lib/brand-check/brand-check.server";
import { brandClasses } from "~/lib/brand-check/classes.server";
import { brandCheckHits } from "~/lib/brand-check/limits.server";
import { minutesToWait, takeLimits, tooManyRequests } from "~/lib/rate-limit/rate-limit.server";
import { readFormData } from "~/lib/http/form.server";
import { checklistTaskAction } from "~/lib/journey/checklist-task.server";
import {
  enterpriseCategories,
  getOrCreateEnterprise,
  getTaskRecord,
  loadChecklistTask,
} from "~/lib/journey/journey.server";
import type { TaskStatus } from "~/utils/journey/status";
import { todayInIndonesia } from "~/utils/dates";
import { taskPageTitle } from "~/utils/meta";
import { formatRupiah } from "~/utils/rupiah";
import {
  COMMON_CLASSES,
  FILING_FEE_PER_CLASS,
  PDKI_RESULTS,
  pdkiSearchUrl,
  suggestedClasses,
  TRADEMARK_FILING_URL,
  TRADEMARK_STATUSES,
} from "~/utils/trademark";
import { ipSchema, type PdkiAnswer, type TrademarkAnswer } from "~/utils/validation/ip";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { limitsTexts } from "~/utils/i18n/namespaces/limits";
import { ipTexts } from "~/utils/i18n/namespaces/ip";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, items, titles } = loadChecklistTask(db, enterprise, "ip");
  const record = getTaskRecord(db, enterprise.id, "ip");
  const answers = (record?.answers ?? {}) as Record<string, unknown>;
  const pdki = (answers.pdki ?? {}) as PdkiAnswer;
  const trademark = (answers.trademark ?? { classes: [] }) as TrademarkAnswer;
  const suggested = suggestedClasses(enterpriseCategories(db, enterprise.id));
  const chosen = trademark.classes ?? [];
  const classLabel = (n: number) => COMMON_CLASSES[n]?.[locale];
  const brandName = getBrand(db, enterprise.id)?.name ?? null;
  const check = latestBrandCheck(db, enterprise.id);
  const acknowledged = ((answers.brandCheck ?? {}) as { acknowledged?: string[] }).acknowledged ?? [];
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    brandName,
    check: check
      ? {
          name: check.name,
          current: !!brandName && sameName(check.name, brandName),
          checkedAt: check.checkedAt,
          indexVersion: check.indexVersion,
          matches: check.matches,
        }
      : null,
    acknowledged,
    suggested: suggested.map((n) => ({ value: String(n), label: classLabel(n) ?? "" })),
    items: items.map((item) => ({
      key: item.key,
      title: item.title[locale],
      help: item.help[locale],
      required: item.required,
      link: item.link ? { label: item.link.label[locale], url: item.link.url } : null,
    })),
    defaultValue: {
      pdki: { result: pdki.result, note: pdki.note },
      trademark: {
        status: trademark.status,
        classes: chosen.filter((n) => suggested.includes(n)).map(String),
        otherClasses: chosen.filter((n) => !suggested.includes(n)).join(", ") || undefined,
        applicationNumber: trademark.applicationNumber,
        filedOn: trademark.filedOn,
        registrationNumber: trademark.registrationNumber,
        registeredOn: trademark.registeredOn,
      },
      ...Object.fromEntries(
        items.map((item) => [
          item.key,
          { declared: (answers[item.key] as { declared?: boolean } | undefined)?.declared ? "on" : undefined },
        ]),
      ),
    },
  };
}

function sameName(a: string, b: string) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const intent = (await readFormData(request.clone())).get("intent");
  const brandName = getBrand(db, enterprise.id)?.name ?? null;
  if (intent === "check") {
    const { state } = loadChecklistTask(db, enterprise, "ip");
    if (state.status === "cannot_start" || !brandName) throw data({ reason: "cannotStart" as const }, { status: 409 });
    const verdict = takeLimits(db, brandCheckHits(user.id, context.clientIp));
    if (!verdict.ok) {
      return data(
        { result: undefined, checkRetryMinutes: minutesToWait(verdict.retryAfterSeconds) },
        tooManyRequests(verdict.retryAfterSeconds),
      );
    }
    runEnterpriseBrandCheck(db, {
      enterpriseId: enterprise.id,
      checkedBy: user.id,
      name: brandName,
      classes: brandClasses(db, enterprise.id),
    });
    throw redirect("/owner/tasks/ip#brand-check-title");
  }
  const check = latestBrandCheck(db, enterprise.id);
  const current = check && brandName && sameName(check.name, brandName) ? check : null;
  const risky = current ? current.matches.filter((m) => m.band !== "rendah").map((m) => m.name) : [];
  return checklistTaskAction(
    request,
    "ip",
    (items) => ipSchema(items, todayInIndonesia(), current ? { risky } : null),
    context.clientIp,
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function DeclarationItem({ item, field }: { item: LoaderData["items"][number]; field: FieldMetadata<unknown> }) {
  const t = useT(brandCheckTexts, ipTexts);
  const declared = (field as FieldMetadata<{ declared?: string } | undefined>).getFieldset().declared;
  const errorText = useErrorText()(declared.errors);
  return (
    <ChecklistItemSection item={item}>
      <label className="flex min-h-11 items-center gap-3 rounded-lg px-1 hover:bg-stone-100">
        <input
          type="checkbox"
          id={declared.id}
          name={declared.name}
          key={declared.key}
          defaultChecked={declared.initialValue === "on"}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={errorText ? declared.errorId : undefined}
          className="size-5 shrink-0 accent-brand-700"
        />
        <span>{t("ip.declare", { item: item.title })}</span>
      </label>
      <FieldError id={declared.errorId} text={errorText} />
    </ChecklistItemSection>
  );
}

export default function IpTask() {
  const t = useT(brandCheckTexts, ipTexts, limitsTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<Record<string, unknown>>({
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue as never,
  });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const pdki = (fields.pdki as FieldMetadata<PdkiAnswer | undefined>).getFieldset();
  const trademark = (
    fields.trademark as FieldMetadata<Record<string, string | string[] | undefined> | undefined>
  ).getFieldset();
  const brandName = loaderData.brandName;
  const check = loaderData.check;
  const ackError = useErrorText()(fields.ack?.errors);
  const posted = actionData?.result?.initialValue?.ack;
  const checkRetryMinutes = actionData && "checkRetryMinutes" in actionData ? actionData.checkRetryMinutes : null;
  const ackValues = actionData?.result
    ? Array.isArray(posted)
      ? posted.map(String)
      : typeof posted === "string"
        ? [posted]
        : []
    : loaderData.acknowledged;

  if (loaderData.status === "cannot_start") {
    return (
      <div className="space-y-6">
        <TaskPageHeader
          title={loaderData.title}
          help={loaderData.help}
          status="cannot_start"
          reviewComment={null}
          savedDraft={false}
        />
        <CannotStartNotice waitingFor={loaderData.waitingFor} />
      </div>
    );
  }

  // The fee follows the classes chosen, as the owner ticks them (and as saved without JavaScript).
  const ticked = trademark.classes?.value;
  const tickedCount =
    (Array.isArray(ticked) ? ticked.length : ticked ? 1 : 0) + countClasses(trademark.otherClasses?.value);
  const link = "font-semibold text-brand-700 underline underline-offset-4";

  return (
    <div className="space-y-6">
      <TaskPageHeader
        title={loaderData.title}
        help={loaderData.help}
        status={loaderData.status}
        reviewComment={loaderData.reviewComment}
        savedDraft={searchParams.get("saved") === "draft" && !actionData}
      />
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      {brandName ? (
        <Form method="post" id="brand-check-run" preventScrollReset>
          <input type="hidden" name="intent" value="check" />
        </Form>
      ) : null}
      <Form method="post" preventScrollReset {...getFormProps(form)} noValidate className="space-y-6">
        {brandName ? (
          <section
            aria-labelledby="brand-check-title"
            className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
          >
            <h2 id="brand-check-title" className="text-lg font-bold text-stone-900">
              {t("brandCheck.title")}
            </h2>
            <p className="text-stone-700">{t("brandCheck.lead", { name: brandName })}</p>
            {check && check.current ? (
              <>
                <p className="text-sm text-stone-600">
                  {t("brandCheck.checkedAt", {
                    date: new Intl.DateTimeFormat(intlLocale(locale), {
                      dateStyle: "long",
                      timeStyle: "short",
                      timeZone: "Asia/Jakarta",
                    }).format(new Date(check.checkedAt * 1000)),
                    version: check.indexVersion,
                  })}
                </p>
                <BrandCheckResults
                  name={brandName}
                  matches={check.matches}
                  acknowledge={{
                    fieldName: "ack",
                    checked: ackValues,
                    errorId: fields.ack?.errorId,
                    invalid: !!fields.ack?.errors,
                  }}
                />
              </>
            ) : (
              <p className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
                {check ? t("brandCheck.stale", { old: check.name }) : t("brandCheck.notYet", { name: brandName })}
              </p>
            )}
            <FieldError id={fields.ack?.errorId ?? "ack-error"} text={ackError} />
            {checkRetryMinutes ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                {t("limits.tooMany", { minutes: checkRetryMinutes })}
              </p>
            ) : null}
            <Link to="/brand-check" className={`block ${link}`}>
              {t("brandCheck.tryOther")}
            </Link>
            <button
              type="submit"
              form="brand-check-run"
              className="inline-flex min-h-12 items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-6 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {check?.current ? t("brandCheck.rerun") : t("brandCheck.run")}
            </button>
          </section>
        ) : null}
        <section
          aria-labelledby="pdki-title"
          className="pdki space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id="pdki-title" className="text-lg font-bold text-stone-900">
            {t("ip.pdki.title")}
          </h2>
          {brandName ? (
            <>
              <p className="text-stone-800">{t("ip.pdki.lead", { name: brandName })}</p>
              <a href={pdkiSearchUrl(brandName)} target="_blank" rel="noopener noreferrer" className={link}>
                {t("ip.pdki.search", { name: brandName })}
              </a>
              <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
                <li>{t("ip.pdki.tip1")}</li>
                <li>{t("ip.pdki.tip2", { classes: loaderData.suggested.map((c) => c.value).join(", ") || "—" })}</li>
                <li>{t("ip.pdki.tip3")}</li>
              </ul>
            </>
          ) : (
            <p className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
              {t("ip.pdki.noBrand")}{" "}
              <Link to="/owner/tasks/brand" className={link}>
                {t("ip.pdki.toBrand")}
              </Link>
            </p>
          )}
          <RadioGroup
            field={pdki.result}
            legend={t("ip.pdki.legend")}
            options={PDKI_RESULTS.map((value) => ({ value, label: t(`ip.pdki.result.${value}`) }))}
          />
          <div className={`pdki-when-similar space-y-2 ${pdki.note.errors ? "field-invalid" : ""}`}>
            <TextAreaField field={pdki.note} label={t("ip.pdki.note")} hint={t("ip.pdki.noteHint")} rows={3} />
            <Link to="/owner/tasks/brand" className={`inline-flex min-h-11 items-center ${link}`}>
              {t("ip.pdki.changeName")}
            </Link>
          </div>
        </section>

        <section aria-labelledby="copyright-title" className="space-y-4">
          <h2 id="copyright-title" className="text-xl font-bold text-stone-900">
            {t("ip.copyright.title")}
          </h2>
          <p className="text-stone-700">{t("ip.copyright.lead")}</p>
          {loaderData.items.map((item) => (
            <DeclarationItem key={item.key} item={item} field={fields[item.key] as FieldMetadata<unknown>} />
          ))}
        </section>

        <section
          aria-labelledby="trademark-title"
          className="trademark space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id="trademark-title" className="text-lg font-bold text-stone-900">
            {t("ip.tm.title")}
          </h2>
          <p className="text-stone-700">{t("ip.tm.lead")}</p>
          <RadioGroup
            field={trademark.status as FieldMetadata<string | undefined>}
            legend={t("ip.tm.statusLegend")}
            options={TRADEMARK_STATUSES.map((value) => ({ value, label: t(`ip.tm.status.${value}`) }))}
          />
          <div className="tm-when-planned space-y-4">
            {loaderData.suggested.length > 0 ? (
              <CheckboxGroup
                field={trademark.classes as FieldMetadata<string[] | undefined>}
                legend={t("ip.tm.classes")}
                hint={t("ip.tm.classesHint")}
                options={loaderData.suggested.map((c) => ({ value: c.value, label: t("ip.tm.class", c) }))}
              />
            ) : null}
            <TextField
              field={trademark.otherClasses as FieldMetadata<string | undefined>}
              label={t("ip.tm.otherClasses")}
              hint={t("ip.tm.otherClassesHint")}
              inputMode="numeric"
            />
            <div className="rounded-lg bg-brand-50 p-4 text-brand-900">
              <p className="font-semibold">
                {t("ip.tm.fee", {
                  count: tickedCount,
                  umk: formatRupiah(FILING_FEE_PER_CLASS.umk * tickedCount, locale),
                  general: formatRupiah(FILING_FEE_PER_CLASS.general * tickedCount, locale),
                })}
              </p>
              <p className="mt-1 text-sm">{t("ip.tm.feeNeeds")}</p>
            </div>
          </div>
          <div
            className={`tm-when-filed space-y-4 ${trademark.applicationNumber?.errors || trademark.filedOn?.errors ? "field-invalid" : ""}`}
          >
            <TextField
              field={trademark.applicationNumber as FieldMetadata<string | undefined>}
              label={t("ip.tm.applicationNumber")}
              hint={t("ip.tm.applicationNumberHint")}
            />
            <TextField
              field={trademark.filedOn as FieldMetadata<string | undefined>}
              label={t("ip.tm.filedOn")}
              type="date"
            />
          </div>
          <div
            className={`tm-when-registered space-y-4 ${trademark.registrationNumber?.errors || trademark.registeredOn?.errors ? "field-invalid" : ""}`}
          >
            <TextField
              field={trademark.registrationNumber as FieldMetadata<string | undefined>}
              label={t("ip.tm.registrationNumber")}
              hint={t("ip.tm.registrationNumberHint")}
            />
            <TextField
              field={trademark.registeredOn as FieldMetadata<string | undefined>}
              label={t("ip.tm.registeredOn")}
              type="date"
            />
          </div>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <a href="https://pdki-indonesia.dgip.go.id" target="_blank" rel="noopener noreferrer" className={link}>
              PDKI (pdki-indonesia.dgip.go.id)
            </a>
            <a href={TRADEMARK_FILING_URL} target="_blank" rel="noopener noreferrer" className={link}>
              {t("ip.tm.fileAt")}
            </a>
          </p>
        </section>

        <TaskActions />
      </Form>
    </div>
  );
}

function countClasses(value: unknown): number {
  if (typeof value !== "string") return 0;
  return new Set(value.split(/[\s,;]+/).filter((n) => /^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 45)).size;
}
