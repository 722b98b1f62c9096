import { base64urlEncode } from '../encoding.js';
import type { Argon2Params } from './argon2-params.js';
import { importKey, KEY_LENGTH, type Key, type KeyStatus } from './key.js';
import { randomBytes } from './random.js';

/** Options of {@link generateKey}. */
export interface GenerateKeyOptions {
  /** Key id, `[A-Za-z0-9_-]{1,64}`; a random `k` + 8 characters when omitted. */
  kid?: string;
  /** Default `primary`. */
  status?: KeyStatus;
  /** Argon2id parameters to record for `a1` pseudonyms under this key. */
  argon2?: Argon2Params;
}

/**
 * A new 32-byte master key from the CSPRNG (`crypto.getRandomValues`).
 * @example const key = generateKey({ kid: 'idnyc-2026' })
 */
export function generateKey(options: GenerateKeyOptions = {}): Key {
  const kid = options.kid ?? `k${base64urlEncode(randomBytes(6))}`;
  const opts: Parameters<typeof importKey>[1] = { kid, status: options.status ?? 'primary' };
  if (options.argon2) opts.argon2 = options.argon2;
  const bytes = randomBytes(KEY_LENGTH);
  try {
    return importKey(bytes, opts);
  } finally {
    bytes.fill(0);
  }
}
