// A Vite plugin for the production build (vite.config.ts): compressed copies of the browser's
// scripts and stylesheets, which server.mjs sends to browsers that accept them (decision 0021).
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Plugin } from "vite";

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a Brotli (`.br`, best quality) and a gzip (`.gz`) copy beside every script and stylesheet
 * of the browser build, for server.mjs to send to browsers that accept them: compressed once at
 * build time instead of on every request (decision 0021). Runs at the end of the server build,
 * which comes second, because Remix writes the browser's route manifest during that build.
 */
export function precompressAssets(): Plugin {
  let ssr = false;
  let assetsDir = "";
  return {
    name: "umkm:precompress-assets",
    apply: "build",
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
      assetsDir = path.resolve(config.root, "build/client/assets");
    },
    async closeBundle() {
      if (!ssr || !fs.existsSync(assetsDir)) return;
      const files = (await fs.promises.readdir(assetsDir)).filter((name) => /\.(m?js|css)$/.test(name));
      // zlib's asynchronous calls run on libuv's thread pool: all cores, not one.
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(assetsDir, name);
          const source = await fs.promises.readFile(file);
          const [br, gz] = await Promise.all([
            brotliCompress(source, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzip(source, { level: 9 }),
          ]);
          await Promise.all([fs.promises.writeFile(`${file}.br`, br), fs.promises.writeFile(`${file}.gz`, gz)]);
        }),
      );
    },
  };
}
