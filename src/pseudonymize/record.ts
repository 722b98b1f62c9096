import { InputInvalidError, OptionInvalidError, withLocation } from '../errors.js';
import type { PseudonymInput, Pseudonymizer } from './pseudonymizer.js';

/**
 * What to put in one output field: a kind (the field's own value is pseudonymized as that
 * kind), or a composite built from other fields, e.g.
 * `{ kind: 'name+dob', from: ['full_name', 'date_of_birth'] }` — the source fields are removed
 * from the result, since they are what the token stands for.
 */
export type FieldRule = string | { readonly kind: string; readonly from: readonly string[] };

/** Options of {@link pseudonymizeRecord}. */
export interface RecordOptions {
  /**
   * What to do with an empty value (`null`, `undefined` or `""`): `keep` it as it is (default;
   * an empty SSN stays empty instead of becoming one shared token), or `error`.
   */
  empty?: 'keep' | 'error';
}

interface Plan {
  field: string;
  kind: string;
  from: readonly string[] | null;
}

function plan(fields: Readonly<Record<string, FieldRule>>): Plan[] {
  if (typeof fields !== 'object' || fields === null) {
    throw new OptionInvalidError('fields must map field names to kinds', { option: 'fields' });
  }
  return Object.entries(fields).map(([field, rule]) => {
    if (typeof rule === 'string') return { field, kind: rule, from: null };
    if (rule && typeof rule.kind === 'string' && Array.isArray(rule.from) && rule.from.length > 0) {
      return { field, kind: rule.kind, from: rule.from };
    }
    throw new OptionInvalidError(`fields.${field}: expected a kind or { kind, from: [fields...] }`, { option: 'fields', field });
  });
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function inputOf(record: Record<string, unknown>, p: Plan, options: RecordOptions): PseudonymInput | null {
  const names = p.from ?? [p.field];
  const values: string[] = [];
  let empty = 0;
  for (const name of names) {
    if (!Object.hasOwn(record, name)) throw new InputInvalidError(`field "${name}" is missing from the record`, { field: name });
    const v = record[name];
    if (isEmpty(v)) {
      empty++;
      continue;
    }
    if (typeof v !== 'string') throw new InputInvalidError(`field "${name}" must be a string, not ${typeof v}`, { field: name });
    values.push(v);
  }
  if (empty > 0) {
    if (options.empty === 'error') throw new InputInvalidError(`field "${names.join('", "')}" is empty`, { field: p.field });
    if (empty === names.length) return null;
    throw new InputInvalidError(`composite "${p.field}": some of ${names.join(', ')} are empty`, { field: p.field });
  }
  return p.from ? values : values[0]!;
}

function apply(record: Record<string, unknown>, plans: Plan[], options: RecordOptions, token: (p: Plan, v: PseudonymInput) => string): Record<string, unknown> {
  if (typeof record !== 'object' || record === null) throw new InputInvalidError('record must be an object');
  const out: Record<string, unknown> = { ...record };
  for (const p of plans) {
    const value = inputOf(record, p, options);
    if (p.from) {
      for (const name of p.from) delete out[name];
      out[p.field] = value === null ? null : token(p, value);
    } else if (value !== null) {
      out[p.field] = token(p, value);
    }
  }
  return out;
}

/**
 * A copy of `record` with the chosen fields replaced by their tokens; every other field is left
 * as it is. `fields` maps a field to its kind (`{ ssn: 'ssn', email: 'email' }`) or to a
 * composite built from several fields. Refuses a missing field or a non-string value with
 * `INPUT_INVALID` naming the field; normalizer errors name the field too, never the value.
 * @example pseudonymizeRecord(p, { id: 7, ssn: '123-45-6789' }, { ssn: 'ssn' }) // { id: 7, ssn: 'p1.…' }
 */
export function pseudonymizeRecord(
  pseudonymizer: Pseudonymizer,
  record: Record<string, unknown>,
  fields: Readonly<Record<string, FieldRule>>,
  options: RecordOptions = {},
): Record<string, unknown> {
  const plans = plan(fields);
  return apply(record, plans, options, (p, v) => {
    try {
      return pseudonymizer.pseudonymize(p.kind, v);
    } catch (e) {
      return withLocation(e, { field: p.field }, `field "${p.field}"`);
    }
  });
}

/** As {@link pseudonymizeRecord}, for `a1` pseudonymizers without blocking the event loop. */
export async function pseudonymizeRecordAsync(
  pseudonymizer: Pseudonymizer,
  record: Record<string, unknown>,
  fields: Readonly<Record<string, FieldRule>>,
  options: RecordOptions = {},
): Promise<Record<string, unknown>> {
  const plans = plan(fields);
  const tokens = new Map<Plan, string>();
  // First pass collects the inputs (and fails early on missing fields), then tokens are awaited.
  const inputs = plans.map((p) => ({ p, value: inputOf(record, p, options) }));
  for (const { p, value } of inputs) {
    if (value === null) continue;
    try {
      tokens.set(p, await pseudonymizer.pseudonymizeAsync(p.kind, value));
    } catch (e) {
      withLocation(e, { field: p.field }, `field "${p.field}"`);
    }
  }
  return apply(record, plans, options, (p) => tokens.get(p)!);
}
