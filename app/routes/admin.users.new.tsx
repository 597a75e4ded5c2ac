import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AccountLinkPanel } from "~/components/account-link";
import { CoveragePicker } from "~/components/coverage-picker";
import { FormAlert, RadioGroup, SubmitButton, TextField, useErrorText } from "~/components/form-fields";
import { useT } from "~/components/use-translation";
import { accountLinkUrl, issuedLink } from "~/lib/accounts/links.server";
import { createStaffAccount, regionTree } from "~/lib/accounts/staff.server";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { pageTitle } from "~/utils/meta";
import { STAFF_ROLES } from "~/utils/roles";
import { newStaffSchema, type NewStaffFields } from "~/utils/validation/staff";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminUsers.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  return { provinces: regionTree(getDb()) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: newStaffSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), created: null }, { status: 400 });
  }
  const { now } = requestNow(request);
  const staff = submission.value;
  const result = createStaffAccount(getDb(), staff, admin.id, context.clientIp, now);
  if (!result.ok) {
    const message = {
      email: "adminUsers.error.emailTaken",
      phone: "adminUsers.error.phoneTaken",
      coverage: "adminUsers.error.coverageUnknown",
    }[result.field];
    const fieldErrors: Record<string, string[]> = { [result.field]: [message] };
    return data({ result: submission.reply({ fieldErrors }), created: null }, { status: 400 });
  }
  // The link is in this one response and nowhere else: only its hash is stored.
  return data(
    {
      result: submission.reply({ resetForm: true }),
      created: {
        userId: result.userId,
        link: issuedLink("invitation", accountLinkUrl(request, "invitation", result.secret), staff),
      },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function NewStaffAccount() {
  const t = useT(adminUsersTexts);
  const errorText = useErrorText();
  const { provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<NewStaffFields>({
    lastResult: actionData?.created ? undefined : actionData?.result,
    defaultValue: { role: "mentor" },
  });
  const hasErrors = Object.values(form.allErrors).some((errors) => errors.length > 0);
  const created = actionData?.created;
  if (created) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-stone-900">{t("adminUsers.new.createdTitle")}</h1>
        <AccountLinkPanel link={created.link} />
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          <li>
            <Link
              to={`/admin/users/${created.userId}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {t("adminUsers.new.openAccount", { name: created.link.fullName })}
            </Link>
          </li>
          <li>
            <Link
              to="/admin/users/new"
              reloadDocument
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {t("adminUsers.new.another")}
            </Link>
          </li>
        </ul>
      </div>
    );
  }
  const selectedCoverage = fields.coverage.initialValue;
  return (
    <div className="space-y-6">
      <Link to="/admin/users" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("adminUsers.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold text-stone-900">{t("adminUsers.new.title")}</h1>
        <p className="mt-2 text-stone-700">{t("adminUsers.new.lead")}</p>
      </div>
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="space-y-5 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <TextField field={fields.fullName} label={t("adminUsers.field.fullName")} autoComplete="off" />
        <TextField
          field={fields.email}
          label={t("adminUsers.field.email")}
          type="email"
          inputMode="email"
          autoComplete="off"
        />
        <TextField
          field={fields.phone}
          label={t("adminUsers.field.phone")}
          hint={t("adminUsers.field.phoneHint")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
        />
        <RadioGroup
          field={fields.role}
          legend={t("adminUsers.field.role")}
          options={STAFF_ROLES.map((role) => ({ value: role, label: t(`adminUsers.roleChoice.${role}`) }))}
        />
        <CoveragePicker
          name={fields.coverage.name}
          provinces={provinces}
          selected={
            Array.isArray(selectedCoverage)
              ? (selectedCoverage as string[])
              : typeof selectedCoverage === "string"
                ? [selectedCoverage]
                : []
          }
          error={errorText(fields.coverage.errors) || undefined}
          errorId={fields.coverage.errorId}
          legend={t("adminUsers.field.coverage")}
          hint={t("adminUsers.field.coverageHint")}
        />
        <SubmitButton>{t("adminUsers.new.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
