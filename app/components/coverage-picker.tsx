import { useT } from "./use-translation";
import { adminUsersTexts } from "~/utils/i18n/namespaces/admin-users";

export type CoverageProvince = { code: string; name: string; regencies: { code: string; name: string }[] };

/**
 * Provinces and their regencies as checkboxes, one folding section per province: works without
 * JavaScript, and a province's section opens by itself when something in it is chosen.
 */
export function CoveragePicker({
  name,
  provinces,
  selected,
  error,
  errorId,
  legend,
  hint,
}: {
  name: string;
  provinces: CoverageProvince[];
  selected: string[];
  error?: string;
  errorId: string;
  legend: string;
  hint: string;
}) {
  const t = useT(adminUsersTexts);
  const chosen = new Set(selected);
  const hintId = `${errorId}-hint`;
  return (
    <fieldset aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className="font-semibold text-stone-900">{legend}</legend>
      <p id={hintId} className="mt-0.5 text-sm text-stone-600">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-2 divide-y divide-stone-200 rounded-lg ring-1 ring-stone-300">
        {provinces.map((province) => {
          const count =
            (chosen.has(province.code) ? 1 : 0) + province.regencies.filter((r) => chosen.has(r.code)).length;
          return (
            <details key={province.code} open={count > 0 || undefined} className="group">
              <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 font-semibold text-stone-900">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block text-brand-700 transition-transform group-open:rotate-90"
                  >
                    ▸
                  </span>
                  {province.name}
                </span>
                {count > 0 ? (
                  <span className="text-sm font-normal text-brand-800">
                    {t("adminUsers.coverage.chosen", { count })}
                  </span>
                ) : null}
              </summary>
              <div className="space-y-1 px-3 pb-3">
                <label className="flex min-h-11 items-center gap-3 rounded-lg px-1 font-semibold hover:bg-stone-100">
                  <input
                    type="checkbox"
                    name={name}
                    value={province.code}
                    defaultChecked={chosen.has(province.code)}
                    className="size-5 shrink-0 accent-brand-700"
                  />
                  <span>{t("adminUsers.coverage.wholeProvince", { province: province.name })}</span>
                </label>
                <div className="grid gap-1 sm:grid-cols-2">
                  {province.regencies.map((regency) => (
                    <label
                      key={regency.code}
                      className="flex min-h-11 items-center gap-3 rounded-lg px-1 hover:bg-stone-100"
                    >
                      <input
                        type="checkbox"
                        name={name}
                        value={regency.code}
                        defaultChecked={chosen.has(regency.code)}
                        className="size-5 shrink-0 accent-brand-700"
                      />
                      <span>{regency.name}</span>
                    </label>
                  ))}
                </div>
              </div>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
