import { describe, expect, it } from 'vitest';
import * as api from '../../src/normalize/index.js';
import {
  normalize,
  normalizeAddress,
  normalizeDate,
  normalizeEmail,
  normalizeItin,
  normalizeName,
  normalizePhone,
  normalizeSsn,
  normalizerFor,
  normalizers,
} from '../../src/normalize/index.js';
import { NOT_STRINGS, errorOf, expectRefused } from './_helpers.js';

/** kind, a raw value, its canonical form, a refused value. */
const KINDS: [string, string, string, string][] = [
  ['ssn', '123-45-6789', '123456789', '000-12-3456'],
  ['itin', '912-70-1234', '912701234', '912-93-1234'],
  ['name', 'José García', 'jose garcia', '  --  '],
  ['date', 'March 4, 1985', '1985-03-04', '3/4/85'],
  ['dob', '3/4/1985', '1985-03-04', '2/30/1985'],
  ['phone', '(212) 555-0123', '+12125550123', '112-555-0123'],
  ['email', ' Ana@Example.org ', 'ana@example.org', 'ana.example.org'],
  ['address', '1 Main Street', '1 MAIN ST', '#'],
];

describe('normalize registry', () => {
  it('holds exactly the built-in kinds', () => {
    expect(Object.keys(normalizers).sort()).toEqual(['address', 'date', 'dob', 'email', 'itin', 'name', 'phone', 'ssn', 'text']);
  });

  it.each(KINDS)('normalizes kind %s through normalizers, normalizerFor and normalize', (kind, raw, canonical) => {
    expect(normalizers[kind]?.(raw)).toBe(canonical);
    expect(normalizerFor(kind)?.(raw)).toBe(canonical);
    expect(normalize(kind, raw)).toBe(canonical);
  });

  it.each(KINDS)('refuses an invalid %s naming that kind, never the value', (kind, _raw, _canonical, invalid) => {
    expectRefused((v) => normalize(kind, v), kind, invalid);
  });

  it('maps each kind to its own function (dob gives the date form but names dob)', () => {
    expect(normalizers.ssn).toBe(normalizeSsn);
    expect(normalizers.itin).toBe(normalizeItin);
    expect(normalizers.name).toBe(normalizeName);
    expect(normalizers.date).toBe(normalizeDate);
    expect(normalizers.phone).toBe(normalizePhone);
    expect(normalizers.email).toBe(normalizeEmail);
    expect(normalizers.address).toBe(normalizeAddress);
    for (const raw of ['1985-03-04', '3/4/1985', '4 de marzo de 1985', '03041985']) expect(normalize('dob', raw)).toBe(normalizeDate(raw));
    expect(errorOf(() => normalize('dob', '13/1/1985')).field).toBe('dob');
    expect(errorOf(() => normalize('date', '13/1/1985')).field).toBe('date');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'SSN', 'Ssn', 'ssn ', 'name+dob', 'uscis', ''])(
    'has no normalizer for %j and leaves its values unchanged',
    (kind) => {
      expect(normalizerFor(kind)).toBeUndefined();
      expect(normalizers[kind]).toBeUndefined();
      expect(normalize(kind, ' 000-12-3456 ')).toBe(' 000-12-3456 ');
    },
  );

  it('is frozen and has no prototype', () => {
    expect(Object.isFrozen(normalizers)).toBe(true);
    expect(Object.getPrototypeOf(normalizers)).toBeNull();
    expect(() => {
      (normalizers as Record<string, api.Normalizer>).ssn = (v) => v;
    }).toThrow(TypeError);
    expect(normalize('ssn', '123-45-6789')).toBe('123456789');
  });

  it('never throws from normalizerFor, even for a non-string kind', () => {
    for (const kind of NOT_STRINGS) expect(normalizerFor(kind as string)).toBeUndefined();
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string value %s, with or without a normalizer', (value) => {
    expect(errorOf(() => normalize('ssn', value as string)).message).toBe('ssn: expected a string');
    const error = errorOf(() => normalize('uscis', value as string));
    expect(error.message).toBe('uscis: expected a string');
    expect(error.field).toBe('uscis');
  });

  it('exports exactly the documented API from the index', () => {
    expect(Object.keys(api).sort()).toEqual([
      'normalize',
      'normalizeAddress',
      'normalizeDate',
      'normalizeEmail',
      'normalizeItin',
      'normalizeName',
      'normalizePhone',
      'normalizeSsn',
      'normalizeText',
      'normalizerFor',
      'normalizers',
    ]);
  });
});
