import { argon2id, argon2idAsync } from '@noble/hashes/argon2.js';
import type { Argon2Params } from '../keys/index.js';

/**
 * Computes Argon2id (RFC 9106, version 0x13) with a 32-byte tag. The default is @noble/hashes,
 * which runs everywhere; a Node program may pass a native implementation (see
 * `civicveil/node`), which must give identical bytes.
 */
export interface Argon2idBackend {
  /** A short name for reports, e.g. "noble" or "@node-rs/argon2". */
  readonly name: string;
  /** Synchronous form; blocks the thread for the whole computation. */
  hash(password: Uint8Array, salt: Uint8Array, params: Argon2Params): Uint8Array;
  /** Asynchronous form; should leave the event loop responsive. */
  hashAsync(password: Uint8Array, salt: Uint8Array, params: Argon2Params): Promise<Uint8Array>;
}

/** Optional Argon2 inputs that civicveil's constructions leave empty; set only by the RFC 9106 vector tests. */
export interface Argon2Extras {
  /** Secret value K (RFC 9106 section 3.1). */
  secret?: Uint8Array;
  /** Associated data X. */
  associatedData?: Uint8Array;
  /** Tag length; civicveil always uses 32. */
  tagLength?: number;
}

function nobleOptions(params: Argon2Params, extras: Argon2Extras = {}) {
  // maxmem is a safety cap in noble; our own range check on m (at most 2 GiB) already bounds it.
  const opts: Record<string, unknown> = {
    m: params.m, t: params.t, p: params.p, dkLen: extras.tagLength ?? 32, version: 0x13, maxmem: params.m * 1024 + 1024 * 1024,
  };
  if (extras.secret) opts.key = extras.secret;
  if (extras.associatedData) opts.personalization = extras.associatedData;
  return opts;
}

/** @internal Argon2id through noble with RFC 9106's optional inputs, for the standard vectors. */
export function _nobleArgon2idFull(password: Uint8Array, salt: Uint8Array, params: Argon2Params, extras: Argon2Extras): Uint8Array {
  return argon2id(password, salt, nobleOptions(params, extras));
}

/** The portable backend: @noble/hashes' argon2id and argon2idAsync (yields every 10 ms). */
export const nobleArgon2id: Argon2idBackend = Object.freeze({
  name: 'noble',
  hash: (password: Uint8Array, salt: Uint8Array, params: Argon2Params) => argon2id(password, salt, nobleOptions(params)),
  hashAsync: (password: Uint8Array, salt: Uint8Array, params: Argon2Params) => argon2idAsync(password, salt, nobleOptions(params)),
});
