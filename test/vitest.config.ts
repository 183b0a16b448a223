import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Lives in test/ so that the top level holds only what the project layout names.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    // the browser and command-line tests start real processes; on a busy two-core machine that takes seconds
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
