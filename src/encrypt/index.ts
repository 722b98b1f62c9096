/**
 * Field-level encryption (DESIGN 4): e1 envelopes, randomized (XChaCha20-Poly1305) or
 * deterministic (AES-SIV), bound to their field and record, with rotation.
 * @module
 */
export { createFieldEncryptor, type EncryptOptions, type FieldEncryptor, type FieldEncryptorOptions } from './encryptor.js';
export { envelopeAad, formatEnvelope, parseEnvelope, type EnvelopeAlgorithm, type ParsedEnvelope } from './envelope.js';
export { decodeValue, encodeValue, type FieldValue } from './value.js';
