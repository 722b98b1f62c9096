/**
 * USCIS receipt numbers: three letters naming the office that took the case, then 10 digits
 * (`EAC2190012345`). The letters USCIS documents for case status look-ups are EAC (Vermont Service
 * Center), WAC (California), LIN (Nebraska), SRC (Texas), NBC (National Benefits Center), MSC
 * (Missouri / National Benefits Center), IOE (online filing, ELIS) and YSC (Potomac). Card numbers
 * of green cards and work permits (EAD) have the same shape. Other three-letter prefixes are
 * accepted after a label (`receipt`, `recibo`, `card number`, `USCIS`, `green card`, `tarjeta`).
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * The documented receipt prefixes.
 * @example USCIS_RECEIPT_PREFIXES.has('IOE') // true
 */
export const USCIS_RECEIPT_PREFIXES: ReadonlySet<string> = new Set(['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC']);

/**
 * Scores of a receipt number with a documented prefix: 0.95 (0.9 with a separator after the
 * letters or inside the digits, 0.8 in lower case). The shape is distinctive, and USCIS itself calls these case
 * numbers, so a negative label only lowers the score to 0.8 of it, still reported.
 * @example scoreWith(0.95, USCIS_RECEIPT_KNOWN, verdict)
 */
export const USCIS_RECEIPT_KNOWN: ScoreRule = Object.freeze({ positive: 0.99, negativeFactor: 0.8, requiresContext: false });
/**
 * Scores of three other capital letters and 10 digits: a receipt or card number only after a label.
 * @example scoreWith(0, USCIS_RECEIPT_OTHER, verdict)
 */
export const USCIS_RECEIPT_OTHER: ScoreRule = Object.freeze({ positive: 0.85, negativeFactor: 0, requiresContext: true });

/**
 * Three letters, an optional `-`, `*` or space, then 10 digits, bare or grouped 2-3-5 by the same
 * `-` or space (`EAC-21-123-45678`, as printed on some notices).
 */
const RECEIPT = /([A-Za-z]{3})([-* ]?)(?:\d{10}|\d{2}([- ])\d{3}\3\d{5})/y;

/**
 * A receipt number starting at `start` (on its first letter); returns its end or -1.
 * @example matchReceipt(sink, 9) // for 'Receipt: EAC2190012345'
 */
export function matchReceipt(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.USCIS_RECEIPT)) return -1;
  const text = sink.text;
  RECEIPT.lastIndex = start;
  const m = RECEIPT.exec(text);
  if (m === null) return -1;
  const end = start + m[0].length;
  if (!endsValue(text, end)) return -1;
  const letters = m[1]!;
  const upper = letters.toUpperCase();
  // After a space, only a documented prefix (a word such as "see 2190012345" is no prefix).
  if (m[2] === ' ' && !USCIS_RECEIPT_PREFIXES.has(upper)) return -1;
  if (USCIS_RECEIPT_PREFIXES.has(upper)) {
    const base = letters !== upper ? 0.8 : m[2] || m[3] ? 0.9 : 0.95;
    sink.add(BIT.USCIS_RECEIPT, start, end, base, USCIS_RECEIPT_KNOWN);
  } else if (letters === upper) {
    sink.add(BIT.USCIS_RECEIPT, start, end, 0, USCIS_RECEIPT_OTHER);
  }
  return end;
}
