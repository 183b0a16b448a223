import type { CaseloadForecast } from "../forecast/caseload-forecast.js";
import { forecastMethods } from "../forecast/methods.js";
import { registerMethodName } from "../forecast/register-caseload-forecast.js";
import type { Assumption } from "./provenance.js";

/** Where each fitted method is defined, in the method list's order. */
export function forecastMethodReferences(result: CaseloadForecast): { method: string; reference: string }[] {
  return result.methods.map((fitted) => ({
    method: fitted.label,
    reference:
      fitted.method === registerMethodName
        ? "A monthly stock-and-flow microsimulation of the force's register (mosovo register): known end and release dates, other exits at the extract's own rates, joiners forecast from past joiners"
        : (forecastMethods.find((method) => method.name === fitted.method)?.reference ?? ""),
  }));
}

/** What any caseload forecast takes as given, for the report's assumptions table. */
export function forecastAssumptions(result: CaseloadForecast): Assumption[] {
  const counted = result.history.counted;
  return [
    // a history of rsos alone is read as the community count: a judgement the user may correct
    ...(counted === undefined ? [] : [{ statement: counted.statement, source: "the caseload history's columns", isAssumption: counted.basis === "rsos" }]),
    {
      statement:
        "The caseload goes on changing as it did in the years shown; a change in law or practice that the history does not hold (such as the Sentencing Bill 2025) is not in the forecast and belongs in a scenario.",
      source: "tool default",
      isAssumption: true,
    },
    {
      statement: `The forecast uses ${result.chosen.label}. ${result.choice.rule}`,
      source: "mosovo forecast method list and the auto rule (README, Methods)",
      isAssumption: true,
    },
    {
      statement:
        "Prediction intervals assume future errors are like the errors the method made on the history; the backtest table shows how often they held in the past.",
      source: "the method's own interval formula (README, Methods)",
      isAssumption: true,
    },
  ];
}
