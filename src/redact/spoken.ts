/**
 * Numbers as speech-to-text writes them (voicemail and call transcripts): one digit at a time
 * (`0 8 6 6 8 9 7 5 1`, `3 1 2 5 5 5 0 1 8 7`) or with the separator said as a word
 * (`158 dash 64 dash 3141`, `475 guion 02 guion 2918`). Other numbers are read out so too, so such a
 * value counts only when a label says what it is (`my social security number is`, `mi teléfono es`).
 * @module
 */
import { endsValue } from './boundaries.js';
import { BIT } from './builtin-types.js';
import type { ScoreRule } from './context.js';
import { isNanp } from './phone.js';
import type { Sink } from './sink.js';
import { addLabelledNine } from './ssn.js';

/**
 * Scores of a spoken number: only after a label of its type.
 * @example scoreWith(0, SPOKEN_RULE, verdict)
 */
export const SPOKEN_RULE: ScoreRule = Object.freeze({ positive: 0.9, negativeFactor: 0, requiresContext: true });

/**
 * 7 to 11 single digits, each after one space, then a space, a punctuation mark, a bracket (a
 * phone number may start glued after a digit: `startsValue`) or the end. The
 * run stops where its digits stop, whatever comes next (`0 0 0 0 0 0 0 0000000` holds a 7-digit
 * run): what follows may be redacted, and a value's extent must not change when it is.
 */
const DIGIT_BY_DIGIT = /\d(?: \d){6,10}(?=[\s.,;:!?()"']|$)/y;
/** `ddd dash dd dash dddd` with the separator said in English or Spanish. */
const SAID_SEPARATOR = /\d{3} (dash|hyphen|guion|guión|raya) \d{2} \1 \d{4}/iy;

/**
 * A number read out digit by digit, or an SSN read with its dashes, at `start`; returns its end or -1.
 * Nine digits may be an SSN, an ITIN or an A-number; 7 or 8 an A-number; 10 (or 11 from a 1) a phone number.
 * @example matchSpokenNumber(sink, 13) // for 'A number is 2 8 8 4 8 9 5 3 3'
 */
export function matchSpokenNumber(sink: Sink, start: number): number {
  const text = sink.text;
  SAID_SEPARATOR.lastIndex = start;
  const said = SAID_SEPARATOR.exec(text);
  if (said !== null) {
    const end = start + said[0].length;
    if (!endsValue(text, end)) return -1;
    addNine(sink, start, end, said[0].replace(/\D+/g, ''), false);
    return end;
  }
  DIGIT_BY_DIGIT.lastIndex = start;
  const m = DIGIT_BY_DIGIT.exec(text);
  if (m === null) return -1;
  const end = start + m[0].length;

  const digits = m[0].replace(/ /g, '');
  const n = digits.length;
  if (n === 9) addNine(sink, start, end, digits, true);
  else if (n === 7 || n === 8) {
    if (sink.enabled & BIT.A_NUMBER) sink.add(BIT.A_NUMBER, start, end, 0, SPOKEN_RULE);
  } else if ((n === 10 || (n === 11 && digits.charCodeAt(0) === 0x31)) && sink.enabled & BIT.PHONE) {
    if (isNanp(digits.slice(n - 10))) sink.add(BIT.PHONE, start, end, 0, SPOKEN_RULE);
  }
  return end;
}

function addNine(sink: Sink, start: number, end: number, digits: string, aNumber: boolean): void {
  addLabelledNine(sink, start, end, digits, SPOKEN_RULE);
  if (aNumber && sink.enabled & BIT.A_NUMBER) sink.add(BIT.A_NUMBER, start, end, 0, SPOKEN_RULE);
}
