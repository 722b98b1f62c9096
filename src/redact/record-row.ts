/**
 * Record rows: a CSV, TSV or table line pasted into a note (`Zhang,Ana,483434607,10/27/1976,
 * 305-555-0142`) carries no labels, but its fields say what each other are. Two rules, applied
 * after the scan to values that no label speaks for (neither for nor against):
 *
 * 1. 9 bare digits that pass the SSN or ITIN rules, as a whole field of a row that also holds a
 *    reported phone number or email and a date-shaped field, are an SSN or ITIN (score 0.6).
 * 2. A date, as a whole field of a row that also holds a reported SSN, ITIN or A-number (rule 1
 *    included), is a date of birth (score 0.6).
 *
 * A row is a line with at least two of the same delimiter (`,`, `;`, `|` or tab); a whole field
 * has a delimiter or the line's end on each side, spaces aside. Redaction cannot make a row
 * qualify, so redacting again changes nothing: the values that made it qualify are gone.
 * @module
 */
import { BIT, typeOfBit } from './builtin-types.js';
import type { Span } from './types.js';

/**
 * An unlabelled value that a row may promote.
 * @example const c: RowCandidate = { bit: BIT.DATE_OF_BIRTH, start: 26, end: 36, score: 0.6 };
 */
export interface RowCandidate {
  readonly bit: number;
  readonly start: number;
  readonly end: number;
  /** Its score when the row qualifies. */
  readonly score: number;
}

const REPORTED = 0.5;

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x7c || c === 0x09;
}

/** The delimiter around [start, end) when it is a whole field of a row, else 0. */
function fieldDelimiter(text: string, start: number, end: number, lineStart: number, lineEnd: number): number {
  let i = start - 1;
  while (i >= lineStart && text.charCodeAt(i) === 0x20) i--;
  let j = end;
  while (j < lineEnd && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0d)) j++;
  const left = i < lineStart ? 0 : text.charCodeAt(i);
  const right = j >= lineEnd ? 0 : text.charCodeAt(j);
  if ((left !== 0 && !isDelimiter(left)) || (right !== 0 && !isDelimiter(right))) return 0;
  const d = left || right;
  if (d === 0 || (left !== 0 && right !== 0 && left !== right)) return 0;
  let count = 0;
  for (let k = lineStart; k < lineEnd && count < 2; k++) if (text.charCodeAt(k) === d) count++;
  return count >= 2 ? d : 0;
}

/**
 * False when [start, end) cannot be a whole field of a row: a character other than a delimiter
 * stands next to it (spaces aside) on its line. The scanner asks this before keeping a candidate
 * for {@link promoteRecordRows}, so that the dates of ordinary prose are not kept (and looked at
 * again) by the thousand; it is the first test of `fieldDelimiter`, without finding the line.
 * @example mayBeField('a,412557183,b', 2, 11) // true
 */
export function mayBeField(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (i >= 0 && !endsField(text.charCodeAt(i))) return false;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0d)) j++;
  return j >= text.length || endsField(text.charCodeAt(j));
}

/** A delimiter or a line break (or NUL, which `fieldDelimiter` takes for no character). */
function endsField(c: number): boolean {
  return c === 0x0a || c === 0 || isDelimiter(c);
}

function lineBounds(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/**
 * Adds to `spans` the candidates their rows promote (rules 1 and 2 of the module comment).
 * @example promoteRecordRows(text, spans, pending)
 */
export function promoteRecordRows(text: string, spans: Span[], pending: readonly RowCandidate[]): void {
  const fields: (RowCandidate & { lineStart: number; lineEnd: number })[] = [];
  let line: [number, number] = [-1, -1];
  for (const c of pending) {
    if (c.start < line[0] || c.start > line[1]) line = lineBounds(text, c.start);
    if (fieldDelimiter(text, c.start, c.end, line[0], line[1]) !== 0) fields.push({ ...c, lineStart: line[0], lineEnd: line[1] });
  }
  if (fields.length === 0) return;
  // Reported spans by start, to find those of a line by binary search.
  const reported = spans.filter((s) => s.score >= REPORTED).sort((a, b) => a.start - b.start);
  const onLine = (types: readonly string[], lineStart: number, lineEnd: number): boolean => {
    let lo = 0;
    let hi = reported.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (reported[mid]!.start < lineStart) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < reported.length && reported[i]!.start < lineEnd; i++) if (types.includes(reported[i]!.type)) return true;
    return false;
  };
  const datedLines = new Set(fields.filter((d) => d.bit === BIT.DATE_OF_BIRTH).map((d) => d.lineStart));
  const promoted: Span[] = [];
  for (const c of fields) {
    if (!(c.bit & (BIT.SSN | BIT.ITIN)) || !datedLines.has(c.lineStart)) continue;
    if (onLine(['PHONE', 'EMAIL'], c.lineStart, c.lineEnd)) promoted.push({ type: typeOfBit(c.bit), start: c.start, end: c.end, score: c.score });
  }
  if (promoted.length > 0) {
    spans.push(...promoted);
    reported.push(...promoted);
    reported.sort((a, b) => a.start - b.start);
  }
  for (const c of fields) {
    if (c.bit !== BIT.DATE_OF_BIRTH) continue;
    if (onLine(['SSN', 'ITIN', 'A_NUMBER'], c.lineStart, c.lineEnd)) spans.push({ type: 'DATE_OF_BIRTH', start: c.start, end: c.end, score: c.score });
  }
}
