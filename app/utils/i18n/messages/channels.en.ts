// English: the online channels task. Translates every key of channels.id.ts, checked by the type.
import type { Translation } from "../types";
import type { channelsId } from "./channels.id";

export const channelsEn: Translation<typeof channelsId> = {
  "field.url.invalid": "Write the full web address, for example https://shopee.co.id/shop-name.",
  "field.url.wrongSite": "This address is not on this channel's site. Copy your shop's address from its app.",
  "field.url.required": "Write your shop's address on this channel.",
  "field.firstSale.required": "Write the date of the first sale.",
  "field.date.future": "This date has not happened yet.",
  "field.channels.oneOpen": "To mark this done, at least one online shop must be open.",
  "channels.status.planned": "Planned",
  "channels.status.open": "Shop is open",
  "channels.status.first_sale": "First sale made",
  "channels.statusLegend": "Status of {item}",
  "channels.notUsed": "Not using it? Leave it empty.",
  "channels.url": "Shop address on {item}",
  "channels.urlHint": "Copy it from the app, for example {example}",
  "channels.firstSaleOn": "Date of the first online sale ({item})",
  "channels.openCount": "{count} channels open",
  "channels.saleEvidence": "Evidence of the first sale",
  "channels.saleEvidenceHint": "Optional. A screenshot of the order or the payment, at most 10 MB.",
};
