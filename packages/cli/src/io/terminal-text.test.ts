import { describe, expect, it } from 'vitest';
import { terminalText } from './terminal-text.js';

describe('terminalText', () => {
  it('shows ESC, BEL, CR, LF, NUL, C1 and bidi overrides as escapes, and leaves other text alone', () => {
    expect(terminalText('Evil\u001b[2J\u0007\r\nTown\u0000\u009b\u202e')).toBe('Evil\\x1B[2J\\x07\\r\\nTown\\x00\\x9B\\u{202E}');
    expect(terminalText('São Paulo, 東京, القاهرة')).toBe('São Paulo, 東京, القاهرة');
  });
});
