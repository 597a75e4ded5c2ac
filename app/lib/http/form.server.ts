import { data } from "@remix-run/node";

/**
 * Why a form post was refused before any action looked at it; the error page shows a message for
 * each (error.reason.* in the common texts).
 */
export type BadFormReason = "badForm" | "tooLarge" | "unsupportedType" | "controlCharacters";

/** A form without files is a few kilobytes; 1 MB leaves room for the largest (the checklist editor). */
export const MAX_FORM_BYTES = 1024 * 1024;

// C0 controls and DEL, except tab, line feed and carriage return (a textarea sends \r\n).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True when a text holds a control character no keyboard types (NUL, BEL, ESC, …). */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

export function refuseForm(reason: BadFormReason, status: 400 | 413 | 415 = 400) {
  return data({ reason }, { status });
}

async function readCapped(request: Request, maxBytes: number): Promise<Blob> {
  const declared = Number(request.headers.get("Content-Length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw refuseForm("tooLarge", 413);
  if (!request.body) return new Blob([]);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // Stop reading at the limit: a body without Content-Length is never held whole.
      if (total > maxBytes) {
        tooLarge = true;
        await reader.cancel().catch(() => undefined);
        break;
      }
      chunks.push(value);
    }
  } catch {
    throw refuseForm("badForm");
  }
  if (tooLarge) throw refuseForm("tooLarge", 413);
  return new Blob(chunks as BlobPart[]);
}

/**
 * Reads a form post. Everything that is not a form a browser could send is the client's error,
 * refused before the action sees it: another content type (415), a body over MAX_FORM_BYTES
 * (413, counted while it streams in), a body that does not parse, or a field holding a control
 * character (400).
 */
export async function readFormData(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i.test(contentType)) {
    throw refuseForm("unsupportedType", 415);
  }
  const body = await readCapped(request, MAX_FORM_BYTES);
  let formData: FormData;
  try {
    formData = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw refuseForm("badForm");
  }
  for (const [name, value] of formData) {
    if (hasControlCharacters(name) || (typeof value === "string" && hasControlCharacters(value))) {
      throw refuseForm("controlCharacters");
    }
  }
  return formData;
}
