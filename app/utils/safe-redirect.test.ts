import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it.each(["/", "/owner", "/account?tab=password", "/login?redirectTo=%2Fadmin#top", "/a/b/c"])(
    "keeps the local path %j",
    (path) => {
      expect(safeRedirect(path)).toBe(path);
    },
  );

  it.each([
    ["//evil.com", "protocol-relative URL"],
    ["//evil.com/owner", "protocol-relative URL with path"],
    ["https://evil.com", "absolute URL"],
    ["http://localhost/owner", "absolute URL to ourselves"],
    ["javascript:alert(1)", "javascript: URL"],
    ["/\\evil.com", "backslash trick"],
    ["/owner\\..\\evil", "backslash inside path"],
    ["/\tevil", "tab"],
    ["/\nevil", "newline"],
    ["/owner\r\nSet-Cookie: x=1", "header injection"],
    ["/\u0000", "NUL"],
    ["owner", "relative path"],
    ["", "empty string"],
    [`/${"a".repeat(2048)}`, "overlong path"],
  ])("falls back for %j (%s)", (to) => {
    expect(safeRedirect(to)).toBe("/");
  });

  it.each([undefined, null, 42, {}, ["/owner"], new URL("http://localhost/owner")])(
    "falls back for the non-string %j",
    (to) => {
      expect(safeRedirect(to)).toBe("/");
    },
  );

  it("uses the given fallback", () => {
    expect(safeRedirect("//evil.com", "/owner")).toBe("/owner");
    expect(safeRedirect(undefined, "/admin")).toBe("/admin");
    expect(safeRedirect("/account", "/owner")).toBe("/account");
  });
});
