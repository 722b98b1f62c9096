/**
 * Typed errors. Every failure civicveil reports is a {@link CivicVeilError} with a stable
 * `code` that programs can branch on. Messages name the field, row, entry or option at fault
 * and never contain key bytes or the sensitive value itself.
 * @module
 */

/** The stable error codes. New codes may be added; existing ones never change meaning. */
export type ErrorCode =
  | 'KEY_INVALID'
  | 'KEY_NOT_FOUND'
  | 'INPUT_INVALID'
  | 'FORMAT_INVALID'
  | 'AUTHENTICATION_FAILED'
  | 'OPTION_INVALID';

/** Where an error happened, for programs; none of these ever holds a sensitive value. */
export interface ErrorLocation {
  /** The field, column or kind at fault. */
  field?: string;
  /** 1-based data row number (CSV header excluded) when processing a table. */
  row?: number;
  /** The keyring entry at fault: its kid, or `#index` when it has no usable kid. */
  entry?: string;
  /** The option at fault. */
  option?: string;
}

/**
 * Base class of every civicveil error.
 * @example
 * try { normalizeSsn('000-12-3456') } catch (e) { if (e instanceof CivicVeilError) reject(row, e.code) }
 */
export class CivicVeilError extends Error implements ErrorLocation {
  readonly code: ErrorCode;
  declare readonly field?: string;
  declare readonly row?: number;
  declare readonly entry?: string;
  declare readonly option?: string;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    // Only the parts that are known become properties, so printed errors stay short.
    const self = this as ErrorLocation;
    if (location.field !== undefined) self.field = location.field;
    if (location.row !== undefined) self.row = location.row;
    if (location.entry !== undefined) self.entry = location.entry;
    if (location.option !== undefined) self.option = location.option;
  }
}

/** `KEY_INVALID`: a key or keyring is malformed (bad length, bad base64url, duplicate kid, no primary...). */
export class KeyInvalidError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('KEY_INVALID', message, location);
  }
}

/** `KEY_NOT_FOUND`: a token or envelope names a kid the keyring does not hold. */
export class KeyNotFoundError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('KEY_NOT_FOUND', message, location);
  }
}

/** `INPUT_INVALID`: a value cannot be processed (an impossible SSN, an ambiguous date, a lone surrogate). */
export class InputInvalidError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('INPUT_INVALID', message, location);
  }
}

/** `FORMAT_INVALID`: a token, envelope or file is not in the expected format. */
export class FormatInvalidError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('FORMAT_INVALID', message, location);
  }
}

/** `AUTHENTICATION_FAILED`: a tag did not verify (tampered data, wrong key, domain or context). */
export class AuthenticationError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('AUTHENTICATION_FAILED', message, location);
  }
}

/** `OPTION_INVALID`: an option passed to a function or the CLI is out of range or of the wrong type. */
export class OptionInvalidError extends CivicVeilError {
  constructor(message: string, location: ErrorLocation = {}) {
    super('OPTION_INVALID', message, location);
  }
}

/**
 * Re-throws `error` with a location added and its message prefixed, keeping its class and code
 * (used by the batch, record and CSV helpers to say which row or field failed). Anything that is
 * not a CivicVeilError is re-thrown unchanged.
 */
export function withLocation(error: unknown, location: ErrorLocation, prefix: string): never {
  if (!(error instanceof CivicVeilError)) throw error;
  const merged: ErrorLocation = { ...pickLocation(error), ...location };
  const message = `${prefix}: ${error.message}`;
  if (error.constructor === CivicVeilError) throw new CivicVeilError(error.code, message, merged);
  const Subclass = error.constructor as new (message: string, location: ErrorLocation) => CivicVeilError;
  throw new Subclass(message, merged);
}

function pickLocation(e: ErrorLocation): ErrorLocation {
  const out: ErrorLocation = {};
  if (e.field !== undefined) out.field = e.field;
  if (e.row !== undefined) out.row = e.row;
  if (e.entry !== undefined) out.entry = e.entry;
  if (e.option !== undefined) out.option = e.option;
  return out;
}
