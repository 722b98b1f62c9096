/**
 * Payment card numbers: 13 to 19 digits, bare or grouped (`4111 1111 1111 1111`,
 * `3782-822463-10005`), whose check digit passes the Luhn algorithm (ISO/IEC 7812-1 annex B) and
 * whose issuer prefix and length belong to a card network: Visa (4; 13, 16 or 19 digits),
 * Mastercard (51-55, 2221-2720; 16), American Express (34, 37; 15), Discover (6011, 644-649, 65;
 * 16-19), UnionPay (62; 16-19), JCB (3528-3589; 16-19) and Diners Club (300-305, 36, 38, 39;
 * 14-19). Tracking numbers (20 or more digits, or letters) and library barcodes fail these rules
 * or are suppressed by their label.
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of a card number: 0.9 grouped, 0.8 bare, 0.6 for 14 bare digits (Diners Club only, and
 * a common barcode length). A label makes it 0.99; a negative label right before it
 * (`tracking`, `order`, `library card`) multiplies by 0.4.
 * @example scoreWith(0.9, CREDIT_CARD_RULE, verdict)
 */
export const CREDIT_CARD_RULE: ScoreRule = Object.freeze({ positive: 0.99, negativeFactor: 0.4, requiresContext: false });

const GROUPED = /\d{4}([ -])(?:\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?|\d{6}\1\d{4,5})/y;

/**
 * True when the digits pass the Luhn check (ISO/IEC 7812-1).
 * @example luhn('4111111111111111') // true
 */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 0x30;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * True when the length and issuer prefix belong to a card network listed in the module comment.
 * @example plausibleCardNumber('378282246310005') // true (American Express)
 */
export function plausibleCardNumber(digits: string): boolean {
  const n = digits.length;
  const p = (k: number): number => Number(digits.slice(0, k));
  const d1 = digits.charCodeAt(0) - 0x30;
  if (d1 === 4) return n === 13 || n === 16 || n === 19;
  if (d1 === 5) return n === 16 && p(2) >= 51 && p(2) <= 55;
  if (d1 === 2) return n === 16 && p(4) >= 2221 && p(4) <= 2720;
  if (d1 === 3) {
    if (p(2) === 34 || p(2) === 37) return n === 15;
    if (p(4) >= 3528 && p(4) <= 3589) return n >= 16 && n <= 19;
    return n >= 14 && n <= 19 && ((p(3) >= 300 && p(3) <= 305) || p(2) === 36 || p(2) === 38 || p(2) === 39);
  }
  if (d1 === 6) return n >= 16 && n <= 19 && (p(4) === 6011 || (p(3) >= 644 && p(3) <= 649) || p(2) === 65 || p(2) === 62);
  return false;
}

function add(sink: Sink, start: number, end: number, digits: string, base: number): number {
  if (!plausibleCardNumber(digits) || !luhn(digits)) return -1;
  sink.add(BIT.CREDIT_CARD, start, end, base, CREDIT_CARD_RULE);
  return end;
}

/**
 * A grouped card number starting at `start`; returns its end or -1. When a fifth group (19
 * digits) is no card number, the 16-digit reading is tried: a number that follows after a space
 * is a value of its own, and whether it is there or redacted must not change this one.
 * @example matchGroupedCard(sink, 6) // for 'Card: 4111 1111 1111 1111'
 */
export function matchGroupedCard(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.CREDIT_CARD)) return -1;
  const text = sink.text;
  GROUPED.lastIndex = start;
  const m = GROUPED.exec(text);
  if (m === null) return -1;
  // The 19-digit reading, else the 16-digit one (a 22-digit USPS tracking number in groups of 4
  // fails both: a digit follows each).
  for (const length of m[0].length === 23 ? [23, 19] : [m[0].length]) {
    const end = start + length;
    if (endsValue(text, end) && add(sink, start, end, text.slice(start, end).replace(/[ -]/g, ''), 0.9) >= 0) return end;
  }
  return -1;
}

/**
 * 13 to 19 bare digits at [start, end); returns the end or -1.
 * @example addBareCard(sink, 4, 20) // for 'cc: 4111111111111111'
 */
export function addBareCard(sink: Sink, start: number, end: number): number {
  if (!(sink.enabled & BIT.CREDIT_CARD)) return -1;
  return add(sink, start, end, sink.text.slice(start, end), end - start === 14 ? 0.6 : 0.8);
}
