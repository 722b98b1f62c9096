/**
 * Context scoring: what the words around a value say about it.
 *
 * The model, chosen so that redaction is idempotent (redacting a redacted text again changes
 * nothing) and so that a label belongs to the value it stands next to:
 *
 * - Context never crosses a line break, and values never contain one, so lines are independent.
 * - On its line, the *nearest relevant* context phrase decides: the last one before the value, or
 *   the first one after it when that is strictly nearer (counting one extra word for the after
 *   side, so `SSN 412-55-7183 (order)` is an SSN). A phrase is relevant to a type when it supports
 *   that type, supports another type, or is a negative label; another kind of date is relevant to
 *   `DATE_OF_BIRTH` only.
 * - Distance is counted in words of three or more letters between the phrase and the value, not
 *   in characters. Values, masks (`***-**-****`), labels in brackets (`[SSN]`), month names,
 *   `ext`, and glue such as `number`/`número` are not words, so replacing a value does not move
 *   any phrase nearer to or farther from another value.
 * - A supporting phrase counts within {@link MAX_WORDS_BEFORE} words before or
 *   {@link MAX_WORDS_AFTER} after. A negative label counts only when it labels the value directly
 *   (no word between): `order #412557183`, but not `in order to reach her: 212-555-0123`; a few
 *   unambiguous ones (`version`, `tracking number`, `ZIP`) reach two words, but not past a
 *   number: the first number after such a label is the one it labels, so in
 *   `confirmation 4239374703. Best number is 347-555-0121` it does not reach the phone number.
 * - A bracketed label (`[SSN]`, `[DATE_OF_BIRTH]`: what the `label` operator writes) is not
 *   context, nor is a phrase inside an email address (`case_worker@...`) or an IPv6 address
 *   (`2001:db8:ead::1`): phrases never lie inside a value, so removing a value removes no context.
 * @module
 */
import { BIT } from './builtin-types.js';
import { analyzeLine, wordAt, wordsBetween, type LineInfo, type PhraseHit } from './context-lines.js';
import type { ContextWord } from './context-words.js';
import { createTableContext } from './context-table.js';

/**
 * How many words may stand between a supporting phrase and the value it supports.
 * @example MAX_WORDS_BEFORE // 6: 'SSN of the client who came in: 412557183' still counts
 */
export const MAX_WORDS_BEFORE = 6;
/**
 * The same, for a phrase after the value.
 * @example MAX_WORDS_AFTER // 1: '412557183 (her SSN)' counts
 */
export const MAX_WORDS_AFTER = 1;

/**
 * What the context of one value says, for one type.
 * @example const verdict: ContextVerdict = { kind: 'positive', words: 0 }; // 'SSN 412557183'
 */
export interface ContextVerdict {
  /**
   * `positive`: labelled as this type; `negative`: labelled as something harmless; `other`: the
   * nearest label is another type's (or another kind of date); `none`: no label applies.
   */
  readonly kind: 'positive' | 'negative' | 'other' | 'none';
  /** Words between the deciding phrase and the value (0 for `none`). */
  readonly words: number;
}

/**
 * How a type turns a shape score and a context verdict into a score.
 * @example const rule: ScoreRule = { positive: 0.99, negativeFactor: 0.4, requiresContext: false };
 */
export interface ScoreRule {
  /** The score of a value labelled as this type (less 0.01 per word between label and value). */
  readonly positive: number;
  /** The shape score is multiplied by this when a negative label is attached. */
  readonly negativeFactor: number;
  /** When true, only a supporting label makes the value a detection (a date is a birth date only then). */
  readonly requiresContext: boolean;
  /**
   * The score of an unlabelled value that is a whole field of a record row (a CSV or table line
   * pasted into a note), when the row holds what `record-row.ts` requires; absent: no such rule.
   */
  readonly recordRow?: number;
}

/** An answer line on its own (previous-line context) has at most this many words before and after its value. */
const MAX_ANSWER_WORDS = 3;

/**
 * Nor more than this many characters (a quick bound that spares long lines the word count: three
 * words of up to 24 letters on each side of a value, with their spaces and punctuation).
 */
const MAX_ANSWER_LENGTH = 200;

/** A line holding only glue or a date format between a label and its value (`Number:`, `(mm/dd/yyyy):`). */
const GLUE_LINE = /[ \t(]*(?:number|n[uú]mero|num\.?|n[uú]m\.?|no\.?|n[º°]|(?:mm|dd)[/.-](?:mm|dd)[/.-](?:yyyy|aaaa|yy|aa)|(?:yyyy|aaaa)[/.-]mm[/.-]dd)[ \t):.]*/iy;

/** A time of day right after a value (`07/02/24 17:31`, `2024-03-02, 05:06`): the value is a time stamp's date. */
const TIME_AFTER = /[ \t,]*\d{1,2}:\d{2}/y;

/** At most this many phrases are looked at on each side of a value (phrases irrelevant to its type are skipped). */
const MAX_SKIPPED = 32;

const NONE: ContextVerdict = Object.freeze({ kind: 'none', words: 0 });
const OTHER: ContextVerdict = Object.freeze({ kind: 'other', words: 0 });
/**
 * The positive and negative verdicts by word distance, made once: a verdict is asked for every
 * candidate, and these few frozen objects are all there can be.
 */
const POSITIVE: readonly ContextVerdict[] = /* @__PURE__ */ Array.from({ length: MAX_WORDS_BEFORE + 1 }, (_, words) => Object.freeze({ kind: 'positive', words }));
const NEGATIVE: readonly ContextVerdict[] = /* @__PURE__ */ Array.from({ length: MAX_WORDS_BEFORE + 1 }, (_, words) => Object.freeze({ kind: 'negative', words }));

/**
 * The score of a value of shape score `base` under `rule` and `verdict`; 0 means "not this type".
 * @example scoreWith(0.3, { positive: 0.95, negativeFactor: 0.2, requiresContext: false }, { kind: 'positive', words: 0 }) // 0.95
 */
export function scoreWith(base: number, rule: ScoreRule, verdict: ContextVerdict): number {
  if (verdict.kind === 'positive') return Math.max(base, rule.positive - 0.01 * verdict.words);
  if (rule.requiresContext) return 0;
  if (verdict.kind === 'negative') return Math.round(base * rule.negativeFactor * 1000) / 1000;
  return base;
}

/** The number of entries of the ascending array `a` that are < `x`. */
function below(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when an ASCII digit stands in [from, to) of `text`. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Abbreviations whose period ends no sentence (`approx. March 1990`, `Dr. Ruiz`). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sr', 'sra', 'srta', 'jr', 'st', 'ca', 'approx', 'aprox', 'no', 'nº', 'núm', 'num', 'vs', 'etc',
]);

/**
 * True when a sentence ends in [from, to) of the line: `.`, `?` or `!`, spaces, and a word that
 * starts with a capital letter, or `¿`/`¡` (not `DOB? 03/04/1980`, `Sept. 20`, `Dr. Ruiz`, `SSN.
 * EAC1234567890`; nor `;`, after which lists go on: `Adult DOB 10/20/1992; child 2/4/19`). A label
 * does not reach across it: `born April 7, 2017. Card pickup January 25, 2024`. The word after is a
 * word, never part of a value, and redaction moves no punctuation, so redacting never unmakes a
 * sentence end (removing a value may make one).
 * @example sentenceEnds('Born 1951. Visit on', 0, 19, line) // true
 */
export function sentenceEnds(text: string, from: number, to: number, line: LineInfo): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e /* . */ && c !== 0x3f /* ? */ && c !== 0x21 /* ! */) continue;
    if (c === 0x2e && isAbbreviation(text, i)) continue;
    let j = i + 1;
    while (j < to && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    if (j === i + 1 || j >= to) continue;
    const ch = text[j]!;
    if (ch === '¿' || ch === '¡') return true;
    if (ch !== ch.toLowerCase() && wordAt(text, j, line)) return true;
  }
  return false;
}

/** True when the period at `dot` ends a single letter or a listed abbreviation. */
function isAbbreviation(text: string, dot: number): boolean {
  let j = dot;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, dot).toLowerCase();
  // A single letter (`J. Ruiz`), a listed abbreviation, or one with periods inside (`e.g.`, `D.O.B.`).
  return word.length === 1 || ABBREVIATIONS.has(word) || word.includes('.');
}

/** A number right after a label: `order 615`, `order #615`, `order#615`, `build 1.17`. */
const NUMBER_NEXT = /(?: ?#| )?\d/y;

/** True when a `.`, `?` or `!` stands in [from, to) of `text`. */
function hasStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3f || c === 0x21) return true;
  }
  return false;
}

/**
 * How many digits a value of each type holds, by bit: another type's label says something about a
 * value only when that type could have as many digits (a card label says nothing of 9 digits, nor
 * a phone label: `read SSN off card: 369391198`, `SS# over the phone: 299812359`). E-mail and IP
 * labels say nothing about other types' values.
 */
const DIGITS: readonly (readonly [number, number, number])[] = [
  // SSNs, ITINs, A-numbers and passports are all short numbers, written whole or in part, and
  // one's label may stand for another's (`A-Number / SSN:`): counted as one family.
  [BIT.SSN, 5, 9],
  [BIT.ITIN, 5, 9],
  [BIT.A_NUMBER, 5, 9],
  [BIT.PASSPORT, 5, 9],
  // A phone number is 7 digits (local), 10 or 11 (NANP) or up to 15 (E.164), never 8 or 9 here.
  [BIT.PHONE, 7, 7],
  [BIT.PHONE, 10, 15],
  [BIT.USCIS_RECEIPT, 10, 10],
  [BIT.DATE_OF_BIRTH, 3, 8],
  [BIT.CREDIT_CARD, 13, 19],
];

/** By number of digits (0 to 39), the types a value of that many digits could be, as a bit mask. */
const HOLDING: readonly number[] = /* @__PURE__ */ Array.from({ length: 40 }, (_, n) => DIGITS.reduce((mask, [bit, min, max]) => (n >= min && n <= max ? mask | bit : mask), 0));

/** True when a value of one of the types in `bits` could hold `digits` digits. */
function couldHold(bits: number, digits: number): boolean {
  return (bits & (HOLDING[digits] ?? 0)) !== 0;
}

/**
 * How a phrase relates to a type, for a value of `digits` digits: 1 supports it, -1 negative
 * label, 2 another type's label, 0 irrelevant. For dates of birth only date phrases and negative
 * labels are relevant (an `SSN` label says nothing about a date); for identifiers, date phrases are
 * irrelevant, and so are labels of types that never have as many digits.
 */
function relation(word: ContextWord, bit: number, digits: number): number {
  if (word.positive & bit) return 1;
  if (word.negative) return -1;
  if (bit === BIT.DATE_OF_BIRTH) return word.otherDate ? 2 : 0;
  return word.positive !== 0 && couldHold(word.positive, digits) ? 2 : 0;
}

/**
 * Context of the values of one text. Lines are analysed on first use and the last one is kept,
 * since the scanner visits values in order.
 * @example
 * const context = createContext('SSN: 412557183');
 * context.verdict(BIT.SSN, 5, 14); // { kind: 'positive', words: 0 }
 */
export interface TextContext {
  /**
   * What the context of the value at [start, end) says about it as type `bit`. With
   * `positiveOnly`, the caller only needs to know whether it is `positive`: any other verdict may
   * then come back as `none` (it is found sooner where nothing supports the type).
   */
  verdict(bit: number, start: number, end: number, positiveOnly?: boolean): ContextVerdict;
}

/**
 * Prepares context lookups for `text`.
 * @example createContext('Order #412557183').verdict(BIT.SSN, 7, 16).kind // 'negative'
 */
export function createContext(text: string): TextContext {
  let line: LineInfo | undefined;
  /** Where the phrase that decided the last line verdict starts (-1: none did). */
  let decidedAt = -1;
  /**
   * The two other lines analysed last (the line scanned before the current one, a table's header,
   * the line before a value), most recent first: each line is analysed once however it is asked for.
   */
  let recent: LineInfo | undefined;
  let older: LineInfo | undefined;
  const lineOf = (at: number): LineInfo => {
    if (line !== undefined && at >= line.start && at <= line.end) return line;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // The line left behind is kept: it is the line before the next one (previous-line context).
    const next = analyze(start, end);
    if (line !== undefined) remember(line);
    return (line = next);
  };
  const tables = createTableContext(text, analyze);
  /** How many digits the value at [countedStart, countedEnd) holds (see `relation`). */
  let digits = 0;
  let countedStart = -1;
  let countedEnd = -1;
  return {
    verdict(bit, start, end, positiveOnly = false) {
      // A value is asked about once per type it may be (a 9-digit run: SSN, A-number, passport).
      if (start !== countedStart || end !== countedEnd) {
        countedStart = start;
        countedEnd = end;
        digits = 0;
        for (let i = start; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c >= 0x30 && c <= 0x39) digits++;
        }
      }
      const line = lineOf(start);
      // No phrase of the line supports the type, so only a table header or the line before could;
      // where the line before cannot (see previousLineVerdict), only a header is left to ask.
      if (positiveOnly && (line.positives & bit) === 0 && (line.start === 0 || line.end - line.start > MAX_ANSWER_LENGTH)) {
        if (headerVerdict(bit, line, start).kind !== 'positive') return NONE;
      }
      const own = lineVerdict(bit, start, end, line);
      // A cell of a table row is labelled by its column's header, unless a phrase in its own cell decides.
      if (own === NONE || decidedAt < 0 || !tables.sameCell(line, decidedAt, start)) {
        const header = headerVerdict(bit, line, start);
        if (header !== NONE) return header;
      }
      if (own !== NONE) return own;
      // The line before a table row is another row (or the header): no question to answer.
      if (tables.belowHeader(line)) return NONE;
      return previousLineVerdict(bit, start, end, line);
    },
  };

  /** What the header of the column holding `start` says (`NONE` outside tables or without a label). */
  function headerVerdict(bit: number, line: LineInfo, start: number): ContextVerdict {
    const cell = tables.headerCell(line, start);
    if (cell === undefined) return NONE;
    const hits = cell.line.hits;
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i]!;
      // By where it starts: a label may take a mask character after the delimiter (`tracking\t#...` as `tracking#`).
      if (hit.start < cell.from || hit.start >= cell.to) continue;
      const rel = relation(hit.word, bit, digits);
      if (rel === 1) return POSITIVE[0]!;
      if (rel === -1) return NEGATIVE[0]!;
      if (rel === 2) return OTHER;
    }
    return NONE;
  }

  /** Lines other than the current one (headers, questions), analysed without evicting it. */
  function analyze(from: number, to: number): LineInfo {
    if (recent !== undefined && recent.start === from && recent.end === to) return recent;
    if (older !== undefined && older.start === from && older.end === to) return remember(older);
    return remember(analyzeLine(text, from, to));
  }

  function remember(info: LineInfo): LineInfo {
    if (recent !== info) {
      older = recent;
      recent = info;
    }
    return info;
  }

  /**
   * A short answer line (`CALLER: 412 55 7183`) takes the label of the line before it when that
   * line asks for it (`What's your social?`, `Date of birth:`): one line back, no further.
   */
  function previousLineVerdict(bit: number, start: number, end: number, line: LineInfo): ContextVerdict {
    if (line.start === 0 || line.end - line.start > MAX_ANSWER_LENGTH) return NONE;
    if (wordsBetween(text, line.start, start, line, MAX_ANSWER_WORDS) > MAX_ANSWER_WORDS) return NONE;
    if (wordsBetween(text, end, line.end, line, MAX_ANSWER_WORDS) > MAX_ANSWER_WORDS) return NONE;
    // A time stamp is no answer: `07/02/24 17:31 - Ana: 19 de mayo de 1973`.
    TIME_AFTER.lastIndex = end;
    if (TIME_AFTER.test(text)) return NONE;
    let prevEnd = line.start - 1;
    let prevStart = prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
    let prev = analyze(prevStart, prevEnd);
    // A form printed across lines puts glue or a format hint between label and value
    // (`Alien Registration` / `Number:` / `120851466`, `Date of Birth` / `(mm/dd/yyyy):` / ...):
    // such lines are passed over, two at most. Only those: a redacted value never reads so.
    for (let skipped = 0; skipped < 2 && prevStart > 0; skipped++) {
      GLUE_LINE.lastIndex = prevStart;
      // Glue, and no word after it: values on the line are no words, so that redacting them
      // (`Number: 120851466` -> `Number: `) leaves it what it was.
      if (!GLUE_LINE.test(text) || wordsBetween(text, GLUE_LINE.lastIndex, prevEnd, prev, 0) > 0) break;
      prevEnd = prevStart - 1;
      prevStart = prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
      prev = analyze(prevStart, prevEnd);
    }
    for (let i = prev.hits.length - 1; i >= 0; i--) {
      const hit = prev.hits[i]!;
      const rel = relation(hit.word, bit, digits);
      if (rel === 0) continue;
      // The label is left open at the end of its line (`What's your social?`, `Date of birth:`, or
      // OCR's `4. Social Security` / `Number 071 14 9024`): no word after it. Counted in words, which
      // values never are, so redacting either line does not change the verdict.
      if (wordsBetween(text, hit.end, prevEnd, prev, 0) > 0) return NONE;
      if (rel === 1) return POSITIVE[1]!;
      // A negative label labels the number right after it, never the line after
      // (`Referer: ...?order_id=212929275` / `X-Forwarded-For: 198.51.100.169`).
      if (rel === -1) return NONE;
      return OTHER;
    }
    return NONE;
  }

  function lineVerdict(bit: number, start: number, end: number, line: LineInfo): ContextVerdict {
    decidedAt = -1;
    {
      const { hits, ends } = line;
      // Phrases do not overlap, so their ends ascend: those before the value are the first `k`.
      const k = below(ends, start + 1);
      // Irrelevant phrases are skipped, but not without end: so many in a row are far away anyway.
      let before: PhraseHit | undefined;
      let rb = 0;
      for (let i = k - 1; i >= 0 && i >= k - MAX_SKIPPED; i--) {
        rb = relation(hits[i]!.word, bit, digits);
        if (rb !== 0) {
          before = hits[i];
          break;
        }
      }
      let after: PhraseHit | undefined;
      let ra = 0;
      for (let j = k; j < hits.length && j < k + MAX_SKIPPED; j++) {
        const h = hits[j]!;
        if (h.start < end || h.word.beforeOnly) continue;
        ra = relation(h.word, bit, digits);
        if (ra !== 0) {
          after = h;
          break;
        }
      }
      // A supporting label does not reach across the end of a sentence. Only a supporting one: a
      // sentence end may appear when a value is removed (`. ana@example.org ITIN` -> `.  ITIN`), and
      // must then only take detections away, never let a label further off through.
      const wb = before && (rb !== 1 || !sentenceEnds(text, before.end, start, line)) ? wordsBetween(text, before.end, start, line, MAX_WORDS_BEFORE) : Infinity;
      let wa = after && (ra !== 1 || !sentenceEnds(text, end, after.start + 1, line)) ? wordsBetween(text, end, after.start, line, MAX_WORDS_AFTER) : Infinity;
      // A negative label after the value does not label it across a full stop, question or
      // exclamation mark (`... 3434 198566 37788. Ticket no. T4948`). Counted in the characters
      // between them, which redaction can only rid of such marks (an e-mail or IP address removed
      // from between), never give new ones: redacting again finds no more than the first time.
      if (ra === -1 && wa !== Infinity && hasStop(text, end, after!.start)) wa = Infinity;
      // Nor when a number follows it at once: it labels that number (`631-555-0178", order
      // 6153226975`, `127.0.0.1, build 1.17.0`). At once means one space or a `#` at most, so that
      // removing a value after the label (which leaves two spaces, or its separator and a space)
      // never brings a number into that place: redacting again finds no more than the first time.
      if (ra === -1 && wa !== Infinity) {
        NUMBER_NEXT.lastIndex = after!.end;
        if (NUMBER_NEXT.test(text)) wa = Infinity;
      }
      let hit: PhraseHit;
      let rel: number;
      let distance: number;
      if (wb <= MAX_WORDS_BEFORE && !(wa <= MAX_WORDS_AFTER && wa + 1 < wb)) {
        hit = before!;
        rel = rb;
        distance = wb;
      } else if (wa <= MAX_WORDS_AFTER) {
        hit = after!;
        rel = ra;
        distance = wa;
      } else {
        return NONE;
      }
      decidedAt = hit.start;
      if (rel === 1) return POSITIVE[distance]!;
      // A negative label after the value counts only right after it; before it, up to its reach.
      if (rel === -1) {
        if (distance > (hit === before ? hit.word.reach : 0)) return NONE;
        // Reaching past words, a label stops at the first number: that number is what it labels.
        // Redaction never adds digits, so redacting again can only bring values into a label's
        // reach, never take them out of it: nothing new is found the second time.
        if (distance > 0 && hasDigit(text, hit.end, start)) return NONE;
        return NEGATIVE[distance]!;
      }
      return OTHER;
    }
  }
}
