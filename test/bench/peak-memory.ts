/**
 * Runs a Node entry point in this process and, as the process exits, writes its peak resident memory
 * (`process.resourceUsage().maxRSS`, KiB) and processor time to a JSON file:
 *
 *   node dist/test/bench/peak-memory.js RESULT.json dist/src/main.js operations --items …
 *
 * The entry point sees `process.argv` as if it had been started on its own. This file imports nothing
 * else, so what it adds to the peak is Node's own few tens of MB, which any way of starting the command has.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface PeakMemoryResult {
  exitCode: number;
  /** Peak resident set size of the whole process, KiB. */
  maxRssKibibytes: number;
  /** User plus system processor time of the whole process, seconds. */
  cpuSeconds: number;
}

const [resultFile, entry, ...args] = process.argv.slice(2);
if (resultFile === undefined || entry === undefined) {
  process.stderr.write("usage: node peak-memory.js RESULT.json ENTRY.js [arguments…]\n");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...args];
process.on("exit", (code) => {
  const usage = process.resourceUsage();
  const result: PeakMemoryResult = { exitCode: code, maxRssKibibytes: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
  writeFileSync(resultFile, `${JSON.stringify(result)}\n`);
});
await import(pathToFileURL(resolve(entry)).href);
