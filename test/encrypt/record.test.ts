import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFieldEncryptor,
  decryptRecord,
  encryptRecord,
  parseEnvelope,
  reencryptRecord,
  type EncryptedFields,
  type EncryptRecordOptions,
} from '../../src/encrypt/index.js';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey, retireKey, rotateKeyring } from '../../src/keys/index.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const K2 = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const ring = createKeyring([importKey(K1, { kid: 'k1' })]);
const enc = createFieldEncryptor({ keyring: ring, domain: 'idnyc/holders' });
const byId: EncryptRecordOptions = { contextPrefix: 'holders.', recordId: (r) => String(r.id) };

/** The error `f` threw (failing the test when it threw nothing or something untyped). */
function caught(f: () => unknown): CivicVeilError {
  try {
    f();
  } catch (e) {
    if (e instanceof CivicVeilError) return e;
    throw e;
  }
  throw new Error('expected an error, got a result');
}

describe('encryptRecord / decryptRecord', () => {
  const holder = {
    id: 'H0000001',
    name: 'Ana López 👩🏽‍⚕️',
    ssn: '123-45-6789',
    age: 41,
    balance: -12.5,
    big: 12345678901234567890n,
    interpreter: true,
    veteran: false,
    dob: new Date('1984-02-29T00:00:00.000Z'),
    itin: null,
    tags: ['a', 1, null],
    address: { city: 'New York', zip: '10001' },
    kept: 'not listed, stays in clear',
  };
  const fields: EncryptedFields = {
    name: 'randomized',
    ssn: 'deterministic',
    age: 'randomized',
    balance: 'deterministic',
    big: 'randomized',
    interpreter: { mode: 'randomized' },
    veteran: 'deterministic',
    dob: { mode: 'randomized', context: 'date_of_birth' },
    itin: 'randomized',
    tags: 'randomized',
    address: 'deterministic',
  };

  it('round trip of every type: strings, numbers, bigints, booleans, dates, null, arrays, objects', () => {
    const stored = encryptRecord(enc, holder, fields, byId);
    for (const f of Object.keys(fields)) expect(stored[f]).toMatch(/^e1\.(xc20p|siv)\.k1\./);
    expect(stored.id).toBe('H0000001');
    expect(stored.kept).toBe(holder.kept);
    const back = decryptRecord(enc, stored, fields, byId);
    expect(back).toEqual(holder);
    expect(back.dob).toBeInstanceOf(Date);
    expect(typeof back.big).toBe('bigint');
    expect(back.itin).toBeNull();
  });

  it('returns a new object and leaves the input untouched', () => {
    const copy = structuredClone(holder);
    const stored = encryptRecord(enc, holder, fields, byId);
    expect(stored).not.toBe(holder);
    expect(holder).toEqual(copy);
  });

  it('null is encrypted (an empty field is itself information), not kept as null', () => {
    const stored = encryptRecord(enc, { id: 'H1', itin: null }, { itin: 'randomized' }, byId);
    expect(typeof stored.itin).toBe('string');
    expect(parseEnvelope(stored.itin as string).algorithm).toBe('xc20p');
    // randomized: an empty ITIN does not look like any other empty ITIN
    expect(encryptRecord(enc, { id: 'H1', itin: null }, { itin: 'randomized' }, byId).itin).not.toBe(stored.itin);
    expect(decryptRecord(enc, stored, { itin: 'randomized' }, byId).itin).toBeNull();
  });

  it('contexts: prefix + (context ?? field name), and #<id> on randomized fields only', () => {
    const stored = encryptRecord(enc, holder, fields, byId);
    expect(enc.decrypt(stored.name as string, { context: 'holders.name#H0000001' })).toBe(holder.name);
    expect(enc.decrypt(stored.dob as string, { context: 'holders.date_of_birth#H0000001' })).toEqual(holder.dob);
    expect(enc.decrypt(stored.ssn as string, { context: 'holders.ssn' })).toBe(holder.ssn);
    // a fixed string id works the same as a function
    const fixed = encryptRecord(enc, holder, { name: 'randomized' }, { contextPrefix: 'holders.', recordId: 'H0000001' });
    expect(decryptRecord(enc, fixed, { name: 'randomized' }, byId).name).toBe(holder.name);
    // without a prefix or id, the context is the bare field name (as the CLI writes it)
    const bare = encryptRecord(enc, { ssn: 'x' }, { ssn: 'randomized' });
    expect(enc.decrypt(bare.ssn as string, { context: 'ssn' })).toBe('x');
  });

  it('deterministic fields are equal across records; randomized ones are not', () => {
    const f: EncryptedFields = { ssn: 'deterministic', name: 'randomized' };
    const a = encryptRecord(enc, { id: 'H1', ssn: '123-45-6789', name: 'Ana' }, f, byId);
    const b = encryptRecord(enc, { id: 'H2', ssn: '123-45-6789', name: 'Ana' }, f, byId);
    const c = encryptRecord(enc, { id: 'H1', ssn: '123-45-6789', name: 'Ana' }, f, byId);
    expect(a.ssn).toBe(b.ssn); // a deterministic field ignores the record id
    expect(a.ssn).toBe(c.ssn);
    expect(a.name).not.toBe(b.name);
    expect(a.name).not.toBe(c.name); // randomized even within one record
    // and the deterministic envelope is exactly the column-context envelope
    expect(a.ssn).toBe(enc.encrypt('123-45-6789', { context: 'holders.ssn', algorithm: 'siv' }));
  });

  it('an envelope moved to another record or field fails with AUTHENTICATION_FAILED', () => {
    const f: EncryptedFields = { ssn: 'randomized', itin: 'randomized', a_number: 'deterministic', uscis: 'deterministic' };
    const a = encryptRecord(enc, { id: 'H1', ssn: '111-11-1111', itin: '911-70-1234', a_number: 'A1', uscis: 'U1' }, f, byId);
    const b = encryptRecord(enc, { id: 'H2', ssn: '222-22-2222', itin: '911-70-5678', a_number: 'A2', uscis: 'U2' }, f, byId);
    // to another record
    const e1 = caught(() => decryptRecord(enc, { ...b, ssn: a.ssn }, f, byId));
    expect(e1.code).toBe('AUTHENTICATION_FAILED');
    expect(e1.field).toBe('ssn');
    // to another field of the same record (randomized and deterministic)
    expect(caught(() => decryptRecord(enc, { ...a, itin: a.ssn }, f, byId)).field).toBe('itin');
    expect(caught(() => decryptRecord(enc, { ...a, itin: a.ssn }, f, byId)).code).toBe('AUTHENTICATION_FAILED');
    const e2 = caught(() => decryptRecord(enc, { ...a, uscis: a.a_number }, f, byId));
    expect([e2.code, e2.field]).toEqual(['AUTHENTICATION_FAILED', 'uscis']);
    // to another table (prefix)
    const e3 = caught(() => decryptRecord(enc, a, f, { ...byId, contextPrefix: 'patrons.' }));
    expect(e3.code).toBe('AUTHENTICATION_FAILED');
  });

  it('an envelope of the other mode is FORMAT_INVALID naming the field', () => {
    const det = encryptRecord(enc, { ssn: 'x' }, { ssn: 'deterministic' });
    const e = caught(() => decryptRecord(enc, det, { ssn: 'randomized' }));
    expect([e.code, e.field]).toEqual(['FORMAT_INVALID', 'ssn']);
  });

  it('errors name the field and never contain the value, and no partial record comes back', () => {
    const secret = 'A-987-654-321 Jürgen';
    const stored = encryptRecord(enc, { id: 'H1', a: secret, b: secret, c: secret }, { a: 'randomized', b: 'randomized', c: 'randomized' }, byId);
    const b = stored.b as string;
    const at = b.length - 20; // inside the payload: every bit there is authenticated
    const tampered = { ...stored, b: b.slice(0, at) + (b[at] === 'A' ? 'B' : 'A') + b.slice(at + 1) };
    const e = caught(() => decryptRecord(enc, tampered, { a: 'randomized', b: 'randomized', c: 'randomized' }, byId));
    expect(e.code).toBe('AUTHENTICATION_FAILED');
    expect(e.field).toBe('b');
    expect(e.message).toContain('field "b"');
    expect(e.message).not.toContain(secret);
    expect(JSON.stringify(e)).not.toContain(secret);
    // encrypting: a bad value names its field and not the value
    const bad = caught(() => encryptRecord(enc, { a: secret, b: Number.POSITIVE_INFINITY }, { a: 'randomized', b: 'randomized' }));
    expect([bad.code, bad.field]).toEqual(['INPUT_INVALID', 'b']);
    expect(bad.message).not.toContain(secret);
    const lone = caught(() => encryptRecord(enc, { a: 'ok', b: `${secret}\ud800` }, { a: 'randomized', b: 'deterministic' }));
    expect([lone.code, lone.field]).toEqual(['INPUT_INVALID', 'b']);
    expect(lone.message).not.toContain(secret);
    const notPlain = caught(() => encryptRecord(enc, { a: new Map([[secret, 1]]) }, { a: 'randomized' }));
    expect([notPlain.code, notPlain.field]).toEqual(['INPUT_INVALID', 'a']);
    expect(notPlain.message).not.toContain(secret);
  });

  it('undefined or missing fields: INPUT_INVALID naming the field, or skipped with missing: "skip"', () => {
    const f: EncryptedFields = { ssn: 'randomized', itin: 'randomized' };
    const e = caught(() => encryptRecord(enc, { ssn: '1' }, f));
    expect([e.code, e.field]).toEqual(['INPUT_INVALID', 'itin']);
    expect(caught(() => encryptRecord(enc, { ssn: '1', itin: undefined }, f)).field).toBe('itin');
    const skipped = encryptRecord(enc, { ssn: '1' }, f, { missing: 'skip' });
    expect(Object.keys(skipped)).toEqual(['ssn']);
    expect(decryptRecord(enc, skipped, f, { missing: 'skip' })).toEqual({ ssn: '1' });
    // on decrypt, a null where an envelope should be is not an envelope
    expect(caught(() => decryptRecord(enc, { ssn: null, itin: null }, f)).code).toBe('FORMAT_INVALID');
  });

  it('refuses bad field maps and options with OPTION_INVALID', () => {
    const r = { id: 'H1', ssn: '1' };
    expect(caught(() => encryptRecord(enc, r, { ssn: 'secret' as never })).code).toBe('OPTION_INVALID');
    expect(caught(() => encryptRecord(enc, r, { ssn: { mode: 'randomized', context: '' } })).code).toBe('OPTION_INVALID');
    expect(caught(() => encryptRecord(enc, r, { ssn: { mode: 'randomized', context: 'a#b' } })).code).toBe('OPTION_INVALID');
    expect(caught(() => encryptRecord(enc, r, {})).code).toBe('OPTION_INVALID');
    expect(caught(() => encryptRecord(enc, r, { ssn: 'randomized' }, { recordId: '' })).code).toBe('OPTION_INVALID');
    expect(caught(() => encryptRecord(enc, r, { ssn: 'randomized' }, { missing: 'ignore' as never })).code).toBe('OPTION_INVALID');
    const noId = caught(() => encryptRecord(enc, r, { ssn: 'randomized' }, { recordId: (x) => x.nope as string }));
    expect([noId.code, noId.option]).toEqual(['INPUT_INVALID', 'recordId']);
    expect(caught(() => encryptRecord(enc, null as never, { ssn: 'randomized' })).code).toBe('INPUT_INVALID');
  });

  it('a field named __proto__ stays a field', () => {
    const record = JSON.parse('{"__proto__": "x", "id": "1"}') as Record<string, unknown>;
    const stored = encryptRecord(enc, record, JSON.parse('{"__proto__": "randomized"}') as EncryptedFields);
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(Object.hasOwn(stored, '__proto__')).toBe(true);
    const back = decryptRecord(enc, stored, JSON.parse('{"__proto__": "randomized"}') as EncryptedFields);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe('x');
  });
});

describe('reencryptRecord', () => {
  const fields: EncryptedFields = { ssn: 'deterministic', notes: 'randomized', dob: 'randomized' };
  const record = { id: 'H7', ssn: '123-45-6789', notes: 'needs a Spanish interpreter', dob: new Date('1990-01-02T00:00:00Z') };

  it('after rotateKeyring: envelopes under the new kid that still decrypt, modes kept; the old key retired still decrypts', () => {
    const stored = encryptRecord(enc, record, fields, byId);
    const rotated = retireKey(rotateKeyring(ring, importKey(K2, { kid: 'k2' })), 'k1');
    const enc2 = createFieldEncryptor({ keyring: rotated, domain: 'idnyc/holders' });
    // the retired key still decrypts what it made
    expect(decryptRecord(enc2, stored, fields, byId)).toEqual(record);
    const rotatedRecord = reencryptRecord(enc2, stored, fields, byId);
    for (const f of Object.keys(fields)) {
      const p = parseEnvelope(rotatedRecord[f] as string);
      expect(p.kid).toBe('k2');
      expect(p.algorithm).toBe(parseEnvelope(stored[f] as string).algorithm);
    }
    expect(decryptRecord(enc2, rotatedRecord, fields, byId)).toEqual(record);
    // deterministic envelopes under k2 equal fresh k2 ones, so lookups keep working after rotation
    expect(rotatedRecord.ssn).toBe(encryptRecord(enc2, record, fields, byId).ssn);
    // already under the primary: unchanged
    expect(reencryptRecord(enc2, rotatedRecord, fields, byId)).toEqual(rotatedRecord);
    // the old encryptor cannot read the new envelopes
    expect(caught(() => decryptRecord(enc, rotatedRecord, fields, byId)).code).toBe('KEY_NOT_FOUND');
  });

  it('all or nothing: one bad field fails the whole record, naming it', () => {
    const stored = encryptRecord(enc, record, fields, byId);
    const e = caught(() => reencryptRecord(enc, { ...stored, dob: stored.notes }, fields, byId));
    expect([e.code, e.field]).toEqual(['AUTHENTICATION_FAILED', 'dob']);
  });
});

describe('properties', () => {
  const scalar = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0), // -0 decrypts as 0: see the test below
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const fieldName = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('#') && s !== '__proto__' && s !== '_id');

  it('round trip for random records of strings (any Unicode), numbers, booleans and null, in both modes', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fieldName, fc.record({ value: scalar, mode: fc.constantFrom('randomized' as const, 'deterministic' as const) }), { minKeys: 1, maxKeys: 8 }),
        fc.string({ minLength: 1, maxLength: 10 }),
        (spec, id) => {
          const record: Record<string, unknown> = { _id: id };
          const fields: Record<string, 'randomized' | 'deterministic'> = {};
          for (const [name, { value, mode }] of Object.entries(spec)) {
            record[name] = value;
            fields[name] = mode;
          }
          const options: EncryptRecordOptions = { contextPrefix: 't.', recordId: (r) => r._id as string };
          const stored = encryptRecord(enc, record, fields, options);
          for (const name of Object.keys(fields)) expect(typeof stored[name]).toBe('string');
          const back = decryptRecord(enc, stored, fields, options);
          expect(back).toEqual(record);
          for (const name of Object.keys(fields)) expect(typeof back[name]).toBe(typeof record[name]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('-0 comes back as -0, and Map, Set and typed arrays are refused rather than flattened to {}', () => {
    const stored = encryptRecord(enc, { x: -0 }, { x: 'randomized' });
    expect(Object.is(decryptRecord(enc, stored, { x: 'randomized' }).x, -0)).toBe(true);
    for (const bad of [new Map([[1, 2]]), new Set([1]), new Uint8Array(2)]) {
      expect(() => encryptRecord(enc, { x: bad }, { x: 'randomized' })).toThrowError(expect.objectContaining({ code: 'INPUT_INVALID' }));
    }
  });
});
