// npm run db:seed — adds the demo accounts to DATABASE_PATH (skipping any that exist).
// Meant for the demo database; refuses to run against the default production file
// unless ALLOW_DEMO_SEED=1.
import { createUser } from "../app/lib/accounts/accounts.server";
import { closeDb, databasePath, getDb, type Db } from "../app/lib/db.server";
import { ensureTrademarkSeed } from "../app/lib/brand-check/index.server";
import { ensureJourneyTemplate } from "../app/lib/journey/journey.server";
import { loadRegions } from "../app/lib/migrations.server";
import { formatIndonesianMobile } from "../app/utils/phone";
import { seedDemoCaseload } from "./demo-caseload";
import { seedDemoEnterprises } from "./demo-enterprises";
import { seedDemoProgramme } from "./demo-programme";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "./trademark-seed";

export async function seedDemo(db: Db): Promise<void> {
  await loadRegions(db);
  ensureJourneyTemplate(db);
  // The server loads the seed of well-known marks at start; the demo's brand checks need it now.
  ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
  for (const user of DEMO_USERS) {
    if (db.prepare("SELECT 1 FROM user WHERE email = ?").get(user.email)) continue;
    await createUser(db, { ...user, password: DEMO_PASSWORD });
  }
  await seedDemoEnterprises(db);
  seedDemoCaseload(db);
  seedDemoProgramme(db);
}

export function printDemoLogins(): void {
  console.log("\nDemo logins (password for all: %s)", DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const phone = user.phone ? ` or ${formatIndonesianMobile(user.phone)}` : "";
    console.log(`  ${user.role.padEnd(6)}  ${user.email}${phone}  (${user.fullName})`);
  }
  console.log("");
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop()!);
if (isMain) {
  if (!process.env.DATABASE_PATH && process.env.ALLOW_DEMO_SEED !== "1") {
    console.error("Refusing to seed demo users into the default database. Set DATABASE_PATH (e.g. data/demo.sqlite).");
    process.exit(1);
  }
  await seedDemo(getDb());
  console.log(`Seeded demo data into ${databasePath()}`);
  printDemoLogins();
  closeDb();
}
