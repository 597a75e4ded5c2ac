// Test helper (unit tests only): an owner with data in every table that can hold it, a mentor who
// wrote shared and private notes, and a second owner whose data must never show up in the first
// owner's export and whose stored brand-name check names the first owner's enterprise.
import fs from "node:fs";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { recordAudit } from "../audit.server";
import { runEnterpriseBrandCheck } from "../brand-check/brand-check.server";
import { indexEnterpriseBrand } from "../brand-check/index.server";
import { refreshEnterpriseSummary } from "../mentoring/summary.server";
import { insertTestEnterprise, insertTestUser } from "../test-db.server";
import { uploadPath } from "../uploads/uploads.server";
import { recordConsents } from "./consent.server";

export const SITI = {
  fullName: "Sitimurni Rahayuningsih",
  email: "sitimurni.rahayu@contoh.id",
  phone: "+6281377123456",
  localPhone: "081377123456",
  nik: "3205014101900007",
  nib: "9120001234567",
  address: "Jl. Kenanga Wangi No. 17, Tarogong",
  enterpriseName: "Dapur Kenanga Wangi",
  brandName: "Kenangaroma",
  privateNote: "Catatan pribadi: ibu sedang sakit",
  sharedNote: "Foto produk sudah bagus, lanjutkan.",
  message: "Pak, apakah NPWP saya sudah benar?",
};

export const OTHER = {
  fullName: "Bambang Sukmawijaya",
  email: "bambang.sukma@contoh.id",
  enterpriseName: "Bengkel Sukma Jaya",
  secret: "Rahasia usaha Bambang",
};

const UPLOAD_A = "aaaaaaaaaaaaaaaaaaaaaaaaaa";
const UPLOAD_B = "bbbbbbbbbbbbbbbbbbbbbbbbbb";

export type SeededOwner = {
  ownerId: number;
  enterpriseId: number;
  mentorId: number;
  otherOwnerId: number;
  otherEnterpriseId: number;
  uploadIds: string[];
};

function writeUploadFile(id: string) {
  fs.mkdirSync(process.env.UPLOAD_DIR!, { recursive: true });
  fs.writeFileSync(uploadPath(id, "main"), `file ${id}`);
  fs.writeFileSync(uploadPath(id, "thumb"), `thumb ${id}`);
}

/** Needs a journey test database with regions, and UPLOAD_DIR pointing at a scratch folder. */
export function seedOwnerWithEverything(db: Db): SeededOwner {
  const now = nowSeconds();
  const mentorId = insertTestUser(db, { role: "mentor", fullName: "Budi Pendamping", email: "budi.mentor@contoh.id" });
  const { ownerId, enterprise } = insertTestEnterprise(db, {
    fullName: SITI.fullName,
    email: SITI.email,
    phone: SITI.phone,
  });
  const enterpriseId = enterprise.id;
  recordConsents(db, ownerId);
  db.prepare(
    `UPDATE enterprise SET name = ?, legal_form = 'perorangan', province_code = '32', regency_code = '32.05',
       address = ?, year_started = 2015, employees = 3, capital_rupiah = 25000000, annual_sales_rupiah = 180000000,
       size_class = 'mikro', baseline_monthly_revenue_rupiah = 15000000, mentor_user_id = ?, go_online_at = ?
     WHERE id = ?`,
  ).run(SITI.enterpriseName, SITI.address, mentorId, now - 86400, enterpriseId);
  db.prepare(
    "INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, 'processed_food'), (?, 'craft')",
  ).run(enterpriseId, enterpriseId);
  db.prepare("INSERT INTO enterprise_baseline_channel (enterprise_id, channel) VALUES (?, 'whatsapp')").run(
    enterpriseId,
  );

  const task = db.prepare(
    `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, submitted_at, decided_at, decided_by, review_comment, updated_at)
     VALUES (?, ?, 'done', ?, ?, ?, ?, ?, ?)`,
  );
  const legality = { nib: { status: "have", number: SITI.nib }, npwp: { status: "have", number: SITI.nik } };
  const channels = {
    shopee: { status: "first_sale", url: "https://shopee.co.id/kenangawangi", firstSaleOn: "2026-10-01" },
    instagram: { status: "open", url: "https://instagram.com/kenangawangi" },
  };
  const ip = { pdki: { result: "none", note: `Dicek oleh ${SITI.fullName}` }, trademark: { status: "planned" } };
  for (const [key, answers] of [
    ["profile", { ownerName: SITI.fullName }],
    ["legality", legality],
    ["brand", {}],
    ["ip", ip],
    ["products", {}],
    ["channels", channels],
    ["final_review", {}],
  ] as const) {
    task.run(enterpriseId, key, JSON.stringify(answers), now, now, mentorId, `Bagus, Bu ${SITI.fullName}`, now);
  }
  const event = db.prepare(
    `INSERT INTO task_event (enterprise_id, task_key, actor_user_id, action, status_after, snapshot, comment, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  event.run(enterpriseId, "legality", ownerId, "submit", "submitted", JSON.stringify(legality), null, now - 50);
  event.run(
    enterpriseId,
    "legality",
    mentorId,
    "request_changes",
    "changes_requested",
    null,
    "NPWP belum lengkap",
    now - 40,
  );
  event.run(enterpriseId, "legality", ownerId, "submit", "submitted", JSON.stringify(legality), null, now - 30);
  event.run(enterpriseId, "legality", mentorId, "approve", "done", null, null, now - 20);
  db.prepare(
    "INSERT INTO task_comment (enterprise_id, task_key, author_user_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
  ).run(enterpriseId, "legality", ownerId, SITI.message, now - 45);
  db.prepare(
    "INSERT INTO task_comment (enterprise_id, task_key, author_user_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
  ).run(enterpriseId, "legality", mentorId, `Sudah, Bu ${SITI.fullName}.`, now - 44);

  // Uploads: a logo and a product photo, with their files on disk.
  const upload = db.prepare(
    `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, width, height, has_thumbnail, original_name, created_at)
     VALUES (?, ?, ?, ?, 'image/webp', 1234, 800, 800, 1, ?, ?)`,
  );
  upload.run(UPLOAD_A, enterpriseId, ownerId, "logo", `logo-${SITI.fullName}.png`, now);
  upload.run(UPLOAD_B, enterpriseId, ownerId, "product_photo", "keripik.jpg", now);
  writeUploadFile(UPLOAD_A);
  writeUploadFile(UPLOAD_B);

  db.prepare(
    `INSERT INTO enterprise_brand (enterprise_id, name, tagline, story, colours, logo_upload_id, updated_at)
     VALUES (?, ?, 'Renyah dari Garut', ?, '["#9a3412","#fef3c7"]', ?, ?)`,
  ).run(enterpriseId, SITI.brandName, `Resep nenek ${SITI.fullName} sejak 1990.`, UPLOAD_A, now);
  indexEnterpriseBrand(db, enterpriseId, SITI.brandName, [30]);
  runEnterpriseBrandCheck(db, { enterpriseId, checkedBy: ownerId, name: SITI.brandName, classes: [30] });
  const productId = Number(
    db
      .prepare(
        `INSERT INTO product (enterprise_id, name, category, description, price_rupiah, net_amount, net_unit, created_at, updated_at)
         VALUES (?, 'Keripik Kenanga', 'processed_food', ?, 15000, 250, 'g', ?, ?)`,
      )
      .run(enterpriseId, `Dibuat oleh ${SITI.fullName}`, now, now).lastInsertRowid,
  );
  db.prepare("INSERT INTO product_photo (product_id, upload_id, position) VALUES (?, ?, 0)").run(productId, UPLOAD_B);

  const sessionId = Number(
    db
      .prepare(
        `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics, shared_notes,
           private_notes, next_action, follow_up_on, created_at, updated_at)
         VALUES (?, ?, '2026-11-20', 'kunjungan', 90, '["merek"]', ?, ?, 'Kirim foto baru', '2026-12-20', ?, ?)`,
      )
      .run(enterpriseId, mentorId, SITI.sharedNote, SITI.privateNote, now, now).lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO mentoring_session_correction (session_id, author_user_id, shared_note, private_note, created_at)
     VALUES (?, ?, 'Koreksi: durasi 90 menit', ?, ?)`,
  ).run(sessionId, mentorId, `${SITI.privateNote} (lanjutan)`, now);
  db.prepare(
    `INSERT INTO impact_snapshot (enterprise_id, recorded_on, monthly_revenue_rupiah, employees, online_channels, first_online_sale_on, entered_by, created_at)
     VALUES (?, '2026-11-01', 21000000, 4, 2, '2026-10-01', ?, ?)`,
  ).run(enterpriseId, ownerId, now);
  db.prepare(
    "INSERT INTO notification (user_id, kind, enterprise_id, task_key, actor_user_id, created_at) VALUES (?, 'approved', ?, 'legality', ?, ?)",
  ).run(ownerId, enterpriseId, mentorId, now);
  db.prepare(
    "INSERT INTO notification (user_id, kind, enterprise_id, task_key, actor_user_id, created_at) VALUES (?, 'comment', ?, 'legality', ?, ?)",
  ).run(mentorId, enterpriseId, ownerId, now);
  db.prepare("INSERT INTO rate_limit (key, hits, window_started_at) VALUES (?, 2, ?), (?, 1, ?)").run(
    `login.account:user:${ownerId}`,
    now,
    `login.account:${SITI.email}`,
    now,
  );
  db.prepare(
    "INSERT INTO session (id, user_id, secret_hash, created_at, last_verified_at, expires_at) VALUES ('s-siti', ?, x'00', ?, ?, ?)",
  ).run(ownerId, now, now, now + 86400);
  recordAudit(db, {
    actorUserId: ownerId,
    action: "auth.login",
    subjectType: "user",
    subjectId: ownerId,
    ip: "203.0.113.9",
  });
  // A mentor's caseload search for her name and phone, as the export audit records the filters.
  recordAudit(db, {
    actorUserId: mentorId,
    action: "export.caseload",
    subjectType: "user",
    subjectId: mentorId,
    details: { filters: { q: SITI.fullName.toLowerCase() }, rows: 1 },
  });
  recordAudit(db, {
    actorUserId: mentorId,
    action: "export.caseload",
    subjectType: "user",
    subjectId: mentorId,
    details: { filters: { q: SITI.localPhone }, rows: 1 },
  });
  refreshEnterpriseSummary(db, enterpriseId);

  // The other owner: their own data, and a brand-name check that found Siti's mark.
  const other = insertTestEnterprise(db, { fullName: OTHER.fullName, email: OTHER.email });
  db.prepare(
    "UPDATE enterprise SET name = ?, province_code = '32', regency_code = '32.05', size_class = 'mikro', address = ? WHERE id = ?",
  ).run(OTHER.enterpriseName, OTHER.secret, other.enterprise.id);
  db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, 'processed_food')").run(
    other.enterprise.id,
  );
  runEnterpriseBrandCheck(db, {
    enterpriseId: other.enterprise.id,
    checkedBy: other.ownerId,
    name: SITI.brandName,
    classes: [30],
  });
  db.prepare(
    "INSERT INTO task_comment (enterprise_id, task_key, author_user_id, body, created_at) VALUES (?, 'profile', ?, ?, ?)",
  ).run(other.enterprise.id, other.ownerId, OTHER.secret, now);

  return {
    ownerId,
    enterpriseId,
    mentorId,
    otherOwnerId: other.ownerId,
    otherEnterpriseId: other.enterprise.id,
    uploadIds: [UPLOAD_A, UPLOAD_B],
  };
}
