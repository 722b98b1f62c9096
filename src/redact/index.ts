/**
 * `civicveil/redact`: detect identifiers in text (SSN, ITIN, USCIS A-numbers and receipt numbers,
 * passport numbers, phone numbers, emails, dates of birth, payment cards, IP addresses), in
 * English and Spanish, and redact them in text and records with masks, labels, keyed
 * pseudonyms, field envelopes or removal. Browser-safe: no Node module is used.
 * @module
 */
export { BUILTIN_TYPES, type BuiltinType } from './builtin-types.js';
export { DEFAULT_MIN_SCORE, type Detector, type DetectOptions, type Span } from './types.js';
export { detect, resolveOverlaps } from './detect.js';
export {
  aNumberDetector,
  createPatternDetector,
  creditCardDetector,
  dateOfBirthDetector,
  defaultDetectors,
  emailDetector,
  ipAddressDetector,
  itinDetector,
  passportDetector,
  phoneDetector,
  ssnDetector,
  uscisReceiptDetector,
  type PatternDetectorOptions,
} from './detectors.js';
export {
  DEFAULT_PSEUDONYM_KINDS,
  encryptOperator,
  labelOperator,
  maskOperator,
  pseudonymOperator,
  pseudonymSource,
  removeOperator,
  type EncryptOperatorOptions,
  type LabelOptions,
  type MaskOptions,
  type Operator,
  type OperatorSpec,
  type PseudonymOperatorOptions,
} from './operators.js';
export { createTextRedactor, mergeSpans, redactText, type RedactTextOptions, type RedactTextResult } from './text.js';
export { createRecordRedactor, redactRecord, type FieldRedaction, type RedactRecordOptions, type RedactRecordResult } from './record.js';
