import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The tool's own top folder, the one holding its package.json and models/: found by walking up from this
 * file, so that it is the same whether the tool runs from dist/ (built) or from src/ (the tests).
 */
export function toolFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("cannot find the tool's package.json above its code");
    folder = parent;
  }
  return folder;
}
