/**
 * Email addresses: a local part (letters, digits and `. _ % + ' -` of any script), `@`, and a
 * domain of dot-separated labels ending in a top-level domain of 2 or more letters. Found from
 * each `@`, so text without one costs nothing here. The shape is unambiguous: no context needed.
 * @module
 */
import { BIT } from './builtin-types.js';
import type { Sink } from './sink.js';

/** Score of every email address. @example EMAIL_SCORE // 0.95 */
export const EMAIL_SCORE = 0.95;

const LOCAL_CHAR = /[\p{L}\p{N}._%+'\-]/u;
/**
 * Labels and a top-level domain, as long as possible, ending where any value may end (not before a
 * letter, digit, `_` or `@`), so an address is found wherever it stands apart.
 */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}_@])/uy;
const MAX_LOCAL = 64;

function isLocalChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x27 || c === 0x2d;
  }
  return LOCAL_CHAR.test(text[i]!);
}

/**
 * Where the email address around the `@` at `at` lies, if there is one (also used to tell whether
 * a context phrase is part of an address).
 * @example emailAround('correo: ana@example.org', 11) // { start: 8, end: 23 }
 */
export function emailAround(text: string, at: number): { start: number; end: number } | undefined {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text, start - 1)) start--;
  if (start > 0 && isLocalChar(text, start - 1)) return undefined; // local part too long
  // The local part starts and ends with a letter or digit (not a quote, dot or hyphen of the sentence).
  while (start < at && /[.'\-+%_]/.test(text[start]!)) start++;
  if (start === at || text[at - 1] === '.') return undefined;
  DOMAIN.lastIndex = at + 1;
  const m = DOMAIN.exec(text);
  return m === null ? undefined : { start, end: at + 1 + m[0].length };
}

/**
 * The email address around the `@` at `at`, if any; returns its end or -1.
 * @example matchEmail(sink, 11) // for 'correo: ana@example.org'
 */
export function matchEmail(sink: Sink, at: number): number {
  if (!(sink.enabled & BIT.EMAIL)) return -1;
  const found = emailAround(sink.text, at);
  if (found === undefined) return -1;
  sink.addScored(BIT.EMAIL, found.start, found.end, EMAIL_SCORE);
  return found.end;
}
