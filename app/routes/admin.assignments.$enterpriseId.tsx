import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/form-fields";
import { StageTag, useFormatDate } from "~/components/mentor";
import { MentorPicker } from "~/components/mentor-picker";
import { useT } from "~/components/use-translation";
import {
  assignEnterprise,
  getAssignableEnterprise,
  mentorsCovering,
  resolveMentorChoice,
} from "~/lib/assignment/assignment.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb, type Db } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { assignmentSearch, parseAssignmentFilter } from "~/utils/assignment/filters";
import { pageTitle } from "~/utils/meta";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminAssign.one.title");

function enterpriseFrom(db: Db, id: string | undefined) {
  const enterprise = id && /^[1-9]\d{0,11}$/.test(id) ? getAssignableEnterprise(db, Number(id)) : null;
  return enterprise ?? notFound();
}

/** The list's filter to go back to, rebuilt from its parts so it can only lead to the list. */
function backTo(value: unknown): string {
  const search = typeof value === "string" ? value.replace(/^\?/, "") : "";
  return `/admin/assignments${assignmentSearch(parseAssignmentFilter(new URLSearchParams(search)))}`;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const enterprise = enterpriseFrom(db, params.enterpriseId);
  const url = new URL(request.url);
  return {
    enterprise,
    back: backTo(url.searchParams.get("back")),
    unchanged: url.searchParams.get("unchanged") === "1",
    covering: mentorsCovering(db, { province: enterprise.provinceCode, regency: enterprise.regencyCode }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const enterprise = enterpriseFrom(db, params.enterpriseId);
  const form = await readFormData(request);
  const back = backTo(form.get("back"));
  const choice = resolveMentorChoice(db, form);
  if (!choice.ok) {
    return data({ error: choice.error, email: String(form.get("mentorEmail") ?? "") }, { status: 400 });
  }
  const result = assignEnterprise(db, enterprise.id, choice.mentor.id, { userId: admin.id, ip: context.clientIp });
  if (!result.ok) {
    if (result.reason === "no_enterprise") notFound();
    return data(
      { error: { field: "mentorId" as const, message: "adminAssign.error.inactive" as const }, email: "" },
      { status: 400 },
    );
  }
  if (!result.changed) {
    const here = new URL(request.url);
    throw redirect(`${here.pathname}?unchanged=1&back=${encodeURIComponent(back.replace("/admin/assignments", ""))}`);
  }
  throw redirect(`${back}${back.includes("?") ? "&" : "?"}assigned=${enterprise.id}`);
}

export default function AssignOne() {
  const t = useT(adminAssignTexts);
  const { enterprise, back, covering, unchanged } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const formatDate = useFormatDate();
  const name = enterprise.name ?? t("adminAssign.row.unnamed");
  return (
    <div className="space-y-6">
      <Link to={back} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("adminAssign.one.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold break-words text-stone-900">{t("adminAssign.one.title")}</h1>
        <p className="mt-1 text-lg font-semibold break-words text-stone-800">{name}</p>
      </div>
      {unchanged && enterprise.mentorName ? (
        <SuccessNotice>{t("adminAssign.one.unchanged", { mentor: enterprise.mentorName })}</SuccessNotice>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <dt className="text-stone-600">{t("adminAssign.row.owner")}</dt>
        <dd className="break-words">{enterprise.ownerName}</dd>
        <dt className="text-stone-600">{t("adminAssign.row.region")}</dt>
        <dd>
          {enterprise.regencyName
            ? [enterprise.regencyName, enterprise.provinceName].filter(Boolean).join(", ")
            : t("adminAssign.row.noRegion")}
        </dd>
        <dt className="text-stone-600">{t("adminAssign.row.stage")}</dt>
        <dd>
          <StageTag stage={enterprise.stage} />
        </dd>
        <dt className="text-stone-600">{t("adminAssign.row.registered")}</dt>
        <dd>{formatDate(enterprise.createdAt)}</dd>
        <dt className="text-stone-600">{t("adminAssign.one.current")}</dt>
        <dd className="break-words">{enterprise.mentorName ?? t("adminAssign.row.noMentor")}</dd>
      </dl>
      <Form method="post" noValidate className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <input type="hidden" name="back" value={back.replace("/admin/assignments", "")} />
        <MentorPicker choices={covering} error={actionData?.error} defaultEmail={actionData?.email} idPrefix="assign" />
        <button
          type="submit"
          className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
        >
          {t("adminAssign.one.submit")}
        </button>
      </Form>
    </div>
  );
}
