import { getFormProps, getInputProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormAlert, SubmitButton, TextField, useErrorText } from "~/components/form-fields";
import { useT } from "~/components/use-translation";
import { registerOwner } from "~/lib/accounts/accounts.server";
import { sessionCookie } from "~/lib/auth/cookie.server";
import { getUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { takeLimits, tooManyMessage, tooManyRequests } from "~/lib/rate-limit/rate-limit.server";
import { getLocale } from "~/lib/i18n/locale.server";
import { homePathFor } from "~/utils/roles";
import { pageTitle } from "~/utils/meta";
import { registerSchema, type RegisterFields } from "~/utils/validation/account";
import { accountTexts } from "~/utils/i18n/namespaces/account";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = getUser(request);
  if (user) throw redirect(homePathFor(user.role));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: registerSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const db = getDb();
  // Counted before the password is hashed: each try costs the server an argon2 hash.
  const verdict = takeLimits(db, [{ limit: "register.ip", subject: context.clientIp }]);
  if (!verdict.ok) {
    return data(
      {
        result: submission.reply({ formErrors: [tooManyMessage(verdict.retryAfterSeconds)], hideFields: ["password"] }),
      },
      tooManyRequests(verdict.retryAfterSeconds),
    );
  }
  const result = await registerOwner(db, { ...submission.value, locale: getLocale(request) }, context.clientIp);
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> =
      result.field === "email" ? { email: ["field.email.taken"] } : { phone: ["field.phone.taken"] };
    return data({ result: submission.reply({ fieldErrors, hideFields: ["password"] }) }, { status: 409 });
  }
  throw redirect("/owner", { headers: { "Set-Cookie": sessionCookie(result.token) } });
}

export default function Register() {
  const t = useT(accountTexts, privacyTexts);
  const errorText = useErrorText();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<RegisterFields>({ lastResult: actionData?.result });
  const consentError = errorText(fields.consent.errors);
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("register.title")}</h1>
        <p className="mt-2 text-stone-700">{t("register.lead")}</p>
      </div>
      {form.errors?.length ? (
        <FormAlert id={form.errorId}>{errorText(form.errors)}</FormAlert>
      ) : hasErrors ? (
        <FormAlert>{t("error.formSummary")}</FormAlert>
      ) : null}
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <TextField
          field={fields.fullName}
          label={t("register.fullName")}
          hint={t("register.fullNameHint")}
          autoComplete="name"
        />
        <TextField
          field={fields.email}
          label={t("register.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
        />
        <TextField
          field={fields.phone}
          label={t("register.phone")}
          hint={t("register.phoneHint")}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
        />
        <TextField
          clearWhenSent
          field={fields.password}
          label={t("register.password")}
          hint={t("register.passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <section aria-labelledby="privacy-title" className="rounded-lg bg-stone-100 p-4 text-sm text-stone-800">
          <h2 id="privacy-title" className="font-semibold text-stone-900">
            {t("register.privacy.title")}
          </h2>
          <p className="mt-1">{t("register.privacy.body")}</p>
          <p className="mt-2">
            <Link to="/privacy" className="font-semibold text-brand-700 underline underline-offset-4">
              {t("privacy.noticeLink")}
            </Link>
          </p>
        </section>
        <div>
          <div className="flex items-start gap-3">
            <input
              {...getInputProps(fields.consent, { type: "checkbox", ariaAttributes: false })}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? fields.consent.errorId : undefined}
              className="mt-1 size-6 shrink-0 accent-brand-700"
            />
            <label htmlFor={fields.consent.id} className="text-stone-900">
              {t("register.consent")}
            </label>
          </div>
          {consentError ? (
            <p id={fields.consent.errorId} className="mt-1 text-sm font-medium text-red-700">
              {consentError}
            </p>
          ) : null}
        </div>
        <SubmitButton>{t("register.submit")}</SubmitButton>
      </Form>
      <p className="text-stone-700">
        {t("register.haveAccount")}{" "}
        <Link to="/login" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("register.loginLink")}
        </Link>
      </p>
    </div>
  );
}
