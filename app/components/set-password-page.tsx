import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { Form, Link } from "@remix-run/react";
import { FormAlert, SubmitButton, TextField } from "./form-fields";
import { useFormatDate } from "./mentor";
import { useT } from "./use-translation";
import { INVITATION_LIFETIME_DAYS, RESET_LIFETIME_HOURS, type LinkPurpose } from "~/utils/accounts/links";
import type { Role } from "~/utils/roles";
import type { SubmissionResult } from "@conform-to/react";
import type { LinkPasswordFields } from "~/utils/validation/staff";
import { accountTexts } from "~/utils/i18n/namespaces/account";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";
import { limitsTexts } from "~/utils/i18n/namespaces/limits";

export type LinkPageData = {
  state: "valid" | "used" | "expired" | "unknown" | "limited";
  holder: { fullName: string; email: string; role: Role; expiresAt: number } | null;
  result?: SubmissionResult<string[]>;
  /** When `limited`: minutes until this address may open links again. */
  retryMinutes?: number | null;
};

/** The page an invitation or reset link opens: who it is for and a new password, or why it no longer works. */
export function SetPasswordPage({ purpose, page }: { purpose: LinkPurpose; page: LinkPageData }) {
  const t = useT(accountTexts, adminUsersTexts, limitsTexts);
  const formatDate = useFormatDate();
  const invitation = purpose === "invitation";
  const [form, fields] = useForm<LinkPasswordFields>({ lastResult: page.result });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  if (page.state === "limited") {
    return (
      <section
        aria-labelledby="link-title"
        className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200"
      >
        <h1 id="link-title" className="text-2xl font-bold text-stone-900">
          {t("limits.title")}
        </h1>
        <p role="alert" className="text-stone-700">
          {t("limits.linkBody", { minutes: page.retryMinutes ?? 15 })}
        </p>
        <Link
          to="/login"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("adminUsers.linkPage.toLogin")}
        </Link>
      </section>
    );
  }
  if (page.state !== "valid" || !page.holder) {
    const state = page.state === "valid" ? "unknown" : page.state;
    return (
      <section
        aria-labelledby="link-title"
        className="mx-auto max-w-md space-y-4 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200"
      >
        <h1 id="link-title" className="text-2xl font-bold text-stone-900">
          {t(`adminUsers.linkPage.${state}.title`)}
        </h1>
        <p className="text-stone-700">
          {t(`adminUsers.linkPage.${state}.body`, {
            days: INVITATION_LIFETIME_DAYS,
            hours: RESET_LIFETIME_HOURS,
          })}
        </p>
        <p className="text-stone-700">
          {invitation ? t("adminUsers.linkPage.askAdminInvitation") : t("adminUsers.linkPage.askAdminReset")}
        </p>
        <Link
          to="/login"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("adminUsers.linkPage.toLogin")}
        </Link>
      </section>
    );
  }
  const { holder } = page;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">
          {invitation ? t("adminUsers.linkPage.invitationTitle") : t("adminUsers.linkPage.resetTitle")}
        </h1>
        <p className="mt-2 text-stone-700">
          {invitation
            ? t("adminUsers.linkPage.invitationLead", { name: holder.fullName, role: t(`role.${holder.role}`) })
            : t("adminUsers.linkPage.resetLead", { name: holder.fullName })}
        </p>
        <p className="mt-2 text-sm text-stone-700">
          {invitation
            ? t("adminUsers.linkPage.invitationRules", {
                days: INVITATION_LIFETIME_DAYS,
                date: formatDate(holder.expiresAt),
              })
            : t("adminUsers.linkPage.resetRules", { hours: RESET_LIFETIME_HOURS, date: formatDate(holder.expiresAt) })}
        </p>
      </div>
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        {/* Lets password managers store the new password with the right account. */}
        <input type="hidden" name="username" value={holder.email} autoComplete="username" />
        <p>
          <span className="block font-semibold text-stone-900">{t("adminUsers.linkPage.account")}</span>
          <span className="break-all">{holder.email}</span>
        </p>
        <TextField
          clearWhenSent
          field={fields.password}
          label={t("adminUsers.linkPage.password")}
          hint={t("register.passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <SubmitButton>
          {invitation ? t("adminUsers.linkPage.invitationSubmit") : t("adminUsers.linkPage.resetSubmit")}
        </SubmitButton>
      </Form>
    </div>
  );
}
