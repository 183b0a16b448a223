import { InvalidArgumentError } from "commander";
import { autoRuleInBrief } from "../forecast/choose-method.js";
import { forecastMethods } from "../forecast/methods.js";

/** `--method`: `auto` or a name from the method list. */
export function parseMethodName(text: string): string {
  const names = forecastMethods.map((method) => method.name);
  if (text !== "auto" && !names.includes(text)) {
    throw new InvalidArgumentError(`expected auto or one of ${names.join(", ")}; found "${text}"`);
  }
  return text;
}

/** The `--method` option's help: every choice with its label. */
export function methodHelp(): string {
  return `auto (${autoRuleInBrief.replace(/^auto: /, "")}) or one of: ${forecastMethods.map((method) => `${method.name} (${method.label})`).join(", ")}`;
}
