import { KeyInvalidError } from '../errors.js';
import type { Argon2Params } from './argon2-params.js';

/** A key's role in its keyring (DESIGN 5): `primary` makes new output; `active` and `retired` only verify and decrypt. */
export type KeyStatus = 'primary' | 'active' | 'retired';

/** How a passphrase-derived key was made: Argon2id with this salt and these parameters. */
export interface PassphraseKdf extends Argon2Params {
  alg: 'argon2id';
  /** The salt, base64url. */
  salt: string;
}

/**
 * A 32-byte master key with its kid and status. The bytes are held out of sight: `toString`,
 * `JSON.stringify` and Node's `util.inspect` show the kid and status only. Read them only
 * through the explicit {@link exportKeyBytes}.
 */
export interface Key {
  readonly kid: string;
  readonly status: KeyStatus;
  /** Argon2id parameters recorded for `a1` pseudonyms under this key, if any. */
  readonly argon2?: Readonly<Argon2Params>;
  /** Present when the key was derived from a passphrase. */
  readonly kdf?: Readonly<PassphraseKdf>;
}

/** Master keys are exactly 32 bytes (DESIGN 3.1). */
export const KEY_LENGTH = 32;
const KID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const STATUSES: readonly KeyStatus[] = ['primary', 'active', 'retired'];

// Key bytes live here, not on the object, so no enumeration, spread or inspection reaches them.
const secrets = new WeakMap<Key, Uint8Array>();

function describe(this: Key): string {
  return `Key(${this.kid}, ${this.status})`;
}

/** Checks a kid against `[A-Za-z0-9_-]{1,64}` (DESIGN 3.1); `KEY_INVALID` otherwise. */
export function checkKid(kid: unknown, entry?: string): string {
  if (typeof kid !== 'string' || !KID_RE.test(kid)) {
    throw new KeyInvalidError(`${entry ?? 'key'}: kid must match [A-Za-z0-9_-]{1,64}`, { entry: entry ?? 'key' });
  }
  return kid;
}

/** Options of {@link importKey}. */
export interface ImportKeyOptions {
  kid: string;
  status?: KeyStatus;
  argon2?: Argon2Params;
  kdf?: PassphraseKdf;
}

/**
 * Wraps 32 raw bytes as a {@link Key} (the bytes are copied). Refuses another length or a bad
 * kid with `KEY_INVALID`.
 * @example const key = importKey(bytes, { kid: 'k2026' })
 */
export function importKey(bytes: Uint8Array, options: ImportKeyOptions): Key {
  const kid = checkKid(options.kid);
  if (!(bytes instanceof Uint8Array) || bytes.length !== KEY_LENGTH) {
    throw new KeyInvalidError(`${kid}: key must be ${KEY_LENGTH} bytes`, { entry: kid });
  }
  const status = options.status ?? 'primary';
  if (!STATUSES.includes(status)) {
    throw new KeyInvalidError(`${kid}: status must be primary, active or retired`, { entry: kid });
  }
  const key: Key & Record<string | symbol, unknown> = { kid, status };
  if (options.argon2) (key as { argon2?: Argon2Params }).argon2 = Object.freeze({ ...options.argon2 });
  if (options.kdf) (key as { kdf?: PassphraseKdf }).kdf = Object.freeze({ ...options.kdf });
  Object.defineProperties(key, {
    toString: { value: describe },
    toJSON: { value: function (this: Key) { return { kid: this.kid, status: this.status }; } },
    [Symbol.for('nodejs.util.inspect.custom')]: { value: describe },
  });
  Object.freeze(key);
  secrets.set(key, Uint8Array.from(bytes));
  return key;
}

/** A copy of the same key under another status (used by rotation). */
export function withStatus(key: Key, status: KeyStatus): Key {
  const opts: ImportKeyOptions = { kid: key.kid, status };
  if (key.argon2) opts.argon2 = key.argon2;
  if (key.kdf) opts.kdf = key.kdf;
  return importKey(keyBytes(key), opts);
}

/** @internal The key's bytes, without copying; for constructions inside civicveil only. */
export function keyBytes(key: Key): Uint8Array {
  const bytes = secrets.get(key);
  if (!bytes) throw new KeyInvalidError('not a civicveil key (make keys with generateKey or importKey)');
  return bytes;
}

/**
 * Explicit export of a key's 32 bytes (a copy). The only way key material leaves a Key object;
 * use it to back the key up or hand it to another implementation of the spec.
 */
export function exportKeyBytes(key: Key): Uint8Array {
  return Uint8Array.from(keyBytes(key));
}

/** True when `value` is a Key made by this library. */
export function isKey(value: unknown): value is Key {
  return typeof value === 'object' && value !== null && secrets.has(value as Key);
}
