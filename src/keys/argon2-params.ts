import { OptionInvalidError } from '../errors.js';

/**
 * Argon2id cost parameters (RFC 9106 section 3.1): `m` memory in KiB, `t` passes, `p` lanes.
 * Tokens and passphrase keys are reproducible only under the same parameters, so they are
 * stored with the key that uses them.
 */
export interface Argon2Params {
  /** Memory in KiB, at least 8·p. */
  m: number;
  /** Number of passes, at least 1. */
  t: number;
  /** Degree of parallelism (lanes), 1 to 255 here. */
  p: number;
}

/** OWASP's recommended minimum for Argon2id (m = 19 MiB, t = 2, p = 1). */
export const ARGON2_OWASP: Readonly<Argon2Params> = Object.freeze({ m: 19456, t: 2, p: 1 });

/** Largest memory accepted (2 GiB), to refuse a typo that would exhaust the machine. */
const MAX_M = 2 * 1024 * 1024;

/**
 * Checks Argon2id parameters and returns a plain copy; refuses non-integers and values out of
 * range with `OPTION_INVALID` naming `where` (an option name or keyring entry).
 */
export function checkArgon2Params(params: unknown, where: string): Argon2Params {
  if (typeof params !== 'object' || params === null) {
    throw new OptionInvalidError(`${where}: Argon2id parameters must be an object {m, t, p}`, { option: where });
  }
  const { m, t, p } = params as Record<string, unknown>;
  const int = (v: unknown, name: string, min: number, max: number): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      throw new OptionInvalidError(`${where}: Argon2id ${name} must be an integer from ${min} to ${max}`, { option: where });
    }
    return v;
  };
  const pp = int(p, 'p (lanes)', 1, 255);
  const mm = int(m, 'm (KiB)', 8 * pp, MAX_M);
  const tt = int(t, 't (passes)', 1, 1000);
  return { m: mm, t: tt, p: pp };
}

/** True when two parameter sets are equal. */
export function sameArgon2Params(a: Argon2Params, b: Argon2Params): boolean {
  return a.m === b.m && a.t === b.t && a.p === b.p;
}
