// npm run user:create -- --role admin --email a@b.id --name "Nama Lengkap" [--phone 0812…] [--locale en]
// The password comes from USER_PASSWORD or a hidden prompt, never from an argument
// (arguments end up in shell history and process lists).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { z } from "zod";
import { createUser } from "../app/lib/accounts/accounts.server";
import { closeDb, databasePath, getDb } from "../app/lib/db.server";
import { loadRegions } from "../app/lib/migrations.server";
import { isMessageKey, translator } from "../app/utils/i18n";
import { ROLES } from "../app/utils/roles";
import { emailSchema, fullNameSchema, passwordSchema, phoneSchema } from "../app/utils/validation/account";

const t = translator("en");

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    // Piped input: read one line.
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return "";
  }
  process.stdout.write(question);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let value = "";
  return new Promise((resolve) => {
    process.stdin.on("data", (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (char === "\u0003") process.exit(130);
        if (char === "\u007f") value = value.slice(0, -1);
        else value += char;
      }
    });
  });
}

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    phone: { type: "string" },
    locale: { type: "string" },
    password: { type: "string" },
  },
  strict: true,
});
if (values.password !== undefined)
  fail("never pass a password as an argument; set USER_PASSWORD or answer the prompt.");

const schema = z.object({
  role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }),
  email: emailSchema,
  name: fullNameSchema,
  phone: phoneSchema.optional(),
  locale: z.enum(["id", "en"]).default("id"),
});
const parsed = schema.safeParse(values);
if (!parsed.success) {
  const issues = parsed.error.issues.map(
    (issue) => `--${issue.path.join(".")}: ${isMessageKey(issue.message) ? t(issue.message) : issue.message}`,
  );
  fail(issues.join("\n"));
}
const args = parsed.data;
if (args.role === "owner" && !args.phone) fail("--phone is required for an owner account.");

const password = process.env.USER_PASSWORD ?? (await promptHidden("Password (8-255 characters): "));
const passwordCheck = passwordSchema.safeParse(password);
if (!passwordCheck.success) {
  const message = passwordCheck.error.issues[0]?.message;
  fail(isMessageKey(message) ? t(message) : "invalid password.");
}

const db = getDb();
await loadRegions(db);
if (db.prepare("SELECT 1 FROM user WHERE email = ?").get(args.email))
  fail(`an account with ${args.email} already exists.`);
if (args.phone && db.prepare("SELECT 1 FROM user WHERE phone = ?").get(args.phone))
  fail("that phone number is already in use.");
const id = await createUser(db, {
  role: args.role,
  fullName: args.name,
  email: args.email,
  phone: args.phone ?? null,
  password,
  locale: args.locale,
});
console.log(`Created ${args.role} #${id} <${args.email}> in ${databasePath()}`);
closeDb();
