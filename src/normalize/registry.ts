/**
 * The kind → normalizer registry used by pseudonymization: which canonical form a value of a given
 * kind gets before it is hashed (DESIGN 3.2, `v = canonical(value)`).
 * @module
 */
import { _fail } from './_shared.js';
import { normalizeAddress } from './address.js';
import { _normalizeDob, normalizeDate } from './date.js';
import { normalizeEmail } from './email.js';
import { normalizeItin } from './itin.js';
import { normalizeName } from './name.js';
import { normalizePhone } from './phone.js';
import { normalizeSsn } from './ssn.js';
import { normalizeText } from './text.js';

/**
 * A normalizer: a pure function from a raw value to its canonical form, throwing `INPUT_INVALID`
 * (never echoing the value) when it has none.
 * @example const upper: Normalizer = (value) => value.toUpperCase();
 */
export type Normalizer = (value: string) => string;

/**
 * The built-in normalizers by kind name: `ssn`, `itin`, `name`, `date`, `dob` (same canonical form
 * as `date`; its errors say `dob`), `phone`, `email`, `address`, `text`. Kind names are exact and
 * case-sensitive (`SSN` has no normalizer). Frozen, with a null prototype, so inherited names such as
 * `constructor` or `__proto__` are never kinds.
 * @example normalizers.ssn?.('123-45-6789') // '123456789'
 */
export const normalizers: Readonly<Record<string, Normalizer>> = /* @__PURE__ */ Object.freeze(
  Object.assign(Object.create(null) as Record<string, Normalizer>, {
    ssn: normalizeSsn,
    itin: normalizeItin,
    name: normalizeName,
    date: normalizeDate,
    dob: _normalizeDob,
    phone: normalizePhone,
    email: normalizeEmail,
    address: normalizeAddress,
    text: normalizeText,
  }),
);

/**
 * The normalizer of a kind, or `undefined` when the kind has none; then the value is used exactly as
 * given, which is the caller's job. Composite kinds such as `name+dob` are not looked up here:
 * look up each part. Never throws.
 * @example normalizerFor('phone')?.('212-555-0123') // '+12125550123'
 * @example normalizerFor('uscis') // undefined
 */
export function normalizerFor(kind: string): Normalizer | undefined {
  return typeof kind === 'string' && Object.hasOwn(normalizers, kind) ? normalizers[kind] : undefined;
}

/**
 * The canonical form of `value` as kind `kind`: the kind's normalizer, or the value unchanged when
 * the kind has none. Refuses, with `INPUT_INVALID` (field = kind), a non-string value and whatever
 * the kind's normalizer refuses; messages never repeat the value.
 * @example normalize('email', ' Ana@Example.org ') // 'ana@example.org'
 * @example normalize('uscis', 'A123456789') // 'A123456789' (no normalizer: unchanged)
 */
export function normalize(kind: string, value: string): string {
  const normalizer = normalizerFor(kind);
  if (normalizer !== undefined) return normalizer(value);
  if (typeof value !== 'string') _fail(String(kind), 'expected a string');
  return value;
}
