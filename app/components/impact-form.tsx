import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { Form } from "@remix-run/react";
import { FormAlert, SubmitButton, TextField } from "./form-fields";
import { useT } from "./use-translation";
import { isMessageKey } from "~/utils/i18n";
import { impactTexts } from "~/utils/i18n/namespaces/impact";
import { sessionsTexts } from "~/utils/i18n/namespaces/sessions";

type ImpactFields = {
  recordedOn: string;
  monthlyRevenue: string;
  employees: string;
  onlineChannels: string;
  firstOnlineSaleOn: string;
};

/** A progress record: this month's turnover, employees, online channels, first online sale. */
export function ImpactForm({
  today,
  lastResult,
}: {
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  // The dates' "not in the future" message is the sessions form's (session.heldOn.future).
  const t = useT(impactTexts, sessionsTexts);
  const [form, fields] = useForm<ImpactFields>({ id: "impact", lastResult, defaultValue: { recordedOn: today } });
  const hasErrors = Object.values(form.allErrors).some((e) => e.length > 0);
  const formError = form.errors?.[0];
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      noValidate
      className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      {hasErrors ? (
        <FormAlert>{formError && isMessageKey(formError) ? t(formError) : t("error.formSummary")}</FormAlert>
      ) : null}
      <TextField field={fields.recordedOn} label={t("impact.recordedOn")} type="date" />
      <TextField
        field={fields.monthlyRevenue}
        label={t("impact.revenueThisMonth")}
        hint={t("impact.revenueHint")}
        inputMode="numeric"
      />
      <TextField field={fields.employees} label={t("impact.employees")} inputMode="numeric" />
      <TextField
        field={fields.onlineChannels}
        label={t("impact.channelsCount")}
        hint={t("impact.channelsHint")}
        inputMode="numeric"
      />
      <TextField field={fields.firstOnlineSaleOn} label={t("impact.firstSaleOn")} type="date" />
      <SubmitButton>{t("impact.save")}</SubmitButton>
    </Form>
  );
}
