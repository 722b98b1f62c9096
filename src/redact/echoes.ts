/**
 * Other occurrences of detected values. Context decides whether a value is reported (`412557183`
 * is an SSN after `SSN`, nothing on its own), but once a value is known to be an identifier, every
 * occurrence of it is: redacting `SSN 412-55-7183 ... ref 412557183` must not leave the digits.
 * @module
 */
import { endsValue, startsValue } from './boundaries.js';
import { resolveOverlaps } from './detect.js';
import type { Span } from './types.js';

/** Values with at least this many digits are compared by their digits alone, whatever the separators. */
const MIN_DIGITS = 7;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const NOT_DIGITS = /\D+/g;
/** Runs of digits long enough to be keyed by their digits (shorter runs cannot be occurrences of such a key). */
const LONG_DIGIT_RUNS = new RegExp(`\\d{${MIN_DIGITS},}`, 'g');

/** The number of ASCII digits counted by the last call of {@link digitHash}. */
let digitsCounted = 0;

/**
 * A hash of the ASCII digits in [start, end) of `text` (their number goes to `digitsCounted`):
 * two values with the same digits have the same hash, so a value whose hash no key has is no
 * occurrence, and its key need not be built and looked up.
 */
function digitHash(text: string, start: number, end: number): number {
  let n = 0;
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      h = (Math.imul(h, 31) + c) | 0;
      n++;
    }
  }
  digitsCounted = n;
  return h;
}

/**
 * The key two spellings of one value share: its digits when it has 7 or more (`412-55-7183`,
 * `412 55 7183` and `412557183`), else its letters and digits in lower case.
 * @example valueKey('(212) 555-0143') // '#2125550143'
 */
export function valueKey(value: string): string {
  digitHash(value, 0, value.length);
  const digits = digitsCounted;
  if (digits < MIN_DIGITS) return value.toLowerCase().replace(NOT_ALNUM, '');
  return `#${digits === value.length ? value : value.replace(NOT_DIGITS, '')}`;
}

function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/**
 * `spans` (sorted, not overlapping) with the other occurrences of their values added: candidates
 * of any type and score with the same key, and bare digit runs equal to a key's digits (a value
 * where no value may start or end, such as inside a longer number, is not an occurrence). Each
 * occurrence gets the type and score of the span whose value it repeats.
 * @example withEchoes('SSN 412-55-7183, ref 412557183', spans, candidates) // both occurrences
 */
export function withEchoes(text: string, spans: readonly Span[], candidates: readonly Span[]): Span[] {
  if (spans.length === 0) return [...spans];
  const byKey = new Map<string, Span>();
  // What the keys are like: the digit hashes of digit keys, and whether there is any other key.
  // Most candidates (dates that are not birth dates, order numbers) and digit runs are ruled out
  // by a hash of their digits, without building their keys.
  const digitHashes = new Set<number>();
  let otherKeys = false;
  for (const s of spans) {
    const key = valueKey(text.slice(s.start, s.end));
    if (key.length === 0 || byKey.has(key)) continue;
    byKey.set(key, s);
    if (key.charCodeAt(0) === 0x23) digitHashes.add(digitHash(key, 1, key.length));
    else otherKeys = true;
  }
  const echoes: Span[] = [];
  const add = (start: number, end: number, like: Span) => {
    if (!overlapsAny(spans, start, end)) echoes.push({ type: like.type, start, end, score: like.score });
  };
  for (const c of candidates) {
    if (overlapsAny(spans, c.start, c.end)) continue; // most candidates are the detected values themselves
    const hash = digitHash(text, c.start, c.end);
    if (digitsCounted >= MIN_DIGITS ? !digitHashes.has(hash) : !otherKeys) continue; // no key can be its own
    const like = byKey.get(valueKey(text.slice(c.start, c.end)));
    if (like !== undefined) echoes.push({ type: like.type, start: c.start, end: c.end, score: like.score });
  }
  if (digitHashes.size > 0) {
    LONG_DIGIT_RUNS.lastIndex = 0;
    for (let m = LONG_DIGIT_RUNS.exec(text); m !== null; m = LONG_DIGIT_RUNS.exec(text)) {
      const end = m.index + m[0].length;
      if (!digitHashes.has(digitHash(text, m.index, end))) continue;
      const like = byKey.get(`#${m[0]}`);
      if (like !== undefined && startsValue(text, m.index) && endsValue(text, end)) add(m.index, end, like);
    }
  }
  if (echoes.length === 0) return [...spans];
  // Echoes may overlap each other (a candidate and a digit run): keep one of each, then add them.
  const kept = resolveOverlaps(echoes);
  return [...spans, ...kept].sort((a, b) => a.start - b.start);
}
