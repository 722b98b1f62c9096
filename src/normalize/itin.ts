/**
 * IRS Individual Taxpayer Identification Numbers: canonical form is the 9 digits, no separators.
 * @module
 */
import { _fail, _requireString } from './_shared.js';

const KIND = 'itin';

/** 3-2-4 digits; each of the two gaps may hold one dash or one space (or nothing). ASCII digits only. */
const ITIN_LAYOUT = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/;

/**
 * Which groups (digits 4-5) the IRS issues ITINs in: 50-65, 70-88, 90-92 and 94-99 (IRS, "Individual
 * Taxpayer Identification Number", ITIN format). 93 is the ATIN (adoption) range, not an ITIN.
 */
const ITIN_GROUP = /* @__PURE__ */ (() => {
  const table = new Uint8Array(100);
  for (const [from, to] of [[50, 65], [70, 88], [90, 92], [94, 99]] as const) table.fill(1, from, to + 1);
  return table;
})();

/**
 * Canonical form of an ITIN: its 9 digits, e.g. `"912701234"`.
 *
 * Accepts the same layouts as `normalizeSsn`: `912-70-1234`, `912 70 1234`, `912701234`,
 * surrounding whitespace. Refuses, with `INPUT_INVALID` (field `itin`), any other layout or
 * character, a first digit other than 9, and a group (digits 4-5) outside the IRS ITIN ranges 50-65,
 * 70-88, 90-92, 94-99 (so SSNs and ATINs, group 93, are refused). The serial (last four digits) is
 * not checked: the IRS publishes no rule for it. The message never repeats the value.
 * @example normalizeItin('912-70-1234') // '912701234'
 */
export function normalizeItin(value: string): string {
  _requireString(KIND, value);
  const m = ITIN_LAYOUT.exec(value.trim());
  if (m === null) _fail(KIND, 'expected 9 digits, optionally grouped 3-2-4 with dashes or spaces');
  const area = m[1] as string;
  const group = m[2] as string;
  if (area.charCodeAt(0) !== 0x39 /* '9' */) _fail(KIND, 'an ITIN starts with 9');
  if (ITIN_GROUP[(group.charCodeAt(0) - 0x30) * 10 + group.charCodeAt(1) - 0x30] !== 1) {
    _fail(KIND, 'digits 4-5 are outside the IRS ITIN ranges 50-65, 70-88, 90-92 and 94-99');
  }
  return area + group + (m[3] as string);
}
