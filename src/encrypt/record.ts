/**
 * Records: encrypt, decrypt and re-encrypt chosen fields of an object with a field map
 * (DESIGN 4). Each field gets its own context, so an envelope moved to another field fails; a
 * randomized field may also be bound to its record (`#<record id>`), a deterministic one never is.
 * @module
 */
import { FormatInvalidError, InputInvalidError, OptionInvalidError, withLocation } from '../errors.js';
import { assertEncryptable, type FieldEncryptor } from './encryptor.js';
import type { EnvelopeAlgorithm } from './envelope.js';
import type { FieldValue } from './value.js';

/**
 * `randomized`: XChaCha20-Poly1305 (`xc20p`), a fresh nonce per value, so equal values give
 * different envelopes. `deterministic`: AES-SIV (`siv`), equal values in one column give equal
 * envelopes, for equality lookups and joins; it reveals which records share a value.
 * @example const mode: FieldMode = 'deterministic'
 */
export type FieldMode = 'randomized' | 'deterministic';

/**
 * How one field is encrypted: a mode, or a mode and a context. The context defaults to the field
 * name; {@link EncryptRecordOptions.contextPrefix} is put in front of either. A context must not
 * contain `#` (it separates the record id): such a field map is refused with `OPTION_INVALID`.
 * @example const spec: EncryptedFieldSpec = { mode: 'randomized', context: 'date_of_birth' }
 */
export type EncryptedFieldSpec = FieldMode | { readonly mode: FieldMode; readonly context?: string };

/**
 * Field name → how it is encrypted. An empty map or an unknown mode is refused (`OPTION_INVALID`).
 * @example const fields: EncryptedFields = { ssn: 'deterministic', notes: { mode: 'randomized', context: 'case_notes' } }
 */
export type EncryptedFields = Readonly<Record<string, EncryptedFieldSpec>>;

/**
 * Options of {@link encryptRecord}, {@link decryptRecord} and {@link reencryptRecord}; bad values
 * are refused with `OPTION_INVALID`.
 * @example const options: EncryptRecordOptions = { contextPrefix: 'holders.', recordId: (r) => String(r.holder_id) }
 */
export interface EncryptRecordOptions {
  /**
   * Put in front of every field's context, usually the table: `'holders.'` makes the context of
   * field `ssn` `"holders.ssn"`. Default none. Give the same prefix to decrypt.
   */
  contextPrefix?: string;
  /**
   * The record's id, or a function that reads it from the record (`(r) => String(r.holder_id)`):
   * the context of every randomized field becomes `<context>#<id>`, so an envelope copied to
   * another record fails to decrypt. Deterministic fields ignore it. The id must be a non-empty
   * string kept in clear beside the envelopes (it is needed to decrypt).
   */
  recordId?: string | ((record: Readonly<Record<string, unknown>>) => string);
  /**
   * A listed field that is absent or `undefined`: `error` (default, `INPUT_INVALID` naming it) or
   * `skip` (left out of the result as it is). `null` is a value: it is encrypted.
   */
  missing?: 'error' | 'skip';
}

interface Plan {
  field: string;
  algorithm: EnvelopeAlgorithm;
  context: string;
}

const MODES: Readonly<Record<FieldMode, EnvelopeAlgorithm>> = { randomized: 'xc20p', deterministic: 'siv' };

function plan(fields: EncryptedFields, options: EncryptRecordOptions): Plan[] {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new OptionInvalidError('fields must map field names to "randomized", "deterministic" or { mode, context }', { option: 'fields' });
  }
  if (typeof options !== 'object' || options === null) {
    throw new OptionInvalidError('options must be an object', { option: 'options' });
  }
  const prefix = options.contextPrefix ?? '';
  if (typeof prefix !== 'string') throw new OptionInvalidError('contextPrefix must be a string, e.g. "holders."', { option: 'contextPrefix' });
  if (options.missing !== undefined && options.missing !== 'error' && options.missing !== 'skip') {
    throw new OptionInvalidError('missing must be "error" or "skip"', { option: 'missing' });
  }
  const r = options.recordId;
  if (r !== undefined && typeof r !== 'function' && (typeof r !== 'string' || r.length === 0)) {
    throw new OptionInvalidError('recordId must be a non-empty string or a function returning one', { option: 'recordId' });
  }
  const plans = Object.entries(fields).map(([field, spec]): Plan => {
    const mode = typeof spec === 'string' ? spec : spec?.mode;
    const own = typeof spec === 'object' && spec !== null ? spec.context : undefined;
    if (mode !== 'randomized' && mode !== 'deterministic') {
      throw new OptionInvalidError(`fields.${field}: expected "randomized", "deterministic" or { mode, context }`, { option: 'fields', field });
    }
    if (own !== undefined && (typeof own !== 'string' || own.length === 0)) {
      throw new OptionInvalidError(`fields.${field}: context must be a non-empty string`, { option: 'fields', field });
    }
    const context = prefix + (own ?? field);
    // '#' separates a column context from a record id: refusing it here keeps "a#b" + "#c" and
    // "a" + "#b#c" from meaning the same place.
    if (context.length === 0 || context.includes('#')) {
      throw new OptionInvalidError(`fields.${field}: the context must be non-empty and must not contain "#" (it separates the record id)`, {
        option: 'fields',
        field,
      });
    }
    return { field, algorithm: MODES[mode], context };
  });
  if (plans.length === 0) throw new OptionInvalidError('fields lists no field', { option: 'fields' });
  return plans;
}

function checkRecord(record: unknown): asserts record is Readonly<Record<string, unknown>> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputInvalidError('record must be an object');
  }
}

/** The id to append to randomized contexts, or undefined when none is configured. */
function idOf(record: Readonly<Record<string, unknown>>, options: EncryptRecordOptions, plans: Plan[]): string | undefined {
  const r = options.recordId;
  if (r === undefined || !plans.some((p) => p.algorithm === 'xc20p')) return undefined;
  const id = typeof r === 'function' ? r(record) : r;
  if (typeof id !== 'string' || id.length === 0) {
    throw new InputInvalidError('recordId: the record id must be a non-empty string (e.g. String(record.id))', { option: 'recordId' });
  }
  return id;
}

function contextOf(p: Plan, id: string | undefined): string {
  return p.algorithm === 'xc20p' && id !== undefined ? `${p.context}#${id}` : p.context;
}

/** Plain data only: a Map, a class instance or a typed array would not survive the JSON encoding. */
function checkEncryptable(value: unknown, field: string): asserts value is FieldValue {
  assertEncryptable(value, field);
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new InputInvalidError(`field "${field}" holds an object that is not plain data (convert it to a string, number, array or plain object first)`, {
        field,
      });
    }
  }
}

/**
 * Runs `step` on every listed field that is present, collecting results; any failure names the
 * field and nothing is returned. The result is a new object: the input is never changed.
 */
function apply(
  record: unknown,
  fields: EncryptedFields,
  options: EncryptRecordOptions,
  step: (value: unknown, p: Plan, context: string) => unknown,
): Record<string, unknown> {
  const plans = plan(fields, options);
  checkRecord(record);
  const id = idOf(record, options, plans);
  const results: [string, unknown][] = [];
  for (const p of plans) {
    const value = Object.hasOwn(record, p.field) ? record[p.field] : undefined;
    if (value === undefined) {
      if (options.missing === 'skip') continue;
      throw new InputInvalidError(`field "${p.field}" is missing from the record`, { field: p.field });
    }
    try {
      results.push([p.field, step(value, p, contextOf(p, id))]);
    } catch (e) {
      withLocation(e, { field: p.field }, `field "${p.field}"`);
    }
  }
  const out: Record<string, unknown> = { ...record };
  // defineProperty, not assignment: a field named "__proto__" must stay a field.
  for (const [field, value] of results) Object.defineProperty(out, field, { value, writable: true, enumerable: true, configurable: true });
  return out;
}

/** The envelope in `value`, refused when it is not a string or not of the field's mode. */
function envelopeOf(value: unknown, p: Plan): string {
  if (typeof value !== 'string') throw new FormatInvalidError(`expected an e1 envelope (a string), found ${value === null ? 'null' : typeof value}`);
  if (value.startsWith('e1.') && !value.startsWith(`e1.${p.algorithm}.`)) {
    const mode = p.algorithm === 'siv' ? 'deterministic' : 'randomized';
    throw new FormatInvalidError(`the field is ${mode} (${p.algorithm}) but holds an envelope of another algorithm`);
  }
  return value;
}

/**
 * A copy of `record` with the listed fields replaced by their e1 envelopes; every other field is
 * left as it is. Numbers, booleans, bigints, dates and `null` keep their type through decryption
 * (`null` is encrypted too: that a field is empty can itself be sensitive). Contexts are
 * `contextPrefix + (context ?? field name)`, plus `#<record id>` for randomized fields when
 * `recordId` is given; deterministic fields are bound to their column only, so equal values give
 * equal envelopes across records.
 *
 * All or nothing: a field that is missing (unless `missing: 'skip'`), `undefined`, a function, a
 * non-finite number, an invalid date or a non-plain object is refused with `INPUT_INVALID`; bad
 * options with `OPTION_INVALID`. Every error names the field, never its value, and no partial
 * record is ever returned.
 * @example
 * encryptRecord(enc, { id: 'H1', ssn: '123-45-6789', dob: new Date('1990-05-01') },
 *   { ssn: 'deterministic', dob: 'randomized' }, { contextPrefix: 'holders.', recordId: (r) => String(r.id) })
 * // { id: 'H1', ssn: 'e1.siv.k1.…', dob: 'e1.xc20p.k1.…' }
 */
export function encryptRecord(
  encryptor: FieldEncryptor,
  record: Readonly<Record<string, unknown>>,
  fields: EncryptedFields,
  options: EncryptRecordOptions = {},
): Record<string, unknown> {
  return apply(record, fields, options, (value, p, context) => {
    checkEncryptable(value, p.field);
    return encryptor.encrypt(value, { context, algorithm: p.algorithm });
  });
}

/**
 * A copy of `record` with the listed fields' envelopes replaced by their values, with their
 * types. Takes the same `fields` and options as the {@link encryptRecord} call that made it
 * (the record id is read from the encrypted record, so it must be a field left in clear).
 *
 * All or nothing: a value that is not an envelope, or an envelope of the other mode, is
 * `FORMAT_INVALID`; an unknown kid `KEY_NOT_FOUND`; an envelope that was changed or belongs to
 * another field, record, domain or key `AUTHENTICATION_FAILED`. Errors name the field and never
 * hold plaintext.
 * @example decryptRecord(enc, stored, { ssn: 'deterministic', dob: 'randomized' }, { contextPrefix: 'holders.', recordId: (r) => String(r.id) })
 */
export function decryptRecord(
  encryptor: FieldEncryptor,
  record: Readonly<Record<string, unknown>>,
  fields: EncryptedFields,
  options: EncryptRecordOptions = {},
): Record<string, unknown> {
  return apply(record, fields, options, (value, p, context) => encryptor.decrypt(envelopeOf(value, p), { context }));
}

/**
 * Rotation: a copy of `record` with every listed field re-encrypted under the encryptor's
 * primary key (same mode, same context); envelopes already under the primary are kept as they
 * are. Build the encryptor on the rotated keyring (`rotateKeyring`): the old key, still in the
 * ring as `active` or `retired`, decrypts, and only the primary encrypts. Refuses what
 * {@link decryptRecord} refuses, all or nothing.
 * @example reencryptRecord(createFieldEncryptor({ keyring: rotated, domain }), stored, fields, options) // envelopes now 'e1.….k2.…'
 */
export function reencryptRecord(
  encryptor: FieldEncryptor,
  record: Readonly<Record<string, unknown>>,
  fields: EncryptedFields,
  options: EncryptRecordOptions = {},
): Record<string, unknown> {
  return apply(record, fields, options, (value, p, context) => encryptor.reencrypt(envelopeOf(value, p), { context }));
}
