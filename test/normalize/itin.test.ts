import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeItin, normalizeSsn } from '../../src/normalize/index.js';
import { NOT_STRINGS, SURROUNDING_SPACE, errorOf, expectRefused } from './_helpers.js';

const accepted: [string, string][] = [
  ['912-70-1234', '912701234'],
  ['912 70 1234', '912701234'],
  ['912701234', '912701234'],
  ['  900-50-0000 ', '900500000'],
  ['999-65-9999', '999659999'],
  ['950-88-0001', '950880001'],
  ['901-90-1111', '901901111'],
  ['901-92-1111', '901921111'],
  ['901-94-1111', '901941111'],
  ['901-99-1111', '901991111'],
];

const refused: [string, string][] = [
  ['123-45-6789', 'starts with 9'], // an SSN
  ['812-70-1234', 'starts with 9'],
  ['912-49-1234', 'IRS ITIN ranges'],
  ['912-66-1234', 'IRS ITIN ranges'],
  ['912-69-1234', 'IRS ITIN ranges'],
  ['912-89-1234', 'IRS ITIN ranges'],
  ['912-93-1234', 'IRS ITIN ranges'], // ATIN
  ['912-00-1234', 'IRS ITIN ranges'],
  ['912-7-01234', 'expected 9 digits'],
  ['91270123', 'expected 9 digits'],
  ['9127012345', 'expected 9 digits'],
  ['912/70/1234', 'expected 9 digits'],
  ['', 'expected 9 digits'],
];

/** The IRS ranges written out independently of the implementation's table. */
const ITIN_GROUPS = [
  ...Array.from({ length: 16 }, (_, i) => 50 + i),
  ...Array.from({ length: 19 }, (_, i) => 70 + i),
  90,
  91,
  92,
  ...Array.from({ length: 6 }, (_, i) => 94 + i),
];
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('normalizeItin', () => {
  it.each(accepted)('accepts %j as %s', (input, expected) => {
    expect(normalizeItin(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeItin, 'itin', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizeItin(value as string)).message).toBe('itin: expected a string');
  });

  it('accepts exactly the IRS groups 50-65, 70-88, 90-92 and 94-99', () => {
    for (let group = 0; group < 100; group++) {
      const input = `912-${pad(group, 2)}-3456`;
      if (ITIN_GROUPS.includes(group)) expect(normalizeItin(input)).toBe(`912${pad(group, 2)}3456`);
      else expect(expectRefused(normalizeItin, 'itin', input)).toContain('IRS ITIN ranges');
    }
  });

  it('gives the 9 digits for every valid ITIN in every layout, is idempotent, and is never an SSN', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 900, max: 999 }),
        fc.constantFrom(...ITIN_GROUPS),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('', '-', ' '),
        fc.constantFrom('', '-', ' '),
        fc.constantFrom(...SURROUNDING_SPACE),
        (area, group, serial, g1, g2, around) => {
          const digits = `${area}${pad(group, 2)}${pad(serial, 4)}`;
          const canonical = normalizeItin(`${around}${area}${g1}${pad(group, 2)}${g2}${pad(serial, 4)}${around}`);
          expect(canonical).toBe(digits);
          expect(normalizeItin(canonical)).toBe(canonical);
          expectRefused(normalizeSsn, 'ssn', canonical);
        },
      ),
    );
  });

  it('never repeats a refused input in the message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('', '-', ' ', '/', '--'),
        (area, group, serial, sep) => {
          const input = `${pad(area, 3)}${sep}${pad(group, 2)}${sep}${pad(serial, 4)}`;
          const ok = sep !== '/' && sep !== '--' && area >= 900 && ITIN_GROUPS.includes(group);
          if (ok) expect(normalizeItin(input)).toHaveLength(9);
          else expectRefused(normalizeItin, 'itin', input);
        },
      ),
    );
  });
});
