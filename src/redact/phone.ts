/**
 * Telephone numbers. US (NANP, +1) ones: `(212) 555-0123`, `212-555-0123`, `212.555.0123`,
 * `212 555 0123`, `+1 212 555 0123`, `1-800-555-0123`, `+12125550123`, bare `2125550123`; and
 * numbers of other countries written with `+` and their country code (`+52 55 1234 5678`,
 * `+502 3288 1525`: 8 to 15 digits, ITU-T E.164), each with an optional extension (`x45`, `ext. 45`, `extension 45`), which is part of the span. The area code
 * and exchange follow the NANP rules of `normalizePhone` (first digit 2-9, no N11 area code, so
 * `311-...` and `911-...` are not numbers). A 7-digit local number (`555-0123`) is reported with
 * the lowest score, higher after a label (`phone`, `call`, `cel.`, `teléfono`...). ZIP+4 codes
 * (`10001-1234`) have another shape and are never phone numbers.
 * @module
 */
import { normalizePhone } from '../normalize/phone.js';
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of a phone number: 0.9 with `+1` or parentheses, 0.85 grouped with `-` or `.` or with
 * another country code, 0.8 with mixed separators, 0.75 with spaces only, 0.55 bare (10 digits
 * are also order and account numbers), 0.45 for 11 bare digits starting with 1 (not reported
 * without a label). A label makes it 0.97; a negative label right
 * before it multiplies by 0.4.
 * @example scoreWith(0.85, PHONE_RULE, verdict)
 */
export const PHONE_RULE: ScoreRule = Object.freeze({ positive: 0.97, negativeFactor: 0.4, requiresContext: false });
/**
 * Scores of a 7-digit local number `NXX-XXXX`: 0.5 (the lowest reported score: in city text this
 * shape is mostly a phone number without its area code), 0.8 after a phone label, 0.2 after a
 * negative label (`case 555-0142`).
 * @example scoreWith(0.3, PHONE_LOCAL_RULE, verdict)
 */
export const PHONE_LOCAL_RULE: ScoreRule = Object.freeze({ positive: 0.8, negativeFactor: 0.4, requiresContext: false });

/** Optional `+1`/`1`, area code (in parentheses or followed by a separator), exchange, line. */
const GROUPED = /(?:(\+1)[-. ]?|(1)[-. ])?(?:\((\d{3})\)[-. ]?|(\d{3})([-. ]))(\d{3})([-. ])(\d{4})/y;
const PLUS_BARE = /\+1[-. ]?(\d{10})/y;
/**
 * `+` and a country code other than 1, then groups of digits separated by a space, `-` or `.`
 * (the first may be one digit or in parentheses, the others have 2 to 5): `+52 55 1234 5678`,
 * `+502 3288 1525`, `+44 (20) 7946 0958`. The groups are read one by one (`GROUP`), so the number
 * ends before a group that would make it too long or that is glued to more digits.
 */
const INTERNATIONAL_HEAD = /\+[2-9]\d{0,2}[-. ]?(?:\(\d{1,4}\)|\d{1,5})/y;
const GROUP = /[-. ]?\d{2,5}/y;
const LOCAL = /[2-9]\d{2}-\d{4}/y;
const EXTENSION = /,?[ ]{0,2}(?:ext(?:ension|ensión)?\.?|x)[ ]{0,2}\d{1,6}/iy;

/**
 * True when the 10 ASCII digits are a possible NANP number: the rules of `normalizePhone` (area
 * code and exchange start with 2-9, no N11 area code), checked here without calling it, because
 * it refuses by throwing and many 10-digit runs in notes (confirmation and account numbers) fail:
 * building an error per run cost about a twentieth of the scan. A test checks that both agree.
 * @example isNanp('2125550123') // true
 * @example isNanp('4119990123') // false (N11 area code)
 */
export function isNanp(digits: string): boolean {
  return (
    digits.length === 10 &&
    digits.charCodeAt(0) >= 0x32 /* area: 2-9 */ &&
    !(digits.charCodeAt(1) === 0x31 && digits.charCodeAt(2) === 0x31) /* no N11 area code */ &&
    digits.charCodeAt(3) >= 0x32 /* exchange: 2-9 */
  );
}

/** The end of the value: after an extension when one follows, else `end`; -1 when the number runs on. */
function valueEnd(text: string, end: number): number {
  EXTENSION.lastIndex = end;
  const m = EXTENSION.exec(text);
  if (m !== null && endsValue(text, end + m[0].length)) return end + m[0].length;
  return endsValue(text, end) ? end : -1;
}

function add(sink: Sink, start: number, end: number, digits: string, base: number, rule = PHONE_RULE): number {
  if (!isNanp(digits)) return -1;
  const e = valueEnd(sink.text, end);
  if (e < 0) return -1;
  sink.add(BIT.PHONE, start, e, e > end ? base + 0.02 : base, rule);
  return e;
}

/**
 * A grouped phone number starting at `start` (on `+`, `(` or a digit); returns its end or -1.
 * @example matchGroupedPhone(sink, 7) // for 'Phone: (212) 555-0123'
 */
export function matchGroupedPhone(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.PHONE)) return -1;
  const text = sink.text;
  GROUPED.lastIndex = start;
  const m = GROUPED.exec(text);
  if (m !== null) {
    const area = m[3] ?? m[4]!;
    const separators = (m[5] ?? '') + m[7]!;
    const base = m[1] !== undefined || m[3] !== undefined ? 0.9 : m[2] !== undefined ? 0.85 : separators === '  ' ? 0.75 : separators[0] === separators[1] || separators.length === 1 ? 0.85 : 0.8;
    return add(sink, start, start + m[0].length, area + m[6]! + m[8]!, base);
  }
  if (text.charCodeAt(start) !== 0x2b /* + */) return -1;
  PLUS_BARE.lastIndex = start;
  const p = PLUS_BARE.exec(text);
  if (p !== null) return add(sink, start, start + p[0].length, p[1]!, 0.85);
  INTERNATIONAL_HEAD.lastIndex = start;
  const head = INTERNATIONAL_HEAD.exec(text);
  if (head === null) return -1;
  // E.164: at most 15 digits with the country code; fewer than 8 is no subscriber number. The
  // longest reading that ends where a value may end wins.
  let at = start + head[0].length;
  let digits = countDigits(head[0]);
  let best = -1;
  for (let groups = 0; groups < 5; groups++) {
    GROUP.lastIndex = at;
    const g = GROUP.exec(text);
    if (g === null) break;
    digits += countDigits(g[0]);
    if (digits > 15) break;
    at += g[0].length;
    if (digits >= 8) {
      const e = valueEnd(text, at);
      if (e >= 0) best = e;
    }
  }
  if (best < 0) return -1;
  sink.add(BIT.PHONE, start, best, 0.85, PHONE_RULE);
  return best;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) n++;
  return n;
}

/**
 * 10 bare digits (or 11 starting with 1) at [start, end); returns the end or -1.
 * @example addBarePhone(sink, 6, 16) // for 'call: 2125550123'
 */
export function addBarePhone(sink: Sink, start: number, end: number): number {
  if (!(sink.enabled & BIT.PHONE)) return -1;
  const digits = sink.text.slice(end - 10, end);
  return add(sink, start, end, digits, end - start === 10 ? 0.55 : 0.45);
}

/**
 * A 7-digit local number `NXX-XXXX` starting at `start`; returns its end or -1.
 * @example matchLocalPhone(sink, 5) // for 'cel. 555-0123'
 */
export function matchLocalPhone(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.PHONE)) return -1;
  LOCAL.lastIndex = start;
  if (!LOCAL.test(sink.text)) return -1;
  const end = start + 8;
  const e = valueEnd(sink.text, end);
  if (e < 0) return -1;
  sink.add(BIT.PHONE, start, e, 0.5, PHONE_LOCAL_RULE);
  return e;
}

/**
 * The canonical form of a detected phone number, for pseudonyms: E.164 (`+12125550123`) without
 * the extension, or, for a 7-digit local number, its 7 digits.
 * @example canonicalPhone('(212) 555-0123 ext. 4') // '+12125550123'
 */
export function canonicalPhone(value: string): string {
  const core = value.replace(/,?\s*(?:ext(?:ension|ensión)?\.?|x)\s*\d{1,6}$/i, '');
  try {
    return normalizePhone(core);
  } catch {
    return core.replace(/\D+/g, '');
  }
}
