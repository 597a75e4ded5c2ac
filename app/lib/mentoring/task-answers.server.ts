import type { Db } from "../db.server";
import { getBrand } from "../brand/brand.server";
import { getProfile } from "../enterprise/profile.server";
import { enterpriseCategories, getTaskRecord, type EnterpriseRef } from "../journey/journey.server";
import { applicableItems } from "~/utils/journey/checklist";
import { listProducts, productItems, productsTask } from "../products/products.server";
import { describeUploads } from "../uploads/uploads.server";
import { isMessageKey, translator, type Locale } from "~/utils/i18n";
import type { TaskKey, TaskTemplate } from "~/utils/journey/template-types";
import { formatRupiah } from "~/utils/rupiah";
import type { UploadView } from "~/utils/uploads/uploads";

export type AnswerRow = { label: string; value: string };
export type AnswerItem = { title: string; status: string; details: string[]; evidence: UploadView | null };
export type AnswerProduct = {
  id: number;
  name: string;
  readiness: number;
  photo: UploadView | null;
  details: string[];
  items: { title: string; status: string }[];
};

/** What the owner entered for a task, in words a mentor reads at a glance, with the evidence. */
export type TaskAnswers = {
  rows: AnswerRow[];
  items: AnswerItem[];
  images: UploadView[];
  products: AnswerProduct[];
  productTotal: number;
};

type ItemAnswer = {
  status?: string;
  number?: string;
  expiresOn?: string;
  reason?: string;
  url?: string;
  firstSaleOn?: string;
  evidence?: string;
  declared?: boolean | string;
};

/**
 * Describes a task's answers. Reads only this enterprise's rows; upload views come from
 * describeUploads, which refuses files of another enterprise.
 */
export function describeTaskAnswers(
  db: Db,
  enterprise: EnterpriseRef,
  task: TaskTemplate,
  locale: Locale,
): TaskAnswers {
  const t = translator(locale);
  const tx = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const empty: TaskAnswers = { rows: [], items: [], images: [], products: [], productTotal: 0 };
  const answers = (getTaskRecord(db, enterprise.id, task.key as TaskKey)?.answers ?? {}) as Record<string, unknown>;
  const dash = "—";

  if (task.key === "profile") {
    const p = getProfile(db, enterprise.id);
    const region = db
      .prepare(
        "SELECT (SELECT name FROM region WHERE code = ?) AS regency, (SELECT name FROM region WHERE code = ?) AS province",
      )
      .get(p.regencyCode, p.provinceCode) as { regency: string | null; province: string | null };
    const money = (n: number | null) => (n === null ? dash : formatRupiah(n, locale));
    return {
      ...empty,
      rows: [
        { label: t("profile.name"), value: p.name ?? dash },
        { label: t("profile.legalForm"), value: p.legalForm ? tx(`legalForm.${p.legalForm}`, p.legalForm) : dash },
        { label: t("profile.categories"), value: p.categories.map((c) => tx(`category.${c}`, c)).join(", ") || dash },
        { label: t("profile.location"), value: [region.regency, region.province].filter(Boolean).join(", ") || dash },
        { label: t("profile.address"), value: p.address ?? dash },
        { label: t("profile.whatsapp"), value: p.whatsapp ?? dash },
        { label: t("profile.yearStarted"), value: p.yearStarted?.toString() ?? dash },
        { label: t("profile.employees"), value: p.employees?.toString() ?? dash },
        { label: t("profile.capital"), value: money(p.capital) },
        { label: t("profile.annualSales"), value: money(p.annualSales) },
        { label: t("profile.baselineRevenue"), value: money(p.baselineMonthlyRevenue) },
        {
          label: t("mentor.answer.baselineChannels"),
          value: p.baselineChannels.map((c) => tx(`baseline.${c}`, c)).join(", ") || dash,
        },
        {
          label: t("mentor.answer.sizeClass"),
          value: p.sizeClass
            ? `${tx(`size.${p.sizeClass}`, p.sizeClass)}${p.sizeClassMismatch ? ` — ${t("size.mismatch")}` : ""}`
            : dash,
        },
      ],
    };
  }

  if (task.key === "brand") {
    const brand = getBrand(db, enterprise.id);
    const logo = brand?.logoUploadId
      ? describeUploads(db, enterprise.id, [brand.logoUploadId])[brand.logoUploadId]
      : null;
    return {
      ...empty,
      rows: [
        { label: t("brand.name"), value: brand?.name ?? dash },
        { label: t("brand.tagline"), value: brand?.tagline ?? dash },
        { label: t("brand.story"), value: brand?.story ?? dash },
        { label: t("brand.colours"), value: brand?.colours.join(", ") || dash },
      ],
      images: logo ? [logo] : [],
    };
  }

  if (task.key === "products") {
    const { products, total } = listProducts(db, enterprise.id, 1);
    const full = productsTask(db, enterprise);
    const photos = describeUploads(
      db,
      enterprise.id,
      products.flatMap((p) => p.photos.slice(0, 1)),
    );
    return {
      ...empty,
      productTotal: total,
      products: products.map((p) => ({
        id: p.id,
        name: p.name,
        readiness: p.readiness,
        photo: p.photos[0] ? (photos[p.photos[0]] ?? null) : null,
        details: [
          tx(`category.${p.category}`, p.category),
          p.priceRupiah !== null ? formatRupiah(p.priceRupiah, locale) : "",
          p.netAmount !== null && p.netUnit ? `${p.netAmount} ${p.netUnit}` : "",
        ].filter(Boolean),
        items: productItems(full, p.category).map((item) => {
          const answer = p.checklist[item.key];
          return {
            title: item.title[locale],
            status:
              answer?.status === "done"
                ? t("status.done")
                : answer?.status === "not_applicable"
                  ? `${t("mentor.answer.notApplicable")}${answer.reason ? `: ${answer.reason}` : ""}`
                  : t("status.not_started"),
          };
        }),
      })),
    };
  }

  if (task.key === "ip") {
    const pdki = answers.pdki as { result?: string; note?: string } | undefined;
    const tm = answers.trademark as
      | {
          status?: string;
          classes?: number[];
          otherClasses?: number[];
          applicationNumber?: string;
          registrationNumber?: string;
        }
      | undefined;
    const classes = [...(tm?.classes ?? []), ...(tm?.otherClasses ?? [])];
    const items = (task.items ?? []).map((item) => {
      const a = answers[item.key] as ItemAnswer | undefined;
      const declared = a?.declared === true || a?.declared === "on" || a?.declared === "true";
      return {
        title: item.title[locale],
        status: declared ? t("mentor.answer.declared") : t("mentor.answer.notDeclared"),
        details: [],
        evidence: null,
      };
    });
    return {
      ...empty,
      rows: [
        { label: t("ip.pdki.legend"), value: pdki?.result ? tx(`ip.pdki.result.${pdki.result}`, pdki.result) : dash },
        { label: t("ip.pdki.note"), value: pdki?.note || dash },
        { label: t("ip.tm.statusLegend"), value: tm?.status ? tx(`ip.tm.status.${tm.status}`, tm.status) : dash },
        { label: t("mentor.answer.classes"), value: classes.length ? classes.join(", ") : dash },
        { label: t("ip.tm.applicationNumber"), value: tm?.applicationNumber || dash },
        { label: t("ip.tm.registrationNumber"), value: tm?.registrationNumber || dash },
      ],
      items,
    };
  }

  if (task.key === "legality" || task.key === "channels") {
    const evidenceIds = Object.values(answers)
      .map((a) => (a as ItemAnswer | undefined)?.evidence)
      .filter((id): id is string => typeof id === "string");
    const uploads = describeUploads(db, enterprise.id, evidenceIds);
    const statusPrefix = task.key === "legality" ? "legality.status." : "channels.status.";
    const items = applicableItems(task, enterpriseCategories(db, enterprise.id)).map((item) => {
      const a = (answers[item.key] ?? {}) as ItemAnswer;
      const details = [
        a.number ? `${t("legality.number")}: ${a.number}` : "",
        a.expiresOn ? `${t("legality.expiresOn")}: ${a.expiresOn}` : "",
        a.reason ? `${t("legality.reason")}: ${a.reason}` : "",
        a.url ?? "",
        a.firstSaleOn ? `${t("mentor.answer.firstSale")}: ${a.firstSaleOn}` : "",
      ].filter(Boolean);
      return {
        title: item.title[locale],
        status: a.status ? tx(`${statusPrefix}${a.status}`, a.status) : t("mentor.answer.notAnswered"),
        details,
        evidence: a.evidence ? (uploads[a.evidence] ?? null) : null,
      };
    });
    return { ...empty, items };
  }

  return empty;
}
