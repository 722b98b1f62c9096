/**
 * Keys: generation, JWK Set keyrings with rotation, HKDF derivation (DESIGN 3.1 and 5), and
 * passphrase-derived keys.
 * @module
 */
export { ARGON2_OWASP, type Argon2Params } from './argon2-params.js';
export { deriveKey } from './derive.js';
export { generateKey, type GenerateKeyOptions } from './generate.js';
export { exportKeyBytes, importKey, isKey, KEY_LENGTH, type ImportKeyOptions, type Key, type KeyStatus, type PassphraseKdf } from './key.js';
export {
  createKeyring,
  parseKeyring,
  retireKey,
  rotateKeyring,
  serializeKeyring,
  type Keyring,
  type SerializeKeyringOptions,
} from './keyring.js';
export { keyFromPassphrase, openKeyring, type PassphraseKeyOptions } from './passphrase.js';
export { randomBytes } from './random.js';
