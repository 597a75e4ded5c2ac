import { useT } from "./use-translation";
import { formsTexts } from "~/utils/i18n/namespaces/forms";

export type ChecklistItemView = {
  key: string;
  title: string;
  help: string;
  required: boolean;
  link: { label: string; url: string } | null;
};

/** One checklist item of a task: its title, guidance and official link, then its fields. */
export function ChecklistItemSection({
  item,
  className = "",
  markOptional = true,
  children,
}: {
  item: ChecklistItemView;
  className?: string;
  /** Say "optional" on items that are not required (off where every item is optional). */
  markOptional?: boolean;
  children: React.ReactNode;
}) {
  const t = useT(formsTexts);
  return (
    <section
      aria-labelledby={`${item.key}-title`}
      className={`space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 ${className}`}
    >
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${item.key}-title`} className="text-lg font-bold text-stone-900">
            {item.title}
          </h2>
          {item.required || !markOptional ? null : (
            <span className="text-sm text-stone-600">{t("legality.optional")}</span>
          )}
        </div>
        <p className="mt-1 text-sm text-stone-700">{item.help}</p>
        {item.link ? (
          <a
            href={item.link.url}
            target="_blank"
            rel="noopener noreferrer"
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("legality.portal", { label: item.link.label })}
          </a>
        ) : null}
      </div>
      {children}
    </section>
  );
}
