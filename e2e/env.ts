import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_PATH = path.resolve(process.env.E2E_DATABASE_PATH ?? "data/e2e.sqlite");
export const E2E_UPLOAD_DIR = path.resolve(process.env.E2E_UPLOAD_DIR ?? "data/e2e-uploads");
