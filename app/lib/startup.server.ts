import { closeDb, getDb } from "./db.server";
import { loadRegions } from "./migrations.server";

/** Run once when the server starts: opens the database (applying migrations) and loads regions. */
export async function startServer(): Promise<void> {
  await loadRegions(getDb());
}

export function stopServer(): void {
  closeDb();
}
