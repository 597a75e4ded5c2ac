import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db.server";
import { MAX_INPUT_PIXELS, uploadQuotaBytes } from "../rate-limit/limits.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { referencedUploadIds, withUploadsReleased } from "./release.server";
import {
  rejectionMessage,
  storeUpload,
  uploadBytesUsed,
  uploadPath,
  UploadRejected,
  type UploadPurpose,
} from "./uploads.server";

// Issue 8, item 6: the pixel limit against decompression bombs, the storage quota per enterprise,
// and space given back when a file is removed or replaced.

let db: Db;
let ownerId: number;
let enterpriseId: number;
let dir: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-limits-test-"));
  // vi.stubEnv: Vitest puts the environment back after each test (vi.unstubAllEnvs below)
  vi.stubEnv("UPLOAD_DIR", dir);
  vi.stubEnv("UPLOAD_QUOTA_MB", undefined);
  db = await createJourneyTestDb();
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function filesInDir(): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function store(bytes: Buffer, purpose: UploadPurpose = "evidence", enterprise = enterpriseId) {
  return storeUpload(db, { enterpriseId: enterprise, uploadedBy: ownerId, purpose, bytes, originalName: "x" });
}

async function refusal(promise: Promise<unknown>): Promise<UploadRejected> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UploadRejected) return error;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.byteLength);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real, complete PNG of one colour: `side` × `side` pixels at 1 bit a pixel, so its rows
 * deflate to almost nothing. Decoded, it is `side`² bytes or more.
 */
function bombPng(side: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + Math.ceil(side / 8)); // filter byte 0, then black pixels
  const idat = zlib.deflateSync(Buffer.concat(Array.from({ length: side }, () => row)), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("the pixel limit", () => {
  it("refuses a 20000 × 20000 PNG of a few KB as tooManyPixels, quickly and without decoding it", async () => {
    const bomb = bombPng(20_000);
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    // It is a real image: sharp reads its header as 400 megapixels.
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 20_000, height: 20_000 });

    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    const started = performance.now();
    const error = await refusal(store(bomb, "evidence"));
    const took = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expect(error.reason).toBe("tooManyPixels");
    expect(rejectionMessage(error)).toBe("limits.pixels?megapixels=50");
    // Decoding would take 400 MB at one byte a pixel; refusing from the header takes next to nothing.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect(took).toBeLessThan(2_000);
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("sets the limit at 50 megapixels, above a 50 MP phone's full-resolution photo (8160 × 6120)", () => {
    expect(MAX_INPUT_PIXELS).toBe(50_000_000);
    expect(8160 * 6120).toBeLessThanOrEqual(MAX_INPUT_PIXELS);
  });
});

describe("the storage quota per enterprise", () => {
  let photo: Buffer;
  beforeEach(async () => {
    // Noise does not compress: the stored WebP is a few hundred KB.
    const noise = Buffer.alloc(500 * 500 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
    photo = await sharp(noise, { raw: { width: 500, height: 500, channels: 3 } })
      .png()
      .toBuffer();
  });

  it("is 100 MB unless UPLOAD_QUOTA_MB says otherwise", () => {
    expect(uploadQuotaBytes()).toBe(100 * 1024 * 1024);
    vi.stubEnv("UPLOAD_QUOTA_MB", "2.5");
    expect(uploadQuotaBytes()).toBe(2.5 * 1024 * 1024);
  });

  it("refuses the file that would pass the quota, saying how much is used, storing nothing", async () => {
    const first = await store(photo);
    const size = uploadBytesUsed(db, enterpriseId);
    expect(size).toBeGreaterThan(100 * 1024);
    // Room for the first file and a half.
    vi.stubEnv("UPLOAD_QUOTA_MB", String((size * 1.5) / (1024 * 1024)));
    const filesBefore = filesInDir();

    const error = await refusal(store(photo));
    expect(error.reason).toBe("quotaFull");
    const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
    // The file's size is rounded up (a small photo is 0.1 MB, never 0 MB).
    const fileMb = (bytes: number) => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
    expect(error.params).toEqual({ used: mb(size), limit: mb(size * 1.5), size: fileMb(size) });
    expect(rejectionMessage(error)).toBe(`limits.quota?used=${mb(size)}&limit=${mb(size * 1.5)}&size=${fileMb(size)}`);
    expect(db.prepare("SELECT id FROM upload").pluck().all()).toEqual([first.id]);
    expect(filesInDir()).toEqual(filesBefore);
  });

  it("counts each enterprise on its own", async () => {
    await store(photo);
    vi.stubEnv("UPLOAD_QUOTA_MB", String(uploadBytesUsed(db, enterpriseId) / (1024 * 1024)));
    const other = insertTestEnterprise(db).enterprise.id;
    expect((await refusal(store(photo))).reason).toBe("quotaFull");
    await expect(store(photo, "evidence", other)).resolves.toMatchObject({ mediaType: "image/webp" });
  });

  it("checks the quota in the transaction that writes the row: of two files sent at once, only one fits", async () => {
    const probe = await store(photo);
    const size = uploadBytesUsed(db, enterpriseId);
    db.prepare("DELETE FROM upload").run();
    for (const file of filesInDir()) fs.rmSync(path.join(dir, file));
    vi.stubEnv("UPLOAD_QUOTA_MB", String((size * 1.5) / (1024 * 1024)));
    expect(probe.id).toBeTruthy();

    const results = await Promise.allSettled([store(photo), store(photo)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as UploadRejected).reason).toBe("quotaFull");
    expect(countRows(db, "upload")).toBe(1);
    const [kept] = db.prepare("SELECT id FROM upload").pluck().all() as string[];
    expect(filesInDir()).toEqual([kept, `${kept}.thumb`]);
  });
});

describe("replacing a file in a full store", () => {
  let photo: Buffer;
  beforeEach(async () => {
    // Noise does not compress: the stored WebP is a few hundred KB.
    const noise = Buffer.alloc(400 * 400 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
    photo = await sharp(noise, { raw: { width: 400, height: 400, channels: 3 } })
      .png()
      .toBuffer();
  });

  const replacing = (replaces: string[]) =>
    storeUpload(db, { enterpriseId, uploadedBy: ownerId, purpose: "evidence", bytes: photo, replaces });
  const setSize = (id: string, megabytes: number) =>
    db.prepare("UPDATE upload SET byte_size = ? WHERE id = ?").run(Math.round(megabytes * 1024 * 1024), id);

  it("takes a file that replaces one, counting the replaced file's space as free", async () => {
    const old = await store(photo);
    // The store is exactly full with the old file.
    vi.stubEnv("UPLOAD_QUOTA_MB", String(uploadBytesUsed(db, enterpriseId) / (1024 * 1024)));
    expect((await refusal(store(photo))).reason).toBe("quotaFull");
    // Another enterprise's file, or an id of nothing, frees nothing.
    const other = insertTestEnterprise(db).enterprise.id;
    const theirs = await store(photo, "evidence", other);
    expect((await refusal(replacing([theirs.id, "tidak-ada"]))).reason).toBe("quotaFull");

    const swapped = await replacing([old.id]);
    expect(
      db.prepare("SELECT id FROM upload WHERE enterprise_id = ? ORDER BY created_at, id").pluck().all(enterpriseId),
    ).toHaveLength(2);
    expect(filesInDir()).toContain(swapped.id);
  });

  it("still refuses a replacement bigger than the old file and the room left", async () => {
    const old = await store(photo);
    setSize(old.id, 0.01);
    vi.stubEnv("UPLOAD_QUOTA_MB", "0.02"); // the new file is far more than the 20 KB there is
    const error = await refusal(replacing([old.id]));
    expect(error.reason).toBe("quotaFull");
    expect(error.params?.size).toBeGreaterThanOrEqual(0.1);
    // The message counts what is stored now, the old file included.
    expect(error.params).toMatchObject({ used: 0, limit: 0 });
    expect(countRows(db, "upload")).toBe(1);
  });

  it("goes past the quota by one file at most, whatever a post names as replaced", async () => {
    vi.stubEnv("UPLOAD_QUOTA_MB", "12");
    const first = await store(photo);
    setSize(first.id, 12); // full
    // Each post names every file as replaced, but the save keeps them all (they are used elsewhere).
    const second = await replacing([first.id]);
    setSize(second.id, 9); // 21 MB stored: within 12 MB + one 10 MB file
    const third = await replacing([first.id, second.id]);
    setSize(third.id, 2); // 23 MB: past the grace
    const error = await refusal(replacing([first.id, second.id, third.id]));
    expect(error.reason).toBe("quotaFull");
    expect(error.params).toMatchObject({ used: 23, limit: 12 });
    expect(countRows(db, "upload")).toBe(3);
  });
});

describe("space given back when a file is removed or replaced", () => {
  let small: Buffer;
  beforeEach(async () => {
    small = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#3a3" } })
      .jpeg()
      .toBuffer();
  });

  function setLogo(id: string | null) {
    db.prepare(
      `INSERT INTO enterprise_brand (enterprise_id, logo_upload_id, updated_at) VALUES (?, ?, 0)
       ON CONFLICT (enterprise_id) DO UPDATE SET logo_upload_id = excluded.logo_upload_id`,
    ).run(enterpriseId, id);
  }

  function setEvidence(taskKey: string, id: string | null) {
    db.prepare(
      `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, updated_at) VALUES (?, ?, 'in_progress', ?, 0)
       ON CONFLICT (enterprise_id, task_key) DO UPDATE SET answers = excluded.answers`,
    ).run(enterpriseId, taskKey, JSON.stringify({ nib: { status: "have", ...(id ? { evidence: id } : {}) } }));
  }

  it("finds the uploads that the brand, products and answers point at", async () => {
    const logo = await store(small, "logo");
    const evidence = await store(small, "evidence");
    const loose = await store(small, "evidence");
    setLogo(logo.id);
    const task = "legality";
    setEvidence(task, evidence.id);
    expect(referencedUploadIds(db, enterpriseId)).toEqual(new Set([logo.id, evidence.id]));
    expect(referencedUploadIds(db, enterpriseId).has(loose.id)).toBe(false);
  });

  it("deletes the logo a save replaces, row and files, and frees its bytes; keeps the new one and loose files", async () => {
    const old = await store(small, "logo");
    setLogo(old.id);
    const replacement = await store(small, "logo");
    const loose = await store(small, "evidence");
    const usedBefore = uploadBytesUsed(db, enterpriseId);
    const oldSize = db.prepare("SELECT byte_size FROM upload WHERE id = ?").pluck().get(old.id) as number;

    const returned = withUploadsReleased(db, enterpriseId, () => {
      setLogo(replacement.id);
      return "saved";
    });

    expect(returned).toBe("saved");
    expect(db.prepare("SELECT id FROM upload ORDER BY id").pluck().all()).toEqual([replacement.id, loose.id].sort());
    expect(fs.existsSync(uploadPath(old.id, "main"))).toBe(false);
    expect(fs.existsSync(uploadPath(old.id, "thumb"))).toBe(false);
    expect(fs.existsSync(uploadPath(replacement.id, "main"))).toBe(true);
    expect(uploadBytesUsed(db, enterpriseId)).toBe(usedBefore - oldSize);
  });

  it("deletes evidence removed from a task's answers", async () => {
    const evidence = await store(small, "evidence");
    const task = "legality";
    setEvidence(task, evidence.id);
    withUploadsReleased(db, enterpriseId, () => setEvidence(task, null));
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("deletes nothing when the save fails, and lets its error through", async () => {
    const old = await store(small, "logo");
    setLogo(old.id);
    expect(() =>
      withUploadsReleased(db, enterpriseId, () => {
        setLogo(null);
        throw new Error("save failed");
      }),
    ).toThrow("save failed");
    expect(db.prepare("SELECT logo_upload_id FROM enterprise_brand").pluck().get()).toBe(old.id);
    expect(countRows(db, "upload")).toBe(1);
    expect(fs.existsSync(uploadPath(old.id, "main"))).toBe(true);
  });
});
