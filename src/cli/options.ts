/** Parsing option values shared by CLI commands. Each failure is OPTION_INVALID naming the option. */
import { OptionInvalidError } from '../errors.js';
import { ARGON2_OWASP, type Argon2Params, type Key } from '../keys/index.js';
import type { FieldSpec } from './csv-run.js';

export function intOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new OptionInvalidError(`--${name} must be an integer from ${min} to ${max}`, { option: name });
  }
  return Number(value);
}

/** `COLUMN[=SPEC]` values of one option; SPEC (a kind or a context) defaults to the column name. */
export function fieldSpecs(values: string[] | undefined, option = 'field', what = 'KIND'): FieldSpec[] {
  return (values ?? []).map((v) => {
    const eq = v.indexOf('=');
    const column = eq < 0 ? v : v.slice(0, eq);
    const spec = eq < 0 ? v : v.slice(eq + 1);
    if (!column || !spec) throw new OptionInvalidError(`--${option} ${v}: expected COLUMN or COLUMN=${what}`, { option });
    return { column, spec };
  });
}

/** The delimiter: one character, not a quote or newline. */
export function delimiterOption(value: string | undefined): string {
  const d = value === undefined ? ',' : value === '\\t' || value === 'tab' ? '\t' : value;
  if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') {
    throw new OptionInvalidError('--delimiter must be one character (not a quote or newline); "tab" for tabs', { option: 'delimiter' });
  }
  return d;
}

/**
 * Argon2id parameters from --argon2-m/-t/-p, filled in from the key's recorded ones or OWASP's.
 * Returns undefined when none is given (the key's record, or OWASP, then applies).
 */
export function argon2Options(m: string | undefined, t: string | undefined, p: string | undefined, key?: Key): Argon2Params | undefined {
  if (m === undefined && t === undefined && p === undefined) return undefined;
  const base = key?.argon2 ?? ARGON2_OWASP;
  return {
    m: intOption(m, 'argon2-m', 8, 2 * 1024 * 1024) ?? base.m,
    t: intOption(t, 'argon2-t', 1, 1000) ?? base.t,
    p: intOption(p, 'argon2-p', 1, 255) ?? base.p,
  };
}
