import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = fileURLToPath(new URL("../src", import.meta.url));

/** The pure model: values in, values out; no disk, no process, no clock. */
const modelFolders = ["forecast", "workload", "scenarios", "series", "math", "inputs", "operations", "register", "recommendation-8", "sensitivity"];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the model folders", () => {
  it.each(modelFolders)("src/%s imports no node: module, io/, jobs/ or cli/, and reads neither the process nor the clock", (folder) => {
    const offences = filesUnder(join(source, folder)).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gms)].map((match) => match[1]);
      return [
        ...imports.filter((name) => name.startsWith("node:") || ["fs", "path", "process", "os", "child_process"].includes(name) || /(^|\/)(io|cli|jobs)\//.test(name)).map((name) => `${file}: imports ${name}`),
        ...(/\bprocess\.|\bDate\.now\(|new Date\(\)|Math\.random\(/.test(text) ? [`${file}: uses the process, the clock or unseeded randomness`] : []),
      ];
    });
    expect(offences).toEqual([]);
  });
});
