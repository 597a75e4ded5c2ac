import fs from "node:fs";
import http from "node:http";
import type { Page } from "@playwright/test";
import { SESSION_COOKIE } from "../../app/lib/auth/cookie.server";
import { E2E_BASE_URL, E2E_UPLOAD_DIR } from "../env";
import { expect, expectNoAxeViolations, ownerWithSubmittedProfile, test, testDb } from "../fixtures";
import { minimalPdf, photoFile } from "../images";
import {
  decompressionBomb,
  htmlRenamedAsPhoto,
  limitRow,
  oneShortOfLimit,
  ownAddress,
  responseTo,
  svgRenamedAsPhoto,
} from "./limit-helpers";

// Issue 8, items 5 and 6 for uploads: the rate limit, content sniffing, the pixel limit, the
// storage quota, the size limit before reading, and how stored files are served.

const NIB = "NIB (Nomor Induk Berusaha)";
const EVIDENCE = `Bukti (foto atau PDF): ${NIB}`;

function nib(page: Page) {
  return page.getByRole("region", { name: NIB });
}

function uploadIds(enterpriseId: number): string[] {
  return testDb()
    .prepare("SELECT id FROM upload WHERE enterprise_id = ? ORDER BY created_at, id")
    .pluck()
    .all(enterpriseId) as string[];
}

function filesOf(ids: string[]): string[] {
  const all = fs.existsSync(E2E_UPLOAD_DIR) ? fs.readdirSync(E2E_UPLOAD_DIR) : [];
  return all.filter((name) => ids.some((id) => name.startsWith(id))).sort();
}

async function sendNibEvidence(page: Page, file: Parameters<Page["setInputFiles"]>[1]) {
  await nib(page)
    .getByRole("group", { name: `Status ${NIB}` })
    .getByLabel("Sudah punya")
    .check();
  await page.getByLabel(`Nomor ${NIB}`).fill("1234567890123");
  await page.getByLabel(EVIDENCE).setInputFiles(file);
  return responseTo(page, "/owner/tasks/legality", "POST", () =>
    page.getByRole("button", { name: "Simpan draf" }).click(),
  );
}

test("uploads: past the owner's hourly limit a file is refused at its field with 429, and nothing is stored", async ({
  page,
  context,
}) => {
  await ownAddress(context);
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  oneShortOfLimit("upload.user", String(owner.id));
  await page.goto("/owner/tasks/legality");
  const allowed = await sendNibEvidence(page, await photoFile("nib-1.jpg"));
  expect(allowed.status()).toBeLessThan(400);
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  const stored = uploadIds(owner.enterpriseId);
  expect(stored).toHaveLength(1);

  const refused = await sendNibEvidence(page, await photoFile("nib-2.jpg"));
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(59 * 60);
  await expect(
    nib(page).getByText(/Terlalu banyak berkas dikirim dalam satu jam\. Coba lagi dalam 60 menit/),
  ).toBeVisible();
  await expect(page.getByLabel(EVIDENCE)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  expect(uploadIds(owner.enterpriseId)).toEqual(stored);
  expect(filesOf(stored)).toEqual([stored[0]!, `${stored[0]}.thumb`]);
});

test(
  "uploads: an address past its hourly limit is refused for every owner behind it",
  { tag: "@js-only" },
  async ({ browser, page, context }) => {
    const ip = await ownAddress(context);
    const first = await ownerWithSubmittedProfile(context, ["services"]);
    oneShortOfLimit("upload.ip", ip);
    await page.goto("/owner/tasks/legality");
    expect((await sendNibEvidence(page, await photoFile())).status()).toBeLessThan(400);
    expect(uploadIds(first.enterpriseId)).toHaveLength(1);

    // Another owner on the same carrier address, who has sent nothing yet, is refused too.
    const otherContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
    try {
      const second = await ownerWithSubmittedProfile(otherContext, ["services"]);
      const other = await otherContext.newPage();
      await other.goto("/owner/tasks/legality");
      const refused = await sendNibEvidence(other, await photoFile());
      expect(refused.status()).toBe(429);
      await expect(nib(other).getByText(/Terlalu banyak berkas dikirim dalam satu jam/)).toBeVisible();
      expect(uploadIds(second.enterpriseId)).toEqual([]);
      expect(limitRow("upload.user", String(second.id))).toBeUndefined();
    } finally {
      await otherContext.close();
    }
  },
);

test("uploads: an SVG or an HTML page named .jpg is refused by its bytes, and nothing is stored", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  await page.goto("/owner/tasks/legality");
  for (const file of [svgRenamedAsPhoto, htmlRenamedAsPhoto]) {
    const response = await sendNibEvidence(page, file);
    expect(response.status()).toBe(400);
    await expect(nib(page).getByText(/Berkas ini bukan foto JPG, PNG atau WebP/)).toBeVisible();
  }
  expect(uploadIds(owner.enterpriseId)).toEqual([]);
});

test("uploads: a 20000 × 20000 PNG of a few KB is refused with the pixel limit's message", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  const bomb = decompressionBomb();
  expect(bomb.buffer.byteLength).toBeLessThan(100 * 1024);
  await page.goto("/owner/tasks/legality");
  const response = await sendNibEvidence(page, bomb);
  expect(response.status()).toBe(400);
  await expect(nib(page).getByText(/Ukuran gambar ini terlalu besar \(lebih dari 50 megapiksel\)/)).toBeVisible();
  await expect(page.getByLabel(`Nomor ${NIB}`)).toHaveValue("1234567890123");
  expect(uploadIds(owner.enterpriseId)).toEqual([]);
});

test("uploads: a full store refuses a new file with what is used and what to do, takes a replacement, and removing a file frees its space", async ({
  page,
  context,
  javaScriptEnabled,
}) => {
  const PIRT = "SPP-IRT / P-IRT (izin pangan rumahan)";
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/legality");
  await sendNibEvidence(page, await photoFile("nib-lama.jpg"));
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  const [old] = uploadIds(owner.enterpriseId);
  // As if this piece of evidence were 100 MB: the enterprise's whole quota.
  const fill = (id: string) =>
    testDb()
      .prepare("UPDATE upload SET byte_size = ? WHERE id = ?")
      .run(100 * 1024 * 1024, id);
  fill(old!);

  // A file for another permit does not fit: refused at its field, saying what to do.
  await page.getByLabel(`Bukti (foto atau PDF): ${PIRT}`).setInputFiles(await photoFile("pirt.jpg"));
  const refused = await responseTo(page, "/owner/tasks/legality", "POST", () =>
    page.getByRole("button", { name: "Simpan draf" }).click(),
  );
  expect(refused.status()).toBe(400);
  // With scripts on the page keeps its place at the buttons: the refused file's field takes the
  // focus, so its message is in view (without them the page opens at its summary).
  if (javaScriptEnabled) await expect(page.getByLabel(`Bukti (foto atau PDF): ${PIRT}`)).toBeFocused();
  await expect(
    page
      .getByRole("region", { name: PIRT })
      .getByText(
        /Ruang penyimpanan usaha Anda hampir penuh: 100 MB dari 100 MB terpakai, dan berkas ini [\d,]+ MB\. Hapus dulu berkas lama/,
      ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(uploadIds(owner.enterpriseId)).toEqual([old]);
  expect(filesOf([old!])).toHaveLength(2);

  // A new photo of the NIB in place of the old one fits: the old one's space is counted as free,
  // and the save lets it go, row and files.
  await page.goto("/owner/tasks/legality");
  const replaced = await sendNibEvidence(page, await photoFile("nib-baru.jpg"));
  expect(replaced.status()).toBeLessThan(400);
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  const [current, ...others] = uploadIds(owner.enterpriseId);
  expect(others).toEqual([]);
  expect(current).not.toBe(old);
  expect(filesOf([old!])).toEqual([]);

  // Full again; the owner removes the file and saves: the space comes back for the other permit.
  fill(current!);
  await nib(page).getByLabel("Hapus berkas ini").check();
  // The notice from the save before is still shown: wait for this save's answer, not for it.
  const removed = await responseTo(page, "/owner/tasks/legality", "POST", () =>
    page.getByRole("button", { name: "Simpan draf" }).click(),
  );
  expect(removed.status()).toBeLessThan(400);
  await expect(nib(page).getByLabel("Hapus berkas ini")).toHaveCount(0);
  expect(uploadIds(owner.enterpriseId)).toEqual([]);
  expect(filesOf([current!])).toEqual([]);

  await page.getByLabel(`Bukti (foto atau PDF): ${PIRT}`).setInputFiles(await photoFile("pirt.jpg"));
  const accepted = await responseTo(page, "/owner/tasks/legality", "POST", () =>
    page.getByRole("button", { name: "Simpan draf" }).click(),
  );
  expect(accepted.status()).toBeLessThan(400);
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  expect(uploadIds(owner.enterpriseId)).toHaveLength(1);
});

test(
  "uploads are served with their sniffed type, nosniff, and a PDF as an attachment",
  { tag: "@js-only" },
  async ({ page, context }) => {
    const owner = await ownerWithSubmittedProfile(context, ["services"]);
    await page.goto("/owner/tasks/legality");
    await sendNibEvidence(page, minimalPdf);
    await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
    const [pdf] = uploadIds(owner.enterpriseId);
    const pdfResponse = await page.request.get(`/uploads/${pdf}`);
    expect(pdfResponse.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${pdf}.pdf"`,
    });
    expect(pdfResponse.headers()["x-content-type-options"]).toMatch(/^nosniff\b/);

    const replaced = await sendNibEvidence(page, {
      ...(await photoFile()),
      name: "halaman.html",
      mimeType: "text/html",
    });
    expect(replaced.status()).toBeLessThan(400);
    await expect(nib(page).getByRole("link", { name: "Buka PDF" })).toHaveCount(0);
    // The PDF it replaced is gone; the new file is the only one.
    const [image, ...others] = uploadIds(owner.enterpriseId);
    expect(others).toEqual([]);
    expect(image).not.toBe(pdf);
    const imageResponse = await page.request.get(`/uploads/${image}`);
    // Named .html and sent as text/html, stored and served as what its bytes are.
    expect(imageResponse.headers()).toMatchObject({
      "content-type": "image/webp",
      "content-disposition": `inline; filename="${image}.webp"`,
    });
    expect(imageResponse.headers()["x-content-type-options"]).toMatch(/^nosniff\b/);
  },
);

test(
  "a post that declares more bytes than any form may carry is refused with 413 before its body is read",
  { tag: "@js-only" },
  async ({ context }) => {
    const owner = await ownerWithSubmittedProfile(context, ["services"]);
    const session = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    const boundary = "----Batas";
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${E2E_BASE_URL}/owner/tasks/legality`, {
        method: "POST",
        headers: {
          Origin: E2E_BASE_URL,
          Cookie: `${SESSION_COOKIE}=${session}`,
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
          // 500 MB announced; only the first part is ever sent.
          "Content-Length": String(500 * 1024 * 1024),
        },
      });
      request.on("response", (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body: text });
          request.destroy();
        });
      });
      request.on("error", reject);
      request.write(`--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\ndraft\r\n`);
    });
    expect(status).toBe(413);
    expect(body).toContain("<html");
    expect(uploadIds(owner.enterpriseId)).toEqual([]);
    const left = fs.existsSync(E2E_UPLOAD_DIR) ? fs.readdirSync(E2E_UPLOAD_DIR) : [];
    expect(left.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  },
);
