import { describe, expect, it } from "vitest";
import { FlushCoalescer } from "./coalesce.server";

function collect(stream: FlushCoalescer): Buffer[] {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return chunks;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("FlushCoalescer", () => {
  it("passes the pieces written before a flush on as one chunk, in order", async () => {
    const stream = new FlushCoalescer();
    const chunks = collect(stream);
    stream.write("<html>");
    stream.write(Buffer.from("<body>Halo"));
    stream.write("</body>");
    await tick();
    expect(chunks).toHaveLength(0);
    stream.flush();
    await tick();
    expect(chunks.map(String)).toEqual(["<html><body>Halo</body>"]);
  });

  it("keeps streaming in parts: each flush sends what came since the last, the end sends the rest", async () => {
    const stream = new FlushCoalescer();
    const chunks = collect(stream);
    stream.write("shell ");
    stream.flush();
    stream.write("later ");
    stream.write("data");
    const ended = new Promise((resolve) => stream.on("end", resolve));
    stream.end();
    await ended;
    expect(chunks.map(String)).toEqual(["shell ", "later data"]);
  });

  it("sends nothing for a flush with nothing pending", async () => {
    const stream = new FlushCoalescer();
    const chunks = collect(stream);
    stream.flush();
    stream.flush();
    await tick();
    expect(chunks).toHaveLength(0);
  });

  it("passes a long stretch without a flush on in parts of the bound, losing nothing", async () => {
    const stream = new FlushCoalescer(10);
    const chunks = collect(stream);
    for (let i = 0; i < 7; i++) stream.write("abcd");
    await tick();
    expect(chunks.map(String)).toEqual(["abcdabcdabcd", "abcdabcdabcd"]);
    stream.end();
    await new Promise((resolve) => stream.on("end", resolve));
    expect(chunks.map(String).join("")).toBe("abcd".repeat(7));
  });
});
