import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsvTable } from "../../src/inputs/csv-table.js";
import { registerExtractColumns, registerExtractReader } from "../../src/inputs/register-extract.js";
import { calendarDay } from "../../src/math/calendar-day.js";
import { syntheticRegister } from "../../src/register/synthetic-register.js";
import { formatCsv } from "../../src/report/csv-export.js";

const asOf = calendarDay(2026, 3, 31);
const columns = [...registerExtractColumns.required, ...(registerExtractColumns.optional ?? [])];
const toCsv = (rows: ReturnType<typeof syntheticRegister>) => formatCsv(columns, rows.map((row) => columns.map((column) => row[column as keyof typeof row])));

describe("syntheticRegister(options)", () => {
  const rows = syntheticRegister({ seed: 20260331, asOf, onRegister: 1500 });

  it("is the same for the same seed", () => {
    expect(toCsv(syntheticRegister({ seed: 20260331, asOf, onRegister: 1500 }))).toBe(toCsv(rows));
  });

  it("passes the register extract's own checks", () => {
    const people = parseCsvTable("synthetic.csv", toCsv(rows), registerExtractColumns, registerExtractReader("synthetic.csv", { asOf }));
    expect(people).toHaveLength(rows.length);
  });

  it("has about the number asked for on the register (within 10%), and about half of them indefinite", () => {
    const present = rows.filter((row) => row.left_on === "");
    expect(Math.abs(present.length / 1500 - 1)).toBeLessThan(0.1);
    const indefinite = present.filter((row) => row.notification_ends === "").length / present.length;
    expect(indefinite).toBeGreaterThan(0.4);
    expect(indefinite).toBeLessThan(0.8);
  });

  it("keeps no one who left more than ten years before the as-of date", () => {
    expect(rows.filter((row) => row.left_on !== "" && row.left_on < "2016-03-28")).toEqual([]);
  });

  it("is the file bundled in data/synthetic-register", () => {
    const bundled = readFileSync(new URL("../../data/synthetic-register/register.csv", import.meta.url), "utf8");
    expect(bundled).toBe(toCsv(rows));
  });
});
