import { Command } from "commander";
import { z } from "zod";
import { forceProfileSchema } from "../../inputs/force-profile.js";
import { staffingScenarioSchema } from "../../inputs/staffing-scenario.js";
import { workloadStandardsSchema } from "../../inputs/workload-standards.js";
import { checkOutputDirectory, writeOutputDirectory } from "../../io/write-output-directory.js";
import type { CommandContext } from "../command-context.js";
import { replaceHelp } from "../options.js";

interface SchemaOptions {
  out: string;
  replace: boolean;
}

/** The JSON Schema of each model file, as text; editors such as VS Code check a file against it through `$schema`. */
export function modelSchemaFiles(): Map<string, string> {
  const schemas: [string, z.ZodType][] = [
    ["workload-standards.schema.json", workloadStandardsSchema],
    ["force-profile.schema.json", forceProfileSchema],
    ["staffing-scenario.schema.json", staffingScenarioSchema()],
  ];
  return new Map(schemas.map(([name, schema]) => [name, `${JSON.stringify(z.toJSONSchema(schema, { io: "input" }), null, 2)}\n`]));
}

/** `mosovo schema`: writes the JSON Schema of the model files. */
export function schemaCommand(context: CommandContext): Command {
  return new Command("schema")
    .description("Write the JSON Schema of the model files (workload standards, force profile, staffing scenario).")
    .option("--out <dir>", "folder to write the schemas into", "schemas")
    .option("--replace", replaceHelp("schema"), false)
    .addHelpText(
      "after",
      `
Writes workload-standards.schema.json, force-profile.schema.json and staffing-scenario.schema.json. A
model file that names one in "$schema" is checked as you type in editors such as VS Code. The schema
checks keys, types and ranges; only mosovo itself checks that the risk mix adds up to 1, that time away
leaves time for casework, and that a scenario's hires fall within the forecast years.

Examples:
  mosovo schema
  mosovo schema --out my-models/schemas --replace`,
    )
    .action((options: SchemaOptions) => {
      checkOutputDirectory(options.out, { replace: options.replace, command: "schema" });
      const files = modelSchemaFiles();
      writeOutputDirectory(options.out, files, { replace: options.replace, command: "schema" });
      context.print(`Wrote ${[...files.keys()].join(", ")} to ${options.out}`);
    });
}
