/** Whether the benchmark's blank baseline page is switched on (only by bench/run.ts). */
export function benchBlankRouteEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BENCH_BLANK_ROUTE === "1";
}

/** A 404 unless BENCH_BLANK_ROUTE=1, so the baseline page is inert in production. */
export function requireBenchBlankRoute(env: NodeJS.ProcessEnv = process.env): void {
  if (!benchBlankRouteEnabled(env)) throw new Response("Not Found", { status: 404 });
}
