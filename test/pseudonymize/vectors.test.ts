/**
 * The p1/a1 test vectors of docs/spec/pseudonym-v1.md (test/vectors/pseudonym-v1.json, written by
 * scripts/make-pseudonym-vectors.mjs). The library must reproduce every vector, and every p1
 * token is recomputed here a second way, from the spec's text, with node:crypto only.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { argon2id } from '@noble/hashes/argon2.js';
import { describe, expect, it } from 'vitest';
import { createKeyring, createPseudonymizer, importKey, parseKeyring, type Argon2Params, type Pseudonymizer } from '../../src/index.js';

interface Vector {
  id: number;
  note: string;
  key: string;
  kid: string;
  domain: string;
  kind: string;
  raw: string | string[];
  canonical: string | string[];
  message_hex: string;
  length: number;
  p1: string;
  a1: string | null;
  a1_params: Argon2Params;
  intermediate: {
    p1_key_hex: string;
    p1_tag_hex: string;
    a1_salt_hex: string;
    a1_key_hex: string;
    a1_argon2id_hex: string;
    a1_tag_hex: string;
  };
}

interface VectorFile {
  version: number;
  keyring: { keys: { kty: string; kid: string; k: string; status: string }[] };
  vectors: Vector[];
}

const file = JSON.parse(readFileSync(new URL('../vectors/pseudonym-v1.json', import.meta.url), 'utf8')) as VectorFile;
const vectors = file.vectors;
const OWASP_M = 19456;

// ---- The spec's building blocks, written again from the text with Buffer and node:crypto ----

/** lp(b) = uint32_be(len(b)) || b */
function lp(bytes: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([len, bytes]);
}

/** M = lp(utf8(kind)) || lp(v); v = utf8(canonical), or lp(utf8(v1)) || lp(utf8(v2)) || ... */
function specMessage(kind: string, canonical: string | string[]): Buffer {
  const v = typeof canonical === 'string' ? Buffer.from(canonical, 'utf8') : Buffer.concat(canonical.map((c) => lp(Buffer.from(c, 'utf8'))));
  return Buffer.concat([lp(Buffer.from(kind, 'utf8')), lp(v)]);
}

/** derive(K, purpose, domain, L) = HKDF-SHA256(K, salt "civicveil/v1", info = purpose || 0x00 || domain, L) */
function specDerive(key: Buffer, purpose: string, domain: string, length: number): Buffer {
  const info = Buffer.concat([Buffer.from(purpose, 'utf8'), Buffer.from([0]), Buffer.from(domain, 'utf8')]);
  return Buffer.from(hkdfSync('sha256', key, Buffer.from('civicveil/v1', 'utf8'), info, length));
}

function specP1(v: Vector): string {
  const kd = specDerive(Buffer.from(v.key, 'hex'), 'pseudonym/hmac-sha256', v.domain, 32);
  const tag = createHmac('sha256', kd).update(specMessage(v.kind, v.canonical)).digest();
  return `p1.${v.kid}.${tag.subarray(0, v.length).toString('base64url')}`;
}

// ---- The library, configured as each vector says ----

const keyBytes = new Map<string, Uint8Array>();
for (const v of vectors) keyBytes.set(v.kid, new Uint8Array(Buffer.from(v.key, 'hex')));

function ringWithPrimary(kid: string) {
  return createKeyring([...keyBytes].map(([k, bytes]) => importKey(bytes, { kid: k, status: k === kid ? 'primary' : 'active' })));
}

const cache = new Map<string, Pseudonymizer>();
function pseudonymizer(v: Vector, algorithm: 'p1' | 'a1'): Pseudonymizer {
  const id = JSON.stringify([v.kid, v.domain, algorithm, v.length, algorithm === 'a1' ? v.a1_params : null]);
  let p = cache.get(id);
  if (!p) {
    p = createPseudonymizer({
      keyring: ringWithPrimary(v.kid),
      domain: v.domain,
      algorithm,
      length: v.length,
      ...(algorithm === 'a1' ? { argon2: v.a1_params } : {}),
    });
    cache.set(id, p);
  }
  return p;
}

const cheap = vectors.filter((v) => v.a1 !== null && v.a1_params.m < OWASP_M);
const owasp = vectors.filter((v) => v.a1 !== null && v.a1_params.m >= OWASP_M);

describe('pseudonym-v1 test vectors', () => {
  it('the file is complete: every kind of input and every tag length is covered', () => {
    expect(file.version).toBe(1);
    expect(vectors.length).toBeGreaterThanOrEqual(30);
    expect(new Set(vectors.map((v) => v.length))).toEqual(new Set([8, 16, 32]));
    expect(new Set(vectors.map((v) => v.kid)).size).toBe(2);
    expect(vectors.some((v) => v.domain === 'ciudad/residentes-ñ')).toBe(true);
    expect(vectors.some((v) => Array.isArray(v.raw))).toBe(true);
    expect(vectors.some((v) => v.raw === '')).toBe(true);
    expect(owasp).toHaveLength(1);
    expect(owasp[0]!.a1_params).toEqual({ m: 19456, t: 2, p: 1 });
  });

  it('the keyring in the file parses and holds the vectors keys', () => {
    const ring = parseKeyring(file.keyring);
    for (const v of vectors) expect(ring.get(v.kid)).toBeDefined();
    for (const jwk of file.keyring.keys) expect(Buffer.from(jwk.k, 'base64url').toString('hex')).toBe(Buffer.from(keyBytes.get(jwk.kid)!).toString('hex'));
  });

  describe.each(vectors)('vector $id: $kind in $domain ($note)', (v) => {
    it('message_hex is M built from the spec (lp framing in Buffer)', () => {
      expect(specMessage(v.kind, v.canonical).toString('hex')).toBe(v.message_hex);
    });

    it('p1 recomputed independently with node:crypto (hkdfSync, createHmac)', () => {
      expect(specP1(v)).toBe(v.p1);
      expect(specDerive(Buffer.from(v.key, 'hex'), 'pseudonym/hmac-sha256', v.domain, 32).toString('hex')).toBe(v.intermediate.p1_key_hex);
    });

    it('the library gives the same canonical form and p1 token, and verifies it', () => {
      const p = pseudonymizer(v, 'p1');
      expect(p.canonical(v.kind, v.raw)).toEqual(v.canonical);
      expect(p.pseudonymize(v.kind, v.raw)).toBe(v.p1);
      // The canonical form gives the same token as the raw value (normalizers are idempotent).
      expect(p.pseudonymize(v.kind, v.canonical)).toBe(v.p1);
      expect(p.verify(v.kind, v.raw, v.p1)).toBe(true);
      expect(pseudonymizer(v, 'a1').verify(v.kind, v.raw, v.p1)).toBe(true); // the token's own algorithm counts
    });

    it('verify refuses the token for another kind or value', () => {
      const p = pseudonymizer(v, 'p1');
      expect(p.verify(`${v.kind}-x`, v.canonical, v.p1)).toBe(false);
      if (['ssn', 'itin', 'phone', 'date', 'dob'].includes(v.kind)) return; // their normalizers refuse a character more
      // One character more (in the first part of a composite, a name or a free-form part).
      const other = typeof v.canonical === 'string' ? `${v.canonical}0` : [`${v.canonical[0]}0`, ...v.canonical.slice(1)];
      expect(p.verify(v.kind, other, v.p1)).toBe(false);
    });
  });

  describe.each(cheap)('vector $id a1 (m=$a1_params.m KiB)', (v) => {
    it('the library gives the same a1 token and verifies it', () => {
      const p = pseudonymizer(v, 'a1');
      const token = p.pseudonymize(v.kind, v.raw);
      expect(token).toBe(v.a1);
      expect(p.verify(v.kind, v.raw, token)).toBe(true);
      // A pseudonymizer given no parameters takes them from the key's recorded `argon2id` member.
      const recorded = createKeyring([importKey(keyBytes.get(v.kid)!, { kid: v.kid, argon2: v.a1_params })]);
      expect(createPseudonymizer({ keyring: recorded, domain: v.domain }).verify(v.kind, v.raw, token)).toBe(true);
    });

    it('a1 recomputed from the spec: HKDF salt and key, Argon2id, then HMAC', () => {
      const key = Buffer.from(v.key, 'hex');
      const salt = specDerive(key, 'pseudonym/argon2id-salt', v.domain, 16);
      const kh = specDerive(key, 'pseudonym/argon2id', v.domain, 32);
      expect(salt.toString('hex')).toBe(v.intermediate.a1_salt_hex);
      expect(kh.toString('hex')).toBe(v.intermediate.a1_key_hex);
      const h = argon2id(specMessage(v.kind, v.canonical), salt, { ...v.a1_params, dkLen: 32, version: 0x13 });
      expect(Buffer.from(h).toString('hex')).toBe(v.intermediate.a1_argon2id_hex);
      const tag = createHmac('sha256', kh).update(h).digest();
      expect(`a1.${v.kid}.${tag.subarray(0, v.length).toString('base64url')}`).toBe(v.a1);
    });
  });

  describe.each(owasp)('vector $id a1 at OWASP parameters', (v) => {
    it('the library gives the same a1 token and verifies it (async, as an app would)', async () => {
      const p = pseudonymizer(v, 'a1');
      const token = await p.pseudonymizeAsync(v.kind, v.raw);
      expect(token).toBe(v.a1);
      expect(await p.verifyAsync(v.kind, v.raw, token)).toBe(true);
      // The HMAC step from the recorded Argon2id output (checking H itself would cost another evaluation).
      const kh = specDerive(Buffer.from(v.key, 'hex'), 'pseudonym/argon2id', v.domain, 32);
      const tag = createHmac('sha256', kh).update(Buffer.from(v.intermediate.a1_argon2id_hex, 'hex')).digest();
      expect(`a1.${v.kid}.${tag.subarray(0, v.length).toString('base64url')}`).toBe(v.a1);
    });
  });
});
