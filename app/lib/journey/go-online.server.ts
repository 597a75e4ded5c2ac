import type { Db } from "../db.server";
import { catalogSummary } from "../products/products.server";
import { getTaskRecord } from "./journey.server";
import type { Locale } from "~/utils/i18n";
import type { JourneyTemplate } from "~/utils/journey/template-types";

export type GoOnlineSummary = {
  enterpriseName: string | null;
  brandName: string | null;
  place: string | null;
  mentorName: string | null;
  goOnlineAt: number | null;
  nib: string | null;
  products: { total: number; ready: number };
  /** Titles of the channels where a shop is open. */
  openChannels: string[];
};

/**
 * What the final review and the certificate show about an enterprise: who it is, where, its
 * brand, its mentor, its NIB, its products ready to list and its open shops.
 */
export function goOnlineSummary(
  db: Db,
  enterpriseId: number,
  template: JourneyTemplate,
  locale: Locale,
): GoOnlineSummary {
  const row = db
    .prepare(
      `SELECT e.name AS enterpriseName, b.name AS brandName, e.go_online_at AS goOnlineAt, m.full_name AS mentorName,
              r.name AS regency, p.name AS province
         FROM enterprise e
         LEFT JOIN enterprise_brand b ON b.enterprise_id = e.id
         LEFT JOIN user m ON m.id = e.mentor_user_id AND m.is_active = 1
         LEFT JOIN region r ON r.code = e.regency_code
         LEFT JOIN region p ON p.code = e.province_code
        WHERE e.id = ?`,
    )
    .get(enterpriseId) as
    | {
        enterpriseName: string | null;
        brandName: string | null;
        goOnlineAt: number | null;
        mentorName: string | null;
        regency: string | null;
        province: string | null;
      }
    | undefined;
  if (!row) throw new Error(`enterprise ${enterpriseId} does not exist`);
  const legality = (getTaskRecord(db, enterpriseId, "legality")?.answers ?? {}) as Record<
    string,
    { status?: string; number?: string } | undefined
  >;
  const channels = (getTaskRecord(db, enterpriseId, "channels")?.answers ?? {}) as Record<
    string,
    { status?: string } | undefined
  >;
  const channelItems = template.tasks.find((t) => t.key === "channels")?.items ?? [];
  const openChannels = channelItems
    .filter((item) => channels[item.key]?.status === "open" || channels[item.key]?.status === "first_sale")
    .map((item) => item.title[locale]);
  return {
    enterpriseName: row.enterpriseName,
    brandName: row.brandName,
    place: [row.regency, row.province].filter(Boolean).join(", ") || null,
    mentorName: row.mentorName,
    goOnlineAt: row.goOnlineAt,
    nib: legality.nib?.status === "have" ? (legality.nib.number ?? null) : null,
    products: catalogSummary(db, enterpriseId),
    openChannels,
  };
}
