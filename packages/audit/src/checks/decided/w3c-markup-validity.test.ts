import { describe, expect, it } from 'vitest';
import { runCheck } from '../../run/run-checks.js';
import { artifacts } from '../testing/build.js';
import { w3cMarkupValidity } from './w3c-markup-validity.js';

describe('w3c-markup-validity', () => {
  it('passes with no errors', () => {
    expect(runCheck(w3cMarkupValidity, artifacts({ markup: { validator: 'html-validate 10.17.0', errors: [], warnings: 2 } })).status).toBe('pass');
  });

  it('fails on any error, pointing at the element', () => {
    const verdict = runCheck(w3cMarkupValidity, artifacts({ markup: { validator: 'html-validate 10.17.0', errors: [{ rule: 'element-required-attributes', message: '<img> is missing required "alt" attribute', line: 12, column: 3, selector: 'main > img' }], warnings: 0 } }));
    expect(verdict.status).toBe('fail');
    expect(verdict.evidence[0]).toMatchObject({ selector: 'main > img', snippet: '<img> is missing required "alt" attribute' });
  });

  it('is an error when the validator did not run', () => {
    expect(runCheck(w3cMarkupValidity, artifacts({ errors: { markup: 'crashed' } })).status).toBe('error');
  });
});
