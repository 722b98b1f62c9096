/** Shared assertions for the normalizer tests. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputInvalidError } from '../../src/errors.js';

/** The InputInvalidError that `run` throws; fails the test when it returns or throws anything else. */
export function errorOf(run: () => unknown): InputInvalidError {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputInvalidError);
    return e as InputInvalidError;
  }
  throw new Error(`expected INPUT_INVALID, got a result: ${JSON.stringify(result)}`);
}

/**
 * Asserts that `normalizer(input)` is refused as `kind`: code, field and message prefix, and that the
 * message repeats neither the input nor its trimmed form. Returns the message.
 */
export function expectRefused(normalizer: (value: string) => string, kind: string, input: string): string {
  const error = errorOf(() => normalizer(input));
  expect(error.code).toBe('INPUT_INVALID');
  expect(error.field).toBe(kind);
  expect(error.message.startsWith(`${kind}: `)).toBe(true);
  if (input.length >= 4) expect(error.message).not.toContain(input);
  const trimmed = input.trim();
  if (trimmed.length >= 4) expect(error.message).not.toContain(trimmed);
  return error.message;
}

/** Values of other types than string, which every normalizer refuses. */
export const NOT_STRINGS: readonly unknown[] = [undefined, null, 123456789, 12.5, true, {}, [], ['123-45-6789'], Symbol('x'), 10n];

/** Characters put around values to check that surrounding whitespace is ignored. */
export const SURROUNDING_SPACE = ['', ' ', '  ', '\t', '\n', ' \t '] as const;

/**
 * Arbitrary text around a run of 4 to 10 digits. Refused values for the leak properties are drawn
 * with at least 4 digits: they look like sensitive values, and, unlike arbitrary short strings
 * ("name", "3-2-", " +1 "), they cannot be a substring of a constant message by coincidence.
 */
export const textWithDigits = fc
  .tuple(fc.string({ maxLength: 8 }), fc.stringMatching(/^\d{4,10}$/), fc.string({ maxLength: 8 }))
  .map(([before, digits, after]) => before + digits + after);

/** At least 4 ASCII digits (see {@link textWithDigits}). */
export const hasFourDigits = (s: string): boolean => (s.match(/\d/g) ?? []).length >= 4;

/** True when `normalizer` refuses `input`. */
export function isRefused(normalizer: (value: string) => string, input: string): boolean {
  try {
    normalizer(input);
    return false;
  } catch {
    return true;
  }
}
