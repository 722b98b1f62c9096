/**
 * `civicveil/normalize`: canonical forms for identifying values (SSN, ITIN, name, date, phone,
 * email, address, text), applied before a value is pseudonymized so that spelling variants of one value
 * give one pseudonym. Each normalizer is a pure function that throws `INPUT_INVALID` (never echoing
 * the value) when the value has no canonical form.
 * @module
 */
export { normalizeSsn } from './ssn.js';
export { normalizeItin } from './itin.js';
export { normalizeName } from './name.js';
export { normalizeDate } from './date.js';
export { normalizePhone } from './phone.js';
export { normalizeEmail } from './email.js';
export { normalizeAddress } from './address.js';
export { normalizeText } from './text.js';
export { normalize, normalizerFor, normalizers, type Normalizer } from './registry.js';
