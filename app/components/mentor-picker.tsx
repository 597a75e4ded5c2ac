import { FieldError } from "./form-fields";
import { useT } from "./use-translation";
import type { MessageKey } from "~/utils/i18n";
import type { MentorChoiceField } from "~/utils/validation/assignment";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

export type PickerMentor = { id: number; fullName: string; activeCases: number };

const controlClass =
  "mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base text-stone-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/**
 * The receiving mentor: a short list of active mentors covering the area (never thousands of
 * options), or any active mentor by e-mail. Validated on the server (resolveMentorChoice).
 */
export function MentorPicker({
  choices,
  error,
  defaultMentorId,
  defaultEmail,
  idPrefix = "picker",
}: {
  choices: PickerMentor[];
  error?: { field: MentorChoiceField; message: MessageKey } | null;
  defaultMentorId?: number | null;
  defaultEmail?: string | null;
  idPrefix?: string;
}) {
  const t = useT(adminAssignTexts);
  const selectId = `${idPrefix}-mentor`;
  const emailId = `${idPrefix}-email`;
  const errorFor = (field: MentorChoiceField) => (error?.field === field ? t(error.message) : "");
  const describe = (field: MentorChoiceField, hintId: string) =>
    [hintId, errorFor(field) ? `${idPrefix}-${field}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-bold text-stone-900">{t("adminAssign.picker.legend")}</legend>
      {choices.length > 0 ? (
        <div>
          <label htmlFor={selectId} className="block font-semibold text-stone-900">
            {t("adminAssign.picker.covering")}
          </label>
          <p id={`${selectId}-hint`} className="mt-0.5 text-sm text-stone-600">
            {t("adminAssign.picker.coveringHint")}
          </p>
          <select
            id={selectId}
            name="mentorId"
            defaultValue={defaultMentorId ? String(defaultMentorId) : ""}
            aria-invalid={errorFor("mentorId") ? true : undefined}
            aria-describedby={describe("mentorId", `${selectId}-hint`)}
            className={controlClass}
          >
            <option value="">{t("adminAssign.picker.choose")}</option>
            {choices.map((m) => (
              <option key={m.id} value={m.id}>
                {t("adminAssign.picker.option", { name: m.fullName, count: m.activeCases })}
              </option>
            ))}
          </select>
          <FieldError id={`${idPrefix}-mentorId-error`} text={errorFor("mentorId")} />
        </div>
      ) : (
        <>
          <p className="text-stone-700">{t("adminAssign.picker.noCovering")}</p>
          {/* Without a list, "choose one" belongs to the e-mail field. */}
          <FieldError id={`${idPrefix}-mentorId-error`} text={errorFor("mentorId")} />
        </>
      )}
      <div>
        <label htmlFor={emailId} className="block font-semibold text-stone-900">
          {t("adminAssign.picker.email")}
        </label>
        <p id={`${emailId}-hint`} className="mt-0.5 text-sm text-stone-600">
          {t("adminAssign.picker.emailHint")}
        </p>
        <input
          id={emailId}
          name="mentorEmail"
          type="email"
          autoComplete="off"
          defaultValue={defaultEmail ?? ""}
          aria-invalid={errorFor("mentorEmail") || (errorFor("mentorId") && choices.length === 0) ? true : undefined}
          aria-describedby={
            choices.length === 0 && errorFor("mentorId")
              ? `${emailId}-hint ${idPrefix}-mentorId-error`
              : describe("mentorEmail", `${emailId}-hint`)
          }
          className={controlClass}
        />
        <FieldError id={`${idPrefix}-mentorEmail-error`} text={errorFor("mentorEmail")} />
      </div>
    </fieldset>
  );
}
