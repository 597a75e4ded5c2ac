import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "../../db/trademark-seed";
import { ensureTrademarkSeed } from "./brand-check/index.server";
import { closeDb, getDb } from "./db.server";
import { answerBusyWith503 } from "./http/busy.server";
import { ensureJourneyTemplate } from "./journey/journey.server";
import { loadRegions } from "./migrations.server";
import { pruneLimits } from "./rate-limit/rate-limit.server";

/**
 * Run once when the server starts: opens the database (applying migrations), loads regions
 * and publishes the journey template of db/journey-template.ts if it is new.
 */
export async function startServer(): Promise<void> {
  const db = getDb();
  // A database held busy by another process answers 503 with Retry-After, never a 500 (decision 0026).
  answerBusyWith503(db);
  await loadRegions(db);
  ensureJourneyTemplate(db);
  ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
  // Counters whose window and lock have passed (unknown identifiers, old addresses) go.
  pruneLimits(db);
}

export function stopServer(): void {
  closeDb();
}
