/**
 * US Social Security numbers: canonical form is the 9 digits, no separators.
 * @module
 */
import { _fail, _requireString } from './_shared.js';

const KIND = 'ssn';

/** 3-2-4 digits; each of the two gaps may hold one dash or one space (or nothing). ASCII digits only. */
const SSN_LAYOUT = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/;

/**
 * Canonical form of an SSN: its 9 digits, e.g. `"123456789"`.
 *
 * Accepts `123-45-6789`, `123 45 6789`, `123456789` (one dash or space allowed in each of the two
 * gaps of the 3-2-4 layout) and surrounding whitespace. Refuses, with `INPUT_INVALID`
 * (field `ssn`), anything else: another digit count or layout (an EIN `12-3456789` is refused),
 * letters, non-ASCII digits, and numbers the SSA never issues: area (first three digits) 000, 666
 * or 900-999, group (digits 4-5) 00, serial (last four) 0000. Area 900-999 is the ITIN range: use
 * `normalizeItin` for those. Since SSN randomization (SSA, June 2011) every other area
 * 001-899 can be issued, so no further area ranges are refused. The message names the broken rule
 * and never repeats the value.
 * @example normalizeSsn(' 123-45-6789 ') // '123456789'
 */
export function normalizeSsn(value: string): string {
  _requireString(KIND, value);
  const m = SSN_LAYOUT.exec(value.trim());
  if (m === null) _fail(KIND, 'expected 9 digits, optionally grouped 3-2-4 with dashes or spaces');
  const area = m[1] as string;
  const group = m[2] as string;
  const serial = m[3] as string;
  if (area === '000' || area === '666' || area.charCodeAt(0) === 0x39 /* '9' */) {
    _fail(KIND, 'area number (first three digits) is never issued: 000, 666 and 900-999 are not SSN areas (900-999 are ITINs)');
  }
  if (group === '00') _fail(KIND, 'group number (digits 4-5) is never issued as 00');
  if (serial === '0000') _fail(KIND, 'serial number (last four digits) is never issued as all zeros');
  return area + group + serial;
}
