import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a Brotli (`.br`, best quality) and a gzip (`.gz`) copy beside every script and stylesheet
 * of the browser build, for server.mjs to send to browsers that accept them: compressed once at
 * build time instead of on every request (decision 0021). Runs at the end of the server build,
 * which comes second, because Remix writes the browser's route manifest during that build.
 */
function precompressAssets(): Plugin {
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

export default defineConfig({
  server: {
    watch: { ignored: ["**/*.sqlite*", "**/*.db*", "**/data/**"] },
  },
  optimizeDeps: { exclude: ["better-sqlite3"] },
  plugins: [
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
    tsconfigPaths(),
    precompressAssets(),
  ],
});
