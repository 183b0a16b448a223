import { describe, expect, it } from "vitest";
import { abstractionColumns, parseAbstractions } from "../../src/inputs/abstractions.js";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { parseWorkItems, workItemColumns } from "../../src/inputs/work-items.js";
import { syntheticExtract } from "../../src/operations/synthetic-extract.js";
import { formatCsv } from "../../src/report/csv-export.js";
import { day } from "./work-item-fixture.js";

const asOf = day("2026-03-31");
const extract = syntheticExtract({ seed: 1, asOf });

describe("syntheticExtract({ seed, asOf, registeredSexOffenders, months })", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(syntheticExtract({ seed: 1, asOf })).toEqual(extract);
    expect(syntheticExtract({ seed: 2, asOf }).workItems).not.toEqual(extract.workItems);
  });

  it("names one offender manager per 60 offenders in the abstractions, or as many as asked, and the same work items either way", () => {
    const staff = (rows: readonly { staff_ref: string }[]) => [...new Set(rows.map((row) => row.staff_ref))].sort();
    // 1,200 ÷ 60 = 20 by default
    expect(extract.offenderManagers).toBe(20);
    expect(staff(extract.abstractions)).toEqual(Array.from({ length: 20 }, (_, i) => `OM-${String(i + 1).padStart(2, "0")}`));
    const fifteen = syntheticExtract({ seed: 1, asOf, offenderManagers: 15 });
    expect(fifteen.offenderManagers).toBe(15);
    expect(staff(fifteen.abstractions)).toEqual(Array.from({ length: 15 }, (_, i) => `OM-${String(i + 1).padStart(2, "0")}`));
    expect(fifteen.workItems).toEqual(extract.workItems);
  });

  it("passes the tool's own input checks", () => {
    const itemsText = formatCsv(workItemColumns.required, extract.workItems.map((row) => workItemColumns.required.map((column) => row[column as keyof typeof row])));
    const awayText = formatCsv(abstractionColumns.required, extract.abstractions.map((row) => abstractionColumns.required.map((column) => row[column as keyof typeof row])));
    expect(parseWorkItems("items.csv", parseCsvTable("items.csv", itemsText, workItemColumns), { asOf })).toHaveLength(extract.workItems.length);
    expect(parseAbstractions("away.csv", parseCsvTable("away.csv", awayText, abstractionColumns), { asOf })).toHaveLength(extract.abstractions.length);
  });

  it("has work for about 1,200 offenders in the national risk mix over two years", () => {
    // visits a year: 24 × 12 + 216 × 4 + 360 × 2 + 600 × 0.4 × 1 = 2,112; ARMS and plans: 2 × (240 × 2 + 960) = 2,880;
    // about 4,992 a year, so about 10,000 over 24 months and the 61 days after
    expect(extract.workItems.length).toBeGreaterThan(9_000);
    expect(extract.workItems.length).toBeLessThan(12_500);
    const assessments = extract.workItems.filter((row) => row.item_type === "arms_assessment");
    const share = (level: string) => assessments.filter((row) => row.risk_level === level).length / assessments.length;
    // assessments are twice yearly at very high and high risk: 2 × 2% : 2 × 18% : 30% : 50% of 1.2
    expect(share("very_high")).toBeCloseTo(0.04 / 1.2, 1);
    expect(share("low")).toBeCloseTo(0.5 / 1.2, 1);
  });

  it("leaves some work outstanding and overdue on the as-of date", () => {
    const overdue = extract.workItems.filter((row) => row.completed_date === "" && row.due_date < "2026-03-31");
    expect(overdue.length).toBeGreaterThan(50);
    expect(extract.abstractions.length).toBeGreaterThan(500);
  });
});
