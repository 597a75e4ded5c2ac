// npm run db:migrate — applies pending migrations to DATABASE_PATH (default data/app.sqlite)
// and loads the administrative regions.
import { databasePath, openDatabase } from "../app/lib/db.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { loadRegions, migrate } from "../app/lib/migrations.server";

const db = openDatabase(databasePath());
const applied = migrate(db);
const regions = await loadRegions(db);
ensureJourneyTemplate(db);
const versions = db.prepare("SELECT version, name FROM schema_migration ORDER BY version").all() as {
  version: number;
  name: string;
}[];
console.log(`Database: ${databasePath()}`);
console.log(`Migrations recorded: ${versions.map((v) => v.name).join(", ")}${applied.length ? "" : " (up to date)"}`);
if (regions) console.log(`Regions loaded: ${regions} (idn-area-data, Kepmendagri 2025)`);
db.close();
