// Vite + Vitest configuration: the explorer is built from src/ui into dist/ui; the API runs beside it.
// In `npm run dev` Vite proxies /api to the Lagebild server (see src/cli/dev.ts).
import { defineConfig } from "vitest/config";

const API_PORT = Number(process.env.LAGEBILD_API_PORT ?? 5174);

export default defineConfig({
  root: "src/ui",
  publicDir: false,
  build: {
    outDir: "../../dist/ui",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    // The explorer, and the bench's bare-sigma floor page (served only to npm run bench).
    rollupOptions: { input: { main: "src/ui/index.html", floor: "src/ui/bench/floor.html" } },
  },
  server: { host: "127.0.0.1", proxy: { "/api": `http://127.0.0.1:${API_PORT}` } },
  worker: { format: "es" },
  test: {
    root: ".",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "main",
          include: [
            "tests/unit/**/*.test.ts",
            "tests/tools/**/*.test.ts",
            "tests/api/**/*.test.ts",
            "tests/security/**/*.test.ts",
            "tests/e2e/**/*.test.ts",
          ],
        },
      },
      {
        // Every test that needs a live Neo4j. They share the server's one database, so their files run
        // one at a time, after the main project; the global setup starts (and stops) the local Neo4j.
        extends: true,
        test: {
          name: "neo4j",
          // The explorer's e2e journey runs here a second time, on Neo4j (tests/e2e/explorer.test.ts).
          include: ["tests/integration/**/*.test.ts", "tests/e2e/explorer.test.ts"],
          env: { LAGEBILD_E2E_ENGINE: "neo4j" },
          globalSetup: ["tests/integration/neo4j-global-setup.ts"],
          fileParallelism: false,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
