import { describe, expect, it } from "vitest";
import { listSourcedValues, share, sourcedValue, valuesOf } from "../../src/inputs/sourced-value.js";

const model = Object.freeze({
  title: "t",
  riskMix: { high: { value: 0.18, source: "NPCC" }, low: { value: 0.5, source: "ours", assumption: true, reason: "why" } },
  years: [{ hires: { value: 2, source: "plan" } }],
});

describe("valuesOf(model)", () => {
  it("replaces each sourced value by its number and keeps the rest", () => {
    expect(valuesOf(model)).toEqual({ title: "t", riskMix: { high: 0.18, low: 0.5 }, years: [{ hires: 2 }] });
  });
});

describe("listSourcedValues(file, model)", () => {
  it("lists every sourced value with its JSON path, in the file's order, marking assumptions", () => {
    expect(listSourcedValues("m.json", model)).toEqual([
      { file: "m.json", path: "riskMix.high", value: 0.18, source: "NPCC", assumption: false, reason: "" },
      { file: "m.json", path: "riskMix.low", value: 0.5, source: "ours", assumption: true, reason: "why" },
      { file: "m.json", path: "years[0].hires", value: 2, source: "plan", assumption: false, reason: "" },
    ]);
  });
});

describe("sourcedValue(value, what)", () => {
  const schema = sourcedValue(share(), "a share");
  it("refuses a value without a source", () => {
    expect(schema.safeParse({ value: 0.5 }).error?.issues[0]).toMatchObject({ path: ["source"] });
  });
  it("refuses an assumption without a reason, and accepts one with", () => {
    expect(schema.safeParse({ value: 0.5, source: "s", assumption: true }).success).toBe(false);
    expect(schema.safeParse({ value: 0.5, source: "s", assumption: true, reason: "r" }).success).toBe(true);
  });
});
