import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { enterpriseSessions } from "../mentoring/sessions.server";
import { consentHistory } from "./consent.server";

/**
 * Everything the app holds about one owner, as they may see it (UU PDP 27/2022: the right to
 * access and to obtain a copy). Built from explicit column lists, never SELECT *, so a column
 * added later (or one holding a secret: password hash, session secrets, mentors' private notes,
 * the search copies on the enterprise row) is not exported until someone decides it should be.
 * Other people appear only as the owner already sees them: their mentor's name and role.
 */
export type DataExport = ReturnType<typeof buildDataExport>;

const EXPORT_FORMAT = "umkm-go-online.personal-data.v1";

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function iso(seconds: number | null): string | null {
  return seconds === null ? null : new Date(seconds * 1000).toISOString();
}

/** Who did something, as the owner sees it: themselves, or a mentor by name; administrators by role only. */
function actor(ownerId: number, id: number | null, name: string | null, role: string | null) {
  if (id === null) return null;
  if (id === ownerId) return { role: "owner", name };
  if (role === "mentor") return { role: "mentor", name };
  return { role: role ?? "unknown", name: null };
}

export function buildDataExport(db: Db, userId: number, options: { origin: string; now?: number }) {
  const now = options.now ?? nowSeconds();
  const user = db
    .prepare(
      `SELECT id, role, full_name AS fullName, email, phone, locale, is_active AS active, created_at AS createdAt
       FROM user WHERE id = ?`,
    )
    .get(userId) as
    | {
        id: number;
        role: string;
        fullName: string;
        email: string;
        phone: string | null;
        locale: string;
        active: number;
        createdAt: number;
      }
    | undefined;
  if (!user) throw new Error(`no user ${userId}`);

  const account = {
    id: user.id,
    role: user.role,
    fullName: user.fullName,
    email: user.email,
    phone: user.phone,
    language: user.locale,
    active: user.active === 1,
    registeredAt: iso(user.createdAt),
  };
  const consents = consentHistory(db, userId).map((c) => ({
    document: c.document,
    version: c.version,
    acceptedAt: iso(c.acceptedAt),
  }));
  const deletionRequests = (
    db
      .prepare(
        `SELECT status, requested_at AS requestedAt, decided_at AS decidedAt, decline_reason AS declineReason
         FROM deletion_request WHERE user_id = ? ORDER BY requested_at, id`,
      )
      .all(userId) as { status: string; requestedAt: number; decidedAt: number | null; declineReason: string | null }[]
  ).map((r) => ({ ...r, requestedAt: iso(r.requestedAt), decidedAt: iso(r.decidedAt) }));
  const activity = (
    db
      .prepare(
        `SELECT action, at, ip FROM audit_log WHERE actor_user_id = ? AND action IN
           ('auth.login', 'auth.login_failed', 'auth.logout', 'account.register', 'account.password_change',
            'account.password_reset', 'privacy.consent', 'privacy.export', 'privacy.deletion_request',
            'privacy.deletion_cancel')
         ORDER BY at DESC, id DESC LIMIT 1000`,
      )
      .all(userId) as { action: string; at: number; ip: string | null }[]
  ).map((a) => ({ ...a, at: iso(a.at) }));
  const notifications = (
    db
      .prepare(
        `SELECT kind, task_key AS task, created_at AS createdAt, read_at AS readAt FROM notification
         WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 1000`,
      )
      .all(userId) as { kind: string; task: string | null; createdAt: number; readAt: number | null }[]
  ).map((n) => ({ ...n, createdAt: iso(n.createdAt), readAt: iso(n.readAt) }));

  const base = {
    format: EXPORT_FORMAT,
    exportedAt: iso(now),
    about:
      "Your data in UMKM Go Online (UU PDP 27/2022). Uploaded files are listed with a link; open it while signed in. " +
      "Mentors' private notes are not personal data you provided and are not included.",
    account,
    consents,
    deletionRequests,
    notifications,
    activity,
  };

  const e = db
    .prepare(
      `SELECT e.id, e.name, e.legal_form AS legalForm, e.province_code AS provinceCode, p.name AS provinceName,
              e.regency_code AS regencyCode, r.name AS regencyName, e.address, e.whatsapp,
              e.year_started AS yearStarted, e.employees, e.capital_rupiah AS capitalRupiah,
              e.annual_sales_rupiah AS annualSalesRupiah, e.size_class AS sizeClass,
              e.baseline_monthly_revenue_rupiah AS baselineMonthlyRevenueRupiah, e.nib, e.stage,
              e.progress_percent AS progressPercent, e.go_online_at AS goOnlineAt, e.created_at AS createdAt,
              m.full_name AS mentorName
       FROM enterprise e
       LEFT JOIN region p ON p.code = e.province_code
       LEFT JOIN region r ON r.code = e.regency_code
       LEFT JOIN user m ON m.id = e.mentor_user_id
       WHERE e.owner_user_id = ?`,
    )
    .get(userId) as
    | (Record<string, string | number | null> & { id: number; goOnlineAt: number | null; createdAt: number })
    | undefined;
  if (!e) return { ...base, enterprise: null };
  const enterpriseId = e.id;

  const categories = db
    .prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ? ORDER BY category")
    .pluck()
    .all(enterpriseId) as string[];
  const baselineChannels = db
    .prepare("SELECT channel FROM enterprise_baseline_channel WHERE enterprise_id = ? ORDER BY channel")
    .pluck()
    .all(enterpriseId) as string[];

  const taskRows = db
    .prepare(
      `SELECT task_key AS task, status, answers, submitted_at AS submittedAt, decided_at AS decidedAt,
              review_comment AS reviewComment, updated_at AS updatedAt
       FROM enterprise_task WHERE enterprise_id = ? ORDER BY task_key`,
    )
    .all(enterpriseId) as {
    task: string;
    status: string;
    answers: string | null;
    submittedAt: number | null;
    decidedAt: number | null;
    reviewComment: string | null;
    updatedAt: number;
  }[];
  const answersOf = (task: string) => parseJson(taskRows.find((t) => t.task === task)?.answers ?? null);
  const tasks = taskRows.map((t) => ({
    task: t.task,
    status: t.status,
    submittedAt: iso(t.submittedAt),
    decidedAt: iso(t.decidedAt),
    reviewComment: t.reviewComment,
    updatedAt: iso(t.updatedAt),
    answers: parseJson(t.answers),
  }));
  const taskHistory = (
    db
      .prepare(
        `SELECT ev.task_key AS task, ev.action, ev.status_after AS statusAfter, ev.comment, ev.at, ev.snapshot,
                ev.actor_user_id AS actorId, u.full_name AS actorName, u.role AS actorRole
         FROM task_event ev LEFT JOIN user u ON u.id = ev.actor_user_id
         WHERE ev.enterprise_id = ? ORDER BY ev.at, ev.id`,
      )
      .all(enterpriseId) as {
      task: string;
      action: string;
      statusAfter: string;
      comment: string | null;
      at: number;
      snapshot: string | null;
      actorId: number | null;
      actorName: string | null;
      actorRole: string | null;
    }[]
  ).map((ev) => ({
    task: ev.task,
    action: ev.action,
    statusAfter: ev.statusAfter,
    by: actor(userId, ev.actorId, ev.actorName, ev.actorRole),
    comment: ev.comment,
    at: iso(ev.at),
    // what was sent for review, as it was then
    answersSent: ev.action === "submit" || ev.action === "complete" ? parseJson(ev.snapshot) : undefined,
  }));
  const messages = (
    db
      .prepare(
        `SELECT c.task_key AS task, c.body, c.created_at AS at, c.author_user_id AS authorId,
                u.full_name AS authorName, u.role AS authorRole
         FROM task_comment c LEFT JOIN user u ON u.id = c.author_user_id
         WHERE c.enterprise_id = ? ORDER BY c.created_at, c.id`,
      )
      .all(enterpriseId) as {
      task: string;
      body: string;
      at: number;
      authorId: number | null;
      authorName: string | null;
      authorRole: string | null;
    }[]
  ).map((m) => ({
    task: m.task,
    from: actor(userId, m.authorId, m.authorName, m.authorRole),
    body: m.body,
    at: iso(m.at),
  }));

  const brandRow = db
    .prepare(
      `SELECT name, tagline, story, colours, logo_upload_id AS logoUploadId, updated_at AS updatedAt
       FROM enterprise_brand WHERE enterprise_id = ?`,
    )
    .get(enterpriseId) as
    | {
        name: string | null;
        tagline: string | null;
        story: string | null;
        colours: string;
        logoUploadId: string | null;
        updatedAt: number;
      }
    | undefined;
  const brand = brandRow
    ? { ...brandRow, colours: parseJson(brandRow.colours), updatedAt: iso(brandRow.updatedAt) }
    : null;
  const brandChecks = (
    db
      .prepare(
        `SELECT name, classes, index_version AS indexVersion, results, checked_at AS checkedAt
         FROM brand_check WHERE enterprise_id = ? ORDER BY checked_at, id`,
      )
      .all(enterpriseId) as {
      name: string;
      classes: string;
      indexVersion: number;
      results: string;
      checkedAt: number;
    }[]
  ).map((c) => ({
    name: c.name,
    classes: parseJson(c.classes),
    indexVersion: c.indexVersion,
    checkedAt: iso(c.checkedAt),
    matches: parseJson(c.results),
  }));

  const photos = db.prepare("SELECT upload_id FROM product_photo WHERE product_id = ? ORDER BY position").pluck();
  const products = (
    db
      .prepare(
        `SELECT id, name, category, description, price_rupiah AS priceRupiah, net_amount AS netAmount,
                net_unit AS netUnit, checklist, readiness, created_at AS createdAt, updated_at AS updatedAt
         FROM product WHERE enterprise_id = ? ORDER BY id`,
      )
      .all(enterpriseId) as (Record<string, string | number | null> & {
      id: number;
      checklist: string;
      createdAt: number;
      updatedAt: number;
    })[]
  ).map((p) => ({
    ...p,
    checklist: parseJson(p.checklist),
    photoUploadIds: photos.all(p.id) as string[],
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  }));

  const uploads = (
    db
      .prepare(
        `SELECT id, purpose, media_type AS mediaType, byte_size AS byteSize, width, height,
                original_name AS originalName, created_at AS createdAt
         FROM upload WHERE enterprise_id = ? ORDER BY created_at, id`,
      )
      .all(enterpriseId) as (Record<string, string | number | null> & { id: string; createdAt: number })[]
  ).map((u) => ({ ...u, createdAt: iso(u.createdAt), url: `${options.origin}/uploads/${u.id}` }));

  // The owner's view of the sessions: private notes are left out at the source, and dropped
  // here again by naming only the fields an owner sees.
  const mentoringSessions = enterpriseSessions(db, enterpriseId, "owner").map((s) => ({
    heldOn: s.heldOn,
    mode: s.mode,
    durationMinutes: s.durationMinutes,
    topics: s.topics,
    mentorName: s.mentorName,
    sharedNotes: s.sharedNotes,
    nextAction: s.nextAction,
    followUpOn: s.followUpOn,
    corrections: s.corrections
      .filter((c) => c.sharedNote !== null)
      .map((c) => ({ sharedNote: c.sharedNote, at: iso(c.createdAt) })),
  }));

  const impact = db
    .prepare(
      `SELECT recorded_on AS recordedOn, monthly_revenue_rupiah AS monthlyRevenueRupiah, employees,
              online_channels AS onlineChannels, first_online_sale_on AS firstOnlineSaleOn
       FROM impact_snapshot WHERE enterprise_id = ? ORDER BY recorded_on, id`,
    )
    .all(enterpriseId);

  const { id, mentorName, goOnlineAt, createdAt, ...profile } = e;
  return {
    ...base,
    enterprise: {
      id,
      ...profile,
      categories,
      baselineChannels,
      goOnlineAt: iso(goOnlineAt),
      registeredAt: iso(createdAt),
      mentor: mentorName === null ? null : { name: mentorName },
    },
    legality: answersOf("legality"),
    brand,
    brandChecks,
    trademarkPlan: answersOf("ip"),
    products,
    onlineChannels: answersOf("channels"),
    uploads,
    tasks,
    taskHistory,
    messages,
    mentoringSessions,
    impact,
  };
}

/** The export with its audit entry (what was exported is not recorded: only that it was). */
export function exportOwnData(db: Db, userId: number, options: { origin: string; ip: string | null }) {
  return db.transaction(() => {
    const data = buildDataExport(db, userId, { origin: options.origin });
    recordAudit(db, {
      actorUserId: userId,
      action: "privacy.export",
      subjectType: "user",
      subjectId: userId,
      ip: options.ip,
    });
    return data;
  })();
}
