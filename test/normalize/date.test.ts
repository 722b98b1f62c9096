import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../src/normalize/index.js';
import { NOT_STRINGS, SURROUNDING_SPACE, errorOf, expectRefused, hasFourDigits, isRefused, textWithDigits } from './_helpers.js';

const accepted: [string, string][] = [
  ['1985-03-04', '1985-03-04'],
  ['1985/03/04', '1985-03-04'],
  ['1985-3-4', '1985-03-04'],
  ['3/4/1985', '1985-03-04'], // month first: March 4
  ['03/04/1985', '1985-03-04'],
  ['3-4-1985', '1985-03-04'],
  ['03-04-1985', '1985-03-04'],
  ['12/31/1999', '1999-12-31'],
  ['03041985', '1985-03-04'], // MMDDYYYY: as YYYYMMDD it would be year 0304
  ['19850304', '1985-03-04'], // YYYYMMDD: as MMDDYYYY it would be month 19
  ['12311999', '1999-12-31'],
  ['March 4, 1985', '1985-03-04'],
  ['march 4 1985', '1985-03-04'],
  ['MARCH 4,1985', '1985-03-04'],
  ['Mar 4 1985', '1985-03-04'],
  ['Mar. 4, 1985', '1985-03-04'],
  ['March 4th, 1985', '1985-03-04'],
  ['September 1st 2001', '2001-09-01'],
  ['Sept 11, 2001', '2001-09-11'],
  ['4 March 1985', '1985-03-04'],
  ['4th March 1985', '1985-03-04'],
  ['4-Mar-1985', '1985-03-04'],
  ['04-MAR-1985', '1985-03-04'],
  ['1985-Mar-04', '1985-03-04'],
  ['4 de marzo de 1985', '1985-03-04'],
  ['4 de Marzo del 1985', '1985-03-04'],
  ['1 de enero de 2000', '2000-01-01'],
  ['15 agosto 1990', '1990-08-15'],
  ['31 dic 1999', '1999-12-31'],
  ['7 de setiembre de 1970', '1970-09-07'],
  ['  1985-03-04  ', '1985-03-04'],
  ['2/29/2000', '2000-02-29'], // divisible by 400: leap
  ['2/29/2096', '2096-02-29'],
  ['1850-01-01', '1850-01-01'],
  ['2100-12-31', '2100-12-31'],
];

const refused: [string, string][] = [
  ['3/4/85', 'two-digit year'],
  ['03-04-85', 'two-digit year'],
  ['85-03-04', 'two-digit year'],
  ['030485', 'two-digit year'],
  ['March 4, 85', 'two-digit year'],
  ['4 de marzo de 85', 'two-digit year'],
  ['2/29/1900', 'day does not exist'], // divisible by 100 but not 400: not leap
  ['2/29/1985', 'day does not exist'],
  ['2/30/2000', 'day does not exist'],
  ['4/31/1985', 'day does not exist'],
  ['June 31, 1985', 'day does not exist'],
  ['1985-02-00', 'day does not exist'],
  ['13/1/1985', 'month outside 1-12'],
  ['25/12/1985', 'month outside 1-12'], // day-first is never assumed
  ['1985-13-01', 'month outside 1-12'],
  ['0/1/1985', 'month outside 1-12'],
  ['1/1/1849', 'year outside'],
  ['2101-01-01', 'year outside'],
  ['1 January 1700', 'year outside'],
  ['12345678', 'neither as YYYYMMDD nor as MMDDYYYY'],
  ['99999999', 'neither as YYYYMMDD nor as MMDDYYYY'],
  ['18491231', 'neither as YYYYMMDD nor as MMDDYYYY'],
  ['Foo 4, 1985', 'unknown month name'],
  ['4 März 1985', 'unknown month name'],
  ['1985-03-04T00:00:00Z', 'unrecognized format'],
  ['1985-03-04 00:00', 'unrecognized format'],
  ['04.03.1985', 'unrecognized format'],
  ['1985-03/04', 'unrecognized format'], // mixed separators
  ['1985', 'unrecognized format'],
  ['1985-03', 'unrecognized format'],
  ['3/4', 'unrecognized format'],
  ['03/004/1985', 'unrecognized format'],
  ['03/04/01985', 'unrecognized format'],
  ['19850304123', 'unrecognized format'],
  ['Monday, March 4, 1985', 'unrecognized format'],
  ['March March 1985', 'unrecognized format'],
  ['1985 4 March', 'unrecognized format'],
  ['March 1985', 'unrecognized format'],
  ['March 123 1985', 'unrecognized format'],
  ['March 4, 19850', 'unrecognized format'],
  ['yesterday', 'unrecognized format'],
  ['', 'unrecognized format'],
  ['  ', 'unrecognized format'],
];

const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SPANISH = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ORDINAL = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const p2 = (n: number): string => String(n).padStart(2, '0');

/** Reference calendar: JavaScript's Date (proleptic Gregorian), checked by round trip. */
function exists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const validDate = fc
  .record({ y: fc.integer({ min: 1850, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => exists(y, m, d));

/** Every accepted way of writing y-m-d. */
function renderings(y: number, m: number, d: number): string[] {
  const en = ENGLISH[m - 1]!;
  const es = SPANISH[m - 1]!;
  return [
    `${y}-${p2(m)}-${p2(d)}`,
    `${y}/${m}/${d}`,
    `${y}-${m}-${p2(d)}`,
    `${m}/${d}/${y}`,
    `${p2(m)}/${p2(d)}/${y}`,
    `${m}-${d}-${y}`,
    `${p2(m)}-${p2(d)}-${y}`,
    `${y}${p2(m)}${p2(d)}`,
    `${p2(m)}${p2(d)}${y}`,
    `${en} ${d}, ${y}`,
    `${en.slice(0, 3)} ${d} ${y}`,
    `${en.slice(0, 3)}. ${p2(d)}, ${y}`,
    `${en} ${ORDINAL(d)}, ${y}`,
    `${d} ${en} ${y}`,
    `${d}-${en.slice(0, 3).toUpperCase()}-${y}`,
    `${y}-${en.slice(0, 3)}-${p2(d)}`,
    `${d} de ${es} de ${y}`,
    `${d} de ${es.toUpperCase()} del ${y}`,
  ];
}

describe('normalizeDate', () => {
  it.each(accepted)('normalizes %j to %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeDate, 'date', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizeDate(value as string)).message).toBe('date: expected a string');
  });

  it('gives the ISO form for every valid date in every accepted rendering, and is idempotent', () => {
    fc.assert(
      fc.property(validDate, fc.nat(), fc.constantFrom(...SURROUNDING_SPACE), ({ y, m, d }, pick, around) => {
        const all = renderings(y, m, d);
        const input = around + all[pick % all.length]! + around;
        const canonical = normalizeDate(input);
        expect(canonical).toBe(`${y}-${p2(m)}-${p2(d)}`);
        expect(normalizeDate(canonical)).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts M/D/YYYY exactly when the date exists and its year is 1850-2100 (cross-checked with Date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2150 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const valid = y >= 1850 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && exists(y, m, d);
        const input = `${m}/${d}/${y}`;
        if (valid) expect(normalizeDate(input)).toBe(`${y}-${p2(m)}-${p2(d)}`);
        else expectRefused(normalizeDate, 'date', input);
      }),
      { numRuns: 2000 },
    );
  });

  it('checks every day of every month of a leap and a common year', () => {
    for (const y of [2000, 2023, 1900, 2024]) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const input = `${y}-${p2(m)}-${p2(d)}`;
          if (exists(y, m, d)) expect(normalizeDate(input)).toBe(input);
          else expect(expectRefused(normalizeDate, 'date', input)).toContain('day does not exist');
        }
      }
    }
  });

  it('never guesses an 8-digit value: accepted only when exactly one reading is a valid date', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (input) => {
        const read = (y: string, m: string, d: string): boolean =>
          Number(y) >= 1850 && Number(y) <= 2100 && Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && exists(Number(y), Number(m), Number(d));
        const ymd = read(input.slice(0, 4), input.slice(4, 6), input.slice(6, 8));
        const mdy = read(input.slice(4, 8), input.slice(0, 2), input.slice(2, 4));
        if (ymd !== mdy) {
          const expected = ymd ? `${input.slice(0, 4)}-${input.slice(4, 6)}-${input.slice(6, 8)}` : `${input.slice(4, 8)}-${input.slice(0, 2)}-${input.slice(2, 4)}`;
          expect(normalizeDate(input)).toBe(expected);
        } else {
          expectRefused(normalizeDate, 'date', input);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses two-digit years in every layout with the same message', () => {
    const message = errorOf(() => normalizeDate('3/4/85')).message;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 }), fc.nat(), (m, d, yy, pick) => {
        const forms = [`${m}/${d}/${p2(yy)}`, `${p2(m)}-${p2(d)}-${p2(yy)}`, `${p2(yy)}-${p2(m)}-${p2(d)}`, `${p2(m)}${p2(d)}${p2(yy)}`, `${ENGLISH[m - 1]} ${d}, ${p2(yy)}`];
        expect(expectRefused(normalizeDate, 'date', forms[pick % forms.length]!)).toBe(message);
      }),
    );
  });

  it('never repeats a refused input in the message', () => {
    const chars = fc.constantFrom(...'0123456789/-. ,'.split(''), 'March ', 'de ', 'Foo ', '1985', '29');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars, minLength: 4, maxLength: 12 }).filter(hasFourDigits), textWithDigits), (input) => {
        fc.pre(isRefused(normalizeDate, input));
        expectRefused(normalizeDate, 'date', input);
      }),
      { numRuns: 1000 },
    );
  });
});
