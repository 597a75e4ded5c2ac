import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormAlert, SubmitButton, TextField } from "~/components/form-fields";
import { useT } from "~/components/use-translation";
import { logIn } from "~/lib/accounts/accounts.server";
import { sessionCookie } from "~/lib/auth/cookie.server";
import { getUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { missingConsents } from "~/lib/privacy/consent.server";
import { homePathFor } from "~/utils/roles";
import { pageTitle } from "~/utils/meta";
import { safeRedirect } from "~/utils/safe-redirect";
import { loginSchema, type LoginFields } from "~/utils/validation/account";
import { accountTexts } from "~/utils/i18n/namespaces/account";
import { passLimitHeaders } from "~/utils/limits/headers";

// 429 answers carry Retry-After (and link pages their no-store): see utils/limits/headers.ts.
export const headers = passLimitHeaders;

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = getUser(request);
  if (user) {
    const redirectTo = new URL(request.url).searchParams.get("redirectTo");
    throw redirect(safeRedirect(redirectTo, homePathFor(user.role)));
  }
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: loginSchema });
  if (submission.status !== "success") {
    // redirectTo is hidden: an error there means the page was changed or is out of date.
    const changed = submission.error?.redirectTo ? { formErrors: ["login.error.formChanged"] } : {};
    return data(
      { result: submission.reply({ hideFields: ["password"], ...changed }), throttledMinutes: null },
      { status: 400 },
    );
  }
  const { identifier, password, redirectTo } = submission.value;
  const result = await logIn(getDb(), identifier, password, context.clientIp);
  if (!result.ok) {
    if (result.reason === "throttled") {
      return data(
        {
          result: submission.reply({ formErrors: ["login.throttled"], hideFields: ["password"] }),
          throttledMinutes: Math.ceil(result.retryAfterSeconds / 60),
        },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    }
    return data(
      { result: submission.reply({ formErrors: ["login.failed"], hideFields: ["password"] }), throttledMinutes: null },
      { status: 401 },
    );
  }
  const next = safeRedirect(redirectTo, homePathFor(result.role));
  // An owner who has not accepted the current privacy notice and terms reads and accepts them first.
  const target =
    missingConsents(getDb(), result.userId).length > 0 ? `/consent?redirectTo=${encodeURIComponent(next)}` : next;
  throw redirect(target, { headers: { "Set-Cookie": sessionCookie(result.token) } });
}

export default function Login() {
  const t = useT(accountTexts);
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  const [form, fields] = useForm<LoginFields>({ lastResult: actionData?.result });
  const formError = form.errors?.[0];
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("login.title")}</h1>
        <p className="mt-2 text-stone-700">{t("login.lead")}</p>
      </div>
      {redirectTo && !formError ? (
        <p role="status" className="rounded-lg bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200">
          {t("login.loginRequired")}
        </p>
      ) : null}
      {formError ? (
        <FormAlert id={form.errorId}>
          {formError === "login.throttled"
            ? t("login.throttled", { minutes: actionData?.throttledMinutes ?? 15 })
            : formError === "login.error.formChanged"
              ? t("login.error.formChanged")
              : t("login.failed")}
        </FormAlert>
      ) : null}
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          field={fields.identifier}
          label={t("login.identifier")}
          hint={t("login.identifierHint")}
          autoComplete="username"
        />
        <TextField
          clearWhenSent
          field={fields.password}
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
        />
        <SubmitButton>{t("login.submit")}</SubmitButton>
      </Form>
      <p className="text-stone-700">
        {t("login.noAccount")}{" "}
        <Link to="/register" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("login.registerLink")}
        </Link>
      </p>
    </div>
  );
}
