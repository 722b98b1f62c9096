import { base64urlDecode, base64urlEncode } from '../encoding.js';
import { FormatInvalidError } from '../errors.js';

/** The pseudonym algorithms of DESIGN 3: `p1` HMAC-SHA256, `a1` Argon2id then HMAC-SHA256. */
export type PseudonymAlgorithm = 'p1' | 'a1';

/** A token split into its parts. */
export interface ParsedToken {
  algorithm: PseudonymAlgorithm;
  kid: string;
  /** The truncated tag `T[0:n]`, 8 to 32 bytes. */
  tag: Uint8Array;
}

/** Token tags are 8 to 32 bytes (DESIGN 3.2). */
export const MIN_TOKEN_BYTES = 8;
export const MAX_TOKEN_BYTES = 32;
/** Default tag length: 16 bytes (128 bits). */
export const DEFAULT_TOKEN_BYTES = 16;

const TOKEN_RE = /^(p1|a1)\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]+)$/;

/**
 * Splits `"p1.<kid>.<b64u(tag)>"` or `"a1.…"` into its parts. Refuses anything else — an
 * unknown prefix, a bad kid, bad base64url, a tag outside 8..32 bytes — with `FORMAT_INVALID`.
 * @example parseToken('p1.k1.q83vEjRWeJA') // { algorithm: 'p1', kid: 'k1', tag: Uint8Array(8) }
 */
export function parseToken(token: string): ParsedToken {
  const m = typeof token === 'string' ? TOKEN_RE.exec(token) : null;
  if (!m) throw new FormatInvalidError('not a pseudonym token (expected "p1.<kid>.<base64url>" or "a1.…")');
  const tag = base64urlDecode(m[3]!, 'token tag');
  if (tag.length < MIN_TOKEN_BYTES || tag.length > MAX_TOKEN_BYTES) {
    throw new FormatInvalidError(`token tag must be ${MIN_TOKEN_BYTES} to ${MAX_TOKEN_BYTES} bytes, not ${tag.length}`);
  }
  return { algorithm: m[1] as PseudonymAlgorithm, kid: m[2]!, tag };
}

/** `algorithm + "." + kid + "." + b64u(tag)` (DESIGN 3.2). */
export function formatToken(algorithm: PseudonymAlgorithm, kid: string, tag: Uint8Array): string {
  return `${algorithm}.${kid}.${base64urlEncode(tag)}`;
}
