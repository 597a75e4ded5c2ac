import { describe, expect, it } from "vitest";
import { createTestDb } from "../test-db.server";
import { isSyntheticDatabase } from "./synthetic.server";

describe("isSyntheticDatabase", () => {
  it("is false for an ordinary database and true once the generator's flag is set", () => {
    const db = createTestDb();
    expect(isSyntheticDatabase(db)).toBe(false);
    // Other settings do not count.
    db.prepare("INSERT INTO app_setting (key, value) VALUES ('synthetic', '1'), ('data', '1')").run();
    expect(isSyntheticDatabase(db)).toBe(false);
    db.prepare("INSERT INTO app_setting (key, value) VALUES ('synthetic_data', '1')").run();
    expect(isSyntheticDatabase(db)).toBe(true);
  });
});
