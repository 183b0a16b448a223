import { InvalidArgumentError } from "commander";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/cli/options.js";
import { InputError } from "../../src/errors.js";
import { parseForceProfile } from "../../src/inputs/force-profile.js";

// --as-of and the profile's asOf take the dates the extracts' cells take: YYYY-MM-DD or DD/MM/YYYY, read as day/month.
describe("parseIsoDate(text), for --as-of", () => {
  it.each([
    ["2026-03-31", "2026-03-31"],
    ["31/03/2026", "2026-03-31"],
    ["1/4/2026", "2026-04-01"],
    ["03/04/2026", "2026-04-03"],
    [" 29/02/2024 ", "2024-02-29"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it.each(["2026-02-30", "31/02/2026", "03/31/2026", "31-03-2026", "2026/03/31", ""])("refuses %s, naming both forms", (text) => {
    expect(() => parseIsoDate(text)).toThrow(
      new InvalidArgumentError(`expected a date written YYYY-MM-DD or DD/MM/YYYY, such as 2025-03-31 or 31/03/2025; found "${text}"`),
    );
  });
});

describe("parseForceProfile(file, text): operationalExtracts.asOf", () => {
  const example = JSON.parse(readFileSync("models/example-force.json", "utf8")) as { operationalExtracts: Record<string, unknown> };
  const withAsOf = (asOf: string) => JSON.stringify({ ...example, operationalExtracts: { ...example.operationalExtracts, asOf } });

  it("reads 31/03/2026 as 2026-03-31, as it reads the extracts' own dates", () => {
    expect(parseForceProfile("force.json", withAsOf("31/03/2026")).operationalExtracts?.asOf).toBe("2026-03-31");
    expect(parseForceProfile("force.json", withAsOf("2026-03-31")).operationalExtracts?.asOf).toBe("2026-03-31");
  });

  it("refuses a day that does not exist, naming the JSON path", () => {
    expect(() => parseForceProfile("force.json", withAsOf("31/02/2026"))).toThrow(InputError);
    expect(() => parseForceProfile("force.json", withAsOf("31/02/2026"))).toThrow(/operationalExtracts\.asOf/);
  });
});
