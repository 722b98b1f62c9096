import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../src/normalize/index.js';
import { NOT_STRINGS, SURROUNDING_SPACE, errorOf, expectRefused } from './_helpers.js';

const accepted: [string, string][] = [
  [' Ana.Perez+Clinic@Example.ORG ', 'ana.perez+clinic@example.org'],
  ['ANA@EXAMPLE.ORG', 'ana@example.org'],
  ['ana@example.org', 'ana@example.org'],
  ['a.n.a@gmail.com', 'a.n.a@gmail.com'], // dots kept
  ['ana+tag@gmail.com', 'ana+tag@gmail.com'], // +tag kept
  ['\tana@example.org\n', 'ana@example.org'],
  ['user@localhost', 'user@localhost'],
  ['x@y', 'x@y'],
  ["o'brien@example.org", "o'brien@example.org"],
  ['JOSÉ@Correo.MX', 'josé@correo.mx'],
  ['jose\u0301@correo.mx', 'josé@correo.mx'], // decomposed é composed (NFC)
  ['用户@例子.广告', '用户@例子.广告'],
];

const refused: [string, string][] = [
  ['', 'is empty'],
  ['   ', 'is empty'],
  ['ana.example.org', 'exactly one @'],
  ['ana@@example.org', 'exactly one @'],
  ['ana@example@org', 'exactly one @'],
  ['"a@b"@example.org', 'exactly one @'], // quoted local parts are not supported
  ['@example.org', 'local part'],
  ['ana@', 'domain'],
  ['ana perez@example.org', 'whitespace'],
  ['ana@exa mple.org', 'whitespace'],
  ['ana\t@example.org', 'whitespace'],
  ['ana\u00a0@example.org', 'whitespace'],
  ['ana\u0000@example.org', 'control'],
  ['ana\u200b@example.org', 'format'],
  ['ana\ud800@example.org', 'lone UTF-16 surrogate'],
];

const localChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-'.split(''));
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'.split('')), minLength: 1, maxLength: 12 });
const address = fc
  .tuple(fc.string({ unit: localChar, minLength: 1, maxLength: 20 }), fc.array(label, { minLength: 1, maxLength: 3 }))
  .map(([local, labels]) => `${local}@${labels.join('.')}`);

describe('normalizeEmail', () => {
  it.each(accepted)('normalizes %j to %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeEmail, 'email', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizeEmail(value as string)).message).toBe('email: expected a string');
  });

  it('gives one form to every case and surrounding-space variant, keeping dots and +tags', () => {
    fc.assert(
      fc.property(address, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom(...SURROUNDING_SPACE), (a, upper, around) => {
        const variant = [...a].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
        const canonical = normalizeEmail(around + variant + around);
        expect(canonical).toBe(a.toLowerCase());
        expect(canonical.replace(/[^.+]/g, '')).toBe(a.replace(/[^.+]/g, ''));
        expect(normalizeEmail(canonical)).toBe(canonical);
      }),
    );
  });

  it('is idempotent on everything it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }), (local, domain) => {
        let canonical: string;
        try {
          canonical = normalizeEmail(`${local}@${domain}`);
        } catch {
          return;
        }
        expect(normalizeEmail(canonical)).toBe(canonical);
        expect(canonical.split('@')).toHaveLength(2);
      }),
      { numRuns: 1000 },
    );
  });

  it('never repeats a refused input in the message', () => {
    const tag = fc.constantFrom('', '1234', 'resident');
    const bad = fc.oneof(
      fc.tuple(address, tag).map(([a, t]) => t + a.replace('@', '')), // no @
      fc.tuple(address, tag).map(([a, t]) => `${t}${a}@${a}`), // two @
      fc.tuple(address, tag).map(([a, t]) => t + a.replace('@', ' @ ')), // whitespace
      fc.tuple(address, tag).map(([a, t]) => t + a.slice(0, a.indexOf('@') + 1)), // no domain
      fc.tuple(address, tag).map(([a, t]) => a.slice(a.indexOf('@')) + t), // no local part
    );
    fc.assert(
      fc.property(bad, (input) => {
        expectRefused(normalizeEmail, 'email', input);
      }),
    );
  });
});
