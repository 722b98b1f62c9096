import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8 } from '../encoding.js';
import { OptionInvalidError } from '../errors.js';
import { isKey, keyBytes, type Key } from './key.js';

const SALT = /* @__PURE__ */ utf8('civicveil/v1');

/**
 * `derive(K, purpose, domain, L)` of DESIGN 3.1:
 * `HKDF-SHA256(IKM = K, salt = utf8("civicveil/v1"), info = utf8(purpose) || 0x00 || utf8(domain), L)`
 * (RFC 5869). `purpose` must not contain NUL (it would make `info` ambiguous); `domain` must
 * be non-empty; `length` is 1 to 8160 bytes (RFC 5869 section 2.3: at most 255·HashLen).
 * @example const kd = deriveKey(key, 'pseudonym/hmac-sha256', 'idnyc/holders', 32)
 */
export function deriveKey(key: Key | Uint8Array, purpose: string, domain: string, length: number): Uint8Array {
  const ikm = isKey(key) ? keyBytes(key) : key;
  if (!(ikm instanceof Uint8Array) || ikm.length === 0) {
    throw new OptionInvalidError('deriveKey: key must be a Key or non-empty bytes', { option: 'key' });
  }
  if (typeof purpose !== 'string' || purpose.length === 0 || purpose.includes('\u0000')) {
    throw new OptionInvalidError('deriveKey: purpose must be a non-empty string without NUL', { option: 'purpose' });
  }
  checkDomain(domain);
  if (!Number.isInteger(length) || length < 1 || length > 255 * 32) {
    throw new OptionInvalidError('deriveKey: length must be an integer from 1 to 8160', { option: 'length' });
  }
  const info = concatBytes(utf8(purpose, 'purpose'), new Uint8Array([0]), utf8(domain, 'domain'));
  return hkdfSha256(ikm, SALT, info, length);
}

/** @internal HKDF-SHA256 (RFC 5869) as deriveKey uses it; exported for the RFC 5869 vector tests. */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  return hkdf(sha256, ikm, salt, info, length);
}

/** Checks a domain string: non-empty, valid Unicode. `OPTION_INVALID` otherwise. */
export function checkDomain(domain: unknown): string {
  if (typeof domain !== 'string' || domain.length === 0) {
    throw new OptionInvalidError('domain must be a non-empty string, e.g. "idnyc/holders"', { option: 'domain' });
  }
  utf8(domain, 'domain');
  return domain;
}
