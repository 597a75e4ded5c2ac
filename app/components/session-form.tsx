import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { Form } from "@remix-run/react";
import { CheckboxGroup, FormAlert, RadioGroup, SubmitButton, TextAreaField, TextField } from "./form-fields";
import { useT } from "./use-translation";
import { SESSION_MODES, SESSION_TOPICS } from "~/utils/mentoring/options";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

export type SessionFormValues = {
  heldOn: string;
  mode: string;
  durationMinutes: string;
  topics: string[];
  sharedNotes: string;
  privateNotes: string;
  nextAction: string;
  followUpOn: string;
};

/** The mentoring session form, for a new session and for edits within the 7-day window. */
export function SessionForm({
  defaultValue,
  lastResult,
  submitLabel,
}: {
  defaultValue: Partial<SessionFormValues>;
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
}) {
  const t = useT(sessionsTexts);
  const [form, fields] = useForm<SessionFormValues>({ id: "session", lastResult, defaultValue });
  const hasErrors = Object.values(form.allErrors).some((e) => e.length > 0);
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      noValidate
      className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <input type="hidden" name="intent" value="session" />
      <TextField field={fields.heldOn} label={t("sessions.heldOn")} type="date" />
      <RadioGroup
        field={fields.mode}
        legend={t("sessions.mode")}
        options={SESSION_MODES.map((mode) => ({ value: mode, label: t(`sessions.mode.${mode}`) }))}
      />
      <TextField
        field={fields.durationMinutes}
        label={t("sessions.duration")}
        hint={t("sessions.durationHint")}
        inputMode="numeric"
      />
      <CheckboxGroup
        field={fields.topics}
        legend={t("sessions.topics")}
        options={SESSION_TOPICS.map((topic) => ({ value: topic, label: t(`sessions.topic.${topic}`) }))}
      />
      <TextAreaField
        field={fields.sharedNotes}
        label={t("sessions.sharedNotes")}
        hint={t("sessions.sharedNotesHint")}
        rows={4}
      />
      <TextAreaField
        field={fields.privateNotes}
        label={t("sessions.privateNotes")}
        hint={t("sessions.privateNotesHint")}
        rows={3}
      />
      <TextField field={fields.nextAction} label={t("sessions.nextAction")} hint={t("sessions.nextActionHint")} />
      <TextField field={fields.followUpOn} label={t("sessions.followUpOn")} type="date" />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
