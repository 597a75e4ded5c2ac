import type { FieldMetadata } from "@conform-to/react";
import { getInputProps } from "@conform-to/react";
import { useErrorText } from "./form-fields";
import { useLocale } from "./use-translation";
import { intlLocale } from "~/utils/i18n";

/** A calendar date (yyyy-mm-dd) as the page's language writes it. */
export function useLongDate() {
  const locale = useLocale();
  return (isoDate: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${isoDate}T00:00:00Z`),
    );
}

/** A moment (Unix seconds) as a date in Indonesia's western time (WIB). */
export function useDateOf() {
  const locale = useLocale();
  return (seconds: number) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(
      new Date(seconds * 1000),
    );
}

/** One checkbox that must be ticked, with its label and the server's error beside it. */
export function TickBox({ field, label }: { field: FieldMetadata<string | undefined>; label: string }) {
  const error = useErrorText()(field.errors);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          {...getInputProps(field, { type: "checkbox", ariaAttributes: false })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? field.errorId : undefined}
          className="mt-1 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={field.id} className="text-stone-900">
          {label}
        </label>
      </div>
      {error ? (
        <p id={field.errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
