/**
 * Keyed pseudonyms (DESIGN 3): `p1` HMAC-SHA256 and `a1` Argon2id-then-HMAC tokens of
 * identifying values, records and verification.
 * @module
 */
export { nobleArgon2id, type Argon2idBackend } from './argon2.js';
export { createPseudonymizer, type PseudonymInput, type Pseudonymizer, type PseudonymizerOptions } from './pseudonymizer.js';
export { pseudonymizeRecord, pseudonymizeRecordAsync, type FieldRule, type RecordOptions } from './record.js';
export {
  DEFAULT_TOKEN_BYTES,
  formatToken,
  MAX_TOKEN_BYTES,
  MIN_TOKEN_BYTES,
  parseToken,
  type ParsedToken,
  type PseudonymAlgorithm,
} from './token.js';
