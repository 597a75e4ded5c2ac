import { getFormProps } from "@conform-to/react";
import { useForm } from "~/components/use-form";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert, SubmitButton, TextAreaField } from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { editableTemplate, publishDraft } from "~/lib/journey/template-editor.server";
import type { MessageKey } from "~/utils/i18n";
import { templateChanges, type FieldChange } from "~/utils/journey/template-edit";
import type { ProductCategory } from "~/utils/journey/template-types";
import { pageTitle } from "~/utils/meta";
import { publishSchema } from "~/utils/validation/checklist";
import { adminChecklistTexts } from "~/utils/i18n/namespaces/admin-checklist";
import { enterpriseTexts } from "~/utils/i18n/namespaces/enterprise";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminChecklist.publish.title");

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const { draft, latest, base } = editableTemplate(getDb());
  if (!draft) return { draft: null, latest, changes: [] };
  return {
    draft: { baseVersion: draft.baseVersion, hash: draft.hash, outdated: draft.baseVersion !== latest },
    latest,
    changes: templateChanges(base, draft.template),
  };
}

const REFUSALS: Record<"noDraft" | "changed" | "outdated" | "noChanges", MessageKey> = {
  noDraft: "adminChecklist.error.noDraft",
  changed: "adminChecklist.error.draftChanged",
  outdated: "adminChecklist.error.outdated",
  noChanges: "adminChecklist.error.noChanges",
};

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const submission = parseWithZod(await readFormData(request), { schema: publishSchema });
  if (submission.status !== "success") {
    // The note's errors show at its field; the form is shown only for a current draft, so any
    // other refusal is said at the top of the page (a hidden draft field that was changed, or no
    // current draft to publish at all).
    const { draft, latest } = editableTemplate(getDb());
    const refusal: MessageKey | null = submission.error?.draft
      ? REFUSALS.changed
      : !draft
        ? REFUSALS.noDraft
        : draft.baseVersion !== latest
          ? REFUSALS.outdated
          : null;
    return data({ result: submission.reply(), refusal }, { status: 400 });
  }
  const result = publishDraft(
    getDb(),
    { userId: admin.id, ip: context.clientIp },
    { note: submission.value.note, draftHash: submission.value.draft },
  );
  if (!result.ok) return data({ result: submission.reply(), refusal: REFUSALS[result.reason] }, { status: 409 });
  throw redirect(`/admin/checklist?published=${result.version}`);
}

function useDescribeChange() {
  const t = useT(adminChecklistTexts, enterpriseTexts);
  const yesNo = (value: boolean) => t(value ? "adminChecklist.change.yes" : "adminChecklist.change.no");
  const categories = (value: ProductCategory[] | null) =>
    value ? value.map((c) => t(`category.${c}`)).join(", ") : t("adminChecklist.change.allCategories");
  return (change: FieldChange) => {
    switch (change.field) {
      case "required":
      case "needsReview":
        return t(`adminChecklist.change.${change.field}`, {
          before: yesNo(change.before),
          after: yesNo(change.after),
        });
      case "categories":
        return t("adminChecklist.change.categories", {
          before: categories(change.before),
          after: categories(change.after),
        });
      default:
        return t(`adminChecklist.change.${change.field}`);
    }
  };
}

export default function PublishChecklist() {
  const t = useT(adminChecklistTexts, enterpriseTexts);
  const locale = useLocale();
  const { draft, latest, changes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const describe = useDescribeChange();
  const [form, fields] = useForm<{ note: string }>({ id: "publish", lastResult: actionData?.result });
  const next = latest + 1;
  return (
    <div className="space-y-6">
      <Link
        to="/admin/checklist"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("adminChecklist.task.back")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("adminChecklist.publish.title")}</h1>
      {actionData?.refusal ? <FormAlert>{t(actionData.refusal)}</FormAlert> : null}
      {!draft ? (
        <p>{t("adminChecklist.publish.noDraft")}</p>
      ) : draft.outdated ? (
        <FormAlert>{t("adminChecklist.draft.outdated", { version: latest })}</FormAlert>
      ) : (
        <>
          <p className="text-stone-700">
            {t("adminChecklist.publish.lead", { version: draft.baseVersion, next })}{" "}
            {t("adminChecklist.publish.existing")}
          </p>
          <section aria-labelledby="changes-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
            <h2 id="changes-title" className="text-lg font-bold text-stone-900">
              {t("adminChecklist.publish.changes")}
            </h2>
            {changes.length === 0 ? (
              <p className="mt-2">{t("adminChecklist.error.noChanges")}</p>
            ) : (
              <ul className="mt-3 space-y-4">
                {changes.map((task) => (
                  <li key={task.key}>
                    <h3 className="font-semibold text-stone-900">
                      <Link
                        to={`/admin/checklist/tasks/${task.key}`}
                        className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4"
                      >
                        {task.title[locale]}
                      </Link>
                    </h3>
                    <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
                      {task.fields.length > 0 ? (
                        <li>
                          {t("adminChecklist.publish.taskFields", { fields: task.fields.map(describe).join("; ") })}
                        </li>
                      ) : null}
                      {task.items.map((item) => (
                        <li key={item.key}>
                          {t("adminChecklist.publish.itemFields", {
                            item: item.title[locale],
                            fields: item.fields.map(describe).join("; "),
                          })}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {changes.length > 0 ? (
            <Form
              method="post"
              {...getFormProps(form)}
              noValidate
              className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
            >
              {/* The draft as reviewed here: publishing refuses one that changed meanwhile. */}
              <input type="hidden" name="draft" value={draft.hash} />
              <TextAreaField
                field={fields.note}
                label={t("adminChecklist.publish.note")}
                hint={t("adminChecklist.publish.noteHint")}
                rows={3}
              />
              <SubmitButton>{t("adminChecklist.publish.submit", { next })}</SubmitButton>
            </Form>
          ) : null}
        </>
      )}
    </div>
  );
}
