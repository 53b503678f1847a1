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

/**
 * Results of different method versions of an edition are never mixed silently (see `ResultBase.methodologyVersion`).
 * @throws LosiScoringError at `path` when `other` was computed with another method version than `first`.
 */
export function assertSameMethod(
  first: { readonly edition: string; readonly methodology?: string; readonly methodologyVersion?: number },
  other: { readonly methodology?: string; readonly methodologyVersion?: number },
  path: string,
): void {
  if (first.methodology !== other.methodology) {
    // An indicator set's results ("adapted-from-LOSI-2024") never mix with official ones ("LOSI-2024").
    throw new LosiScoringError(`results of ${String(first.methodology)} and ${String(other.methodology)} are not mixed`, path.replace('Version', ''));
  }
  if (first.methodologyVersion !== other.methodologyVersion) {
    throw new LosiScoringError(
      `LOSI ${first.edition} results of method versions ${String(first.methodologyVersion)} and ${String(other.methodologyVersion)} are not mixed: score them again with one engine`,
      path,
    );
  }
}
