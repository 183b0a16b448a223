import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { outputMarkerFile, writeOutputDirectory } from "../../src/io/write-output-directory.js";

const scratch = mkdtempSync(join(tmpdir(), "mosovo-writer-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder to hold one test's --out. */
const place = () => {
  const parent = join(scratch, `place-${(folders += 1)}`);
  mkdirSync(parent);
  return parent;
};
const forecast = { replace: true, command: "forecast" };
/** The ID of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

describe("writeOutputDirectory(directory, files, { replace, command })", () => {
  it("leaves no hidden folder and the earlier output as it was when writing fails half-way", () => {
    const parent = place();
    const out = join(parent, "out");
    writeOutputDirectory(out, new Map([["forecast.csv", "earlier"]]), forecast);

    // "a" is written as a file, so no folder "a" can be made for "a/b": the file system refuses (EEXIST) after one file is written
    const failing = () => writeOutputDirectory(out, new Map([["a", "x"], ["a/b", "y"]]), forecast);

    expect(failing).toThrow(InputError);
    expect(failing).toThrow(/^--out .*: could not write a: a file or folder of that name is already there \(EEXIST\); nothing was written/);
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readFileSync(join(out, "forecast.csv"), "utf8")).toBe("earlier");
  });

  it("writes text as UTF-8, bytes as they are, and pieces of bytes one after another", () => {
    const out = join(place(), "out");
    const pound = Buffer.from("£", "utf8"); // two bytes, C2 A3: split across two pieces below
    const pieces = [Buffer.from("a"), pound.subarray(0, 1), new Uint8Array(), pound.subarray(1), Buffer.alloc(70_000, "b")];

    writeOutputDirectory(out, new Map<string, string | Uint8Array | Uint8Array[]>([["text.txt", "£"], ["bytes.bin", pound], ["pieces.txt", pieces]]), forecast);

    expect(readFileSync(join(out, "text.txt"))).toEqual(Buffer.from([0xc2, 0xa3]));
    expect(readFileSync(join(out, "bytes.bin"))).toEqual(Buffer.from([0xc2, 0xa3]));
    expect(readFileSync(join(out, "pieces.txt"), "utf8")).toBe(`a£${"b".repeat(70_000)}`);
  });

  it("removes the folders it made for an output it then failed to write", () => {
    const parent = place();
    const failing = () => writeOutputDirectory(join(parent, "new", "deeper", "out"), new Map([["a", "x"], ["a/b", "y"]]), forecast);

    expect(failing).toThrow(InputError);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("removes the hidden folders and the lock a killed run left, and writes", () => {
    const parent = place();
    const dead = deadPid();
    mkdirSync(join(parent, `.out.partial-${dead}`));
    writeFileSync(join(parent, `.out.partial-${dead}`, "forecast.csv"), "half");
    writeFileSync(join(parent, ".out.lock"), JSON.stringify({ pid: dead, started: null }));

    writeOutputDirectory(join(parent, "out"), new Map([["forecast.csv", "new"]]), forecast);

    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readFileSync(join(parent, "out", "forecast.csv"), "utf8")).toBe("new");
  });

  it("puts back the earlier output a run killed between its two renames had moved aside", () => {
    const parent = place();
    const aside = join(parent, `.out.previous-${deadPid()}`);
    mkdirSync(aside);
    writeFileSync(join(aside, outputMarkerFile), "Written by mosovo-workload.\ncommand: forecast\n");
    writeFileSync(join(aside, "forecast.csv"), "earlier");

    expect(() => writeOutputDirectory(join(parent, "out"), new Map([["forecast.csv", "new"]]), { ...forecast, replace: false })).toThrow(
      /the folder already holds outputs; give --replace/,
    );
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readFileSync(join(parent, "out", "forecast.csv"), "utf8")).toBe("earlier");
  });

  it("names the command in the marker, and refuses to replace another command's output even with --replace", () => {
    const parent = place();
    const out = join(parent, "out");
    writeOutputDirectory(out, new Map([["staffing.csv", "staffing"]]), { replace: false, command: "staffing" });
    expect(readFileSync(join(out, outputMarkerFile), "utf8")).toMatch(/^command: staffing$/m);

    expect(() => writeOutputDirectory(out, new Map([["forecast.csv", "forecast"]]), forecast)).toThrow(
      `--out ${out}: expected a new folder or the outputs of mosovo forecast; found the outputs of mosovo staffing, which --replace does not replace; delete the folder first if you mean to, or choose another --out`,
    );
    expect(readdirSync(out).sort()).toEqual([outputMarkerFile, "staffing.csv"]);
    // the same command replaces it
    writeOutputDirectory(out, new Map([["staffing.csv", "again"]]), { replace: true, command: "staffing" });
    expect(readFileSync(join(out, "staffing.csv"), "utf8")).toBe("again");
  });

  it("replaces with --replace a folder whose marker predates markers naming the command", () => {
    const out = join(place(), "out");
    mkdirSync(out);
    writeFileSync(join(out, outputMarkerFile), "Written by mosovo-workload. The tool may replace this folder when run with --replace.\n");

    writeOutputDirectory(out, new Map([["forecast.csv", "new"]]), forecast);

    expect(readFileSync(join(out, outputMarkerFile), "utf8")).toMatch(/^command: forecast$/m);
  });

  it.each([
    ["a folder", (parent: string) => mkdirSync(join(parent, "real"))],
    ["nothing (a dangling link)", () => undefined],
  ])("refuses a symbolic link to %s as --out, and leaves it a link", (_, makeDestination) => {
    const parent = place();
    makeDestination(parent);
    symlinkSync(join(parent, "real"), join(parent, "out"));

    expect(() => writeOutputDirectory(join(parent, "out"), new Map([["forecast.csv", "new"]]), forecast)).toThrow(
      `--out ${join(parent, "out")}: expected a folder; found a symbolic link to ${join(parent, "real")}, which the tool neither writes through nor replaces; give the folder it points to as --out`,
    );
    expect(readdirSync(parent).sort()).toEqual(existsSync(join(parent, "real")) ? ["out", "real"] : ["out"]);
    expect(existsSync(join(parent, "real", "forecast.csv"))).toBe(false);
  });
});
