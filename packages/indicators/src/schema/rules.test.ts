import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { isoDate } from '../testing/arbitraries.js';
import { isHttpUrl, isIsoDate } from './rules.js';

// Property tests run hundreds of cases; on a loaded machine they can pass 5 s. Speed is measured by benchmarks, not here.
vi.setConfig({ testTimeout: 60_000 });

describe('isIsoDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2026-03-01', '0001-01-01', '9999-12-31']) expect(isIsoDate(date)).toBe(true);
    for (const date of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', ' 2026-03-01', '2026-03-01T00:00', '']) {
      expect(isIsoDate(date)).toBe(false);
    }
  });

  it('agrees with the zod rule that the JSON Schema carries', () => {
    const zodDate = z.iso.date();
    const candidate = fc.oneof(
      isoDate,
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(candidate, (text) => {
      expect(isIsoDate(text)).toBe(zodDate.safeParse(text).success);
    }), { numRuns: 3000 });
  });
});

describe('isHttpUrl', () => {
  it('accepts http(s) addresses with a host and nothing else', () => {
    for (const url of ['https://www.tallinn.ee', 'http://example.org/a?b=c#d', 'https://例え.jp/パス', 'https://[::1]:8080/']) expect(isHttpUrl(url)).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://x.org', 'www.tallinn.ee', 'https://', 'https:// x.org', 'https://x.org ', 'HTTPS://x.org', 'mailto:a@b.c', 'data:text/html,x', '']) {
      expect(isHttpUrl(url)).toBe(false);
    }
    expect(isHttpUrl(42)).toBe(false);
  });
});
