import type { BrowserContext, Page } from "@playwright/test";
import {
  expect,
  expectAccessibleAndFitting,
  expectAccessibleAndFittingOnce,
  makeEnterprise,
  makeUser,
  signIn,
  test,
  testDb,
  type TestUser,
} from "../fixtures";
import { E2E_BASE_URL } from "../env";
import { cover, lastAudit, mentorOf, regencyFor, uniqueTag } from "./assign-helpers";

const REGENCY_NAMES: Record<string, string> = {
  "81.01": "Kabupaten Maluku Tengah",
  "81.02": "Kabupaten Maluku Tenggara",
  "81.05": "Kabupaten Seram Bagian Timur",
  "81.06": "Kabupaten Seram Bagian Barat",
  "81.07": "Kabupaten Kepulauan Aru",
  "81.08": "Kabupaten Maluku Barat Daya",
};

/** Signs the browser in as someone else (the admin's session cookie is replaced). */
async function switchTo(context: BrowserContext, user: TestUser) {
  await context.clearCookies();
  await signIn(context, user);
}

async function expectInCaseload(page: Page, names: string[]) {
  await page.goto("/mentor");
  const list = page.getByRole("list", { name: "Usaha dampingan" });
  for (const name of names) await expect(list.getByRole("link", { name, exact: true })).toBeVisible();
}

test("an administrator assigns every unassigned enterprise of one regency to a mentor after confirming the count", async ({
  page,
  context,
  admin,
  mentor,
}) => {
  const tag = uniqueTag();
  const regency = regencyFor({ js: "81.01", noJs: "81.02" });
  const elsewhere = regencyFor({ js: "81.09", noJs: "81.71" });
  const other = await makeUser("mentor");
  const make = (name: string, regencyCode: string, withMentor?: TestUser) =>
    makeEnterprise({ name: `${name} ${tag}`, provinceCode: regencyCode.slice(0, 2), regencyCode, mentor: withMentor });
  const queued = await Promise.all([
    make("Kopi Rempah", regency),
    make("Sagu Lempeng", regency),
    make("Ikan Asap", regency),
  ]);
  const alreadyTaken = await make("Minyak Kayu Putih", regency, other);
  const outside = await Promise.all([make("Pala Banda", elsewhere), make("Kenari Ambon", "82.71")]);

  await signIn(context, admin);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/admin/assignments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penugasan pendamping");
  await expect(page.getByRole("status").filter({ hasText: "belum punya pendamping" })).toBeVisible();
  await expectAccessibleAndFitting(page);

  // Province, then (after the page lists its regencies) the regency.
  await page.getByLabel("Provinsi").selectOption({ label: "Maluku" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]province=81(&|$)/);
  await page.getByLabel("Kabupaten/kota").selectOption(regency);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]regency=${regency.replace(".", "\\.")}(&|$)`));
  await expect(page.getByRole("status").filter({ hasText: "usaha sesuai saringan" })).toHaveText(
    "3 usaha sesuai saringan",
  );
  const rows = page.getByRole("list", { name: "Daftar usaha" }).locator(":scope > li");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(REGENCY_NAMES[regency]!);
  await expect(rows.first()).toContainText("Belum ada");

  // The mentor picker refuses an empty choice, at the field.
  const bulk = page.getByRole("region", { name: "Tugaskan semua sekaligus" });
  await expect(bulk.getByText("Tugaskan semua 3 usaha yang sesuai saringan ini")).toBeVisible();
  await bulk.getByRole("button", { name: "Lanjut ke konfirmasi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konfirmasi penugasan");
  const email = page.getByLabel("Atau ketik email pendamping");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Pilih pendamping dari daftar atau ketik emailnya.")).toBeVisible();
  await email.fill(mentor.email.toUpperCase());
  await page.getByRole("button", { name: "Lanjut ke konfirmasi" }).click();

  // The confirmation states N and the filter in words.
  await expect(page.getByText(`3 usaha akan ditugaskan ke ${mentor.fullName} (${mentor.email}).`)).toBeVisible();
  await expect(
    page.getByText(`Usaha yang ditugaskan: Usaha yang belum punya pendamping, di ${REGENCY_NAMES[regency]}, Maluku.`),
  ).toBeVisible();
  await expectAccessibleAndFittingOnce(page);
  // Nothing has moved yet.
  expect(queued.map((e) => mentorOf(e.enterpriseId))).toEqual([null, null, null]);

  // A fourth enterprise registers while the administrator reads: the filter is evaluated again.
  const late = await make("Roti Kenari", regency);
  await page.getByRole("button", { name: "Ya, tugaskan 3 usaha" }).click();
  await expect(page.getByText(`4 usaha ditugaskan ke ${mentor.fullName}.`)).toBeVisible();
  await expect(
    page.getByText("Jumlahnya berubah sejak Anda mengonfirmasi: saat itu 3 usaha, yang ditugaskan 4 usaha."),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "usaha sesuai saringan" })).toHaveText(
    "0 usaha sesuai saringan",
  );

  for (const e of [...queued, late]) expect(mentorOf(e.enterpriseId)).toBe(mentor.id);
  expect(mentorOf(alreadyTaken.enterpriseId)).toBe(other.id);
  expect(outside.map((e) => mentorOf(e.enterpriseId))).toEqual([null, null]);
  const audit = lastAudit("assignment.bulk", mentor.id);
  expect(audit).toMatchObject({
    actor_user_id: admin.id,
    details: {
      mentorId: mentor.id,
      count: 4,
      expected: 3,
      filter: { province: "81", regency, mentor: "none", stage: null, q: "" },
    },
  });
  expect(audit?.ip).toBeTruthy();
  expect(
    testDb().prepare("SELECT active_cases, all_cases FROM mentor_load WHERE mentor_user_id = ?").get(mentor.id),
  ).toEqual({ active_cases: 4, all_cases: 4 });

  await switchTo(context, mentor);
  await expectInCaseload(page, [`Kopi Rempah ${tag}`, `Sagu Lempeng ${tag}`, `Ikan Asap ${tag}`, `Roti Kenari ${tag}`]);
  await expect(page.getByText(`Pala Banda ${tag}`)).toHaveCount(0);
});

test("an administrator assigns one enterprise to a mentor covering its regency, by name search", async ({
  page,
  context,
  admin,
}) => {
  const tag = uniqueTag();
  const regency = regencyFor({ js: "81.07", noJs: "81.08" });
  const covering = await makeUser("mentor");
  cover(covering, regency);
  const { enterpriseId } = await makeEnterprise({ name: `Zqx${tag} Abon`, provinceCode: "81", regencyCode: regency });

  await signIn(context, admin);
  await page.goto("/admin/assignments");
  // The start of the name, typed in another case.
  await page.getByLabel("Nama usaha diawali dengan").fill(`ZQX${tag}`);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "sesuai saringan" })).toHaveText("1 usaha sesuai saringan");
  await page.getByRole("link", { name: `Tugaskan pendamping — Zqx${tag} Abon` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tugaskan pendamping");
  await expect(page.getByText(`${REGENCY_NAMES[regency]}, Maluku`)).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessibleAndFittingOnce(page);
  await page.getByLabel("Pendamping di wilayah ini").selectOption({ label: `${covering.fullName} · 0 kasus aktif` });
  await page.getByRole("button", { name: "Tugaskan", exact: true }).click();

  await expect(page.getByText(`Zqx${tag} Abon sekarang didampingi ${covering.fullName}.`)).toBeVisible();
  // Back on the list with the same search.
  await expect(page.getByLabel("Nama usaha diawali dengan")).toHaveValue(`ZQX${tag}`);
  expect(mentorOf(enterpriseId)).toBe(covering.id);
  expect(lastAudit("assignment.assign", enterpriseId)).toMatchObject({
    actor_user_id: admin.id,
    details: { mentorId: covering.id, previousMentorId: null },
  });
  await switchTo(context, covering);
  await expectInCaseload(page, [`Zqx${tag} Abon`]);
});

test("an administrator moves a mentor's whole caseload to another mentor", async ({ page, context, admin }) => {
  const tag = uniqueTag();
  const regency = regencyFor({ js: "81.03", noJs: "81.04" });
  const leaving = await makeUser("mentor");
  const receiving = await makeUser("mentor");
  const bystander = await makeUser("mentor");
  cover(leaving, regency);
  cover(receiving, regency);
  const cases = await Promise.all([
    makeEnterprise({ name: `Batik Tanimbar ${tag}`, mentor: leaving, provinceCode: "81", regencyCode: regency }),
    makeEnterprise({
      name: `Tenun Buru ${tag}`,
      mentor: leaving,
      provinceCode: "81",
      regencyCode: regency,
      stage: "go_online",
    }),
  ]);
  const untouched = await makeEnterprise({
    name: `Sopi ${tag}`,
    mentor: bystander,
    provinceCode: "81",
    regencyCode: regency,
  });
  // The leaving mentor's account is deactivated: their caseload must still move.
  testDb().prepare("UPDATE user SET is_active = 0 WHERE id = ?").run(leaving.id);

  await signIn(context, admin);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/admin/assignments/transfer?from=${leaving.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pindahkan semua usaha dampingan");
  await expect(page.getByText("2 usaha, 1 di antaranya belum go online.")).toBeVisible();
  await expect(page.getByText("Akun pendamping ini sudah dinonaktifkan.")).toBeVisible();
  await expectAccessibleAndFittingOnce(page);
  // An inactive mentor (here the leaving one) cannot receive: refused at the field.
  await page.getByLabel("Atau ketik email pendamping").fill(leaving.email);
  await page.getByRole("button", { name: "Pindahkan 2 usaha" }).click();
  await expect(page.getByText("Tidak ada pendamping aktif dengan email ini.")).toBeVisible();
  await expect(page.getByLabel("Atau ketik email pendamping")).toHaveAttribute("aria-invalid", "true");
  expect(cases.map((c) => mentorOf(c.enterpriseId))).toEqual([leaving.id, leaving.id]);

  await page.getByLabel("Atau ketik email pendamping").fill("");
  await page.getByLabel("Pendamping di wilayah ini").selectOption({ label: `${receiving.fullName} · 0 kasus aktif` });
  await page.getByRole("button", { name: "Pindahkan 2 usaha" }).click();
  await expect(page.getByText(`2 usaha dipindahkan ke ${receiving.fullName}.`)).toBeVisible();
  await expect(page.getByText(`${leaving.fullName} tidak punya usaha dampingan.`)).toBeVisible();

  expect(cases.map((c) => mentorOf(c.enterpriseId))).toEqual([receiving.id, receiving.id]);
  expect(mentorOf(untouched.enterpriseId)).toBe(bystander.id);
  expect(lastAudit("assignment.transfer", leaving.id)).toMatchObject({
    actor_user_id: admin.id,
    details: { fromMentorId: leaving.id, toMentorId: receiving.id, moved: 2, active: 1 },
  });

  await switchTo(context, receiving);
  await expectInCaseload(page, [`Batik Tanimbar ${tag}`, `Tenun Buru ${tag}`]);
  // The leaving mentor (reactivated only to look) has nothing left.
  testDb().prepare("UPDATE user SET is_active = 1 WHERE id = ?").run(leaving.id);
  await switchTo(context, leaving);
  await page.goto("/mentor");
  await expect(page.getByText("Belum ada usaha yang ditugaskan kepada Anda.")).toBeVisible();
});

test("a newly registered owner gets the least busy mentor covering their regency when they save their profile", async ({
  page,
  context,
  javaScriptEnabled,
}) => {
  const tag = uniqueTag();
  const regency = regencyFor({ js: "81.05", noJs: "81.06" });
  // The busier mentor is created first (the lower id), so only the load can explain the choice.
  const busy = await makeUser("mentor");
  const idle = await makeUser("mentor");
  cover(busy, regency);
  cover(idle, regency);
  const busyRegency = regencyFor({ js: "82.01", noJs: "82.02" });
  await Promise.all(
    [1, 2].map((n) =>
      makeEnterprise({ name: `Beban ${n} ${tag}`, mentor: busy, provinceCode: "82", regencyCode: busyRegency }),
    ),
  );

  const email = `pemilik-${tag}@e2e.test`;
  const phone = `0813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await page.goto("/register");
  await page.getByLabel("Nama lengkap").fill(`Ibu Nona ${tag}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nomor HP (WhatsApp)").fill(phone);
  await page.getByLabel("Kata sandi").fill(`rahasia-${tag}-panjang`);
  await page.getByLabel(/setuju data saya diproses/).check();
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  const enterpriseOf = () =>
    testDb()
      .prepare(
        "SELECT e.id, e.mentor_user_id FROM enterprise e JOIN user u ON u.id = e.owner_user_id WHERE u.email = ?",
      )
      .get(email) as { id: number; mentor_user_id: number | null } | undefined;

  await page.getByRole("link", { name: "Profil usaha" }).first().click();
  await page.getByLabel("Nama usaha").fill(`Kue Bagea ${tag}`);
  await page.getByLabel("Makanan & minuman olahan (dalam kemasan)").check();
  await page.getByLabel("Provinsi").selectOption({ label: "Maluku" });
  if (!javaScriptEnabled) await page.getByRole("button", { name: "Tampilkan kabupaten/kota" }).click();
  await page.getByLabel("Kabupaten/kota").selectOption(regency);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();

  const enterprise = enterpriseOf()!;
  expect(enterprise.mentor_user_id).toBe(idle.id);
  expect(lastAudit("assignment.auto", enterprise.id)).toMatchObject({
    actor_user_id: null,
    details: { mentorId: idle.id, coveredBy: "regency", regency },
  });
  expect(lastAudit("assignment.auto", enterprise.id)?.ip).toBeTruthy();
  expect(
    testDb()
      .prepare("SELECT active_cases FROM mentor_load WHERE mentor_user_id IN (?, ?) ORDER BY mentor_user_id")
      .pluck()
      .all(busy.id, idle.id),
  ).toEqual([2, 1]);

  await switchTo(context, idle);
  await expectInCaseload(page, [`Kue Bagea ${tag}`]);
  await switchTo(context, busy);
  await page.goto("/mentor");
  await expect(page.getByText(`Kue Bagea ${tag}`)).toHaveCount(0);
});

test("only administrators can see or change assignments", async ({ page, context, mentor }) => {
  const tag = uniqueTag();
  const regency = regencyFor({ js: "81.72", noJs: "82.72" });
  const { enterpriseId } = await makeEnterprise({
    name: `Ikan Kuah ${tag}`,
    provinceCode: regency.slice(0, 2),
    regencyCode: regency,
  });
  await signIn(context, mentor);
  for (const path of [
    "/admin/assignments",
    `/admin/assignments/${enterpriseId}`,
    `/admin/assignments/transfer?from=${mentor.id}`,
  ]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  }
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form, headers: { Origin: E2E_BASE_URL }, maxRedirects: 0 });
  expect((await post(`/admin/assignments/${enterpriseId}`, { mentorId: String(mentor.id) })).status()).toBe(403);
  expect(
    (await post("/admin/assignments/bulk", { regency, mentorId: String(mentor.id), expected: "1" })).status(),
  ).toBe(403);
  expect(mentorOf(enterpriseId)).toBeNull();
});

test("bad input gets a 4xx with a message, never a 500 and never a change", async ({ page, context, admin }) => {
  test.skip(!test.info().project.use.javaScriptEnabled, "server rules: the js project covers them");
  const tag = uniqueTag();
  const { enterpriseId } = await makeEnterprise({ name: `Bagea ${tag}`, provinceCode: "82", regencyCode: "82.03" });
  await signIn(context, admin);
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form, headers: { Origin: E2E_BASE_URL }, maxRedirects: 0 });
  expect((await post("/admin/assignments/bulk", { regency: "82.03", mentorId: "abc", expected: "1" })).status()).toBe(
    400,
  );
  expect((await post("/admin/assignments/bulk", { regency: "82.03", mentorId: "", expected: "x" })).status()).toBe(400);
  expect((await post(`/admin/assignments/${enterpriseId}`, { mentorEmail: "nobody@e2e.test" })).status()).toBe(400);
  expect((await post("/admin/assignments/999999999", { mentorId: "1" })).status()).toBe(404);
  expect((await page.request.get("/admin/assignments/transfer?from=abc")).status()).toBe(404);
  expect((await page.request.get(`/admin/assignments/transfer?from=${admin.id}`)).status()).toBe(404);
  expect(mentorOf(enterpriseId)).toBeNull();

  // The page shows the reason at the field, in the user's language.
  await page.goto(`/admin/assignments/${enterpriseId}`);
  await page.getByLabel("Atau ketik email pendamping").fill("bukan-email");
  await page.getByRole("button", { name: "Tugaskan", exact: true }).click();
  await expect(page.getByText("Tulis alamat email yang benar, misalnya budi@dinas.go.id.")).toBeVisible();
  await expect(page.getByLabel("Atau ketik email pendamping")).toHaveValue("bukan-email");
});
