import Papa from "papaparse";

const BATCH = 500;

/**
 * A CSV download streamed in batches of 500 rows, each read by its own query when the client is
 * ready for it (an open better-sqlite3 iterator would block the connection for every other
 * request while a slow phone downloads): UTF-8 with a byte-order mark so
 * Excel reads the Indonesian text right, cells quoted by papaparse, and cells that start like a
 * formula (=, +, -, @) escaped so a spreadsheet never runs them.
 */
export function csvResponse<T>(
  filename: string,
  header: string[],
  readBatch: (offset: number, limit: number) => T[],
  toCells: (row: T) => (string | number | null)[],
): Response {
  const encoder = new TextEncoder();
  let started = false;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([header], { newline: "\r\n" })}\r\n`));
        return;
      }
      const batch = readBatch(offset, BATCH).map(toCells);
      offset += batch.length;
      if (batch.length > 0) {
        controller.enqueue(encoder.encode(`${Papa.unparse(batch, { newline: "\r\n", escapeFormulae: true })}\r\n`));
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
