import { assignMentor, expect, ownerWithSubmittedProfile, setTaskStatuses, signIn, test, testDb } from "../fixtures";

test("the mentor confirms Go Online and the owner gets the certificate", async ({ page, context, browser, mentor }) => {
  const name = `Sambal Bu Rini ${test.info().project.name}-${Date.now().toString(36)}`;
  const ownerContext = await browser.newContext();
  const owner = await ownerWithSubmittedProfile(ownerContext, ["processed_food"], { name });
  const enterpriseId = owner.enterpriseId;
  setTaskStatuses(enterpriseId, {
    profile: "done",
    legality: "done",
    brand: "done",
    ip: "done",
    products: "done",
    channels: "done",
    final_review: "submitted",
  });
  assignMentor(mentor, enterpriseId);
  const enterprise = () =>
    testDb().prepare("SELECT go_online_at, stage, tasks_waiting FROM enterprise WHERE id = ?").get(enterpriseId) as {
      go_online_at: number | null;
      stage: string;
      tasks_waiting: number;
    };
  expect(enterprise()).toEqual({ go_online_at: null, stage: "selesai", tasks_waiting: 1 });

  await signIn(context, mentor);
  await page.goto("/mentor/reviews");
  await page.getByRole("link", { name: `Tinjauan akhir: ${name}` }).click();
  await expect(page.getByText("Pemilik usaha meminta konfirmasi Go Online.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Konfirmasi Go Online" })).toBeVisible();
  const before = Math.floor(Date.now() / 1000);
  await page.getByRole("button", { name: "Konfirmasi Go Online" }).click();
  await expect(page).toHaveURL(/\/mentor\/reviews\?decided=approve$/);
  await expect(page.getByRole("status")).toHaveText("Tugas disetujui. Pemilik usaha sudah diberi tahu.");

  const after = enterprise();
  expect(after.stage).toBe("go_online");
  expect(after.tasks_waiting).toBe(0);
  expect(after.go_online_at).toBeGreaterThanOrEqual(before - 1);
  expect(
    testDb()
      .prepare("SELECT status FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'final_review'")
      .pluck()
      .get(enterpriseId),
  ).toBe("done");

  // The caseload shows the new stage.
  await page.goto(`/mentor?view=graduated`);
  await expect(page.getByText("1 usaha ditemukan")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: name }).getByText("Go Online", { exact: true }),
  ).toBeVisible();

  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/owner");
  await expect(ownerPage.getByRole("heading", { name: "Selamat! Usaha Anda sudah resmi Go Online." })).toBeVisible();
  await expect(ownerPage.getByRole("link", { name: "Lihat dan cetak sertifikat" })).toHaveAttribute(
    "href",
    "/owner/certificate",
  );
  await expect(ownerPage.getByRole("link", { name: "Pemberitahuan (1 baru)" })).toBeVisible();
  await ownerPage.goto("/notifications");
  await expect(ownerPage.getByText(`Selamat! ${name} resmi Go Online. Sertifikat Anda siap.`)).toBeVisible();
  await ownerContext.close();
});
