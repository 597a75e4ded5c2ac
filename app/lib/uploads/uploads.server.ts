import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { Db } from "../db.server";
import { UPLOAD_ID_PATTERN, type UploadView } from "~/utils/uploads/uploads";
import { nowSeconds } from "../db.server";
import { MAX_INPUT_PIXELS, uploadQuotaBytes } from "../rate-limit/limits.server";
import { errorWithParams } from "~/utils/limits/error-params";

export type UploadPurpose = "evidence" | "logo" | "product_photo";
export type UploadRejection =
  | "tooLarge"
  | "tooMany"
  | "wrongType"
  | "tooSmall"
  | "unreadable"
  | "tooManyPixels"
  | "quotaFull"
  | "rateLimited";

export class UploadRejected extends Error {
  constructor(
    readonly reason: UploadRejection,
    /** Numbers for the message (megabytes used, minutes to wait). */
    readonly params?: Record<string, number>,
  ) {
    super(`upload rejected: ${reason}`);
  }
}

/** The form error for a refused file: a dictionary key, with its numbers when it has some. */
export function rejectionMessage(error: UploadRejected): string {
  switch (error.reason) {
    case "tooManyPixels":
      return errorWithParams("limits.pixels", { megapixels: Math.round(MAX_INPUT_PIXELS / 1_000_000) });
    case "quotaFull":
      return errorWithParams("limits.quota", error.params ?? {});
    case "rateLimited":
      return errorWithParams("limits.uploads", error.params ?? {});
    default:
      return `upload.${error.reason}`;
  }
}

/** What each kind of upload accepts. Phone photos run to 3–8 MB; larger is refused while reading. */
export const UPLOAD_RULES: Record<UploadPurpose, { maxBytes: number; pdf: boolean; minSide: number }> = {
  evidence: { maxBytes: 10 * 1024 * 1024, pdf: true, minSide: 0 },
  logo: { maxBytes: 10 * 1024 * 1024, pdf: false, minSide: 200 },
  product_photo: { maxBytes: 10 * 1024 * 1024, pdf: false, minSide: 500 },
};

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);
// Stored images are at most this wide or high: plenty for a marketplace, small on slow data.
const MAX_SIDE = 1600;
const THUMB_SIDE = 320;

export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? "data/uploads");
}

export function uploadPath(id: string, variant: "main" | "thumb"): string {
  if (!UPLOAD_ID_PATTERN.test(id)) throw new Error("bad upload id");
  return path.join(uploadDir(), variant === "main" ? id : `${id}.thumb`);
}

export type StoredUpload = {
  id: string;
  mediaType: "image/webp" | "application/pdf";
  width: number | null;
  height: number | null;
  originalName: string | null;
};

type Prepared = Omit<StoredUpload, "originalName"> & { main: Buffer; thumb: Buffer | null };

/**
 * Checks what a file really is from its bytes (not its name or the browser's word), then
 * re-encodes images to WebP with a thumbnail, which also drops EXIF and GPS data.
 */
export async function prepareUpload(bytes: Buffer, purpose: UploadPurpose): Promise<Omit<Prepared, "id">> {
  const rules = UPLOAD_RULES[purpose];
  if (bytes.byteLength === 0) throw new UploadRejected("unreadable");
  if (bytes.byteLength > rules.maxBytes) throw new UploadRejected("tooLarge");
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime === "application/pdf" && rules.pdf) {
    return { mediaType: "application/pdf", width: null, height: null, main: bytes, thumb: null };
  }
  if (!type || !IMAGE_TYPES.has(type.mime)) throw new UploadRejected("wrongType");
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    const main = await image
      .clone()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const meta = await sharp(bytes).metadata();
    // The size the owner's photo really has (before our downscale), turned upright.
    const [width, height] =
      (meta.orientation ?? 1) >= 5 ? [meta.height ?? 0, meta.width ?? 0] : [meta.width ?? 0, meta.height ?? 0];
    if (Math.min(width, height) < rules.minSide) throw new UploadRejected("tooSmall");
    const thumb = await image
      .clone()
      .resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    return { mediaType: "image/webp", width: main.info.width, height: main.info.height, main: main.data, thumb };
  } catch (error) {
    if (error instanceof UploadRejected) throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new UploadRejected("tooManyPixels");
    throw new UploadRejected("unreadable");
  }
}

function newUploadId(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

function writeAtomically(file: string, bytes: Buffer) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
}

export type UploadRequest = {
  enterpriseId: number;
  uploadedBy: number;
  purpose: UploadPurpose;
  bytes: Buffer;
  originalName?: string | null;
  /**
   * Uploads this file takes the place of: the one its field holds now, or those ticked for removal
   * in the same post. Their space counts as free, since the save that keeps this file lets them
   * go (`withUploadsReleased`), so a full store can still swap a photo for another.
   */
  replaces?: readonly string[];
};

/** Bytes the enterprise's uploads take now (the stored files, after re-encoding). */
export function uploadBytesUsed(db: Db, enterpriseId: number): number {
  return db
    .prepare("SELECT coalesce(sum(byte_size), 0) FROM upload WHERE enterprise_id = ?")
    .pluck()
    .get(enterpriseId) as number;
}

const MB = 1024 * 1024;
const inMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
/** A file's size for the message: rounded up, so a small photo is "0,1 MB", never "0 MB". */
const fileMb = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

/**
 * How far a replacement may take the store past its quota until the save lets the old file go:
 * one file of the largest size. The replaced ids come from the post, so without this bound a
 * post naming files that are not in fact let go (used elsewhere, or not this field's) could grow
 * the store without end; with it, such posts gain one file at most.
 */
export const REPLACEMENT_GRACE_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes));

/**
 * Refuses a file of `size` bytes that does not fit, counting the files it replaces as free (within
 * the grace). The refusal says what the store holds now (what the owner can see, replaced files
 * included) and the file's size as sent (`shownSize`).
 */
function checkQuota(db: Db, enterpriseId: number, replaces: readonly string[], size: number, shownSize = size) {
  const { used, kept } = db
    .prepare(
      `SELECT coalesce(sum(byte_size), 0) AS used,
              coalesce(sum(byte_size) FILTER (WHERE id NOT IN (SELECT value FROM json_each(?))), 0) AS kept
       FROM upload WHERE enterprise_id = ?`,
    )
    .get(JSON.stringify(replaces), enterpriseId) as { used: number; kept: number };
  const quota = uploadQuotaBytes();
  const grace = replaces.length > 0 ? REPLACEMENT_GRACE_BYTES : 0;
  if (kept + size > quota || used + size > quota + grace)
    throw new UploadRejected("quotaFull", { used: inMb(used), limit: inMb(quota), size: fileMb(shownSize) });
}

/**
 * Checks, re-encodes and stores a file for an enterprise; its row is written last, so a failure
 * leaves no record. The enterprise's storage quota is checked in the transaction that writes the
 * row, so two posts at once cannot both squeeze in under it; the files it replaces count as free.
 */
export async function storeUpload(db: Db, request: UploadRequest): Promise<StoredUpload> {
  const replaces = request.replaces ?? [];
  // A full store refuses at once, before sharp spends any work on the file.
  checkQuota(db, request.enterpriseId, replaces, 1, request.bytes.byteLength);
  const prepared = await prepareUpload(request.bytes, request.purpose);
  const id = newUploadId();
  const originalName = request.originalName ? request.originalName.slice(0, 200) : null;
  fs.mkdirSync(uploadDir(), { recursive: true });
  const files = [uploadPath(id, "main"), ...(prepared.thumb ? [uploadPath(id, "thumb")] : [])];
  try {
    writeAtomically(files[0]!, prepared.main);
    if (prepared.thumb) writeAtomically(files[1]!, prepared.thumb);
    db.transaction(() => {
      checkQuota(db, request.enterpriseId, replaces, prepared.main.byteLength);
      db.prepare(
        `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height, has_thumbnail, original_name, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        request.enterpriseId,
        request.uploadedBy,
        request.purpose,
        prepared.mediaType,
        prepared.main.byteLength,
        prepared.width,
        prepared.height,
        prepared.thumb ? 1 : 0,
        originalName,
        nowSeconds(),
      );
    })();
  } catch (error) {
    for (const file of files) fs.rmSync(file, { force: true });
    throw error;
  }
  return { id, mediaType: prepared.mediaType, width: prepared.width, height: prepared.height, originalName };
}

export type UploadRecord = {
  id: string;
  enterpriseId: number;
  purpose: UploadPurpose;
  mediaType: "image/webp" | "application/pdf";
  byteSize: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  originalName: string | null;
};

export function getUpload(db: Db, id: string): UploadRecord | null {
  const row = db
    .prepare(
      `SELECT id, enterprise_id AS enterpriseId, purpose, media_type AS mediaType, byte_size AS byteSize, width, height,
              has_thumbnail AS hasThumbnail, original_name AS originalName
       FROM upload WHERE id = ?`,
    )
    .get(id) as (Omit<UploadRecord, "hasThumbnail"> & { hasThumbnail: number }) | undefined;
  return row ? { ...row, hasThumbnail: row.hasThumbnail === 1 } : null;
}

/** Of `ids`, those that are uploads of this enterprise for this purpose (answers may only point at those). */
export function ownUploadIds(db: Db, enterpriseId: number, purpose: UploadPurpose, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(`SELECT id FROM upload WHERE enterprise_id = ? AND purpose = ? AND id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(enterpriseId, purpose, JSON.stringify(ids)) as string[];
  return new Set(rows);
}

/** Summaries for showing uploads beside a form: kind and name, keyed by id. */
export function describeUploads(db: Db, enterpriseId: number, ids: string[]): Record<string, UploadView> {
  if (ids.length === 0) return {};
  const rows = db
    .prepare(
      `SELECT id, media_type AS mediaType, original_name AS originalName, width, height FROM upload
       WHERE enterprise_id = ? AND id IN (SELECT value FROM json_each(?))`,
    )
    .all(enterpriseId, JSON.stringify(ids)) as UploadView[];
  return Object.fromEntries(rows.map((row) => [row.id, row])) as Record<string, UploadView>;
}

/** Removes uploads and their files (a post that failed as a whole takes back what it stored). */
export function deleteUploads(db: Db, ids: string[]): void {
  if (ids.length === 0) return;
  db.prepare("DELETE FROM upload WHERE id IN (SELECT value FROM json_each(?))").run(JSON.stringify(ids));
  for (const id of ids) {
    fs.rmSync(uploadPath(id, "main"), { force: true });
    fs.rmSync(uploadPath(id, "thumb"), { force: true });
  }
}
