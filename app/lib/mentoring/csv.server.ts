import Papa from "papaparse";
import { csvRow, type CsvValue } from "~/utils/csv-cell";

const BATCH = 500;

/**
 * A CSV download streamed in batches of 500 rows, each read by its own query when the client is
 * ready for it (an open better-sqlite3 iterator would block the connection for every other
 * request while a slow phone downloads): UTF-8 with a byte-order mark so
 * Excel reads the Indonesian text right, cells quoted by papaparse, and every cell, headers
 * included, through `csvCell` (utils/csv-cell.ts): text that starts like a formula (=, +, -, @,
 * tab, CR, LF) gets a leading quote so a spreadsheet never runs it; numbers stay numbers.
 */
export function csvResponse<T>(
  filename: string,
  header: string[],
  readBatch: (offset: number, limit: number) => T[],
  toCells: (row: T) => CsvValue[],
): Response {
  const encoder = new TextEncoder();
  let started = false;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([csvRow(header)], { newline: "\r\n" })}\r\n`));
        return;
      }
      const batch = readBatch(offset, BATCH).map((row) => csvRow(toCells(row)));
      offset += batch.length;
      if (batch.length > 0) {
        controller.enqueue(encoder.encode(`${Papa.unparse(batch, { newline: "\r\n" })}\r\n`));
      }
      if (batch.length < BATCH) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
