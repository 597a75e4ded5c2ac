import { insertMark, markStatements } from "../app/lib/brand-check/index.server";
import type { Db } from "../app/lib/db.server";

// Made-up trademarks that look like Indonesian brand names ("Kopi Sabaru Jaya"), for the
// brand-check benchmark and the synthetic national database. `random` is the caller's seeded
// generator, so each builds the same index every time.
const SYLLABLES =
  "ka ki ku ke ko ma mi mu me mo sa si su se so ta ti tu te to na ni nu ne no ra ri ru re ro la li lu le lo ja ji ju wa wi ya yu ba bi bu be bo da di du de do ga gi gu ge go pa pi pu pe po ha hi nga nya an in ar am".split(
    " ",
  );
const PREFIX = [
  "",
  "",
  "",
  "Kopi",
  "Toko",
  "Warung",
  "Keripik",
  "Batik",
  "Sambal",
  "Roti",
  "CV",
  "PT",
  "Kedai",
  "Dapur",
];
const SUFFIX = ["", "", "", "", "Jaya", "Makmur", "Sejahtera", "Abadi", "Garut", "Bandung", "Jogja", "Bali", "Indonesia",
  "Official", "Mandiri", "Sentosa"]; // prettier-ignore
const CLASSES = [3, 5, 14, 16, 18, 20, 21, 24, 25, 29, 30, 31, 32, 35, 41, 43, 44];
const STATUSES = ["registered", "registered", "pending", "expired", "refused"] as const;

/** Draws names, classes and statuses from `random`, in the order the call sites make them. */
export function generatedMarkMaker(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = () => {
    const n = 2 + Math.floor(random() * 3);
    let w = "";
    for (let i = 0; i < n; i += 1) w += pick(SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return {
    name: () => [pick(PREFIX), word(), random() < 0.4 ? word() : "", pick(SUFFIX)].filter(Boolean).join(" "),
    niceClass: () => pick(CLASSES),
    status: () => pick(STATUSES),
  };
}

/**
 * Inserts `count` generated marks with application numbers `<prefix><first + i>` (10 digits), in
 * transactions of `batch`; `onBatch` hears how many are done. The caller bumps the index version.
 */
export function insertGeneratedMarks(
  db: Db,
  options: {
    count: number;
    random: () => number;
    prefix: string;
    first: number;
    batch: number;
    onBatch?: (done: number) => void;
  },
): void {
  const { count, prefix, first, batch } = options;
  const make = generatedMarkMaker(options.random);
  // Prepared once: preparing them for every mark took a third of the time.
  const prepared = markStatements(db);
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    db.transaction(() => {
      for (let i = 0; i < size; i += 1) {
        insertMark(
          db,
          {
            name: make.name(),
            classes: [make.niceClass()],
            owner: null,
            status: make.status(),
            applicationNumber: `${prefix}${String(first + done + i).padStart(10, "0")}`,
            source: "import",
            wellKnown: false,
          },
          prepared,
        );
      }
    })();
    options.onBatch?.(done + size);
  }
}
