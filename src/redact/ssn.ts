/**
 * SSN and ITIN values of the 9-digit family. The structure decides the type: a valid ITIN is
 * always reported as ITIN, never as SSN; otherwise a valid SSN (the rules of `normalizeSsn`:
 * area not 000, 666 or 900-999, group not 00, serial not 0000) is an SSN; anything else is
 * neither.
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import { ITIN_BARE, ITIN_BARE_BASE, ITIN_FORMATTED, ITIN_FORMATTED_BASE, isItin } from './itin.js';
import type { Sink } from './sink.js';

/**
 * Numbers that pass the SSA rules but are samples printed in advertising and pamphlets, or typed
 * as placeholders: 078-05-1120 (the Woolworth wallet card, voided by the SSA), 219-09-9999 (an SSA
 * pamphlet sample) and 123-45-6789. The same digit nine times (`111-11-1111`) is a placeholder too.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

/**
 * True when the 9 ASCII digits are a well-formed SSN and not a well-known sample or placeholder
 * (see the module's `PLACEHOLDERS`). The rules are those of `normalizeSsn` (area not 000, 666 or
 * 900-999, group not 00, serial not 0000), checked without calling it: it refuses by throwing,
 * and building an error for each 9-digit number that is no SSN is a cost the scan need not pay.
 * A test checks that both agree.
 * @example isSsn('412557183') // true
 * @example isSsn('666123456') // false
 * @example isSsn('123456789') // false (placeholder)
 */
export function isSsn(digits: string): boolean {
  if (digits.length !== 9 || PLACEHOLDERS.has(digits)) return false;
  const c0 = digits.charCodeAt(0);
  const c1 = digits.charCodeAt(1);
  const c2 = digits.charCodeAt(2);
  if (c0 === 0x39 /* 900-999 */ || (c0 === 0x30 && c1 === 0x30 && c2 === 0x30) || (c0 === 0x36 && c1 === 0x36 && c2 === 0x36)) return false;
  if (digits.charCodeAt(3) === 0x30 && digits.charCodeAt(4) === 0x30) return false; // group 00
  if (digits.endsWith('0000')) return false; // serial 0000
  // The same digit nine times (`111111111`) is typed as a placeholder.
  let same = true;
  for (let i = 1; i < 9 && same; i++) same = digits.charCodeAt(i) === c0;
  return !same;
}

/**
 * Scores of an SSN written `ddd-dd-dddd` (0.85), `ddd dd dddd` (0.8) or with mixed separators
 * (0.7): reported without a label, unless a negative label stands right before it.
 * @example scoreWith(0.85, SSN_FORMATTED, verdict)
 */
export const SSN_FORMATTED: ScoreRule = Object.freeze({ positive: 0.99, negativeFactor: 0.25, requiresContext: false });
/**
 * Scores of 9 bare digits that are a valid SSN: 0.3 (not reported: most 9-digit numbers are not
 * SSNs) unless a label such as `SSN`, `social security` or `seguro social` says they are, or
 * they are a field of a record row with a phone number or email and a date (0.6, `record-row.ts`).
 * @example scoreWith(0.3, SSN_BARE, verdict)
 */
export const SSN_BARE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0.2, requiresContext: false, recordRow: 0.6 });

/**
 * Scores of 9 digits written with dots or OCR spacing (`412.55.7183`, `412 - 55 - 7183`,
 * `412  55  7183`): an SSN or ITIN only when a label says so (other numbers are written so too).
 * @example scoreWith(0, NINE_LOOSE, verdict)
 */
export const NINE_LOOSE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0, requiresContext: true });

/** `ddd.dd.dddd`, `ddd - dd - dddd`, `ddd  dd  dddd`: the same separator twice. */
const LOOSE = /\d{3}(\.| ?[-\u2013] ?| {2,3})\d{2}\1\d{4}/y;

/** `ddd-dd-dddd`, `ddd dd dddd` (or mixed), at the scanner's position. */
const FORMATTED = /\d{3}([- ])\d{2}([- ])\d{4}/y;

/**
 * Adds the SSN or ITIN candidate for 9 digits at [start, end); `separators` is the text's own
 * pair of separators (`--`, `  `, `- `...), empty for bare digits.
 */
function addNine(sink: Sink, start: number, end: number, digits: string, separators: string): void {
  const formatted = separators !== '';
  if (digits.charCodeAt(0) === 0x39 /* 9 */) {
    if (!(sink.enabled & BIT.ITIN) || !isItin(digits)) return;
    if (formatted) sink.add(BIT.ITIN, start, end, separators[0] === separators[1] ? ITIN_FORMATTED_BASE : 0.75, ITIN_FORMATTED);
    else sink.add(BIT.ITIN, start, end, ITIN_BARE_BASE, ITIN_BARE);
    return;
  }
  if (!(sink.enabled & BIT.SSN) || !isSsn(digits)) return;
  if (!formatted) sink.add(BIT.SSN, start, end, 0.3, SSN_BARE);
  else sink.add(BIT.SSN, start, end, separators === '--' ? 0.85 : separators === '  ' ? 0.8 : 0.7, SSN_FORMATTED);
}

/**
 * 9 bare digits at [start, end) (the scanner has checked the boundaries).
 * @example addBareNine(sink, 5, 14) // for 'SSN: 412557183'
 */
export function addBareNine(sink: Sink, start: number, end: number): void {
  if (sink.enabled & (BIT.SSN | BIT.ITIN)) addNine(sink, start, end, sink.text.slice(start, end), '');
}

/**
 * A formatted SSN or ITIN starting at `start`, if there is one; returns its end or -1.
 * @example matchFormattedNine(sink, 5) // for 'SSN: 412-55-7183'
 */
export function matchFormattedNine(sink: Sink, start: number): number {
  if (!(sink.enabled & (BIT.SSN | BIT.ITIN))) return -1;
  FORMATTED.lastIndex = start;
  const m = FORMATTED.exec(sink.text);
  if (m === null) return matchLooseNine(sink, start);
  const end = start + 11;
  if (!endsValue(sink.text, end)) return -1;
  const s = m[0];
  addNine(sink, start, end, s.slice(0, 3) + s.slice(4, 6) + s.slice(7), m[1]! + m[2]!);
  return end;
}

/** A 9-digit SSN or ITIN with loose separators (see {@link NINE_LOOSE}) at `start`; returns its end or -1. */
function matchLooseNine(sink: Sink, start: number): number {
  LOOSE.lastIndex = start;
  const m = LOOSE.exec(sink.text);
  if (m === null) return -1;
  const s = m[0];
  const end = start + s.length;
  if (!endsValue(sink.text, end)) return -1;
  addLabelledNine(sink, start, end, s.replace(/\D+/g, ''), NINE_LOOSE);
  return end;
}

/**
 * Adds 9 digits at [start, end) as an ITIN (area 9xx in the ITIN groups) or an SSN (valid by the
 * SSA rules) under `rule`, for layouts that count only after a label (loose separators, read out).
 * @example addLabelledNine(sink, 4, 15, '412557183', NINE_LOOSE)
 */
export function addLabelledNine(sink: Sink, start: number, end: number, digits: string, rule: ScoreRule): void {
  if (digits.charCodeAt(0) === 0x39 /* 9 */) {
    if (sink.enabled & BIT.ITIN && isItin(digits)) sink.add(BIT.ITIN, start, end, 0, rule);
  } else if (sink.enabled & BIT.SSN && isSsn(digits)) sink.add(BIT.SSN, start, end, 0, rule);
}
