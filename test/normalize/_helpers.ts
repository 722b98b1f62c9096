/** Shared assertions for the normalizer tests. */
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
