/**
 * Dates of birth: a date is reported only when its context says it is a birth date (`DOB`,
 * `born`, `date of birth`, `fecha de nacimiento`, `nacido/a el`, `F. nac.`...). Other dates
 * (appointments, hearings, arrivals, `fecha de la cita`) are not detected.
 *
 * Shapes: `03/04/1985`, `3-4-85`, `04.03.1985` (month and day in either order, since Spanish
 * writes the day first), `1985-03-04`, `19850304`, and month names in English or Spanish:
 * `March 4, 1985`, `Mar. 4th 1985`, `4 March 1985`, `4th of March, 1985`, `04-Mar-1985`,
 * `4 de marzo de 1985`. The span is the date, without a weekday or `on`/`el` before it.
 * @module
 */
import { endsValue, startsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of a date: 0.95 after a birth label (less 0.01 per word between), otherwise not a
 * detection, except as a field of a record row that also holds an SSN, ITIN or A-number (0.6,
 * see `record-row.ts`).
 * @example scoreWith(0, DATE_OF_BIRTH_RULE, verdict)
 */
export const DATE_OF_BIRTH_RULE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0, requiresContext: true, recordRow: 0.6 });

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene'],
  ['february', 'feb', 'febrero'],
  ['march', 'mar', 'marzo'],
  ['april', 'apr', 'abril', 'abr'],
  ['may', 'mayo'],
  ['june', 'jun', 'junio'],
  ['july', 'jul', 'julio'],
  ['august', 'aug', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octubre'],
  ['november', 'nov', 'noviembre'],
  ['december', 'dec', 'diciembre', 'dic'],
];
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));
/** Longest first, so `marzo` is not read as `mar`. */
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})/y;
const ISO = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})/y;
const ORDINAL = '(?:st|nd|rd|th|º|°|ª)?';
const DAY_FIRST = new RegExp(`(\\d{1,2})${ORDINAL}(?:[ ]+(?:of|de)[ ]+|[ ]+|[ ]?-[ ]?)(${MONTH})\\.?(?:,?[ ]+(?:(?:of|de|del)[ ]+)?|[ ]?-[ ]?)(\\d{4})`, 'iy');
const MONTH_FIRST = new RegExp(`(${MONTH})\\.?[ ]+(\\d{1,2})${ORDINAL}(?:,[ ]*|[ ]+)(?:(?:of|de|del)[ ]+)?(\\d{4})`, 'iy');
/** A month name (and optional period) then spaces, ending where a day number starts. */
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH})\\.?[ ]+$`, 'iu');

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when y-m-d exists (a two-digit year is read in the 1900s or 2000s; both agree on Feb 29 except for 00). */
function exists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function year(token: string): number {
  const y = Number(token);
  return token.length === 2 ? 2000 + y : y;
}

function plausibleYear(y: number, digits: number): boolean {
  return digits === 2 || (y >= 1850 && y <= 2100);
}

function add(sink: Sink, start: number, end: number): number {
  if (!endsValue(sink.text, end)) return -1;
  sink.add(BIT.DATE_OF_BIRTH, start, end, 0, DATE_OF_BIRTH_RULE);
  return end;
}

/**
 * A date written with digits only, starting at `start`; returns its end or -1.
 * @example matchNumericDate(sink, 5) // for 'DOB: 03/04/1985'
 */
export function matchNumericDate(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.DATE_OF_BIRTH)) return -1;
  const text = sink.text;
  NUMERIC.lastIndex = start;
  const m = NUMERIC.exec(text);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = year(m[4]!);
    if (plausibleYear(y, m[4]!.length) && (exists(y, a, b) || exists(y, b, a))) {
      const end = add(sink, start, start + m[0].length);
      if (end >= 0) return end;
    }
  }
  // The digits the scanner stopped at: 4 may start an ISO date, 1 or 2 a Roman-numeral one.
  let p = start;
  while (p < text.length && text.charCodeAt(p) >= 0x30 && text.charCodeAt(p) <= 0x39) p++;
  if (p - start === 4) {
    ISO.lastIndex = start;
    const iso = ISO.exec(text);
    if (iso !== null) {
      const y = Number(iso[1]);
      if (plausibleYear(y, 4) && exists(y, Number(iso[3]), Number(iso[4]))) return add(sink, start, start + iso[0].length);
    }
    return -1;
  }
  const roman = text.charCodeAt(p + 1) | 0x20;
  if (p - start > 2 || (roman !== 0x69 /* i */ && roman !== 0x76 /* v */ && roman !== 0x78) /* x */) return -1;
  ROMAN_DATE.lastIndex = start;
  const r = ROMAN_DATE.exec(text);
  if (r !== null) {
    const y = year(r[4]!);
    const month = ROMAN_MONTHS.indexOf(r[3]!.toUpperCase()) + 1;
    if (plausibleYear(y, r[4]!.length) && exists(y, month, Number(r[1]))) return add(sink, start, start + r[0].length);
  }
  return -1;
}

/** Roman-numeral months, as written on Latin American and European forms (`8/IX/2003`, `18-x-1959`). */
const ROMAN_MONTHS: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** Day, separator, Roman month, the same separator, year. Longest numerals first. */
const ROMAN_DATE = /(\d{1,2})([/.-])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4}|\d{2})(?![\p{L}\p{N}])/iuy;

/**
 * 8 bare digits at [start, end) read as `YYYYMMDD`, `MMDDYYYY` or `DDMMYYYY`.
 * @example addEightDigitDate(sink, 5, 13) // for 'DOB: 19850304'
 */
export function addEightDigitDate(sink: Sink, start: number, end: number): void {
  if (!(sink.enabled & BIT.DATE_OF_BIRTH)) return;
  const s = sink.text.slice(start, end);
  const n = (from: number, to: number): number => Number(s.slice(from, to));
  const ymd = plausibleYear(n(0, 4), 4) && exists(n(0, 4), n(4, 6), n(6, 8));
  const y = n(4, 8);
  const other = plausibleYear(y, 4) && (exists(y, n(0, 2), n(2, 4)) || exists(y, n(2, 4), n(0, 2)));
  if (ymd || other) sink.add(BIT.DATE_OF_BIRTH, start, end, 0, DATE_OF_BIRTH_RULE);
}

/**
 * A date with a month name whose day number starts at `start` (`4 March 1985`, or
 * `March 4, 1985` when the month name ends just before `start`); returns its end or -1.
 * @example matchMonthNameDate(sink, 12) // for 'born March 4, 1985'
 */
export function matchMonthNameDate(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.DATE_OF_BIRTH)) return -1;
  const text = sink.text;
  let best = -1;
  DAY_FIRST.lastIndex = start;
  const d = DAY_FIRST.exec(text);
  if (d !== null && exists(Number(d[3]), MONTH_NUMBER.get(d[2]!.toLowerCase())!, Number(d[1])) && plausibleYear(Number(d[3]), 4)) {
    best = add(sink, start, start + d[0].length);
  }
  if (start > 2 && text.charCodeAt(start - 1) === 0x20) {
    const from = Math.max(0, start - 16);
    const before = MONTH_BEFORE.exec(text.slice(from, start));
    const monthStart = before === null ? -1 : from + before.index;
    if (monthStart >= 0 && startsValue(text, monthStart)) {
      MONTH_FIRST.lastIndex = monthStart;
      const m = MONTH_FIRST.exec(text);
      if (m !== null && exists(Number(m[3]), MONTH_NUMBER.get(m[1]!.toLowerCase())!, Number(m[2])) && plausibleYear(Number(m[3]), 4)) {
        best = Math.max(best, add(sink, monthStart, monthStart + m[0].length));
      }
    }
  }
  return best;
}
