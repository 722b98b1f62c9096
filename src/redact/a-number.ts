/**
 * USCIS alien registration numbers (A-numbers): `A` followed by 7 to 9 digits (`A123456789`,
 * `A12345678`), also written `A-123456789`, `A-123-456-789` or `A 123 456 789`, or 8 to 9 bare
 * digits (`123456789`, `123-456-789`) after a label such as `A-Number`, `alien number`, `A#`
 * (also glued: `A#123456789` is the label `A#` and the number), `número de extranjero` or
 * `número A`. USCIS pads 7- and 8-digit A-numbers
 * with leading zeros to 9 digits (`A012345678`), which is the canonical form for pseudonyms.
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of an `A`-prefixed number: 0.9 for 9 digits or 3-3-3 groups, 0.85 for 8, 0.6 for 7,
 * lower in lower case or with a bare space after the `A`. A label makes it 0.99; a negative label
 * right before it (`order A123456789`) multiplies by 0.6.
 * @example scoreWith(0.9, A_NUMBER_PREFIXED, verdict)
 */
export const A_NUMBER_PREFIXED: ScoreRule = Object.freeze({ positive: 0.99, negativeFactor: 0.6, requiresContext: false });
/**
 * Scores of bare digits (8 or 9, or 3-3-3 groups): an A-number only after an A-number label.
 * @example scoreWith(0, A_NUMBER_BARE, verdict)
 */
export const A_NUMBER_BARE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0, requiresContext: true });
const A_NUMBER_BARE_8: ScoreRule = Object.freeze({ positive: 0.9, negativeFactor: 0, requiresContext: true });
/** 7 bare digits (old A-numbers, written unpadded: `Alien no. 5235275`): only after an A-number label. */
const A_NUMBER_BARE_7: ScoreRule = Object.freeze({ positive: 0.9, negativeFactor: 0, requiresContext: true });

/**
 * `A` then: 7-9 digits after an optional `-`; or 3-3-3 digit groups (same separator) after an
 * optional `-` or space; or a space and 8-9 digits. `A#` is a label, not part of the number: in
 * `A#208803901` the value is `208803901`.
 */
const PREFIXED = /([Aa])(?:(-?)(\d{7,9})|([- ]?)\d{3}([- ])\d{3}\5\d{3}|( )\d{8,9})/y;
const GROUPED = /\d{3}([- ])\d{3}\1\d{3}/y;

/**
 * An `A`-prefixed A-number starting at `start` (on the `A`); returns its end or -1.
 * @example matchPrefixedANumber(sink, 7) // for 'A-Num: A123456789'
 */
export function matchPrefixedANumber(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.A_NUMBER)) return -1;
  const text = sink.text;
  PREFIXED.lastIndex = start;
  const m = PREFIXED.exec(text);
  if (m === null) return -1;
  const end = start + m[0].length;
  if (!endsValue(text, end)) return -1;
  const lower = m[1] === 'a';
  let base: number;
  if (m[3] !== undefined) {
    const n = m[3].length;
    base = n === 9 ? 0.9 : n === 8 ? 0.85 : 0.6;
    if (lower) base -= 0.2;
  } else if (m[6] !== undefined) {
    if (lower) return -1; // "a 12345678": an article before a number
    base = 0.6;
  } else {
    if (lower && m[4] === ' ') return -1;
    base = lower ? 0.7 : 0.9;
  }
  sink.add(BIT.A_NUMBER, start, end, base, A_NUMBER_PREFIXED);
  return end;
}

/**
 * 7, 8 or 9 bare digits at [start, end): an A-number candidate that only a label makes real.
 * @example addBareANumber(sink, 10, 19) // for 'A-Number: 123456789'
 */
export function addBareANumber(sink: Sink, start: number, end: number): void {
  if (!(sink.enabled & BIT.A_NUMBER)) return;
  const n = end - start;
  sink.add(BIT.A_NUMBER, start, end, 0, n === 9 ? A_NUMBER_BARE : n === 8 ? A_NUMBER_BARE_8 : A_NUMBER_BARE_7);
}

/**
 * 3-3-3 digit groups (`123-456-789`) starting at `start`, an A-number only after a label;
 * returns the end or -1.
 * @example matchGroupedANumber(sink, 10) // for 'A-Number: 123-456-789'
 */
export function matchGroupedANumber(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.A_NUMBER)) return -1;
  GROUPED.lastIndex = start;
  if (!GROUPED.test(sink.text)) return -1;
  const end = start + 11;
  if (!endsValue(sink.text, end)) return -1;
  sink.add(BIT.A_NUMBER, start, end, 0, A_NUMBER_BARE);
  return end;
}

/**
 * The canonical A-number: `A` and 9 digits, 7- and 8-digit numbers padded with zeros (USCIS's own
 * rule), whatever the separators; undefined when `value` holds fewer than 7 or more than 9 digits.
 * @example canonicalANumber('a-123-456-78') // 'A012345678'
 */
export function canonicalANumber(value: string): string | undefined {
  const digits = value.replace(/\D+/g, '');
  if (digits.length < 7 || digits.length > 9) return undefined;
  return 'A' + digits.padStart(9, '0');
}
