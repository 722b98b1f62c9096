/**
 * The built-in detectors' single pass. One loop over the text stops only at digits and `@`; at
 * each run of digits a few anchored (sticky) regular expressions try the shapes that can start
 * there, chosen by the characters around the run, and every candidate is scored by its context
 * (`context.ts`). Text without digits or `@` is scanned at the speed of a character loop, and
 * context words are only looked up on lines that hold a candidate.
 * @module
 */
import { addBareANumber, matchGroupedANumber, matchPrefixedANumber } from './a-number.js';
import { endsValue, isAsciiLetter, isDigit, isWordChar, startsValue } from './boundaries.js';
import { BIT, typeOfBit } from './builtin-types.js';
import { createContext, scoreWith } from './context.js';
import { addBareCard, matchGroupedCard } from './credit-card.js';
import { addEightDigitDate, matchMonthNameDate, matchNumericDate } from './date-of-birth.js';
import { matchEmail } from './email.js';
import { matchIpv4, matchIpv6 } from './ip-address.js';
import { addBarePassport, matchLetterPassport } from './passport.js';
import { addBarePhone, matchGroupedPhone, matchLocalPhone } from './phone.js';
import { mayBeField, promoteRecordRows, type RowCandidate } from './record-row.js';
import type { Sink } from './sink.js';
import { addBareNine, matchFormattedNine } from './ssn.js';
import { matchSpokenNumber } from './spoken.js';
import type { Span } from './types.js';
import { matchReceipt } from './uscis-receipt.js';

const HYPHEN = 0x2d;
const SPACE = 0x20;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;

function isHexLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66;
}

/** Shapes starting at the digit run [p, runEnd), when a value may start at `p`. */
function shapesAt(sink: Sink, p: number, runEnd: number): number {
  const text = sink.text;
  const n = runEnd - p;
  const after = runEnd < text.length ? text.charCodeAt(runEnd) : 0;
  let next = runEnd;
  if (endsValue(text, runEnd)) {
    if (n >= 6 && n <= 9) addBarePassport(sink, p, runEnd);
    if (n === 9) {
      addBareNine(sink, p, runEnd);
      addBareANumber(sink, p, runEnd);
    } else if (n === 7) {
      addBareANumber(sink, p, runEnd);
    } else if (n === 8) {
      addBareANumber(sink, p, runEnd);
      addEightDigitDate(sink, p, runEnd);
    } else if (n === 10 || (n === 11 && text.charCodeAt(p) === 0x31)) {
      addBarePhone(sink, p, runEnd);
    } else if (n >= 13 && n <= 19) {
      addBareCard(sink, p, runEnd);
    }
  }
  // Read out digit by digit (`2 8 8 4 8 9 5 3 3`) or with the dashes said (`158 dash 64 dash 3141`).
  if ((n === 1 || n === 3) && after === SPACE) next = Math.max(next, matchSpokenNumber(sink, p));
  if (n === 3) {
    if (after === HYPHEN || after === SPACE || after === DOT) matchFormattedNine(sink, p);
    if (after === HYPHEN || after === SPACE) {
      matchGroupedANumber(sink, p);
      if (after === HYPHEN) matchLocalPhone(sink, p);
    }
    if (after === HYPHEN || after === SPACE || after === DOT) matchGroupedPhone(sink, p);
  } else if (n === 1 && text.charCodeAt(p) === 0x31 && (after === HYPHEN || after === SPACE || after === DOT)) {
    matchGroupedPhone(sink, p); // 1-800-555-0123
  } else if (n === 4 && (after === SPACE || after === HYPHEN)) {
    matchGroupedCard(sink, p);
  }
  if (n <= 3 && after === DOT) matchIpv4(sink, p);
  if ((n <= 2 || n === 4) && (after === SLASH || after === DOT || after === HYPHEN)) matchNumericDate(sink, p);
  if (n <= 2) matchMonthNameDate(sink, p);
  // IPv6 from the start of a run of hex digits and colons only (not from `0::` inside `2001:db8::0::`).
  const prev = p > 0 ? text.charCodeAt(p - 1) : 0;
  if ((after === COLON || isHexLetter(after)) && prev !== COLON && prev !== DOT && !isHexLetter(prev)) next = Math.max(next, matchIpv6(sink, p));
  return next;
}

/** `número `, `number `, `no. ` right before a lone `A`: it is the label `número A`, not part of the value. */
const NUMBER_WORD_BEFORE = /(?:^|[^\p{L}])(?:n[uú]mero|number|n[uú]m\.?|no\.?|n[º°])[ ]$/iu;

/** Shapes that start before the digit run at `p`: `(`, `+1`, letters (`A`, `EAC`, passport), IPv6 hex. */
function prefixedAt(sink: Sink, p: number): number {
  const text = sink.text;
  const prev = text.charCodeAt(p - 1);
  if ((prev === 0x28 /* ( */ || prev === 0x2b) /* + */ && startsValue(text, p - 1)) matchGroupedPhone(sink, p - 1);
  // Letters right before the digits, or before one separator: A123456789, A-123..., A#123..., A 123..., EAC-123...
  const separated = prev === HYPHEN || prev === 0x23 /* # */ || prev === 0x2a /* * */ || prev === SPACE;
  const q = separated ? p - 1 : p;
  let letters = 0;
  while (letters < 4 && q - 1 - letters >= 0 && isAsciiLetter(text.charCodeAt(q - 1 - letters))) letters++;
  if (letters >= 1 && letters <= 3) {
    const s = q - letters;
    const before = s > 0 ? text.charCodeAt(s - 1) : 0;
    if (!(s > 0 && (isWordChar(text, s - 1) || before === DOT || before === 0x40 || before === HYPHEN))) {
      if (letters === 1) {
        const c = text.charCodeAt(s);
        // `número A 240318389`: the A belongs to the label (the bare digits are then found after it).
        if ((c === 0x41 || c === 0x61) && !(prev === SPACE && NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, s - 8), s)))) matchPrefixedANumber(sink, s);
      }
      if (letters <= 2 && !separated) matchLetterPassport(sink, s);
      if (letters === 3) matchReceipt(sink, s);
    }
  }
  // IPv6 that starts with hex letters or a colon: fe80::1, ::1.
  if (prev === COLON || isHexLetter(prev)) {
    let b = p;
    while (b > 0 && p - b < 40) {
      const c = text.charCodeAt(b - 1);
      if (!(isDigit(c) || isHexLetter(c) || c === COLON)) break;
      b--;
    }
    if (b < p && startsValue(text, b) && !(b > 0 && text.charCodeAt(b - 1) === DOT)) {
      return matchIpv6(sink, b);
    }
  }
  return -1;
}

/**
 * The first digit or `@` at or after `i` (`len` when there is none): where the scan stops. Most of
 * the text is passed over here, in a loop kept apart from the scan's larger body.
 */
function nextStop(text: string, i: number, len: number): number {
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x40 && c >= 0x30 && (c <= 0x39 || c === 0x40)) return i;
  }
  return len;
}

/**
 * Every candidate of the enabled built-in types (bit mask of `BIT`) in `text`, scored, with
 * overlaps (resolved by `detect`). A score of 0 means the shape is there but it is not that type
 * (a date without a birth label): `detect` drops those, redaction uses them to find other
 * occurrences of detected values.
 * @example scanBuiltins('SSN 412-55-7183', BIT.ALL) // [{ type: 'SSN', start: 4, end: 15, score: 0.99 }]
 */
export function scanBuiltins(text: string, enabled: number): Span[] {
  const spans: Span[] = [];
  if ((enabled & BIT.ALL) === 0) return spans;
  const context = createContext(text);
  const rowCandidates: RowCandidate[] = [];
  const sink: Sink = {
    text,
    enabled,
    context,
    add(bit, start, end, base, rule) {
      // A value that only a supporting label makes a detection needs to know whether one applies,
      // nothing more; unless it may be a field of a record row, whose rule needs to know that no
      // label at all does (then a verdict of `none` is no shortcut).
      const positiveOnly = rule.requiresContext && !(rule.recordRow !== undefined && mayBeField(text, start, end));
      const verdict = context.verdict(bit, start, end, positiveOnly);
      // Kept even at 0: redaction looks among candidates for other occurrences of detected values.
      spans.push({ type: typeOfBit(bit), start, end, score: scoreWith(base, rule, verdict) });
      if (rule.recordRow !== undefined && verdict.kind === 'none' && mayBeField(text, start, end)) {
        rowCandidates.push({ bit, start, end, score: rule.recordRow });
      }
    },
    addScored(bit, start, end, score) {
      spans.push({ type: typeOfBit(bit), start, end, score });
    },
  };
  const len = text.length;
  const emails = (enabled & BIT.EMAIL) !== 0;
  let i = 0;
  while ((i = nextStop(text, i, len)) < len) {
    if (text.charCodeAt(i) === 0x40) {
      if (emails) matchEmail(sink, i);
      i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < len && isDigit(text.charCodeAt(runEnd))) runEnd++;
    let next = runEnd;
    if (startsValue(text, i)) next = Math.max(next, shapesAt(sink, i, runEnd));
    if (i > 0) next = Math.max(next, prefixedAt(sink, i));
    i = next;
  }
  if (rowCandidates.length > 0) promoteRecordRows(text, spans, rowCandidates);
  return spans;
}
