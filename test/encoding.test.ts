import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode, equalBytes, hasLoneSurrogate, lp, utf8, writeLp } from '../src/encoding.js';
import { CivicVeilError } from '../src/errors.js';

describe('base64url (RFC 4648 section 5, no padding)', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('RFC 4648 section 10 vector %j', (text, encoded) => {
    expect(base64urlEncode(new TextEncoder().encode(text))).toBe(encoded);
    expect(new TextDecoder().decode(base64urlDecode(encoded))).toBe(text);
  });

  it('uses the url-safe alphabet', () => {
    expect(base64urlEncode(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with node:crypto Buffer base64url on any bytes, and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const enc = base64urlEncode(bytes);
        expect(enc).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64urlDecode(enc)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['Zg==', 'padding'],
    ['Zm9v YmFy', 'whitespace'],
    ['Zm9v+mFy', 'standard alphabet +'],
    ['Zm9v/mFy', 'standard alphabet /'],
    ['Z', 'impossible length'],
    ['Zh', 'non-zero trailing bits'],
    ['Zm9', 'non-zero trailing bits (2 bytes)'],
    ['Zé', 'non-ASCII'],
  ])('refuses %j (%s) with FORMAT_INVALID', (text) => {
    expect(() => base64urlDecode(text)).toThrowError(expect.objectContaining({ code: 'FORMAT_INVALID' }));
  });
});

describe('utf8 and lp (DESIGN 3.1)', () => {
  it('lp is a 4-byte big-endian length then the UTF-8 bytes', () => {
    expect([...lp('ssn')]).toEqual([0, 0, 0, 3, 0x73, 0x73, 0x6e]);
    expect([...lp('é')]).toEqual([0, 0, 0, 2, 0xc3, 0xa9]);
    expect([...lp('')]).toEqual([0, 0, 0, 0]);
    expect([...lp(new Uint8Array(300))].slice(0, 4)).toEqual([0, 0, 1, 44]);
  });

  it('writeLp gives the same bytes as lp for any string, and -1 when the buffer is too small', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const buf = new Uint8Array(400);
        const end = writeLp(s, buf, 3);
        expect(buf.subarray(3, end)).toEqual(lp(s));
        expect(writeLp(s, new Uint8Array(lp(s).length - 1), 0)).toBe(-1);
      }),
    );
  });

  it.each(['\uD800', 'a\uDC00b', 'x\uDBFF', '\uDC00\uD800'])('refuses the lone surrogate in %j with INPUT_INVALID', (s) => {
    expect(hasLoneSurrogate(s)).toBe(true);
    expect(() => utf8(s)).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => writeLp(s, new Uint8Array(64), 0)).toThrow(CivicVeilError);
  });

  it('accepts paired surrogates (emoji)', () => {
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(utf8('😀').length).toBe(4);
  });

  it('equalBytes compares content and length', () => {
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});
