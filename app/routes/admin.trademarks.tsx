import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormAlert, SuccessNotice } from "~/components/form-fields";
import { useLocale, useT } from "~/components/use-translation";
import { recordAudit } from "~/lib/audit.server";
import { requireRole } from "~/lib/auth/guards.server";
import { importTrademarkCsv, indexCounts } from "~/lib/brand-check/import.server";
import { indexVersion } from "~/lib/brand-check/index.server";
import { getDb } from "~/lib/db.server";
import { readTextFileForm } from "~/lib/uploads/upload-form.server";
import { IMPORT_COLUMNS } from "~/utils/brand-check/import-columns";
import { pageTitle } from "~/utils/meta";
import { trademarksTexts } from "~/utils/i18n/namespaces/trademarks";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageTitle(matches, "trademarks.title");

const MAX_CSV_BYTES = 20 * 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, "admin");
  const db = getDb();
  return { counts: indexCounts(db), version: indexVersion(db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = requireRole(request, "admin");
  const db = getDb();
  const { file, tooLarge } = await readTextFileForm(request, "csv", MAX_CSV_BYTES);
  if (tooLarge) return data({ error: "tooLarge" as const, report: null }, { status: 413 });
  if (!file) return data({ error: "noFile" as const, report: null }, { status: 400 });
  // The import and its audit entry in one transaction (the import's own becomes a savepoint).
  const report = db.transaction(() => {
    const result = importTrademarkCsv(db, file);
    if (!result.ok) return result;
    recordAudit(db, {
      actorUserId: admin.id,
      action: "trademark.import",
      subjectType: "trademark_index",
      subjectId: indexVersion(db),
      ip: context.clientIp,
      details: { added: result.added, updated: result.updated, rejected: result.rejected.length },
    });
    return result;
  })();
  if (!report.ok) return data({ error: "columns" as const, report }, { status: 400 });
  return { error: null, report };
}

export default function TrademarkIndex() {
  const t = useT(trademarksTexts);
  const locale = useLocale();
  const { counts, version } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const number = (n: number) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB").format(n);
  const report = actionData?.report;
  return (
    <div className="space-y-6">
      <Link to="/admin" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
        ← {t("trademarks.back")}
      </Link>
      <h1 className="text-2xl font-bold text-stone-900">{t("trademarks.title")}</h1>
      <section aria-labelledby="index-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="index-title" className="text-lg font-bold text-stone-900">
          {t("trademarks.index", { version })}
        </h2>
        <dl className="mt-2 grid grid-cols-3 gap-3 text-center">
          {(["seed", "import", "app"] as const).map((source) => (
            <div key={source} className="rounded-lg bg-stone-50 p-3">
              <dt className="text-sm text-stone-700">{t(`trademarks.source.${source}`)}</dt>
              <dd className="text-xl font-bold text-stone-900">{number(counts[source])}</dd>
            </div>
          ))}
        </dl>
      </section>

      {actionData?.error === "tooLarge" ? <FormAlert>{t("trademarks.error.tooLarge")}</FormAlert> : null}
      {actionData?.error === "noFile" ? <FormAlert>{t("trademarks.error.noFile")}</FormAlert> : null}
      {report && !report.ok ? (
        <FormAlert>
          {t("trademarks.error.columns", {
            columns: report.missingColumns.map((column) => t(`trademarks.column.${column}`)).join("; "),
          })}
        </FormAlert>
      ) : null}
      {report && report.ok ? (
        <SuccessNotice>
          {t("trademarks.report", {
            added: number(report.added),
            updated: number(report.updated),
            rejected: number(report.rejected.length),
          })}
        </SuccessNotice>
      ) : null}
      {report && report.ok && report.rejected.length > 0 ? (
        <section aria-labelledby="rejected-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
          <h2 id="rejected-title" className="font-bold text-stone-900">
            {t("trademarks.rejectedTitle")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {report.rejected.slice(0, 200).map((r) => (
              <li key={r.line}>
                {t("trademarks.rejectedRow", { line: r.line, reason: t(`trademarks.reason.${r.reason}`) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Form
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
      >
        <h2 className="text-lg font-bold text-stone-900">{t("trademarks.import")}</h2>
        <p className="text-sm text-stone-700">{t("trademarks.importHint")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
          {Object.entries(IMPORT_COLUMNS).map(([column, names]) => (
            <li key={column}>
              <span className="font-semibold">{t(`trademarks.column.${column as keyof typeof IMPORT_COLUMNS}`)}</span>:{" "}
              {names
                .slice(0, 2)
                .map((n) => `“${n}”`)
                .join(" / ")}
            </li>
          ))}
        </ul>
        <div>
          <label htmlFor="csv" className="block font-semibold text-stone-900">
            {t("trademarks.file")}
          </label>
          <input
            id="csv"
            name="csv"
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block w-full rounded-lg border border-dashed border-stone-400 bg-white p-3 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:font-semibold file:text-white"
          />
        </div>
        <button
          type="submit"
          className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 sm:w-auto"
        >
          {t("trademarks.submit")}
        </button>
      </Form>
    </div>
  );
}
