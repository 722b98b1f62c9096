import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldEncryptor, parseEnvelope } from '../../src/encrypt/index.js';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey, retireKey, rotateKeyring } from '../../src/keys/index.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const K2 = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const ring = createKeyring([importKey(K1, { kid: 'k1' })]);
const enc = createFieldEncryptor({ keyring: ring, domain: 'idnyc/holders' });
const algorithms = ['xc20p', 'siv'] as const;
const text = fc.string({ unit: 'grapheme', maxLength: 80 });

/** Runs `f`; returns the error code it threw, or 'NO ERROR' with the value it returned. */
function outcome(f: () => unknown): string {
  try {
    return `NO ERROR: ${String(f())}`;
  } catch (e) {
    return e instanceof CivicVeilError ? e.code : `untyped: ${(e as Error).message}`;
  }
}

describe('e1 envelopes', () => {
  it.each(algorithms)('%s: round trip for any Unicode string, and the envelope has the e1 shape', (algorithm) => {
    fc.assert(
      fc.property(text, fc.string({ minLength: 1, maxLength: 30 }), (value, context) => {
        const e = enc.encrypt(value, { context, algorithm });
        expect(e).toMatch(new RegExp(`^e1\\.${algorithm}\\.k1\\.[A-Za-z0-9_-]+$`));
        expect(enc.decrypt(e, { context })).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it('siv is deterministic per context; xc20p is not', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(enc.encrypt(value, { context: 'h.ssn', algorithm: 'siv' })).toBe(enc.encrypt(value, { context: 'h.ssn', algorithm: 'siv' }));
        expect(enc.encrypt(value, { context: 'h.ssn', algorithm: 'siv' })).not.toBe(enc.encrypt(value, { context: 'h.tin', algorithm: 'siv' }));
        expect(enc.encrypt(value, { context: 'h.ssn' })).not.toBe(enc.encrypt(value, { context: 'h.ssn' }));
      }),
      { numRuns: 100 },
    );
  });

  it.each(algorithms)('%s: every single-character change to an envelope is rejected, never decrypted', (algorithm) => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/= é'];
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(...alphabet), (value, at, c) => {
        const e = enc.encrypt(value, { context: 'h.ssn', algorithm });
        const i = at % e.length;
        fc.pre(e[i] !== c);
        const changed = e.slice(0, i) + c + e.slice(i + 1);
        expect(['FORMAT_INVALID', 'KEY_NOT_FOUND', 'AUTHENTICATION_FAILED']).toContain(outcome(() => enc.decrypt(changed, { context: 'h.ssn' })));
      }),
      { numRuns: 500 },
    );
  });

  it.each(algorithms)('%s: an envelope moved to another context, record, domain or key is rejected', (algorithm) => {
    const other = createFieldEncryptor({ keyring: ring, domain: 'library/patrons' });
    const otherKey = createFieldEncryptor({ keyring: createKeyring([importKey(K2, { kid: 'k1' })]), domain: 'idnyc/holders' });
    fc.assert(
      fc.property(text, (value) => {
        const e = enc.encrypt(value, { context: 'holders.ssn#H1', algorithm });
        expect(outcome(() => enc.decrypt(e, { context: 'holders.ssn#H2' }))).toBe('AUTHENTICATION_FAILED');
        expect(outcome(() => enc.decrypt(e, { context: 'holders.itin#H1' }))).toBe('AUTHENTICATION_FAILED');
        expect(outcome(() => other.decrypt(e, { context: 'holders.ssn#H1' }))).toBe('AUTHENTICATION_FAILED');
        expect(outcome(() => otherKey.decrypt(e, { context: 'holders.ssn#H1' }))).toBe('AUTHENTICATION_FAILED');
        // relabelled to another algorithm or kid: the AAD changes, so it fails too
        const relabelled = e.replace(`e1.${algorithm}.k1.`, 'e1.' + (algorithm === 'siv' ? 'xc20p' : 'siv') + '.k1.');
        expect(['FORMAT_INVALID', 'AUTHENTICATION_FAILED']).toContain(outcome(() => enc.decrypt(relabelled, { context: 'holders.ssn#H1' })));
      }),
      { numRuns: 100 },
    );
  });

  it('errors are typed, and never contain the plaintext', () => {
    const secret = 'A-123-456-789 José';
    const e = enc.encrypt(secret, { context: 'h.notes' });
    for (const f of [
      () => enc.decrypt(e, { context: 'h.other' }),
      () => enc.decrypt(e.slice(0, -2), { context: 'h.notes' }),
      () => enc.decrypt('e1.xc20p.nokey.' + e.split('.')[3], { context: 'h.notes' }),
      () => enc.decrypt('hello', { context: 'h.notes' }),
    ]) {
      try {
        f();
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(CivicVeilError);
        expect((err as Error).message).not.toContain('José');
        expect((err as Error).message).not.toContain('123-456');
      }
    }
    expect(outcome(() => enc.decrypt('e1.xc20p.nokey.' + e.split('.')[3], { context: 'h.notes' }))).toBe('KEY_NOT_FOUND');
    expect(outcome(() => enc.decrypt('hello', { context: 'h.notes' }))).toBe('FORMAT_INVALID');
    expect(outcome(() => enc.encrypt('x', { context: '' }))).toBe('OPTION_INVALID');
  });

  it('keeps the type of numbers, booleans, null, bigints, dates and JSON values', () => {
    const values = [0, -1.5, 1e21, 2 ** 53, true, false, null, 12345678901234567890n, new Date('2024-03-04T05:06:07.089Z'), [1, 'a'], { a: { b: null } }, ''];
    for (const algorithm of algorithms) {
      for (const v of values) {
        expect(enc.decrypt(enc.encrypt(v, { context: 'c', algorithm }), { context: 'c' })).toEqual(v);
      }
    }
    expect(outcome(() => enc.encrypt(Number.NaN, { context: 'c' }))).toBe('INPUT_INVALID');
    expect(outcome(() => enc.encrypt(undefined as never, { context: 'c' }))).toBe('INPUT_INVALID');
    expect(outcome(() => enc.encrypt('\uD800', { context: 'c' }))).toBe('INPUT_INVALID');
  });

  it('rotation: retired keys still decrypt and never encrypt; reencrypt moves envelopes to the primary', () => {
    const old = enc.encrypt('123-45-6789', { context: 'h.ssn', algorithm: 'siv' });
    const rotated = retireKey(rotateKeyring(ring, importKey(K2, { kid: 'k2' })), 'k1');
    const enc2 = createFieldEncryptor({ keyring: rotated, domain: 'idnyc/holders' });
    expect(enc2.decrypt(old, { context: 'h.ssn' })).toBe('123-45-6789');
    expect(parseEnvelope(enc2.encrypt('x', { context: 'h.ssn' })).kid).toBe('k2');
    const moved = enc2.reencrypt(old, { context: 'h.ssn' });
    expect(parseEnvelope(moved)).toMatchObject({ kid: 'k2', algorithm: 'siv' });
    expect(enc2.decrypt(moved, { context: 'h.ssn' })).toBe('123-45-6789');
    expect(enc2.reencrypt(moved, { context: 'h.ssn' })).toBe(moved);
    const renamed = enc2.reencrypt(moved, { context: 'h.ssn', newContext: 'h.tax_id' });
    expect(enc2.decrypt(renamed, { context: 'h.tax_id' })).toBe('123-45-6789');
  });
});
