import { useT } from "./use-translation";
import type { AssignmentFilter } from "~/utils/assignment/filters";
import { adminAssignTexts } from "~/utils/i18n/namespaces/admin-assign";

/** A filter in words: "enterprises without a mentor, in Kabupaten Buru, Maluku, at the … stage". */
export function useDescribeFilter() {
  const t = useT(adminAssignTexts);
  return (
    filter: AssignmentFilter,
    names: { province: string | null; regency: string | null; mentor: string | null },
  ): string => {
    const parts = [
      filter.mentor === "none"
        ? t("adminAssign.describe.none")
        : filter.mentor === "any"
          ? t("adminAssign.describe.any")
          : t("adminAssign.describe.mentor", { name: names.mentor ?? `#${filter.mentor}` }),
    ];
    const region = [names.regency, names.province].filter(Boolean).join(", ");
    if (region) parts.push(t("adminAssign.describe.region", { region }));
    if (filter.stage) parts.push(t("adminAssign.describe.stage", { stage: t(`stage.${filter.stage}`) }));
    if (filter.q) parts.push(t("adminAssign.describe.q", { q: filter.q }));
    const text = parts.join(", ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
}
