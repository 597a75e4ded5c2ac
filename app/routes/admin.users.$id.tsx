import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AccountLinkPanel } from "~/components/account-link";
import { Card, DetailList } from "~/components/card";
import { CoveragePicker } from "~/components/coverage-picker";
import { FormAlert, SuccessNotice } from "~/components/form-fields";
import { useFormatDate } from "~/components/mentor";
import { useLocale, useT } from "~/components/use-translation";
import { UserStatusTag } from "~/components/user-status-tag";
import { accountLinkUrl, issuedLink } from "~/lib/accounts/links.server";
import {
  changeStaffRole,
  coverageCodes,
  createResetLink,
  getUserAccount,
  listCoverage,
  regionTree,
  resendInvitation,
  setAccountActive,
  setMentorCoverage,
} from "~/lib/accounts/staff.server";
import { requireRole } from "~/lib/auth/guards.server";
import { requestNow } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { readFormData } from "~/lib/http/form.server";
import { notFound } from "~/lib/http/not-found.server";
import { intlLocale, type MessageKey } from "~/utils/i18n";
import { pageTitle } from "~/utils/meta";
import { formatIndonesianMobile } from "~/utils/phone";
import { isStaffRole } from "~/utils/roles";
import { coverageFormSchema } from "~/utils/validation/staff";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminUsers.user.title");

function userId(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id < 1 || String(id) !== params.id) notFound();
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const account = getUserAccount(db, userId(params));
  if (!account) notFound();
  const mentor = account.role === "mentor";
  return {
    account: { ...account, phone: account.phone ? formatIndonesianMobile(account.phone) : null },
    self: account.id === admin.id,
    coverage: mentor ? listCoverage(db, account.id) : [],
    coverageCodes: mentor ? coverageCodes(db, account.id) : [],
    provinces: mentor ? regionTree(db) : [],
  };
}

const DONE = ["deactivated", "reactivated", "role", "coverage"] as const;
type Done = (typeof DONE)[number];

// Each refusal as the administrator reads it.
const REFUSAL: Record<string, MessageKey> = {
  self: "adminUsers.error.self",
  notStaff: "adminUsers.error.notStaff",
  activeCases: "adminUsers.error.activeCases",
  inactive: "adminUsers.error.inactive",
  notInvited: "adminUsers.error.notInvited",
  invited: "adminUsers.error.invitedNoReset",
  notMentor: "adminUsers.error.notMentor",
  unknownArea: "adminUsers.error.coverageUnknown",
};

function refused(reason: string, status = 409) {
  if (reason === "missing") notFound();
  return data({ error: REFUSAL[reason] ?? ("error.generic" as MessageKey), link: null }, { status });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const id = userId(params);
  const db = getDb();
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const ip = context.clientIp;
  const done = (what: Done) => redirect(`/admin/users/${id}?done=${what}`);
  const { now } = requestNow(request);

  if (intent === "deactivate" || intent === "reactivate") {
    const result = setAccountActive(db, admin.id, id, intent === "reactivate", ip);
    if (!result.ok) return refused(result.reason);
    throw done(intent === "deactivate" ? "deactivated" : "reactivated");
  }
  if (intent === "role") {
    const role = formData.get("role");
    if (!isStaffRole(role)) return refused("notStaff", 400);
    const result = changeStaffRole(db, admin.id, id, role, ip);
    if (!result.ok) return refused(result.reason);
    throw done("role");
  }
  if (intent === "coverage") {
    const submission = parseWithZod(formData, { schema: coverageFormSchema });
    if (submission.status !== "success") return refused("unknownArea", 400);
    const result = setMentorCoverage(db, admin.id, id, submission.value.coverage, ip);
    if (!result.ok) return refused(result.reason, result.reason === "unknownArea" ? 400 : 409);
    throw done("coverage");
  }
  if (intent === "reset" || intent === "resend") {
    const purpose = intent === "reset" ? ("password_reset" as const) : ("invitation" as const);
    const result =
      intent === "reset" ? createResetLink(db, id, admin.id, ip, now) : resendInvitation(db, id, admin.id, ip, now);
    if (!result.ok) return refused(result.reason);
    const account = getUserAccount(db, id)!;
    return data(
      {
        error: null,
        link: issuedLink(purpose, accountLinkUrl(request, purpose, result.secret), account),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  }
  throw data({ reason: "badIntent" as const }, { status: 400 });
}

const buttonClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg px-5 font-semibold ring-1 ring-stone-300 bg-white text-brand-800 hover:bg-brand-50";
const dangerClass =
  "inline-flex min-h-12 items-center justify-center rounded-lg px-5 font-semibold bg-red-700 text-white hover:bg-red-800";

export default function AdminUser() {
  const t = useT(adminUsersTexts);
  const locale = useLocale();
  const formatDate = useFormatDate();
  const { account, self, coverage, coverageCodes, provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const doneParam = searchParams.get("done");
  const done = (DONE as readonly string[]).includes(doneParam ?? "") ? (doneParam as Done) : null;
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);
  const mentor = account.role === "mentor";
  const staff = account.role !== "owner";
  const active = account.status !== "deactivated";
  return (
    <div className="space-y-6">
      <Link to="/admin/users" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("adminUsers.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{account.fullName}</h1>
        <UserStatusTag status={account.status} />
      </div>
      {done ? <SuccessNotice>{t(`adminUsers.done.${done}`)}</SuccessNotice> : null}
      {actionData?.error ? <FormAlert>{t(actionData.error)}</FormAlert> : null}
      {actionData?.link ? <AccountLinkPanel link={actionData.link} /> : null}

      <Card title={t("adminUsers.user.details")} id="details-title">
        <DetailList
          items={[
            { label: t("adminUsers.field.email"), value: account.email },
            { label: t("adminUsers.user.phone"), value: account.phone ?? t("adminUsers.user.noPhone") },
            { label: t("adminUsers.column.role"), value: t(`role.${account.role}`) },
            { label: t("adminUsers.user.createdAt"), value: formatDate(account.createdAt) },
            ...(account.status === "invited"
              ? [
                  {
                    label: t("adminUsers.user.invitation"),
                    value: account.invitationExpiresAt
                      ? t("adminUsers.user.invitationOpen", { date: formatDate(account.invitationExpiresAt) })
                      : t("adminUsers.user.invitationNone"),
                  },
                ]
              : []),
            { label: t("adminUsers.user.sessions"), value: number(account.sessions) },
          ]}
        />
      </Card>

      {account.load ? (
        <Card title={t("adminUsers.user.caseload")} id="caseload-title">
          <dl className="grid grid-cols-3 gap-3 text-center">
            {(
              [
                ["activeCases", account.load.activeCases],
                ["allCases", account.load.allCases],
                ["tasksWaiting", account.load.tasksWaiting],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="rounded-lg bg-stone-50 p-3">
                <dt className="text-sm text-stone-700">{t(`adminUsers.load.${key}`)}</dt>
                <dd className="text-xl font-bold text-stone-900">{number(value)}</dd>
              </div>
            ))}
          </dl>
          {account.load.allCases > 0 ? (
            <Link
              to={`/admin/assignments/transfer?from=${account.id}`}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4"
            >
              {t("adminUsers.user.transfer")}
            </Link>
          ) : null}
        </Card>
      ) : null}

      {mentor ? (
        <Card title={t("adminUsers.user.coverage")} id="coverage-title">
          {coverage.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {coverage.map((area) => (
                <li key={area.code}>
                  {area.provinceName
                    ? `${area.name}, ${area.provinceName}`
                    : t("adminUsers.coverage.wholeProvince", { province: area.name })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("adminUsers.user.noCoverage")}</p>
          )}
          <Form method="post" className="mt-4 space-y-4">
            <input type="hidden" name="intent" value="coverage" />
            <CoveragePicker
              name="coverage"
              provinces={provinces}
              selected={coverageCodes}
              errorId="coverage-error"
              legend={t("adminUsers.field.coverageEdit")}
              hint={t("adminUsers.field.coverageHint")}
            />
            <button type="submit" className={buttonClass}>
              {t("adminUsers.coverage.save")}
            </button>
          </Form>
        </Card>
      ) : null}

      <Card title={t("adminUsers.user.access")} id="access-title">
        <div className="space-y-5">
          {account.status === "invited" ? (
            <Form method="post" className="space-y-2">
              <p className="text-sm text-stone-700">{t("adminUsers.user.resendHint")}</p>
              <button type="submit" name="intent" value="resend" className={buttonClass}>
                {t("adminUsers.user.resend")}
              </button>
            </Form>
          ) : null}
          {account.status === "active" ? (
            <Form method="post" className="space-y-2">
              <p className="text-sm text-stone-700">{t("adminUsers.user.resetHint")}</p>
              <button type="submit" name="intent" value="reset" className={buttonClass}>
                {t("adminUsers.user.reset")}
              </button>
            </Form>
          ) : null}
          {staff && !self ? (
            <Form method="post" className="space-y-2">
              <input type="hidden" name="intent" value="role" />
              <input type="hidden" name="role" value={mentor ? "admin" : "mentor"} />
              <p className="text-sm text-stone-700">{t("adminUsers.user.roleHint")}</p>
              <button type="submit" className={buttonClass}>
                {mentor ? t("adminUsers.user.makeAdmin") : t("adminUsers.user.makeMentor")}
              </button>
            </Form>
          ) : null}
          {self ? (
            <p className="text-sm text-stone-700">{t("adminUsers.user.selfNote")}</p>
          ) : active ? (
            <Form method="post" className="space-y-2">
              <p className="text-sm text-stone-700">
                {mentor && (account.load?.activeCases ?? 0) > 0
                  ? t("adminUsers.user.deactivateMentorHint", { count: account.load?.activeCases ?? 0 })
                  : t("adminUsers.user.deactivateHint")}
              </p>
              <button type="submit" name="intent" value="deactivate" className={dangerClass}>
                {t("adminUsers.user.deactivate")}
              </button>
            </Form>
          ) : (
            <Form method="post" className="space-y-2">
              <p className="text-sm text-stone-700">{t("adminUsers.user.reactivateHint")}</p>
              <button type="submit" name="intent" value="reactivate" className={buttonClass}>
                {t("adminUsers.user.reactivate")}
              </button>
            </Form>
          )}
        </div>
      </Card>
    </div>
  );
}
