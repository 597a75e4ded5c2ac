import { describe, expect, it } from "vitest";
import { checkShopUrl } from "./channels";

describe("checkShopUrl", () => {
  it("accepts a shop on the channel's own site, adding https:// when missing", () => {
    expect(checkShopUrl("shopee", "shopee.co.id/keripiktehsiti")).toEqual({
      ok: true,
      url: "https://shopee.co.id/keripiktehsiti",
    });
    expect(checkShopUrl("tiktok_tokopedia", "https://www.tokopedia.com/keripik")).toMatchObject({ ok: true });
    expect(checkShopUrl("google_business", "https://maps.app.goo.gl/abc123")).toMatchObject({ ok: true });
    expect(checkShopUrl("whatsapp_business", "wa.me/6281234567890")).toMatchObject({ ok: true });
  });

  it("refuses a link to another site, including look-alike hosts", () => {
    expect(checkShopUrl("shopee", "https://tokopedia.com/keripik")).toEqual({ ok: false, reason: "wrongSite" });
    expect(checkShopUrl("shopee", "https://shopee.co.id.evil.example/x")).toEqual({ ok: false, reason: "wrongSite" });
    expect(checkShopUrl("instagram", "https://notinstagram.com/x")).toEqual({ ok: false, reason: "wrongSite" });
  });

  it("refuses what is not a web address", () => {
    for (const bad of [
      "",
      "keripik teh",
      "javascript:alert(1)",
      "ftp://shopee.co.id/x",
      "https://user:pw@shopee.co.id/",
      "localhost",
    ]) {
      expect(checkShopUrl("shopee", bad)).toMatchObject({ ok: false });
    }
    expect(checkShopUrl("shopee", `https://shopee.co.id/${"a".repeat(300)}`)).toEqual({ ok: false, reason: "invalid" });
  });

  it("takes any site for an own website, but not a marketplace", () => {
    expect(checkShopUrl("website", "keripiktehsiti.id")).toEqual({ ok: true, url: "https://keripiktehsiti.id/" });
    expect(checkShopUrl("website", "https://shopee.co.id/keripik")).toEqual({ ok: false, reason: "wrongSite" });
  });
});
