import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useDescribeFilter } from "~/components/assignment-filter";
import { FormAlert } from "~/components/form-fields";
import { MentorPicker } from "~/components/mentor-picker";
import { useLocale, useT } from "~/components/use-translation";
import {
  bulkAssign,
  countMatching,
  getMentor,
  mentorsCovering,
  regionName,
  resolveMentorChoice,
} from "~/lib/assignment/assignment.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb, type Db } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import {
  assignmentParams,
  assignmentSearch,
  filterOnly,
  parseAssignmentFilter,
  type AssignmentFilter,
} from "~/utils/assignment/filters";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminAssign.bulk.confirmTitle");

function filterNames(db: Db, filter: AssignmentFilter) {
  return {
    province: regionName(db, filter.province),
    regency: regionName(db, filter.regency),
    mentor: typeof filter.mentor === "number" ? (getMentor(db, filter.mentor)?.fullName ?? null) : null,
  };
}

/** Step 2 of 3 (GET, from the list's form): the mentor is checked and the count stated. */
export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const filter = filterOnly(parseAssignmentFilter(params));
  const names = filterNames(db, filter);
  const choice = resolveMentorChoice(db, params);
  if (!choice.ok) {
    return data(
      {
        filter,
        names,
        confirm: null,
        error: choice.error,
        email: params.get("mentorEmail") ?? "",
        covering: mentorsCovering(db, filter),
      },
      { status: 400 },
    );
  }
  const mentor = choice.mentor;
  return {
    filter,
    names,
    confirm: {
      mentor: { id: mentor.id, fullName: mentor.fullName, email: mentor.email },
      count: countMatching(db, filter, mentor.id),
    },
    error: null,
    email: "",
    covering: [],
  };
}

/** Step 3 (POST): one transaction moves what matches the filter now, compared with the count confirmed. */
export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const form = await readFormData(request);
  const filter = filterOnly(parseAssignmentFilter(form));
  const expectedText = form.get("expected");
  const expected = typeof expectedText === "string" && /^\d{1,9}$/.test(expectedText) ? Number(expectedText) : null;
  const choice = resolveMentorChoice(db, form);
  if (!choice.ok || expected === null) {
    return data({ error: choice.ok ? ("adminAssign.error.choose" as const) : choice.error.message }, { status: 400 });
  }
  const result = bulkAssign(db, filter, choice.mentor.id, expected, { userId: admin.id, ip: context.clientIp });
  if (!result.ok) return data({ error: "adminAssign.error.inactive" as const }, { status: 400 });
  const params = assignmentParams(filter);
  params.set("bulk", String(result.moved));
  params.set("expected", String(result.expected));
  params.set("to", String(choice.mentor.id));
  throw redirect(`/admin/assignments?${params.toString()}`);
}

export default function BulkAssignment() {
  const t = useT(adminAssignTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const describe = useDescribeFilter();
  const number = new Intl.NumberFormat(intlLocale(locale));
  const { filter, confirm } = loaderData;
  const filterFields = [...assignmentParams(filter).entries()];
  const back = `/admin/assignments${assignmentSearch(filter)}`;
  const hidden = filterFields.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div className="space-y-6">
      <Link to={back} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("adminAssign.one.back")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("adminAssign.bulk.confirmTitle")}</h1>
      <p className="text-stone-800">{t("adminAssign.bulk.filterIs", { filter: describe(filter, loaderData.names) })}</p>
      {actionData?.error ? <FormAlert>{t(actionData.error)}</FormAlert> : null}
      {confirm === null ? (
        <Form method="get" noValidate className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          {hidden}
          <MentorPicker
            choices={loaderData.covering}
            error={loaderData.error}
            defaultEmail={loaderData.email}
            idPrefix="bulk"
          />
          <button
            type="submit"
            className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
          >
            {t("adminAssign.bulk.next")}
          </button>
        </Form>
      ) : confirm.count === 0 ? (
        <p className="rounded-lg bg-stone-100 p-4">{t("adminAssign.bulk.none", { mentor: confirm.mentor.fullName })}</p>
      ) : (
        <Form method="post" noValidate className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <p className="text-lg font-bold text-stone-900">
            {t("adminAssign.bulk.confirmLead", {
              count: number.format(confirm.count),
              mentor: confirm.mentor.fullName,
              email: confirm.mentor.email,
            })}
          </p>
          <p className="text-sm text-stone-700">{t("adminAssign.bulk.recount")}</p>
          {hidden}
          <input type="hidden" name="mentorId" value={confirm.mentor.id} />
          <input type="hidden" name="expected" value={confirm.count} />
          <div className="flex flex-wrap items-center gap-4">
            <button
              type="submit"
              className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
            >
              {t("adminAssign.bulk.confirm", { count: number.format(confirm.count) })}
            </button>
            <Link to={back} className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-4">
              {t("adminAssign.bulk.cancel")}
            </Link>
          </div>
        </Form>
      )}
    </div>
  );
}
