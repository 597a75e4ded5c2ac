import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Card, DetailList } from "~/components/card";
import { FormAlert, SubmitButton, TextAreaField } from "~/components/form-fields";
import { TickBox, useDateOf } from "~/components/privacy";
import { useForm } from "~/components/use-form";
import { useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import {
  confirmDeletion,
  declineDeletion,
  deletionRequestExists,
  getPendingDeletion,
} from "~/lib/privacy/deletion.server";
import { pageTitle } from "~/utils/meta";
import {
  confirmErasureSchema,
  declineDeletionSchema,
  type ConfirmErasureFields,
  type DeclineDeletionFields,
} from "~/utils/validation/privacy";
import { privacyTexts } from "~/utils/i18n/namespaces/privacy";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.admin.detailTitle");

function requestId(raw: string | undefined): number {
  const id = raw && /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw data({ reason: "notFound" as const }, { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const id = requestId(params.id);
  const pending = getPendingDeletion(getDb(), id);
  if (!pending) {
    if (!deletionRequestExists(getDb(), id)) throw data({ reason: "notFound" as const }, { status: 404 });
  }
  // Null when decided or cancelled meanwhile: the page says so.
  return { pending };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const id = requestId(params.id);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const db = getDb();
  if (!deletionRequestExists(db, id)) throw data({ reason: "notFound" as const }, { status: 404 });
  if (intent === "confirm") {
    const submission = parseWithZod(formData, { schema: confirmErasureSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const result = confirmDeletion(db, admin.id, id, context.clientIp);
    if (!result.ok) throw redirect("/admin/deletions?done=gone");
    throw redirect(`/admin/deletions?done=confirmed&user=${result.userId}`);
  }
  if (intent === "decline") {
    const submission = parseWithZod(formData, { schema: declineDeletionSchema });
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const result = declineDeletion(db, admin.id, id, submission.value.reason, context.clientIp);
    throw redirect(result.ok ? "/admin/deletions?done=declined" : "/admin/deletions?done=gone");
  }
  throw data({ reason: "badIntent" as const }, { status: 400 });
}

export default function AdminDeletion() {
  const t = useT(privacyTexts);
  const dateOf = useDateOf();
  const { pending } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [confirmForm, confirmFields] = useForm<ConfirmErasureFields>({
    id: "confirm-form",
    lastResult: actionData?.intent === "confirm" ? actionData.result : undefined,
  });
  const [declineForm, declineFields] = useForm<DeclineDeletionFields>({
    id: "decline-form",
    lastResult: actionData?.intent === "decline" ? actionData.result : undefined,
  });
  const hasErrors = [confirmForm, declineForm].some((f) =>
    Object.values(f.allErrors).some((errors) => errors.length > 0),
  );
  if (!pending) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold text-stone-900">{t("privacy.admin.detailTitle")}</h1>
        <p role="status">{t("privacy.admin.notPending")}</p>
        <p>
          <Link to="/admin/deletions" className="font-semibold text-brand-700 underline underline-offset-4">
            {t("privacy.admin.back")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/deletions" className="font-semibold text-brand-700 underline underline-offset-4">
          ← {t("privacy.admin.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-stone-900">{t("privacy.admin.detailTitle")}</h1>
      {hasErrors ? <FormAlert>{t("error.formSummary")}</FormAlert> : null}
      <DetailList
        items={[
          { label: t("privacy.admin.name"), value: pending.fullName },
          { label: t("privacy.admin.email"), value: pending.email },
          { label: t("privacy.admin.enterprise"), value: pending.enterpriseName ?? t("privacy.admin.noEnterprise") },
          { label: t("privacy.admin.requestedAt"), value: dateOf(pending.requestedAt) },
        ]}
      />
      <Card id="deletion-confirm" title={t("privacy.admin.confirmTitle")}>
        <p className="mb-4">{t("privacy.admin.effect")}</p>
        <Form method="post" {...getFormProps(confirmForm)} noValidate className="space-y-5">
          <input type="hidden" name="intent" value="confirm" />
          <TickBox field={confirmFields.confirm} label={t("privacy.admin.confirmCheck")} />
          <SubmitButton>{t("privacy.admin.confirm")}</SubmitButton>
        </Form>
      </Card>
      <Card id="deletion-decline" title={t("privacy.admin.declineTitle")}>
        <Form method="post" {...getFormProps(declineForm)} noValidate className="space-y-5">
          <input type="hidden" name="intent" value="decline" />
          <TextAreaField
            field={declineFields.reason}
            label={t("privacy.admin.reason")}
            hint={t("privacy.admin.reasonHint")}
          />
          <SubmitButton>{t("privacy.admin.decline")}</SubmitButton>
        </Form>
      </Card>
    </div>
  );
}
