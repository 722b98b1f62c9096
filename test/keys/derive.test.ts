import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey, generateKey, exportKeyBytes } from '../../src/keys/index.js';
import { hkdfSha256 } from '../../src/keys/derive.js';
import { fill, fromHex, hex, range } from '../helpers/hex.js';

// RFC 5869 appendix A, SHA-256 test cases 1-3, transcribed from the RFC text.
const RFC5869 = [
  {
    name: 'A.1 basic',
    ikm: fill(0x0b, 22),
    salt: range(0x00, 0x0c),
    info: range(0xf0, 0xf9),
    L: 42,
    okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  },
  {
    name: 'A.2 longer inputs',
    ikm: range(0x00, 0x4f),
    salt: range(0x60, 0xaf),
    info: range(0xb0, 0xff),
    L: 82,
    okm: 'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87',
  },
  {
    name: 'A.3 zero-length salt and info',
    ikm: fill(0x0b, 22),
    salt: new Uint8Array(0),
    info: new Uint8Array(0),
    L: 42,
    okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
  },
];

const nodeDerive = (k: Uint8Array, purpose: string, domain: string, L: number): string =>
  Buffer.from(hkdfSync('sha256', k, Buffer.from('civicveil/v1'), Buffer.concat([Buffer.from(purpose), Buffer.from([0]), Buffer.from(domain)]), L)).toString('hex');

describe('derive (DESIGN 3.1)', () => {
  it.each(RFC5869)('HKDF-SHA256 RFC 5869 $name', ({ ikm, salt, info, L, okm }) => {
    expect(hex(hkdfSha256(ikm, salt, info, L))).toBe(okm);
  });

  it('equals node:crypto hkdfSync with salt "civicveil/v1" and info purpose || 0x00 || domain', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('\u0000')),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 100 }),
        (k, purpose, domain, L) => {
          expect(hex(deriveKey(k, purpose, domain, L))).toBe(nodeDerive(k, purpose, domain, L));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes a Key object as well as bytes', () => {
    const key = generateKey({ kid: 'k1' });
    expect(hex(deriveKey(key, 'pseudonym/hmac-sha256', 'idnyc/holders', 32))).toBe(
      nodeDerive(exportKeyBytes(key), 'pseudonym/hmac-sha256', 'idnyc/holders', 32),
    );
  });

  it('separates purposes and domains', () => {
    const k = fromHex('11'.repeat(32));
    const a = hex(deriveKey(k, 'pseudonym/hmac-sha256', 'idnyc/holders', 32));
    expect(hex(deriveKey(k, 'pseudonym/hmac-sha256', 'library/patrons', 32))).not.toBe(a);
    expect(hex(deriveKey(k, 'pseudonym/argon2id', 'idnyc/holders', 32))).not.toBe(a);
  });

  it.each([
    ['purpose with NUL', () => deriveKey(fill(1, 32), 'a\u0000b', 'd', 32)],
    ['empty purpose', () => deriveKey(fill(1, 32), '', 'd', 32)],
    ['empty domain', () => deriveKey(fill(1, 32), 'p', '', 32)],
    ['length 0', () => deriveKey(fill(1, 32), 'p', 'd', 0)],
    ['length 8161', () => deriveKey(fill(1, 32), 'p', 'd', 8161)],
    ['empty key', () => deriveKey(new Uint8Array(0), 'p', 'd', 32)],
  ])('refuses %s with OPTION_INVALID', (_name, f) => {
    expect(f).toThrowError(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});
