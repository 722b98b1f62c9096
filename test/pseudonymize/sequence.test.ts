// One pseudonymizer, many values in a row: kinds of different lengths, composite kinds, values
// short and long (one SHA-256 block or more), refused values in between. Every message is written
// into the same buffers, which must carry nothing from one value to the next: each token is
// recomputed independently from DESIGN 3 with node:crypto (hkdfSync, createHmac).
import { createHmac, hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';

const KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 13 + 5) & 0xff));
const DOMAIN = 'idnyc/holders';
const ring = createKeyring([importKey(new Uint8Array(KEY), { kid: 'k1' })]);

function lp(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([len, bytes]);
}
const kd = Buffer.from(
  hkdfSync('sha256', KEY, Buffer.from('civicveil/v1'), Buffer.concat([Buffer.from('pseudonym/hmac-sha256'), Buffer.from([0]), Buffer.from(DOMAIN)]), 32),
);
/** The p1 token of a kind without normalizer, from the spec alone. */
function specToken(kind: string, value: string | string[], length: number): string {
  const v = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.concat(value.map((x) => lp(Buffer.from(x, 'utf8'))));
  const tag = createHmac('sha256', kd).update(Buffer.concat([lp(Buffer.from(kind, 'utf8')), lp(v)])).digest();
  return `p1.k1.${tag.subarray(0, length).toString('base64url')}`;
}

/** Kinds without normalizers, of lengths 1 to 40, single and composite. */
const kind = fc.constantFrom('x', 'raw', 'member_id', 'a-rather-long-kind-name-for-a-column-xyz', 'raw+raw', 'case_ref+member_id');
const part = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 40, maxLength: 90 }), fc.constant(''), fc.constant('ñandú 北京'));
/** A value for the kind, or a value with a lone surrogate (refused, in the middle of a write). */
const call = fc.record({ kind, a: part, b: part, broken: fc.boolean() }).map(({ kind, a, b, broken }) => {
  const bad = broken ? `${a}\ud800${b}` : undefined;
  return { kind, value: kind.includes('+') ? [a, bad ?? b] : (bad ?? a), refused: bad !== undefined };
});

describe('many values through one pseudonymizer', () => {
  it('a composite value refused in its second part leaves nothing for the next one', () => {
    const p = createPseudonymizer({ keyring: ring, domain: DOMAIN, length: 8 });
    expect(() => p.pseudonymize('raw+raw', ['      ', '      \ud800'])).toThrow(/surrogate/);
    expect(p.pseudonymize('raw+raw', ['', ''])).toBe(specToken('raw+raw', ['', ''], 8));
  });

  it('each token is the spec token, whatever came before it (string and bytes paths)', () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 2, maxLength: 12 }), fc.integer({ min: 8, max: 32 }), (calls, length) => {
        const p = createPseudonymizer({ keyring: ring, domain: DOMAIN, length });
        const out = new Uint8Array(p.tokenLength);
        for (const c of calls) {
          if (c.refused) {
            expect(() => p.pseudonymize(c.kind, c.value)).toThrow(/surrogate/);
            expect(() => p.tokenInto(c.kind, c.value, out, 0)).toThrow(/surrogate/);
            continue;
          }
          const want = specToken(c.kind, c.value, length);
          expect(p.pseudonymize(c.kind, c.value)).toBe(want);
          p.tokenInto(c.kind, c.value, out, 0);
          expect(Buffer.from(out).toString('latin1')).toBe(want);
        }
      }),
      { numRuns: Number(process.env.CIVICVEIL_PROPERTY_RUNS ?? 300) },
    );
  });
});
