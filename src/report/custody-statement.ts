import type { CustodyFigure } from "../workload/custody-figure.js";
import type { Assumption } from "./provenance.js";
import { readableDate } from "./readable-date.js";
import { readableNumber } from "./readable-number.js";

/** One sentence saying which custody figure custody work is counted on, and that it is counted once. */
export function custodyStatement(custody: CustodyFigure): string {
  const once = "held in every forecast year and counted once: people in custody are not in the forecast caseload";
  if (custody.from === "register") {
    return (
      `Custody work is counted on the register projection's people in custody at each forecast year end (${custody.byYear
        .map((year) => `${readableNumber(year.people, 0)} at ${readableDate(year.periodEnding)}`)
        .join(", ")}), from ${custody.file} as at ${readableDate(custody.asOf)}, counted once: people in custody are not in the forecast caseload` +
      (custody.profileValueNotUsed === null ? "." : `; the force profile's peopleInCustody (${readableNumber(custody.profileValueNotUsed, 0)}) is not used.`)
    );
  }
  if (custody.from === "history") {
    return (
      `Custody work is counted on ${readableNumber(custody.people, 0)} people in custody at ${readableDate(custody.periodEnding)}, ` +
      `the latest custody figure of ${custody.file} (line ${custody.line}), ${once}` +
      (custody.profileValueNotUsed === null ? "." : `; the force profile's peopleInCustody (${readableNumber(custody.profileValueNotUsed, 0)}) is not used.`)
    );
  }
  return (
    `Custody work is counted on the force profile's peopleInCustody, ${readableNumber(custody.people, 0)} people, ${once}; ` +
    `the caseload history gives no custody figures.`
  );
}

/** The custody figure as the report's assumptions table lists it: the history's own figure, the profile's, or the register projection's. */
export function custodyAssumption(custody: CustodyFigure): Assumption {
  return {
    statement: custodyStatement(custody),
    source: custody.from === "history" ? custody.source || custody.file : custody.from === "register" ? `${custody.file} as at ${custody.asOf}` : custody.source,
    // a projected count, unlike a recorded one, is the model's
    isAssumption: custody.from === "register",
  };
}
