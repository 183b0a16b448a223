/**
 * The plain numbers the staffing model computes with: the workload standards and the force's profile
 * with their sources stripped (`valuesOf` in `inputs/sourced-value.ts`). Scenarios change these values,
 * not the files, so every function here takes them as arguments.
 */
/** Risk levels of ARMS / RM2000, in the order reports list them. */
export const riskLevels = ["veryHigh", "high", "medium", "low"];
/**
 * How a person in the community is managed: one of the four risk levels under active management, or
 * `lowReactive`, low risk under reactive management (APP: low risk for at least three years and not under
 * a court order; no routine home visits).
 */
export const managementGroups = ["veryHigh", "high", "medium", "low", "lowReactive"];
