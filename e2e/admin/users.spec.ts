import { E2E_BASE_URL } from "../env";
import {
  expect,
  expectAccessibleAndFitting,
  expectAccessibleAndFittingOnce,
  makeUser,
  setTestClock,
  signIn,
  test,
  testDb,
} from "../fixtures";
import {
  auditActions,
  freshContext,
  logInWithForm,
  openProvince,
  sessionCount,
  shownLink,
  uniqueTag,
} from "./users-helpers";

test.use({ viewport: { width: 360, height: 800 } });

test("an administrator invites a mentor, who sets a password from the link once and then logs in", async ({
  page,
  context,
  browser,
  admin,
}) => {
  const tag = uniqueTag();
  const name = `Yohana Wenda ${tag}`;
  const email = `yohana-${tag}@dinas.e2e.test`;
  const password = `sagu lempeng ${tag}`;
  await signIn(context, admin);
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Undang pendamping atau administrator" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Undang pendamping atau administrator");
  await expectAccessibleAndFittingOnce(page);

  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Email").fill(email);
  await page
    .getByLabel("Nomor HP (WhatsApp), boleh dikosongkan")
    .fill("0812 9100 " + tag.replace(/\D/g, "1").slice(0, 4));
  await page.getByLabel(/^Pendamping —/).check();
  await openProvince(page, "Papua");
  await page.getByLabel("Kota Jayapura", { exact: true }).check();
  await page.getByLabel("Kabupaten Keerom", { exact: true }).check();
  await page.getByRole("button", { name: "Buat akun dan tautan undangan" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun sudah dibuat");
  const link = await shownLink(page);
  expect(link).toMatch(new RegExp(`^${E2E_BASE_URL}/invite/[a-z2-7]{32}$`));
  await expect(page.getByText("Tautan ini hanya ditampilkan sekarang.", { exact: false })).toBeVisible();
  const whatsapp = await page.getByRole("link", { name: "Kirim ke WhatsApp-nya" }).getAttribute("href");
  expect(whatsapp).toMatch(/^https:\/\/wa\.me\/628129100\d{4}\?text=/);
  expect(decodeURIComponent(whatsapp!.split("text=")[1]!)).toContain(`Halo ${name}, Anda diundang ke UMKM Go Online.`);
  expect(decodeURIComponent(whatsapp!)).toContain(link);
  const mailto = await page.getByRole("link", { name: `Kirim email ke ${email}` }).getAttribute("href");
  expect(mailto).toMatch(new RegExp(`^mailto:${email.replace(/[.]/g, "\\.")}\\?subject=`));
  expect(decodeURIComponent(mailto!)).toContain(link);
  await expectAccessibleAndFittingOnce(page);

  const db = testDb();
  const created = db
    .prepare("SELECT id, role, phone, invited_at AS invitedAt FROM user WHERE email = ?")
    .get(email) as { id: number; role: string; phone: string; invitedAt: number | null };
  expect(created.role).toBe("mentor");
  expect(created.phone).toMatch(/^\+628129100\d{4}$/);
  expect(created.invitedAt).not.toBeNull();
  expect(
    db.prepare("SELECT region_code FROM mentor_coverage WHERE mentor_user_id = ? ORDER BY 1").pluck().all(created.id),
  ).toEqual(["91.11", "91.71"]);
  expect(
    db
      .prepare("SELECT ip FROM audit_log WHERE action = 'account.invite' AND subject_id = ?")
      .pluck()
      .get(String(created.id)),
  ).toBeTruthy();

  // Until the invitation is used, the account cannot log in.
  const invitee = await freshContext(browser);
  const inviteePage = await invitee.newPage();
  await logInWithForm(inviteePage, email, "!invited");
  await expect(inviteePage.getByText("Email/nomor HP atau kata sandi salah.")).toBeVisible();

  const opened = await inviteePage.goto(link);
  expect(opened?.status()).toBe(200);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Selamat datang di UMKM Go Online");
  await expect(inviteePage.getByText(`Halo ${name}, Anda diundang sebagai Pendamping.`)).toBeVisible();
  await expect(inviteePage.getByText(/berlaku 7 hari \(sampai .+\) dan hanya bisa dipakai sekali/)).toBeVisible();
  await expectAccessibleAndFittingOnce(inviteePage);
  await inviteePage.getByLabel("Kata sandi baru").fill("pendek");
  await inviteePage.getByRole("button", { name: "Simpan kata sandi dan masuk" }).click();
  await expect(inviteePage.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();
  await expect(inviteePage.getByLabel("Kata sandi baru")).toHaveAttribute("aria-invalid", "true");
  await inviteePage.getByLabel("Kata sandi baru").fill(password);
  await inviteePage.getByRole("button", { name: "Simpan kata sandi dan masuk" }).click();
  await expect(inviteePage).toHaveURL(/\/mentor$/);
  await expect(inviteePage.getByRole("heading", { level: 1, name: `Selamat datang, ${name}` })).toBeVisible();
  expect(db.prepare("SELECT invited_at FROM user WHERE id = ?").pluck().get(created.id)).toBeNull();
  expect(auditActions(created.id)).toEqual(["account.invite", "auth.login_failed", "account.invitation_accepted"]);

  // The same link is refused the second time.
  const again = await inviteePage.goto(link);
  expect(again?.status()).toBe(410);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Tautan ini sudah dipakai");
  await expectAccessibleAndFittingOnce(inviteePage);
  await invitee.close();

  // The new password works through the login form, in a browser that never saw the link.
  const later = await freshContext(browser);
  const laterPage = await later.newPage();
  await logInWithForm(laterPage, email, password);
  await expect(laterPage).toHaveURL(/\/mentor$/);
  await later.close();

  // The administrator sees the mentor in the list, with the status and case count.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row").filter({ hasText: email });
  // Role and status are columns on a wide screen and sit under the name on a phone.
  await expect(row.getByText("Pendamping", { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(row.getByText("Aktif", { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(row.getByRole("cell").last()).toHaveText("0");
});

test("a duplicate email is refused at the field and nothing is created", async ({ page, context, admin, mentor }) => {
  await signIn(context, admin);
  await page.goto("/admin/users/new");
  await page.getByLabel("Nama lengkap").fill("Budi Kembar");
  await page.getByLabel("Email").fill(mentor.email.toUpperCase());
  await page.getByLabel(/^Administrator —/).check();
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Buat akun dan tautan undangan" }).click();
  expect((await response).status()).toBe(400);
  await expect(page.getByText("Email ini sudah dipakai akun lain.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Budi Kembar");
  expect(testDb().prepare("SELECT count(*) FROM user WHERE full_name = 'Budi Kembar'").pluck().get()).toBe(0);
});

test("deactivation ends the mentor's open session at once; reactivation lets them log in again", async ({
  page,
  context,
  browser,
  admin,
  mentor,
}) => {
  const mentorContext = await freshContext(browser);
  const token = await signIn(mentorContext, mentor);
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto("/mentor");
  await expect(mentorPage.getByRole("heading", { level: 1, name: `Selamat datang, ${mentor.fullName}` })).toBeVisible();

  await signIn(context, admin);
  await page.goto(`/admin/users/${mentor.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(mentor.fullName);
  await expectAccessibleAndFittingOnce(page);
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun dinonaktifkan." })).toBeVisible();
  await expect(page.getByText("Dinonaktifkan", { exact: true })).toBeVisible();
  expect(sessionCount(mentor.id)).toBe(0);

  await mentorPage.goto("/mentor/reviews");
  await expect(mentorPage).toHaveURL(/\/login\?redirectTo=%2Fmentor%2Freviews$/);
  // The old cookie opens nothing, even sent by hand.
  const replay = await mentorPage.request.get("/mentor", {
    headers: { Cookie: `umkm_session=${token}` },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(302);
  expect(replay.headers().location).toMatch(/^\/login/);
  await logInWithForm(mentorPage, mentor.email, mentor.password);
  await expect(mentorPage.getByText("Email/nomor HP atau kata sandi salah.")).toBeVisible();

  await page.getByRole("button", { name: "Aktifkan lagi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun aktif lagi." })).toBeVisible();
  await logInWithForm(mentorPage, mentor.email, mentor.password);
  await expect(mentorPage).toHaveURL(/\/mentor$/);
  expect(auditActions(mentor.id)).toEqual(
    expect.arrayContaining(["account.deactivate", "auth.login_failed", "account.reactivate", "auth.login"]),
  );
  await mentorContext.close();
});

test("a password reset link sets a new password once and signs the owner out elsewhere", async ({
  page,
  context,
  browser,
  admin,
  owner,
}) => {
  const ownerContext = await freshContext(browser);
  await signIn(ownerContext, owner);
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/owner");
  await expect(ownerPage).toHaveURL(/\/owner$/);

  await signIn(context, admin);
  await page.goto(`/admin/users/${owner.id}`);
  await page.getByRole("button", { name: "Buat tautan atur ulang kata sandi" }).click();
  await expect(page.getByRole("heading", { name: "Tautan atur ulang kata sandi" })).toBeVisible();
  const link = await shownLink(page);
  expect(link).toMatch(new RegExp(`^${E2E_BASE_URL}/reset/[a-z2-7]{32}$`));
  await expect(page.getByText(/berlaku 24 jam/).first()).toBeVisible();
  await expectAccessibleAndFittingOnce(page);

  const helper = await freshContext(browser);
  const helperPage = await helper.newPage();
  await helperPage.goto(link);
  await expect(helperPage.getByRole("heading", { level: 1 })).toHaveText("Pilih kata sandi baru");
  await expect(
    helperPage.getByText(/Tautan ini berlaku 24 jam \(sampai .+\) dan hanya bisa dipakai sekali\./),
  ).toBeVisible();
  await expectAccessibleAndFittingOnce(helperPage);
  const newPassword = `rendang padang ${uniqueTag()}`;
  await helperPage.getByLabel("Kata sandi baru").fill(newPassword);
  await helperPage.getByRole("button", { name: "Simpan kata sandi baru dan masuk" }).click();
  await expect(helperPage).toHaveURL(/\/owner$/);

  // The owner's other device is signed out; only the new session remains.
  await ownerPage.goto("/owner");
  await expect(ownerPage).toHaveURL(/\/login/);
  expect(sessionCount(owner.id)).toBe(1);
  await logInWithForm(ownerPage, owner.email, owner.password);
  await expect(ownerPage.getByText("Email/nomor HP atau kata sandi salah.")).toBeVisible();
  await logInWithForm(ownerPage, owner.email, newPassword);
  await expect(ownerPage).toHaveURL(/\/owner$/);

  expect((await helperPage.goto(link))?.status()).toBe(410);
  await expect(helperPage.getByRole("heading", { level: 1 })).toHaveText("Tautan ini sudah dipakai");
  expect(auditActions(owner.id)).toEqual(expect.arrayContaining(["account.reset_link", "account.password_reset"]));
  await ownerContext.close();
  await helper.close();
});

test("an expired or unknown link gets a page of its own, not an error", async ({ page, context, admin, browser }) => {
  await signIn(context, admin);
  await page.goto("/admin/users/new");
  const tag = uniqueTag();
  await page.getByLabel("Nama lengkap").fill(`Admin Baru ${tag}`);
  await page.getByLabel("Email").fill(`admin-baru-${tag}@e2e.test`);
  await page.getByLabel(/^Administrator —/).check();
  await page.getByRole("button", { name: "Buat akun dan tautan undangan" }).click();
  const link = await shownLink(page);
  const userId = testDb().prepare("SELECT id FROM user WHERE email = ?").pluck().get(`admin-baru-${tag}@e2e.test`);
  expect(testDb().prepare("SELECT count(*) FROM mentor_coverage WHERE mentor_user_id = ?").pluck().get(userId)).toBe(0);

  const visitor = await freshContext(browser);
  await setTestClock(visitor, Math.floor(Date.now() / 1000) + 8 * 24 * 60 * 60);
  const visitorPage = await visitor.newPage();
  expect((await visitorPage.goto(link))?.status()).toBe(410);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText("Tautan ini sudah tidak berlaku");
  await expect(visitorPage.getByText("Minta administrator program mengirim undangan baru.")).toBeVisible();
  await expectAccessibleAndFittingOnce(visitorPage);

  expect((await visitorPage.goto("/invite/bukantautanyangbenarsamasekali2"))?.status()).toBe(404);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText("Tautan tidak dikenal");
  expect((await visitorPage.goto("/reset/x"))?.status()).toBe(404);
  // An invitation's secret is not a reset link.
  expect((await visitorPage.goto(link.replace("/invite/", "/reset/")))?.status()).toBe(404);
  await visitor.close();

  // Sending the invitation again voids the first link.
  await page.goto(`/admin/users/${userId}`);
  await page.getByRole("button", { name: "Kirim ulang undangan" }).click();
  const second = await shownLink(page);
  expect(second).not.toBe(link);
  expect((await page.goto(link))?.status()).toBe(404);
});

test("the list finds users by email prefix and by name within a role, filtered by status", async ({
  page,
  context,
  admin,
}) => {
  const tag = uniqueTag();
  const mentor = await makeUser("mentor", { fullName: `Zakaria ${tag} Pendamping` });
  await signIn(context, admin);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
  await expectAccessibleAndFitting(page);

  await page.getByLabel("Cari pengguna").fill(mentor.email.slice(0, 15));
  await page.getByLabel("Cari menurut").selectOption("email");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/by=email/);
  await expect(page.getByRole("link", { name: mentor.fullName })).toBeVisible();

  await page.goto(`/admin/users?q=zakaria+${tag}&role=mentor&status=active`);
  await expect(page.getByRole("status")).toHaveText("1 pengguna ditemukan.");
  await page.getByRole("link", { name: mentor.fullName }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${mentor.id}$`));
  await expect(page.getByRole("link", { name: "Pindahkan kasus pendamping ini ke pendamping lain" })).toHaveCount(0);

  await page.goto(`/admin/users?q=zakaria+${tag}&status=deactivated`);
  await expect(page.getByRole("status")).toHaveText("0 pengguna ditemukan.");
  await expect(page.getByText("Tidak ada pengguna yang cocok.")).toBeVisible();
});

test("an administrator cannot deactivate or demote themselves; others' roles and coverage change", async ({
  page,
  context,
  admin,
  mentor,
  javaScriptEnabled,
}) => {
  await signIn(context, admin);
  await page.goto(`/admin/users/${admin.id}`);
  await expect(page.getByText("Ini akun Anda sendiri.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nonaktifkan akun" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Jadikan pendamping" })).toHaveCount(0);
  if (javaScriptEnabled) {
    const origin = { Origin: E2E_BASE_URL };
    const forged = await page.request.post(`/admin/users/${admin.id}`, {
      form: { intent: "deactivate" },
      headers: origin,
    });
    expect(forged.status()).toBe(409);
    const demote = await page.request.post(`/admin/users/${admin.id}`, {
      form: { intent: "role", role: "mentor" },
      headers: origin,
    });
    expect(demote.status()).toBe(409);
    expect(testDb().prepare("SELECT role || is_active FROM user WHERE id = ?").pluck().get(admin.id)).toBe("admin1");
  }

  await page.goto(`/admin/users/${mentor.id}`);
  await openProvince(page, "Papua");
  await page.getByLabel("Seluruh Papua", { exact: true }).check();
  await page.getByRole("button", { name: "Simpan wilayah kerja" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wilayah kerja sudah disimpan." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Seluruh Papua" }).first()).toBeVisible();
  expect(
    testDb().prepare("SELECT region_code FROM mentor_coverage WHERE mentor_user_id = ?").pluck().all(mentor.id),
  ).toEqual(["91"]);

  await page.getByRole("button", { name: "Jadikan administrator" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Peran sudah diubah." })).toBeVisible();
  expect(testDb().prepare("SELECT role FROM user WHERE id = ?").pluck().get(mentor.id)).toBe("admin");
  expect(testDb().prepare("SELECT count(*) FROM mentor_coverage WHERE mentor_user_id = ?").pluck().get(mentor.id)).toBe(
    0,
  );
  expect(auditActions(mentor.id)).toEqual(["account.create", "mentor.coverage_change", "account.role_change"]);
});

test("only administrators reach the user pages and their actions", async ({
  page,
  context,
  mentor,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "server rule: the no-js project adds nothing here");
  await signIn(context, mentor);
  for (const path of ["/admin/users", "/admin/users/new", `/admin/users/${owner.id}`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const post = await page.request.post(`/admin/users/${owner.id}`, {
    form: { intent: "deactivate" },
    headers: { Origin: E2E_BASE_URL },
  });
  expect(post.status()).toBe(403);
  expect(testDb().prepare("SELECT is_active FROM user WHERE id = ?").pluck().get(owner.id)).toBe(1);
  await context.clearCookies();
  expect((await page.goto("/admin/users"))?.status()).toBe(200);
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fusers$/);
});
