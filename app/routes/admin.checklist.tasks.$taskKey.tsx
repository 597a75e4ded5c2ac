import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import {
  CheckboxGroup,
  FieldError,
  FormAlert,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
  useFieldDescription,
} from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { editableTemplate, saveDraftTask } from "~/lib/journey/template-editor.server";
import { itemsHaveCategories, taskEditOf, taskFlagsEditable, templateChanges } from "~/utils/journey/template-edit";
import { PRODUCT_CATEGORIES, TASK_KEYS, type TaskKey, type TaskTemplate } from "~/utils/journey/template-types";
import { pageTitle } from "~/utils/meta";
import { taskEditSchema } from "~/utils/validation/checklist";
import { adminChecklistTexts } from "~/utils/i18n/namespaces/admin-checklist";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminChecklist.title");

function draftTask(taskKey: string | undefined): { task: TaskTemplate; changed: boolean } {
  if (!(TASK_KEYS as readonly (string | undefined)[]).includes(taskKey)) notFound();
  const { draft, base, template } = editableTemplate(getDb());
  const task = template.tasks.find((t) => t.key === taskKey);
  if (!task) notFound();
  const changed = !!draft && templateChanges(base, draft.template).some((c) => c.key === taskKey);
  return { task, changed };
}

type Bilingual = { id: string; en: string };
type ItemValues = { title: Bilingual; help: Bilingual; required?: string; appliesTo: string; categories: string[] };
type FormValues = {
  title: Bilingual;
  summary: Bilingual;
  help: Bilingual;
  required?: string;
  needsReview?: string;
  items: Record<string, ItemValues>;
};

/** The form's starting values, as the browser would post them. */
function formValuesOf(task: TaskTemplate): FormValues {
  const edit = taskEditOf(task);
  return {
    title: edit.title,
    summary: edit.summary,
    help: edit.help,
    required: edit.required ? "on" : undefined,
    needsReview: edit.needsReview ? "on" : undefined,
    items: Object.fromEntries(
      Object.entries(edit.items).map(([key, item]) => [
        key,
        {
          title: item.title,
          help: item.help,
          required: item.required ? "on" : undefined,
          appliesTo: item.categories ? "some" : "all",
          categories: item.categories ?? [],
        },
      ]),
    ),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const { task, changed } = draftTask(params.taskKey);
  return {
    key: task.key,
    title: task.title,
    changed,
    items: (task.items ?? []).map((item) => ({ key: item.key, title: item.title })),
    defaultValue: formValuesOf(task),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const { task } = draftTask(params.taskKey);
  const submission = parseWithZod(await readFormData(request), { schema: taskEditSchema(task) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  saveDraftTask(getDb(), { userId: admin.id, ip: context.clientIp }, task.key as TaskKey, submission.value);
  throw redirect(`/admin/checklist?saved=${task.key}`);
}

function CheckboxField({
  field,
  label,
  hint,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
}) {
  const { errorText, describedBy } = useFieldDescription(field, hint);
  return (
    <div>
      <label className="flex min-h-11 items-center gap-3 rounded-lg px-1 font-semibold text-stone-900 hover:bg-stone-100">
        <input
          type="checkbox"
          id={field.id}
          name={field.name}
          key={field.key}
          defaultChecked={field.initialValue === "on"}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={describedBy}
          className="size-5 shrink-0 accent-brand-700"
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={field.descriptionId} className="ml-9 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={field.errorId} text={errorText} />
    </div>
  );
}

export default function EditChecklistTask() {
  const t = useT(adminChecklistTexts, enterpriseTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<FormValues>({
    id: `task-${loaderData.key}`,
    lastResult: actionData?.result,
    defaultValue: loaderData.defaultValue,
  });
  const hasErrors = Object.values(form.allErrors).some((e) => e.length > 0);
  const title = fields.title.getFieldset();
  const summary = fields.summary.getFieldset();
  const help = fields.help.getFieldset();
  const items = fields.items.getFieldset();
  const withCategories = itemsHaveCategories(loaderData.key);
  const categoryOptions = PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));
  return (
    <div className="space-y-6">
      <Link
        to="/admin/checklist"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("adminChecklist.task.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold text-stone-900">
          {t("adminChecklist.task.title", { task: loaderData.title[locale] })}
        </h1>
        {loaderData.changed ? (
          <p className="mt-2">
            <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
              {t("adminChecklist.tasks.changed")}
            </span>
          </p>
        ) : null}
        <p className="mt-2 text-stone-700">{t("adminChecklist.task.lead")}</p>
        <p className="mt-2 text-sm text-stone-600">{t("adminChecklist.task.scope")}</p>
      </div>
      <Form method="post" {...getFormProps(form)} noValidate className="space-y-6">
        {hasErrors ? <FormAlert>{t("adminChecklist.task.errors")}</FormAlert> : null}
        <fieldset className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <legend className="px-1 text-lg font-bold text-stone-900">{t("adminChecklist.task.texts")}</legend>
          <TextField field={title.id} label={t("adminChecklist.field.titleId")} />
          <TextField field={title.en} label={t("adminChecklist.field.titleEn")} />
          <TextAreaField
            field={summary.id}
            label={t("adminChecklist.field.summaryId")}
            hint={t("adminChecklist.field.summaryHint")}
            rows={2}
          />
          <TextAreaField
            field={summary.en}
            label={t("adminChecklist.field.summaryEn")}
            hint={t("adminChecklist.field.summaryHint")}
            rows={2}
          />
          <TextAreaField
            field={help.id}
            label={t("adminChecklist.field.helpId")}
            hint={t("adminChecklist.field.helpHint")}
            rows={6}
          />
          <TextAreaField
            field={help.en}
            label={t("adminChecklist.field.helpEn")}
            hint={t("adminChecklist.field.helpHint")}
            rows={6}
          />
        </fieldset>
        <fieldset className="space-y-2 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <legend className="px-1 text-lg font-bold text-stone-900">{t("adminChecklist.task.rules")}</legend>
          {taskFlagsEditable(loaderData.key) ? (
            <>
              <CheckboxField
                field={fields.required}
                label={t("adminChecklist.field.taskRequired")}
                hint={t("adminChecklist.field.taskRequiredHint")}
              />
              <CheckboxField
                field={fields.needsReview}
                label={t("adminChecklist.field.needsReview")}
                hint={t("adminChecklist.field.needsReviewHint")}
              />
            </>
          ) : (
            <p className="text-stone-700">{t("adminChecklist.task.flagsLocked")}</p>
          )}
        </fieldset>
        {loaderData.items.length > 0 ? (
          <section aria-labelledby="items-title" className="space-y-4">
            <h2 id="items-title" className="text-lg font-bold text-stone-900">
              {t("adminChecklist.items.title", { count: loaderData.items.length })}
            </h2>
            {loaderData.items.map((item) => {
              const itemFields = items[item.key]!.getFieldset();
              const itemTitle = itemFields.title.getFieldset();
              const itemHelp = itemFields.help.getFieldset();
              return (
                <fieldset key={item.key} className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
                  <legend className="px-1 font-bold text-stone-900">
                    {t("adminChecklist.item.legend", { title: item.title[locale] })}
                  </legend>
                  <TextField field={itemTitle.id} label={t("adminChecklist.item.titleId")} />
                  <TextField field={itemTitle.en} label={t("adminChecklist.item.titleEn")} />
                  <TextAreaField field={itemHelp.id} label={t("adminChecklist.item.helpId")} rows={4} />
                  <TextAreaField field={itemHelp.en} label={t("adminChecklist.item.helpEn")} rows={4} />
                  <CheckboxField field={itemFields.required} label={t("adminChecklist.item.required")} />
                  {withCategories ? (
                    <>
                      <RadioGroup
                        field={itemFields.appliesTo}
                        legend={t("adminChecklist.item.appliesTo")}
                        options={[
                          { value: "all", label: t("adminChecklist.item.appliesAll") },
                          { value: "some", label: t("adminChecklist.item.appliesSome") },
                        ]}
                      />
                      <CheckboxGroup
                        field={itemFields.categories}
                        legend={t("adminChecklist.item.categories")}
                        options={categoryOptions}
                      />
                    </>
                  ) : null}
                </fieldset>
              );
            })}
          </section>
        ) : null}
        <SubmitButton>{t("adminChecklist.task.save")}</SubmitButton>
      </Form>
    </div>
  );
}
