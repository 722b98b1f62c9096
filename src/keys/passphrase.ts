import { argon2idAsync } from '@noble/hashes/argon2.js';
import { base64urlDecode, base64urlEncode, equalBytes, utf8 } from '../encoding.js';
import { KeyInvalidError, OptionInvalidError } from '../errors.js';
import { ARGON2_OWASP, checkArgon2Params, type Argon2Params } from './argon2-params.js';
import { exportKeyBytes, importKey, type Key, type KeyStatus, type PassphraseKdf } from './key.js';
import { keyringFromEntries, parseKeyringEntries, type Keyring } from './keyring.js';
import { randomBytes } from './random.js';

/** Options of {@link keyFromPassphrase}. */
export interface PassphraseKeyOptions {
  kid: string;
  status?: KeyStatus;
  /** base64url salt of at least 16 bytes; a fresh random 16-byte salt when omitted. */
  salt?: string;
  /** Argon2id cost; default {@link ARGON2_OWASP} (m = 19456 KiB, t = 2, p = 1). */
  params?: Argon2Params;
}

/**
 * A 32-byte key derived from a passphrase with Argon2id (RFC 9106), its salt and parameters
 * recorded on the key (`key.kdf`) so the same passphrase gives the same key later. The
 * passphrase is Unicode-normalized (NFC) first so that the same words typed on two systems
 * give the same key. Refuses an empty passphrase or a salt under 16 bytes.
 * @example const key = await keyFromPassphrase('correct horse battery staple', { kid: 'pp1' })
 */
export async function keyFromPassphrase(passphrase: string, options: PassphraseKeyOptions): Promise<Key> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new OptionInvalidError('keyFromPassphrase: passphrase must be a non-empty string', { option: 'passphrase' });
  }
  const params = checkArgon2Params(options.params ?? ARGON2_OWASP, 'keyFromPassphrase params');
  const salt = options.salt ?? base64urlEncode(randomBytes(16));
  const saltBytes = base64urlDecode(salt, 'salt');
  if (saltBytes.length < 16) throw new OptionInvalidError('keyFromPassphrase: salt must be at least 16 bytes', { option: 'salt' });
  const password = utf8(passphrase.normalize('NFC'), 'passphrase');
  const bytes = await argon2idAsync(password, saltBytes, { ...params, dkLen: 32, version: 0x13, maxmem: params.m * 1024 + 2 ** 20 });
  password.fill(0);
  const kdf: PassphraseKdf = { alg: 'argon2id', salt, ...params };
  try {
    return importKey(bytes, { kid: options.kid, status: options.status ?? 'primary', kdf });
  } finally {
    bytes.fill(0);
  }
}

/**
 * Opens a keyring whose passphrase-derived entries (a `kdf` member and no `k`) are re-derived
 * from `passphrase`. Entries that store `k` and also a `kdf` are checked against the passphrase:
 * a mismatch is `KEY_INVALID` (wrong passphrase), so a typo cannot silently make a new key.
 */
export async function openKeyring(json: string | unknown, options: { passphrase: string }): Promise<Keyring> {
  const entries = parseKeyringEntries(json);
  for (const entry of entries) {
    if (!entry.kdf) continue;
    const derived = await keyFromPassphrase(options.passphrase, { kid: entry.kid, salt: entry.kdf.salt, params: entry.kdf });
    const bytes = exportKeyBytes(derived);
    if (entry.bytes) {
      if (!equalBytes(bytes, entry.bytes)) throw new KeyInvalidError(`keyring: wrong passphrase for key "${entry.kid}"`, { entry: entry.kid });
    }
    entry.bytes = bytes;
  }
  return keyringFromEntries(entries);
}
