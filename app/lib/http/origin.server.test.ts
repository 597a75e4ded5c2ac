import { describe, expect, it } from "vitest";
import type { OriginCheckInput } from "./origin.server";
import { isSameOriginRequest } from "./origin.server";

const expectedOrigin = "https://umkm.example.id";

function check(input: Partial<OriginCheckInput>): boolean {
  return isSameOriginRequest({ method: "POST", origin: undefined, secFetchSite: undefined, expectedOrigin, ...input });
}

describe("isSameOriginRequest", () => {
  it.each(["GET", "get", "HEAD", "OPTIONS"])("always allows the safe method %s", (method) => {
    expect(check({ method, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(true);
  });

  it("allows a POST from our own origin", () => {
    expect(check({ origin: expectedOrigin })).toBe(true);
  });

  it("compares origins case-insensitively", () => {
    expect(check({ origin: "HTTPS://UMKM.Example.ID" })).toBe(true);
  });

  it.each(["PUT", "PATCH", "DELETE", "post"])("checks %s like POST", (method) => {
    expect(check({ method, origin: expectedOrigin })).toBe(true);
    expect(check({ method, origin: "https://evil.example" })).toBe(false);
  });

  it.each([
    "https://evil.example",
    "http://umkm.example.id", // other scheme
    "https://umkm.example.id:8443", // other port
    "https://umkm.example.id.evil.example", // suffix trick
    "null", // sandboxed iframes, file: pages
    "",
  ])("refuses the foreign Origin %j", (origin) => {
    expect(check({ origin })).toBe(false);
  });

  it("trusts the Origin over Sec-Fetch-Site when both are present", () => {
    expect(check({ origin: "https://evil.example", secFetchSite: "same-origin" })).toBe(false);
  });

  it("allows a request without Origin when Sec-Fetch-Site is same-origin", () => {
    expect(check({ secFetchSite: "same-origin" })).toBe(true);
  });

  it.each(["cross-site", "same-site", "none"])("refuses a request without Origin and Sec-Fetch-Site %s", (site) => {
    expect(check({ secFetchSite: site })).toBe(false);
  });

  it("refuses a request with neither header", () => {
    expect(check({})).toBe(false);
  });
});
