import { describe, expect, it } from "vitest";
import { MAX_FORM_BYTES, readFormData } from "./form.server";

const post = (body: BodyInit, contentType?: string, headers: Record<string, string> = {}) =>
  new Request("http://x/", {
    method: "POST",
    headers: contentType ? { "Content-Type": contentType, ...headers } : headers,
    body,
    // a stream body needs this in Node's fetch
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

const refused = (reason: string, status: number) => ({ data: { reason }, init: { status } });

describe("readFormData", () => {
  it("reads a urlencoded form and a multipart form", async () => {
    const urlencoded = await readFormData(
      post("name=Keripik+%F0%9F%8C%B6&note=a%0D%0Ab", "application/x-www-form-urlencoded"),
    );
    expect(urlencoded.get("name")).toBe("Keripik 🌶");
    // a textarea's line break and a tab are ordinary text
    expect(urlencoded.get("note")).toBe("a\r\nb");
    const form = new FormData();
    form.append("name", "Warung\tBu Ani");
    const multipart = await readFormData(new Request("http://x/", { method: "POST", body: form }));
    expect(multipart.get("name")).toBe("Warung\tBu Ani");
  });

  it("answers 415 for a body that is not a form, or has no type", async () => {
    await expect(readFormData(post('{"a":1}', "application/json"))).rejects.toMatchObject(
      refused("unsupportedType", 415),
    );
    await expect(readFormData(post("a=1", "text/plain"))).rejects.toMatchObject(refused("unsupportedType", 415));
    await expect(readFormData(post(new Blob(["a=1"])))).rejects.toMatchObject(refused("unsupportedType", 415));
  });

  it("answers 413 over the limit, by Content-Length or while the body streams in", async () => {
    const big = `a=${"x".repeat(MAX_FORM_BYTES)}`;
    await expect(readFormData(post(big, "application/x-www-form-urlencoded"))).rejects.toMatchObject(
      refused("tooLarge", 413),
    );
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        // an endless body: reading must stop at the limit, not at the end
        controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
      },
    });
    await expect(readFormData(post(stream, "application/x-www-form-urlencoded"))).rejects.toMatchObject(
      refused("tooLarge", 413),
    );
    expect(sent).toBeLessThan(MAX_FORM_BYTES + 256 * 1024);
    const exact = `a=${"x".repeat(MAX_FORM_BYTES - 2)}`;
    expect((await readFormData(post(exact, "application/x-www-form-urlencoded"))).get("a")).toHaveLength(
      MAX_FORM_BYTES - 2,
    );
  });

  it("answers 400 for control characters in a value or a name, and for a broken multipart body", async () => {
    for (const body of ["a=x%00y", "a=%07", "a=%1B%5B2J", "a%00b=1", "a=%7F"]) {
      await expect(readFormData(post(body, "application/x-www-form-urlencoded"))).rejects.toMatchObject(
        refused("controlCharacters", 400),
      );
    }
    await expect(
      readFormData(post("--abc\r\nContent-Disposition: form-da", "multipart/form-data; boundary=abc")),
    ).rejects.toMatchObject(refused("badForm", 400));
  });
});
