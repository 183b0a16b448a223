/** What a command may use of the world outside it, so that tests can drive commands without a process. */
export interface CommandContext {
  /** The tool's version, from package.json; every output states it. */
  version: string;
  /** Writes a result line to standard output. */
  print(line: string): void;
  /** Writes a progress or warning line to standard error. */
  warn(line: string): void;
}
