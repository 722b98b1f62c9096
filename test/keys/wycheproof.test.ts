// Project Wycheproof vectors (read in place from ../shared/vectors; skipped with a note when absent).
import { describe, expect, it } from 'vitest';
import { hkdfSha256 } from '../../src/keys/derive.js';
import { PreparedHmacSha256 } from '../../src/pseudonymize/_hmac-sha256.js';
import { fromHex, hex } from '../helpers/hex.js';
import { sharedJson } from '../helpers/shared.js';

interface Suite<T> {
  testGroups: { tagSize?: number; tests: (T & { tcId: number; result: 'valid' | 'invalid' | 'acceptable' })[] }[];
}
interface MacTest { key: string; msg: string; tag: string }
interface HkdfTest { ikm: string; salt: string; info: string; size: number; okm: string }

const hmacSuite = sharedJson<Suite<MacTest>>('vectors/wycheproof_hmac_sha256_test.json');
const hkdfSuite = sharedJson<Suite<HkdfTest>>('vectors/wycheproof_hkdf_sha256_test.json');

describe.skipIf(!hmacSuite)('Wycheproof HMAC-SHA256 through the prepared HMAC', () => {
  const cases = hmacSuite?.testGroups.flatMap((g) => g.tests.map((t) => ({ ...t, bytes: (g.tagSize ?? 256) / 8 }))) ?? [];
  it(`all ${cases.length} cases: valid tags equal, invalid ones differ`, () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const t of cases) {
      const h = new PreparedHmacSha256(fromHex(t.key));
      const tag = hex(h.mac(fromHex(t.msg)).subarray(0, t.bytes));
      if (t.result === 'valid') expect(tag, `tcId ${t.tcId}`).toBe(t.tag);
      else expect(tag, `tcId ${t.tcId}`).not.toBe(t.tag);
    }
  });
});

describe.skipIf(!hkdfSuite)('Wycheproof HKDF-SHA256 through the derivation wrapper', () => {
  const cases = hkdfSuite?.testGroups.flatMap((g) => g.tests) ?? [];
  it(`all ${cases.length} cases: valid outputs equal, oversized requests refused`, () => {
    expect(cases.length).toBeGreaterThan(50);
    for (const t of cases) {
      const run = () => hex(hkdfSha256(fromHex(t.ikm), fromHex(t.salt), fromHex(t.info), t.size));
      if (t.result === 'valid') expect(run(), `tcId ${t.tcId}`).toBe(t.okm);
      else expect(run, `tcId ${t.tcId}`).toThrow();
    }
  });
});
