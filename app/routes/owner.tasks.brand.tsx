import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { FieldError, FormAlert, TextAreaField, TextField, useErrorText } from "~/components/form-fields";
import { CannotStartNotice, TaskActions, TaskPageHeader } from "~/components/task-page";
import { UploadField } from "~/components/upload-field";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getBrand, saveBrand } from "~/lib/brand/brand.server";
import { latestBrandCheck, runEnterpriseBrandCheck } from "~/lib/brand-check/brand-check.server";
import { brandClasses } from "~/lib/brand-check/classes.server";
import { getDb } from "~/lib/db.server";
import { getLocale } from "~/lib/i18n/locale.server";
import {
  enterpriseCategories,
  getOrCreateEnterprise,
  getTaskRecord,
  loadChecklistTask,
} from "~/lib/journey/journey.server";
import { readFormWithUploads, uploadRefusalInit } from "~/lib/uploads/upload-form.server";
import { withUploadsReleased } from "~/lib/uploads/release.server";
import { describeUploads } from "~/lib/uploads/uploads.server";
import { brandNameWarnings, COLOUR_SLOTS, DEFAULT_COLOURS, HEX_COLOUR, textColourOn } from "~/utils/brand";
import type { TaskStatus } from "~/utils/journey/status";
import { taskPageTitle } from "~/utils/meta";
import { currentUploadIds, uploadUrl } from "~/utils/uploads/uploads";
import { brandSchema } from "~/utils/validation/brand";
import { brandTexts } from "~/utils/i18n/namespaces/brand";
import { brandCheckTexts } from "~/utils/i18n/namespaces/brand-check";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => taskPageTitle(matches, data?.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, "owner");
  const locale = getLocale(request);
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state, titles } = loadChecklistTask(db, enterprise, "brand");
  const record = getTaskRecord(db, enterprise.id, "brand");
  const brand = getBrand(db, enterprise.id);
  const categories = enterpriseCategories(db, enterprise.id);
  // Slots in use keep their colour; the rest offer the defaults, unticked.
  const colours = brand?.colours ?? [];
  const slots = COLOUR_SLOTS.map((slot, i) => ({
    hex: colours[i] ?? DEFAULT_COLOURS[i]!,
    used: brand ? i < colours.length : i < 2,
  }));
  return {
    title: state.task.title[locale],
    help: state.task.help[locale],
    status: state.status as TaskStatus,
    waitingFor: state.waitingFor.map((key) => titles.get(key)?.[locale] ?? key),
    categories,
    uploads: describeUploads(db, enterprise.id, brand?.logoUploadId ? [brand.logoUploadId] : []),
    // The latest brand-name check of the saved name: its riskiest match, if any.
    nameCheck: (() => {
      const check = latestBrandCheck(db, enterprise.id);
      if (!check || !brand?.name || check.name.trim().toLowerCase() !== brand.name.trim().toLowerCase()) return null;
      const risky = check.matches.filter((m) => m.band !== "rendah");
      return { name: check.name, risky: risky.length, top: risky[0]?.name ?? null };
    })(),
    defaultValue: {
      name: brand?.name ?? undefined,
      tagline: brand?.tagline ?? undefined,
      story: brand?.story ?? undefined,
      logo: brand?.logoUploadId ?? undefined,
      ...Object.fromEntries(slots.flatMap((s, i) => [[`colour${i + 1}`, s.hex]])),
      ...Object.fromEntries(slots.flatMap((s, i) => (s.used ? [[`useColour${i + 1}`, "on"]] : []))),
    } as Record<string, string | undefined>,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireRole(request, "owner");
  const db = getDb();
  const enterprise = getOrCreateEnterprise(db, user.id);
  const { state } = loadChecklistTask(db, enterprise, "brand");
  if (state.status === "cannot_start") throw data({ reason: "cannotStart" as const }, { status: 409 });
  const upload = await readFormWithUploads(db, request, {
    enterpriseId: enterprise.id,
    uploadedBy: user.id,
    clientIp: context.clientIp,
    fieldFor: (name) => (name === "logoFile" ? { base: "logo", purpose: "logo" } : null),
  });
  const { formData, stored, uploadErrors } = upload;
  const submission = parseWithZod(formData, { schema: brandSchema });
  if (submission.status !== "success" || Object.keys(uploadErrors).length > 0) {
    return data(
      { result: submission.reply({ fieldErrors: uploadErrors }), uploads: stored },
      uploadRefusalInit(upload),
    );
  }
  const classes = brandClasses(db, enterprise.id);
  const brand = withUploadsReleased(db, enterprise.id, () =>
    saveBrand(db, enterprise.id, user.id, submission.value, state.task.needsReview, classes),
  );
  // The trademark task shows this check; running it now means it is there when the owner arrives.
  if (brand.name)
    runEnterpriseBrandCheck(db, { enterpriseId: enterprise.id, checkedBy: user.id, name: brand.name, classes });
  if (submission.value.intent === "finish") throw redirect("/owner?saved=brand");
  throw redirect("/owner/tasks/brand?saved=draft");
}

type PreviewProps = {
  name: string;
  tagline: string;
  story: string;
  colours: string[];
  logoSrc: string | null;
};

/** The brand as a customer would meet it: a shop header with the logo, name, tagline and story. */
function BrandPreview({ name, tagline, story, colours, logoSrc }: PreviewProps) {
  const t = useT(brandTexts, brandCheckTexts);
  const primary = colours[0] ?? "#57534e";
  const secondary = colours[1] ?? "#f5f5f4";
  const displayName = name || t("brand.preview.noName");
  const initials = displayName
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  return (
    <section aria-labelledby="brand-preview" className="space-y-2">
      <h2 id="brand-preview" className="text-lg font-bold text-stone-900">
        {t("brand.preview.title")}
      </h2>
      <p className="text-sm text-stone-600">{t("brand.preview.hint")}</p>
      <div className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-stone-200">
        <div className="h-16" style={{ backgroundColor: primary }} />
        <div className="-mt-10 space-y-3 px-5 pb-5">
          <div
            className="flex size-20 items-center justify-center overflow-hidden rounded-full text-2xl font-bold ring-4 ring-white"
            style={{ backgroundColor: secondary, color: textColourOn(secondary) }}
          >
            {logoSrc ? <img src={logoSrc} alt="" className="size-full bg-white object-contain" /> : initials}
          </div>
          <div>
            <p
              className="text-xl font-bold break-words"
              style={{ color: HEX_COLOUR.test(primary) ? primary : undefined }}
            >
              {displayName}
            </p>
            {tagline ? <p className="text-stone-700 italic">{tagline}</p> : null}
          </div>
          {story ? <p className="line-clamp-4 whitespace-pre-line text-sm text-stone-800">{story}</p> : null}
          {colours.length > 0 ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("brand.colours")}>
              {colours.map((hex, i) => (
                <li key={`${hex}-${i}`} className="flex items-center gap-1.5 text-sm text-stone-700">
                  <span className="size-5 rounded ring-1 ring-stone-300" style={{ backgroundColor: hex }} />
                  {hex}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </section>
  );
}

export default function BrandTask() {
  const t = useT(brandTexts, brandCheckTexts);
  const errorText = useErrorText();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<Record<string, string | undefined>>({
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
  });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const uploads = { ...loaderData.uploads, ...actionData?.uploads };
  const logoId = currentUploadIds(actionData?.result, ["logo"], loaderData.defaultValue.logo)[0];
  // A logo chosen but not yet sent is previewed from the phone itself.
  const [chosenLogo, setChosenLogo] = useState<string | null>(null);
  useEffect(() => () => void (chosenLogo && URL.revokeObjectURL(chosenLogo)), [chosenLogo]);
  useEffect(() => setChosenLogo(null), [logoId]);

  const value = (name: string) => {
    // conform keeps each field's value as the owner types, so the preview follows along.
    const v = fields[name]?.value;
    return typeof v === "string" ? v : "";
  };
  const colours = COLOUR_SLOTS.flatMap((slot) => {
    const hex = value(`colour${slot}`);
    return value(`useColour${slot}`) === "on" && HEX_COLOUR.test(hex) ? [hex] : [];
  });
  const warnings = brandNameWarnings(value("name"), loaderData.categories);
  const coloursError = errorText(fields.colours?.errors);

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

  return (
    <div className="space-y-6">
      <TaskPageHeader
        title={loaderData.title}
        help={loaderData.help}
        status={loaderData.status}
        reviewComment={null}
        savedDraft={searchParams.get("saved") === "draft" && !actionData}
      />
      {loaderData.nameCheck ? (
        <section
          aria-labelledby="name-check"
          className={
            loaderData.nameCheck.risky > 0
              ? "rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-200"
              : "rounded-lg bg-brand-50 p-4 text-brand-900"
          }
        >
          <h2 id="name-check" className="font-semibold">
            {t("brandCheck.title")}
          </h2>
          <p className="mt-1">
            {loaderData.nameCheck.risky > 0
              ? t("brand.nameCheck.risky", {
                  name: loaderData.nameCheck.name,
                  count: loaderData.nameCheck.risky,
                  top: loaderData.nameCheck.top ?? "",
                })
              : t("brand.nameCheck.clear", { name: loaderData.nameCheck.name })}
          </p>
          <Link
            to="/owner/tasks/ip"
            className="mt-1 inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
          >
            {t("brand.nameCheck.details")}
          </Link>
        </section>
      ) : null}
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <Form
        method="post"
        encType="multipart/form-data"
        preventScrollReset
        {...getFormProps(form)}
        noValidate
        className="space-y-6"
      >
        <div className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <TextField field={fields.name!} label={t("brand.name")} hint={t("brand.nameHint")} />
          {warnings.length > 0 ? (
            <ul className="space-y-2" aria-live="polite">
              {warnings.map((warning) => (
                <li key={warning} className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
                  {t(`brand.warning.${warning}`)}
                </li>
              ))}
            </ul>
          ) : null}
          <TextField field={fields.tagline!} label={t("brand.tagline")} hint={t("brand.taglineHint")} />
          <TextAreaField field={fields.story!} label={t("brand.story")} hint={t("brand.storyHint")} rows={5} />
        </div>

        <fieldset
          className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
          aria-describedby={coloursError ? `colours-hint ${fields.colours?.errorId}` : "colours-hint"}
        >
          <legend className="float-left w-full text-lg font-bold text-stone-900">{t("brand.colours")}</legend>
          <p id="colours-hint" className="clear-both text-sm text-stone-600">
            {t("brand.coloursHint")}
          </p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {COLOUR_SLOTS.map((slot) => {
              const hex = value(`colour${slot}`);
              return (
                <li key={slot} className="flex min-h-12 items-center gap-3 rounded-lg bg-stone-50 px-3 py-2">
                  <input
                    type="checkbox"
                    id={`useColour${slot}`}
                    name={`useColour${slot}`}
                    defaultChecked={loaderData.defaultValue[`useColour${slot}`] === "on"}
                    key={fields[`useColour${slot}`]?.key}
                    className="size-5 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={`useColour${slot}`} className="flex-1">
                    {t("brand.useColour", { n: slot })}
                  </label>
                  <label htmlFor={`colour${slot}`} className="sr-only">
                    {t("brand.colourN", { n: slot })}
                  </label>
                  <input
                    type="color"
                    id={`colour${slot}`}
                    name={`colour${slot}`}
                    defaultValue={loaderData.defaultValue[`colour${slot}`]}
                    key={fields[`colour${slot}`]?.key}
                    className="h-11 w-14 shrink-0 cursor-pointer rounded border border-stone-400 bg-white p-1"
                  />
                  <span className="w-16 font-mono text-xs text-stone-600">{hex}</span>
                </li>
              );
            })}
          </ul>
          <FieldError id={fields.colours?.errorId ?? "colours-error"} text={coloursError} />
        </fieldset>

        <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <UploadField
            field={fields.logo!}
            label={t("brand.logo")}
            hint={t("brand.logoHint")}
            kind="image"
            uploads={uploads}
            value={logoId}
            onFileChosen={(file) => setChosenLogo(file ? URL.createObjectURL(file) : null)}
          />
        </div>

        <BrandPreview
          name={value("name")}
          tagline={value("tagline")}
          story={value("story")}
          colours={colours}
          logoSrc={chosenLogo ?? (logoId ? uploadUrl(logoId, "thumb") : null)}
        />

        <TaskActions />
      </Form>
    </div>
  );
}
