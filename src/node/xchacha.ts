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

/** HChaCha20 state, reused between calls (createCipheriv copies key and IV, so they can be too). */
class SubkeyDeriver {
  readonly #k = new Uint32Array(8);
  readonly #kBytes = new Uint8Array(this.#k.buffer);
  readonly #n = new Uint32Array(4);
  readonly #nBytes = new Uint8Array(this.#n.buffer);
  readonly #out = new Uint32Array(8);
  readonly subkey = Buffer.from(this.#out.buffer);
  readonly iv = Buffer.alloc(12);

  /** Sets `subkey` and `iv` for `key` and a 24-byte `nonce`; call `wipe()` once they are used. */
  derive(key: Uint8Array, nonce: Uint8Array): void {
    if (key.length !== 32 || nonce.length !== 24) throw new Error('xchacha20poly1305: key must be 32 bytes and nonce 24');
    this.#kBytes.set(key);
    this.#nBytes.set(nonce.subarray(0, 16));
    hchacha(SIGMA, this.#k, this.#n, this.#out);
    this.#k.fill(0);
    this.iv.set(nonce.subarray(16, 24), 4);
  }

  wipe(): void {
    this.#out.fill(0);
  }
}

/**
 * The node:crypto backend, or `null` on a big-endian host (where the word views above would need
 * byte swapping; the portable path is used there).
 * @example createFieldEncryptor({ keyring, domain, xchacha: nodeXChaCha() ?? undefined })
 */
export function nodeXChaCha(): XChaChaBackend | null {
  if (!LITTLE_ENDIAN) return null;
  const d = new SubkeyDeriver();
  return Object.freeze({
    name: 'node:crypto chacha20-poly1305 + noble hchacha',
    seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array, reserve = 0): Uint8Array {
      d.derive(key, nonce);
      const c = createCipheriv('chacha20-poly1305', d.subkey, d.iv, { authTagLength: 16 });
      d.wipe();
      c.setAAD(aad, { plaintextLength: plaintext.length });
      const body = c.update(plaintext);
      c.final();
      const out = new Uint8Array(reserve + body.length + 16);
      out.set(body, reserve);
      out.set(c.getAuthTag(), reserve + body.length);
      return out;
    },
    open(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
      if (sealed.length < 16) throw new Error('xchacha20poly1305: ciphertext too short');
      d.derive(key, nonce);
      const c = createDecipheriv('chacha20-poly1305', d.subkey, d.iv, { authTagLength: 16 });
      d.wipe();
      c.setAAD(aad, { plaintextLength: sealed.length - 16 });
      c.setAuthTag(sealed.subarray(sealed.length - 16));
      const body = c.update(sealed.subarray(0, sealed.length - 16));
      c.final(); // throws when the tag does not verify: the body is then discarded
      return new Uint8Array(body.buffer, body.byteOffset, body.length);
    },
  });
}
