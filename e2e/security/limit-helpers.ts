import { randomInt } from "node:crypto";
import zlib from "node:zlib";
import type { BrowserContext, Page, Response } from "@playwright/test";
import { limitKey, rateLimit, type LimitName } from "../../app/lib/rate-limit/rate-limit.server";
import { testDb } from "../fixtures";

/**
 * Gives the context an address of its own (X-Forwarded-For, honoured because the e2e server
 * runs with TRUST_PROXY=loopback), so the per-address limits it fills touch no other test.
 */
export async function ownAddress(context: BrowserContext): Promise<string> {
  const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  return ip;
}

/**
 * Arranges a limit's counter one hit short of its real maximum, as if the earlier hits had come
 * (a limit of hundreds is not worth sending hundreds of requests for); the next request is then
 * the last one allowed, and the one after it is refused by the app's own limit code.
 */
export function oneShortOfLimit(limit: LimitName, subject: string): number {
  const { max } = rateLimit(limit);
  testDb()
    .prepare(
      `INSERT INTO rate_limit (key, hits, window_started_at, locked_until) VALUES (?, ?, ?, NULL)
       ON CONFLICT (key) DO UPDATE SET hits = excluded.hits, window_started_at = excluded.window_started_at,
         locked_until = NULL`,
    )
    .run(limitKey({ limit, subject }), max - 1, Math.floor(Date.now() / 1000));
  return max;
}

export function limitRow(limit: LimitName, subject: string) {
  return testDb()
    .prepare("SELECT hits, locked_until AS lockedUntil FROM rate_limit WHERE key = ?")
    .get(limitKey({ limit, subject })) as { hits: number; lockedUntil: number | null } | undefined;
}

/** The response to what `act` sends to `path` (the document without JavaScript, the .data fetch with it). */
export async function responseTo(page: Page, path: string, method: string, act: () => Promise<unknown>) {
  const waiting = page.waitForResponse(
    (response: Response) =>
      response.request().method() === method && new URL(response.url()).pathname.replace(/\.data$/, "") === path,
  );
  await act();
  return waiting;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.byteLength);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG of one colour, side × side pixels at 1 bit a pixel: a few KB that decode to side² bytes or more. */
export function decompressionBomb(side = 20_000) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + Math.ceil(side / 8));
  const idat = zlib.deflateSync(Buffer.concat(Array.from({ length: side }, () => row)), { level: 9 });
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", idat),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
  return { name: "foto-kecil.png", mimeType: "image/png", buffer };
}

/** An SVG that would run script if it were served as an image of ours, named like a photo. */
export const svgRenamedAsPhoto = {
  name: "logo.jpg",
  mimeType: "image/jpeg",
  buffer: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><script>alert(document.cookie)</script><rect width="600" height="600"/></svg>',
  ),
};

/** An HTML page named like a photo. */
export const htmlRenamedAsPhoto = {
  name: "nota.jpg",
  mimeType: "image/jpeg",
  buffer: Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
};
