import fs from "node:fs";
import { createReadableStreamFromReadable, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/lib/auth/guards.server";
import { getDb } from "~/lib/db.server";
import { canSeeEnterprise } from "~/lib/enterprise/access.server";
import { getUpload, uploadPath } from "~/lib/uploads/uploads.server";

/**
 * Serves an uploaded file to those who may see its enterprise; to anyone else it does not
 * exist. `?v=thumb` gives an image's thumbnail. Files never change, so browsers may keep them.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const id = params.id ?? "";
  const upload = /^[a-z2-7]{16,64}$/.test(id) ? getUpload(db, id) : null;
  if (!upload || !canSeeEnterprise(db, user, upload.enterpriseId)) {
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const thumb = new URL(request.url).searchParams.get("v") === "thumb" && upload.hasThumbnail;
  const file = uploadPath(upload.id, thumb ? "thumb" : "main");
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    console.error(`upload ${upload.id} has a record but no file at ${file}`);
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const extension = upload.mediaType === "application/pdf" ? "pdf" : "webp";
  const headers = new Headers({
    "Content-Type": upload.mediaType,
    "Content-Length": String(size),
    "Cache-Control": "private, max-age=31536000, immutable",
    // Only images open in the page; a PDF (or anything else) is downloaded, never shown as a page of ours.
    "Content-Disposition": `${upload.mediaType.startsWith("image/") ? "inline" : "attachment"}; filename="${upload.id}.${extension}"`,
    "X-Content-Type-Options": "nosniff",
    // A PDF opened from here runs nothing of ours and reaches nothing of ours.
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  });
  return new Response(createReadableStreamFromReadable(fs.createReadStream(file)), { status: 200, headers });
}
