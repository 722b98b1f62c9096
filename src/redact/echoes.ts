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
/** Up to this many values are looked up by a walk over them; more (a long text), by a map of their hashes. */
const FEW = 8;
/** Runs of digits long enough to be compared by their digits alone. */
const LONG_DIGIT_RUNS = new RegExp(`\\d{${MIN_DIGITS},}`, 'g');

/** The number of ASCII digits counted by the last call of {@link digitHash}. */
let digitsCounted = 0;

/**
 * A hash of the ASCII digits in [start, end) of `text` (their number goes to `digitsCounted`):
 * two values with the same digits have the same hash, so a value whose hash no detected value
 * has is no occurrence of one, and needs no closer look.
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

/** A hash of the characters [start, end) of a key ({@link valueKey}). */
function keyHash(key: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/**
 * {@link keyHash} of the key of the value [start, end) of `text`, computed without building the key
 * (letters lower-cased, digits kept, the rest dropped); undefined when the value is not all ASCII
 * (its key then takes Unicode case and letters, and is built).
 */
function asciiKeyHash(text: string, start: number, end: number): number | undefined {
  let h = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) continue;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

/** True when [a, aEnd) and [b, bEnd) of `text` hold the same ASCII digits in the same order, whatever else. */
function sameDigits(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  for (;;) {
    while (a < aEnd && !isDigitCode(text.charCodeAt(a))) a++;
    while (b < bEnd && !isDigitCode(text.charCodeAt(b))) b++;
    if (a === aEnd || b === bEnd) return a === aEnd && b === bEnd;
    if (text.charCodeAt(a) !== text.charCodeAt(b)) return false;
    a++;
    b++;
  }
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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
 * of any type and score with the same key ({@link valueKey}), and bare digit runs equal to a key's
 * digits (a value where no value may start or end, such as inside a longer number, is not an
 * occurrence). Each occurrence gets the type and score of the first span whose value it repeats.
 *
 * Most texts have no such occurrence, and most candidates (dates that are not birth dates, order
 * numbers) are ruled out by a hash of their digits: values are compared in place, and keys are
 * built only for values of fewer than 7 digits, when some candidate may repeat one.
 * @example withEchoes('SSN 412-55-7183, ref 412557183', spans, candidates) // both occurrences
 */
export function withEchoes(text: string, spans: readonly Span[], candidates: readonly Span[]): Span[] {
  if (spans.length === 0) return [];
  // The spans whose values have 7 digits or more, in order, with the hashes of their digits; for
  // more than a few (a long text), also by hash.
  const long: Span[] = [];
  const longHashes: number[] = [];
  const short: Span[] = [];
  for (const s of spans) {
    const hash = digitHash(text, s.start, s.end);
    if (digitsCounted >= MIN_DIGITS) {
      long.push(s);
      longHashes.push(hash);
    } else {
      short.push(s);
    }
  }
  let byHash: Map<number, Span[]> | undefined;
  if (long.length > FEW) {
    byHash = new Map();
    for (let k = 0; k < long.length; k++) {
      const same = byHash.get(longHashes[k]!);
      if (same === undefined) byHash.set(longHashes[k]!, [long[k]!]);
      else same.push(long[k]!);
    }
  }
  /** Whether a span's digits may be these (their hash is one of theirs). */
  const mayRepeat = (hash: number): boolean => (byHash === undefined ? longHashes.includes(hash) : byHash.has(hash));
  /** The first span with the digits of [start, end), whose hash is `hash`, if any. */
  const longLike = (start: number, end: number, hash: number): Span | undefined => {
    if (byHash === undefined) {
      for (let k = 0; k < long.length; k++) {
        const s = long[k]!;
        if (longHashes[k] === hash && sameDigits(text, start, end, s.start, s.end)) return s;
      }
      return undefined;
    }
    for (const s of byHash.get(hash) ?? []) if (sameDigits(text, start, end, s.start, s.end)) return s;
    return undefined;
  };
  // Keys of the values of fewer than 7 digits (`short`), first span first, and the hashes of those keys;
  // built when first needed.
  let shortKeys: Map<string, Span> | undefined;
  let shortHashes: Set<number> | undefined;
  const shortLike = (start: number, end: number): Span | undefined => {
    if (shortKeys === undefined) {
      shortKeys = new Map();
      shortHashes = new Set();
      for (const s of short) {
        const key = valueKey(text.slice(s.start, s.end));
        if (key.length > 0 && !shortKeys.has(key)) {
          shortKeys.set(key, s);
          shortHashes.add(keyHash(key, 0, key.length));
        }
      }
    }
    if (shortKeys.size === 0) return undefined;
    // Most candidates (an ASCII value) are ruled out by the hash of their key, computed in place.
    const hash = asciiKeyHash(text, start, end);
    if (hash !== undefined && !shortHashes!.has(hash)) return undefined;
    return shortKeys.get(valueKey(text.slice(start, end)));
  };
  const echoes: Span[] = [];
  for (const c of candidates) {
    if (overlapsAny(spans, c.start, c.end)) continue; // most candidates are the detected values themselves
    const hash = digitHash(text, c.start, c.end);
    const like = digitsCounted >= MIN_DIGITS ? (mayRepeat(hash) ? longLike(c.start, c.end, hash) : undefined) : short.length > 0 ? shortLike(c.start, c.end) : undefined;
    if (like !== undefined) echoes.push({ type: like.type, start: c.start, end: c.end, score: like.score });
  }
  if (long.length > 0) {
    LONG_DIGIT_RUNS.lastIndex = 0;
    for (let m = LONG_DIGIT_RUNS.exec(text); m !== null; m = LONG_DIGIT_RUNS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const hash = digitHash(text, start, end);
      if (!mayRepeat(hash)) continue;
      const like = longLike(start, end, hash);
      if (like !== undefined && startsValue(text, start) && endsValue(text, end) && !overlapsAny(spans, start, end)) {
        echoes.push({ type: like.type, start, end, score: like.score });
      }
    }
  }
  if (echoes.length === 0) return [...spans];
  // Echoes may overlap each other (a candidate and a digit run): keep one of each, then add them.
  const kept = resolveOverlaps(echoes);
  return [...spans, ...kept].sort((a, b) => a.start - b.start);
}
