import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizerFor } from '../../src/normalize/index.js';

describe('normalizeText', () => {
  it.each([
    ['  Case 2024-17 ', 'Case 2024-17'],
    ['EAC\u200b2190012345', 'EAC2190012345'],
    ['a\t\n b\u00a0c', 'a b c'],
    ['Jose\u0301', 'José'],
    ['A-123', 'A-123'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each(['', '   ', '\u200b', 'x\uD800'])('refuses %j with INPUT_INVALID, naming the kind only', (input) => {
    expect(() => normalizeText(input)).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID', field: 'text' }));
  });

  it('keeps case and punctuation (different ids stay different) and is idempotent', () => {
    expect(normalizeText('A-123')).not.toBe(normalizeText('a123'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        let t: string;
        try {
          t = normalizeText(s);
        } catch {
          return;
        }
        expect(normalizeText(t)).toBe(t);
      }),
    );
  });

  it('is the registry entry for kind "text"', () => {
    expect(normalizerFor('text')).toBe(normalizeText);
  });
});
