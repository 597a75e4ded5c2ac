import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { data } from "@remix-run/node";
import busboy from "busboy";
import type { Db } from "../db.server";
import { hasControlCharacters, readFormData, refuseForm } from "../http/form.server";
import { minutesToWait, takeLimits } from "../rate-limit/rate-limit.server";
import {
  deleteUploads,
  rejectionMessage,
  storeUpload,
  UPLOAD_RULES,
  UploadRejected,
  type UploadPurpose,
} from "./uploads.server";
import type { MessageKey } from "~/utils/i18n";
import type { UploadView } from "~/utils/uploads/uploads";

/**
 * A file input of a form. The file arrives as `${base}File`; once stored, its upload id is put
 * in `base` (replacing the id already there, or added to the list when `multiple`), so the
 * form's schema only ever sees ids and a failed save elsewhere in the form keeps the file.
 */
export type UploadField = { base: string; purpose: UploadPurpose; multiple?: boolean };

export type UploadContext = {
  enterpriseId: number;
  uploadedBy: number;
  /** The upload field a file input's name belongs to, or null to ignore the file. */
  fieldFor: (name: string) => UploadField | null;
  /** At most this many files per post; more are refused, not stored. */
  maxFiles?: number;
  /** The client's address, for the per-address upload limit. */
  clientIp: string;
};

export type FormWithUploads = {
  formData: FormData;
  /** The files stored by this post, by id, to show beside the form if it comes back with errors. */
  stored: Record<string, UploadView>;
  /** Per base field, why its file was refused (a dictionary key, with numbers after "?" for some). */
  uploadErrors: Record<string, string[]>;
  /** Set when a file was refused by the upload rate limit: seconds until files are taken again. */
  retryAfterSeconds: number | null;
};

const MAX_TEXT_FIELD_BYTES = 64 * 1024;
const MAX_FILE_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes));

const badForm = (status: 400 | 413) => refuseForm(status === 413 ? "tooLarge" : "badForm", status);

/** The most a post may carry: every file it may hold at the largest size, and room for the text. */
export function maxRequestBytes(maxFiles: number): number {
  return maxFiles * MAX_FILE_BYTES + 2 * 1024 * 1024;
}

/** How a form page answers a post whose files were refused: 429 when the rate limit refused one. */
export function uploadRefusalInit(result: Pick<FormWithUploads, "retryAfterSeconds">): ResponseInit {
  return result.retryAfterSeconds === null
    ? { status: 400 }
    : { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } };
}

/**
 * Reads a form that may carry files (busboy parses the multipart body as it streams in). Each
 * accepted file is stored as an upload of the enterprise; a file over the size limit is cut off
 * while it is read, never held whole. A post that fails as a whole leaves no uploads behind.
 */
export async function readFormWithUploads(db: Db, request: Request, context: UploadContext): Promise<FormWithUploads> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    return applyRemovals({
      formData: await readFormData(request),
      stored: {},
      uploadErrors: {},
      retryAfterSeconds: null,
    });
  }
  if (!request.body) throw badForm(400);
  const maxFiles = context.maxFiles ?? 12;
  const maxBytes = maxRequestBytes(maxFiles);
  // A post that says it is larger than any allowed one is refused before a byte of it is read.
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw badForm(413);
  const formData = new FormData();
  const stored: { field: UploadField; upload: UploadView }[] = [];
  const uploadErrors: Record<string, string[]> = {};
  let retryAfterSeconds: number | null = null;
  const refuse = (field: UploadField, error: UploadRejected) =>
    (uploadErrors[field.base] ??= []).push(rejectionMessage(error));
  let files = 0;
  // Files are checked and stored one after another, not all at once: sharp is CPU-heavy.
  let storing: Promise<void> = Promise.resolve();

  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: { "content-type": contentType },
          defParamCharset: "utf8",
          // busboy marks a value truncated when it reaches the limit, so allow one byte more.
          limits: { fieldSize: MAX_TEXT_FIELD_BYTES + 1, fields: 2000, files: maxFiles + 20, fileSize: MAX_FILE_BYTES },
        });
      } catch {
        // No boundary, or not multipart after all.
        return reject(badForm(400));
      }
      parser.on("field", (name, value, info) => {
        if (info.valueTruncated) reject(badForm(413));
        else if (hasControlCharacters(name) || hasControlCharacters(value)) reject(refuseForm("controlCharacters"));
        else formData.append(name, value);
      });
      parser.on("file", (name, stream, info) => {
        const field = info.filename ? context.fieldFor(name) : null;
        // A file input left empty still sends a part, with no file name and no bytes.
        if (!field) return void stream.resume();
        files += 1;
        if (files > maxFiles) {
          refuse(field, new UploadRejected("tooMany"));
          return void stream.resume();
        }
        // Every file sent counts, stored or refused: each costs the server a decode.
        const verdict = takeLimits(db, [
          { limit: "upload.user", subject: String(context.uploadedBy) },
          { limit: "upload.ip", subject: context.clientIp },
        ]);
        if (!verdict.ok) {
          retryAfterSeconds = Math.max(retryAfterSeconds ?? 0, verdict.retryAfterSeconds);
          refuse(field, new UploadRejected("rateLimited", { minutes: minutesToWait(verdict.retryAfterSeconds) }));
          return void stream.resume();
        }
        // Read now, while the form's fields before the file input are in: what this file replaces.
        const replaces = replacedBy(formData, field);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          if (stream.truncated) return refuse(field, new UploadRejected("tooLarge"));
          const bytes = Buffer.concat(chunks);
          storing = storing.then(async () => {
            try {
              const upload = await storeUpload(db, {
                enterpriseId: context.enterpriseId,
                uploadedBy: context.uploadedBy,
                purpose: field.purpose,
                bytes,
                originalName: info.filename,
                replaces,
              });
              stored.push({ field, upload });
            } catch (error) {
              if (!(error instanceof UploadRejected)) throw error;
              refuse(field, error);
            }
          });
        });
      });
      parser.on("filesLimit", () => reject(badForm(413)));
      parser.on("fieldsLimit", () => reject(badForm(413)));
      parser.on("error", () => reject(badForm(400)));
      parser.on("close", () => resolve());
      const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
      body.on("error", () => reject(badForm(400)));
      // A post without Content-Length (chunked) is cut off once it passes the same size.
      let received = 0;
      body.on("data", (chunk: Uint8Array) => {
        received += chunk.byteLength;
        if (received > maxBytes) {
          body.unpipe(parser);
          body.destroy();
          reject(badForm(413));
        }
      });
      body.pipe(parser);
    });
    await storing;
  } catch (error) {
    // Wait for a file still being stored, then take back everything this post stored.
    await storing.catch(() => undefined);
    deleteUploads(
      db,
      stored.map(({ upload }) => upload.id),
    );
    throw error;
  }

  const result = applyRemovals({ formData, stored: {}, uploadErrors, retryAfterSeconds });
  for (const { field, upload } of stored) {
    if (field.multiple) formData.append(field.base, upload.id);
    else formData.set(field.base, upload.id);
    result.stored[upload.id] = upload;
  }
  return result;
}

/**
 * The uploads a new file for `field` takes the place of, from the fields posted before it (the
 * forms put the hidden ids and remove boxes before the file input): for a single file, the one
 * held now; for a list, the ones ticked for removal.
 */
function replacedBy(formData: FormData, field: UploadField): string[] {
  return field.multiple ? removedIds(formData, field.base) : formData.getAll(field.base).map(String);
}

/**
 * The ids in `base` that its "remove" checkbox (`${base}Remove`) drops: value "1" drops all of
 * them, an upload id only that one (a photo among several).
 */
function removedIds(formData: FormData, base: string): string[] {
  const remove = new Set(formData.getAll(`${base}Remove`).map(String));
  return formData
    .getAll(base)
    .map(String)
    .filter((id) => remove.has("1") || remove.has(id));
}

/** Takes the files ticked for removal out of their fields (see `removedIds`). */
function applyRemovals(result: FormWithUploads): FormWithUploads {
  const { formData } = result;
  const removals = new Set([...formData.keys()].filter((key) => key.endsWith("Remove")));
  for (const key of removals) {
    const base = key.slice(0, -"Remove".length);
    const removed = new Set(removedIds(formData, base));
    const kept = formData.getAll(base).filter((value) => !removed.has(String(value)));
    formData.delete(key);
    formData.delete(base);
    for (const value of kept) formData.append(base, value);
  }
  return result;
}

export type TextFileForm = { fields: FormData; file: string | null; tooLarge: boolean };

/**
 * Reads a form with one text file (a CSV export), cut off at `maxBytes` while it streams;
 * other file fields are ignored. Not for images: nothing is stored.
 */
export async function readTextFileForm(request: Request, fileField: string, maxBytes: number): Promise<TextFileForm> {
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType) || !request.body) {
    return { fields: await readFormData(request), file: null, tooLarge: false };
  }
  const fields = new FormData();
  let file: string | null = null;
  let tooLarge = false;
  await new Promise<void>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: { fieldSize: MAX_TEXT_FIELD_BYTES + 1, fields: 50, files: 2, fileSize: maxBytes },
      });
    } catch {
      return reject(badForm(400));
    }
    parser.on("field", (name, value) => {
      if (hasControlCharacters(name) || hasControlCharacters(value)) reject(refuseForm("controlCharacters"));
      else fields.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fileField || !info.filename) return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.truncated) tooLarge = true;
        else file = Buffer.concat(chunks).toString("utf8");
      });
    });
    parser.on("error", () => reject(badForm(400)));
    parser.on("close", () => resolve());
    const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
    body.on("error", () => reject(badForm(400)));
    body.pipe(parser);
  });
  return { fields, file, tooLarge };
}
