import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSsn } from '../../src/normalize/index.js';
import { NOT_STRINGS, SURROUNDING_SPACE, errorOf, expectRefused, hasFourDigits, isRefused, textWithDigits } from './_helpers.js';

const accepted: [string, string][] = [
  ['123-45-6789', '123456789'],
  ['123 45 6789', '123456789'],
  ['123456789', '123456789'],
  ['  123-45-6789  ', '123456789'],
  ['\t123 45 6789\n', '123456789'],
  ['123-456789', '123456789'],
  ['12345-6789', '123456789'],
  ['123-45 6789', '123456789'],
  ['001-01-0001', '001010001'],
  ['899-99-9999', '899999999'],
  ['665-12-3456', '665123456'],
  ['667-12-3456', '667123456'],
  ['078-05-1120', '078051120'], // the "Woolworth wallet" number is well-formed and accepted
];

const refused: [string, string][] = [
  ['000-12-3456', 'area number'],
  ['666-12-3456', 'area number'],
  ['900-70-1234', 'area number'],
  ['912-70-1234', 'area number'], // an ITIN
  ['999-99-9999', 'area number'],
  ['123-00-4567', 'group number'],
  ['123-45-0000', 'serial number'],
  ['12-3456789', 'expected 9 digits'], // EIN layout
  ['1234-5-6789', 'expected 9 digits'],
  ['12345678', 'expected 9 digits'],
  ['1234567890', 'expected 9 digits'],
  ['123-45-678a', 'expected 9 digits'],
  ['abc-de-fghi', 'expected 9 digits'],
  ['123--45-6789', 'expected 9 digits'],
  ['123.45.6789', 'expected 9 digits'],
  ['123_45_6789', 'expected 9 digits'],
  ['１２３-４５-６７８９', 'expected 9 digits'], // full-width digits
  ['123-45-6789 x', 'expected 9 digits'],
  ['', 'expected 9 digits'],
  ['   ', 'expected 9 digits'],
];

/** Valid SSN parts: area 001-899 except 666, group 01-99, serial 0001-9999. */
const validSsn = fc.record({
  area: fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
  group: fc.integer({ min: 1, max: 99 }),
  serial: fc.integer({ min: 1, max: 9999 }),
});
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const gap = fc.constantFrom('', '-', ' ');
const space = fc.constantFrom(...SURROUNDING_SPACE);

describe('normalizeSsn', () => {
  it.each(accepted)('accepts %j as %s', (input, expected) => {
    expect(normalizeSsn(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeSsn, 'ssn', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    const error = errorOf(() => normalizeSsn(value as string));
    expect(error.message).toBe('ssn: expected a string');
    expect(error.field).toBe('ssn');
  });

  it('gives the 9 digits for every valid SSN in every accepted layout, and is idempotent', () => {
    fc.assert(
      fc.property(validSsn, gap, gap, space, space, ({ area, group, serial }, g1, g2, before, after) => {
        const digits = pad(area, 3) + pad(group, 2) + pad(serial, 4);
        const input = `${before}${pad(area, 3)}${g1}${pad(group, 2)}${g2}${pad(serial, 4)}${after}`;
        const canonical = normalizeSsn(input);
        expect(canonical).toBe(digits);
        expect(normalizeSsn(canonical)).toBe(canonical);
      }),
    );
  });

  it('refuses never-issued areas, groups and serials with a message that does not depend on the digits', () => {
    const areaMessage = errorOf(() => normalizeSsn('000-12-3456')).message;
    const groupMessage = errorOf(() => normalizeSsn('123-00-4567')).message;
    const serialMessage = errorOf(() => normalizeSsn('123-45-0000')).message;
    expect(new Set([areaMessage, groupMessage, serialMessage]).size).toBe(3);
    const badArea = fc.oneof(fc.constant(0), fc.constant(666), fc.integer({ min: 900, max: 999 }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ area: badArea, group: fc.integer({ min: 1, max: 99 }), serial: fc.integer({ min: 1, max: 9999 }), expected: fc.constant(areaMessage) }),
          fc.record({ area: fc.integer({ min: 1, max: 665 }), group: fc.constant(0), serial: fc.integer({ min: 1, max: 9999 }), expected: fc.constant(groupMessage) }),
          fc.record({ area: fc.integer({ min: 1, max: 665 }), group: fc.integer({ min: 1, max: 99 }), serial: fc.constant(0), expected: fc.constant(serialMessage) }),
        ),
        gap,
        gap,
        ({ area, group, serial, expected }, g1, g2) => {
          const input = `${pad(area, 3)}${g1}${pad(group, 2)}${g2}${pad(serial, 4)}`;
          expect(expectRefused(normalizeSsn, 'ssn', input)).toBe(expected);
        },
      ),
    );
  });

  it('never repeats a refused input in the message', () => {
    const chars = fc.constantFrom(...'0123456789-  x.'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars, minLength: 4, maxLength: 14 }).filter(hasFourDigits), textWithDigits), (input) => {
        fc.pre(isRefused(normalizeSsn, input));
        expectRefused(normalizeSsn, 'ssn', input);
      }),
    );
  });
});
