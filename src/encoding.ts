/**
 * Byte encodings shared by every format (DESIGN 3.1): strict UTF-8, base64url without padding
 * (RFC 4648 section 5) and length-prefixed framing `lp(s) = uint32_be(len) || bytes`.
 * @module
 */
import { FormatInvalidError, InputInvalidError } from './errors.js';

const encoder = /* @__PURE__ */ new TextEncoder();

/** True when `s` holds an unpaired UTF-16 surrogate, which has no UTF-8 encoding. */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

/**
 * UTF-8 bytes of a string. Refuses lone surrogates (TextEncoder would silently turn them into
 * U+FFFD, so two different strings would give the same bytes) with `INPUT_INVALID`.
 * @example utf8('José') // Uint8Array [74, 111, 115, 195, 169]
 */
export function utf8(s: string, field?: string): Uint8Array {
  if (typeof s !== 'string') throw new InputInvalidError(`expected a string${field ? ` for ${field}` : ''}`, field ? { field } : {});
  const bytes = encoder.encode(s);
  // TextEncoder writes a lone surrogate as U+FFFD (3 bytes); an all-ASCII result cannot hold one.
  if (bytes.length !== s.length && hasLoneSurrogate(s)) {
    throw new InputInvalidError(`value${field ? ` of ${field}` : ''} holds a lone UTF-16 surrogate, which has no UTF-8 form`, field ? { field } : {});
  }
  return bytes;
}

/**
 * Writes `lp(s)` (DESIGN 3.1) into `out` at `offset` and returns the offset after it, or -1 when
 * `out` is too small. The hot path of pseudonymization: no allocation. Refuses lone surrogates.
 */
export function writeLp(s: string, out: Uint8Array, offset: number, field?: string): number {
  const n = s.length;
  let written = -1;
  // Short ASCII strings (SSNs, emails, most identifiers) are copied by hand: cheaper than a call
  // into TextEncoder for a few dozen bytes.
  if (n <= 64 && out.length - offset >= 4 + n) {
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) break;
      out[offset + 4 + i] = c;
    }
    if (i === n) written = n;
  }
  if (written < 0) {
    if (out.length - offset < 4) return -1;
    const result = encoder.encodeInto(s, out.subarray(offset + 4));
    if (result.read !== n) return -1;
    written = result.written;
    // TextEncoder turns a lone surrogate into U+FFFD (3 bytes); an all-ASCII string cannot hold one.
    if (written !== n && hasLoneSurrogate(s)) {
      out.fill(0, offset + 4, offset + 4 + written); // no trace of the value, and the buffer as it was
      throw new InputInvalidError(`value${field ? ` of ${field}` : ''} holds a lone UTF-16 surrogate, which has no UTF-8 form`, field ? { field } : {});
    }
  }
  out[offset] = written >>> 24;
  out[offset + 1] = (written >>> 16) & 0xff;
  out[offset + 2] = (written >>> 8) & 0xff;
  out[offset + 3] = written & 0xff;
  return offset + 4 + written;
}

/** `uint32_be(n)` as 4 bytes. */
export function u32be(n: number): Uint8Array {
  return new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * `lp(b) = uint32_be(len(b)) || b` for bytes, or for the UTF-8 of a string (DESIGN 3.1).
 * @example lp('ssn') // [0,0,0,3, 0x73,0x73,0x6e]
 */
export function lp(value: string | Uint8Array): Uint8Array {
  const bytes = typeof value === 'string' ? utf8(value) : value;
  return concatBytes(u32be(bytes.length), bytes);
}

const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64U_DECODE = /* @__PURE__ */ (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64U.length; i++) t[B64U.charCodeAt(i)] = i;
  return t;
})();

// Every pair of base64url characters (12 bits), built on first use: encoding 3 bytes then costs
// two table reads and one concatenation, which halves the cost of a 16-byte token tag.
let pairs: string[] | undefined;
function pairTable(): string[] {
  if (!pairs) {
    pairs = new Array<string>(4096);
    for (let i = 0; i < 4096; i++) pairs[i] = B64U[i >>> 6]! + B64U[i & 63]!;
  }
  return pairs;
}

/**
 * base64url without padding (RFC 4648 section 5) of `bytes`, or of its first `length` bytes.
 * @example base64urlEncode(new Uint8Array([0xfb, 0xff])) // '-_8'
 */
export function base64urlEncode(bytes: Uint8Array, length: number = bytes.length): string {
  if (length > 24) return base64urlLong(bytes, length);
  const table = pairTable();
  let out = '';
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += table[n >>> 12]! + table[n & 4095]!;
  }
  const rest = length - i;
  if (rest === 1) {
    out += table[bytes[i]! << 4]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += table[n >>> 12]! + B64U[(n >>> 6) & 63]!;
  }
  return out;
}

// Longer inputs (envelopes) are encoded into ASCII bytes and decoded once: one flat string instead
// of many concatenations. ('latin1' is windows-1252 in browsers; both are ASCII below 0x80.)
const B64U_CODES = /* @__PURE__ */ Uint8Array.from(B64U, (c) => c.charCodeAt(0));
const ascii = /* @__PURE__ */ new TextDecoder('latin1');
let asciiOut = new Uint8Array(0);

function base64urlLong(bytes: Uint8Array, length: number): string {
  const need = Math.ceil((length * 4) / 3);
  if (asciiOut.length < need) asciiOut = new Uint8Array(Math.max(need, 256));
  const out = asciiOut;
  const codes = B64U_CODES;
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = codes[n >>> 18]!;
    out[o++] = codes[(n >>> 12) & 63]!;
    out[o++] = codes[(n >>> 6) & 63]!;
    out[o++] = codes[n & 63]!;
  }
  const rest = length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out[o++] = codes[n >>> 18]!;
    out[o++] = codes[(n >>> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out[o++] = codes[n >>> 18]!;
    out[o++] = codes[(n >>> 12) & 63]!;
    out[o++] = codes[(n >>> 6) & 63]!;
  }
  return ascii.decode(out.subarray(0, o));
}

/**
 * Decodes strict base64url without padding. Refuses padding, whitespace, characters outside the
 * url-safe alphabet, an impossible length and non-zero trailing bits (so each byte string has
 * exactly one encoding), with `FORMAT_INVALID`. `what` names the thing decoded in the error.
 */
export function base64urlDecode(s: string, what = 'value'): Uint8Array {
  if (typeof s !== 'string') throw new FormatInvalidError(`${what} is not a base64url string`);
  const rem = s.length % 4;
  if (rem === 1) throw new FormatInvalidError(`${what} is not valid base64url (impossible length)`);
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64U_DECODE[c]! : -1;
    if (v < 0) throw new FormatInvalidError(`${what} is not valid base64url (bad character at position ${i})`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) {
    throw new FormatInvalidError(`${what} is not valid base64url (non-zero trailing bits)`);
  }
  return out;
}

/** Constant-time equality of two byte arrays (time depends on the length only). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
