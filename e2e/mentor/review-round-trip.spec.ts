import type { Page } from "@playwright/test";
import {
  assignMentor,
  expect,
  expectAccessibleAndFittingOnce,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
} from "../fixtures";

// One long flow between two browsers; axe (in the JavaScript project) on five pages.
test.describe.configure({ timeout: 90_000 });
// On a phone: every page checked must fit 360 px without sideways scrolling.
test.use({ viewport: { width: 360, height: 740 } });

function profileTask(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status, review_comment FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'profile'")
    .get(enterpriseId) as { status: string; review_comment: string | null };
}

function events(enterpriseId: number) {
  return testDb()
    .prepare(
      "SELECT action, actor_user_id AS actor, status_after AS statusAfter, comment FROM task_event WHERE enterprise_id = ? ORDER BY id",
    )
    .all(enterpriseId);
}

function taskRowFor(page: Page, title: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByText(title, { exact: true }) })
    .last();
}

/** What the profile form still needs: ownerWithSubmittedProfile stored only name, region and categories. */
async function completeProfile(page: Page, localPhone: string) {
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Perorangan (usaha sendiri)" });
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, RT 02/RW 05, Kec. Tarogong Kidul");
  await page.getByLabel("Nomor WhatsApp usaha").fill(localPhone);
  await page.getByLabel("Tahun mulai usaha").fill("2019");
  await page.getByLabel("Jumlah pekerja").fill("3");
  await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("15.000.000");
  await page.getByLabel("Omzet setahun terakhir").fill("96.000.000");
  await page.getByLabel("Omzet rata-rata per bulan saat ini").fill("8.000.000");
  await page.getByLabel("WhatsApp", { exact: true }).check();
}

test("a mentor sends the profile back, talks with the owner, and approves the fixed profile", async ({
  page,
  context,
  browser,
  mentor,
}) => {
  const name = `Keripik Teh ${test.info().project.name}-${Date.now().toString(36)}`;
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  expect(ownerPage.viewportSize()?.width).toBe(360);
  const owner = await ownerWithSubmittedProfile(ownerContext, ["processed_food"], { name });
  const enterpriseId = owner.enterpriseId;
  assignMentor(mentor, enterpriseId);
  await signIn(context, mentor);

  // The mentor's home counts the waiting task and lists the enterprise.
  await page.goto("/mentor");
  await expect(page.getByRole("link", { name: "1 tugas menunggu tinjauan", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByText("1 tugas menunggu tinjauan", { exact: true }).last()).toBeVisible();
  await expectAccessibleAndFittingOnce(page);

  await page.getByRole("link", { name: "1 tugas menunggu tinjauan", exact: true }).click();
  await expect(page).toHaveURL(/\/mentor\/reviews$/);
  await expect(page.getByText("1 tugas menunggu tinjauan Anda")).toBeVisible();
  await expectAccessibleAndFittingOnce(page);
  await page.getByRole("link", { name: `Profil usaha: ${name}` }).click();

  // The owner's answers, as the mentor reads them.
  await expect(page).toHaveURL(new RegExp(`/mentor/reviews/${enterpriseId}/profile$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil usaha");
  const answers = page.getByRole("region", { name: "Isian pemilik usaha" });
  await expect(answers.getByText(name, { exact: true })).toBeVisible();
  await expect(answers.getByText("Kabupaten Garut, Jawa Barat")).toBeVisible();
  await expectAccessibleAndFittingOnce(page);

  // Sending back needs a comment; nothing changes without one.
  await page.getByRole("button", { name: "Minta perbaikan" }).click();
  await expect(page.getByText("Tulis apa yang perlu diperbaiki, agar pemilik usaha tahu langkahnya.")).toBeVisible();
  await expect(page.getByLabel("Catatan untuk pemilik usaha")).toHaveAttribute("aria-invalid", "true");
  expect(profileTask(enterpriseId).status).toBe("submitted");
  expect(events(enterpriseId)).toEqual([]);

  const comment = "Alamat kurang lengkap: tambahkan RT/RW dan kecamatan.";
  await page.getByLabel("Catatan untuk pemilik usaha").fill(comment);
  await page.getByRole("button", { name: "Minta perbaikan" }).click();
  await expect(page).toHaveURL(/\/mentor\/reviews\?decided=request_changes$/);
  await expect(page.getByRole("status")).toHaveText(
    "Tugas dikembalikan dengan catatan Anda. Pemilik usaha sudah diberi tahu.",
  );
  await expect(page.getByText("Tidak ada tugas yang menunggu tinjauan. Kerja bagus!")).toBeVisible();
  expect(profileTask(enterpriseId)).toEqual({ status: "changes_requested", review_comment: comment });

  // A message in the task's conversation.
  const message = "Kalau bingung soal alamat, kirim foto papan nama usaha ya.";
  await page.goto(`/mentor/reviews/${enterpriseId}/profile`);
  await expect(page.getByText("Tugas ini tidak sedang menunggu tinjauan.")).toBeVisible();
  await page.getByLabel("Tulis pesan").fill(message);
  await page.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(page.getByText("Pesan terkirim.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Percakapan" }).getByText(message)).toBeVisible();
  // The box is empty again, so the message is not sent twice by mistake.
  await expect(page.getByLabel("Tulis pesan")).toHaveValue("");

  // The owner is told, in the header and on the notifications page.
  await ownerPage.goto("/owner");
  await expect(ownerPage.getByRole("link", { name: "Pemberitahuan (2 baru)" })).toBeVisible();
  await expect(taskRowFor(ownerPage, "Profil usaha").getByText("Perlu perbaikan")).toBeVisible();
  await ownerPage.getByRole("link", { name: "Pemberitahuan (2 baru)" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Pemberitahuan");
  await expect(ownerPage.getByText("Pendamping meminta perbaikan pada “Profil usaha”")).toBeVisible();
  await expect(ownerPage.getByText(`${mentor.fullName} menulis pesan tentang “Profil usaha”`)).toBeVisible();
  await expectAccessibleAndFittingOnce(ownerPage);

  // The message leads to the conversation, where the owner answers.
  await ownerPage.getByRole("button", { name: /menulis pesan tentang/ }).click();
  await expect(ownerPage).toHaveURL(/\/owner\/messages\/profile$/);
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Percakapan: Profil usaha");
  // Opening it marked it read.
  await expect(ownerPage.getByRole("link", { name: "Pemberitahuan (1 baru)" })).toBeVisible();
  await expect(ownerPage.getByText(message)).toBeVisible();
  await expect(ownerPage.getByText(comment)).toBeVisible();
  await expectAccessibleAndFittingOnce(ownerPage);
  const reply = "Baik Pak, alamatnya saya lengkapi hari ini.";
  await ownerPage.getByLabel("Tulis pesan untuk pendamping").fill(reply);
  await ownerPage.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(ownerPage.getByText("Pesan terkirim.")).toBeVisible();
  await expect(ownerPage.getByText(reply)).toBeVisible();
  await expect(ownerPage.getByLabel("Tulis pesan untuk pendamping")).toHaveValue("");
  expect(
    testDb()
      .prepare("SELECT author_user_id AS author, body FROM task_comment WHERE enterprise_id = ? ORDER BY id")
      .all(enterpriseId),
  ).toEqual([
    { author: mentor.id, body: message },
    { author: owner.id, body: reply },
  ]);

  // The owner reads the comment on the task and resubmits through the real form.
  await ownerPage.goto("/owner/tasks/profile");
  await expect(ownerPage.getByRole("heading", { name: "Catatan dari pendamping" })).toBeVisible();
  await expect(ownerPage.getByRole("region", { name: "Catatan dari pendamping" })).toContainText(comment);
  await completeProfile(ownerPage, owner.localPhone!);
  await ownerPage.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(ownerPage).toHaveURL(/\/owner\?saved=profile$/);
  await expect(taskRowFor(ownerPage, "Profil usaha").getByText("Menunggu tinjauan")).toBeVisible();
  expect(profileTask(enterpriseId).status).toBe("submitted");

  // Back in the mentor's queue, marked as a resubmission; approved.
  await page.goto("/mentor/reviews");
  const row = page.getByRole("listitem").filter({ hasText: `Profil usaha: ${name}` });
  await expect(row).toContainText("dikirim ulang setelah perbaikan");
  await row.getByRole("link", { name: `Profil usaha: ${name}` }).click();
  await expect(
    page
      .getByRole("region", { name: "Isian pemilik usaha" })
      .getByText("Jl. Cimanuk No. 12, RT 02/RW 05, Kec. Tarogong Kidul"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Setujui" }).click();
  await expect(page).toHaveURL(/\/mentor\/reviews\?decided=approve$/);
  await expect(page.getByRole("status")).toHaveText("Tugas disetujui. Pemilik usaha sudah diberi tahu.");
  expect(profileTask(enterpriseId)).toEqual({ status: "done", review_comment: null });
  expect(events(enterpriseId)).toEqual([
    { action: "request_changes", actor: mentor.id, statusAfter: "changes_requested", comment },
    { action: "submit", actor: owner.id, statusAfter: "submitted", comment: null },
    { action: "approve", actor: mentor.id, statusAfter: "done", comment: null },
  ]);
  expect(
    testDb()
      .prepare("SELECT kind, user_id AS userId FROM notification WHERE enterprise_id = ? ORDER BY id")
      .all(enterpriseId),
  ).toEqual([
    { kind: "changes_requested", userId: owner.id },
    { kind: "comment", userId: owner.id },
    { kind: "comment", userId: mentor.id },
    { kind: "resubmitted", userId: mentor.id },
    { kind: "approved", userId: owner.id },
  ]);

  await ownerPage.goto("/owner");
  await expect(taskRowFor(ownerPage, "Profil usaha").getByText("Selesai", { exact: true })).toBeVisible();
  await ownerContext.close();
});
