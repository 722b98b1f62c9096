import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createKeyring,
  exportKeyBytes,
  generateKey,
  importKey,
  keyFromPassphrase,
  openKeyring,
  parseKeyring,
  retireKey,
  rotateKeyring,
  serializeKeyring,
} from '../../src/keys/index.js';
import { CivicVeilError } from '../../src/errors.js';

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const K1 = new Uint8Array(32).fill(0x11);
const K2 = new Uint8Array(32).fill(0x22);
const jwks = (...keys: object[]) => JSON.stringify({ keys });

describe('keys', () => {
  it('generateKey draws 32 fresh bytes each time', () => {
    const a = exportKeyBytes(generateKey({ kid: 'a' }));
    const b = exportKeyBytes(generateKey({ kid: 'b' }));
    expect(a.length).toBe(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(generateKey().kid).toMatch(/^k[A-Za-z0-9_-]{8}$/);
  });

  it('never shows its bytes through toString, JSON.stringify, inspect, spread or keys', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const key = importKey(bytes, { kid: 'k1' });
        const ring = createKeyring([key]);
        const forms = [String(key), `${key}`, JSON.stringify(key), JSON.stringify(ring), inspect(key, { showHidden: true, depth: 5 }), inspect(ring, { showHidden: true, depth: 5 }), JSON.stringify({ ...key }), Object.keys(key).join()];
        const secrets = [Buffer.from(bytes).toString('hex'), b64u(bytes), Buffer.from(bytes).toString('base64'), [...bytes].join(',')];
        for (const form of forms) for (const s of secrets) expect(form.includes(s)).toBe(false);
        expect(String(key)).toBe('Key(k1, primary)');
        expect(JSON.parse(JSON.stringify(key))).toEqual({ kid: 'k1', status: 'primary' });
      }),
      { numRuns: 50 },
    );
  });

  it('exportKeyBytes returns a copy', () => {
    const key = importKey(K1, { kid: 'k1' });
    const out = exportKeyBytes(key);
    out.fill(0);
    expect(exportKeyBytes(key)).toEqual(K1);
  });

  it.each([
    ['short key', () => importKey(new Uint8Array(31), { kid: 'k' })],
    ['kid with a dot', () => importKey(K1, { kid: 'a.b' })],
    ['empty kid', () => importKey(K1, { kid: '' })],
    ['65-char kid', () => importKey(K1, { kid: 'a'.repeat(65) })],
  ])('importKey refuses a %s with KEY_INVALID', (_n, f) => {
    expect(f).toThrowError(expect.objectContaining({ code: 'KEY_INVALID' }));
  });
});

describe('keyring (JWK Set)', () => {
  it('parses, finds by kid, and serializes back to the same set', () => {
    const text = jwks(
      { kty: 'oct', kid: 'k1', k: b64u(K1), status: 'active', argon2id: { m: 64, t: 2, p: 1 } },
      { kty: 'oct', kid: 'k2', k: b64u(K2), status: 'primary' },
    );
    const ring = parseKeyring(text);
    expect(ring.primary.kid).toBe('k2');
    expect(ring.get('k1')?.argon2).toEqual({ m: 64, t: 2, p: 1 });
    expect(exportKeyBytes(ring.get('k1')!)).toEqual(K1);
    expect(ring.get('nope')).toBeUndefined();
    expect(JSON.parse(serializeKeyring(ring))).toEqual(JSON.parse(text));
    expect(parseKeyring(JSON.parse(text)).primary.kid).toBe('k2');
  });

  const bad: [string, string, string][] = [
    ['not JSON', '{keys', 'not valid JSON'],
    ['not a set', '{"k":1}', 'JWK Set'],
    ['empty set', '{"keys":[]}', 'empty'],
    ['wrong kty', jwks({ kty: 'RSA', kid: 'k1', k: b64u(K1), status: 'primary' }), 'kty'],
    ['31-byte key', jwks({ kty: 'oct', kid: 'k1', k: b64u(new Uint8Array(31).fill(7)), status: 'primary' }), '32 bytes'],
    ['bad base64url', jwks({ kty: 'oct', kid: 'k1', k: `${b64u(K1).slice(0, -2)}+/`, status: 'primary' }), 'base64url'],
    ['padded base64', jwks({ kty: 'oct', kid: 'k1', k: `${Buffer.from(K1).toString('base64')}`, status: 'primary' }), 'base64url'],
    ['duplicate kid', jwks({ kty: 'oct', kid: 'k1', k: b64u(K1), status: 'primary' }, { kty: 'oct', kid: 'k1', k: b64u(K2), status: 'active' }), 'duplicate'],
    ['no primary', jwks({ kty: 'oct', kid: 'k1', k: b64u(K1), status: 'active' }), 'primary'],
    ['two primaries', jwks({ kty: 'oct', kid: 'k1', k: b64u(K1), status: 'primary' }, { kty: 'oct', kid: 'k2', k: b64u(K2), status: 'primary' }), 'primary'],
    ['bad status', jwks({ kty: 'oct', kid: 'k1', k: b64u(K1), status: 'main' }), 'status'],
    ['bad kid', jwks({ kty: 'oct', kid: 'k.1', k: b64u(K1), status: 'primary' }), 'kid'],
    ['missing k', jwks({ kty: 'oct', kid: 'k1', status: 'primary' }), 'missing'],
    ['bad argon2id', jwks({ kty: 'oct', kid: 'k1', k: b64u(K1), status: 'primary', argon2id: { m: 1, t: 0, p: 1 } }), 'argon2id'],
  ];
  it.each(bad)('refuses a %s with KEY_INVALID naming the entry, never the bytes', (_n, text, fragment) => {
    let err: unknown;
    try {
      parseKeyring(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CivicVeilError);
    const e = err as CivicVeilError;
    expect(e.code).toBe('KEY_INVALID');
    expect(e.message).toContain(fragment);
    for (const secret of [b64u(K1), b64u(K2), b64u(K1).slice(0, 10), Buffer.from(K1).toString('base64').slice(0, 10)]) {
      expect(e.message.includes(secret)).toBe(false);
    }
  });

  it('names the entry by kid (or index) in errors', () => {
    const text = jwks({ kty: 'oct', kid: 'good', k: b64u(K1), status: 'primary' }, { kty: 'oct', kid: 'short-one', k: 'AAAA', status: 'active' });
    expect(() => parseKeyring(text)).toThrowError(/keys\[1\] \(kid "short-one"\)/);
    try {
      parseKeyring(text);
    } catch (e) {
      expect((e as CivicVeilError).entry).toBe('short-one');
    }
  });

  it('rotation: the new key is primary, the old one active; retired keys stay in the ring', () => {
    const ring = createKeyring([importKey(K1, { kid: 'k1' })]);
    const rotated = rotateKeyring(ring, importKey(K2, { kid: 'k2', status: 'active' }));
    expect(rotated.primary.kid).toBe('k2');
    expect(rotated.get('k1')?.status).toBe('active');
    const retired = retireKey(rotated, 'k1');
    expect(retired.get('k1')?.status).toBe('retired');
    expect(() => retireKey(retired, 'k2')).toThrowError(expect.objectContaining({ code: 'KEY_INVALID' }));
    expect(() => rotateKeyring(retired, importKey(K1, { kid: 'k1' }))).toThrowError(/duplicate/);
  });
});

describe('passphrase keys (Argon2id)', () => {
  const params = { m: 64, t: 2, p: 1 };
  const salt = b64u(new Uint8Array(16).fill(5));

  it('the same passphrase, salt and parameters give the same key; another passphrase another key', async () => {
    const a = await keyFromPassphrase('correct horse battery staple', { kid: 'pp', salt, params });
    const b = await keyFromPassphrase('correct horse battery staple', { kid: 'pp', salt, params });
    const c = await keyFromPassphrase('correct horse battery stapler', { kid: 'pp', salt, params });
    expect(exportKeyBytes(a)).toEqual(exportKeyBytes(b));
    expect(exportKeyBytes(a)).not.toEqual(exportKeyBytes(c));
    expect(a.kdf).toEqual({ alg: 'argon2id', salt, ...params });
  });

  it('NFC-normalizes the passphrase (composed and decomposed é agree)', async () => {
    const a = await keyFromPassphrase('caf\u00e9 con leche', { kid: 'pp', salt, params });
    const b = await keyFromPassphrase('cafe\u0301 con leche', { kid: 'pp', salt, params });
    expect(exportKeyBytes(a)).toEqual(exportKeyBytes(b));
  });

  it('stores salt and parameters, not the key, and reopens with the passphrase', async () => {
    const key = await keyFromPassphrase('open sesame', { kid: 'pp', params });
    const text = serializeKeyring(createKeyring([key]));
    expect(JSON.parse(text).keys[0].k).toBeUndefined();
    expect(() => parseKeyring(text)).toThrowError(expect.objectContaining({ code: 'KEY_INVALID' }));
    const ring = await openKeyring(text, { passphrase: 'open sesame' });
    expect(exportKeyBytes(ring.primary)).toEqual(exportKeyBytes(key));
  });

  it('detects a wrong passphrase when the key bytes are stored too', async () => {
    const key = await keyFromPassphrase('open sesame', { kid: 'pp', params });
    const text = serializeKeyring(createKeyring([key]), { includePassphraseKeys: true });
    await expect(openKeyring(text, { passphrase: 'open sesam' })).rejects.toMatchObject({ code: 'KEY_INVALID' });
    expect(exportKeyBytes(parseKeyring(text).primary)).toEqual(exportKeyBytes(key));
  });

  it('refuses an empty passphrase and a short salt', async () => {
    await expect(keyFromPassphrase('', { kid: 'pp', params })).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(keyFromPassphrase('x', { kid: 'pp', params, salt: b64u(new Uint8Array(8)) })).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });
});
