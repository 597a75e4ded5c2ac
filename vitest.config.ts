import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Unit tests run without the Remix plugin: they test server modules and pure logic.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["app/**/*.test.ts", "db/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    pool: "forks",
  },
});
