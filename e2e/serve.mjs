// Starts the production server for the end-to-end tests on a fresh database file.
import fs from "node:fs";

const file = process.env.DATABASE_PATH;
if (!file) throw new Error("DATABASE_PATH must be set for the e2e server");
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
if (process.env.UPLOAD_DIR) fs.rmSync(process.env.UPLOAD_DIR, { recursive: true, force: true });
if (!fs.existsSync("build/server/index.js")) throw new Error("Run `npm run build` before the e2e tests");
await import("../server.mjs");
