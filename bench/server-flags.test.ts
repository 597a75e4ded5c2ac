import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { PRODUCTION_NODE_FLAGS } from "./server";

describe("the production server's Node flags", () => {
  it("are the ones npm start passes, so the benchmark and the demo measure what runs", () => {
    const start = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts
      .start!;
    expect(start).toBe(`NODE_ENV=production node ${PRODUCTION_NODE_FLAGS.join(" ")} server.mjs`);
  });
});
