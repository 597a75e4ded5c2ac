// The HTTP server: Express in front of Remix, so that every non-GET request passes the
// same-origin check before any action runs, and the client's address reaches actions.
import path from "node:path";
import process from "node:process";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const production = process.env.NODE_ENV === "production";

const vite = production
  ? undefined
  : await import("vite").then((v) => v.createServer({ server: { middlewareMode: true } }));

const loadBuild = () => (vite ? vite.ssrLoadModule("virtual:remix/server-build") : import("./build/server/index.js"));

const initialBuild = await loadBuild();
await initialBuild.entry.module.startServer();

const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy set TRUST_PROXY (e.g. "loopback" or a hop count) so req.ip is the client's.
const trustProxy = process.env.TRUST_PROXY;
app.set("trust proxy", trustProxy === undefined ? false : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);

// --- Security headers (decision 0024) ---------------------------------------------------------
// On every response: pages, static files, uploads, CSV and JSON (nosniff, Referrer-Policy,
// Permissions-Policy, COOP, CORP, X-Frame-Options; HSTS in production). The Content-Security-Policy
// with its per-response nonce is added to HTML documents by app/entry.server.tsx.
const securityHeaders = initialBuild.entry.module.securityHeaders({ production });
const defaultHeaderNames = new Set(Object.keys(securityHeaders).map((name) => name.toLowerCase()));
app.use((_req, res, next) => {
  res.set(securityHeaders);
  // Remix's adapter appends a route's headers: a route that sends one of these (the open-data JSON's
  // Cross-Origin-Resource-Policy) replaces the default instead of adding a second value. Remix marks
  // a resource route's thrown response with X-Remix-Catch (or X-Remix-Error), which only tells a
  // visitor what the server runs (nikto, docs/security.md §9): single fetch does not read them.
  const append = res.append.bind(res);
  res.append = (name, value) => {
    const lower = name.toLowerCase();
    if (lower === "x-remix-catch" || lower === "x-remix-error") return res;
    return defaultHeaderNames.has(lower) ? res.set(name, value) : append(name, value);
  };
  next();
});
// --- end of security headers ------------------------------------------------------------------

/** A short answer in both languages, for requests turned away before Remix can render a page. */
function plainAnswer(res, status, id, en) {
  res.status(status).type("text/plain; charset=utf-8").send(`${status} — ${id}\n${status} — ${en}\n`);
}

// Requests that Remix cannot turn into a page address, found by nikto (docs/security.md §9):
// `OPTIONS *` and absolute-form targets (`GET http://host/`), a Host (or X-Forwarded-Host) that
// is not a host name, and a path holding a backslash (`/%5c`: React Router's link resolution
// reads "/\" as "//" and throws). Each was a 500; they get a 4xx here, before static files
// and Remix. No page of the app has a backslash in its path.
const isHost = (value) => {
  if (value === undefined) return true;
  try {
    return new URL(`http://${value}`).host !== "";
  } catch {
    return false;
  }
};
app.use((req, res, next) => {
  if (req.url === "*" && req.method === "OPTIONS") {
    res.set("Allow", "GET, HEAD, POST").status(204).end();
    return;
  }
  if (!req.url.startsWith("/") || !isHost(req.get("host")) || !isHost(req.get("x-forwarded-host"))) {
    plainAnswer(res, 400, "Permintaan tidak valid.", "Bad request.");
    return;
  }
  if (/\\|%5c/i.test(req.path)) {
    plainAnswer(res, 404, "Halaman tidak ditemukan.", "Page not found.");
    return;
  }
  next();
});

if (vite) {
  app.use(vite.middlewares);
} else {
  // Scripts and stylesheets go out as the Brotli or gzip copy the build wrote beside them
  // (vite-precompress.ts), when the browser accepts one; otherwise, or for a file without a copy, as is.
  const assetOptions = { immutable: true, maxAge: "1y", index: false };
  const compressedAssets = Object.fromEntries(
    ["br", "gzip"].map((encoding) => [
      encoding,
      express.static("build/client/assets", {
        ...assetOptions,
        setHeaders(res, file) {
          res.set("Content-Encoding", encoding);
          res.type(path.extname(file.replace(/\.(br|gz)$/, "")));
        },
      }),
    ]),
  );
  app.use("/assets", (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !/\.(m?js|css)$/.test(req.path)) return next();
    res.vary("Accept-Encoding");
    const encoding = initialBuild.entry.module.preferredEncoding(req.get("accept-encoding"));
    if (!encoding) return next();
    const url = req.url;
    req.url = `${req.path}.${encoding === "br" ? "br" : "gz"}`;
    compressedAssets[encoding](req, res, (error) => {
      req.url = url;
      next(error);
    });
  });
  app.use("/assets", express.static("build/client/assets", assetOptions));
  // Files from public/ all have an extension and pages never end in one (except the .csv and
  // .json routes): looking on disk only for those saves a failed stat on every page request.
  const publicFiles = express.static("build/client", { maxAge: "1h" });
  app.use((req, res, next) => (/\.[^/]+$/.test(req.path) ? publicFiles(req, res, next) : next()));
}

app.use(async (req, res, next) => {
  const build = vite ? await loadBuild() : initialBuild;
  const expectedOrigin = process.env.PUBLIC_ORIGIN ?? `${req.protocol}://${req.get("host")}`;
  const allowed = build.entry.module.isSameOriginRequest({
    method: req.method,
    origin: req.get("origin"),
    secFetchSite: req.get("sec-fetch-site"),
    expectedOrigin,
  });
  if (allowed) return next();
  res
    .status(403)
    .type("text/plain; charset=utf-8")
    .send("403 — Permintaan ditolak: berasal dari situs lain.\n403 — Request refused: it came from another site.\n");
});

app.all(
  "*",
  createRequestHandler({
    build: vite ? () => loadBuild() : initialBuild,
    getLoadContext: (req) => ({ clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

// Errors Express raises itself, such as a path with broken percent-encoding (`/%a%s`, a URIError
// with status 400): the same short bilingual answer instead of Express's English HTML page.
app.use((error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number(error?.status ?? error?.statusCode);
  if (status >= 400 && status < 500) {
    plainAnswer(res, status, "Permintaan tidak valid.", "Bad request.");
    return;
  }
  console.error(error);
  plainAnswer(res, 500, "Terjadi kesalahan di server.", "Something went wrong on the server.");
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, () => {
  console.log(`UMKM Go Online listening on http://localhost:${port}`);
});

// ─── Graceful shutdown (SIGTERM, SIGINT) — issue 8 item 7, decision 0026 ───────────────────────
// Stop accepting connections, let requests already in progress finish (at most
// SHUTDOWN_TIMEOUT_MS, 10 s by default), then close the database, which checkpoints the WAL into
// the main file, and exit 0. Keep-alive connections are closed as soon as they fall idle, so
// browsers holding one do not delay the exit. If requests are still running at the deadline they
// are cut off, the database is closed all the same (every write is one synchronous transaction,
// so none is half-done) and the exit code is 1. A second signal exits at once with code 1.
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
let shuttingDown = false;

function shutdown(signal) {
  if (shuttingDown) {
    console.log(`${signal} again: exiting now`);
    process.exit(1);
  }
  shuttingDown = true;
  console.log(`${signal}: no new connections; waiting for requests in progress`);
  // A keep-alive connection whose response just finished is idle: close it instead of waiting for
  // its keep-alive timeout.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
  const finish = (code) => {
    clearInterval(idleSweep);
    try {
      initialBuild.entry.module.stopServer();
      console.log("database closed");
    } catch (error) {
      console.error(error);
      code = 1;
    }
    vite?.close();
    process.exit(code);
  };
  // Responses sent from now on ask the client to close its connection.
  server.on("request", (_req, res) => {
    res.shouldKeepAlive = false;
  });
  server.close(() => {
    console.log("every request finished");
    finish(0);
  });
  setTimeout(() => {
    console.error(`requests still running after ${shutdownTimeoutMs} ms: closing them`);
    server.closeAllConnections();
    finish(1);
  }, shutdownTimeoutMs).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
