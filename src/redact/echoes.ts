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
const DIGIT_RUNS = /\d+/g;

/**
 * The key two spellings of one value share: its digits when it has 7 or more (`412-55-7183`,
 * `412 55 7183` and `412557183`), else its letters and digits in lower case.
 * @example valueKey('(212) 555-0143') // '#2125550143'
 */
export function valueKey(value: string): string {
  let digits = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += value[i];
  }
  return digits.length >= MIN_DIGITS ? `#${digits}` : value.toLowerCase().replace(NOT_ALNUM, '');
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
  let digitKeys = false;
  for (const s of spans) {
    const key = valueKey(text.slice(s.start, s.end));
    if (key.length === 0 || byKey.has(key)) continue;
    byKey.set(key, s);
    if (key.charCodeAt(0) === 0x23) digitKeys = true;
  }
  const echoes: Span[] = [];
  const add = (start: number, end: number, like: Span) => {
    if (!overlapsAny(spans, start, end)) echoes.push({ type: like.type, start, end, score: like.score });
  };
  for (const c of candidates) {
    if (overlapsAny(spans, c.start, c.end)) continue; // most candidates are the detected values themselves
    const like = byKey.get(valueKey(text.slice(c.start, c.end)));
    if (like !== undefined) echoes.push({ type: like.type, start: c.start, end: c.end, score: like.score });
  }
  if (digitKeys) {
    DIGIT_RUNS.lastIndex = 0;
    for (let m = DIGIT_RUNS.exec(text); m !== null; m = DIGIT_RUNS.exec(text)) {
      if (m[0].length < MIN_DIGITS) continue;
      const like = byKey.get(`#${m[0]}`);
      const end = m.index + m[0].length;
      if (like !== undefined && startsValue(text, m.index) && endsValue(text, end)) add(m.index, end, like);
    }
  }
  if (echoes.length === 0) return [...spans];
  // Echoes may overlap each other (a candidate and a digit run): keep one of each, then add them.
  const kept = resolveOverlaps(echoes);
  return [...spans, ...kept].sort((a, b) => a.start - b.start);
}
