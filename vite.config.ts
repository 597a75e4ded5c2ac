import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { precompressAssets } from "./vite-precompress";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  build: {
    // lib/i18n/preloads.server.ts reads Vite's manifest of the client build to preload the page's
    // dictionary chunks; Remix moves it to build/.vite/client-manifest.json, outside build/client.
    manifest: true,
    // The namespace modules (app/utils/i18n/namespaces/) load their texts with top-level await:
    // Chrome and Edge 89, Firefox 89, Safari 15 and later (Vite's default ends at Chrome 87).
    target: isSsrBuild ? "node20" : ["chrome89", "edge89", "firefox89", "safari15"],
  },
  server: {
    watch: { ignored: ["**/*.sqlite*", "**/*.db*", "**/data/**"] },
  },
  optimizeDeps: { exclude: ["better-sqlite3"] },
  plugins: [
    precompressAssets(),
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
  ],
}));
