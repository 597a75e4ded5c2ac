// npm run db:generate -- --enterprises 1000000 --mentors 5000 --out data/synthetic.sqlite
//   [--marks 1000000] [--seed 2026] [--now 2026-12-01] [--force]
// Writes a new synthetic database (see db/synthetic.ts and README "Synthetic data"). Refuses to
// replace an existing file unless --force is given.
import { parseArgs } from "node:util";
import path from "node:path";
import {
  ADMIN_COUNT,
  adminEmail,
  generateSyntheticDatabase,
  mentorEmail,
  ownerEmail,
  SYNTHETIC_PASSWORD,
} from "./synthetic";

function fail(message: string): never {
  console.error(`db:generate: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    enterprises: { type: "string", default: "1000000" },
    mentors: { type: "string", default: "5000" },
    marks: { type: "string", default: "1000000" },
    seed: { type: "string", default: "2026" },
    now: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean", default: false },
  },
});

const count = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}`);
  return n;
};
if (!values.out) fail("--out <file> is required");
const enterprises = count("enterprises", values.enterprises, 1);
const mentors = count("mentors", values.mentors, 1);
const marks = count("marks", values.marks, 0);
const seed = count("seed", values.seed, 0);
const nowMs = values.now ? Date.parse(values.now) : Date.now();
if (Number.isNaN(nowMs)) fail("--now must be a date such as 2026-12-01");
const out = path.resolve(values.out);

try {
  const result = await generateSyntheticDatabase({
    out,
    enterprises,
    mentors,
    marks,
    seed,
    now: Math.floor(nowMs / 1000),
    force: values.force,
    log: (line) => console.log(line),
  });
  console.log("");
  for (const [table, n] of Object.entries(result.counts)) console.log(`${table.padEnd(18)} ${n.toLocaleString("en")}`);
  console.log(`\nWrote ${out}: ${(result.bytes / 1024 / 1024).toFixed(0)} MB in ${result.seconds.toFixed(1)} s`);
  console.log(`\nSign in with password "${SYNTHETIC_PASSWORD}" as:`);
  console.log(`  admins  ${adminEmail(1)}, ${adminEmail(2)} … ${adminEmail(ADMIN_COUNT)}`);
  console.log(`  mentors ${mentorEmail(1)} … ${mentorEmail(mentors)}`);
  console.log(`  owners  ${ownerEmail(1)} … ${ownerEmail(enterprises)}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
