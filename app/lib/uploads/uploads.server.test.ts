import zlib from "node:zlib";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import {
  describeUploads,
  getUpload,
  ownUploadIds,
  prepareUpload,
  storeUpload,
  UPLOAD_RULES,
  uploadDir,
  uploadPath,
  UploadRejected,
  type UploadPurpose,
  type UploadRejection,
} from "./uploads.server";

let db: Db;
let ownerId: number;
let enterpriseId: number;
let dir: string;
const previousUploadDir = process.env.UPLOAD_DIR;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-test-"));
  process.env.UPLOAD_DIR = dir;
  db = await createJourneyTestDb();
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (previousUploadDir === undefined) delete process.env.UPLOAD_DIR;
  else process.env.UPLOAD_DIR = previousUploadDir;
});

// ── Test files ─────────────────────────────────────────────────────────────────────────────

function canvas(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({ create: { width, height, channels, background: channels === 4 ? "#c33c" : "#c33" } });
}

/** A phone-like JPEG carrying camera make and GPS position in its EXIF. */
function jpegWithExif(width: number, height: number): Promise<Buffer> {
  return canvas(width, height)
    .jpeg()
    .withMetadata({
      exif: {
        IFD0: { Make: "TestPhone", Model: "Kamera Rahasia" },
        IFD3: {
          GPSLatitudeRef: "S",
          GPSLatitude: "7/1 13/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "107/1 54/1 0/1",
        },
      },
    })
    .toBuffer();
}

function png(width: number, height: number): Promise<Buffer> {
  return canvas(width, height, 4).png().toBuffer();
}

function webp(width: number, height: number): Promise<Buffer> {
  return canvas(width, height).webp().toBuffer();
}

/** A tiny but well-formed one-page PDF (header, objects, cross-reference table, trailer). */
function minimalPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** The reason an upload was refused; fails the test if it was not refused with UploadRejected. */
async function reasonOf(promise: Promise<unknown>): Promise<UploadRejection> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UploadRejected) return error.reason;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

function store(
  bytes: Buffer,
  purpose: UploadPurpose,
  originalName: string | null = "foto.jpg",
  enterprise = enterpriseId,
) {
  return storeUpload(db, { enterpriseId: enterprise, uploadedBy: ownerId, purpose, bytes, originalName });
}

function filesInDir(): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

type UploadRow = {
  id: string;
  enterprise_id: number;
  uploaded_by: number | null;
  purpose: string;
  media_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  has_thumbnail: number;
  original_name: string | null;
  created_at: number;
};
function uploadRow(id: string): UploadRow | undefined {
  return db.prepare("SELECT * FROM upload WHERE id = ?").get(id) as UploadRow | undefined;
}

/** Storing `bytes` is refused for `reason`, and leaves neither a row nor a file behind. */
async function expectRefusedAndNothingWritten(bytes: Buffer, purpose: UploadPurpose, reason: UploadRejection) {
  expect(await reasonOf(store(bytes, purpose))).toBe(reason);
  expect(countRows(db, "upload")).toBe(0);
  expect(filesInDir()).toEqual([]);
}

// ── Paths ──────────────────────────────────────────────────────────────────────────────────

describe("uploadDir and uploadPath", () => {
  it("put files under UPLOAD_DIR, the thumbnail beside the main file", () => {
    const id = "abcdefghijklmnop234567";
    expect(uploadDir()).toBe(path.resolve(dir));
    expect(uploadPath(id, "main")).toBe(path.join(dir, id));
    expect(uploadPath(id, "thumb")).toBe(path.join(dir, `${id}.thumb`));
  });

  it("refuse ids that are not upload ids, so a path can never leave the folder", () => {
    for (const id of ["../../etc/passwd", "short", "ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnop/..", ""]) {
      expect(() => uploadPath(id, "main")).toThrow("bad upload id");
    }
  });
});

// ── prepareUpload and storeUpload: accepted files ─────────────────────────────────────────

describe("storeUpload: accepted images", () => {
  it.each([
    ["JPEG", () => jpegWithExif(800, 600)],
    ["PNG", () => png(800, 600)],
    ["WebP", () => webp(800, 600)],
  ])("stores a %s as WebP with a thumbnail, and records it", async (_kind, make) => {
    const bytes = await make();
    const stored = await store(bytes, "evidence", "nota.jpg");

    expect(stored).toEqual({
      id: expect.stringMatching(/^[a-z2-7]{32}$/),
      mediaType: "image/webp",
      width: 800,
      height: 600,
      originalName: "nota.jpg",
    });
    expect(filesInDir()).toEqual([stored.id, `${stored.id}.thumb`]);

    const main = fs.readFileSync(uploadPath(stored.id, "main"));
    const mainMeta = await sharp(main).metadata();
    expect(mainMeta).toMatchObject({ format: "webp", width: 800, height: 600 });
    const thumbMeta = await sharp(fs.readFileSync(uploadPath(stored.id, "thumb"))).metadata();
    expect(thumbMeta).toMatchObject({ format: "webp", width: 320, height: 240 });

    const row = uploadRow(stored.id);
    expect(row).toEqual({
      id: stored.id,
      enterprise_id: enterpriseId,
      uploaded_by: ownerId,
      purpose: "evidence",
      media_type: "image/webp",
      byte_size: main.byteLength,
      width: 800,
      height: 600,
      has_thumbnail: 1,
      original_name: "nota.jpg",
      created_at: expect.any(Number),
    });
    expect(Math.abs((row?.created_at ?? 0) - Date.now() / 1000)).toBeLessThan(60);
  });

  it("shrinks a large photo to at most 1600 px a side and its thumbnail to at most 320 px", async () => {
    const stored = await store(await jpegWithExif(2400, 3000), "product_photo");
    expect(stored).toMatchObject({ width: 1280, height: 1600 });
    const main = await sharp(uploadPath(stored.id, "main")).metadata();
    expect(main).toMatchObject({ width: 1280, height: 1600 });
    const thumb = await sharp(uploadPath(stored.id, "thumb")).metadata();
    expect(thumb).toMatchObject({ width: 256, height: 320 });
    expect(uploadRow(stored.id)).toMatchObject({ width: 1280, height: 1600, purpose: "product_photo" });
  });

  it("does not enlarge a small image, and gives it a thumbnail no larger than itself", async () => {
    const stored = await store(await png(120, 80), "evidence");
    expect(stored).toMatchObject({ width: 120, height: 80 });
    expect(await sharp(uploadPath(stored.id, "thumb")).metadata()).toMatchObject({ width: 120, height: 80 });
  });

  it("drops EXIF, including the camera and GPS position, from the stored file and thumbnail", async () => {
    const bytes = await jpegWithExif(800, 600);
    // The test photo really does carry the data that must go.
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    expect(bytes.includes("TestPhone")).toBe(true);

    const stored = await store(bytes, "product_photo");
    for (const variant of ["main", "thumb"] as const) {
      const file = fs.readFileSync(uploadPath(stored.id, variant));
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(file.includes("TestPhone")).toBe(false);
      expect(file.includes("Kamera Rahasia")).toBe(false);
    }
  });

  it("turns a photo upright by its EXIF orientation (6: rotate 90° clockwise)", async () => {
    // Stored sideways, as a phone does: 800x600 pixels, top half red and bottom half blue.
    const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#ff0000" } })
      .composite([
        {
          input: { create: { width: 800, height: 300, channels: 3, background: "#0000ff" } },
          top: 300,
          left: 0,
        },
      ])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 800, height: 600, orientation: 6 });

    const stored = await store(bytes, "product_photo");
    // Upright the photo is 600 wide and 800 high (and so not too small for a product photo).
    expect(stored).toMatchObject({ width: 600, height: 800 });
    expect(uploadRow(stored.id)).toMatchObject({ width: 600, height: 800 });

    const { data, info } = await sharp(uploadPath(stored.id, "main")).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 600, height: 800 });
    const pixel = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels;
      return [data[at], data[at + 1], data[at + 2]] as [number, number, number];
    };
    // Turned 90° clockwise, the sideways top (red) is on the right and the bottom (blue) on the left.
    const [rr, , rb] = pixel(500, 400);
    const [lr, , lb] = pixel(100, 400);
    expect(rr).toBeGreaterThan(200);
    expect(rb).toBeLessThan(60);
    expect(lb).toBeGreaterThan(200);
    expect(lr).toBeLessThan(60);

    expect(await sharp(uploadPath(stored.id, "thumb")).metadata()).toMatchObject({ width: 240, height: 320 });
  });

  it("keeps a PDF as sent for evidence, with no thumbnail and no size", async () => {
    const pdf = minimalPdf();
    const stored = await store(pdf, "evidence", "nib.pdf");
    expect(stored).toEqual({
      id: expect.any(String),
      mediaType: "application/pdf",
      width: null,
      height: null,
      originalName: "nib.pdf",
    });
    expect(filesInDir()).toEqual([stored.id]);
    expect(fs.readFileSync(uploadPath(stored.id, "main")).equals(pdf)).toBe(true);
    expect(uploadRow(stored.id)).toMatchObject({
      enterprise_id: enterpriseId,
      purpose: "evidence",
      media_type: "application/pdf",
      byte_size: pdf.byteLength,
      width: null,
      height: null,
      has_thumbnail: 0,
      original_name: "nib.pdf",
    });
  });

  it("accepts a product photo of exactly 500x500 and a logo of exactly 200x200", async () => {
    expect(await store(await jpegWithExif(500, 500), "product_photo")).toMatchObject({ width: 500, height: 500 });
    expect(await store(await png(200, 200), "logo")).toMatchObject({ width: 200, height: 200 });
    expect(countRows(db, "upload", enterpriseId)).toBe(2);
  });

  it("accepts tiny images as evidence (no minimum size)", async () => {
    expect(await store(await png(10, 10), "evidence")).toMatchObject({ width: 10, height: 10 });
  });

  it("keeps at most 200 characters of the original name, and none when there is none", async () => {
    const long = `${"a".repeat(250)}.jpg`;
    const first = await store(await webp(50, 50), "evidence", long);
    expect(first.originalName).toBe("a".repeat(200));
    expect(uploadRow(first.id)?.original_name).toBe("a".repeat(200));
    const second = await store(await webp(50, 50), "evidence", null);
    expect(second.originalName).toBeNull();
    expect(uploadRow(second.id)?.original_name).toBeNull();
    const third = await store(await webp(50, 50), "evidence", "");
    expect(uploadRow(third.id)?.original_name).toBeNull();
  });

  it("gives every upload a new random id", async () => {
    const bytes = await webp(50, 50);
    const ids = new Set<string>();
    for (let i = 0; i < 5; i += 1) ids.add((await store(bytes, "evidence")).id);
    expect(ids.size).toBe(5);
  });

  it("creates UPLOAD_DIR when it does not exist yet", async () => {
    const nested = path.join(dir, "nested", "deeper");
    process.env.UPLOAD_DIR = nested;
    const stored = await store(await webp(50, 50), "evidence");
    expect(fs.existsSync(path.join(nested, stored.id))).toBe(true);
    expect(fs.existsSync(path.join(nested, `${stored.id}.thumb`))).toBe(true);
  });
});

// ── prepareUpload and storeUpload: refused files ───────────────────────────────────────────

describe("storeUpload: refused files leave no row and no file", () => {
  it.each(["logo", "product_photo"] as const)("refuses a PDF for %s as wrongType", async (purpose) => {
    await expectRefusedAndNothingWritten(minimalPdf(), purpose, "wrongType");
  });

  it.each(["evidence", "logo", "product_photo"] as const)(
    "refuses a text file for %s as wrongType, whatever its name",
    async (purpose) => {
      for (const name of ["foto.jpg", "nota.pdf", "logo.png"]) {
        expect(
          await reasonOf(
            storeUpload(db, {
              enterpriseId,
              uploadedBy: ownerId,
              purpose,
              bytes: Buffer.from("hello"),
              originalName: name,
            }),
          ),
        ).toBe("wrongType");
      }
      expect(countRows(db, "upload")).toBe(0);
      expect(filesInDir()).toEqual([]);
    },
  );

  it("refuses an HTML page as wrongType", async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert("x")</script></body></html>');
    await expectRefusedAndNothingWritten(html, "evidence", "wrongType");
  });

  it("refuses an SVG (which can carry script) as wrongType", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><script>1</script></svg>',
    );
    await expectRefusedAndNothingWritten(svg, "logo", "wrongType");
  });

  it("refuses a GIF, an image type that is not accepted, as wrongType", async () => {
    await expectRefusedAndNothingWritten(await canvas(600, 600).gif().toBuffer(), "product_photo", "wrongType");
  });

  it("refuses a product photo of 400x400 as tooSmall", async () => {
    await expectRefusedAndNothingWritten(await jpegWithExif(400, 400), "product_photo", "tooSmall");
  });

  it("refuses a product photo whose short side is under 500 px as tooSmall", async () => {
    await expectRefusedAndNothingWritten(await jpegWithExif(1200, 499), "product_photo", "tooSmall");
  });

  it("refuses a logo under 200 px as tooSmall", async () => {
    await expectRefusedAndNothingWritten(await png(199, 400), "logo", "tooSmall");
  });

  it("refuses a file over the size limit as tooLarge before looking at it", async () => {
    const bytes = Buffer.alloc(UPLOAD_RULES.evidence.maxBytes + 1);
    (await jpegWithExif(800, 600)).copy(bytes);
    await expectRefusedAndNothingWritten(bytes, "evidence", "tooLarge");
  });

  it("refuses an empty file as unreadable", async () => {
    await expectRefusedAndNothingWritten(Buffer.alloc(0), "evidence", "unreadable");
  });

  it("refuses a corrupt JPEG (right magic bytes, garbage after) as unreadable", async () => {
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, "garbage ")]);
    await expectRefusedAndNothingWritten(garbage, "evidence", "unreadable");
  });

  it("refuses a truncated JPEG as unreadable", async () => {
    const full = await jpegWithExif(800, 600);
    await expectRefusedAndNothingWritten(full.subarray(0, Math.floor(full.byteLength / 2)), "evidence", "unreadable");
  });

  it("refuses an image with more pixels than it may decode as tooManyPixels", async () => {
    // A real PNG whose header claims 12000 × 12000 pixels (its CRC fixed up): refused from
    // the header alone, before anything is decoded.
    const png = Buffer.from(
      await sharp({ create: { width: 1, height: 1, channels: 3, background: "#fff" } })
        .png()
        .toBuffer(),
    );
    png.writeUInt32BE(12_000, 16);
    png.writeUInt32BE(12_000, 20);
    png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
    await expectRefusedAndNothingWritten(png, "evidence", "tooManyPixels");
  });

  it("removes the files it wrote when the row cannot be written", async () => {
    // No such enterprise: the foreign key refuses the row after the files were written.
    await expect(store(await webp(50, 50), "evidence", "x.webp", 999_999)).rejects.toThrow(/FOREIGN KEY/);
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });
});

describe("prepareUpload", () => {
  it("returns the re-encoded bytes without storing anything", async () => {
    const prepared = await prepareUpload(await jpegWithExif(800, 600), "logo");
    expect(prepared).toMatchObject({ mediaType: "image/webp", width: 800, height: 600 });
    expect((await sharp(prepared.main).metadata()).format).toBe("webp");
    expect(prepared.thumb).not.toBeNull();
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });
});

// ── Reading uploads back ───────────────────────────────────────────────────────────────────

describe("getUpload", () => {
  it("returns an image's record with hasThumbnail as a boolean", async () => {
    const stored = await store(await jpegWithExif(800, 600), "product_photo", "keripik.jpg");
    expect(getUpload(db, stored.id)).toEqual({
      id: stored.id,
      enterpriseId,
      purpose: "product_photo",
      mediaType: "image/webp",
      byteSize: fs.statSync(uploadPath(stored.id, "main")).size,
      width: 800,
      height: 600,
      hasThumbnail: true,
      originalName: "keripik.jpg",
    });
  });

  it("returns a PDF's record without thumbnail or size", async () => {
    const stored = await store(minimalPdf(), "evidence", "izin.pdf");
    expect(getUpload(db, stored.id)).toEqual({
      id: stored.id,
      enterpriseId,
      purpose: "evidence",
      mediaType: "application/pdf",
      byteSize: minimalPdf().byteLength,
      width: null,
      height: null,
      hasThumbnail: false,
      originalName: "izin.pdf",
    });
  });

  it("returns null for an unknown id", () => {
    expect(getUpload(db, "abcdefghijklmnopqrstuvwxyz234567")).toBeNull();
  });
});

describe("ownUploadIds and describeUploads", () => {
  let otherEnterpriseId: number;
  let ownEvidence: string;
  let ownPdf: string;
  let ownPhoto: string;
  let otherEvidence: string;

  beforeEach(async () => {
    otherEnterpriseId = insertTestEnterprise(db).enterprise.id;
    ownEvidence = (await store(await webp(60, 40), "evidence", "nota.webp")).id;
    ownPdf = (await store(minimalPdf(), "evidence", "nib.pdf")).id;
    ownPhoto = (await store(await webp(600, 600), "product_photo", "produk.webp")).id;
    otherEvidence = (await store(await webp(60, 40), "evidence", "lain.webp", otherEnterpriseId)).id;
  });

  it("ownUploadIds keeps only this enterprise's uploads for this purpose", () => {
    const asked = [ownEvidence, ownPdf, ownPhoto, otherEvidence, "abcdefghijklmnopqrstuvwxyz234567", "' OR 1=1 --"];
    expect(ownUploadIds(db, enterpriseId, "evidence", asked)).toEqual(new Set([ownEvidence, ownPdf]));
    expect(ownUploadIds(db, enterpriseId, "product_photo", asked)).toEqual(new Set([ownPhoto]));
    expect(ownUploadIds(db, enterpriseId, "logo", asked)).toEqual(new Set());
    expect(ownUploadIds(db, otherEnterpriseId, "evidence", asked)).toEqual(new Set([otherEvidence]));
  });

  it("ownUploadIds of no ids is empty", () => {
    expect(ownUploadIds(db, enterpriseId, "evidence", [])).toEqual(new Set());
  });

  it("describeUploads summarises this enterprise's uploads by id, leaving out others", () => {
    expect(describeUploads(db, enterpriseId, [ownEvidence, ownPdf, ownPhoto, otherEvidence, "nothing"])).toEqual({
      [ownEvidence]: { id: ownEvidence, mediaType: "image/webp", originalName: "nota.webp", width: 60, height: 40 },
      [ownPdf]: { id: ownPdf, mediaType: "application/pdf", originalName: "nib.pdf", width: null, height: null },
      [ownPhoto]: { id: ownPhoto, mediaType: "image/webp", originalName: "produk.webp", width: 600, height: 600 },
    });
    expect(describeUploads(db, otherEnterpriseId, [ownEvidence, otherEvidence])).toEqual({
      [otherEvidence]: {
        id: otherEvidence,
        mediaType: "image/webp",
        originalName: "lain.webp",
        width: 60,
        height: 40,
      },
    });
  });

  it("describeUploads of no ids is empty", () => {
    expect(describeUploads(db, enterpriseId, [])).toEqual({});
  });
});
