import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { normalizeName } from "~/utils/brand-check/normalize";
import { compareWithMark, nameKeys, type MarkReason, type NameKeys, type RiskBand } from "~/utils/brand-check/score";

export type TrademarkStatus = "registered" | "pending" | "expired" | "refused" | "in_app";
export type TrademarkSource = "seed" | "app" | "import";

export type MarkInput = {
  name: string;
  classes: number[];
  owner: string | null;
  status: TrademarkStatus;
  applicationNumber?: string | null;
  filedOn?: string | null;
  source: TrademarkSource;
  wellKnown: boolean;
  enterpriseId?: number | null;
};

/** The sound key with each one letter deleted (keys of 4 letters or more; shorter ones only match whole). */
export function deletionVariants(key: string): string[] {
  const variants = new Set([key]);
  if (key.length >= 4) for (let i = 0; i < key.length; i += 1) variants.add(key.slice(0, i) + key.slice(i + 1));
  return [...variants];
}

/** The statements `insertMark` runs; prepare them once for a bulk load and pass them to each call. */
export function markStatements(db: Db) {
  return {
    insert: db.prepare(
      `INSERT INTO trademark (name, key, phonetic, metaphone, concept, classes, owner, status, application_number, filed_on, source, well_known, enterprise_id, updated_at)
       VALUES (@name, @key, @phonetic, @metaphone, @concept, @classes, @owner, @status, @applicationNumber, @filedOn, @source, @wellKnown, @enterpriseId, @now)`,
    ),
    token: db.prepare("INSERT OR IGNORE INTO trademark_token (token, well_known, trademark_id) VALUES (?, ?, ?)"),
    variant: db.prepare("INSERT OR IGNORE INTO trademark_variant (variant, trademark_id) VALUES (?, ?)"),
  };
}

/**
 * Adds one mark with its search keys, words and sound variants. Call inside a transaction
 * (bulk loads add many); `bumpIndexVersion` once afterwards.
 */
export function insertMark(db: Db, mark: MarkInput, prepared = markStatements(db)): number {
  const keys = nameKeys(mark.name);
  const id = Number(
    prepared.insert.run({
      name: mark.name,
      key: keys.key,
      phonetic: keys.phonetic,
      metaphone: keys.metaphone,
      concept: keys.concept,
      classes: JSON.stringify([...new Set(mark.classes)].sort((a, b) => a - b)),
      owner: mark.owner,
      status: mark.status,
      applicationNumber: mark.applicationNumber ?? null,
      filedOn: mark.filedOn ?? null,
      source: mark.source,
      wellKnown: mark.wellKnown ? 1 : 0,
      enterpriseId: mark.enterpriseId ?? null,
      now: nowSeconds(),
    }).lastInsertRowid,
  );
  const words = keys.normalized.onlyGeneric ? [] : keys.normalized.distinctive;
  for (const token of new Set(words)) if (token.length >= 3) prepared.token.run(token, mark.wellKnown ? 1 : 0, id);
  for (const variant of deletionVariants(keys.phonetic)) prepared.variant.run(variant, id);
  return id;
}

export function deleteMarks(db: Db, where: { source: TrademarkSource } | { enterpriseId: number } | { id: number }) {
  const [sql, value] =
    "source" in where
      ? ["source = ?", where.source]
      : "enterpriseId" in where
        ? ["enterprise_id = ?", where.enterpriseId]
        : ["id = ?", where.id];
  const ids = db.prepare(`SELECT id FROM trademark WHERE ${sql}`).pluck().all(value) as number[];
  const dropToken = db.prepare("DELETE FROM trademark_token WHERE trademark_id = ?");
  const dropVariant = db.prepare("DELETE FROM trademark_variant WHERE trademark_id = ?");
  for (const id of ids) {
    dropToken.run(id);
    dropVariant.run(id);
  }
  db.prepare(`DELETE FROM trademark WHERE ${sql}`).run(value);
}

export function indexVersion(db: Db): number {
  return db.prepare("SELECT version FROM trademark_index_meta WHERE id = 1").pluck().get() as number;
}

export function bumpIndexVersion(db: Db): number {
  db.prepare("UPDATE trademark_index_meta SET version = version + 1, updated_at = ? WHERE id = 1").run(nowSeconds());
  return indexVersion(db);
}

/** Loads (or reloads, when its version changed) the seed of well-known marks, in one transaction. */
export function ensureTrademarkSeed(
  db: Db,
  seed: { version: number; marks: readonly Omit<MarkInput, "source" | "status">[] },
) {
  const loaded = db.prepare("SELECT seed_version FROM trademark_index_meta WHERE id = 1").pluck().get() as number;
  if (loaded >= seed.version) return false;
  db.transaction(() => {
    deleteMarks(db, { source: "seed" });
    const prepared = markStatements(db);
    for (const mark of seed.marks) insertMark(db, { ...mark, source: "seed", status: "registered" }, prepared);
    db.prepare("UPDATE trademark_index_meta SET seed_version = ? WHERE id = 1").run(seed.version);
    bumpIndexVersion(db);
  })();
  return true;
}

/** Keeps an enterprise's brand in the index (or takes it out when the name is cleared). Call inside the brand's transaction. */
export function indexEnterpriseBrand(db: Db, enterpriseId: number, name: string | null, classes: number[]) {
  deleteMarks(db, { enterpriseId });
  if (name) {
    const owner = db.prepare("SELECT name FROM enterprise WHERE id = ?").pluck().get(enterpriseId) as string | null;
    insertMark(db, { name, classes, owner, status: "in_app", source: "app", wellKnown: false, enterpriseId });
  }
  bumpIndexVersion(db);
}

type MarkRow = {
  id: number;
  name: string;
  key: string;
  phonetic: string;
  metaphone: string;
  concept: string;
  classes: string;
  owner: string | null;
  status: TrademarkStatus;
  applicationNumber: string | null;
  source: TrademarkSource;
  wellKnown: number;
  enterpriseId: number | null;
};

export type BrandMatch = {
  name: string;
  classes: number[];
  owner: string | null;
  status: TrademarkStatus;
  applicationNumber: string | null;
  source: TrademarkSource;
  wellKnown: boolean;
  score: number;
  band: RiskBand;
  reasons: MarkReason[];
};

const PER_PROBE = 60;
const MAX_CANDIDATES = 1500;

/**
 * The marks worth comparing with a name, found only by indexed equality lookups (never a
 * scan): the same key, sound key or meaning; one edit away in sound; or sharing a distinctive
 * word (famous marks first).
 */
export function retrieveCandidates(db: Db, keys: NameKeys): number[] {
  const ids = new Set<number>();
  const add = (rows: number[]) => {
    for (const id of rows) if (ids.size < MAX_CANDIDATES) ids.add(id);
  };
  const by = (column: string) => db.prepare(`SELECT id FROM trademark WHERE ${column} = ? LIMIT ${PER_PROBE}`).pluck();
  // The meaning index is partial (most names translate to nothing); the condition lets SQLite use it.
  const byConcept = db
    .prepare(`SELECT id FROM trademark WHERE concept = ? AND concept <> '' LIMIT ${PER_PROBE}`)
    .pluck();
  if (keys.key) add(by("key").all(keys.key) as number[]);
  if (keys.phonetic) add(by("phonetic").all(keys.phonetic) as number[]);
  if (keys.metaphone.length >= 3) add(by("metaphone").all(keys.metaphone) as number[]);
  if (keys.concept) add(byConcept.all(keys.concept) as number[]);
  const variant = db.prepare(`SELECT trademark_id FROM trademark_variant WHERE variant = ? LIMIT ${PER_PROBE}`).pluck();
  for (const v of deletionVariants(keys.phonetic)) add(variant.all(v) as number[]);
  const token = db
    .prepare(`SELECT trademark_id FROM trademark_token WHERE token = ? ORDER BY well_known DESC LIMIT ${PER_PROBE}`)
    .pluck();
  const words = keys.normalized.onlyGeneric ? [] : keys.normalized.distinctive;
  for (const word of new Set([...words, keys.key])) if (word.length >= 3) add(token.all(word) as number[]);
  return [...ids];
}

/**
 * Checks a name against the index: candidates by lookup, each scored, the risky ones ranked
 * (the highest first). `excludeEnterpriseId` leaves out the owner's own brand.
 */
export function checkBrandName(
  db: Db,
  name: string,
  classes: number[],
  options: { excludeEnterpriseId?: number; limit?: number } = {},
): BrandMatch[] {
  const keys = nameKeys(name);
  if (!keys.key) return [];
  const ids = retrieveCandidates(db, keys);
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, name, key, phonetic, metaphone, concept, classes, owner, status, application_number AS applicationNumber,
              source, well_known AS wellKnown, enterprise_id AS enterpriseId
         FROM trademark WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as MarkRow[];
  const matches: BrandMatch[] = [];
  for (const row of rows) {
    if (options.excludeEnterpriseId !== undefined && row.enterpriseId === options.excludeEnterpriseId) continue;
    const markClasses = JSON.parse(row.classes) as number[];
    // The stored keys spare recomputing sound codes for every candidate.
    const stored: NameKeys = {
      name: row.name,
      normalized: normalizeName(row.name),
      key: row.key,
      phonetic: row.phonetic,
      metaphone: row.metaphone,
      concept: row.concept,
    };
    const comparison = compareWithMark(keys, classes, {
      name: row.name,
      classes: markClasses,
      wellKnown: row.wellKnown === 1,
      keys: stored,
    });
    if (!comparison.band) continue;
    matches.push({
      name: row.name,
      classes: markClasses,
      owner: row.owner,
      status: row.status,
      applicationNumber: row.applicationNumber,
      source: row.source,
      wellKnown: row.wellKnown === 1,
      score: Math.round(comparison.score * 100) / 100,
      band: comparison.band,
      reasons: comparison.reasons,
    });
  }
  matches.sort(
    (a, b) => b.score - a.score || Number(b.wellKnown) - Number(a.wellKnown) || a.name.localeCompare(b.name),
  );
  return matches.slice(0, options.limit ?? 10);
}
