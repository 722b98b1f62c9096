// redactRecord: whole-field rules, scanned free-text fields, non-string values, no mutation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';
import { createRecordRedactor, maskOperator, pseudonymOperator, redactRecord } from '../../src/redact/index.js';

const ring = createKeyring([importKey(new Uint8Array(32).fill(9), { kid: 'k9' })]);
const pseudonymizer = createPseudonymizer({ keyring: ring, domain: 'hra/clients' });

function errorOf(run: () => unknown): CivicVeilError {
  try {
    run();
  } catch (e) {
    if (e instanceof CivicVeilError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('redactRecord', () => {
  const record = Object.freeze({
    id: 7,
    name: 'Ana Ruiz',
    ssn: '412-55-7183',
    status: 'asylum pending',
    notes: 'Llamar al 212-555-0143; A# A208803901.',
  });

  it('applies whole-field rules and scans free-text fields; other fields are untouched', () => {
    const r = redactRecord(record, {
      fields: { ssn: { operator: maskOperator({ keepLast: 4 }), type: 'SSN' }, status: 'label' },
      scan: ['notes'],
    });
    expect(r.record).toEqual({ id: 7, name: 'Ana Ruiz', ssn: '***-**-7183', status: '[status]', notes: 'Llamar al [PHONE]; A# [A_NUMBER].' });
    expect(r.spans).toEqual({
      ssn: [{ type: 'SSN', start: 0, end: 11, score: 1 }],
      status: [{ type: 'status', start: 0, end: 14, score: 1 }],
      notes: [
        { type: 'PHONE', start: 10, end: 22, score: 0.97 },
        { type: 'A_NUMBER', start: 27, end: 37, score: 0.99 },
      ],
    });
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('ssn', 'notes', 'x'), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), (input) => {
        const copy = structuredClone(input);
        redactRecord(input, { fields: { ssn: 'mask' }, scan: ['notes'] });
        expect(input).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('remove deletes the member; a scanned field without identifiers keeps its value', () => {
    const r = redactRecord({ ssn: '412-55-7183', notes: 'nada que ver', n: 3 }, { fields: { ssn: 'remove' }, scan: ['notes'] });
    expect(r.record).toEqual({ notes: 'nada que ver', n: 3 });
    expect(r.spans).toEqual({ ssn: [{ type: 'ssn', start: 0, end: 11, score: 1 }], notes: [] });
  });

  it('numbers, bigints and booleans are redacted as their text; null, undefined, "" and missing fields are left alone', () => {
    const r = redactRecord(
      { ssn: 412557183, alien: 208803901n, citizen: false, phone: null, email: undefined, empty: '' },
      { fields: { ssn: 'mask', alien: 'mask', citizen: 'label', phone: 'mask', email: 'mask', empty: 'mask', absent: 'mask' } },
    );
    expect(r.record).toEqual({ ssn: '*********', alien: '*********', citizen: '[citizen]', phone: null, email: undefined, empty: '' });
    expect(Object.keys(r.spans).sort()).toEqual(['alien', 'citizen', 'ssn']);
    // A number in a scanned field is scanned as its text and stays a number when nothing is found.
    expect(redactRecord({ notes: 42 }, { scan: ['notes'] }).record).toEqual({ notes: 42 });
  });

  it('refuses objects, arrays and dates, naming the field and not the value', () => {
    for (const value of [{ a: '412-55-7183' }, ['412-55-7183'], new Date(0)]) {
      const e = errorOf(() => redactRecord({ ssn: value }, { fields: { ssn: 'mask' } }));
      expect(e.code).toBe('INPUT_INVALID');
      expect(e.field).toBe('ssn');
      expect(e.message).not.toContain('412');
    }
    expect(errorOf(() => redactRecord('x' as never)).code).toBe('INPUT_INVALID');
  });

  it('refuses bad options', () => {
    expect(errorOf(() => redactRecord({}, { fields: { ssn: 'hash' as never } })).code).toBe('OPTION_INVALID');
    expect(errorOf(() => redactRecord({}, { fields: { notes: 'mask' }, scan: ['notes'] })).code).toBe('OPTION_INVALID');
    expect(errorOf(() => redactRecord({}, { scan: 'notes' as never })).code).toBe('OPTION_INVALID');
  });

  it('pseudonym rules give the token a column pseudonymized with the same kind has', () => {
    const redact = createRecordRedactor({ fields: { ssn: { operator: pseudonymOperator({ pseudonymizer }), type: 'SSN' } } });
    expect(redact({ ssn: '412 55 7183' }).record.ssn).toBe(pseudonymizer.pseudonymize('ssn', '412-55-7183'));
  });

  it('an operator failure names the field', () => {
    const e = errorOf(() =>
      redactRecord({ ssn: '412-55-7183' }, { fields: { ssn: { name: 'x', apply: () => { throw new CivicVeilError('INPUT_INVALID', 'refused'); } } } }),
    );
    expect(e.field).toBe('ssn');
    expect(e.message).toMatch(/^field "ssn": /);
  });
});
