/**
 * The error every function of `@losi/scoring` throws for input it cannot score: an unknown edition,
 * an answer for an indicator the edition does not have, a bad option. `path` says where the problem is,
 * relative to the argument (`answers.e-voting`, `edition`, `options.scoredPoints`, `[3].edition`).
 */
export class LosiScoringError extends Error {
  /** Where in the input the problem is; empty for the input as a whole. */
  readonly path: string;

  constructor(message: string, path: string) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'LosiScoringError';
    this.path = path;
  }
}
