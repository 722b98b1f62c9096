import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/normalize/index.js';
import { NOT_STRINGS, SURROUNDING_SPACE, errorOf, expectRefused, hasFourDigits, isRefused, textWithDigits } from './_helpers.js';

const accepted: [string, string][] = [
  ['(212) 555-0123', '+12125550123'],
  ['212-555-0123', '+12125550123'],
  ['212.555.0123', '+12125550123'],
  ['+1 212 555 0123', '+12125550123'],
  ['1-212-555-0123', '+12125550123'],
  ['2125550123', '+12125550123'],
  ['+12125550123', '+12125550123'],
  ['12125550123', '+12125550123'],
  ['1 (212) 555-0123', '+12125550123'],
  ['+1 (212) 555-0123', '+12125550123'],
  ['(212)555-0123', '+12125550123'],
  ['+1-212-555-0123', '+12125550123'],
  ['  212 - 555 - 0123  ', '+12125550123'],
  ['(416) 555-0199', '+14165550199'], // Canada shares +1
  ['(999) 999-9999', '+19999999999'],
  ['(200) 200-0000', '+12002000000'],
];

const refused: [string, string][] = [
  ['(112) 555-0123', 'area code must start'],
  ['012-555-0123', 'area code must start'],
  ['1212555012', 'area code must start'], // 10 digits: area 121
  ['911-555-0123', 'N11 codes'],
  ['(411) 555-0123', 'N11 codes'],
  ['212-155-0123', 'exchange'],
  ['212-055-0123', 'exchange'],
  ['212-555-0123 x12', 'extensions'],
  ['212-555-0123 ext. 5', 'extensions'],
  ['(212) 555-0123 #4', 'extensions'],
  ['212-555-0123x12', 'extensions'],
  ['+44 20 7946 0958', 'expected a 10-digit US number'],
  ['+2 212 555 0123', 'expected a 10-digit US number'],
  ['2-212-555-0123', 'expected a 10-digit US number'],
  ['555-0123', 'expected a 10-digit US number'],
  ['1-800-FLOWERS', 'expected a 10-digit US number'],
  ['(212 555-0123', 'expected a 10-digit US number'],
  ['212) 555-0123', 'expected a 10-digit US number'],
  ['212/555/0123', 'expected a 10-digit US number'],
  ['212555012345', 'expected a 10-digit US number'],
  ['+1+212 555 0123', 'expected a 10-digit US number'],
  ['２１２-５５５-０１２３', 'expected a 10-digit US number'],
  ['', 'expected a 10-digit US number'],
];

const nxx = fc.integer({ min: 200, max: 999 });
const area = nxx.filter((n) => n % 100 !== 11);
const line = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
const sep = fc.constantFrom('', ' ', '-', '.', ' - ');

describe('normalizePhone', () => {
  it.each(accepted)('normalizes %j to %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizePhone, 'phone', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizePhone(value as string)).message).toBe('phone: expected a string');
  });

  it('gives E.164 for every valid NANP number in every accepted layout, and is idempotent', () => {
    fc.assert(
      fc.property(
        area,
        nxx,
        line,
        fc.constantFrom('', '1', '+1', '1 ', '+1 ', '1-', '+1-', '1.'),
        fc.boolean(),
        sep,
        sep,
        fc.constantFrom(...SURROUNDING_SPACE),
        (a, x, l, prefix, parens, s1, s2, around) => {
          const input = `${around}${prefix}${parens ? `(${a})` : a}${s1}${x}${s2}${l}${around}`;
          const canonical = normalizePhone(input);
          expect(canonical).toBe(`+1${a}${x}${l}`);
          expect(canonical).toMatch(/^\+1[2-9]\d{2}[2-9]\d{6}$/);
          expect(normalizePhone(canonical)).toBe(canonical);
        },
      ),
    );
  });

  it('refuses area codes and exchanges starting with 0 or 1 with a message that does not depend on the digits', () => {
    const areaMessage = errorOf(() => normalizePhone('112-555-0123')).message;
    const exchangeMessage = errorOf(() => normalizePhone('212-155-0123')).message;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), nxx, line, fc.boolean(), (bad, good, l, badIsArea) => {
        const b = String(bad).padStart(3, '0');
        // Keep the total at 10 digits, so that a leading 1 cannot be read as the country code.
        const input = badIsArea ? `(${b}) ${good}-${l}` : `(${good === 211 || good % 100 === 11 ? 212 : good}) ${b}-${l}`;
        expect(expectRefused(normalizePhone, 'phone', input)).toBe(badIsArea ? areaMessage : exchangeMessage);
      }),
    );
  });

  it('never repeats a refused input in the message', () => {
    const chars = fc.constantFrom(...'0123456789()-.+ x'.split(''), 'ext');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars, minLength: 4, maxLength: 20 }).filter(hasFourDigits), textWithDigits), (input) => {
        fc.pre(isRefused(normalizePhone, input));
        expectRefused(normalizePhone, 'phone', input);
      }),
      { numRuns: 1000 },
    );
  });
});
