import type { FieldMetadata } from "@conform-to/react";
import { FieldError, useErrorText } from "./form-fields";
import { useT } from "./use-translation";
import { ACCEPT, uploadUrl, type UploadView } from "~/utils/uploads/uploads";
import { formsTexts } from "~/utils/i18n/namespaces/forms";

/**
 * A file input for one stored file (evidence, a logo). The current file stays in a hidden
 * field, so saving the rest of the form keeps it; a new file replaces it; "remove" drops it.
 * The form must post as multipart/form-data.
 */
export function UploadField({
  field,
  label,
  hint,
  kind,
  uploads,
  value,
  onFileChosen,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint: string;
  kind: keyof typeof ACCEPT;
  /** Stored uploads the page knows, by id. */
  uploads: Record<string, UploadView>;
  /** The upload id the field holds now (see currentUploadIds). */
  value: string | undefined;
  /** Called with the file the owner picked (with JavaScript), e.g. to preview it before it is sent. */
  onFileChosen?: (file: File | null) => void;
}) {
  const t = useT(formsTexts);
  const errorText = useErrorText()(field.errors);
  const current = value ? uploads[value] : undefined;
  const fileId = `${field.id}-file`;
  const hintId = `${field.id}-hint`;
  return (
    // A new key when the stored file changes empties the file input, so it is not sent twice.
    <div key={`${field.key}-${value ?? ""}`} className="space-y-2">
      <label htmlFor={fileId} className="block font-semibold text-stone-900">
        {label}
      </label>
      <p id={hintId} className="text-sm text-stone-600">
        {hint}
      </p>
      {current ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-stone-50 p-3 ring-1 ring-stone-200">
          <input type="hidden" name={field.name} value={current.id} />
          <a href={uploadUrl(current.id)} target="_blank" rel="noopener" className="shrink-0">
            {current.mediaType === "application/pdf" ? (
              <span className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
                {t("upload.openPdf")}
              </span>
            ) : (
              <img
                src={uploadUrl(current.id, "thumb")}
                alt={t("upload.currentAlt", { label })}
                width={96}
                height={96}
                loading="lazy"
                className="size-24 rounded-md bg-white object-contain ring-1 ring-stone-200"
              />
            )}
          </a>
          <div className="min-w-0 flex-1 space-y-1">
            <p className="truncate text-sm text-stone-700">{current.originalName ?? t("upload.saved")}</p>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name={`${field.name}Remove`} value="1" className="size-5 accent-brand-700" />
              {t("upload.remove")}
            </label>
          </div>
        </div>
      ) : null}
      <input
        id={fileId}
        type="file"
        name={`${field.name}File`}
        accept={ACCEPT[kind]}
        onChange={onFileChosen ? (event) => onFileChosen(event.currentTarget.files?.[0] ?? null) : undefined}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={[hintId, errorText ? field.errorId : null].filter(Boolean).join(" ")}
        className="block w-full rounded-lg border border-dashed border-stone-400 bg-white p-3 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:font-semibold file:text-white"
      />
      <FieldError id={field.errorId} text={errorText} />
    </div>
  );
}
