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

/** The base64url alphabet (RFC 4648 section 5) as ASCII codes: the lookup table of {@link base64urlInto}. */
const B64U_CODES = /* @__PURE__ */ Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', (c) => c.charCodeAt(0));

/**
 * @internal Writes base64url without padding of `bytes[0..length)` as ASCII into `out` at
 * `offset` (the caller has checked that `ceil(4 * length / 3)` bytes are free) and returns the
 * offset after it. Same text as `base64urlEncode`, with no string made.
 */
export function base64urlInto(bytes: Uint8Array, length: number, out: Uint8Array, offset: number): number {
  const codes = B64U_CODES;
  let o = offset;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o] = codes[n >>> 18]!;
    out[o + 1] = codes[(n >>> 12) & 63]!;
    out[o + 2] = codes[(n >>> 6) & 63]!;
    out[o + 3] = codes[n & 63]!;
    o += 4;
  }
  const rest = length - i;
  if (rest === 1) {
    const n = bytes[i]!;
    out[o++] = codes[n >>> 2]!;
    out[o++] = codes[(n & 3) << 4]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 8) | bytes[i + 1]!;
    out[o++] = codes[n >>> 10]!;
    out[o++] = codes[(n >>> 4) & 63]!;
    out[o++] = codes[(n & 15) << 2]!;
  }
  return o;
}
