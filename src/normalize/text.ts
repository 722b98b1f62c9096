/**
 * Free-text identifiers (case numbers, USCIS receipt numbers typed by hand, student ids): the
 * value as written, with only invisible differences removed.
 * @module
 */
import { _FORMAT_CHARS, _LONE_SURROGATE, _fail, _requireString } from './_shared.js';

const KIND = 'text';
const SPACES = /[\s\p{Z}]+/gu;

/**
 * Canonical form of a free-text value: format characters `\p{Cf}` removed (zero-width spaces,
 * soft hyphens, BOM), Unicode NFC, each run of whitespace turned into one space, and trimmed.
 * Case, accents and punctuation are kept: `"A-123"` and `"a123"` stay different. Use it for
 * identifiers whose spelling matters but that pass through forms and spreadsheets.
 *
 * Refuses, with `INPUT_INVALID` (field `text`): a non-string, a lone UTF-16 surrogate, and a value
 * with nothing left (only spaces). Messages never repeat the value.
 * @example normalizeText('  Case\u200b 2024 –  17 ') // 'Case 2024 – 17'
 */
export function normalizeText(value: string): string {
  _requireString(KIND, value);
  if (_LONE_SURROGATE.test(value)) _fail(KIND, 'holds a lone UTF-16 surrogate, which has no UTF-8 form');
  const s = value.replace(_FORMAT_CHARS, '').normalize('NFC').replace(SPACES, ' ').trim();
  if (s === '') _fail(KIND, 'is empty');
  return s;
}
