import type { HeadersFunction } from "@remix-run/node";

// Headers an action or loader sets that must reach the response: Remix passes a route's loader and
// action headers on only through its `headers` export. Retry-After goes with a 429 (rate limits);
// Cache-Control and Referrer-Policy keep a page whose address holds a secret out of caches and
// out of Referer headers (invitation and reset links).
const PASSED = ["Retry-After", "Cache-Control", "Referrer-Policy"];

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
