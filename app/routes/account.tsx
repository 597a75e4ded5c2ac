import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Card, DetailList } from "~/components/card";
import { FormAlert, SubmitButton, SuccessNotice, TextField } from "~/components/form-fields";
import { useT } from "~/components/use-translation";
import { changePassword, setUserLocale } from "~/lib/accounts/accounts.server";
import { sessionCookie } from "~/lib/auth/cookie.server";
import { requireUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { localeCookie } from "~/lib/i18n/locale.server";
import { isLocale, LOCALES } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { formatIndonesianMobile } from "~/utils/phone";
import { changePasswordSchema, type ChangePasswordFields } from "~/utils/validation/account";
import { accountTexts } from "~/utils/i18n/namespaces/account";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return {
    fullName: user.fullName,
    email: user.email,
    phone: user.phone ? formatIndonesianMobile(user.phone) : null,
    role: user.role,
    locale: user.locale,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireUser(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "locale") {
    const locale = formData.get("locale");
    if (!isLocale(locale)) throw data({ reason: "badLocale" as const }, { status: 400 });
    setUserLocale(getDb(), user.id, locale);
    throw redirect("/account?saved=locale", { headers: { "Set-Cookie": localeCookie(locale) } });
  }
  if (intent !== "password") throw data({ reason: "badIntent" as const }, { status: 400 });
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["currentPassword", "newPassword"] }) }, { status: 400 });
  }
  const result = await changePassword(
    getDb(),
    user.id,
    submission.value.currentPassword,
    submission.value.newPassword,
    context.clientIp,
  );
  if (!result.ok) {
    return data(
      {
        result: submission.reply({
          fieldErrors: { currentPassword: ["account.password.wrongCurrent"] },
          hideFields: ["currentPassword", "newPassword"],
        }),
      },
      { status: 400 },
    );
  }
  throw redirect("/account?saved=password", { headers: { "Set-Cookie": sessionCookie(result.token) } });
}

export default function Account() {
  const t = useT(accountTexts, privacyTexts);
  const account = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const [form, fields] = useForm<ChangePasswordFields>({ id: "password-form", lastResult: actionData?.result });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-stone-900">{t("account.title")}</h1>
      {saved === "password" ? <SuccessNotice>{t("account.password.changed")}</SuccessNotice> : null}
      {saved === "locale" ? <SuccessNotice>{t("account.languageSaved")}</SuccessNotice> : null}
      <Card id="account-details" title={t("account.details")}>
        <DetailList
          items={[
            { label: t("register.fullName"), value: account.fullName },
            { label: t("register.email"), value: account.email },
            ...(account.phone ? [{ label: t("register.phone"), value: account.phone }] : []),
            { label: t("account.role"), value: t(`role.${account.role}`) },
          ]}
        />
        {account.role === "owner" ? (
          <p className="mt-3">
            <Link to="/account/privacy" className="font-semibold text-brand-700 underline underline-offset-4">
              {t("privacy.account.link")}
            </Link>
          </p>
        ) : null}
      </Card>
      <Card id="account-language" title={t("account.language.title")}>
        {/* A new document: the browser holds only the current language's texts. */}
        <Form method="post" reloadDocument className="space-y-4">
          <input type="hidden" name="intent" value="locale" />
          <fieldset>
            <legend className="sr-only">{t("account.language.title")}</legend>
            <div className="space-y-2">
              {LOCALES.map((locale) => (
                <label key={locale} className="flex min-h-11 items-center gap-3" lang={locale}>
                  <input
                    type="radio"
                    name="locale"
                    value={locale}
                    defaultChecked={account.locale === locale}
                    className="size-5 accent-brand-700"
                  />
                  {t(`lang.${locale}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <SubmitButton>{t("account.language.save")}</SubmitButton>
        </Form>
      </Card>
      <Card id="account-password" title={t("account.password.title")}>
        <p className="mb-4 text-stone-700">{t("account.password.lead")}</p>
        {hasErrors ? (
          <div className="mb-4">
            <FormAlert>{t("error.formSummary")}</FormAlert>
          </div>
        ) : null}
        <Form method="post" {...getFormProps(form)} noValidate className="space-y-5">
          <input type="hidden" name="intent" value="password" />
          <TextField
            clearWhenSent
            field={fields.currentPassword}
            label={t("account.password.current")}
            type="password"
            autoComplete="current-password"
          />
          <TextField
            clearWhenSent
            field={fields.newPassword}
            label={t("account.password.new")}
            hint={t("register.passwordHint")}
            type="password"
            autoComplete="new-password"
          />
          <SubmitButton>{t("account.password.submit")}</SubmitButton>
        </Form>
      </Card>
    </div>
  );
}
