// Upload ids and their URLs, safe in the browser.

export const UPLOAD_ID_PATTERN = /^[a-z2-7]{16,64}$/;

export type UploadView = {
  id: string;
  mediaType: "image/webp" | "application/pdf";
  originalName: string | null;
  width: number | null;
  height: number | null;
};

export function uploadUrl(id: string, variant: "main" | "thumb" = "main"): string {
  return variant === "thumb" ? `/uploads/${id}?v=thumb` : `/uploads/${id}`;
}

/** What a file input accepts: photos, or photos and PDF documents. */
export const ACCEPT = {
  image: "image/jpeg,image/png,image/webp",
  document: "image/jpeg,image/png,image/webp,application/pdf",
} as const;

/**
 * The upload ids a field holds now: as last posted when the post came back with errors
 * (files stored by that post included), otherwise as saved.
 */
export function currentUploadIds(
  posted: { initialValue?: Record<string, unknown> | null } | undefined,
  path: string[],
  saved: string | string[] | undefined,
): string[] {
  let value: unknown = saved;
  if (posted) {
    value = posted.initialValue ?? undefined;
    for (const key of path)
      value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  }
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === "string" && UPLOAD_ID_PATTERN.test(v));
}
