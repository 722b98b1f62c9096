/**
 * A native Argon2id backend for Node (the optional dependency `@node-rs/argon2`, Rust's
 * `argon2` crate): about 15x faster than the portable @noble/hashes code, with identical output
 * (RFC 9106, version 0x13). Node only; browsers use the portable default.
 * @module
 */
import { createRequire } from 'node:module';
import type { Argon2Params } from '../keys/index.js';
import type { Argon2idBackend } from '../pseudonymize/index.js';

interface NodeRsArgon2 {
  hashRawSync(password: Uint8Array, options: Record<string, unknown>): Uint8Array;
  hashRaw(password: Uint8Array, options: Record<string, unknown>): Promise<Uint8Array>;
}

let loaded: NodeRsArgon2 | null | undefined;

function load(): NodeRsArgon2 | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = createRequire(import.meta.url)('@node-rs/argon2') as NodeRsArgon2;
  } catch {
    loaded = null;
  }
  return loaded;
}

// @node-rs/argon2's enums: Algorithm.Argon2id = 2, Version.V0x13 = 1.
const options = (salt: Uint8Array, p: Argon2Params) => ({
  salt: Buffer.from(salt),
  memoryCost: p.m,
  timeCost: p.t,
  parallelism: p.p,
  outputLen: 32,
  algorithm: 2,
  version: 1,
});

/**
 * The native backend, or `null` when `@node-rs/argon2` is not installed (it is an optional
 * dependency: a platform without a prebuilt binary simply falls back to noble).
 * @example createPseudonymizer({ keyring, domain, algorithm: 'a1', argon2Backend: nativeArgon2id() ?? undefined })
 */
export function nativeArgon2id(): Argon2idBackend | null {
  const lib = load();
  if (!lib) return null;
  return Object.freeze({
    name: '@node-rs/argon2',
    hash: (password: Uint8Array, salt: Uint8Array, params: Argon2Params) =>
      new Uint8Array(lib.hashRawSync(Buffer.from(password), options(salt, params))),
    hashAsync: async (password: Uint8Array, salt: Uint8Array, params: Argon2Params) =>
      new Uint8Array(await lib.hashRaw(Buffer.from(password), options(salt, params))),
  });
}
