/**
 * Field-level encryption (DESIGN 4): e1 envelopes, randomized (XChaCha20-Poly1305) or
 * deterministic (AES-SIV), bound to their field and record, with rotation.
 * @module
 */
export { createFieldEncryptor, type EncryptOptions, type FieldEncryptor, type FieldEncryptorOptions } from './encryptor.js';
export { nobleXChaCha, type XChaChaBackend } from './aead.js';
export { envelopeAad, formatEnvelope, parseEnvelope, type EnvelopeAlgorithm, type ParsedEnvelope } from './envelope.js';
export { decodeValue, encodeValue, type FieldValue } from './value.js';
export {
  decryptRecord,
  encryptRecord,
  reencryptRecord,
  type EncryptedFields,
  type EncryptedFieldSpec,
  type EncryptRecordOptions,
  type FieldMode,
} from './record.js';
export {
  createMemoryKeyStore,
  createSubjectEncryptor,
  SUBJECT_KID,
  subjectKeyContext,
  type MemoryKeyStore,
  type RewrapResult,
  type SubjectEncryptor,
  type SubjectEncryptorOptions,
  type WrappedKeyStore,
} from './subject-keys.js';
