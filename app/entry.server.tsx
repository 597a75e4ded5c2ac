import { PassThrough, pipeline } from "node:stream";
import { FlushCoalescer } from "~/lib/http/coalesce.server";
import { createCompressor, preferredEncoding } from "~/lib/http/compression.server";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { MessagePreloadsContext } from "~/components/message-preloads";
import { dictionaryPreloads } from "~/lib/i18n/preloads.server";

// server.mjs reaches these through the server build (build.entry.module), so the
// origin check and start-up run the same TypeScript code in dev and production.
export { isSameOriginRequest } from "~/lib/http/origin.server";
export { preferredEncoding } from "~/lib/http/compression.server";
export { startServer, stopServer } from "~/lib/startup.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const waitForAll = isbot(request.headers.get("user-agent") || "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <MessagePreloadsContext.Provider value={dictionaryPreloads(remixContext)}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </MessagePreloadsContext.Provider>,
      {
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          // Pages hold personal data: never kept in shared caches.
          if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-store");
          // Compressed here rather than by a proxy, so a phone on a slow line gets a fraction of the
          // bytes however the app is deployed (decision 0021).
          const encoding = preferredEncoding(request.headers.get("accept-encoding"));
          // Uncompressed, React's 2 KB pieces leave together at each of its flushes
          // (coalesce.server.ts); compressed, the compressor already gathers them.
          const body = encoding ? new PassThrough() : new FlushCoalescer();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.append("Vary", "Accept-Encoding");
          if (encoding) responseHeaders.set("Content-Encoding", encoding);
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          if (encoding) {
            const compressor = createCompressor(encoding);
            // pipeline, not pipe: a browser that goes away destroys the body, and with it the
            // compressor React writes to, so React stops. That early close is not worth a log line.
            pipeline(compressor, body, (error) => {
              if (error && (error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") console.error(error);
            });
            pipe(compressor);
          } else {
            pipe(body);
          }
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Log streaming errors that happen after the shell was sent; before that, Remix logs them.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
