import { afterEach, describe, expect, it } from "vitest";
import { loader } from "~/routes/bench.blank";

const args = () => ({
  request: new Request("http://localhost/bench/blank"),
  params: {},
  context: { clientIp: "127.0.0.1" },
});

describe("the benchmark's blank page", () => {
  const saved = process.env.BENCH_BLANK_ROUTE;
  afterEach(() => {
    if (saved === undefined) delete process.env.BENCH_BLANK_ROUTE;
    else process.env.BENCH_BLANK_ROUTE = saved;
  });

  it("answers 404 when the server was not started for the benchmark", async () => {
    delete process.env.BENCH_BLANK_ROUTE;
    const thrown = await loader(args()).then(
      () => null,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });

  it("answers 404 for any value other than 1", async () => {
    process.env.BENCH_BLANK_ROUTE = "true";
    await expect(loader(args())).rejects.toMatchObject({ status: 404 });
  });

  it("renders when BENCH_BLANK_ROUTE=1", async () => {
    process.env.BENCH_BLANK_ROUTE = "1";
    await expect(loader(args())).resolves.toBeNull();
  });
});
