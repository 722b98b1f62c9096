/**
 * Email addresses: canonical form is the trimmed, lower-cased address.
 * @module
 */
import { _LONE_SURROGATE, _fail, _requireString } from './_shared.js';

const KIND = 'email';

const WHITESPACE_OR_CONTROL = /[\s\p{Cc}\p{Cf}]/u;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Canonical form of an email address: trimmed and lower-cased as a whole, e.g.
 * `" Ana.Perez+Clinic@Example.ORG "` → `"ana.perez+clinic@example.org"`.
 *
 * The local part (before `@`) is lower-cased too. RFC 5321 lets a server treat it case-sensitively,
 * but providers treat it case-insensitively in practice and people type it in any case, so one
 * resident would otherwise get several pseudonyms. Dots and `+tags` are **kept**: only some
 * providers treat `a.b@`, `ab@` and `ab+x@` as one mailbox, and only for their own domains, so
 * removing them could merge different people's addresses. Addresses with non-ASCII characters
 * (RFC 6531) are also put in Unicode NFC, so that composed and decomposed spellings agree. No other
 * syntax check is made, and nothing says the address is deliverable.
 *
 * Refuses, with `INPUT_INVALID` (field `email`): a non-string, an empty value, not exactly one `@`
 * (quoted local parts holding `@` are not supported), an empty local part or domain, whitespace,
 * control characters or invisible format characters (zero-width space, soft hyphen) inside, and
 * lone UTF-16 surrogates. Messages never repeat the value.
 * @example normalizeEmail(' Ana.Perez+Clinic@Example.ORG ') // 'ana.perez+clinic@example.org'
 */
export function normalizeEmail(value: string): string {
  _requireString(KIND, value);
  const s = value.trim();
  if (s === '') _fail(KIND, 'is empty');
  const at = s.indexOf('@');
  if (at < 0 || s.indexOf('@', at + 1) >= 0) _fail(KIND, 'expected exactly one @');
  if (at === 0) _fail(KIND, 'the local part (before the @) is empty');
  if (at === s.length - 1) _fail(KIND, 'the domain (after the @) is empty');
  if (WHITESPACE_OR_CONTROL.test(s)) _fail(KIND, 'holds whitespace, control or invisible format characters');
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (_LONE_SURROGATE.test(lower)) _fail(KIND, 'holds a lone UTF-16 surrogate, which has no UTF-8 form');
  return lower.normalize('NFC');
}
