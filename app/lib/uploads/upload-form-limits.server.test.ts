import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { maxRequestBytes, readFormWithUploads, uploadRefusalInit, type UploadContext } from "./upload-form.server";

// Issue 8: a post's size is refused while it streams (or before, from Content-Length), and the
// upload rate limit refuses files at their field with 429.

let db: Db;
let ownerId: number;
let enterpriseId: number;
let dir: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-form-limits-"));
  // vi.stubEnv: Vitest puts the environment back after each test (vi.unstubAllEnvs below)
  vi.stubEnv("UPLOAD_DIR", dir);
  vi.stubEnv("RATE_LIMITS", undefined);
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

function context(extra: Partial<UploadContext> = {}): UploadContext {
  return {
    enterpriseId,
    uploadedBy: ownerId,
    clientIp: "10.1.2.3",
    fieldFor: (name) => (name === "evidenceFile" ? { base: "evidence", purpose: "evidence", multiple: true } : null),
    ...extra,
  };
}

const BOUNDARY = "----LimitBoundary";

/** A multipart post whose body is produced as it is read, counting the bytes read from it. */
function streamingPost(totalFileBytes: number, headers: Record<string, string> = {}) {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="evidenceFile"; filename="besar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const piece = Buffer.alloc(256 * 1024, 0x41);
  const read = { bytes: 0 };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent === 0) {
          controller.enqueue(head);
          read.bytes += head.byteLength;
        }
        if (sent >= totalFileBytes) {
          const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
          read.bytes += tail.byteLength;
          controller.enqueue(tail);
          return controller.close();
        }
        sent += piece.byteLength;
        read.bytes += piece.byteLength;
        controller.enqueue(piece);
      },
      // Nothing is produced before someone reads.
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://x/", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, read };
}

describe("the size of a post", () => {
  it("allows every file at the largest size, and 2 MB of text", () => {
    expect(maxRequestBytes(12)).toBe(12 * 10 * 1024 * 1024 + 2 * 1024 * 1024);
  });

  it("answers 413 from a Content-Length over the limit without reading the body", async () => {
    const { request, read } = streamingPost(50 * 1024 * 1024, {
      "Content-Length": String(maxRequestBytes(1) + 1),
    });
    await expect(readFormWithUploads(db, request, context({ maxFiles: 1 }))).rejects.toMatchObject({
      data: { reason: "tooLarge" },
      init: { status: 413 },
    });
    expect(read.bytes).toBe(0);
    expect(countRows(db, "upload")).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("cuts off a post without Content-Length once it passes the limit (413), having read little more", async () => {
    const { request, read } = streamingPost(60 * 1024 * 1024);
    await expect(readFormWithUploads(db, request, context({ maxFiles: 1 }))).rejects.toMatchObject({
      init: { status: 413 },
    });
    expect(read.bytes).toBeGreaterThan(maxRequestBytes(1));
    expect(read.bytes).toBeLessThan(maxRequestBytes(1) + 2 * 1024 * 1024);
    expect(countRows(db, "upload")).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses one file over 10 MB at its field (400), holding no more than the limit of it", async () => {
    const { request } = streamingPost(11 * 1024 * 1024);
    const result = await readFormWithUploads(db, request, context());
    expect(result.uploadErrors).toEqual({ evidence: ["upload.tooLarge"] });
    expect(uploadRefusalInit(result)).toEqual({ status: 400 });
    expect(countRows(db, "upload")).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("the upload rate limit", () => {
  let photo: File;
  beforeEach(async () => {
    const bytes = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#369" } })
      .png()
      .toBuffer();
    photo = new File([new Uint8Array(bytes)], "nota.png", { type: "image/png" });
  });

  function post(files: number): Request {
    const formData = new FormData();
    formData.append("name", "Toko");
    for (let i = 0; i < files; i += 1) formData.append("evidenceFile", photo);
    return new Request("http://x/", { method: "POST", body: formData });
  }

  it("refuses the files past the user's limit at their field, with the minutes to wait, and answers 429", async () => {
    vi.stubEnv("RATE_LIMITS", "upload.user=2");
    const result = await readFormWithUploads(db, post(3), context());
    expect(countRows(db, "upload")).toBe(2);
    expect(result.formData.getAll("evidence")).toHaveLength(2);
    expect(result.formData.get("name")).toBe("Toko");
    expect(result.uploadErrors).toEqual({ evidence: ["limits.uploads?minutes=60"] });
    expect(result.retryAfterSeconds).toBeGreaterThan(59 * 60);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(60 * 60);
    expect(uploadRefusalInit(result)).toEqual({
      status: 429,
      headers: { "Retry-After": String(result.retryAfterSeconds) },
    });
    expect(fs.readdirSync(dir)).toHaveLength(4);
  });

  it("counts per address too: another user on the same address is refused once the address is full", async () => {
    vi.stubEnv("RATE_LIMITS", "upload.ip=2");
    await readFormWithUploads(db, post(2), context());
    const other = insertTestEnterprise(db);
    const result = await readFormWithUploads(
      db,
      post(1),
      context({ enterpriseId: other.enterprise.id, uploadedBy: other.ownerId }),
    );
    expect(result.uploadErrors).toEqual({ evidence: ["limits.uploads?minutes=60"] });
    expect(countRows(db, "upload", other.enterprise.id)).toBe(0);
    const elsewhere = await readFormWithUploads(
      db,
      post(1),
      context({ enterpriseId: other.enterprise.id, uploadedBy: other.ownerId, clientIp: "10.9.9.9" }),
    );
    expect(elsewhere.uploadErrors).toEqual({});
  });
});
