/** A problem with an input, located by file and by row (CSV) or path (JSON). */
export interface Problem {
  /** The file as named on the command line, or `stdin`. */
  readonly file: string;
  /** `row 12`, `answers.e-voting`, `line 3, column 5`, or empty for the file as a whole. */
  readonly where: string;
  /** What is wrong and, where it helps, how to fix it. */
  readonly message: string;
}

/** `file:where: message`, the one-line form every command prints on stderr. */
export function formatProblem(problem: Problem): string {
  return problem.where ? `${problem.file}:${problem.where}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** A JSON path as `answers.e-voting` or `[2].city.name`, from a string path or an array of keys. */
export function formatPath(path: string | readonly (string | number)[] | undefined, prefix = ''): string {
  const tail = Array.isArray(path)
    ? path.reduce<string>(
        (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joined ? `${joined}.${key}` : String(key)),
        '',
      )
    : String(path ?? '');
  if (!prefix) return tail;
  if (!tail) return prefix;
  return tail.startsWith('[') ? `${prefix}${tail}` : `${prefix}.${tail}`;
}
