import { getFormProps, getInputProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FieldError, FormAlert, SubmitButton, SuccessNotice, TextField, useErrorText } from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { stalledAfterDays } from "~/lib/mentoring/settings.server";
import { listProvinces } from "~/lib/regions/regions.server";
import { saveTargets, setStalledAfterDays, targetsFor } from "~/lib/settings/programme.server";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import {
  MAX_TARGET_YEAR,
  MIN_TARGET_YEAR,
  parseTarget,
  parseTargetYear,
  provinceTargetField,
} from "~/utils/settings/targets";
import { stalledSchema, targetsSchema } from "~/utils/validation/admin-settings";
import { adminSettingsTexts } from "~/utils/i18n/namespaces/admin-settings";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminSettings.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const requested = new URL(request.url).searchParams.get("year");
  const year = requested === null ? Number(requestNow(request).today.slice(0, 4)) : parseTargetYear(requested);
  const stalledDays = stalledAfterDays(db);
  if (year === null) {
    return data({ year: null, provinces: [], targets: null, stalledDays }, { status: 400 });
  }
  return data({
    year,
    provinces: listProvinces(db),
    targets: targetsFor(db, year),
    stalledDays,
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "stalled") {
    const submission = parseWithZod(formData, { schema: stalledSchema });
    if (submission.status !== "success") {
      return data({ form: "stalled" as const, result: submission.reply() }, { status: 400 });
    }
    setStalledAfterDays(db, submission.value.days, admin.id, context.clientIp);
    const year = parseTargetYear(String(formData.get("year") ?? ""));
    throw redirect(`/admin/settings?${year ? `year=${year}&` : ""}saved=stalled#stalled-title`);
  }
  if (intent !== "targets") throw data({ reason: "badForm" as const }, { status: 400 });
  const provinces = listProvinces(db);
  const submission = parseWithZod(formData, { schema: targetsSchema(provinces.map((p) => p.code)) });
  if (submission.status !== "success") {
    return data({ form: "targets" as const, result: submission.reply() }, { status: 400 });
  }
  const values = submission.value as Record<string, number | null> & { year: number };
  // Only the fields the administrator changed from what the page showed are written.
  const changed = (name: string) => {
    const shown = formData.get(shownField(name));
    return typeof shown !== "string" || (shown === "" ? null : parseTarget(shown)) !== (values[name] ?? null);
  };
  const byProvince: Record<string, number | null> = {};
  for (const { code } of provinces) {
    const name = provinceTargetField(code);
    if (changed(name)) byProvince[code] = values[name] ?? null;
  }
  saveTargets(
    db,
    values.year,
    { national: changed("national") ? (values.national ?? null) : undefined, byProvince },
    admin.id,
    context.clientIp,
  );
  throw redirect(`/admin/settings?year=${values.year}&saved=targets`);
}

/** The hidden field holding the value a target field showed when the page was loaded. */
const shownField = (name: string) => `shown_${name}`;

const inputClass =
  "block min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 text-right text-base tabular-nums aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A target input whose label sits elsewhere (the table's row header). */
function TargetInput({ field, describedBy }: { field: FieldMetadata<string | undefined>; describedBy?: string }) {
  const errorText = useErrorText()(field.errors);
  const described = [describedBy, errorText ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <>
      <input
        {...getInputProps(field, { type: "text", ariaAttributes: false })}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={errorText ? true : undefined}
        aria-describedby={described || undefined}
        className={inputClass}
      />
      <FieldError id={field.errorId} text={errorText} />
    </>
  );
}

function YearPicker({ year, error }: { year: number | null; error: boolean }) {
  const t = useT(adminSettingsTexts);
  const years = Array.from({ length: MAX_TARGET_YEAR - MIN_TARGET_YEAR + 1 }, (_, i) => MIN_TARGET_YEAR + i);
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("adminSettings.year.legend")}>
      <div>
        <label htmlFor="year" className="block font-semibold text-stone-900">
          {t("adminSettings.year.label")}
        </label>
        <select
          id="year"
          name="year"
          defaultValue={year ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "year-error" : undefined}
          className="mt-1 block min-h-11 rounded-lg border border-stone-400 bg-white px-3 text-base aria-[invalid=true]:border-red-700"
        >
          {year === null ? <option value="" /> : null}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t("adminSettings.year.show")}
      </button>
      {error ? <FieldError id="year-error" text={t("adminSettings.year.invalid")} /> : null}
    </Form>
  );
}

function TargetsForm({ year }: { year: number }) {
  const t = useT(adminSettingsTexts);
  const locale = useLocale();
  const number = new Intl.NumberFormat(intlLocale(locale));
  const { provinces, targets } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved = targets ?? { national: null, byProvince: {} };
  const shown = (value: number | null | undefined) =>
    value === null || value === undefined ? "" : number.format(value);
  const [form, fields] = useForm<Record<string, string>>({
    id: `targets-${year}`,
    lastResult: actionData?.form === "targets" ? actionData.result : undefined,
    defaultValue: {
      year: String(year),
      national: shown(saved.national),
      ...Object.fromEntries(provinces.map((p) => [provinceTargetField(p.code), shown(saved.byProvince[p.code])])),
    },
  });
  const errorCount = Object.keys(form.allErrors).length;
  const provinceValues = Object.values(saved.byProvince);
  const sum = provinceValues.reduce((total, value) => total + value, 0);
  return (
    <Form method="post" {...getFormProps(form)} noValidate className="space-y-5">
      {/* The year is hidden: an error there means the page was changed or is out of date. */}
      {form.allErrors.year ? (
        <FormAlert>{t("adminSettings.error.formChanged")}</FormAlert>
      ) : errorCount > 0 ? (
        <FormAlert>{t("adminSettings.targets.errors", { count: errorCount })}</FormAlert>
      ) : null}
      <input type="hidden" name="intent" value="targets" />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name={shownField("national")} value={saved.national ?? ""} />
      {provinces.map((p) => (
        <input
          key={p.code}
          type="hidden"
          name={shownField(provinceTargetField(p.code))}
          value={saved.byProvince[p.code] ?? ""}
        />
      ))}
      <p id="target-hint" className="text-sm text-stone-700">
        {t("adminSettings.targets.hint")}
      </p>
      <div className="max-w-sm">
        <label htmlFor={fields.national!.id} className="block font-semibold text-stone-900">
          {t("adminSettings.targets.national")}
        </label>
        <p id="province-sum" className="mt-0.5 text-sm text-stone-600">
          {provinceValues.length > 0
            ? t("adminSettings.targets.sum", { sum: number.format(sum) })
            : t("adminSettings.targets.sumNone")}
        </p>
        <div className="mt-1">
          <TargetInput field={fields.national!} describedBy="target-hint province-sum" />
        </div>
      </div>
      <table className="w-full text-left">
        <caption className="mb-2 text-left font-semibold text-stone-900">
          {t("adminSettings.targets.caption", { year })}
        </caption>
        <thead>
          <tr className="border-b border-stone-300 text-sm text-stone-600">
            <th scope="col" className="py-2 pr-3">
              {t("adminSettings.targets.province")}
            </th>
            <th scope="col" className="w-36 py-2 text-right">
              {t("adminSettings.targets.target")}
            </th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((province) => {
            const field = fields[provinceTargetField(province.code)]!;
            return (
              <tr key={province.code} className="border-b border-stone-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <label htmlFor={field.id} className="inline-flex min-h-11 items-center">
                    {province.name}
                  </label>
                </th>
                <td className="w-36 py-2">
                  <TargetInput field={field} describedBy="target-hint" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SubmitButton>{t("adminSettings.targets.save", { year })}</SubmitButton>
    </Form>
  );
}

function StalledForm({ year }: { year: number | null }) {
  const t = useT(adminSettingsTexts);
  const { stalledDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<{ days: string }>({
    id: "stalled",
    lastResult: actionData?.form === "stalled" ? actionData.result : undefined,
    defaultValue: { days: String(stalledDays) },
  });
  return (
    <Form method="post" {...getFormProps(form)} noValidate className="space-y-4">
      <input type="hidden" name="intent" value="stalled" />
      {year ? <input type="hidden" name="year" value={year} /> : null}
      <div className="max-w-xs">
        <TextField
          field={fields.days}
          label={t("adminSettings.stalled.days")}
          hint={t("adminSettings.stalled.hint", { days: stalledDays })}
          inputMode="numeric"
        />
      </div>
      <SubmitButton>{t("adminSettings.stalled.save")}</SubmitButton>
    </Form>
  );
}

export default function ProgrammeSettings() {
  const t = useT(adminSettingsTexts);
  const { year, stalledDays } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("adminSettings.title")}</h1>
        <p className="mt-2 text-stone-700">{t("adminSettings.lead")}</p>
      </div>
      {saved === "targets" && year ? <SuccessNotice>{t("adminSettings.targets.saved", { year })}</SuccessNotice> : null}
      {saved === "stalled" ? (
        <SuccessNotice>{t("adminSettings.stalled.saved", { days: stalledDays })}</SuccessNotice>
      ) : null}
      <section
        aria-labelledby="targets-title"
        className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <h2 id="targets-title" className="text-lg font-bold text-stone-900">
          {t("adminSettings.targets.title", { year: year ?? "—" })}
        </h2>
        <p className="text-stone-700">{t("adminSettings.targets.lead")}</p>
        <YearPicker year={year} error={year === null} />
        {year ? <TargetsForm key={year} year={year} /> : null}
      </section>
      <section
        aria-labelledby="stalled-title"
        className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <h2 id="stalled-title" className="text-lg font-bold text-stone-900">
          {t("adminSettings.stalled.title")}
        </h2>
        <p className="text-stone-700">{t("adminSettings.stalled.explain")}</p>
        <StalledForm year={year} />
      </section>
    </div>
  );
}
