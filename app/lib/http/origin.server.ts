export type OriginCheckInput = {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The origin this server answers on, e.g. "https://umkm.example.id". */
  expectedOrigin: string;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every non-GET request: the browser's Origin
 * must be ours; where a client sends no Origin, Sec-Fetch-Site must say same-origin.
 * A request with neither is refused.
 */
export function isSameOriginRequest({ method, origin, secFetchSite, expectedOrigin }: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (origin !== undefined) return origin.toLowerCase() === expectedOrigin.toLowerCase();
  return secFetchSite === "same-origin";
}
