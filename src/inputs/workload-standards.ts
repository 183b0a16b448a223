import { z } from "zod";
import type { WorkloadStandardValues } from "../workload/staffing-rules.js";
import { modelInputError } from "./model-input-error.js";
import { modelObject } from "./model-object.js";
import { parseJsonText } from "./parse-json-text.js";
import { share, sourcedValue, valuesOf } from "./sourced-value.js";
import { numberIn, valueRanges } from "./value-ranges.js";
import { parseWithoutCompiling } from "./parse-without-compiling.js";

const riskLevelWork = (group: string) =>
  modelObject(
    {
      visitsPerYear: sourcedValue(numberIn(valueRanges.timesPerYear), `home visits a year to one person ${group}`),
      armsAssessmentsPerYear: sourcedValue(numberIn(valueRanges.timesPerYear), `ARMS assessments a year for one person ${group}`),
      riskManagementPlanReviewsPerYear: sourcedValue(numberIn(valueRanges.timesPerYear), `risk management plan reviews a year for one person ${group}`),
      intelligenceChecksPerYear: sourcedValue(numberIn(valueRanges.timesPerYear), `intelligence checks (PND and others) a year on one person ${group}`),
    },
    `the recurring work a year for one person ${group}`,
  );

/** The schema of `models/workload-standards.json`; `mosovo schema` writes it as JSON Schema. */
export const workloadStandardsSchema = modelObject(
  {
    $schema: z.string("a path or address of this file's JSON Schema").optional(),
    title: z.string("text naming these standards"),
    notes: z.string("text").optional(),
    riskLevels: modelObject(
      {
        veryHigh: riskLevelWork("at very high risk"),
        high: riskLevelWork("at high risk"),
        medium: riskLevelWork("at medium risk"),
        low: riskLevelWork("at low risk under active management"),
        lowReactive: riskLevelWork("at low risk under reactive management"),
      },
      "the work by risk level (ARMS / RM2000), low risk split between active and reactive management",
    ),
    homeVisit: modelObject(
      {
        staffPerVisit: sourcedValue(numberIn(valueRanges.staffPerVisit), "staff on each home visit (APP: two)"),
        hoursPerVisit: sourcedValue(numberIn(valueRanges.hoursEach), "hours each member of staff spends on one visit, with travel and recording"),
      },
      "how home visits are made",
    ),
    armsAssessment: modelObject({ hoursEach: sourcedValue(numberIn(valueRanges.hoursEach), "hours for one ARMS assessment") }, "ARMS assessments"),
    riskManagementPlanReview: modelObject(
      { hoursEach: sourcedValue(numberIn(valueRanges.hoursEach), "hours for one risk management plan review") },
      "risk management plan reviews",
    ),
    intelligenceCheck: modelObject(
      { minutesEach: sourcedValue(numberIn(valueRanges.minutesEach), "minutes for one intelligence check") },
      "intelligence checks",
    ),
    custody: modelObject(
      { hoursPerPersonPerYear: sourcedValue(numberIn(valueRanges.hoursPerYear), "offender-manager hours a year for one person in custody, all in") },
      "the lighter work for people in custody",
    ),
    responsiveWork: modelObject(
      { allowanceShare: sourcedValue(share(), "unscheduled work as a fraction added to the scheduled community hours (0.2 = 20% more)") },
      "the allowance for responsive, unscheduled work",
    ),
    supervisorReview: modelObject(
      {
        minutesPerArmsAssessment: sourcedValue(numberIn(valueRanges.minutesEach), "supervisor minutes to review one ARMS assessment"),
        minutesPerRiskManagementPlanReview: sourcedValue(numberIn(valueRanges.minutesEach), "supervisor minutes to review one risk management plan review"),
        minutesPerVisit: sourcedValue(numberIn(valueRanges.minutesEach), "supervisor minutes to review one home visit"),
      },
      "supervisor reviews of ARMS assessments, RMPs and visits",
    ),
    oneOffWork: modelObject(
      {
        onJoiningTheRegister: modelObject(
          {
            firstArmsAssessmentHours: sourcedValue(numberIn(valueRanges.hoursEach), "hours for the first ARMS assessment of a person joining the register"),
            firstHomeVisitHoursPerStaff: sourcedValue(
              numberIn(valueRanges.hoursEach),
              "hours each member of staff spends on the first home visit to a person joining the register (staff per visit as for home visits)",
            ),
            initialRiskManagementPlanHours: sourcedValue(numberIn(valueRanges.hoursEach), "hours to write the first risk management plan of a person joining the register"),
          },
          "the work done once for each person joining the register",
        ),
        onReleaseFromCustody: modelObject(
          {
            homeVisitHoursPerStaff: sourcedValue(
              numberIn(valueRanges.hoursEach),
              "hours each member of staff spends on the home visit on release from custody (staff per visit as for home visits)",
            ),
            riskManagementPlanReviewHours: sourcedValue(numberIn(valueRanges.hoursEach), "hours to review the risk management plan on release from custody"),
            armsReviewHours: sourcedValue(numberIn(valueRanges.hoursEach), "hours to review the ARMS assessment on release from custody"),
          },
          "the work done once for each release from custody",
        ),
      },
      "the work each person joining the register and each release from custody brings once, on top of the recurring work; counted only where a register projection gives the yearly joiners and releases",
    ).optional(),
  },
  "workload standards for MOSOVO offender management",
);

/** Workload standards as checked, each number with its source. */
export type WorkloadStandards = z.infer<typeof workloadStandardsSchema>;

/**
 * Checks the text of a workload standards file: JSON, every key known and present, every number in its
 * range and with a source, and a reason for every value marked as an assumption.
 *
 * @param file the path as the user gave it, for messages
 * @throws {InputError} `FILE, JSON path a.b.c: expected …; found …`, or a JSON syntax error by line and column
 */
export function parseWorkloadStandards(file: string, text: string): WorkloadStandards {
  const data = parseJsonText(file, text);
  const result = workloadStandardsSchema.safeParse(data, parseWithoutCompiling);
  if (!result.success) throw modelInputError(file, data, result.error);
  return result.data;
}

/** The standards' plain numbers, for the staffing model. */
export function workloadStandardValues(standards: WorkloadStandards): WorkloadStandardValues {
  return valuesOf(standards);
}
