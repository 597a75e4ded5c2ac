import type { HeadersFunction } from "@remix-run/node";

// Headers an action or loader sets that must reach the response: Remix passes a route's loader and
// action headers on only through its `headers` export. Retry-After goes with a 429 (rate limits);
// Cache-Control keeps a page whose address holds a secret out of caches (invitation and reset
// links). Not Referrer-Policy: "no-referrer" on a page makes its browser send `Origin: null` with
// the page's own form posts, which the same-origin check refuses when JavaScript is off.
const PASSED = ["Retry-After", "Cache-Control"];

export const passLimitHeaders: HeadersFunction = ({ parentHeaders, loaderHeaders, actionHeaders }) => {
  const headers = new Headers(parentHeaders);
  for (const source of [loaderHeaders, actionHeaders]) {
    for (const name of PASSED) {
      const value = source.get(name);
      if (value) headers.set(name, value);
    }
  }
  return headers;
};
