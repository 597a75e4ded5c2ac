import { Transform, type TransformCallback } from "node:stream";

/**
 * The body stream of a rendered page: React writes a page in pieces of about 2 KB and calls the
 * stream's `flush()` whenever it has written all it can for now. Passed on one by one, each piece
 * costs a turn of the web stream Remix answers with and a write to the socket (30-odd for a
 * 60 KB caseload page); this stream holds the pieces and passes them on together at each
 * `flush()` (or the end), so a page rendered in one go leaves in one write, and a streamed page
 * still leaves in parts as React finishes them.
 */
export class FlushCoalescer extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly maxBytes = 256 * 1024) {
    super();
  }

  override _transform(chunk: Buffer | string, encoding: BufferEncoding, callback: TransformCallback): void {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    // a very long stretch without a flush still goes out in parts of bounded size
    if (this.pendingBytes >= this.maxBytes) this.flush();
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.flush();
    callback();
  }

  /** Passes on what has been written since the last flush, as one chunk. */
  flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    this.push(chunk);
  }
}
