import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert, SubmitButton } from "~/components/form-fields";
import { TickBox, useLongDate } from "~/components/privacy";
import { useForm } from "~/components/use-form";
import { useT } from "~/components/use-translation";
import { requireUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { acceptMissingConsents, missingConsents } from "~/lib/privacy/consent.server";
import { pageTitle } from "~/utils/meta";
import { CONSENT_DOCUMENTS } from "~/utils/privacy/documents";
import { homePathFor } from "~/utils/roles";
import { safeRedirect } from "~/utils/safe-redirect";
import { consentSchema, type ConsentFields } from "~/utils/validation/privacy";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.consent.title");

/**
 * The sign-in interstitial: an owner who has not accepted the current version of the privacy
 * notice or the terms (CONSENT_DOCUMENTS) is sent here by the login before going on.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), homePathFor(user.role));
  const missing = missingConsents(getDb(), user.id);
  if (missing.length === 0) throw redirect(redirectTo);
  return {
    redirectTo,
    documents: missing.map((document) => ({ document, ...CONSENT_DOCUMENTS[document] })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireUser(request);
  const formData = await readFormData(request);
  const redirectTo = safeRedirect(formData.get("redirectTo")?.toString(), homePathFor(user.role));
  const submission = parseWithZod(formData, { schema: consentSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  acceptMissingConsents(getDb(), user.id, context.clientIp);
  throw redirect(redirectTo);
}

export default function Consent() {
  const t = useT(privacyTexts);
  const longDate = useLongDate();
  const { redirectTo, documents } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<ConsentFields>({ id: "consent-form", lastResult: actionData?.result });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("privacy.consent.title")}</h1>
        <p className="mt-2 text-stone-700">{t("privacy.consent.lead")}</p>
      </div>
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <ul className="space-y-3">
        {documents.map((d) => (
          <li key={d.document} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
            <p className="font-semibold text-stone-900">{t(`privacy.document.${d.document}`)}</p>
            <p className="text-sm text-stone-600">
              {t("privacy.notice.version", { version: d.version, date: longDate(d.publishedOn) })}
            </p>
            <Link
              to={`/privacy#${d.document}`}
              className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("privacy.consent.read")}
              <span className="sr-only">: {t(`privacy.document.${d.document}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Form method="post" {...getFormProps(form)} noValidate className="space-y-5">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TickBox field={fields.agree} label={t("privacy.consent.agree")} />
        <SubmitButton>{t("privacy.consent.submit")}</SubmitButton>
      </Form>
      <div className="space-y-2 text-stone-700">
        <p>{t("privacy.consent.decline")}</p>
        <Form method="post" action="/logout" reloadDocument>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-lg px-4 font-semibold text-brand-800 ring-1 ring-stone-300"
          >
            {t("privacy.consent.logout")}
          </button>
        </Form>
      </div>
    </div>
  );
}
