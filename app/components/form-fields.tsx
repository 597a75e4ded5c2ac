import type { FieldMetadata } from "@conform-to/react";
import { getInputProps } from "@conform-to/react";
import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useLocale, useT } from "./use-translation";
import { intlLocale, isMessageKey } from "~/utils/i18n";
import { formsTexts } from "~/utils/i18n/namespaces/forms";
import { limitsTexts } from "~/utils/i18n/namespaces/limits";
import { parseErrorMessage } from "~/utils/limits/error-params";

/** Error keys from the server's zod schema, shown in the page's language. */
export function useErrorText() {
  // Errors are keys of the form's schema: mostly field.*, and the route's own namespaces; upload
  // and rate limits add numbers after "?" (utils/limits/error-params.ts).
  const t = useT(formsTexts, limitsTexts);
  const numbers = new Intl.NumberFormat(intlLocale(useLocale()), { maximumFractionDigits: 1 });
  return (errors: string[] | undefined) =>
    errors
      ?.map((error) => {
        const { key, params } = parseErrorMessage(error);
        if (!isMessageKey(key)) return t("error.generic");
        const shown = params
          ? Object.fromEntries(
              Object.entries(params).map(([name, value]) => [
                name,
                /^\d+(\.\d+)?$/.test(value) ? numbers.format(Number(value)) : value,
              ]),
            )
          : undefined;
        return t(key, shown);
      })
      .join(" ") ?? "";
}

const inputClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base text-stone-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** A field's label and, when given, its hint (referenced by aria-describedby). */
function FieldLabel({ field, label, hint }: { field: FieldMetadata<unknown>; label: string; hint?: string }) {
  return (
    <>
      <label htmlFor={field.id} className="block font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={field.descriptionId} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
    </>
  );
}

type TextFieldProps = {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "password" | "date";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric" | "url";
  /**
   * For password fields: empty the field once the form has been sent, as the page
   * reload without JavaScript does (the server never sends passwords back).
   */
  clearWhenSent?: boolean;
};

export function TextField({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  clearWhenSent = false,
}: TextFieldProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const navigation = useNavigation();
  // The form data is captured when the submission starts, so emptying the field now is safe.
  useEffect(() => {
    if (clearWhenSent && navigation.state === "submitting" && inputRef.current) inputRef.current.value = "";
  }, [clearWhenSent, navigation.state]);
  const { errorText, describedBy } = useFieldDescription(field, hint);
  return (
    <div>
      <FieldLabel field={field} label={label} hint={hint} />
      <input
        {...getInputProps(field, { type, ariaAttributes: false })}
        ref={inputRef}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className={inputClass}
      />
      <FieldError id={field.errorId} text={errorText} />
    </div>
  );
}

export function FormAlert({ id, children }: { id?: string; children: React.ReactNode }) {
  return (
    <div id={id} role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      {children}
    </div>
  );
}

/**
 * What a save did, at the top of the page. A form that keeps its place after posting
 * (`preventScrollReset`, so an error stays beside its field) would leave a saved page's notice
 * far above the button the owner pressed: on each navigation that shows it, the notice is
 * brought into view if it is out of sight. Without scripts the new page opens at the top anyway.
 */
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { key } = useLocation();
  useEffect(() => {
    const notice = ref.current;
    if (!notice) return;
    const { top, bottom } = notice.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) notice.scrollIntoView({ block: "start" });
  }, [key]);
  return (
    <div
      ref={ref}
      role="status"
      className="scroll-mt-4 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-brand-800"
    >
      {children}
    </div>
  );
}

export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button
      type="submit"
      className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 sm:w-auto"
    >
      {children}
    </button>
  );
}

type Option = { value: string; label: string };

export function useFieldDescription(field: FieldMetadata<unknown>, hint?: string) {
  const errorText = useErrorText()(field.errors);
  const describedBy = [hint ? field.descriptionId : null, errorText ? field.errorId : null].filter(Boolean).join(" ");
  return { errorText, describedBy: describedBy || undefined };
}

export function FieldError({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {text}
    </p>
  ) : null;
}

export function SelectField({
  field,
  label,
  hint,
  options,
  placeholder,
  onChange,
  disabled,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  options: Option[];
  placeholder: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  const { errorText, describedBy } = useFieldDescription(field, hint);
  return (
    <div>
      <FieldLabel field={field} label={label} hint={hint} />
      <select
        id={field.id}
        name={field.name}
        key={field.key}
        defaultValue={(field.initialValue as string | undefined) ?? ""}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={onChange ? (event) => onChange(event.currentTarget.value) : undefined}
        className={inputClass}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={field.errorId} text={errorText} />
    </div>
  );
}

export function CheckboxGroup({
  field,
  legend,
  hint,
  options,
}: {
  field: FieldMetadata<string[] | string | undefined>;
  legend: string;
  hint?: string;
  options: Option[];
}) {
  const { errorText, describedBy } = useFieldDescription(field, hint);
  const initial = field.initialValue;
  const checked = new Set(Array.isArray(initial) ? initial : initial ? [initial] : []);
  return (
    <fieldset aria-describedby={describedBy} key={field.key}>
      <legend className="font-semibold text-stone-900">{legend}</legend>
      {hint ? (
        <p id={field.descriptionId} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg px-1 hover:bg-stone-100">
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              defaultChecked={checked.has(option.value)}
              aria-invalid={errorText ? true : undefined}
              className="size-5 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={field.errorId} text={errorText} />
    </fieldset>
  );
}

export function TextAreaField({
  field,
  label,
  hint,
  rows = 3,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  rows?: number;
}) {
  const { errorText, describedBy } = useFieldDescription(field, hint);
  return (
    <div>
      <FieldLabel field={field} label={label} hint={hint} />
      <textarea
        id={field.id}
        name={field.name}
        key={field.key}
        rows={rows}
        defaultValue={(field.initialValue as string | undefined) ?? ""}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        className={`${inputClass} py-2`}
      />
      <FieldError id={field.errorId} text={errorText} />
    </div>
  );
}

export function RadioGroup({
  field,
  legend,
  options,
  legendClassName = "font-semibold text-stone-900",
}: {
  field: FieldMetadata<string | undefined>;
  legend: string;
  options: Option[];
  legendClassName?: string;
}) {
  const { errorText, describedBy } = useFieldDescription(field);
  const initial = field.initialValue as string | undefined;
  return (
    <fieldset aria-describedby={describedBy} key={field.key}>
      <legend className={legendClassName}>{legend}</legend>
      <div className="mt-1 space-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-3 rounded-lg px-1 hover:bg-stone-100">
            <input
              type="radio"
              name={field.name}
              value={option.value}
              defaultChecked={initial === option.value}
              aria-invalid={errorText ? true : undefined}
              className="size-5 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={field.errorId} text={errorText} />
    </fieldset>
  );
}
