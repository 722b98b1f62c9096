/**
 * The context of one line: where its context phrases are (English and Spanish, matched from
 * their first word with one small regular expression per first word) and how many words stand
 * between two places. Words are letter runs of three or more that stand alone: not part of an
 * address, a code such as `EAC1234567890`, a masked value or a bracketed label, and not month
 * names, `ext` or glue (`number`, `número`).
 * @module
 */
import { CONTEXT_WORDS, contextKey, type ContextWord } from './context-words.js';
import { emailAround } from './email.js';

/** Regular-expression text for one character of a phrase key; accented vowels match their plain key. */
function charSource(ch: string): string {
  switch (ch) {
    case ' ':
      // One separator: two (what removing a value between two words leaves) make no phrase.
      return '[ \\t_-]';
    case '#':
      // As contextKey reads it: `A #`, `A-#` and `A_#` are `a#`.
      return '[ \\t_-]?#';
    case "'":
      return "['’]";
    case 'a':
      return '[aáà]';
    case 'e':
      return '[eéè]';
    case 'i':
      return '[ií]';
    case 'o':
      return '[oó]';
    case 'u':
      return '[uúü]';
    case 'n':
      return '[nñ]';
    default:
      return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a phrase ends here: the lookahead that must follow it. */
  end?: string;
}

/**
 * After a phrase ending in a letter or digit: not inside a longer word or an address
 * (`ssn.gov`). `_` separates words like a space (`applicant_ssn=...`), and so does a period
 * before a digit (`pasaporte.900500000`: the value, once removed, would leave the label anyway).
 */
const WORD_END = '(?![\\p{L}\\p{N}@]|\\.\\p{L})';

/** Phrases ending in `.` or `#` (`tel.`, `A#`) end there, whatever follows (`A#208803901`). */
function endOf(key: string): string {
  return /[\p{L}\p{N}]$/u.test(key) ? WORD_END : '';
}

/** Phrases made of hex letters only (`cc`, `ead`), which also occur as groups of IPv6 addresses. */
const HEX_WORD = /^[a-f]+$/;

/** One alternation per trie level, longest continuation first, so the longest phrase wins. */
function trieSource(node: TrieNode): string {
  const alternatives: string[] = [];
  for (const [ch, child] of node.children) alternatives.push(charSource(ch) + trieSource(child));
  if (node.end !== undefined) alternatives.push(node.end);
  if (alternatives.length === 1) return alternatives[0]!;
  return `(?:${alternatives.join('|')})`;
}

/**
 * The phrases that start with one first word, as one sticky regular expression (a trie), compiled
 * on first use: compiling all of them (case-insensitive Unicode matching) when the module loads took
 * most of its load time, and most first words never occur in a given run.
 */
class PhraseGroup {
  #regex: RegExp | undefined;
  constructor(readonly source: string) {}
  /** The compiled expression (flags `iuy`). */
  get regex(): RegExp {
    return (this.#regex ??= new RegExp(this.source, 'iuy'));
  }
}

/**
 * The phrases grouped by their first word (its key: lower case, no accents), each group tried only
 * where a word with that key starts. Most words start no phrase and cost one map look-up.
 */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, PhraseGroup> = /* @__PURE__ */ (() => {
  const roots = new Map<string, TrieNode>();
  for (const key of CONTEXT_WORDS.keys()) {
    const first = /^[a-z]+/.exec(key)?.[0];
    if (first === undefined) continue;
    let node: TrieNode | undefined = roots.get(first);
    if (!node) roots.set(first, (node = { children: new Map() }));
    for (const ch of key) {
      let next: TrieNode | undefined = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map() }));
      node = next;
    }
    node.end = endOf(key);
  }
  return new Map([...roots].map(([first, root]) => [first, new PhraseGroup(trieSource(root))] as const));
})();

/** The longest first word of any phrase: longer words are not looked up. */
const LONGEST_FIRST_WORD = /* @__PURE__ */ Math.max(...[...PHRASES_BY_FIRST_WORD.keys()].map((k) => k.length));

/** Words that do not count: month names (dates are values), `ext` (phone extensions), and glue. Keys (no accents). */
const NOT_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic', 'del', 'ext', 'extension',
  'number', 'numbers', 'num', 'nums', 'numero', 'numeros',
  // Format hints of printed forms: (mm/dd/yyyy), (dd/mm/aaaa).
  'yyyy', 'aaaa', 'mmm',
  // Separators said aloud inside spoken numbers (`158 dash 64 dash 3141`): parts of values.
  'dash', 'hyphen', 'guion', 'raya',
  // Documented USCIS receipt prefixes, which may stand before their digits with a space.
  'eac', 'wac', 'lin', 'src', 'nbc', 'msc', 'ioe', 'ysc',
]);
const LONGEST_NOT_WORD = 10;

/**
 * A context phrase found in a line.
 * @example const hit: PhraseHit = { start: 0, end: 3, word: CONTEXT_WORDS.get('ssn')! };
 */
export interface PhraseHit {
  readonly start: number;
  readonly end: number;
  readonly word: ContextWord;
}

/**
 * The context phrases of one line.
 * @example const line: LineInfo = analyzeLine(text, 0, text.length);
 */
export interface LineInfo {
  readonly start: number;
  readonly end: number;
  readonly hits: readonly PhraseHit[];
  /** `hits[i].end`, ascending. */
  readonly ends: readonly number[];
  /** The types some phrase of the line supports (bit mask of `BIT`, the union of `hits[i].word.positive`). */
  readonly positives: number;
}

const NON_ASCII_LETTER = /\p{L}/u;
const MARKS = /\p{M}+/gu;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return NON_ASCII_LETTER.test(text[i]!);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters that make a letter run part of something else (an address, a code, a mask, a label), before it. */
function joinsBefore(c: number): boolean {
  // _ @ . : # * + [ ] / ' ’ -
  return c === 0x5f || c === 0x40 || c === 0x2e || c === 0x3a || c === 0x23 || c === 0x2a || c === 0x2b || c === 0x5b ||
    c === 0x5d || c === 0x2f || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** The same, after it (`.` and `:` only when a letter or digit follows). */
function joinsAfter(text: string, j: number, end: number): boolean {
  const c = text.charCodeAt(j);
  if (c === 0x5f || c === 0x40 || c === 0x23 || c === 0x2a || c === 0x2b || c === 0x5b || c === 0x5d || c === 0x2f || c === 0x2d) return true;
  if ((c === 0x2e || c === 0x3a) && j + 1 < end) {
    const d = text.charCodeAt(j + 1);
    return isDigitCode(d) || isLetter(d, text, j + 1);
  }
  return false;
}

/** Key of a word: lower case without accents. */
function foldWord(word: string, ascii: boolean): string {
  const lower = word.toLowerCase();
  return ascii ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** What a matched phrase says: its context word (none when it has none or fails its check), and whether it is all hex letters. */
interface MatchedPhrase {
  readonly word: ContextWord | undefined;
  readonly hex: boolean;
}

/**
 * Matched phrases (as written: `SSN`, `Fecha de nacimiento`), cached: the same few recur in every
 * note, and folding each again (lower case, NFD, accents, separators) cost more than the match.
 */
const MATCHED = new Map<string, MatchedPhrase>();
function matchedPhrase(matched: string): MatchedPhrase {
  let phrase = MATCHED.get(matched);
  if (phrase === undefined) {
    if (MATCHED.size >= 4096) MATCHED.clear();
    const key = contextKey(matched);
    const word = CONTEXT_WORDS.get(key);
    phrase = { word: word !== undefined && (word.check === undefined || word.check(matched)) ? word : undefined, hex: HEX_WORD.test(key) };
    MATCHED.set(matched, phrase);
  }
  return phrase;
}

/** Hash of a lower-case ASCII word, computed while scanning (to skip words that start no phrase). */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) | 0;
}

/**
 * A table of lower-case ASCII words (with a value each) looked up by a letter run of the text and
 * the hash computed while scanning it ({@link hashStep}), without slicing and lower-casing the
 * run: the text has about one word every eight characters. A hash table of its own (64K slots,
 * chained), so that most words, which are in no table, cost one array read.
 */
class AsciiWords<V> {
  /** For each slot, 1 + the index of the first entry whose hash falls in it; 0 for none. */
  readonly #slots = new Int32Array(0x10000);
  /** For each entry, 1 + the index of the next entry in the same slot; 0 for none. */
  readonly #next: number[] = [];
  readonly #hashes: number[] = [];
  readonly #words: string[] = [];
  readonly #values: V[] = [];

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      const hash = [...word].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), 0);
      const slot = filterIndex(hash);
      this.#next.push(this.#slots[slot]!);
      this.#slots[slot] = this.#words.length + 1;
      this.#hashes.push(hash);
      this.#words.push(word);
      this.#values.push(value);
    }
  }

  /** The value of the ASCII letter run [i, j) of `text`, whose hash is `hash`, if it is in the table. */
  get(text: string, i: number, j: number, hash: number): V | undefined {
    for (let k = this.#slots[filterIndex(hash)]!; k !== 0; k = this.#next[k - 1]!) {
      if (this.#hashes[k - 1] === hash && isRun(text, i, j, this.#words[k - 1]!)) return this.#values[k - 1];
    }
    return undefined;
  }
}

function filterIndex(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** True when the ASCII letter run [i, j) of `text` is `word` (lower case) in any case. */
function isRun(text: string, i: number, j: number, word: string): boolean {
  if (j - i !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The phrases that start with one first word: their regular expression, and whether the word is
 * their only phrase (`renewal`, `next`, `since`: most of the phrases met in notes). Such a word is
 * a phrase wherever it ends a word ({@link WORD_END}), which is checked by hand instead of running
 * the expression.
 */
interface FirstWord {
  readonly phrases: PhraseGroup;
  readonly alone: boolean;
  /** For a word alone that needs no check of its case (`ICE` does): what it says, whatever its case. */
  readonly phrase: MatchedPhrase | undefined;
}

/** {@link PHRASES_BY_FIRST_WORD} for ASCII letter runs. */
const ASCII_FIRST_WORDS: AsciiWords<FirstWord> = /* @__PURE__ */ (() => {
  const phraseCount = new Map<string, number>();
  for (const key of CONTEXT_WORDS.keys()) {
    const first = /^[a-z]+/.exec(key)?.[0];
    if (first !== undefined) phraseCount.set(first, (phraseCount.get(first) ?? 0) + 1);
  }
  return new AsciiWords(
    [...PHRASES_BY_FIRST_WORD].map(([first, phrases]) => {
      const word = CONTEXT_WORDS.get(first);
      const alone = phraseCount.get(first) === 1 && word !== undefined;
      const phrase = alone && word.check === undefined ? { word, hex: HEX_WORD.test(first) } : undefined;
      return [first, { phrases, alone, phrase }] as const;
    }),
  );
})();

/** What may follow a phrase that ends in a letter within a longer word ({@link WORD_END} is its negation). */
const WORD_GOES_ON = /[\p{L}\p{N}@]|\.\p{L}/uy;

/** True when {@link WORD_END} fails at `j` (the end of an ASCII letter run): a letter, digit, `@`, or `.` and a letter follows. */
function wordGoesOn(text: string, j: number): boolean {
  const c = text.charCodeAt(j); // NaN at the end of the text: nothing follows
  if (c >= 0x80 || (c === 0x2e && text.charCodeAt(j + 1) >= 0x80)) {
    WORD_GOES_ON.lastIndex = j;
    return WORD_GOES_ON.test(text);
  }
  if (isDigitCode(c) || c === 0x40 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
  if (c !== 0x2e) return false;
  const d = text.charCodeAt(j + 1);
  return (d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a;
}

/** {@link NOT_WORDS} for ASCII letter runs. */
const ASCII_NOT_WORDS: AsciiWords<true> = /* @__PURE__ */ new AsciiWords([...NOT_WORDS].map((w) => [w, true] as const));

/** End of the letter run scanned last by {@link scanRun}, whether it was ASCII only, and the hash of its lower-case form if so. */
let runEnd = 0;
let runAscii = true;
let runHash = 0;

/** Scans the letter run starting at `i` (a letter) up to `end`; results in `runEnd`, `runAscii` and `runHash`. */
function scanRun(text: string, i: number, end: number): void {
  let ascii = true;
  let hash = 0;
  let j = i;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d < 0x80) {
      const l = d | 0x20;
      if (l < 0x61 || l > 0x7a) break;
      hash = (Math.imul(hash, 31) + l) | 0;
    } else {
      if (!NON_ASCII_LETTER.test(text[j]!)) break;
      ascii = false;
    }
  }
  runEnd = j;
  runAscii = ascii;
  runHash = hash;
}

/** True when the letter run [i, j) counts as a word for distances (see {@link NOT_WORDS}); `hash` as {@link hashStep}, for ASCII runs. */
function countsAsWord(text: string, i: number, j: number, lineStart: number, lineEnd: number, ascii: boolean, hash: number): boolean {
  if (j - i < 3) return false;
  const before = i > lineStart ? text.charCodeAt(i - 1) : 0;
  if (isDigitCode(before) || joinsBefore(before)) return false;
  if (j < lineEnd && (isDigitCode(text.charCodeAt(j)) || joinsAfter(text, j, lineEnd))) return false;
  if (j - i > LONGEST_NOT_WORD) return true;
  return ascii ? ASCII_NOT_WORDS.get(text, i, j, hash) === undefined : !NOT_WORDS.has(foldWord(text.slice(i, j), false));
}

/** A number after a word, as in values that start with letters (`EAC 1234567890`, `A 208 803 901`). */
const NUMBER_AFTER = /[ #-]?\d/y;

/**
 * True when a word of two letters or more starts at `i` of the line and ends there too, and is no
 * part of a value: not `EAC1234567890`, `Maria.Lopez@example.org`, `AB 208 803 901`, `EAC 1234567890`.
 * @example wordAt('Visit. El lunes', 7, line) // true
 */
export function wordAt(text: string, i: number, line: LineInfo): boolean {
  if (i >= line.end) return false;
  scanRun(text, i, line.end);
  const j = runEnd;
  if (j - i < 2 || wordGoesOn(text, j)) return false;
  // Letters that start values are three at most (`EAC 1234567890`); a longer word before a number is its label.
  NUMBER_AFTER.lastIndex = j;
  if (j - i <= 3 && NUMBER_AFTER.test(text)) return false;
  return runAscii ? ASCII_NOT_WORDS.get(text, i, j, runHash) === undefined : !NOT_WORDS.has(foldWord(text.slice(i, j), false));
}

/**
 * The number of words in [from, to) of the line, counting no further than `limit + 1` (callers
 * only need to know whether it exceeds `limit`).
 * @example wordsBetween('SSN of the client: 1', 3, 18, analyzeLine(text, 0, 20), 6) // 2
 */
export function wordsBetween(text: string, from: number, to: number, line: LineInfo, limit: number): number {
  let count = 0;
  let i = from;
  while (i < to && count <= limit) {
    const c = text.charCodeAt(i);
    if (!isLetter(c, text, i)) {
      i++;
      continue;
    }
    scanRun(text, i, to);
    const j = runEnd;
    if (countsAsWord(text, i, j, line.start, line.end, runAscii, runHash)) count++;
    i = j;
  }
  return count;
}

/** A bracketed label such as `[SSN]` or `[DATE_OF_BIRTH]` (what the `label` operator writes). */
const BRACKETED = /\[[A-Za-z_]+\]/y;

/**
 * One pass over the letter runs of the line [start, end) of `text`, finding its context phrases.
 * @example analyzeLine('Order #5', 0, 8).hits.length // 1
 */
export function analyzeLine(text: string, start: number, end: number): LineInfo {
  const hits: PhraseHit[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (c < 0x80 ? lower < 0x61 || lower > 0x7a : !NON_ASCII_LETTER.test(text[i]!)) {
      if (c === 0x5b /* [ */) {
        BRACKETED.lastIndex = i;
        if (BRACKETED.test(text) && BRACKETED.lastIndex <= end) {
          i = BRACKETED.lastIndex; // a label holds no context, not even its words
          continue;
        }
      }
      i++;
      continue;
    }
    // The letter run [i, j), its ASCII-ness and the hash of its lower-case form (inlined: hot loop).
    let j = i;
    let ascii = true;
    let hash = 0;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d < 0x80) {
        const l = d | 0x20;
        if (l < 0x61 || l > 0x7a) break;
        hash = (Math.imul(hash, 31) + l) | 0;
      } else {
        if (!NON_ASCII_LETTER.test(text[j]!)) break;
        ascii = false;
      }
    }
    const before = i > start ? text.charCodeAt(i - 1) : 0;
    if (j - i <= LONGEST_FIRST_WORD && !isDigitCode(before) && before !== 0x40) {
      const first = ascii ? ASCII_FIRST_WORDS.get(text, i, j, hash) : undefined;
      const phrases = ascii ? first?.phrases : PHRASES_BY_FIRST_WORD.get(foldWord(text.slice(i, j), false));
      if (phrases !== undefined) {
        // Where the longest phrase from here ends, or -1 (`test`, not `exec`: no match object).
        let e = -1;
        let group: RegExp;
        if (first?.alone) {
          if (!wordGoesOn(text, j)) e = j;
        } else {
          group = phrases.regex;
          group.lastIndex = i;
          if (group.test(text)) e = group.lastIndex;
        }
        let hit = e < 0 ? undefined : phraseAt(text, i, e, first?.phrase ?? matchedPhrase(text.slice(i, e)));
        if (e >= 0 && hit === undefined) {
          // The longest phrase ran into an email address (`USCIS case_worker@...`): try the part
          // before the address (`USCIS`).
          const stop = emailStart(text, e - 1);
          if (stop > i) {
            group = phrases.regex;
            group.lastIndex = 0;
            const shorter = group.exec(text.slice(i, stop));
            if (shorter !== null) hit = phraseAt(text, i, i + shorter[0].length, matchedPhrase(shorter[0]));
          }
        }
        if (hit !== undefined) {
          hits.push(hit);
          i = hit.end; // phrases do not overlap: the next one starts after this one
          continue;
        }
      }
    }
    i = j;
  }
  let positives = 0;
  for (const h of hits) positives |= h.word.positive;
  return { start, end, hits, ends: hits.map((h) => h.end), positives };
}

const EMAIL_CHAR = /[\p{L}\p{N}._%+'\-]/u;

function isEmailChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const l = c | 0x20;
    return (l >= 0x61 && l <= 0x7a) || isDigitCode(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x27 || c === 0x2d;
  }
  return EMAIL_CHAR.test(text[i]!);
}

/**
 * True when the phrase at [s, e) is part of an email address (`case_worker@example.org`,
 * `tel.ana@example.org`), as the email detector delimits it: a phrase after an address
 * (`ana@example.org-ssn`) or glued before one (`A#ana@example.org`) is not part of it.
 */
function insideEmail(text: string, s: number, e: number): boolean {
  let from = s;
  while (from > 0 && (isEmailChar(text, from - 1) || text.charCodeAt(from - 1) === 0x40)) from--;
  let to = e;
  while (to < text.length && (isEmailChar(text, to) || text.charCodeAt(to) === 0x40)) to++;
  // Only the `@`s of this run matter. A loop over the run, not `indexOf('@', from)`: in a long text
  // that would search on to the next address, far beyond the run, for every phrase.
  for (let at = from; at < to; at++) {
    if (text.charCodeAt(at) !== 0x40) continue;
    const email = emailAround(text, at);
    if (email !== undefined && email.start < e && s < email.end) return true;
  }
  return false;
}

/** Where the run of email characters holding `at` starts. */
function emailStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isEmailChar(text, i - 1)) i--;
  return i;
}

/** The context phrase matched at [s, e) (what it says: `phrase`), unless it is inside an email or IPv6 address. */
function phraseAt(text: string, s: number, e: number, phrase: MatchedPhrase): PhraseHit | undefined {
  const { word, hex } = phrase;
  if (word === undefined) return undefined;
  if (hex && (text.charCodeAt(s - 1) === 0x3a || text.charCodeAt(e) === 0x3a)) return undefined; // inside an IPv6 address
  if (insideEmail(text, s, e)) return undefined;
  return { start: s, end: e, word };
}
