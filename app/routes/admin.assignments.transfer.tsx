import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FieldError, SuccessNotice } from "~/components/form-fields";
import { MentorPicker } from "~/components/mentor-picker";
import { useLocale, useT } from "~/components/use-translation";
import {
  findMentorIdByEmail,
  getMentor,
  mentorsCoveringAreasOf,
  resolveMentorChoice,
  transferCaseload,
} from "~/lib/assignment/assignment.server";
import { requireRole } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { intlLocale } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminAssign.transfer.title");

const ID = /^[1-9]\d{0,11}$/;

function fromMentor(request: Request) {
  const from = new URL(request.url).searchParams.get("from");
  if (!from) return null;
  const mentor = ID.test(from) ? getMentor(getDb(), Number(from)) : null;
  return mentor ?? notFound();
}

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  const params = new URL(request.url).searchParams;
  const fromEmail = (params.get("fromEmail") ?? "").trim();
  if (fromEmail && !params.get("from")) {
    const id = findMentorIdByEmail(db, fromEmail);
    if (id !== null) throw redirect(`/admin/assignments/transfer?from=${id}`);
    return data({ from: null, fromEmail, fromUnknown: true, covering: [], done: null }, { status: 400 });
  }
  const from = fromMentor(request);
  const moved = params.get("moved");
  const to = params.get("to");
  const receiver = moved && /^\d{1,9}$/.test(moved) && to && ID.test(to) ? getMentor(db, Number(to)) : null;
  return {
    from,
    fromEmail: "",
    fromUnknown: false,
    covering: from ? mentorsCoveringAreasOf(db, from.id) : [],
    done: receiver ? { moved: Number(moved), mentor: receiver.fullName } : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const from = fromMentor(request) ?? notFound();
  const form = await readFormData(request);
  const email = String(form.get("mentorEmail") ?? "");
  const choice = resolveMentorChoice(db, form);
  if (!choice.ok) return data({ error: choice.error, email }, { status: 400 });
  const result = transferCaseload(db, from.id, choice.mentor.id, { userId: admin.id, ip: context.clientIp });
  if (!result.ok) {
    if (result.reason === "no_mentor") notFound();
    const field = form.get("mentorEmail") ? ("mentorEmail" as const) : ("mentorId" as const);
    const message =
      result.reason === "same_mentor"
        ? ("adminAssign.error.sameMentor" as const)
        : ("adminAssign.error.inactive" as const);
    return data({ error: { field, message }, email }, { status: 400 });
  }
  throw redirect(`/admin/assignments/transfer?from=${from.id}&moved=${result.moved}&to=${choice.mentor.id}`);
}

function FindMentor({ email, unknown }: { email: string; unknown: boolean }) {
  const t = useT(adminAssignTexts);
  return (
    <Form method="get" noValidate className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <div>
        <label htmlFor="from-email" className="block font-semibold text-stone-900">
          {t("adminAssign.transfer.fromEmail")}
        </label>
        <input
          id="from-email"
          name="fromEmail"
          type="email"
          autoComplete="off"
          defaultValue={email}
          aria-invalid={unknown || undefined}
          aria-describedby={unknown ? "from-email-error" : undefined}
          className="mt-1 block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 text-base aria-[invalid=true]:border-red-700"
        />
        <FieldError id="from-email-error" text={unknown ? t("adminAssign.transfer.fromUnknown") : ""} />
      </div>
      <button
        type="submit"
        className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
      >
        {t("adminAssign.transfer.find")}
      </button>
    </Form>
  );
}

export default function TransferCaseload() {
  const t = useT(adminAssignTexts);
  const locale = useLocale();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const number = new Intl.NumberFormat(intlLocale(locale));
  const { from, done } = loaderData;
  return (
    <div className="space-y-6">
      <Link
        to="/admin/assignments"
        className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
      >
        ← {t("adminAssign.one.back")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("adminAssign.transfer.title")}</h1>
      {done ? (
        <SuccessNotice>
          {t("adminAssign.transfer.done", { count: number.format(done.moved), mentor: done.mentor })}
        </SuccessNotice>
      ) : null}
      {!from ? (
        <FindMentor email={loaderData.fromEmail} unknown={loaderData.fromUnknown} />
      ) : (
        <>
          <section className="space-y-2 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
            <p className="break-words text-stone-800">
              {t("adminAssign.transfer.lead", { name: from.fullName, email: from.email })}
            </p>
            {!from.isActive ? <p className="font-semibold text-red-800">{t("adminAssign.transfer.inactive")}</p> : null}
            <p className="text-lg font-bold text-stone-900">
              {from.allCases === 0
                ? t("adminAssign.transfer.empty", { name: from.fullName })
                : t("adminAssign.transfer.counts", {
                    all: number.format(from.allCases),
                    active: number.format(from.activeCases),
                  })}
            </p>
            <Link
              to={`/admin/assignments?mentor=${from.id}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {t("adminAssign.transfer.seeList", { name: from.fullName })}
            </Link>
          </section>
          {from.allCases > 0 ? (
            <Form
              method="post"
              noValidate
              className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
            >
              <MentorPicker
                choices={loaderData.covering.filter((m) => m.id !== from.id)}
                error={actionData?.error}
                defaultEmail={actionData?.email}
                idPrefix="transfer"
              />
              <button
                type="submit"
                className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
              >
                {t("adminAssign.transfer.submit", { count: number.format(from.allCases) })}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </div>
  );
}
