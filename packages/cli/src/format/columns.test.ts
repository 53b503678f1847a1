import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { renderColumns } from './columns.js';

describe('renderColumns', () => {
  it('aligns by terminal width (wide characters, colour codes), two spaces apart, no trailing spaces', () => {
    const colors = picocolors.createColors(true);
    const out = renderColumns(['#', 'City', 'LOSI'], [['1', '東京', colors.bold('0.8000')], ['10', 'Rio', '0.5']], ['right', 'left', 'right']);
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain.split('\n')).toEqual([' #  City    LOSI', ' 1  東京  0.8000', '10  Rio      0.5']);
  });

  it('lays out 10,000 rows (the ranking of a national study) in one pass each to measure and write', () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => [String(k + 1), `City ${k}`, '0.5000']);
    const lines = renderColumns(['#', 'City', 'LOSI'], rows, ['right', 'left', 'right']).split('\n');
    expect(lines).toHaveLength(10_001);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});
