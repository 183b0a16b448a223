import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Lives in test/ so that the top level holds only what the project layout names.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    // Each worker process loads the tool's modules once and runs file after file in them, instead of
    // starting afresh for every file (which cost most of a second a file). No test file mocks a module or
    // changes a global, so files cannot see each other through them. Each file keeps its own scratch folders.
    pool: "forks",
    isolate: false,
    // vitest leaves a core to itself by default, which on two cores runs the files one at a time; it has
    // little to do while tests run
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // generous: a busy two-core machine can take many times longer than a quiet one, and no test measures speed
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
