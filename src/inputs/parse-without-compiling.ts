/**
 * How every input is checked against its zod schema: without zod's compiled fast path. zod compiles an
 * object schema into a function on its first parse, which pays only over many parses; a run checks each
 * file once (a history's rows: at most a hundred), and compiling costs more than checking. The result
 * and every issue are the same either way.
 */
export const parseWithoutCompiling = { jitless: true } as const;
