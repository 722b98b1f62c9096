/**
 * `tokenInto`: the bytes path of a pseudonymizer. Its bytes must be exactly the UTF-8 of the
 * string token (the format is a contract, DESIGN 3.2), for every kind, value and tag length,
 * at any offset, without touching bytes outside the token; bad arguments are refused before
 * anything is written.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { createPseudonymizer, type PseudonymInput, type Pseudonymizer } from '../../src/pseudonymize/index.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i);
const ring = createKeyring([importKey(K1, { kid: 'k1' })]);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The token written by `tokenInto` into a fresh array at `offset`, with the returned end. */
function viaBytes(p: Pseudonymizer, kind: string, value: PseudonymInput, offset = 0, slack = 0) {
  const out = new Uint8Array(offset + p.tokenLength + slack).fill(0xee);
  const end = p.tokenInto(kind, value, out, offset);
  return { out, end, token: out.subarray(offset, end) };
}

/** What a refused call threw: its code and option, and that the buffer was left as it was. */
function refused(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CivicVeilError);
    const err = e as CivicVeilError;
    return { code: err.code, option: err.option, message: err.message };
  }
  throw new Error('expected an error');
}

describe('tokenInto: same bytes as the string token', () => {
  it('for random values of kinds without normalizer, every tag length, at random offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.stringMatching(/^[a-z][a-z_-]{0,15}$/),
        fc.integer({ min: 8, max: 32 }),
        fc.integer({ min: 0, max: 100 }),
        (v, kind, length, offset) => {
          fc.pre(!['ssn', 'itin', 'name', 'date', 'dob', 'phone', 'email', 'address', 'text'].includes(kind));
          const p = createPseudonymizer({ keyring: ring, domain: 'idnyc/holders', length });
          const want = p.pseudonymize(kind, v);
          expect(p.tokenLength).toBe(want.length);
          const { out, end, token } = viaBytes(p, kind, v, offset, 3);
          expect(end).toBe(offset + p.tokenLength);
          expect(token).toEqual(utf8(want));
          // Nothing outside [offset, end) was touched.
          expect(out.subarray(0, offset).every((b) => b === 0xee)).toBe(true);
          expect(out.subarray(end).every((b) => b === 0xee)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for normalized kinds (ssn, email, name, phone) and composites, as pseudonymize normalizes them', () => {
    const p = createPseudonymizer({ keyring: ring, domain: 'library/patrons' });
    const cases: [string, PseudonymInput][] = [
      ['ssn', '123-45-6789'],
      ['ssn', ' 123 45 6789 '],
      ['email', 'Jose.Garcia@Example.ORG'],
      ['name', 'José  García-López'],
      ['phone', '(212) 555-0100'],
      ['name+dob', ['José García', '1985-03-04']],
    ];
    for (const [kind, v] of cases) expect(viaBytes(p, kind, v).token).toEqual(utf8(p.pseudonymize(kind, v)));
    fc.assert(
      fc.property(fc.integer({ min: 101, max: 665 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), (a, g, s) => {
        const ssn = `${a}-${String(g).padStart(2, '0')}-${String(s).padStart(4, '0')}`;
        expect(viaBytes(p, 'ssn', ssn).token).toEqual(utf8(p.pseudonymize('ssn', ssn)));
      }),
      { numRuns: 200 },
    );
  });

  it('for long values (past one SHA-256 block) and many tokens written back to back', () => {
    const p = createPseudonymizer({ keyring: ring, domain: 'd' });
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 40 }), (values) => {
        fc.pre(values.every((v) => Buffer.from(v, 'utf8').toString('utf8') === v)); // no lone surrogates
        const out = new Uint8Array(values.length * (p.tokenLength + 1));
        let at = 0;
        for (const v of values) {
          at = p.tokenInto('raw', v, out, at);
          out[at++] = 10;
        }
        expect(at).toBe(out.length);
        expect(Buffer.from(out).toString('utf8')).toBe(values.map((v) => `${p.pseudonymize('raw', v)}\n`).join(''));
      }),
      { numRuns: 100 },
    );
  });

  it('writes a1 tokens too (same bytes as pseudonymize)', () => {
    const p = createPseudonymizer({ keyring: ring, domain: 'd', algorithm: 'a1', argon2: { m: 64, t: 1, p: 1 }, length: 20 });
    expect(viaBytes(p, 'ssn', '123-45-6789', 5).token).toEqual(utf8(p.pseudonymize('ssn', '123-45-6789')));
  });

  it('works on a Uint8Array view into a larger buffer (Buffer, subarray)', () => {
    const p = createPseudonymizer({ keyring: ring, domain: 'd' });
    const backing = Buffer.alloc(200, 0x20);
    const view = backing.subarray(50, 50 + p.tokenLength + 10);
    expect(p.tokenInto('raw', 'x', view, 10)).toBe(10 + p.tokenLength);
    expect(backing.toString('latin1', 60, 60 + p.tokenLength)).toBe(p.pseudonymize('raw', 'x'));
    expect(backing.subarray(0, 60).every((b) => b === 0x20)).toBe(true);
  });
});

describe('tokenInto: test vectors (docs/spec/pseudonym-v1.md)', () => {
  interface Vector { id: number; key: string; kid: string; domain: string; kind: string; raw: string | string[]; length: number; p1: string }
  const { vectors } = JSON.parse(readFileSync(new URL('../vectors/pseudonym-v1.json', import.meta.url), 'utf8')) as { vectors: Vector[] };

  it.each(vectors)('vector $id: $kind in $domain gives the p1 token as ASCII bytes', (v) => {
    const keyring = createKeyring([importKey(Buffer.from(v.key, 'hex'), { kid: v.kid })]);
    const p = createPseudonymizer({ keyring, domain: v.domain, length: v.length });
    const { token, end } = viaBytes(p, v.kind, v.raw, 7);
    expect(end).toBe(7 + v.p1.length);
    expect(Buffer.from(token).toString('latin1')).toBe(v.p1);
  });
});

describe('tokenInto: arguments', () => {
  const p = createPseudonymizer({ keyring: ring, domain: 'd' });

  it('tokenLength is "p1." + kid + "." + ceil(4n/3)', () => {
    expect(p.tokenLength).toBe('p1.k1.'.length + 22);
    expect(createPseudonymizer({ keyring: ring, domain: 'd', length: 8 }).tokenLength).toBe(6 + 11);
    expect(createPseudonymizer({ keyring: ring, domain: 'd', length: 32 }).tokenLength).toBe(6 + 43);
  });

  it('accepts exactly tokenLength bytes free, refuses one fewer (OPTION_INVALID, out untouched)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 1, max: 28 }), (offset, missing) => {
        const exact = new Uint8Array(offset + p.tokenLength);
        expect(p.tokenInto('ssn', '123-45-6789', exact, offset)).toBe(exact.length);
        const short = new Uint8Array(offset + p.tokenLength - missing).fill(7);
        const e = refused(() => p.tokenInto('ssn', '123-45-6789', short, offset));
        expect(e.code).toBe('OPTION_INVALID');
        expect(e.option).toBe('out');
        expect(short.every((b) => b === 7)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a bad offset or output array', () => {
    const out = new Uint8Array(100);
    for (const offset of [-1, 1.5, Number.NaN, 101, Infinity, '0' as unknown as number, undefined as unknown as number]) {
      expect(refused(() => p.tokenInto('raw', 'v', out, offset))).toMatchObject({ code: 'OPTION_INVALID', option: 'offset' });
    }
    for (const bad of [[], new Uint16Array(100), new ArrayBuffer(100), null, 'x'.repeat(100)]) {
      expect(refused(() => p.tokenInto('raw', 'v', bad as unknown as Uint8Array, 0))).toMatchObject({ code: 'OPTION_INVALID', option: 'out' });
    }
  });

  it('gives the same errors as pseudonymize for bad values and kinds, without the value in the message', () => {
    const out = new Uint8Array(100).fill(9);
    const bad = refused(() => p.tokenInto('ssn', '000-12-3456', out, 0));
    expect(bad.code).toBe('INPUT_INVALID');
    expect(bad.message).not.toContain('3456'); // the rule's text names 000, the value is not quoted
    expect(bad.message).toBe(refused(() => p.pseudonymize('ssn', '000-12-3456')).message);
    expect(out.every((b) => b === 9)).toBe(true);
    expect(refused(() => p.tokenInto('raw', 'a\ud800b', out, 0))).toMatchObject({ code: 'INPUT_INVALID' });
    expect(refused(() => p.tokenInto('', 'v', out, 0))).toMatchObject({ code: 'OPTION_INVALID', option: 'kind' });
    expect(refused(() => p.tokenInto('name+dob', 'José', out, 0))).toMatchObject({ code: 'INPUT_INVALID' });
    expect(out.every((b) => b === 9)).toBe(true);
  });

  it('messages name sizes only: never the value or key bytes', () => {
    const secret = 'sensitive-value-123';
    const e = refused(() => p.tokenInto('raw', secret, new Uint8Array(3), 0));
    expect(e.message).not.toContain(secret);
    expect(e.message).not.toMatch(/[0-9a-f]{32}/i);
    expect(e.message).toContain(String(p.tokenLength));
  });

  it('refuses use after destroy', () => {
    const q = createPseudonymizer({ keyring: ring, domain: 'd' });
    q.destroy();
    expect(refused(() => q.tokenInto('raw', 'v', new Uint8Array(100), 0))).toMatchObject({ code: 'OPTION_INVALID' });
  });
});
