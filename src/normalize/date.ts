/**
 * Calendar dates (dates of birth): canonical form is ISO 8601 `YYYY-MM-DD`.
 * @module
 */
import { _fail, _requireString } from './_shared.js';

/** Earliest and latest accepted years: outside them a date of birth or service date is a typo. */
const MIN_YEAR = 1850;
const MAX_YEAR = 2100;

/** Three runs of digits with the same separator, `-` or `/`: `1985-03-04`, `3/4/1985`, `85-3-4`. */
const NUMERIC = /^(\d+)([-/])(\d+)\2(\d+)$/;
const DIGITS = /^\d+$/;
/** Splits the forms with a month name: spaces, commas, periods (`Mar.`), dashes and slashes (`4-Mar-1985`). */
const WORD_SEPARATORS = /[\s,./-]+/u;
const LETTERS = /^\p{L}+$/u;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const HAS_LETTER = /\p{L}/u;

/** English and Spanish month names and their usual abbreviations, lower-case. */
const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const names: readonly (readonly string[])[] = [
    ['january', 'jan', 'enero', 'ene'],
    ['february', 'feb', 'febrero'],
    ['march', 'mar', 'marzo'],
    ['april', 'apr', 'abril', 'abr'],
    ['may', 'mayo'],
    ['june', 'jun', 'junio'],
    ['july', 'jul', 'julio'],
    ['august', 'aug', 'agosto', 'ago'],
    ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'set'],
    ['october', 'oct', 'octubre'],
    ['november', 'nov', 'noviembre'],
    ['december', 'dec', 'diciembre', 'dic'],
  ];
  const map = new Map<string, number>();
  names.forEach((forms, i) => {
    for (const form of forms) map.set(form, i + 1);
  });
  return map;
})();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Why y-m-d is not an accepted date, or undefined when it is one (proleptic Gregorian calendar). */
function calendarProblem(y: number, m: number, d: number): string | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR) return `year outside ${MIN_YEAR}-${MAX_YEAR}`;
  if (m < 1 || m > 12) return 'month outside 1-12 (month/day/year order is assumed; day/month/year is not accepted)';
  const last = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
  if (d < 1 || d > last) return 'day does not exist in that month';
  return undefined;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function checked(kind: string, y: number, m: number, d: number): string {
  const problem = calendarProblem(y, m, d);
  if (problem !== undefined) _fail(kind, problem);
  return iso(y, m, d);
}

const UNRECOGNIZED =
  'unrecognized format (expected YYYY-MM-DD, YYYY/MM/DD, M/D/YYYY, M-D-YYYY, YYYYMMDD, MMDDYYYY or a month name with a 4-digit year)';
const TWO_DIGIT_YEAR = 'ambiguous two-digit year (write the year with 4 digits)';

/** `YYYYMMDD` or `MMDDYYYY`: accepted only when exactly one of the two readings is a valid date. */
function parseEightDigits(kind: string, s: string): string {
  const n = (from: number, to: number): number => Number(s.slice(from, to));
  const ymd = calendarProblem(n(0, 4), n(4, 6), n(6, 8)) === undefined;
  const mdy = calendarProblem(n(4, 8), n(0, 2), n(2, 4)) === undefined;
  // With years 1850-2100 both readings can never hold (MM <= 12 would be a year before 1300), but
  // the rule stays explicit so that widening the range can never turn ambiguity into a guess.
  if (ymd && mdy) _fail(kind, '8 digits read as a valid date both as YYYYMMDD and as MMDDYYYY');
  if (ymd) return iso(n(0, 4), n(4, 6), n(6, 8));
  if (mdy) return iso(n(4, 8), n(0, 2), n(2, 4));
  return _fail(kind, '8 digits are a valid date neither as YYYYMMDD nor as MMDDYYYY');
}

/** Forms with a month name: `March 4, 1985`, `Mar 4 1985`, `4 March 1985`, `4 de marzo de 1985`, `1985-Mar-04`. */
function parseWithMonthName(kind: string, s: string): string {
  const tokens = s.toLowerCase().split(WORD_SEPARATORS).filter((t) => t !== '' && t !== 'de' && t !== 'del');
  if (tokens.length !== 3) _fail(kind, UNRECOGNIZED);
  const monthAt = tokens.findIndex((t) => LETTERS.test(t));
  if (monthAt < 0 || monthAt > 1 || tokens.findIndex((t, i) => i > monthAt && LETTERS.test(t)) >= 0) _fail(kind, UNRECOGNIZED);
  const month = MONTHS.get(tokens[monthAt] as string);
  if (month === undefined) _fail(kind, 'unknown month name (English or Spanish names and abbreviations are accepted)');
  const first = tokens[0] as string;
  const last = tokens[2] as string;
  let dayToken: string;
  let yearToken: string;
  if (monthAt === 0) {
    [dayToken, yearToken] = [tokens[1] as string, last]; // March 4, 1985
  } else if (first.length === 4 && DIGITS.test(first)) {
    [dayToken, yearToken] = [last, first]; // 1985-Mar-04
  } else {
    [dayToken, yearToken] = [first, last]; // 4 March 1985, 4 de marzo de 1985
  }
  const ordinal = ORDINAL_DAY.exec(dayToken);
  const day = ordinal !== null ? (ordinal[1] as string) : dayToken;
  if (!DIGITS.test(day) || day.length > 2 || !DIGITS.test(yearToken)) _fail(kind, UNRECOGNIZED);
  if (yearToken.length === 2) _fail(kind, TWO_DIGIT_YEAR);
  if (yearToken.length !== 4) _fail(kind, UNRECOGNIZED);
  return checked(kind, Number(yearToken), month, Number(day));
}

function parseDate(kind: string, value: string): string {
  _requireString(kind, value);
  const s = value.trim();
  const m = NUMERIC.exec(s);
  if (m !== null) {
    const a = m[1] as string;
    const b = m[3] as string;
    const c = m[4] as string;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) return checked(kind, Number(a), Number(b), Number(c));
    if (a.length <= 2 && b.length <= 2 && c.length === 4) return checked(kind, Number(c), Number(a), Number(b));
    if (a.length <= 2 && b.length <= 2 && c.length <= 2) _fail(kind, TWO_DIGIT_YEAR);
    _fail(kind, UNRECOGNIZED);
  }
  if (DIGITS.test(s)) {
    if (s.length === 8) return parseEightDigits(kind, s);
    if (s.length === 6) _fail(kind, TWO_DIGIT_YEAR); // MMDDYY or YYMMDD
    _fail(kind, UNRECOGNIZED);
  }
  if (HAS_LETTER.test(s)) return parseWithMonthName(kind, s);
  return _fail(kind, UNRECOGNIZED);
}

/**
 * Canonical form of a calendar date (e.g. a date of birth): ISO 8601 `YYYY-MM-DD`.
 *
 * Accepts, with surrounding whitespace:
 * - `YYYY-MM-DD`, `YYYY/MM/DD` (month and day may have 1 or 2 digits);
 * - `M/D/YYYY`, `MM/DD/YYYY`, `M-D-YYYY`, `MM-DD-YYYY`: **US order, month first**. Day-first
 *   (`25/12/1985`) is never assumed: it fails as a month out of range, and `04/03/1985` is April 3;
 * - 8 digits, read both as `YYYYMMDD` and as `MMDDYYYY`: accepted only when exactly one reading is a
 *   valid date (with the 1850-2100 range this is always the case for valid input);
 * - a month name in English or Spanish, full or abbreviated (`Mar.`, `Sept`, `ene`), with a 4-digit
 *   year: `March 4, 1985`, `Mar 4 1985`, `March 4th, 1985`, `4 March 1985`, `4-Mar-1985`,
 *   `1985-Mar-04`, `4 de marzo de 1985`.
 *
 * Refuses, with `INPUT_INVALID` (field `date`, or `dob` through the registry), rather than guessing:
 * two-digit years (`3/4/85`, 6 digits), dates that do not exist (Feb 29 outside leap years,
 * April 31, month 13), years before 1850 or after 2100, times and time zones (`1985-03-04T00:00`),
 * dotted forms (`04.03.1985`, day-first in much of the world), mixed separators and anything else.
 * Messages never repeat the value.
 * @example normalizeDate('March 4, 1985') // '1985-03-04'
 * @example normalizeDate('3/4/1985') // '1985-03-04' (month first)
 */
export function normalizeDate(value: string): string {
  return parseDate('date', value);
}

/**
 * {@link normalizeDate} under the kind name `dob`, so that its error messages and `field` say `dob`.
 * Internal: the registry's `dob` entry; the output is identical to `normalizeDate`.
 * @example _normalizeDob('1985-03-04') // '1985-03-04'
 */
export function _normalizeDob(value: string): string {
  return parseDate('dob', value);
}
