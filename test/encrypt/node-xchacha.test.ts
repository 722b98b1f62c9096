import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nobleXChaCha } from '../../src/encrypt/index.js';
import { createFieldEncryptor } from '../../src/encrypt/index.js';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { nodeXChaCha } from '../../src/node/index.js';
import { ascii, fromHex, hex } from '../helpers/hex.js';

const node = nodeXChaCha();

describe.skipIf(!node)('XChaCha20-Poly1305 over node:crypto (civicveil/node)', () => {
  it('draft-irtf-cfrg-xchacha-03 A.3.1', () => {
    const pt = ascii("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
    const key = fromHex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
    const nonce = fromHex('404142434445464748494a4b4c4d4e4f5051525354555657');
    const aad = fromHex('50515253c0c1c2c3c4c5c6c7');
    const sealed = node!.seal(key, nonce, aad, pt);
    expect(hex(sealed).slice(-32)).toBe('c0875924c1c7987947deafd8780acf49');
    expect(hex(node!.open(key, nonce, aad, sealed))).toBe(hex(pt));
  });

  it('gives the same bytes as the portable path for any key, nonce, AAD and plaintext, and both open each other', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 24, maxLength: 24 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 300 }),
        (key, nonce, aad, pt) => {
          const a = node!.seal(key, nonce, aad, pt);
          expect(hex(a)).toBe(hex(nobleXChaCha.seal(key, nonce, aad, pt)));
          expect(hex(nobleXChaCha.open(key, nonce, aad, a))).toBe(hex(pt));
          expect(hex(node!.open(key, nonce, aad, a))).toBe(hex(pt));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses any changed byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), (pt, at) => {
        const key = new Uint8Array(32).fill(3);
        const nonce = new Uint8Array(24).fill(4);
        const sealed = node!.seal(key, nonce, new Uint8Array(0), pt);
        sealed[at % sealed.length]! ^= 1;
        expect(() => node!.open(key, nonce, new Uint8Array(0), sealed)).toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('an encryptor on it interoperates with one on the portable path', () => {
    const ring = createKeyring([importKey(new Uint8Array(32).fill(9), { kid: 'k' })]);
    const a = createFieldEncryptor({ keyring: ring, domain: 'd', xchacha: node! });
    const b = createFieldEncryptor({ keyring: ring, domain: 'd' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (v) => {
        expect(b.decrypt(a.encrypt(v, { context: 'c#1' }), { context: 'c#1' })).toBe(v);
        expect(a.decrypt(b.encrypt(v, { context: 'c#1' }), { context: 'c#1' })).toBe(v);
      }),
    );
  });
});
