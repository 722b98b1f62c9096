/**
 * Record redaction: per-field rules for whole values, and detection in free-text fields.
 * @module
 */
import { InputInvalidError, OptionInvalidError, withLocation } from '../errors.js';
import { resolveOperator, type Operator, type OperatorSpec } from './operators.js';
import { applyOperators, createTextRedactor, type RedactTextOptions } from './text.js';
import type { Span } from './types.js';

/**
 * What to do with a whole field: an operator, or an operator and the type the value is (used by
 * `label`, `pseudonym` kinds and `encrypt` contexts; default: the field name).
 * @example const rule: FieldRedaction = { operator: 'mask', type: 'SSN' };
 */
export type FieldRedaction = OperatorSpec | { readonly operator: OperatorSpec; readonly type?: string };

/**
 * Options of {@link redactRecord}: whole-field rules, fields to scan, and text redaction options for the scan.
 * @example const options: RedactRecordOptions = { fields: { ssn: 'mask' }, scan: ['notes'], operator: 'label' };
 */
export interface RedactRecordOptions extends Omit<RedactTextOptions, 'spans'> {
  /** Fields whose whole value is always redacted, e.g. `{ ssn: { operator: 'mask', type: 'SSN' } }`. */
  fields?: Readonly<Record<string, FieldRedaction>>;
  /** Free-text fields to detect identifiers in (`notes`, `comments`), redacted with `operator`/`operators`. */
  scan?: readonly string[];
}

/**
 * What {@link redactRecord} returns.
 * @example const { record, spans }: RedactRecordResult = redactRecord(row, options);
 */
export interface RedactRecordResult {
  /** A new record: the input is never changed. */
  record: Record<string, unknown>;
  /** The redacted spans of each processed field that held a value (a whole-field rule gives one span over the value). */
  spans: Record<string, Span[]>;
}

interface FieldPlan {
  operator: Operator;
  type: string;
}

/** The text of a field value: strings as they are, numbers, bigints and booleans as their string; null/undefined: none. */
function textOf(value: unknown, field: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  throw new InputInvalidError(`field "${field}" holds ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}: only strings, numbers and booleans can be redacted`, { field });
}

/**
 * Prepares record redaction once for many records.
 * @example
 * const redact = createRecordRedactor({ fields: { ssn: { operator: 'mask', type: 'SSN' } }, scan: ['notes'] });
 * rows.map((r) => redact(r).record);
 */
export function createRecordRedactor(options: RedactRecordOptions = {}): (record: Readonly<Record<string, unknown>>) => RedactRecordResult {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object', { option: 'options' });
  const { fields = {}, scan = [], ...textOptions } = options;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new OptionInvalidError('fields must map field names to operators', { option: 'fields' });
  }
  if (!Array.isArray(scan) || !scan.every((f) => typeof f === 'string')) {
    throw new OptionInvalidError('scan must be an array of field names', { option: 'scan' });
  }
  const plans = new Map<string, FieldPlan>();
  for (const [field, rule] of Object.entries(fields)) {
    const isRule = typeof rule === 'object' && rule !== null && 'operator' in rule && typeof (rule as { apply?: unknown }).apply !== 'function';
    const spec = isRule ? (rule as { operator: OperatorSpec }).operator : (rule as OperatorSpec);
    const type = isRule ? ((rule as { type?: string }).type ?? field) : field;
    if (typeof type !== 'string' || type === '') throw new OptionInvalidError(`fields.${field}.type must be a non-empty string`, { option: 'fields', field });
    plans.set(field, { operator: resolveOperator(spec, `fields.${field}`), type });
  }
  for (const field of scan) {
    if (plans.has(field)) throw new OptionInvalidError(`field "${field}" has a rule and is also in scan: choose one`, { option: 'scan', field });
  }
  const redactText = scan.length > 0 ? createTextRedactor(textOptions) : undefined;

  return (record) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputInvalidError('record must be an object', { field: 'record' });
    }
    const out: Record<string, unknown> = { ...record };
    const spans: Record<string, Span[]> = {};
    for (const [field, plan] of plans) {
      if (!Object.hasOwn(record, field)) continue;
      const text = textOf(record[field], field);
      if (text === undefined || text === '') continue;
      const span: Span = { type: plan.type, start: 0, end: text.length, score: 1 };
      try {
        if (plan.operator.name === 'remove') delete out[field];
        else out[field] = applyOperators(text, [span], () => plan.operator);
      } catch (e) {
        withLocation(e, { field }, `field "${field}"`);
      }
      spans[field] = [span];
    }
    for (const field of scan) {
      if (!Object.hasOwn(record, field)) continue;
      const text = textOf(record[field], field);
      if (text === undefined) continue;
      try {
        const result = redactText!(text);
        if (result.spans.length > 0) out[field] = result.text;
        spans[field] = result.spans;
      } catch (e) {
        withLocation(e, { field }, `field "${field}"`);
      }
    }
    return { record: out, spans };
  };
}

/**
 * Redacts one record: each field in `fields` is replaced whole by its operator (a `remove` rule
 * deletes the member), each field in `scan` has the identifiers in its text redacted. Strings are
 * redacted as they are; numbers, bigints and booleans as their string (the result is a string);
 * `null` and `undefined` are left alone; other values (objects, arrays, dates) are refused with
 * `INPUT_INVALID` naming the field. Fields not named, and named fields the record lacks, are
 * left as they are. The input is not changed.
 * @example
 * redactRecord(
 *   { id: 7, ssn: '412-55-7183', notes: 'Llamar al 212-555-0143' },
 *   { fields: { ssn: { operator: maskOperator({ keepLast: 4 }), type: 'SSN' } }, scan: ['notes'] },
 * );
 * // { record: { id: 7, ssn: '***-**-7183', notes: 'Llamar al [PHONE]' },
 * //   spans: { ssn: [{ type: 'SSN', start: 0, end: 11, score: 1 }], notes: [{ type: 'PHONE', start: 10, end: 22, score: 0.97 }] } }
 */
export function redactRecord(record: Readonly<Record<string, unknown>>, options: RedactRecordOptions = {}): RedactRecordResult {
  return createRecordRedactor(options)(record);
}
