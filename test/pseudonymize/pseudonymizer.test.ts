import { createHmac, hkdfSync } from 'node:crypto';
import { inspect } from 'node:util';
import { argon2id } from '@noble/hashes/argon2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, exportKeyBytes, importKey, rotateKeyring, type Keyring } from '../../src/keys/index.js';
import { nativeArgon2id } from '../../src/node/index.js';
import { createPseudonymizer, parseToken, pseudonymizeRecord, pseudonymizeRecordAsync } from '../../src/pseudonymize/index.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i);
const K2 = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const ring1 = createKeyring([importKey(K1, { kid: 'k1' })]);
const ring2 = createKeyring([importKey(K2, { kid: 'k2' })]);
const SMALL = { m: 64, t: 2, p: 1 };

// Independent oracle: node:crypto only, message built with Buffer.
const lpBuf = (b: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
};
const nodeDerive = (k: Uint8Array, purpose: string, domain: string, L: number) =>
  Buffer.from(hkdfSync('sha256', k, 'civicveil/v1', Buffer.concat([Buffer.from(purpose), Buffer.from([0]), Buffer.from(domain)]), L));
const message = (kind: string, v: string | string[]) =>
  Buffer.concat([lpBuf(Buffer.from(kind)), lpBuf(typeof v === 'string' ? Buffer.from(v) : Buffer.concat(v.map((x) => lpBuf(Buffer.from(x)))))]);
const oracleP1 = (k: Uint8Array, kid: string, domain: string, kind: string, v: string | string[], n = 16) =>
  `p1.${kid}.${createHmac('sha256', nodeDerive(k, 'pseudonym/hmac-sha256', domain, 32)).update(message(kind, v)).digest().subarray(0, n).toString('base64url')}`;
const oracleA1 = (k: Uint8Array, kid: string, domain: string, kind: string, v: string, params = SMALL, n = 16) => {
  const h = argon2id(message(kind, v), nodeDerive(k, 'pseudonym/argon2id-salt', domain, 16), { ...params, dkLen: 32, version: 0x13 });
  return `a1.${kid}.${createHmac('sha256', nodeDerive(k, 'pseudonym/argon2id', domain, 32)).update(h).digest().subarray(0, n).toString('base64url')}`;
};

const p1 = (keyring: Keyring = ring1, domain = 'idnyc/holders', length?: number) =>
  createPseudonymizer({ keyring, domain, ...(length !== undefined ? { length } : {}) });

describe('p1 pseudonyms (DESIGN 3.2)', () => {
  it('equals the node:crypto oracle for any value of a kind without normalizer', () => {
    const p = p1();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.stringMatching(/^[a-z][a-z_-]{0,15}$/), (v, kind) => {
        fc.pre(!['ssn', 'itin', 'name', 'date', 'dob', 'phone', 'email', 'address'].includes(kind));
        expect(p.pseudonymize(kind, v)).toBe(oracleP1(K1, 'k1', 'idnyc/holders', kind, v));
      }),
      { numRuns: 300 },
    );
  });

  it('normalizes known kinds first: SSN formats agree, and equal the oracle on the canonical form', () => {
    const p = p1();
    const t = p.pseudonymize('ssn', '123-45-6789');
    expect(p.pseudonymize('ssn', '123456789')).toBe(t);
    expect(p.pseudonymize('ssn', ' 123 45 6789 ')).toBe(t);
    expect(t).toBe(oracleP1(K1, 'k1', 'idnyc/holders', 'ssn', '123456789'));
    expect(p.pseudonymize('name', 'José  García-López')).toBe(p.pseudonymize('name', 'JOSE GARCIA LOPEZ'));
  });

  it('is deterministic, and has the token shape p1.<kid>.<22 base64url chars>', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (v) => {
        const t = p1().pseudonymize('raw', v);
        expect(t).toMatch(/^p1\.k1\.[A-Za-z0-9_-]{22}$/);
        expect(p1().pseudonymize('raw', v)).toBe(t);
      }),
      { numRuns: 100 },
    );
  });

  it('separates domains, kinds and keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (v) => {
        const t = p1().pseudonymize('raw', v);
        expect(p1(ring1, 'library/patrons').pseudonymize('raw', v)).not.toBe(t);
        expect(p1().pseudonymize('raw2', v)).not.toBe(t);
        const other = p1(ring2).pseudonymize('raw', v);
        expect(other.slice(6)).not.toBe(t.slice(6));
      }),
      { numRuns: 100 },
    );
  });

  it('does not confuse (kind, value) splits: lp framing keeps "ab"+"c" apart from "a"+"bc"', () => {
    const p = p1();
    expect(p.pseudonymize('ab', 'c')).not.toBe(p.pseudonymize('a', 'bc'));
  });

  it('honours the length option (8 to 32 bytes) and refuses others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 32 }), fc.string({ maxLength: 30 }), (n, v) => {
        const t = p1(ring1, 'd', n).pseudonymize('raw', v);
        expect(parseToken(t).tag.length).toBe(n);
        expect(t).toBe(oracleP1(K1, 'k1', 'd', 'raw', v, n));
      }),
      { numRuns: 100 },
    );
    for (const n of [0, 7, 33, 16.5]) expect(() => p1(ring1, 'd', n)).toThrowError(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });

  it('composite kinds hash lp(kind) || lp(lp(v1) || lp(v2)), each part normalized by its own kind', () => {
    const p = p1();
    const t = p.pseudonymize('name+dob', ['José  García', '03/04/1985']);
    expect(t).toBe(oracleP1(K1, 'k1', 'idnyc/holders', 'name+dob', ['jose garcia', '1985-03-04']));
    expect(p.pseudonymize('name+dob', ['JOSE GARCIA', '1985-03-04'])).toBe(t);
    expect(() => p.pseudonymize('name+dob', 'José García')).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => p.pseudonymize('name+dob', ['José García'])).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => p.pseudonymize('name+', ['a', 'b'])).toThrowError(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });

  it('gives oracle tokens on both sides of the one-block boundary, with short and very long kinds, in any order', () => {
    const p = p1();
    const kinds = ['raw', 'k'.repeat(300), 'raw', 'é'.repeat(30)];
    for (let len = 30; len <= 64; len++) {
      for (const kind of kinds) {
        const v = 'v'.repeat(len);
        expect(p.pseudonymize(kind, v)).toBe(oracleP1(K1, 'k1', 'idnyc/holders', kind, v));
      }
    }
  });

  it('handles values longer than one SHA-256 block and longer than its scratch buffer', () => {
    const p = p1();
    for (const v of ['x'.repeat(56), 'é'.repeat(300), '😀'.repeat(2000)]) expect(p.pseudonymize('raw', v)).toBe(oracleP1(K1, 'k1', 'idnyc/holders', 'raw', v));
  });

  it('refuses a lone surrogate, non-strings and an empty kind', () => {
    const p = p1();
    expect(() => p.pseudonymize('raw', 'a\uD800')).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => p.pseudonymize('raw', 42 as unknown as string)).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => p.pseudonymize('', 'x')).toThrowError(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });

  it('pseudonymizeMany is all or nothing and names the row', () => {
    const p = p1();
    expect(p.pseudonymizeMany('ssn', ['123-45-6789', '123456789'])).toEqual([p.pseudonymize('ssn', '123456789'), p.pseudonymize('ssn', '123456789')]);
    let err: CivicVeilError | undefined;
    try {
      p.pseudonymizeMany('ssn', ['123-45-6789', '987-65-4320', '000-12-3456']);
    } catch (e) {
      err = e as CivicVeilError;
    }
    expect(err?.code).toBe('INPUT_INVALID');
    expect(err?.row).toBe(2);
    expect(err?.message).toMatch(/^row 2: ssn: /);
    expect(err?.message).not.toContain('987');
  });

  it('never puts the value or key bytes into error messages or string forms', () => {
    const p = p1();
    const secrets = [Buffer.from(K1).toString('hex'), Buffer.from(K1).toString('base64url')];
    for (const form of [String(p), JSON.stringify(p), inspect(p, { showHidden: true, depth: 4 })]) for (const s of secrets) expect(form).not.toContain(s);
    fc.assert(
      fc.property(fc.stringMatching(/^(000|666|9\d\d)-\d\d-\d{4}$/), (bad) => {
        try {
          p.pseudonymize('ssn', bad);
          expect.unreachable();
        } catch (e) {
          const msg = (e as Error).message;
          expect(msg).not.toContain(bad);
          expect(msg).not.toContain(bad.replace(/-/g, ''));
          for (const s of secrets) expect(msg).not.toContain(s);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('verify', () => {
  it('accepts the token of the value and refuses any other value', () => {
    const p = p1();
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const t = p.pseudonymize('raw', a);
        expect(p.verify('raw', a, t)).toBe(true);
        expect(p.verify('raw', b, t)).toBe(a === b);
        expect(p.verify('raw2', a, t)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a token with any one character changed never verifies', () => {
    const p = p1();
    const t = p.pseudonymize('ssn', '123-45-6789');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: t.length - 1 }), fc.constantFrom(...'ABCabc0189-_.xp'), (i, c) => {
        fc.pre(t[i] !== c);
        const bad = t.slice(0, i) + c + t.slice(i + 1);
        let ok = false;
        try {
          ok = p.verify('ssn', '123456789', bad);
        } catch (e) {
          expect(['FORMAT_INVALID', 'KEY_NOT_FOUND']).toContain((e as CivicVeilError).code);
        }
        expect(ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('chooses the key by kid: tokens from before a rotation still verify', () => {
    const before = p1(ring1).pseudonymize('email', 'ana@example.org');
    const rotated = rotateKeyring(ring1, importKey(K2, { kid: 'k2' }));
    const p = p1(rotated);
    const after = p.pseudonymize('email', 'ana@example.org');
    expect(after.startsWith('p1.k2.')).toBe(true);
    expect(p.verify('email', ' Ana@Example.org ', before)).toBe(true);
    expect(p.verify('email', 'ana@example.org', after)).toBe(true);
  });

  it('verifies tokens of any allowed length with their own length', () => {
    const t8 = p1(ring1, 'idnyc/holders', 8).pseudonymize('ssn', '123456789');
    expect(p1().verify('ssn', '123-45-6789', t8)).toBe(true);
  });

  it('refuses malformed tokens and unknown kids with typed errors', () => {
    const p = p1();
    expect(() => p.verify('ssn', '123456789', 'nonsense')).toThrowError(expect.objectContaining({ code: 'FORMAT_INVALID' }));
    expect(() => p.verify('ssn', '123456789', 'p1.k1.AAAA')).toThrowError(expect.objectContaining({ code: 'FORMAT_INVALID' }));
    expect(() => p.verify('ssn', '123456789', 'p1.zz.AAAAAAAAAAAAAAAAAAAAAA')).toThrowError(expect.objectContaining({ code: 'KEY_NOT_FOUND' }));
  });
});

describe('a1 pseudonyms (DESIGN 3.3)', () => {
  const a1 = (keyring = ring1) => createPseudonymizer({ keyring, domain: 'idnyc/holders', algorithm: 'a1', argon2: SMALL });

  it('equals the oracle (noble Argon2id + node:crypto HKDF and HMAC), sync and async', async () => {
    const p = a1();
    for (const v of ['123-45-6789', '078-05-1121']) {
      const expected = oracleA1(K1, 'k1', 'idnyc/holders', 'ssn', v.replace(/-/g, ''));
      expect(p.pseudonymize('ssn', v)).toBe(expected);
      expect(await p.pseudonymizeAsync('ssn', v)).toBe(expected);
      expect(p.verify('ssn', v, expected)).toBe(true);
      expect(await p.verifyAsync('ssn', v, expected)).toBe(true);
    }
  });

  it('differs from p1 and between parameter sets', () => {
    const t = a1().pseudonymize('ssn', '123456789');
    expect(t.startsWith('a1.k1.')).toBe(true);
    const other = createPseudonymizer({ keyring: ring1, domain: 'idnyc/holders', algorithm: 'a1', argon2: { m: 64, t: 3, p: 1 } }).pseudonymize('ssn', '123456789');
    expect(other).not.toBe(t);
  });

  it('uses the parameters recorded on the key, and refuses different explicit ones', () => {
    const ring = createKeyring([importKey(K1, { kid: 'k1', argon2: { m: 128, t: 1, p: 1 } })]);
    const p = createPseudonymizer({ keyring: ring, domain: 'idnyc/holders', algorithm: 'a1' });
    expect(p.pseudonymize('ssn', '123456789')).toBe(oracleA1(K1, 'k1', 'idnyc/holders', 'ssn', '123456789', { m: 128, t: 1, p: 1 }));
    expect(() => createPseudonymizer({ keyring: ring, domain: 'idnyc/holders', algorithm: 'a1', argon2: SMALL })).toThrowError(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });

  it('the native Node backend gives identical tokens to the portable one', async () => {
    const native = nativeArgon2id();
    if (!native) {
      console.warn('SKIPPED: @node-rs/argon2 (optional dependency) is not installed');
      return;
    }
    const p = createPseudonymizer({ keyring: ring1, domain: 'idnyc/holders', algorithm: 'a1', argon2: SMALL, argon2Backend: native });
    for (const v of ['123456789', 'José', '']) {
      expect(p.pseudonymize('raw', v)).toBe(a1().pseudonymize('raw', v));
      expect(await p.pseudonymizeAsync('raw', v)).toBe(a1().pseudonymize('raw', v));
    }
    const params = { m: 256, t: 3, p: 2 };
    const salt = new Uint8Array(16).fill(9);
    expect(native.hash(new Uint8Array([1, 2, 3]), salt, params)).toEqual(argon2id(new Uint8Array([1, 2, 3]), salt, { ...params, dkLen: 32 }));
  });
});

describe('records', () => {
  const p = p1();
  it('replaces the chosen fields and leaves the rest', () => {
    const rec = { id: 7, ssn: '123-45-6789', email: 'A@B.org', note: 'keep me' };
    const out = pseudonymizeRecord(p, rec, { ssn: 'ssn', email: 'email' });
    expect(out).toEqual({ id: 7, ssn: p.pseudonymize('ssn', '123456789'), email: p.pseudonymize('email', 'a@b.org'), note: 'keep me' });
    expect(rec.ssn).toBe('123-45-6789');
  });

  it('builds composites from several fields and removes the sources', () => {
    const out = pseudonymizeRecord(p, { id: 1, name: 'Ana Ruiz', dob: '1990-01-02' }, { person: { kind: 'name+dob', from: ['name', 'dob'] } });
    expect(out).toEqual({ id: 1, person: p.pseudonymize('name+dob', ['Ana Ruiz', '1990-01-02']) });
  });

  it('keeps empty values (or refuses them when asked), and names missing or bad fields', () => {
    expect(pseudonymizeRecord(p, { ssn: '' }, { ssn: 'ssn' })).toEqual({ ssn: '' });
    expect(pseudonymizeRecord(p, { ssn: null }, { ssn: 'ssn' })).toEqual({ ssn: null });
    expect(() => pseudonymizeRecord(p, { ssn: '' }, { ssn: 'ssn' }, { empty: 'error' })).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => pseudonymizeRecord(p, { id: 1 }, { ssn: 'ssn' })).toThrowError(/field "ssn" is missing/);
    expect(() => pseudonymizeRecord(p, { ssn: 123456789 }, { ssn: 'ssn' })).toThrowError(/field "ssn" must be a string/);
    try {
      pseudonymizeRecord(p, { tax_id: '666-12-3456' }, { tax_id: 'ssn' });
      expect.unreachable();
    } catch (e) {
      expect((e as CivicVeilError).field).toBe('tax_id');
      expect((e as Error).message).not.toContain('666-12-3456');
    }
  });

  it('the async form gives the same result', async () => {
    const rec = { ssn: '123-45-6789', email: 'a@b.org' };
    expect(await pseudonymizeRecordAsync(p, rec, { ssn: 'ssn', email: 'email' })).toEqual(pseudonymizeRecord(p, rec, { ssn: 'ssn', email: 'email' }));
  });
});

describe('lifecycle', () => {
  it('destroy() makes the pseudonymizer unusable', () => {
    const p = p1();
    p.pseudonymize('raw', 'x');
    p.destroy();
    expect(() => p.pseudonymize('raw', 'x')).toThrowError(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
  it('key bytes export is unchanged by pseudonymizer use', () => {
    p1().pseudonymize('raw', 'x');
    expect(exportKeyBytes(ring1.primary)).toEqual(K1);
  });
});
