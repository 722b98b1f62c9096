import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/normalize/index.js';
import { NOT_STRINGS, errorOf, expectRefused } from './_helpers.js';

const accepted: [string, string][] = [
  ['José  García-López', 'jose garcia lopez'],
  ['JOSE GARCIA LOPEZ', 'jose garcia lopez'],
  ['jose garcia lopez', 'jose garcia lopez'],
  ['Jose\u0301 Garci\u0301a-Lo\u0301pez', 'jose garcia lopez'], // decomposed accents
  ["O'Brien", 'o brien'],
  ['O’Brien', 'o brien'],
  ['  Mary-Jane   Smith, Jr. ', 'mary jane smith jr'],
  ['Dr. Martin Luther King, Jr.', 'dr martin luther king jr'],
  ['Straße', 'strasse'],
  ['STRAẞE', 'strasse'],
  ['Søren Kierkegård', 'soren kierkegard'],
  ['Łukasz Żółć', 'lukasz zolc'],
  ['Æsir Œuvre', 'aesir oeuvre'],
  ['Guðrún Þórsdóttir', 'gudrun thorsdottir'],
  ['Işık', 'isik'],
  ['İsmail', 'ismail'],
  ['Nguyễn Thị Minh Khai', 'nguyen thi minh khai'],
  ['François Müller', 'francois muller'],
  ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'], // final sigma folds to σ
  ['Οδυσσεύς', 'οδυσσευσ'],
  ['Ǿrsted', 'orsted'], // ø with acute: folded after the mark is removed
  ['Ｊｏｓé', 'jose'], // full-width letters (NFKC)
  ['ﬁnn', 'finn'], // ligature (NFKC)
  ['Jo\u00adse', 'jose'], // soft hyphen removed
  ['Jo\u200bse', 'jose'], // zero-width space removed
  ['\ufeffAna', 'ana'], // BOM removed
  ['Ana\u00a0María', 'ana maria'], // no-break space
  ['Ana\u3000María', 'ana maria'], // ideographic space
  ['Ana\tMaría\nPérez', 'ana maria perez'],
  ['王小明', '王小明'],
  ['王 小明', '王 小明'],
  ['محمد علي', 'محمد علي'],
  ['Владимир Путин', 'владимир путин'],
  ['Йоко', 'йоко'], // й is its own Cyrillic letter: its breve is kept
  ['Μαρία Παπαδοπούλου', 'μαρια παπαδοπουλου'], // Greek accents (tonos) fold like Latin ones
  ['김민준', '김민준'],
  ['Henry 8th', 'henry 8th'],
  ['Ana ★ Pérez ©', 'ana perez'],
  ['a', 'a'],
];

const refused: [string, string][] = [
  ['', 'nothing is left'],
  ['   ', 'nothing is left'],
  ['  --  ', 'nothing is left'],
  ["'.,-", 'nothing is left'],
  ['\u200b\u00ad', 'nothing is left'],
  ['\u0301\u0301', 'nothing is left'], // only combining marks
  ['★☆©®', 'nothing is left'],
  ['Ana\ud800Pérez', 'lone UTF-16 surrogate'],
  ['\udc00abcd', 'lone UTF-16 surrogate'],
];

/** Latin base letters and the accents that can be put on them (all compose or stay decomposed). */
const ACCENTS = ['', '', '', '\u0301', '\u0300', '\u0308', '\u0303', '\u0302', '\u030c', '\u0327'];
const SEPARATORS = [' ', '  ', '-', "'", ', ', '. ', ' - ', '\u00a0', '’'];

/** A name as words of plain lower-case letters (the expected canonical form), and a spelling variant of it. */
const nameWithVariant = fc
  .array(fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 })
  .chain((words) =>
    fc.record({
      expected: fc.constant(words.map((w) => w.join('')).join(' ')),
      variant: fc
        .tuple(
          fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...ACCENTS)), { minLength: 40, maxLength: 40 }),
          fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
          fc.constantFrom('NFC', 'NFD', 'NFKC'),
          fc.constantFrom('', ' ', '  ', '-'),
        )
        .map(([letters, separators, form, around]) => {
          let k = 0;
          const spelled = words.map((w) =>
            w
              .map((c) => {
                const [upper, accent] = letters[k++ % letters.length]!;
                return (upper ? c.toUpperCase() : c) + accent;
              })
              .join(''),
          );
          const joined = spelled.reduce((acc, w, i) => (i === 0 ? w : acc + separators[i - 1]! + w), '');
          return (around + joined + around).normalize(form as 'NFC' | 'NFD' | 'NFKC');
        }),
    }),
  );

describe('normalizeName', () => {
  it.each(accepted)('normalizes %j to %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each(refused)('refuses %j (%s)', (input, fragment) => {
    expect(expectRefused(normalizeName, 'name', input)).toContain(fragment);
  });

  it.each(NOT_STRINGS.map((v) => [v]))('refuses the non-string %s', (value) => {
    expect(errorOf(() => normalizeName(value as string)).message).toBe('name: expected a string');
  });

  it('keeps the marks that are part of a spelling outside Latin and Greek, so distinct names stay distinct', () => {
    expect(normalizeName('राम')).not.toBe(normalizeName('रम')); // Devanagari vowel sign kept
    expect(normalizeName('ガ')).toBe('ガ'); // Japanese dakuten kept
    expect(normalizeName('Дмитрий')).not.toBe(normalizeName('Дмитрии')); // Cyrillic й kept
    expect(normalizeName('ক্ষমা')).toBe('ক্ষমা'); // Bengali virama and vowel sign kept
  });

  it('gives the same form to case, accent, Unicode-form and punctuation variants of a name', () => {
    fc.assert(
      fc.property(nameWithVariant, ({ expected, variant }) => {
        expect(normalizeName(variant)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent, and its output is trimmed, single-spaced, free of Latin accents, punctuation and symbols', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string()), (input) => {
        let canonical: string;
        try {
          canonical = normalizeName(input);
        } catch {
          return;
        }
        expect(normalizeName(canonical)).toBe(canonical);
        expect(canonical).toBe(canonical.trim());
        expect(canonical).not.toMatch(/ {2}|[\p{P}\p{S}\p{Cf}\p{Cc}]|[^\P{Z} ]/u);
        // marks survive only after letters of scripts other than Latin and Greek
        expect(canonical.normalize('NFD')).not.toMatch(/(^|[^\p{L}\p{N}\p{M}]|[\p{Script=Latin}\p{Script=Greek}])\p{M}/u);
        expect(canonical).toBe(canonical.normalize('NFC'));
        expect(canonical).toBe(canonical.toLowerCase());
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the ASCII fast path and the general path to the same result', () => {
    // A CJK word keeps the value non-ASCII after folding, so the general path runs to the end.
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ9 -\'.,#/!~ '.split('')), maxLength: 12 });
    fc.assert(
      fc.property(ascii, (input) => {
        let fast: string;
        try {
          fast = normalizeName(input);
        } catch {
          expect(input).not.toMatch(/[A-Za-z0-9]/);
          expect(normalizeName(`王 ${input}`)).toBe('王');
          return;
        }
        expect(normalizeName(`王 ${input}`)).toBe(`王 ${fast}`);
        expect(normalizeName(`\u00ad${input}`)).toBe(fast);
      }),
    );
  });

  it('never repeats a refused input in the message', () => {
    const nothing = fc.constantFrom(' ', '-', "'", '.', ',', '\u200b', '★', '\u0301', '\t');
    fc.assert(
      fc.property(fc.string({ unit: nothing, minLength: 4, maxLength: 20 }), (input) => {
        expectRefused(normalizeName, 'name', input);
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 10 }), fc.string({ minLength: 2, maxLength: 10 }), (a, b) => {
        expectRefused(normalizeName, 'name', `${a}\ud800${b}`);
      }),
    );
  });
});
