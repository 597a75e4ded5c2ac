import { randomBytes } from "node:crypto";

/**
 * The response headers that protect every page and file (decision 0024). server.mjs sets
 * `securityHeaders` on every response, static files and CSV/JSON included; entry.server.tsx adds
 * the Content-Security-Policy, with a nonce of its own, to every HTML document it renders.
 */

/** 128 random bits, base64: a new one for every HTML response. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

export type PolicyOptions = {
  /**
   * The Vite dev server (npm run dev) injects <style> elements and inline module scripts for hot
   * reload and talks to its websocket: in development inline scripts and styles are allowed.
   */
  development?: boolean;
};

/**
 * The Content-Security-Policy of an HTML page. Scripts only from this origin or carrying this
 * response's nonce (Remix's <Scripts>, <ScrollRestoration>, single fetch's streamed data and
 * React's Suspense scripts all get it), never inline without it, so an injected <script> or
 * `javascript:` URL does not run. Inline style *attributes* are allowed (`style-src-attr`): the
 * progress bars and the brand preview size and colour elements from data; <style> elements and
 * stylesheets still come only from this origin.
 */
export function contentSecurityPolicy(nonce: string, { development = false }: PolicyOptions = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    // data: for small inline images; blob: for the brand logo previewed before it is uploaded.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": development ? ["'self'", "ws:", "wss:"] : ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'none'"],
    "worker-src": ["'none'"],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Features no page uses, turned off for the page and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers for every response. HSTS only in production: browsers ignore it over plain HTTP
 * (RFC 6797 §8.1), so the e2e server and the demo on http://localhost are unaffected, while a
 * deployment behind HTTPS tells browsers never to try HTTP for a year.
 */
export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Full addresses within the app; other sites (wa.me, PDKI, marketplaces) learn nothing, not
    // even which page of which enterprise a link was followed from.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    // Uploaded files and pages cannot be embedded by other sites (CORS reads, e.g. the open data
    // JSON, are not affected: that route says cross-origin itself).
    "Cross-Origin-Resource-Policy": "same-origin",
    // For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
