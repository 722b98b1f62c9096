/**
 * Helpers shared by the normalizers (not public). Every failure goes through {@link _fail}, so that
 * each message starts with the kind and is built only from constant text: no character of the
 * value ever reaches a message (DESIGN section 7).
 * @module
 */
import { InputInvalidError } from '../errors.js';

/**
 * Throws `INPUT_INVALID` as `"<kind>: <reason>"` with `field = kind`. `reason` must be constant
 * text, never built from the value.
 * @example _fail('ssn', 'group number (digits 4-5) is never issued as 00')
 */
export function _fail(kind: string, reason: string): never {
  throw new InputInvalidError(`${kind}: ${reason}`, { field: kind });
}

/**
 * Throws `INPUT_INVALID` (`"<kind>: expected a string"`) unless `value` is a string: JavaScript
 * callers can pass anything.
 * @example _requireString('ssn', value) // value: string from here on
 */
export function _requireString(kind: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') _fail(kind, 'expected a string');
}

/** A lone (unpaired) UTF-16 surrogate: it has no UTF-8 form, so it could never be pseudonymized. */
export const _LONE_SURROGATE = /\p{Cs}/u;

/** Format characters (soft hyphen, zero-width space/joiners, BOM, bidi marks): invisible, so removed. */
export const _FORMAT_CHARS = /\p{Cf}+/gu;

/** A lone surrogate or a format character: one test on the hot path instead of two. */
export const _RARE_CHARS = /[\p{Cs}\p{Cf}]/u;

/** Combining marks, removed after NFD/NFKD to fold diacritics (é → e). */
export const _MARKS = /\p{M}+/gu;

/** Printable ASCII only: the fast path, where NFKC/NFD/NFC are the identity and can be skipped. */
export const _PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
