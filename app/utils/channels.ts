// Online channels on the "Saluran online" task: statuses and the web addresses each one uses.

export const CHANNEL_STATUSES = ["planned", "open", "first_sale"] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

/** Hosts a shop link may point to, per channel (a host or any subdomain of it). */
const CHANNEL_HOSTS: Record<string, string[]> = {
  shopee: ["shopee.co.id", "shp.ee"],
  tiktok_tokopedia: ["tokopedia.com", "tokopedia.link", "tiktok.com"],
  lazada: ["lazada.co.id"],
  blibli: ["blibli.com"],
  gofood: ["gofood.co.id", "gofood.link", "gojek.com"],
  grabfood: ["grab.com"],
  shopeefood: ["shopee.co.id", "shopeefood.co.id"],
  google_business: ["g.page", "maps.app.goo.gl", "goo.gl", "google.com", "google.co.id"],
  instagram: ["instagram.com"],
  facebook: ["facebook.com", "fb.com", "fb.me"],
  whatsapp_business: ["wa.me", "whatsapp.com", "wa.link"],
};

/** Channels that have no shop link (QRIS is a payment code, not a page). */
export const CHANNELS_WITHOUT_LINK = new Set(["qris"]);

export function channelHosts(channel: string): string[] {
  return CHANNEL_HOSTS[channel] ?? [];
}

export type ShopUrlCheck = { ok: true; url: string } | { ok: false; reason: "invalid" | "wrongSite" };

/**
 * Checks a shop link: a web address (https:// is added when missing) on one of the
 * channel's own sites. An own website may be any site but one of the platforms above.
 */
export function checkShopUrl(channel: string, raw: string): ShopUrlCheck {
  const text = raw.trim();
  if (text.length > 300 || /\s/.test(text)) return { ok: false, reason: "invalid" };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "invalid" };
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (!host.includes(".") || url.username || url.password) return { ok: false, reason: "invalid" };
  const onSite = (hosts: string[]) => hosts.some((h) => host === h || host.endsWith(`.${h}`));
  if (channel === "website") {
    const platform = Object.values(CHANNEL_HOSTS).some(onSite);
    return platform ? { ok: false, reason: "wrongSite" } : { ok: true, url: url.toString() };
  }
  return onSite(channelHosts(channel)) ? { ok: true, url: url.toString() } : { ok: false, reason: "wrongSite" };
}
