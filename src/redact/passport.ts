/**
 * Passport numbers: US ones are 9 digits (older books and cards) or a letter and 8 digits
 * (next-generation books and passport cards, `A12345678`, `C03005988`); other countries use 6 to
 * 9 digits, or one or two capital letters and 6 to 8 digits (`G12345678`, `AB123456`). These
 * shapes are common for other things, so a value is a passport number only after a label:
 * `passport`, `passport no.`, `pasaporte`, `número de pasaporte`.
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import type { Sink } from './sink.js';

/**
 * Scores of a passport-shaped value: 0.95 after a passport label (less 0.01 per word between),
 * otherwise not a detection.
 * @example scoreWith(0, PASSPORT_RULE, verdict)
 */
export const PASSPORT_RULE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0, requiresContext: true });

/** One or two capital letters, 6 to 8 digits, and a final letter some countries add (`P2190222A`, Philippines). */
const LETTERS_AND_DIGITS = /[A-Z]{1,2}\d{6,8}[A-Z]?/y;

/**
 * A passport candidate of one or two capital letters and 6 to 8 digits (and maybe a final letter) starting at `start`;
 * returns its end or -1.
 * @example matchLetterPassport(sink, 10) // for 'Passport: C03005988'
 */
export function matchLetterPassport(sink: Sink, start: number): number {
  if (!(sink.enabled & BIT.PASSPORT)) return -1;
  LETTERS_AND_DIGITS.lastIndex = start;
  const m = LETTERS_AND_DIGITS.exec(sink.text);
  if (m === null) return -1;
  const end = start + m[0].length;
  if (!endsValue(sink.text, end)) return -1;
  sink.add(BIT.PASSPORT, start, end, 0, PASSPORT_RULE);
  return end;
}

/**
 * 6 to 9 bare digits at [start, end) as a passport candidate.
 * @example addBarePassport(sink, 10, 19) // for 'Passport: 123456789'
 */
export function addBarePassport(sink: Sink, start: number, end: number): void {
  if (sink.enabled & BIT.PASSPORT) sink.add(BIT.PASSPORT, start, end, 0, PASSPORT_RULE);
}
