// A form error is a dictionary key; one that needs numbers (minutes to wait, megabytes used) carries
// them after "?" like a query string: "limits.quota?used=92.4&limit=100&size=8.1". Safe in the browser.

export type ErrorParams = Record<string, string | number>;

export function errorWithParams(key: string, params: ErrorParams): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([name, value]) => [name, String(value)]))}`;
}

export function parseErrorMessage(error: string): { key: string; params: Record<string, string> | undefined } {
  const at = error.indexOf("?");
  if (at < 0) return { key: error, params: undefined };
  return { key: error.slice(0, at), params: Object.fromEntries(new URLSearchParams(error.slice(at + 1))) };
}
