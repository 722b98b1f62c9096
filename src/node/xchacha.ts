/**
 * XChaCha20-Poly1305 for Node with OpenSSL doing the bulk work: the 24-byte-nonce construction of
 * draft-irtf-cfrg-xchacha (section 2.3) is HChaCha20 (from @noble/ciphers) to derive a subkey, then
 * the IETF ChaCha20-Poly1305 of RFC 8439 (node:crypto) with nonce `0x00000000 || nonce[16..24]`.
 * Same bytes as the portable path (the tests check both on the standard vectors and on random
 * inputs); about 3x faster per short value.
 * @module
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { hchacha } from '@noble/ciphers/chacha.js';
import type { XChaChaBackend } from '../encrypt/index.js';

// "expand 32-byte k" as four little-endian words (RFC 8439 section 2.3).
const SIGMA = /* @__PURE__ */ Uint32Array.of(0x61707865, 0x3320646e, 0x79622d32, 0x6b206574);
const LITTLE_ENDIAN = /* @__PURE__ */ new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function subkeyAndNonce(key: Uint8Array, nonce: Uint8Array): { subkey: Buffer; iv: Buffer } {
  if (key.length !== 32 || nonce.length !== 24) throw new Error('xchacha20poly1305: key must be 32 bytes and nonce 24');
  const k = new Uint32Array(8);
  new Uint8Array(k.buffer).set(key);
  const n = new Uint32Array(4);
  new Uint8Array(n.buffer).set(nonce.subarray(0, 16));
  const out = new Uint32Array(8);
  hchacha(SIGMA, k, n, out);
  k.fill(0);
  const subkey = Buffer.from(out.buffer);
  const iv = Buffer.alloc(12);
  iv.set(nonce.subarray(16, 24), 4);
  return { subkey, iv };
}

/**
 * The node:crypto backend, or `null` on a big-endian host (where the word views above would need
 * byte swapping; the portable path is used there).
 * @example createFieldEncryptor({ keyring, domain, xchacha: nodeXChaCha() ?? undefined })
 */
export function nodeXChaCha(): XChaChaBackend | null {
  if (!LITTLE_ENDIAN) return null;
  return Object.freeze({
    name: 'node:crypto chacha20-poly1305 + noble hchacha',
    seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
      const { subkey, iv } = subkeyAndNonce(key, nonce);
      const c = createCipheriv('chacha20-poly1305', subkey, iv, { authTagLength: 16 });
      subkey.fill(0);
      c.setAAD(aad, { plaintextLength: plaintext.length });
      const body = c.update(plaintext);
      c.final();
      const out = new Uint8Array(body.length + 16);
      out.set(body, 0);
      out.set(c.getAuthTag(), body.length);
      return out;
    },
    open(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
      if (sealed.length < 16) throw new Error('xchacha20poly1305: ciphertext too short');
      const { subkey, iv } = subkeyAndNonce(key, nonce);
      const d = createDecipheriv('chacha20-poly1305', subkey, iv, { authTagLength: 16 });
      subkey.fill(0);
      d.setAAD(aad, { plaintextLength: sealed.length - 16 });
      d.setAuthTag(sealed.subarray(sealed.length - 16));
      const body = d.update(sealed.subarray(0, sealed.length - 16));
      d.final(); // throws when the tag does not verify: the body is then discarded
      return new Uint8Array(body.buffer, body.byteOffset, body.length);
    },
  });
}
