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
      return '[ \\t]?#';
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
 * After a phrase ending in a letter or digit: not inside a longer word, an address or a number.
 * `_` separates words like a space (`applicant_ssn=...`).
 */
const WORD_END = '(?![\\p{L}\\p{N}@]|\\.[\\p{L}\\p{N}])';

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
 * The phrases grouped by their first word (its key: lower case, no accents), each group as one
 * sticky regular expression (a trie) tried only where a word with that key starts. Most words
 * start no phrase and cost one map look-up.
 */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, RegExp> = /* @__PURE__ */ (() => {
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
  return new Map([...roots].map(([first, root]) => [first, new RegExp(trieSource(root), 'iuy')] as const));
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

/** Keys of matched phrases, cached: the same few phrases recur in every note. */
const KEYS = new Map<string, string>();
function cachedKey(matched: string): string {
  let key = KEYS.get(matched);
  if (key === undefined) {
    if (KEYS.size >= 4096) KEYS.clear();
    KEYS.set(matched, (key = contextKey(matched)));
  }
  return key;
}

/** Hash of a lower-case ASCII word, computed while scanning (to skip words that start no phrase). */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) | 0;
}

/** Hashes of the (ASCII) first words of phrases. */
const FIRST_WORD_HASHES: ReadonlySet<number> = /* @__PURE__ */ new Set(
  [...PHRASES_BY_FIRST_WORD.keys()].map((k) => [...k].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), 0)),
);

/** End of the letter run scanned last by {@link scanRun}, and whether it was ASCII only. */
let runEnd = 0;
let runAscii = true;

/** Scans the letter run starting at `i` (a letter) up to `end`; results in `runEnd` and `runAscii`. */
function scanRun(text: string, i: number, end: number): void {
  let ascii = true;
  let j = i;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d < 0x80) {
      const l = d | 0x20;
      if (l < 0x61 || l > 0x7a) break;
    } else {
      if (!NON_ASCII_LETTER.test(text[j]!)) break;
      ascii = false;
    }
  }
  runEnd = j;
  runAscii = ascii;
}

/** True when the letter run [i, j) counts as a word for distances (see {@link NOT_WORDS}). */
function countsAsWord(text: string, i: number, j: number, lineStart: number, lineEnd: number, ascii: boolean): boolean {
  if (j - i < 3) return false;
  const before = i > lineStart ? text.charCodeAt(i - 1) : 0;
  if (isDigitCode(before) || joinsBefore(before)) return false;
  if (j < lineEnd && (isDigitCode(text.charCodeAt(j)) || joinsAfter(text, j, lineEnd))) return false;
  return j - i > LONGEST_NOT_WORD || !NOT_WORDS.has(foldWord(text.slice(i, j), ascii));
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
    if (countsAsWord(text, i, j, line.start, line.end, runAscii)) count++;
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
    if (j - i <= LONGEST_FIRST_WORD && !isDigitCode(before) && before !== 0x40 && (!ascii || FIRST_WORD_HASHES.has(hash))) {
      const group = PHRASES_BY_FIRST_WORD.get(foldWord(text.slice(i, j), ascii));
      if (group !== undefined) {
        group.lastIndex = i;
        const m = group.exec(text);
        let hit = m === null ? undefined : phraseAt(text, i, i + m[0].length, m[0]);
        if (m !== null && hit === undefined) {
          // The longest phrase ran into an email address (`USCIS case_worker@...`): try the part
          // before the address (`USCIS`).
          const stop = emailStart(text, i + m[0].length - 1);
          if (stop > i) {
            group.lastIndex = 0;
            const shorter = group.exec(text.slice(i, stop));
            if (shorter !== null) hit = phraseAt(text, i, i + shorter[0].length, shorter[0]);
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
  return { start, end, hits, ends: hits.map((h) => h.end) };
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
  for (let at = text.indexOf('@', from); at >= 0 && at < to; at = text.indexOf('@', at + 1)) {
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

/** The context phrase matched at [s, e), unless it is inside an email or IPv6 address. */
function phraseAt(text: string, s: number, e: number, matched: string): PhraseHit | undefined {
  if (insideEmail(text, s, e)) return undefined;
  const key = cachedKey(matched);
  if (HEX_WORD.test(key) && (text.charCodeAt(s - 1) === 0x3a || text.charCodeAt(e) === 0x3a)) return undefined; // inside an IPv6 address
  const word = CONTEXT_WORDS.get(key);
  if (word === undefined || (word.check !== undefined && !word.check(matched))) return undefined;
  return { start: s, end: e, word };
}
