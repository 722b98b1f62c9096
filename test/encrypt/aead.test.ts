import { describe, expect, it } from 'vitest';
import { sivOpen, sivSeal, xc20pOpen, xc20pSeal } from '../../src/encrypt/aead.js';
import { ascii, fromHex, hex } from '../helpers/hex.js';
import { sharedJson } from '../helpers/shared.js';

describe('AES-SIV (RFC 5297)', () => {
  // RFC 5297 appendix A.1, deterministic authenticated encryption, transcribed from the RFC text.
  const key = fromHex('fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  const ad = fromHex('101112131415161718191a1b1c1d1e1f2021222324252627');
  const pt = fromHex('112233445566778899aabbccddee');
  const out = '85632d07c6e8f37f950acd320a2ecc9340c02b9690c4dc04daef7f6afe5c';

  it('A.1 with a 32-byte key: SIV || C', () => {
    expect(hex(sivSeal(key, ad, pt))).toBe(out);
    expect(hex(sivOpen(key, ad, fromHex(out)))).toBe(hex(pt));
  });

  it('refuses a changed SIV, ciphertext or associated data', () => {
    const bad = fromHex(out);
    bad[0]! ^= 1;
    expect(() => sivOpen(key, ad, bad)).toThrow();
    const bad2 = fromHex(out);
    bad2[20]! ^= 1;
    expect(() => sivOpen(key, ad, bad2)).toThrow();
    expect(() => sivOpen(key, fromHex('10'), fromHex(out))).toThrow();
  });
});

describe('XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha-03)', () => {
  // Appendix A.3.1, transcribed from the draft.
  const pt = ascii("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
  const aad = fromHex('50515253c0c1c2c3c4c5c6c7');
  const key = fromHex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = fromHex('404142434445464748494a4b4c4d4e4f5051525354555657');
  const ct =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e';
  const tag = 'c0875924c1c7987947deafd8780acf49';

  it('A.3.1: ciphertext || tag', () => {
    expect(hex(xc20pSeal(key, nonce, aad, pt))).toBe(ct + tag);
    expect(hex(xc20pOpen(key, nonce, aad, fromHex(ct + tag)))).toBe(hex(pt));
  });

  it('refuses a changed tag or AAD', () => {
    const bad = fromHex(ct + tag);
    bad[bad.length - 1]! ^= 0x80;
    expect(() => xc20pOpen(key, nonce, aad, bad)).toThrow();
    expect(() => xc20pOpen(key, nonce, fromHex('50'), fromHex(ct + tag))).toThrow();
  });
});

interface Suite<T> {
  testGroups: { keySize?: number; tests: (T & { tcId: number; result: 'valid' | 'invalid' | 'acceptable' })[] }[];
}
interface AeadTest { key: string; iv: string; aad: string; msg: string; ct: string; tag: string }
interface DaeadTest { key: string; aad: string; msg: string; ct: string }

const xc = sharedJson<Suite<AeadTest>>('vectors/wycheproof_xchacha20_poly1305_test.json');
const siv = sharedJson<Suite<DaeadTest>>('vectors/wycheproof_aes_siv_cmac_test.json');

describe.skipIf(!xc)('Wycheproof XChaCha20-Poly1305 through the wrappers', () => {
  it('every case: valid ones seal and open to the vector, invalid ones never open', () => {
    let n = 0;
    for (const g of xc!.testGroups) {
      for (const t of g.tests) {
        n++;
        const [key, iv, aad, msg] = [fromHex(t.key), fromHex(t.iv), fromHex(t.aad), fromHex(t.msg)];
        const sealed = fromHex(t.ct + t.tag);
        if (t.result === 'valid') {
          expect(hex(xc20pSeal(key, iv, aad, msg)), `tcId ${t.tcId}`).toBe(t.ct + t.tag);
          expect(hex(xc20pOpen(key, iv, aad, sealed)), `tcId ${t.tcId}`).toBe(t.msg);
        } else {
          expect(() => xc20pOpen(key, iv, aad, sealed), `tcId ${t.tcId}`).toThrow();
        }
      }
    }
    expect(n).toBeGreaterThan(300);
  });
});

describe.skipIf(!siv)('Wycheproof AES-SIV-CMAC through the wrappers (64-byte keys, as e1 uses)', () => {
  it('every 64-byte-key case: valid ones seal and open to the vector, invalid ones never open', () => {
    let n = 0;
    for (const g of siv!.testGroups) {
      if (g.keySize !== 512) continue;
      for (const t of g.tests) {
        n++;
        const [key, aad, msg, ct] = [fromHex(t.key), fromHex(t.aad), fromHex(t.msg), fromHex(t.ct)];
        if (t.result === 'valid') {
          expect(hex(sivSeal(key, aad, msg)), `tcId ${t.tcId}`).toBe(t.ct);
          expect(hex(sivOpen(key, aad, ct)), `tcId ${t.tcId}`).toBe(t.msg);
        } else {
          expect(() => sivOpen(key, aad, ct), `tcId ${t.tcId}`).toThrow();
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
