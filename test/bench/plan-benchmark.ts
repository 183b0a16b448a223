import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measuredNode } from "./child-process.js";

/** `mosovo plan` must finish within this for any force size (whole process). */
export const planSecondsTarget = 5;

export interface PlanCase {
  label: string;
  /** Every caseload of the national series is multiplied by this. */
  scale: number;
  trainingMonths: number;
  offenderManagerAttritionPerYear: number;
}

/** National scale (England and Wales, 73,047 people at 31 March 2025), with leavers, long training, and near the million people a history may hold. */
export const planCases: readonly PlanCase[] = [
  { label: "national, no leavers, 9 months' training", scale: 1, trainingMonths: 9, offenderManagerAttritionPerYear: 0 },
  { label: "national, 30% leave a year", scale: 1, trainingMonths: 9, offenderManagerAttritionPerYear: 0.3 },
  { label: "national, 24 months' training, 90% leave a year", scale: 1, trainingMonths: 24, offenderManagerAttritionPerYear: 0.9 },
  { label: "about 950,000 people (the most a history may hold is 1,000,000), 30% leave a year", scale: 13, trainingMonths: 9, offenderManagerAttritionPerYear: 0.3 },
];

/**
 * Times `mosovo plan --confidence 80` as a whole process (wall and processor time) on a force profile built in `work` from the
 * example force: the national caseload series (scaled), offender managers at 77 people each in post
 * (the caseload PEEL found at Norfolk), a supervisor for every ten, and a scenario with the case's
 * training months and attrition.
 */
export function planBenchmark(root: string, main: string, work: string, planCase: PlanCase): { seconds: number; cpuSeconds: number; status: number | null; lastLine: string } {
  const folder = join(work, `plan-${planCases.indexOf(planCase)}`);
  mkdirSync(folder, { recursive: true });
  const national = readFileSync(join(root, "data", "national-rso-england-wales.csv"), "utf8").trimEnd().split("\n");
  const scaled = national.map((line, index) => {
    if (index === 0) return line;
    const cells = line.split(",");
    cells[1] = String(Math.round(Number(cells[1]) * planCase.scale));
    return cells.join(",");
  });
  writeFileSync(join(folder, "history.csv"), `${scaled.join("\n")}\n`);
  writeFileSync(join(folder, "workload-standards.json"), readFileSync(join(root, "models", "workload-standards.json")));
  const profile = JSON.parse(readFileSync(join(root, "models", "example-force.json"), "utf8")) as Record<string, unknown> & {
    offenderManagers: { inPost: { value: number } };
    supervisors: { inPost: { value: number } };
  };
  const last = Number(scaled[scaled.length - 1].split(",")[1]);
  profile.caseloadHistory = "history.csv";
  profile.workloadStandards = "workload-standards.json";
  delete profile.scenarios;
  delete profile.operationalExtracts;
  profile.offenderManagers.inPost.value = Math.round(last / 77);
  profile.supervisors.inPost.value = Math.round(last / 770);
  writeFileSync(join(folder, "force.json"), JSON.stringify(profile, null, 2));
  const scenario = {
    name: planCase.label,
    forceProfile: "force.json",
    workforce: { trainingMonths: planCase.trainingMonths, offenderManagerAttritionPerYear: planCase.offenderManagerAttritionPerYear, supervisorAttritionPerYear: 0.1 },
  };
  writeFileSync(join(folder, "scenario.json"), JSON.stringify(scenario, null, 2));
  const run = measuredNode(main, ["plan", "--force", join(folder, "force.json"), "--from", join(folder, "scenario.json"), "--confidence", "80", "--out", join(folder, "out"), "--replace"], root);
  const lines = run.stdout.trimEnd().split("\n");
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, status: run.status, lastLine: run.status === 0 ? (lines[lines.length - 1] ?? "") : run.stderr.trim() };
}
