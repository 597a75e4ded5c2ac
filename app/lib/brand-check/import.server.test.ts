import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise } from "../test-db.server";
import { nameKeys } from "~/utils/brand-check/score";
import { TRADEMARK_SEED, TRADEMARK_SEED_VERSION } from "../../../db/trademark-seed";
import {
  checkBrandName,
  deletionVariants,
  ensureTrademarkSeed,
  indexEnterpriseBrand,
  indexVersion,
} from "./index.server";
import { importTrademarkCsv, indexCounts, type ImportReport } from "./import.server";

let db: Db;

beforeEach(async () => {
  db = await createJourneyTestDb();
});

const HEADER = "Nomor Permohonan,Nama Merek,Kelas,Pemilik,Status,Tanggal Penerimaan";
const ENGLISH_HEADER = "application_number, mark_name, class, owner, status, date";

/** A CSV file: the header and rows, one a line. */
function csv(...lines: string[]): string {
  return lines.join("\n") + "\n";
}

type TrademarkRow = {
  id: number;
  name: string;
  classes: string;
  owner: string | null;
  status: string;
  application_number: string | null;
  filed_on: string | null;
  source: string;
  well_known: number;
  enterprise_id: number | null;
};

function trademarkRows(where = "1 = 1", ...params: unknown[]): TrademarkRow[] {
  return db
    .prepare(
      `SELECT id, name, classes, owner, status, application_number, filed_on, source, well_known, enterprise_id
         FROM trademark WHERE ${where} ORDER BY id`,
    )
    .all(...params) as TrademarkRow[];
}
function byNumber(applicationNumber: string): TrademarkRow | undefined {
  return trademarkRows("application_number = ?", applicationNumber)[0];
}
function tokenCount(trademarkId: number): number {
  return db.prepare("SELECT count(*) FROM trademark_token WHERE trademark_id = ?").pluck().get(trademarkId) as number;
}
function variantCount(trademarkId: number): number {
  return db.prepare("SELECT count(*) FROM trademark_variant WHERE trademark_id = ?").pluck().get(trademarkId) as number;
}
function tokensOf(trademarkId: number): string[] {
  return db
    .prepare("SELECT token FROM trademark_token WHERE trademark_id = ? ORDER BY token")
    .pluck()
    .all(trademarkId) as string[];
}
function variantsOf(trademarkId: number): string[] {
  return db
    .prepare("SELECT variant FROM trademark_variant WHERE trademark_id = ? ORDER BY variant")
    .pluck()
    .all(trademarkId) as string[];
}
function tableCounts() {
  return {
    marks: countRows(db, "trademark"),
    tokens: countRows(db, "trademark_token"),
    variants: countRows(db, "trademark_variant"),
  };
}
/** Token and variant rows whose mark is gone. */
function orphans(): { tokens: number; variants: number } {
  return {
    tokens: db
      .prepare("SELECT count(*) FROM trademark_token WHERE trademark_id NOT IN (SELECT id FROM trademark)")
      .pluck()
      .get() as number,
    variants: db
      .prepare("SELECT count(*) FROM trademark_variant WHERE trademark_id NOT IN (SELECT id FROM trademark)")
      .pluck()
      .get() as number,
  };
}

/** Imports and asserts the file was read (no missing columns), for typed access to the counts. */
function importOk(text: string): Extract<ImportReport, { ok: true }> {
  const report = importTrademarkCsv(db, text);
  if (!report.ok) throw new Error(`missing columns: ${report.missingColumns.join(", ")}`);
  return report;
}

/** One valid row with the Indonesian header, for checking a single field. */
function oneRow(fields: { number?: string; name?: string; classes?: string; status?: string; date?: string }) {
  const row = [
    fields.number ?? "DID2024000001",
    fields.name ?? "Kripik Maicih",
    fields.classes ?? "29",
    "PT Maicih Inovasi Rasa",
    fields.status ?? "Didaftar",
    fields.date ?? "2024-03-01",
  ];
  return csv(HEADER, row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(","));
}

const PDKI_EXPORT = csv(
  HEADER,
  'DID2024000001,Kripik Maicih,"29, 30",PT Maicih Inovasi Rasa,Didaftar,2024-03-01',
  'DID2024000002,Sari Roti,30,"Sari Roti, PT",Dalam Proses,01/03/2024',
  "JID2023000003,Kopi Tuku,43;30,,Berakhir,",
  "DID2022000004,Sambal Bu Rudy,30,CV Bu Rudy,Ditolak,15/12/2022",
);

describe("importTrademarkCsv", () => {
  describe("reading a PDKI export", () => {
    it("imports every row of an export with Indonesian headers and a byte-order mark", () => {
      const report = importTrademarkCsv(db, "\uFEFF" + PDKI_EXPORT);

      expect(report).toEqual({ ok: true, added: 4, updated: 0, rejected: [] });
      expect(trademarkRows()).toEqual([
        {
          id: expect.any(Number),
          name: "Kripik Maicih",
          classes: "[29,30]",
          owner: "PT Maicih Inovasi Rasa",
          status: "registered",
          application_number: "DID2024000001",
          filed_on: "2024-03-01",
          source: "import",
          well_known: 0,
          enterprise_id: null,
        },
        {
          id: expect.any(Number),
          name: "Sari Roti",
          classes: "[30]",
          owner: "Sari Roti, PT",
          status: "pending",
          application_number: "DID2024000002",
          filed_on: "2024-03-01",
          source: "import",
          well_known: 0,
          enterprise_id: null,
        },
        {
          id: expect.any(Number),
          name: "Kopi Tuku",
          classes: "[30,43]",
          owner: null,
          status: "expired",
          application_number: "JID2023000003",
          filed_on: null,
          source: "import",
          well_known: 0,
          enterprise_id: null,
        },
        {
          id: expect.any(Number),
          name: "Sambal Bu Rudy",
          classes: "[30]",
          owner: "CV Bu Rudy",
          status: "refused",
          application_number: "DID2022000004",
          filed_on: "2022-12-15",
          source: "import",
          well_known: 0,
          enterprise_id: null,
        },
      ]);
    });

    it("reads the same file without a byte-order mark alike", () => {
      expect(importTrademarkCsv(db, PDKI_EXPORT)).toEqual({ ok: true, added: 4, updated: 0, rejected: [] });
      expect(byNumber("DID2024000001")?.name).toBe("Kripik Maicih");
    });

    it("reads Windows line endings", () => {
      expect(importTrademarkCsv(db, "\uFEFF" + PDKI_EXPORT.replace(/\n/g, "\r\n"))).toEqual({
        ok: true,
        added: 4,
        updated: 0,
        rejected: [],
      });
      expect(byNumber("DID2022000004")).toMatchObject({ name: "Sambal Bu Rudy", filed_on: "2022-12-15" });
    });

    it("indexes each mark's distinctive words and sound variants", () => {
      importOk(PDKI_EXPORT);
      const maicih = byNumber("DID2024000001")!;
      expect(tokensOf(maicih.id)).toContain("maicih");
      expect(variantsOf(maicih.id)).toEqual([...deletionVariants(nameKeys("Kripik Maicih").phonetic)].sort());
    });

    it("accepts English headers in any order, ignoring other columns", () => {
      const report = importTrademarkCsv(
        db,
        csv(
          ENGLISH_HEADER + ", remarks",
          'DID2024000001,Kripik Maicih,"29, 30",PT Maicih Inovasi Rasa,registered,2024-03-01,x',
          "DID2024000002,Kopi Tuku,43,,PENDING,01/06/2023,",
        ),
      );
      expect(report).toEqual({ ok: true, added: 2, updated: 0, rejected: [] });
      expect(byNumber("DID2024000001")).toMatchObject({
        name: "Kripik Maicih",
        classes: "[29,30]",
        owner: "PT Maicih Inovasi Rasa",
        status: "registered",
        filed_on: "2024-03-01",
      });
      expect(byNumber("DID2024000002")).toMatchObject({ name: "Kopi Tuku", status: "pending", filed_on: "2023-06-01" });

      const reordered = importOk(csv("Status,Kelas,Merek,No. Permohonan", "Ditolak,25,Baju Kita,DID2024000003"));
      expect(reordered).toMatchObject({ added: 1, rejected: [] });
      expect(byNumber("DID2024000003")).toMatchObject({
        name: "Baju Kita",
        classes: "[25]",
        status: "refused",
        owner: null,
        filed_on: null,
      });
    });

    it("normalises application numbers to upper case without spaces", () => {
      importOk(oneRow({ number: "did 2024 000001" }));
      expect(trademarkRows().map((r) => r.application_number)).toEqual(["DID2024000001"]);
    });

    it.each([
      ["29, 30", "[29,30]"],
      ["29;30", "[29,30]"],
      ["29; 30", "[29,30]"],
      ["29 30", "[29,30]"],
      ["29/30", "[29,30]"],
      ["30, 29, 30", "[29,30]"],
      ["1", "[1]"],
      ["45", "[45]"],
    ])("reads the classes %j as %s", (classes, stored) => {
      expect(importOk(oneRow({ classes }))).toMatchObject({ added: 1, rejected: [] });
      expect(trademarkRows()[0]!.classes).toBe(stored);
    });

    it("reads several classes unquoted with semicolons in a comma-separated file", () => {
      const report = importOk(
        csv(
          HEADER,
          "DID2024000001,Kripik Maicih,29;30,PT Maicih,Didaftar,2024-03-01",
          "DID2024000002,Kopi Tuku,43,PT Tuku,Didaftar,2024-03-01",
        ),
      );
      expect(report).toMatchObject({ added: 2, rejected: [] });
      expect(byNumber("DID2024000001")!.classes).toBe("[29,30]");
    });

    it.each([
      ["Didaftar", "registered"],
      ["DIDAFTAR", "registered"],
      ["didaftar", "registered"],
      ["Terdaftar", "registered"],
      ["Dalam Proses", "pending"],
      ["dalam proses", "pending"],
      ["DALAM PROSES", "pending"],
      ["Diajukan", "pending"],
      ["Menunggu Pemeriksaan", "pending"],
      ["Pemeriksaan Substantif", "pending"],
      ["Berakhir", "expired"],
      ["berakhir", "expired"],
      ["Kadaluarsa", "expired"],
      ["Kedaluwarsa", "expired"],
      ["Dihapus", "expired"],
      ["Ditolak", "refused"],
      ["DITOLAK", "refused"],
      ["Registered", "registered"],
      ["Pending", "pending"],
      ["Expired", "expired"],
      ["Refused", "refused"],
      [" Didaftar ", "registered"],
    ])("maps the status %j to %s", (status, stored) => {
      expect(importOk(oneRow({ status }))).toMatchObject({ added: 1, rejected: [] });
      expect(trademarkRows()[0]!.status).toBe(stored);
    });

    it.each([
      ["2024-03-01", "2024-03-01"],
      ["01/03/2024", "2024-03-01"],
      ["1/3/2024", "2024-03-01"],
      ["01.03.2024", "2024-03-01"],
      ["01-03-2024", "2024-03-01"],
      ["2024-03-01 10:15:00", "2024-03-01"],
      ["2024-03-01T10:15:00Z", "2024-03-01"],
      ["31/12/2023", "2023-12-31"],
      ["", null],
      ["   ", null],
    ])("stores the date %j as %j", (date, stored) => {
      expect(importOk(oneRow({ date }))).toMatchObject({ added: 1, rejected: [] });
      expect(trademarkRows()[0]!.filed_on).toBe(stored);
    });

    it("leaves the date and owner empty when their columns are absent", () => {
      expect(importOk(csv("Nomor Permohonan,Nama Merek,Kelas,Status", "DID2024000001,Kopi Tuku,43,Didaftar"))).toEqual({
        ok: true,
        added: 1,
        updated: 0,
        rejected: [],
      });
      expect(byNumber("DID2024000001")).toMatchObject({ owner: null, filed_on: null });
    });

    it("accepts a name of exactly 200 characters", () => {
      const name = "K".repeat(200);
      expect(importOk(oneRow({ name }))).toMatchObject({ added: 1, rejected: [] });
      expect(trademarkRows()[0]!.name).toBe(name);
    });
  });

  describe("refused rows", () => {
    it("lists each refused row with its line and reason and imports the rest", () => {
      const report = importTrademarkCsv(
        db,
        csv(
          HEADER, // line 1
          "DID2024000001,Kripik Maicih,29,PT Maicih,Didaftar,2024-03-01", // 2: ok
          ",Tanpa Nomor,29,,Didaftar,", // 3
          "DID2024000003,,29,,Didaftar,", // 4
          "DID2024000004,Kelas Nol,0,,Didaftar,", // 5
          "DID2024000005,Kelas Empat Enam,46,,Didaftar,", // 6
          "DID2024000006,Kelas Huruf,abc,,Didaftar,", // 7
          "DID2024000007,Status Aneh,30,,Entah,", // 8
          "DID2024000008,Tanggal Aneh,30,,Didaftar,1 Maret 2024", // 9
          "did 2024 000001,Maicih Lagi,29,,Didaftar,", // 10: the number of line 2
          "DID2024000011,Kopi Tuku,43,,Dalam Proses,01/06/2023", // 11: ok
        ),
      );

      expect(report).toEqual({
        ok: true,
        added: 2,
        updated: 0,
        rejected: [
          { line: 3, reason: "noApplicationNumber" },
          { line: 4, reason: "noName" },
          { line: 5, reason: "badClass" },
          { line: 6, reason: "badClass" },
          { line: 7, reason: "badClass" },
          { line: 8, reason: "badStatus" },
          { line: 9, reason: "badDate" },
          { line: 10, reason: "duplicateInFile" },
        ],
      });
      expect(trademarkRows().map((r) => [r.application_number, r.name])).toEqual([
        ["DID2024000001", "Kripik Maicih"],
        ["DID2024000011", "Kopi Tuku"],
      ]);
    });

    it.each(["0", "46", "abc", "", "29, 46", "29;abc", "2.5", "-1", "kelas 29"])(
      "refuses the classes %j",
      (classes) => {
        expect(importOk(oneRow({ classes }))).toEqual({
          ok: true,
          added: 0,
          updated: 0,
          rejected: [{ line: 2, reason: "badClass" }],
        });
        expect(countRows(db, "trademark")).toBe(0);
      },
    );

    it.each(["", "Entah", "Didaftar ulang", "Dalam-Proses", "in_app"])("refuses the status %j", (status) => {
      expect(importOk(oneRow({ status }))).toEqual({
        ok: true,
        added: 0,
        updated: 0,
        rejected: [{ line: 2, reason: "badStatus" }],
      });
    });

    // Only a yyyy-mm-dd prefix or a d/m/yyyy date (separated by "/", "." or "-") is read.
    it.each(["1 Maret 2024", "2024/03/01", "20240301", "01/03/24", "03/2024", "Maret 2024", "2024-3-1", "x2024-03-01"])(
      "refuses the date %j",
      (date) => {
        expect(importOk(oneRow({ date }))).toEqual({
          ok: true,
          added: 0,
          updated: 0,
          rejected: [{ line: 2, reason: "badDate" }],
        });
      },
    );

    // A date in a readable shape that names no day of the calendar is as unreadable as any other:
    // it must not be stored as a filing date ("2024-31-31" passes the column's GLOB check).
    it.each(["31-31-2024", "2024-13-01", "2024-02-30", "00/03/2024", "31/04/2024"])(
      "refuses the impossible date %j",
      (date) => {
        expect(importOk(oneRow({ date }))).toEqual({
          ok: true,
          added: 0,
          updated: 0,
          rejected: [{ line: 2, reason: "badDate" }],
        });
        expect(countRows(db, "trademark")).toBe(0);
      },
    );

    it("refuses a name longer than 200 characters as noName", () => {
      expect(importOk(oneRow({ name: "K".repeat(201) }))).toMatchObject({
        added: 0,
        rejected: [{ line: 2, reason: "noName" }],
      });
    });

    it("gives the first reason when a row has several faults", () => {
      expect(importOk(csv(HEADER, ",,0,,Entah,kemarin", "DID1,,0,,Entah,kemarin", "DID2,X,0,,Entah,kemarin"))).toEqual({
        ok: true,
        added: 0,
        updated: 0,
        rejected: [
          { line: 2, reason: "noApplicationNumber" },
          { line: 3, reason: "noName" },
          { line: 4, reason: "badClass" },
        ],
      });
    });

    it("keeps the first of two rows with the same number, and a later one when the first was refused", () => {
      const report = importOk(
        csv(
          HEADER,
          "DID2024000001,Kripik Maicih,29,,Didaftar,",
          "DID2024000001,Kripik Maicih Baru,29,,Didaftar,",
          "DID2024000002,Kopi Tuku,43,,Entah,",
          "DID2024000002,Kopi Tuku,43,,Didaftar,",
        ),
      );
      expect(report).toEqual({
        ok: true,
        added: 2,
        updated: 0,
        rejected: [
          { line: 3, reason: "duplicateInFile" },
          { line: 4, reason: "badStatus" },
        ],
      });
      expect(byNumber("DID2024000001")!.name).toBe("Kripik Maicih");
      expect(byNumber("DID2024000002")!.status).toBe("registered");
    });

    it("refuses an unknown status even when it names a property of every object", () => {
      // Words such as "constructor" must not be looked up on Object.prototype.
      const report = importTrademarkCsv(
        db,
        csv(
          HEADER,
          "DID2024000001,Kripik Maicih,29,,Didaftar,",
          "DID2024000002,Kopi Tuku,43,,constructor,",
          "DID2024000003,Sari Roti,30,,toString,",
        ),
      );
      expect(report).toEqual({
        ok: true,
        added: 1,
        updated: 0,
        rejected: [
          { line: 3, reason: "badStatus" },
          { line: 4, reason: "badStatus" },
        ],
      });
    });

    it("counts a blank line in the file when numbering the lines of refused rows", () => {
      const report = importOk(
        csv(
          HEADER, // line 1
          "DID2024000001,Kripik Maicih,29,,Didaftar,", // 2
          "", // 3
          "DID2024000003,Kopi Tuku,46,,Didaftar,", // 4
        ),
      );
      expect(report.rejected).toEqual([{ line: 4, reason: "badClass" }]);
    });

    it("does not abort the whole import over an owner longer than the index stores", () => {
      // The owner column is free text; the table keeps at most 300 characters.
      const owner = "PT " + "Panjang Sekali ".repeat(25);
      expect(owner.length).toBeGreaterThan(300);
      const text = csv(
        HEADER,
        "DID2024000001,Kripik Maicih,29,PT Maicih,Didaftar,",
        `DID2024000002,Kopi Tuku,43,${owner},Didaftar,`,
      );
      const report = importOk(text);
      expect(report.added + report.rejected.length).toBe(2);
      expect(byNumber("DID2024000001")?.name).toBe("Kripik Maicih");
    });

    it("does not abort the whole import over an application number longer than the index stores", () => {
      const text = csv(
        HEADER,
        "DID2024000001,Kripik Maicih,29,PT Maicih,Didaftar,",
        `DID${"0".repeat(40)},Kopi Tuku,43,,Didaftar,`,
      );
      const report = importOk(text);
      expect(report.added + report.rejected.length).toBe(2);
      expect(byNumber("DID2024000001")?.name).toBe("Kripik Maicih");
    });
  });

  describe("missing columns", () => {
    it("refuses the whole file and writes nothing", () => {
      const before = indexVersion(db);
      const report = importTrademarkCsv(
        db,
        csv(
          "Nomor Permohonan,Nama Merek,Pemilik,Tanggal Penerimaan",
          "DID2024000001,Kripik Maicih,PT Maicih,2024-03-01",
        ),
      );
      expect(report).toEqual({ ok: false, missingColumns: ["classes", "status"] });
      expect(tableCounts()).toEqual({ marks: 0, tokens: 0, variants: 0 });
      expect(indexVersion(db)).toBe(before);
    });

    it("names every required column of an empty file, and never the optional ones", () => {
      expect(importTrademarkCsv(db, "")).toEqual({
        ok: false,
        missingColumns: ["applicationNumber", "name", "classes", "status"],
      });
      expect(importTrademarkCsv(db, "\uFEFF")).toEqual({
        ok: false,
        missingColumns: ["applicationNumber", "name", "classes", "status"],
      });
    });

    it("names a missing application number column of an English file", () => {
      expect(importTrademarkCsv(db, csv("mark_name,class,owner,status,date", "Kopi Tuku,43,,registered,"))).toEqual({
        ok: false,
        missingColumns: ["applicationNumber"],
      });
      expect(countRows(db, "trademark")).toBe(0);
    });
  });

  describe("importing again", () => {
    it("is idempotent: the same file twice updates every mark and adds nothing", () => {
      const first = importOk("\uFEFF" + PDKI_EXPORT);
      expect(first).toMatchObject({ added: 4, updated: 0, rejected: [] });
      const afterFirst = tableCounts();
      const rowsAfterFirst = trademarkRows().map(({ id: _id, ...row }) => row);

      const second = importOk("\uFEFF" + PDKI_EXPORT);
      expect(second).toEqual({ ok: true, added: 0, updated: 4, rejected: [] });
      expect(tableCounts()).toEqual(afterFirst);
      expect(trademarkRows().map(({ id: _id, ...row }) => row)).toEqual(rowsAfterFirst);
      expect(orphans()).toEqual({ tokens: 0, variants: 0 });
    });

    it("reports the same refused rows each time", () => {
      const text = csv(HEADER, "DID2024000001,Kripik Maicih,29,,Didaftar,", "DID2024000002,Kopi Tuku,99,,Didaftar,");
      expect(importOk(text)).toEqual({ ok: true, added: 1, updated: 0, rejected: [{ line: 3, reason: "badClass" }] });
      expect(importOk(text)).toEqual({ ok: true, added: 0, updated: 1, rejected: [{ line: 3, reason: "badClass" }] });
      expect(countRows(db, "trademark")).toBe(1);
    });

    it("replaces a mark whose application number is already in the index, with its words and variants", () => {
      // A second mark with a higher id, so that the replacement cannot take over the old id.
      importOk(
        csv(HEADER, "DID2024000001,Kripik Maicih,29,PT Maicih,Didaftar,", "DID2024000009,Batik Bu Tini,25,,Didaftar,"),
      );
      const old = byNumber("DID2024000001")!;
      expect(tokenCount(old.id)).toBeGreaterThan(0);
      expect(variantCount(old.id)).toBeGreaterThan(0);
      const other = byNumber("DID2024000009")!;
      const otherIndex = { tokens: tokenCount(other.id), variants: variantCount(other.id) };

      const report = importOk(
        csv(
          HEADER,
          "did 2024 000001,Sambal Bu Rudy,30,CV Bu Rudy,Berakhir,01/02/2020",
          "DID2024000002,Kopi Tuku,43,,Didaftar,",
        ),
      );
      expect(report).toEqual({ ok: true, added: 1, updated: 1, rejected: [] });

      expect(trademarkRows("application_number = ?", "DID2024000001")).toEqual([
        {
          id: expect.any(Number),
          name: "Sambal Bu Rudy",
          classes: "[30]",
          owner: "CV Bu Rudy",
          status: "expired",
          application_number: "DID2024000001",
          filed_on: "2020-02-01",
          source: "import",
          well_known: 0,
          enterprise_id: null,
        },
      ]);
      const replaced = byNumber("DID2024000001")!;
      expect(replaced.id).not.toBe(old.id);
      // The old mark, its words and its sound variants are gone …
      expect(trademarkRows("id = ?", old.id)).toEqual([]);
      expect(tokenCount(old.id)).toBe(0);
      expect(variantCount(old.id)).toBe(0);
      // … the new name's are there …
      expect(tokensOf(replaced.id)).toContain("rudy");
      expect(tokensOf(replaced.id)).not.toContain("maicih");
      expect(variantsOf(replaced.id)).toEqual([...deletionVariants(nameKeys("Sambal Bu Rudy").phonetic)].sort());
      // … and the mark not in the file is untouched.
      expect(byNumber("DID2024000009")).toEqual(other);
      expect({ tokens: tokenCount(other.id), variants: variantCount(other.id) }).toEqual(otherIndex);
      expect(orphans()).toEqual({ tokens: 0, variants: 0 });
      expect(countRows(db, "trademark")).toBe(3);

      // The old name is no longer found; the new one is.
      expect(checkBrandName(db, "Kripik Maicih", [29]).filter((m) => m.applicationNumber === "DID2024000001")).toEqual(
        [],
      );
      expect(checkBrandName(db, "Sambal Bu Rudy", [30])[0]).toMatchObject({
        name: "Sambal Bu Rudy",
        source: "import",
        applicationNumber: "DID2024000001",
      });
    });

    it("leaves marks of the seed and of the app alone", () => {
      ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
      const { enterprise } = insertTestEnterprise(db);
      indexEnterpriseBrand(db, enterprise.id, "Sambal Mbok Sri", [30]);
      const before = indexCounts(db);

      importOk(PDKI_EXPORT);
      importOk(PDKI_EXPORT);
      expect(indexCounts(db)).toEqual({ ...before, import: 4 });
    });
  });

  describe("the index version", () => {
    it("is raised exactly once by an import that adds or updates marks", () => {
      const start = indexVersion(db);
      importOk(PDKI_EXPORT);
      expect(indexVersion(db)).toBe(start + 1);
      importOk(PDKI_EXPORT);
      expect(indexVersion(db)).toBe(start + 2);
    });

    it("is raised by an import in which only some rows were accepted", () => {
      const start = indexVersion(db);
      importOk(csv(HEADER, "DID2024000001,Kripik Maicih,29,,Didaftar,", ",Tanpa Nomor,29,,Didaftar,"));
      expect(indexVersion(db)).toBe(start + 1);
    });

    it("is left alone when no row was accepted", () => {
      const start = indexVersion(db);
      expect(importOk(csv(HEADER, ",Tanpa Nomor,29,,Didaftar,", "DID1,Kelas Salah,99,,Didaftar,"))).toMatchObject({
        added: 0,
        updated: 0,
      });
      expect(importOk(csv(HEADER))).toEqual({ ok: true, added: 0, updated: 0, rejected: [] });
      expect(indexVersion(db)).toBe(start);
      expect(countRows(db, "trademark")).toBe(0);
    });
  });

  describe("the transaction", () => {
    it("writes nothing when a row fails part-way through the file", () => {
      importOk(oneRow({ number: "DID2024000001", name: "Kripik Maicih" }));
      const before = { counts: tableCounts(), version: indexVersion(db), rows: trademarkRows() };
      // Make the database refuse the third mark of the file.
      db.exec(
        "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON trademark WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
      );

      expect(() =>
        importTrademarkCsv(
          db,
          csv(
            HEADER,
            "DID2024000001,Kripik Maicih Baru,29,,Didaftar,",
            "DID2024000002,Kopi Tuku,43,,Didaftar,",
            "DID2024000003,Boom,30,,Didaftar,",
            "DID2024000004,Sari Roti,30,,Didaftar,",
          ),
        ),
      ).toThrow(/boom/);

      expect(tableCounts()).toEqual(before.counts);
      expect(trademarkRows()).toEqual(before.rows);
      expect(indexVersion(db)).toBe(before.version);
      expect(orphans()).toEqual({ tokens: 0, variants: 0 });
    });
  });

  describe("checking a name against imported marks", () => {
    it("finds an imported mark by a near-spelling in the same class", () => {
      importOk(oneRow({ number: "DID2024000001", name: "Kripik Maicih", classes: "29", status: "Didaftar" }));
      const matches = checkBrandName(db, "Keripik Maycih", [29]);
      expect(matches[0]).toMatchObject({
        name: "Kripik Maicih",
        source: "import",
        status: "registered",
        applicationNumber: "DID2024000001",
        classes: [29],
        owner: "PT Maicih Inovasi Rasa",
        wellKnown: false,
      });
      expect(matches[0]!.band).not.toBeNull();
    });

    it("finds every mark of an imported file", () => {
      importOk(PDKI_EXPORT);
      expect(checkBrandName(db, "Sari Roti", [30])[0]).toMatchObject({ name: "Sari Roti", owner: "Sari Roti, PT" });
      expect(checkBrandName(db, "Kopi Tuku", [43])[0]).toMatchObject({ name: "Kopi Tuku", status: "expired" });
    });
  });
});

describe("indexCounts", () => {
  it("gives zero for every source of an empty index", () => {
    expect(indexCounts(db)).toEqual({ seed: 0, app: 0, import: 0 });
  });

  it("counts the marks of each source", () => {
    ensureTrademarkSeed(db, { version: TRADEMARK_SEED_VERSION, marks: TRADEMARK_SEED });
    expect(indexCounts(db)).toEqual({ seed: TRADEMARK_SEED.length, app: 0, import: 0 });

    const a = insertTestEnterprise(db).enterprise.id;
    const b = insertTestEnterprise(db).enterprise.id;
    indexEnterpriseBrand(db, a, "Sambal Mbok Sri", [30]);
    indexEnterpriseBrand(db, b, "Batik Bu Tini", [25]);
    importOk(PDKI_EXPORT);

    expect(indexCounts(db)).toEqual({ seed: TRADEMARK_SEED.length, app: 2, import: 4 });
    expect(countRows(db, "trademark")).toBe(TRADEMARK_SEED.length + 6);
  });

  it("counts only imported marks after an import into an empty index", () => {
    importOk(PDKI_EXPORT);
    expect(indexCounts(db)).toEqual({ seed: 0, app: 0, import: 4 });
  });
});
