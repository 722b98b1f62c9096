/**
 * The e1 test vectors of docs/spec/envelope-v1.md (test/vectors/envelope-v1.json, written by
 * scripts/make-envelope-vectors.mjs). The library must decrypt every positive vector and re-create
 * every siv vector; every derived key, AAD and payload is recomputed here a second way, from the
 * spec's text, with Buffer and node:crypto; every xc20p vector is opened by node:crypto's
 * ChaCha20-Poly1305 after the HChaCha20 step (the XChaCha construction written out); every negative
 * vector fails with its error code.
 */
import { createDecipheriv, hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hchacha } from '@noble/ciphers/chacha.js';
import { describe, expect, it } from 'vitest';
import {
  CivicVeilError,
  createFieldEncryptor,
  createKeyring,
  encodeValue,
  importKey,
  parseKeyring,
  type FieldEncryptor,
  type FieldValue,
} from '../../src/index.js';

type ValueType = 'string' | 'number' | 'boolean' | 'null' | 'bigint' | 'date' | 'json';

interface Vector {
  id: number;
  note: string;
  alg: 'xc20p' | 'siv';
  key: string;
  kid: string;
  domain: string;
  context: string;
  derived_key: string;
  nonce: string | null;
  aad: string;
  value_type: ValueType;
  value: unknown;
  value_js: string;
  plaintext: string | null;
  plaintext_hex: string;
  payload_hex: string;
  ciphertext_hex: string;
  tag_hex?: string;
  siv_hex?: string;
  envelope: string;
}

interface Negative {
  id: number;
  note: string;
  derived_from: number | null;
  domain: string;
  context: string;
  plaintext_hex?: string;
  envelope: string;
  error: 'FORMAT_INVALID' | 'KEY_NOT_FOUND' | 'AUTHENTICATION_FAILED';
}

interface VectorFile {
  version: number;
  keyring: { keys: { kty: string; kid: string; k: string; status: string }[] };
  vectors: Vector[];
  negative: Negative[];
}

const file = JSON.parse(readFileSync(new URL('../vectors/envelope-v1.json', import.meta.url), 'utf8')) as VectorFile;
const vectors = file.vectors;
const xc20p = vectors.filter((v) => v.alg === 'xc20p');
const siv = vectors.filter((v) => v.alg === 'siv');

// ---- The spec's building blocks, written again from the text with Buffer and node:crypto ----

/** lp(b) = uint32_be(len(b)) || b; for a string, lp(utf8(s)). */
function lp(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([len, bytes]);
}

/** AAD = lp("e1") || lp(alg) || lp(kid) || lp(context) */
function specAad(alg: string, kid: string, context: string): Buffer {
  return Buffer.concat([lp('e1'), lp(alg), lp(kid), lp(context)]);
}

/** derive(K, purpose, domain, L) = HKDF-SHA256(K, salt "civicveil/v1", info = purpose || 0x00 || domain, L) */
function specDerive(key: Buffer, purpose: string, domain: string, length: number): Buffer {
  const info = Buffer.concat([Buffer.from(purpose, 'utf8'), Buffer.from([0]), Buffer.from(domain, 'utf8')]);
  return Buffer.from(hkdfSync('sha256', key, Buffer.from('civicveil/v1', 'utf8'), info, length));
}

const PURPOSE = { xc20p: 'field/xchacha20poly1305', siv: 'field/aes-siv' } as const;
const KEY_LENGTH = { xc20p: 32, siv: 64 } as const;

/** The plaintext bytes of section 7, from the JSON form of the value (not through the library). */
function specPlaintext(v: Vector): Buffer {
  const typed = (letter: string, text = ''): Buffer => Buffer.concat([Buffer.from([0xff, letter.charCodeAt(0)]), Buffer.from(text, 'utf8')]);
  switch (v.value_type) {
    case 'string':
      return Buffer.from(v.value as string, 'utf8');
    case 'null':
      return typed('n');
    case 'boolean':
      return typed(v.value ? 't' : 'f');
    case 'number':
      return typed('d', String(v.value));
    case 'bigint':
      return typed('i', v.value as string);
    case 'date':
      return typed('T', v.value as string);
    case 'json':
      return typed('j', JSON.stringify(v.value));
  }
}

/** The JavaScript value a vector holds. */
function jsValue(v: Vector): FieldValue {
  switch (v.value_type) {
    case 'bigint':
      return BigInt(v.value as string);
    case 'date':
      return new Date(v.value as string);
    default:
      return v.value as FieldValue;
  }
}

/** The payload split as the spec says, from the envelope text (base64url decoded by Buffer). */
function specPayload(v: Vector): Buffer {
  const m = /^e1\.(xc20p|siv)\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]*)$/.exec(v.envelope);
  expect(m, 'envelope syntax').not.toBeNull();
  expect(m![1]).toBe(v.alg);
  expect(m![2]).toBe(v.kid);
  return Buffer.from(m![3]!, 'base64url');
}

/** HChaCha20(key, first 16 bytes of the nonce), with noble's word-level `hchacha` (sigma "expand 32-byte k"). */
function hchacha20(key: Buffer, nonce16: Buffer): Buffer {
  const words = (b: Buffer): Uint32Array => new Uint32Array(new Uint8Array(b).buffer); // native-order views, as noble expects
  const sigma = words(Buffer.from('expand 32-byte k', 'ascii'));
  const out = new Uint32Array(8);
  hchacha(sigma, words(key), words(nonce16), out);
  return Buffer.from(out.buffer);
}

/**
 * XChaCha20-Poly1305 decryption written out (draft-irtf-cfrg-xchacha section 2.3): subkey =
 * HChaCha20(key, nonce[0:16]); then RFC 8439 ChaCha20-Poly1305 with node:crypto under the subkey
 * and the 12-byte nonce 00000000 || nonce[16:24].
 */
function xchachaOpen(key: Buffer, nonce: Buffer, aad: Buffer, ciphertext: Buffer, tag: Buffer): Buffer {
  const subkey = hchacha20(key, nonce.subarray(0, 16));
  const nonce12 = Buffer.concat([Buffer.alloc(4), nonce.subarray(16, 24)]);
  const d = createDecipheriv('chacha20-poly1305', subkey, nonce12, { authTagLength: 16 });
  d.setAAD(aad, { plaintextLength: ciphertext.length });
  d.setAuthTag(tag);
  return Buffer.concat([d.update(ciphertext), d.final()]);
}

// ---- The library, configured as each vector says ----

const ring = parseKeyring(file.keyring);
const keyBytes = new Map(file.keyring.keys.map((k) => [k.kid, new Uint8Array(Buffer.from(k.k, 'base64url'))]));

const cache = new Map<string, FieldEncryptor>();
/** An encryptor for `domain` whose primary key is `kid` (the other key in the ring too, as after a rotation). */
function encryptor(kid: string, domain: string): FieldEncryptor {
  const id = `${kid}\u0000${domain}`;
  let e = cache.get(id);
  if (!e) {
    const keys = [...keyBytes].map(([k, bytes]) => importKey(bytes, { kid: k, status: k === kid ? 'primary' : 'active' }));
    cache.set(id, (e = createFieldEncryptor({ keyring: createKeyring(keys), domain })));
  }
  return e;
}

describe('envelope-v1 test vectors', () => {
  it('the file is complete: both algorithms, both keys, every value type, contexts with and without a record id', () => {
    expect(file.version).toBe(1);
    expect(xc20p.length).toBeGreaterThanOrEqual(10);
    expect(siv.length).toBeGreaterThanOrEqual(10);
    expect(new Set(vectors.map((v) => v.kid)).size).toBe(2);
    expect(new Set(vectors.map((v) => v.value_type))).toEqual(new Set(['string', 'number', 'boolean', 'null', 'bigint', 'date', 'json']));
    expect(vectors.some((v) => v.domain === 'ciudad/residentes-ñ')).toBe(true);
    expect(vectors.some((v) => v.plaintext === '')).toBe(true);
    expect(vectors.some((v) => v.plaintext_hex.length / 2 > 64)).toBe(true);
    expect(xc20p.some((v) => v.context.includes('#'))).toBe(true);
    expect(xc20p.some((v) => !v.context.includes('#'))).toBe(true);
    // Deterministic fields are bound to their column only, never to a record id.
    for (const v of siv) expect(v.context).not.toContain('#');
    expect(new Set(file.negative.map((n) => n.error))).toEqual(new Set(['FORMAT_INVALID', 'KEY_NOT_FOUND', 'AUTHENTICATION_FAILED']));
    // Every envelope is different (randomized pairs and siv under other contexts, domains, keys).
    expect(new Set(vectors.map((v) => v.envelope)).size).toBe(vectors.length);
  });

  it('the keyring in the file parses and holds the vectors keys', () => {
    for (const v of vectors) {
      expect(ring.get(v.kid)).toBeDefined();
      expect(Buffer.from(keyBytes.get(v.kid)!).toString('hex')).toBe(v.key);
    }
  });

  describe.each(vectors)('vector $id: $alg, $value_type in $context ($note)', (v) => {
    it('derived key recomputed with node:crypto hkdfSync, AAD built with Buffer', () => {
      expect(specDerive(Buffer.from(v.key, 'hex'), PURPOSE[v.alg], v.domain, KEY_LENGTH[v.alg]).toString('hex')).toBe(v.derived_key);
      expect(specAad(v.alg, v.kid, v.context).toString('hex')).toBe(v.aad);
    });

    it('plaintext bytes follow the encoding table, in the spec and in the library', () => {
      expect(specPlaintext(v).toString('hex')).toBe(v.plaintext_hex);
      expect(Buffer.from(encodeValue(jsValue(v))).toString('hex')).toBe(v.plaintext_hex);
      if (v.value_type === 'string') expect(Buffer.from(v.plaintext!, 'utf8').toString('hex')).toBe(v.plaintext_hex);
      else expect(v.plaintext).toBeNull();
    });

    it('the envelope is "e1." + alg + "." + kid + "." + b64u(payload), with the payload laid out as the spec says', () => {
      const payload = specPayload(v);
      expect(payload.toString('hex')).toBe(v.payload_hex);
      expect(`e1.${v.alg}.${v.kid}.${payload.toString('base64url')}`).toBe(v.envelope);
      const ptLen = v.plaintext_hex.length / 2;
      if (v.alg === 'xc20p') {
        expect(payload.length).toBe(24 + ptLen + 16);
        expect(payload.subarray(0, 24).toString('hex')).toBe(v.nonce);
        expect(payload.subarray(24, 24 + ptLen).toString('hex')).toBe(v.ciphertext_hex);
        expect(payload.subarray(24 + ptLen).toString('hex')).toBe(v.tag_hex);
      } else {
        expect(v.nonce).toBeNull();
        expect(payload.length).toBe(16 + ptLen);
        expect(payload.subarray(0, 16).toString('hex')).toBe(v.siv_hex);
        expect(payload.subarray(16).toString('hex')).toBe(v.ciphertext_hex);
      }
    });

    it('the library decrypts it to its value under its context', () => {
      const got = encryptor(v.kid, v.domain).decrypt(v.envelope, { context: v.context });
      expect(got).toEqual(jsValue(v));
      if (v.value_type === 'date') expect(got).toBeInstanceOf(Date);
      if (v.value_type === 'bigint') expect(typeof got).toBe('bigint');
      // Any key of the ring decrypts: the other key as primary changes nothing.
      const otherKid = [...keyBytes.keys()].find((k) => k !== v.kid)!;
      expect(encryptor(otherKid, v.domain).decrypt(v.envelope, { context: v.context })).toEqual(jsValue(v));
    });

    if (v.alg === 'siv') {
      it('the library re-creates the siv envelope exactly', () => {
        expect(encryptor(v.kid, v.domain).encrypt(jsValue(v), { context: v.context, algorithm: 'siv' })).toBe(v.envelope);
      });
    } else {
      it('node:crypto opens it after HChaCha20 (independent XChaCha20-Poly1305 oracle)', () => {
        const payload = specPayload(v);
        const key = specDerive(Buffer.from(v.key, 'hex'), PURPOSE.xc20p, v.domain, 32);
        const aad = specAad('xc20p', v.kid, v.context);
        const pt = xchachaOpen(key, payload.subarray(0, 24), aad, payload.subarray(24, -16), payload.subarray(-16));
        expect(pt.toString('hex')).toBe(v.plaintext_hex);
        // The oracle refuses the same envelope under another context.
        expect(() => xchachaOpen(key, payload.subarray(0, 24), specAad('xc20p', v.kid, `${v.context}x`), payload.subarray(24, -16), payload.subarray(-16))).toThrow();
      });

      it('the library makes a fresh random nonce for each new envelope of the same value', () => {
        const enc = encryptor(v.kid, v.domain);
        const a = enc.encrypt(jsValue(v), { context: v.context });
        const b = enc.encrypt(jsValue(v), { context: v.context });
        expect(a).not.toBe(b);
        expect(a).toHaveLength(v.envelope.length);
        expect(enc.decrypt(a, { context: v.context })).toEqual(jsValue(v));
      });
    }
  });

  describe.each(file.negative)('negative $id: $error ($note)', (n) => {
    it('fails with its error code', () => {
      const enc = encryptor('test-key-1', n.domain);
      let error: unknown;
      try {
        enc.decrypt(n.envelope, { context: n.context });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CivicVeilError);
      expect((error as CivicVeilError).code).toBe(n.error);
    });

    if (n.derived_from !== null) {
      it('differs from its positive vector in exactly what the note says', () => {
        const base = vectors[n.derived_from! - 1]!;
        const changed = [n.envelope !== base.envelope, n.domain !== base.domain, n.context !== base.context].filter(Boolean);
        expect(changed).toHaveLength(1);
      });
    }
  });

  it('the oracle itself: draft-irtf-cfrg-xchacha A.3.1 through hchacha + node:crypto', () => {
    const key = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
    const nonce = Buffer.from('404142434445464748494a4b4c4d4e4f5051525354555657', 'hex');
    const aad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
    const ct = Buffer.from(
      'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e',
      'hex',
    );
    const tag = Buffer.from('c0875924c1c7987947deafd8780acf49', 'hex');
    expect(xchachaOpen(key, nonce, aad, ct, tag).toString('latin1')).toBe(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    );
    // HChaCha20 test vector, draft-irtf-cfrg-xchacha section 2.2.1.
    const hk = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
    const hn = Buffer.from('000000090000004a0000000031415927', 'hex');
    expect(hchacha20(hk, hn).toString('hex')).toBe('82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc');
  });
});
