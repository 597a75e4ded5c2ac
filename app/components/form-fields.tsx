import type { FieldMetadata } from "@conform-to/react";
import { getInputProps } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useT } from "./use-translation";
import { isMessageKey } from "~/utils/i18n";

/** Error keys from the server's zod schema, shown in the page's language. */
export function useErrorText() {
  const t = useT();
  return (errors: string[] | undefined) =>
    errors?.map((e) => (isMessageKey(e) ? t(e) : t("error.generic"))).join(" ") ?? "";
}

const inputClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base text-stone-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

type TextFieldProps = {
  field: FieldMetadata<string | undefined>;
  label: string;
  hint?: string;
  type?: "text" | "email" | "tel" | "password";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric";
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
  const errorText = useErrorText()(field.errors);
  const describedBy = [hint ? field.descriptionId : null, errorText ? field.errorId : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={field.id} className="block font-semibold text-stone-900">
        {label}
      </label>
      {hint ? (
        <p id={field.descriptionId} className="mt-0.5 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <input
        {...getInputProps(field, { type, ariaAttributes: false })}
        ref={inputRef}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        className={inputClass}
      />
      {errorText ? (
        <p id={field.errorId} className="mt-1 text-sm font-medium text-red-700">
          {errorText}
        </p>
      ) : null}
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

export function SuccessNotice({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-brand-800">
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
