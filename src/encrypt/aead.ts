/**
 * The two AEADs of e1, as thin wrappers over @noble/ciphers (no cryptography of our own): the
 * encryptor calls only these, and the standard vectors (RFC 5297, the XChaCha20-Poly1305 draft,
 * Wycheproof) run through them.
 * @module
 */
import { aessiv } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

/**
 * An XChaCha20-Poly1305 implementation the encryptor can use instead of the portable one; it must
 * give identical bytes (`civicveil/node` offers one over node:crypto).
 */
export interface XChaChaBackend {
  readonly name: string;
  /** `ciphertext || tag`, after `reserve` bytes left for the caller at the start (default 0). */
  seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array, reserve?: number): Uint8Array;
  /** The plaintext; throws when the tag does not verify. */
  open(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array;
}

/** XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha): `ciphertext || tag` of `plaintext` under a 32-byte key and 24-byte nonce. */
export function xc20pSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return xchacha20poly1305(key, nonce, aad).encrypt(plaintext);
}

/** Opens `ciphertext || tag`; throws when the tag does not verify. */
export function xc20pOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  return xchacha20poly1305(key, nonce, aad).decrypt(sealed);
}

/** AES-SIV (RFC 5297) with a 64-byte key and one associated-data component: `SIV || ciphertext`. */
export function sivSeal(key: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return aessiv(key, aad).encrypt(plaintext);
}

/** Opens `SIV || ciphertext`; throws when the SIV does not verify. */
export function sivOpen(key: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  return aessiv(key, aad).decrypt(sealed);
}

/** The portable XChaCha20-Poly1305 (@noble/ciphers). */
export const nobleXChaCha: XChaChaBackend = Object.freeze({
  name: '@noble/ciphers',
  seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array, reserve = 0): Uint8Array {
    const sealed = xc20pSeal(key, nonce, aad, plaintext);
    if (reserve === 0) return sealed;
    const out = new Uint8Array(reserve + sealed.length);
    out.set(sealed, reserve);
    return out;
  },
  open: xc20pOpen,
});
