/** Chance-corrected agreement statistics on count tables: Cohen's kappa (two raters) and Fleiss' kappa (any number). */
import { LosiScoringError } from '../errors.js';

// Below this, chance agreement counts as total (every rating in one category) and kappa is undefined.
const EPSILON = 1e-12;

function clamp(kappa: number): number {
  return Math.min(1, Math.max(-1, kappa));
}

/**
 * Cohen's kappa of two raters from their contingency table: `table[i][j]` = items rater 1 put in category i and
 * rater 2 in category j (a square table). κ = (pₒ − pₑ) / (1 − pₑ), with pₒ the observed agreement and pₑ the
 * agreement expected by chance from each rater's own category shares.
 * @returns null when there are no items, or when chance agreement is total (both raters used one category only):
 * kappa is then undefined, whatever the observed agreement.
 * @throws LosiScoringError when the table is not square or holds a negative or non-whole count.
 */
export function cohenKappa(table: readonly (readonly number[])[]): number | null {
  const size = table.length;
  let total = 0;
  let diagonal = 0;
  const rows = new Array<number>(size).fill(0);
  const columns = new Array<number>(size).fill(0);
  table.forEach((row, i) => {
    if (row.length !== size) throw new LosiScoringError(`the table is square: row ${i} has ${row.length} cells, not ${size}`, `[${i}]`);
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) throw new LosiScoringError(`a count is a whole number, 0 or more, got ${count}`, `[${i}][${j}]`);
      total += count;
      rows[i]! += count;
      columns[j]! += count;
      if (i === j) diagonal += count;
    });
  });
  if (total === 0) return null;
  const observed = diagonal / total;
  let expected = 0;
  for (let k = 0; k < size; k++) expected += (rows[k]! / total) * (columns[k]! / total);
  if (1 - expected < EPSILON) return null;
  return clamp((observed - expected) / (1 - expected));
}

/**
 * Fleiss' kappa of any fixed number of raters from per-item category counts: `counts[i][j]` = raters who put item i
 * in category j; every item has the same number of ratings, at least 2. κ = (P̄ − P̄ₑ) / (1 − P̄ₑ), with P̄ the mean
 * agreement among pairs of raters per item and P̄ₑ the sum of squared overall category shares.
 * @returns null when there are no items or when chance agreement is total (every rating in one category).
 * @throws LosiScoringError when items have different numbers of ratings, fewer than 2, or bad counts.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const items = counts.length;
  if (items === 0) return null;
  const categories = counts[0]!.length;
  const raters = counts[0]!.reduce((sum, count) => sum + count, 0);
  if (raters < 2) throw new LosiScoringError(`Fleiss' kappa needs at least 2 ratings per item, got ${raters}`, '[0]');
  const shares = new Array<number>(categories).fill(0);
  let agreementSum = 0;
  counts.forEach((row, i) => {
    if (row.length !== categories) throw new LosiScoringError(`every item has ${categories} category counts, got ${row.length}`, `[${i}]`);
    let sum = 0;
    let squares = 0;
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) throw new LosiScoringError(`a count is a whole number, 0 or more, got ${count}`, `[${i}][${j}]`);
      sum += count;
      squares += count * count;
      shares[j]! += count;
    });
    if (sum !== raters) throw new LosiScoringError(`every item has ${raters} ratings, got ${sum}`, `[${i}]`);
    agreementSum += (squares - raters) / (raters * (raters - 1));
  });
  const observed = agreementSum / items;
  const expected = shares.reduce((sum, share) => sum + (share / (items * raters)) ** 2, 0);
  if (1 - expected < EPSILON) return null;
  return clamp((observed - expected) / (1 - expected));
}
