import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _ADDRESS_WORD_GROUPS } from '../../src/normalize/address.js';
import { normalizeAddress } from '../../src/normalize/index.js';
import { NOT_STRINGS, errorOf, expectRefused } from './_helpers.js';

const accepted: [string, string][] = [
  ['123 North Main Street, Apartment 4B', '123 N MAIN ST APT 4B'],
  ['123 N. Main St., Apt. 4B', '123 N MAIN ST APT 4B'],
  ['123 n main st apt 4b', '123 N MAIN ST APT 4B'],
  ['  123   North  Main   Street  ', '123 N MAIN ST'],
  ['350 Fifth Avenue', '350 FIFTH AVE'],
  ['350 5th Av', '350 5TH AVE'],
  ['350 5th Aven.', '350 5TH AVE'],
  ['1600 Pennsylvania Avenue Northwest', '1600 PENNSYLVANIA AVE NW'],
  ['1 Grand Boulevard', '1 GRAND BLVD'],
  ['1 Grand Boul', '1 GRAND BLVD'],
  ['1 Grand Blvrd', '1 GRAND BLVD'],
  ['2 Main Str', '2 MAIN ST'],
  ['3 Ocean Parkway', '3 OCEAN PKWY'],
  ['4 Elm Road', '4 ELM RD'],
  ['5 Oak Drive', '5 OAK DR'],
  ['6 Pine Lane', '6 PINE LN'],
  ['7 Court Court', '7 CT CT'],
  ['8 Astor Place', '8 ASTOR PL'],
  ['9 Ivy Terrace', '9 IVY TER'],
  ['10 Route 9 Highway', '10 RTE 9 HWY'],
  ['11 Washington Square', '11 WASHINGTON SQ'],
  ['12 Columbus Circle', '12 COLUMBUS CIR'],
  ['13 Major Deegan Expressway', '13 MAJOR DEEGAN EXPY'],
  ['14 Jericho Turnpike', '14 JERICHO TPKE'],
  ['15 Grand Army Plaza', '15 GRAND ARMY PLZ'],
  ['16 Shinbone Alley', '16 SHINBONE ALY'],
  ['17 Broadway Way', '17 BROADWAY WAY'],
  ['18 Southeast Southwest Northeast East West South', '18 SE SW NE E W S'],
  ['1 Park Avenue, Suite 200, Floor 5, Room 12', '1 PARK AVE STE 200 FL 5 RM 12'],
  ['2 Main St Unit 3', '2 MAIN ST UNIT 3'],
  ['2 Main St Apt #3', '2 MAIN ST APT #3'],
  ['2 Main St Apt # 3', '2 MAIN ST APT #3'],
  ['2 Main St Apt#3', '2 MAIN ST APT #3'],
  ['2 Main St ## 3', '2 MAIN ST #3'],
  ['#3', '#3'],
  ['2 Main St Apt #', '2 MAIN ST APT #'],
  ['12 1/2 Main St', '12 1/2 MAIN ST'],
  ['12 1 / 2 Main St', '12 1 2 MAIN ST'], // only a slash between two digits is kept
  ['12/B Main St', '12 B MAIN ST'],
  ['12½ Main St', '12 1/2 MAIN ST'],
  ['12 ½ Main St', '12 1/2 MAIN ST'],
  ['86-15 Broadway', '86 15 BROADWAY'],
  ["St. Mark's Place", 'ST MARK S PL'],
  ['Calle Peñalosa 5', 'CALLE PENALOSA 5'],
  ['Ｃａｌｌｅ　５', 'CALLE 5'], // full-width (NFKD)
  ['Straße 1', 'STRASSE 1'],
  ['Ōmotesandō Dōri', 'OMOTESANDO DORI'],
  ['1 Main St\u00ad', '1 MAIN ST'],
  ['北京路 5号', '北京路 5号'],
  ['5 Street', '5 ST'],
  ['5', '5'],
];

const refused: [string, string][] = [
  ['', 'no letter or digit'],
  ['   ', 'no letter or digit'],
  ['  --  ', 'no letter or digit'],
  ['#', 'no letter or digit'],
  ['# # #', 'no letter or digit'],
  ['.,;:!?', 'no letter or digit'],
  ['\u0301', 'no letter or digit'],
  ['1 Main\ud800 St', 'lone UTF-16 surrogate'],
];

const WORDS = _ADDRESS_WORD_GROUPS.flat();

describe('normalizeAddress', () => {
  it.each(accepted)('normalizes %j to %j', (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeAddress, 'address', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizeAddress(value as string)).message).toBe('address: expected a string');
  });

  it('abbreviates every spelling in the table, in any case, to its group abbreviation, which stays as it is', () => {
    for (const group of _ADDRESS_WORD_GROUPS) {
      const abbreviation = group[0]!;
      for (const word of group) {
        expect(normalizeAddress(`1 Elm ${word}`)).toBe(`1 ELM ${abbreviation}`);
        expect(normalizeAddress(`1 Elm ${word.toLowerCase()}.`)).toBe(`1 ELM ${abbreviation}`);
      }
    }
  });

  it('has a table where no spelling belongs to two groups and every word is upper-case ASCII', () => {
    expect(new Set(WORDS).size).toBe(WORDS.length);
    for (const word of WORDS) expect(word).toMatch(/^[A-Z]+$/);
    expect(WORDS.length).toBeGreaterThan(250);
    expect(Object.isFrozen(_ADDRESS_WORD_GROUPS)).toBe(true);
  });

  it('gives one form to case, accent and punctuation variants of an address', () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Z]{1,8}$/), fc.stringMatching(/^[0-9]{1,5}[A-Z]?$/));
    const accents: Record<string, string> = { A: 'á', E: 'é', I: 'í', O: 'ö', U: 'ü', N: 'ñ', C: 'ç' };
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(' ', '  ', ', ', '. ', ' - ', '\t'), { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (words, separators, flags) => {
          const plain = words.join(' ');
          const variant = words
            .map((w, i) =>
              [...w].map((c, j) => {
                const f = flags[(i + j) % flags.length];
                const accented = accents[c];
                return f && accented !== undefined ? accented : f ? c.toLowerCase() : c;
              }).join(''),
            )
            .reduce((acc, w, i) => (i === 0 ? w : acc + separators[i - 1]! + w), '');
          expect(normalizeAddress(variant)).toBe(normalizeAddress(plain));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is idempotent, and its output is trimmed, single-spaced and upper-case', () => {
    const addressLike = fc.string({ unit: fc.constantFrom(...'aZ9 #/-.,'.split(''), 'street', 'North', 'Apt', 'ñ', '½', '\u00ad'), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(addressLike, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })), (input) => {
        let canonical: string;
        try {
          canonical = normalizeAddress(input);
        } catch {
          return;
        }
        expect(normalizeAddress(canonical)).toBe(canonical);
        expect(canonical).toBe(canonical.trim());
        expect(canonical).not.toMatch(/ {2}|[\p{M}\p{Cf}\p{Cc}]|[^\P{Z} ]/u);
        expect(canonical).toBe(canonical.toUpperCase());
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the ASCII fast path and the general path to the same result', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ9 1 #/-.,!'.split(''), 'street', 'North', 'apt'), maxLength: 14 });
    fc.assert(
      fc.property(ascii, (input) => {
        let fast: string;
        try {
          fast = normalizeAddress(input);
        } catch {
          expect(input).not.toMatch(/[A-Za-z0-9]/);
          expect(['北', '北 #']).toContain(normalizeAddress(`北 ${input}`));
          return;
        }
        // A CJK word keeps the value non-ASCII after folding, so the general path runs to the end.
        expect(normalizeAddress(`北 ${input}`)).toBe(`北 ${fast}`);
        expect(normalizeAddress(`\u00ad${input}`)).toBe(fast);
      }),
      { numRuns: 1000 },
    );
  });

  it('never repeats a refused input in the message', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '-', '.', ',', '#', '!', '\u00ad', '\u0301', '★'), minLength: 4, maxLength: 20 }), (input) => {
        expectRefused(normalizeAddress, 'address', input);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,5} [A-Z][a-z]{2,8} St$/), (street) => {
        expectRefused(normalizeAddress, 'address', `${street}\udc00`);
      }),
    );
  });
});
