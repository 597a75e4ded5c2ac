/**
 * The one helper every `redirectTo` goes through: only a local path is followed,
 * anything else (absolute URLs, protocol-relative "//host", backslash tricks) falls
 * back to `fallback`.
 */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2048) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(to)) return fallback;
  return to;
}
