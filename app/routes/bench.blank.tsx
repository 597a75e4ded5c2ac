import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useT } from "~/components/use-translation";
import { requireBenchBlankRoute } from "~/lib/bench/blank.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "bench.blank.title");

/**
 * The load benchmark's baseline (npm run bench): the cheapest page the app can serve, rendered
 * through the same root layout. It ships in every build but answers 404 unless the server was
 * started with BENCH_BLANK_ROUTE=1, as bench/run.ts does.
 */
export async function loader(_args: LoaderFunctionArgs) {
  requireBenchBlankRoute();
  return null;
}

export default function BenchBlank() {
  const t = useT();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-stone-900">{t("bench.blank.title")}</h1>
      <p className="text-stone-700">{t("bench.blank.body")}</p>
    </div>
  );
}
