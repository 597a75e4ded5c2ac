import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { Form } from "@remix-run/react";
import { ChecklistItemSection, type ChecklistItemView } from "./checklist-item";
import {
  FieldError,
  FormAlert,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useErrorText,
} from "./form-fields";
import { UploadField } from "./upload-field";
import { useT } from "./use-translation";
import type { SubmissionResult } from "@conform-to/react";
import type { ProductCategory } from "~/utils/journey/template-types";
import { ITEM_STATUSES, MAX_PHOTOS, NET_UNITS, type ItemAnswer } from "~/utils/products/readiness";
import { ACCEPT, currentUploadIds, uploadUrl, type UploadView } from "~/utils/uploads/uploads";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";
import { formsTexts } from "~/utils/i18n/namespaces/forms";
import { productTexts } from "~/utils/i18n/namespaces/product";

export type ProductFormData = {
  categories: ProductCategory[];
  itemsByCategory: Record<string, ChecklistItemView[]>;
  uploads: Record<string, UploadView>;
  defaultValue: Record<string, unknown>;
};

function PhotosField({
  field,
  ids,
  uploads,
}: {
  field: FieldMetadata<string[] | undefined>;
  ids: string[];
  uploads: Record<string, UploadView>;
}) {
  const t = useT(enterpriseTexts, formsTexts, productTexts);
  const errorText = useErrorText()(field.errors);
  const fileId = `${field.id}-file`;
  const shown = ids.filter((id) => uploads[id]);
  return (
    <fieldset className="space-y-3" aria-describedby={`${field.id}-hint`} key={`${field.key}-${shown.join(",")}`}>
      <legend className="text-lg font-bold text-stone-900">{t("product.photos")}</legend>
      <p id={`${field.id}-hint`} className="text-sm text-stone-600">
        {t("product.photosHint", { max: MAX_PHOTOS })}
      </p>
      {shown.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {shown.map((id, index) => (
            <li key={id} className="space-y-1 rounded-lg bg-stone-50 p-2 ring-1 ring-stone-200">
              <input type="hidden" name={field.name} value={id} />
              <a href={uploadUrl(id)} target="_blank" rel="noopener">
                <img
                  src={uploadUrl(id, "thumb")}
                  alt={t("product.photoAlt", { n: index + 1 })}
                  width={160}
                  height={160}
                  loading="lazy"
                  className="aspect-square w-full rounded-md bg-white object-contain"
                />
              </a>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="mainPhoto"
                  value={id}
                  defaultChecked={index === 0}
                  className="size-5 accent-brand-700"
                />
                {t("product.mainPhoto")}
              </label>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name={`${field.name}Remove`} value={id} className="size-5 accent-brand-700" />
                {t("product.removePhoto")}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <label htmlFor={fileId} className="block font-semibold text-stone-900">
          {shown.length > 0 ? t("product.addPhotos") : t("product.choosePhotos")}
        </label>
        <input
          id={fileId}
          type="file"
          multiple
          name={`${field.name}File`}
          accept={ACCEPT.image}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={errorText ? field.errorId : undefined}
          className="mt-1 block w-full rounded-lg border border-dashed border-stone-400 bg-white p-3 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:font-semibold file:text-white"
        />
      </div>
      <FieldError id={field.errorId} text={errorText} />
    </fieldset>
  );
}

function QualityItem({
  item,
  field,
  uploads,
  evidence,
}: {
  item: ChecklistItemView;
  field: FieldMetadata<ItemAnswer | undefined>;
  uploads: Record<string, UploadView>;
  evidence: string | undefined;
}) {
  const t = useT(enterpriseTexts, formsTexts, productTexts);
  const answer = field.getFieldset();
  return (
    <ChecklistItemSection item={item} className="quality-item">
      <RadioGroup
        field={answer.status}
        legend={t("product.itemStatusLegend", { item: item.title })}
        legendClassName="sr-only"
        options={ITEM_STATUSES.map((value) => ({ value, label: t(`product.itemStatus.${value}`) }))}
      />
      <div className={`quality-when-na ${answer.reason.errors ? "field-invalid" : ""}`}>
        <TextAreaField
          field={answer.reason}
          label={`${t("product.itemReason")} (${item.title})`}
          hint={t("product.itemReasonHint")}
          rows={2}
        />
      </div>
      <UploadField
        field={answer.evidence}
        label={`${t("product.itemEvidence")}: ${item.title}`}
        hint={t("product.itemEvidenceHint")}
        kind="image"
        uploads={uploads}
        value={evidence}
      />
    </ChecklistItemSection>
  );
}

/** The product form: facts, photos (main first), and the quality checklist of its category. */
export function ProductForm({
  page,
  lastResult,
  postedUploads,
  submitLabel,
}: {
  page: ProductFormData;
  lastResult: SubmissionResult<string[]> | undefined;
  postedUploads: Record<string, UploadView> | undefined;
  submitLabel: string;
}) {
  const t = useT(enterpriseTexts, formsTexts, productTexts);
  const [form, fields] = useForm<Record<string, unknown>>({
    lastResult,
    // conform's default-value type is narrower than the mixed values (lists, item answers) held here.
    defaultValue: page.defaultValue as never,
  });
  const uploads = { ...page.uploads, ...postedUploads };
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const categoryValue = fields.category?.value;
  const category = typeof categoryValue === "string" && page.itemsByCategory[categoryValue] ? categoryValue : undefined;
  const items = category ? (page.itemsByCategory[category] ?? []) : [];
  const photoIds = currentUploadIds(lastResult, ["photos"], page.defaultValue.photos as string[] | undefined);
  const saved = (key: string) => (page.defaultValue[`item_${key}`] as ItemAnswer | undefined)?.evidence;
  return (
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
        <div className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <TextField
            field={fields.name as FieldMetadata<string | undefined>}
            label={t("product.name")}
            hint={t("product.nameHint")}
          />
          <SelectField
            field={fields.category as FieldMetadata<string | undefined>}
            label={t("product.category")}
            hint={t("product.categoryHint")}
            placeholder={t("profile.choose")}
            options={page.categories.map((value) => ({ value, label: t(`category.${value}`) }))}
          />
          <TextAreaField
            field={fields.description as FieldMetadata<string | undefined>}
            label={t("product.description")}
            hint={t("product.descriptionHint")}
            rows={4}
          />
          <TextField
            field={fields.price as FieldMetadata<string | undefined>}
            label={t("product.price")}
            hint={t("product.priceHint")}
            inputMode="numeric"
          />
          <div className="grid grid-cols-[1fr_auto] items-start gap-3">
            <TextField
              field={fields.netAmount as FieldMetadata<string | undefined>}
              label={t("product.netAmount")}
              hint={t("product.netAmountHint")}
              inputMode="numeric"
            />
            <SelectField
              field={fields.netUnit as FieldMetadata<string | undefined>}
              label={t("product.netUnit")}
              placeholder="—"
              options={NET_UNITS.map((value) => ({ value, label: t(`unit.${value}`) }))}
            />
          </div>
        </div>

        <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <PhotosField field={fields.photos as FieldMetadata<string[] | undefined>} ids={photoIds} uploads={uploads} />
        </div>

        <section aria-labelledby="quality-checklist" className="space-y-4">
          <h2 id="quality-checklist" className="text-xl font-bold text-stone-900">
            {t("product.checklist")}
          </h2>
          <p className="text-stone-700">
            {category ? t("product.checklistHint") : t("product.checklistChooseCategory")}
          </p>
          {items.map((item) => (
            <QualityItem
              key={`${category}-${item.key}`}
              item={item}
              field={fields[`item_${item.key}`] as FieldMetadata<ItemAnswer | undefined>}
              uploads={uploads}
              evidence={currentUploadIds(lastResult, [`item_${item.key}`, "evidence"], saved(item.key))[0]}
            />
          ))}
        </section>

        <SubmitButton>{submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
