// npm run demo — (after the build) migrates and seeds a separate demo database,
// prints the demo logins and serves the production build on http://localhost:3000.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { closeDb, getDb } from "../app/lib/db.server";
import { PRODUCTION_NODE_FLAGS } from "../bench/server";
import { printDemoLogins, seedDemo } from "./seed";

process.env.DATABASE_PATH ??= path.resolve("data/demo.sqlite");
process.env.UPLOAD_DIR ??= path.resolve("data/demo-uploads");
if (!fs.existsSync("build/server/index.js")) {
  console.error("No production build found: run `npm run build` first (npm run demo does).");
  process.exit(1);
}
await seedDemo(getDb());
closeDb();
printDemoLogins();

const server = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, "server.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", INSECURE_COOKIES: process.env.INSECURE_COOKIES ?? "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
