import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { readFormWithUploads, type UploadContext, type UploadField } from "./upload-form.server";
import { getUpload, UPLOAD_RULES, uploadPath } from "./uploads.server";

let db: Db;
let ownerId: number;
let enterpriseId: number;
let dir: string;
const previousUploadDir = process.env.UPLOAD_DIR;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-form-test-"));
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

// ── Helpers ────────────────────────────────────────────────────────────────────────────────

const FIELDS: Record<string, UploadField> = {
  logoFile: { base: "logo", purpose: "logo" },
  photosFile: { base: "photos", purpose: "product_photo", multiple: true },
  evidenceFile: { base: "evidence", purpose: "evidence" },
};

function context(extra: Partial<UploadContext> = {}): UploadContext {
  return {
    enterpriseId,
    uploadedBy: ownerId,
    clientIp: "10.0.0.1",
    fieldFor: (name) => FIELDS[name] ?? null,
    ...extra,
  };
}

/** An id of an upload stored earlier (the hidden value a form sends back); it need not exist for these tests. */
const EARLIER_ID = "earlierearlierearlier234";
const OTHER_EARLIER_ID = "anotheranotheranother234";

let photo: Buffer;
beforeEach(async () => {
  photo ??= await sharp({ create: { width: 600, height: 600, channels: 3, background: "#3a3" } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Make: "TestPhone" } } })
    .toBuffer();
});

function jpegFile(name = "foto.jpg", bytes: Buffer = photo): File {
  return new File([new Uint8Array(bytes)], name, { type: "image/jpeg" });
}

function post(entries: [string, string | Blob][]): Request {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return new Request("http://x/", { method: "POST", body: formData });
}

/** A multipart request written by hand, to send exactly what a browser sends. */
function rawPost(parts: { name: string; filename?: string; type?: string; body: string }[]): Request {
  const boundary = "----TestBoundary7MA4YWxkTrZu0gW";
  let body = "";
  for (const part of parts) {
    body += `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if (part.filename !== undefined) body += `; filename="${part.filename}"`;
    body += "\r\n";
    if (part.type) body += `Content-Type: ${part.type}\r\n`;
    body += `\r\n${part.body}\r\n`;
  }
  body += `--${boundary}--\r\n`;
  return new Request("http://x/", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

function filesInDir(): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

function uploadIds(): string[] {
  return db.prepare("SELECT id FROM upload ORDER BY rowid").pluck().all() as string[];
}

// ── Fields and files ───────────────────────────────────────────────────────────────────────

describe("readFormWithUploads: multipart forms", () => {
  it("passes text fields through, repeated ones in order", async () => {
    const request = post([
      ["name", "Keripik Bu Siti"],
      ["channels", "whatsapp"],
      ["channels", "instagram"],
      ["note", "Pedas manis, 250 g — enak!"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(formData.get("name")).toBe("Keripik Bu Siti");
    expect(formData.getAll("channels")).toEqual(["whatsapp", "instagram"]);
    expect(formData.get("note")).toBe("Pedas manis, 250 g — enak!");
    expect(uploadErrors).toEqual({});
    expect(stored).toEqual({});
    expect(countRows(db, "upload")).toBe(0);
  });

  it("stores a file and puts its id in the base field, replacing the earlier id of a single field", async () => {
    const request = post([
      ["name", "Keripik Bu Siti"],
      ["logo", EARLIER_ID],
      ["logoFile", jpegFile("logo-baru.jpg")],
      ["after", "still here"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());

    expect(uploadErrors).toEqual({});
    const [id, ...more] = uploadIds();
    expect(more).toEqual([]);
    expect(formData.getAll("logo")).toEqual([id]);
    expect(formData.has("logoFile")).toBe(false);
    expect(formData.get("name")).toBe("Keripik Bu Siti");
    expect(formData.get("after")).toBe("still here");
    expect(stored).toEqual({
      [id!]: { id, mediaType: "image/webp", originalName: "logo-baru.jpg", width: 600, height: 600 },
    });

    expect(getUpload(db, id!)).toMatchObject({
      enterpriseId,
      purpose: "logo",
      mediaType: "image/webp",
      hasThumbnail: true,
      originalName: "logo-baru.jpg",
    });
    expect(db.prepare("SELECT uploaded_by FROM upload WHERE id = ?").pluck().get(id)).toBe(ownerId);
    expect(filesInDir()).toEqual([id, `${id}.thumb`]);
    expect((await sharp(uploadPath(id!, "main")).metadata()).exif).toBeUndefined();
  });

  it("appends the ids of a multiple field to the ids already there, in order", async () => {
    const request = post([
      ["photos", EARLIER_ID],
      ["photosFile", jpegFile("satu.jpg")],
      ["photos", OTHER_EARLIER_ID],
      ["photosFile", jpegFile("dua.jpg")],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({});
    const ids = uploadIds();
    expect(ids).toHaveLength(2);
    expect(formData.getAll("photos")).toEqual([EARLIER_ID, OTHER_EARLIER_ID, ...ids]);
    expect(Object.keys(stored).sort()).toEqual([...ids].sort());
    expect(ids.map((id) => getUpload(db, id)?.originalName)).toEqual(["satu.jpg", "dua.jpg"]);
    expect(ids.map((id) => getUpload(db, id)?.purpose)).toEqual(["product_photo", "product_photo"]);
  });

  it("keeps only the base name of a file sent with a path", async () => {
    const request = post([["evidenceFile", jpegFile("C:\\fakepath\\nota.jpg")]]);
    const { stored } = await readFormWithUploads(db, request, context());
    expect(Object.values(stored).map((upload) => upload.originalName)).toEqual(["nota.jpg"]);
  });

  // Browsers send "=" and ";" in a file name as they are (only quotes and line breaks are escaped),
  // so a photo named like this must not break the whole form.
  it.each(["foto=baru.jpg", "nota; januari.jpg"])("stores a file named %j like any other", async (name) => {
    const request = post([
      ["name", "Toko"],
      ["evidenceFile", jpegFile(name)],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(formData.get("name")).toBe("Toko");
    expect(uploadErrors).toEqual({});
    const id = formData.get("evidence") as string;
    expect(stored[id]?.originalName).toBe(name);
  });

  it("accepts a PDF for an evidence field", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    const request = post([["evidenceFile", new File([pdf], "nib.pdf", { type: "application/pdf" })]]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({});
    const id = formData.get("evidence") as string;
    expect(stored[id]).toEqual({
      id,
      mediaType: "application/pdf",
      originalName: "nib.pdf",
      width: null,
      height: null,
    });
    expect(fs.readFileSync(uploadPath(id, "main")).equals(pdf)).toBe(true);
  });

  it("refuses a text file named .jpg as upload.wrongType, storing nothing and keeping the earlier id", async () => {
    const request = post([
      ["logo", EARLIER_ID],
      ["logoFile", new File([Buffer.from("hello")], "foto.jpg", { type: "image/jpeg" })],
      ["name", "Toko"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({ logo: ["upload.wrongType"] });
    expect(stored).toEqual({});
    expect(formData.getAll("logo")).toEqual([EARLIER_ID]);
    expect(formData.get("name")).toBe("Toko");
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("reports each refused file of a field, and stores the good ones beside them", async () => {
    const small = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#333" } })
      .jpeg()
      .toBuffer();
    const request = post([
      ["photosFile", jpegFile("kecil.jpg", small)],
      ["photosFile", jpegFile("bagus.jpg")],
      ["photosFile", new File(["<html></html>"], "halaman.jpg", { type: "image/jpeg" })],
      ["logoFile", new File(["%PDF-1.4\n%%EOF\n"], "logo.pdf", { type: "application/pdf" })],
    ]);
    const { formData, uploadErrors } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({
      photos: ["upload.tooSmall", "upload.wrongType"],
      logo: ["upload.wrongType"],
    });
    const ids = uploadIds();
    expect(ids).toHaveLength(1);
    expect(formData.getAll("photos")).toEqual(ids);
    expect(formData.has("logo")).toBe(false);
  });

  it('ignores an empty file input as a browser sends it (filename "", no bytes)', async () => {
    const request = rawPost([
      { name: "logo", body: EARLIER_ID },
      { name: "logoFile", filename: "", type: "application/octet-stream", body: "" },
      { name: "name", body: "Toko" },
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({});
    expect(stored).toEqual({});
    expect(formData.getAll("logo")).toEqual([EARLIER_ID]);
    expect(formData.has("logoFile")).toBe(false);
    expect(formData.get("name")).toBe("Toko");
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("ignores an empty File (no name, no bytes) sent through FormData", async () => {
    const request = post([
      ["logo", EARLIER_ID],
      ["logoFile", new File([], "")],
      ["name", "Toko"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({});
    expect(stored).toEqual({});
    expect(formData.getAll("logo")).toEqual([EARLIER_ID]);
    expect(formData.get("name")).toBe("Toko");
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("refuses the files past maxFiles as upload.tooMany, storing only the first ones", async () => {
    const request = post([
      ["photosFile", jpegFile("1.jpg")],
      ["photosFile", jpegFile("2.jpg")],
      ["photosFile", jpegFile("3.jpg")],
      ["evidenceFile", jpegFile("4.jpg")],
      ["name", "after the files"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context({ maxFiles: 2 }));
    expect(uploadErrors).toEqual({ photos: ["upload.tooMany"], evidence: ["upload.tooMany"] });
    const ids = uploadIds();
    expect(ids).toHaveLength(2);
    expect(ids.map((id) => getUpload(db, id)?.originalName)).toEqual(["1.jpg", "2.jpg"]);
    expect(formData.getAll("photos")).toEqual(ids);
    expect(formData.has("evidence")).toBe(false);
    expect(Object.keys(stored)).toHaveLength(2);
    expect(formData.get("name")).toBe("after the files");
  });

  it("allows 12 files by default and refuses the 13th", async () => {
    const tiny = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#123" } })
      .png()
      .toBuffer();
    const entries: [string, Blob][] = [];
    for (let i = 1; i <= 13; i += 1)
      entries.push(["evidenceFile", new File([new Uint8Array(tiny)], `${i}.png`, { type: "image/png" })]);
    const evidenceMultiple: Record<string, UploadField> = {
      evidenceFile: { base: "evidence", purpose: "evidence", multiple: true },
    };
    const { formData, uploadErrors } = await readFormWithUploads(
      db,
      post(entries),
      context({ fieldFor: (name) => evidenceMultiple[name] ?? null }),
    );
    expect(uploadErrors).toEqual({ evidence: ["upload.tooMany"] });
    expect(formData.getAll("evidence")).toHaveLength(12);
    expect(countRows(db, "upload")).toBe(12);
  });

  it("ignores a file whose field fieldFor does not recognise, storing nothing", async () => {
    const request = post([
      ["surpriseFile", jpegFile()],
      ["logo", EARLIER_ID],
      ["name", "Toko"],
    ]);
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({});
    expect(stored).toEqual({});
    expect(formData.has("surpriseFile")).toBe(false);
    expect(formData.getAll("logo")).toEqual([EARLIER_ID]);
    expect(formData.get("name")).toBe("Toko");
    expect(countRows(db, "upload")).toBe(0);
    expect(filesInDir()).toEqual([]);
  });

  it("refuses a file over the size limit as upload.tooLarge and still reads the fields after it", async () => {
    const big = Buffer.alloc(UPLOAD_RULES.evidence.maxBytes + 1024);
    photo.copy(big);
    const request = post([
      ["evidenceFile", jpegFile("besar.jpg", big)],
      ["name", "after the big file"],
      ["logoFile", jpegFile("logo.jpg")],
    ]);
    const { formData, uploadErrors } = await readFormWithUploads(db, request, context());
    expect(uploadErrors).toEqual({ evidence: ["upload.tooLarge"] });
    expect(formData.get("name")).toBe("after the big file");
    expect(formData.has("evidence")).toBe(false);
    const ids = uploadIds();
    expect(ids).toHaveLength(1);
    expect(formData.get("logo")).toBe(ids[0]);
  });

  it("answers 413 for a text field over 64 KB", async () => {
    const request = post([["story", "x".repeat(64 * 1024 + 1)]]);
    await expect(readFormWithUploads(db, request, context())).rejects.toMatchObject({
      data: { reason: "tooLarge" },
      init: { status: 413 },
    });
  });

  it("accepts a text field of exactly 64 KB", async () => {
    const request = post([["story", "x".repeat(64 * 1024)]]);
    const { formData } = await readFormWithUploads(db, request, context());
    expect((formData.get("story") as string).length).toBe(64 * 1024);
  });

  it("answers 400 for a broken multipart body", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=abc" },
      body: "--abc\r\nthis is not a part header\r\n\r\nvalue\r\n--abc--\r\n",
    });
    await expect(readFormWithUploads(db, request, context())).rejects.toMatchObject({
      data: { reason: "badForm" },
      init: { status: 400 },
    });
  });

  it("answers 400 for a multipart content type without a boundary", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data" },
      body: "name=x",
    });
    await expect(readFormWithUploads(db, request, context())).rejects.toMatchObject({ init: { status: 400 } });
  });
});

// ── Removing stored files ──────────────────────────────────────────────────────────────────

describe("readFormWithUploads: remove checkboxes", () => {
  it('drops every id of a field when its Remove box has "1"', async () => {
    const request = post([
      ["photos", EARLIER_ID],
      ["photos", OTHER_EARLIER_ID],
      ["photosRemove", "1"],
      ["name", "Toko"],
    ]);
    const { formData } = await readFormWithUploads(db, request, context());
    expect(formData.has("photos")).toBe(false);
    expect(formData.has("photosRemove")).toBe(false);
    expect(formData.get("name")).toBe("Toko");
  });

  it("drops only the ids named by the Remove boxes", async () => {
    const request = post([
      ["photos", EARLIER_ID],
      ["photos", OTHER_EARLIER_ID],
      ["photosRemove", EARLIER_ID],
    ]);
    const { formData } = await readFormWithUploads(db, request, context());
    expect(formData.getAll("photos")).toEqual([OTHER_EARLIER_ID]);
    expect(formData.has("photosRemove")).toBe(false);
  });

  it("keeps a file uploaded in the same post when the earlier one is removed", async () => {
    const request = post([
      ["logo", EARLIER_ID],
      ["logoRemove", "1"],
      ["logoFile", jpegFile("baru.jpg")],
    ]);
    const { formData } = await readFormWithUploads(db, request, context());
    const ids = uploadIds();
    expect(ids).toHaveLength(1);
    expect(formData.getAll("logo")).toEqual(ids);
  });

  it("applies Remove boxes to a urlencoded post too", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      body: new URLSearchParams([
        ["photos", EARLIER_ID],
        ["photos", OTHER_EARLIER_ID],
        ["photosRemove", OTHER_EARLIER_ID],
      ]),
    });
    const { formData } = await readFormWithUploads(db, request, context());
    expect(formData.getAll("photos")).toEqual([EARLIER_ID]);
    expect(formData.has("photosRemove")).toBe(false);
  });
});

// ── Other posts ────────────────────────────────────────────────────────────────────────────

describe("readFormWithUploads: forms without files", () => {
  it("reads a urlencoded post normally", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      body: new URLSearchParams([
        ["name", "Keripik Bu Siti"],
        ["logo", EARLIER_ID],
        ["channels", "whatsapp"],
        ["channels", "shopee"],
      ]),
    });
    expect(request.headers.get("Content-Type")).toContain("application/x-www-form-urlencoded");
    const { formData, uploadErrors, stored } = await readFormWithUploads(db, request, context());
    expect(formData.get("name")).toBe("Keripik Bu Siti");
    expect(formData.get("logo")).toBe(EARLIER_ID);
    expect(formData.getAll("channels")).toEqual(["whatsapp", "shopee"]);
    expect(uploadErrors).toEqual({});
    expect(stored).toEqual({});
    expect(countRows(db, "upload")).toBe(0);
  });

  it("answers 415 for a body that is not a form", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "x" }),
    });
    await expect(readFormWithUploads(db, request, context())).rejects.toMatchObject({
      data: { reason: "unsupportedType" },
      init: { status: 415 },
    });
  });
});

describe("a replacement in a full store", () => {
  // Files stored before, each as large as the whole quota.
  function storedBefore(purpose: "logo" | "product_photo"): string {
    const id = `full${purpose.replace("_", "")}`.padEnd(24, "x");
    db.prepare(
      `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height, has_thumbnail, created_at)
       VALUES (?, ?, ?, ?, 'image/webp', ?, 600, 600, 0, 0)`,
    ).run(id, enterpriseId, ownerId, purpose, 100 * 1024 * 1024);
    return id;
  }
  const storedIds = () => db.prepare("SELECT id FROM upload ORDER BY id").pluck().all() as string[];

  it("takes a new logo in place of the one the form holds, but not a logo beside nothing", async () => {
    const logo = storedBefore("logo");
    const refused = await readFormWithUploads(db, post([["logoFile", jpegFile("logo.jpg")]]), context());
    expect(refused.uploadErrors.logo?.[0]).toMatch(/^limits\.quota\?used=100&limit=100&size=/);

    // The hidden id comes before the file input, as the forms put it.
    const swapped = await readFormWithUploads(
      db,
      post([
        ["logo", logo],
        ["logoFile", jpegFile("logo-baru.jpg")],
      ]),
      context(),
    );
    expect(swapped.uploadErrors).toEqual({});
    const newId = swapped.formData.get("logo") as string;
    expect(newId).not.toBe(logo);
    expect(storedIds()).toEqual([logo, newId].sort());
  });

  it("takes a product photo when a photo is ticked for removal in the same post, not when one is only kept", async () => {
    const kept = storedBefore("product_photo");
    const kept2 = storedBefore("logo"); // any file: the store is over its quota with both
    const onlyKept = await readFormWithUploads(
      db,
      post([
        ["photos", kept],
        ["photosFile", jpegFile()],
      ]),
      context(),
    );
    expect(onlyKept.uploadErrors.photos?.[0]).toMatch(/^limits\.quota/);
    // Removing one of the two 100 MB files still leaves the other: over the quota.
    const oneOfTwo = await readFormWithUploads(
      db,
      post([
        ["photos", kept],
        ["photosRemove", kept],
        ["photosFile", jpegFile()],
      ]),
      context(),
    );
    expect(oneOfTwo.uploadErrors.photos?.[0]).toMatch(/^limits\.quota/);
    db.prepare("DELETE FROM upload WHERE id = ?").run(kept2);

    const removed = await readFormWithUploads(
      db,
      post([
        ["photos", kept],
        ["photosRemove", "1"],
        ["photosFile", jpegFile()],
      ]),
      context(),
    );
    expect(removed.uploadErrors).toEqual({});
    // The removal takes the old id out of the list; the new photo is the only one left in it.
    const photos = removed.formData.getAll("photos") as string[];
    expect(photos).toHaveLength(1);
    expect(photos[0]).not.toBe(kept);
    expect(storedIds()).toHaveLength(2);
  });
});
