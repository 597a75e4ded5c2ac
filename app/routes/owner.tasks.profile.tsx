import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData, useSearchParams } from "@remix-run/react";
import { useState } from "react";
import { Card } from "~/components/card";
import { CheckboxGroup, FormAlert, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { TaskActions, TaskPageHeader } from "~/components/task-page";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { checkProfileRegions, getProfile, saveProfile } from "~/lib/enterprise/profile.server";
import { readFormData } from "~/lib/http/form.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { getJourneyTemplate, getOrCreateEnterprise, getTaskRecord } from "~/lib/journey/journey.server";
import { listProvinces, listRegencies, type RegionOption } from "~/lib/regions/regions.server";
import { computeSizeClass } from "~/utils/enterprise/size-class";
import type { TaskStatus } from "~/utils/journey/status";
import { PRODUCT_CATEGORIES } from "~/utils/journey/template-types";
import { taskPageTitle } from "~/utils/meta";
import { formatRupiah } from "~/utils/rupiah";
import { BASELINE_CHANNELS, LEGAL_FORMS } from "~/utils/enterprise/options";
import { profileSchema, type ProfileFields } from "~/utils/validation/profile";
import { numberFormat } from "~/utils/intl";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";
import { formsTexts } from "~/utils/i18n/namespaces/forms";
import { profileTexts } from "~/utils/i18n/namespaces/profile";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

function profileTask(db: ReturnType<typeof getDb>, templateVersion: number) {
  const task = getJourneyTemplate(db, templateVersion).tasks.find((t) => t.key === "profile");
  if (!task) throw new Error(`template ${templateVersion} has no profile task`);
  return task;
}

const groupDigits = (n: number | null) => (n === null ? undefined : numberFormat("id-ID").format(n));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const task = profileTask(db, enterprise.templateVersion);
  const record = getTaskRecord(db, enterprise.id, "profile");
  const profile = getProfile(db, enterprise.id);
  const size = computeSizeClass(profile.capital, profile.annualSales);
  return {
    title: task.title[locale],
    help: task.help[locale],
    status: (record?.status ?? "not_started") as TaskStatus,
    reviewComment: record?.status === "changes_requested" ? record.reviewComment : null,
    provinces: listProvinces(db),
    regencies: profile.provinceCode ? listRegencies(db, profile.provinceCode) : [],
    size: size
      ? {
          sizeClass: size.sizeClass,
          basis: size.basis,
          amount: size.basis === "sales" ? profile.annualSales! : profile.capital!,
          mismatch: size.mismatch,
        }
      : null,
    defaultValue: {
      name: profile.name ?? undefined,
      legalForm: profile.legalForm ?? undefined,
      categories: profile.categories,
      provinceCode: profile.provinceCode ?? undefined,
      regencyCode: profile.regencyCode ?? undefined,
      address: profile.address ?? undefined,
      whatsapp: profile.whatsapp ? `0${profile.whatsapp.slice(3)}` : undefined,
      yearStarted: profile.yearStarted?.toString(),
      employees: profile.employees?.toString(),
      capital: groupDigits(profile.capital),
      annualSales: groupDigits(profile.annualSales),
      baselineMonthlyRevenue: groupDigits(profile.baselineMonthlyRevenue),
      baselineChannels: profile.baselineChannels,
    },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: profileSchema(new Date().getFullYear()) });
  const submittedProvince = formData.get("provinceCode");
  const regenciesFor = (code: unknown): RegionOption[] =>
    typeof code === "string" && /^\d{2}$/.test(code) ? listRegencies(db, code) : [];

  if (submission.status !== "success") {
    return data({ result: submission.reply(), regencies: regenciesFor(submittedProvince) }, { status: 400 });
  }
  const values = submission.value;
  // Without JavaScript, choosing a province posts the form back to list its regencies.
  if (values.intent === "choose-province") {
    return data({ result: submission.reply(), regencies: regenciesFor(values.provinceCode) });
  }
  const regionError = checkProfileRegions(db, values);
  if (regionError) {
    return data(
      {
        result: submission.reply({
          fieldErrors: {
            [regionError.field]: [
              regionError.field === "provinceCode" ? "field.choice.invalid" : "field.regency.mismatch",
            ],
          },
        }),
        regencies: regenciesFor(values.provinceCode),
      },
      { status: 400 },
    );
  }
  const task = profileTask(db, enterprise.templateVersion);
  saveProfile(db, enterprise.id, user.id, values, values.intent, task.needsReview, context.clientIp);
  if (values.intent === "finish") throw redirect(`/owner?saved=profile`);
  throw redirect("/owner/tasks/profile?saved=draft");
}

export default function ProfileTask() {
  const t = useT(enterpriseTexts, formsTexts, profileTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const regionFetcher = useFetcher<{ provinceCode: string; regencies: RegionOption[] }>();
  const [chosenProvince, setChosenProvince] = useState<string | null>(null);
  const [form, fields] = useForm<ProfileFields>({
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
  });
  const regencies =
    chosenProvince !== null
      ? regionFetcher.data?.provinceCode === chosenProvince
        ? regionFetcher.data.regencies
        : []
      : (actionData?.regencies ?? loaderData.regencies);
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const { size } = loaderData;

  function chooseProvince(code: string) {
    setChosenProvince(code);
    if (code) regionFetcher.load(`/regions/${code}`);
  }

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

      <Form method="post" preventScrollReset {...getFormProps(form)} noValidate className="space-y-6">
        <div className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <TextField
            field={fields.name}
            label={t("profile.name")}
            hint={t("profile.nameHint")}
            autoComplete="organization"
          />
          <SelectField
            field={fields.legalForm}
            label={t("profile.legalForm")}
            placeholder={t("profile.choose")}
            options={LEGAL_FORMS.map((value) => ({ value, label: t(`legalForm.${value}`) }))}
          />
          <CheckboxGroup
            field={fields.categories}
            legend={t("profile.categories")}
            hint={t("profile.categoriesHint")}
            options={PRODUCT_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          />
        </div>

        <fieldset className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <legend className="sr-only">{t("profile.location")}</legend>
          <h2 className="text-lg font-bold text-stone-900" aria-hidden="true">
            {t("profile.location")}
          </h2>
          <SelectField
            field={fields.provinceCode}
            label={t("profile.province")}
            placeholder={t("profile.choose")}
            options={loaderData.provinces.map((p) => ({ value: p.code, label: p.name }))}
            onChange={chooseProvince}
          />
          <noscript>
            <div className="space-y-1">
              <p className="text-sm text-stone-600">{t("profile.showRegenciesHint")}</p>
              <button
                type="submit"
                name="intent"
                value="choose-province"
                formNoValidate
                className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800"
              >
                {t("profile.showRegencies")}
              </button>
            </div>
          </noscript>
          <SelectField
            key={chosenProvince ?? "initial"}
            field={fields.regencyCode}
            label={t("profile.regency")}
            placeholder={regencies.length ? t("profile.choose") : t("profile.regencyChooseProvince")}
            options={regencies.map((r) => ({ value: r.code, label: r.name }))}
          />
          <TextAreaField field={fields.address} label={t("profile.address")} />
          <TextField
            field={fields.whatsapp}
            label={t("profile.whatsapp")}
            hint={t("profile.whatsappHint")}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField field={fields.yearStarted} label={t("profile.yearStarted")} inputMode="numeric" />
            <TextField
              field={fields.employees}
              label={t("profile.employees")}
              hint={t("profile.employeesHint")}
              inputMode="numeric"
            />
          </div>
        </fieldset>

        <fieldset className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <legend className="sr-only">{t("profile.money")}</legend>
          <h2 className="text-lg font-bold text-stone-900" aria-hidden="true">
            {t("profile.money")}
          </h2>
          <p className="text-sm text-stone-600">{t("profile.moneyHint")}</p>
          <TextField field={fields.capital} label={t("profile.capital")} inputMode="numeric" />
          <TextField
            field={fields.annualSales}
            label={t("profile.annualSales")}
            hint={t("profile.annualSalesHint")}
            inputMode="numeric"
          />
          <TextField
            field={fields.baselineMonthlyRevenue}
            label={t("profile.baselineRevenue")}
            hint={t("profile.baselineRevenueHint")}
            inputMode="numeric"
          />
          <div className="rounded-lg bg-brand-50 p-4" aria-live="polite">
            <h3 className="font-semibold text-brand-800">{t("size.title")}</h3>
            {size ? (
              <>
                <p className="mt-1 text-lg font-bold text-stone-900">{t(`size.${size.sizeClass}`)}</p>
                <p className="mt-1 text-sm text-stone-700">
                  {t(`size.basis.${size.basis}`, { amount: formatRupiah(size.amount, locale) })}
                </p>
                {size.mismatch ? <p className="mt-1 text-sm text-amber-900">{t("size.mismatch")}</p> : null}
              </>
            ) : (
              <p className="mt-1 text-sm text-stone-700">{t("size.unknown")}</p>
            )}
          </div>
        </fieldset>

        <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <CheckboxGroup
            field={fields.baselineChannels}
            legend={t("profile.baselineChannels")}
            options={BASELINE_CHANNELS.map((value) => ({ value, label: t(`baseline.${value}`) }))}
          />
        </div>

        <TaskActions />
      </Form>
    </div>
  );
}
