// The straightforward form of src/redact/echoes.ts (every key built, Map and Set look-ups, a
// regular expression for digit runs), kept as the reference the fast form is compared with.

import { endsValue, startsValue } from '../../src/redact/boundaries.js';
import { resolveOverlaps } from '../../src/redact/detect.js';
import type { Span } from '../../src/redact/types.js';

/** Values with at least this many digits are compared by their digits alone, whatever the separators. */
const MIN_DIGITS = 7;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const NOT_DIGITS = /\D+/g;
/** Runs of digits long enough to be keyed by their digits (shorter runs cannot be occurrences of such a key). */
const LONG_DIGIT_RUNS = new RegExp(`\\d{${MIN_DIGITS},}`, 'g');

function digitCount(value: string): number {
  let n = 0;
  for (const ch of value) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function valueKey(value: string): string {
  if (digitCount(value) < MIN_DIGITS) return value.toLowerCase().replace(NOT_ALNUM, '');
  return `#${value.replace(NOT_DIGITS, '')}`;
}

const overlapsAny = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => s.start < end && start < s.end);

/** Other occurrences of the values of `spans`: every candidate and every run of 7+ digits, keyed and looked up. */
export function withEchoesReference(text: string, spans: readonly Span[], candidates: readonly Span[]): Span[] {
  if (spans.length === 0) return [];
  const byKey = new Map<string, Span>();
  for (const s of spans) {
    const key = valueKey(text.slice(s.start, s.end));
    if (key.length > 0 && !byKey.has(key)) byKey.set(key, s);
  }
  const echoes: Span[] = [];
  for (const c of candidates) {
    if (overlapsAny(spans, c.start, c.end)) continue;
    const like = byKey.get(valueKey(text.slice(c.start, c.end)));
    if (like !== undefined) echoes.push({ type: like.type, start: c.start, end: c.end, score: like.score });
  }
  LONG_DIGIT_RUNS.lastIndex = 0;
  for (let m = LONG_DIGIT_RUNS.exec(text); m !== null; m = LONG_DIGIT_RUNS.exec(text)) {
    const end = m.index + m[0].length;
    const like = byKey.get(`#${m[0]}`);
    if (like !== undefined && startsValue(text, m.index) && endsValue(text, end) && !overlapsAny(spans, m.index, end)) {
      echoes.push({ type: like.type, start: m.index, end, score: like.score });
    }
  }
  if (echoes.length === 0) return [...spans];
  return [...spans, ...resolveOverlaps(echoes)].sort((a, b) => a.start - b.start);
}
