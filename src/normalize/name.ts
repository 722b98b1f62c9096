/**
 * Personal names: a canonical form under which spelling variants that differ only in case,
 * accents, punctuation, spacing or Unicode encoding compare equal.
 * @module
 */
import { _FORMAT_CHARS, _LONE_SURROGATE, _PRINTABLE_ASCII, _RARE_CHARS, _fail, _requireString } from './_shared.js';

const KIND = 'name';

/** Runs of punctuation, symbols, separators, controls and whitespace: each run becomes one space. */
const SEPARATORS = /[\p{P}\p{S}\p{Z}\p{Cc}\s]+/gu;

/**
 * Letters that have no Unicode decomposition, so stripping marks does not fold them, but that are
 * routinely typed as their ASCII base on US keyboards (or, for ß and ς, that Unicode full case
 * folding maps). Applied after marks are removed, so `ǿ` (ø + acute) is folded too.
 */
const FOLDS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['ß', 'ss'], // German sharp s; `ẞ` lower-cases to it (Unicode CaseFolding: ß → ss)
  ['ς', 'σ'], // Greek final sigma, which toLowerCase produces at the end of a word (CaseFolding: ς → σ)
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ħ', 'h'],
  ['ı', 'i'], // Turkish dotless i
]);
const FOLDABLE = /[ßςæœøłđðþħı]/g;

/**
 * Combining marks that follow a Latin or Greek letter (after NFD), or no letter at all (stray
 * marks, removed like punctuation): the accents people drop when
 * typing (José/Jose, Μαρία/Μαρια). Marks of other scripts are kept: in Devanagari, Bengali, Thai,
 * Hebrew, Arabic or Japanese kana a mark is part of the spelling (राम and रम, ガ and カ are different
 * names), and in Cyrillic й is its own letter, not и with an accent.
 */
const LATIN_GREEK_MARKS = /(^|[^\p{L}\p{N}\p{M}]|[\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const foldOne = (c: string): string => FOLDS.get(c) ?? c;

/**
 * The steps of {@link normalizeName} for printable ASCII, in one pass: NFKC, NFD and NFC are the
 * identity there, and every character other than a letter or digit is punctuation, a symbol or a
 * space. Runs of letters and digits are lower-cased and joined by single spaces.
 */
function asciiName(v: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) | 0x20 : 0x20; // | 0x20 lower-cases A-Z and keeps digits
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = v.slice(start, i).toLowerCase();
      out = out === '' ? word : out + ' ' + word;
      start = -1;
    }
  }
  return out;
}

/**
 * Canonical form of a personal name, so that `"José  García-López"`, `"JOSE GARCIA LOPEZ"` and
 * `"jose garcia lopez"` all give `"jose garcia lopez"`.
 *
 * Steps, in this order (a reimplementation must follow them exactly):
 * 1. remove format characters `\p{Cf}` (soft hyphen, zero-width space and joiners, BOM, bidi marks);
 * 2. Unicode NFKC (full-width letters, ligatures such as `ﬁ`);
 * 3. lower-case with the Unicode default mapping (`String.prototype.toLowerCase`, no locale);
 * 4. fold diacritics: NFD, then remove each run of combining marks `\p{M}` that follows a letter of
 *    the Latin or Greek script (`\p{Script=Latin}`, `\p{Script=Greek}`) or that follows no letter or
 *    digit at all (the start of the value, a space, punctuation); marks after letters of other
 *    scripts stay;
 * 5. fold the letters that have no decomposition: ß→ss, ς→σ, æ→ae, œ→oe, ø→o, ł→l, đ→d, ð→d, þ→th,
 *    ħ→h, ı→i;
 * 6. NFC;
 * 7. replace each run of punctuation, symbols, separators, controls and whitespace
 *    (`\p{P}\p{S}\p{Z}\p{Cc}` and `\s`) by one space (so `O'Brien` → `o brien`), and trim.
 *
 * Letters, digits and marks of every other script are kept (`"王小明"`, `"محمد"`, `"राम"`): step 4
 * folds only Latin and Greek accents, because elsewhere a mark is part of the spelling (Indic vowel
 * signs, Japanese dakuten, Cyrillic й), and removing it would give two people one pseudonym.
 * Results follow the Unicode version of the runtime's ICU for characters added in later versions.
 *
 * Refuses, with `INPUT_INVALID` (field `name`): a non-string, a lone UTF-16 surrogate, and a value
 * with nothing left after these steps (only spaces and punctuation). Messages never repeat the value.
 * @example normalizeName('  José  García-López ') // 'jose garcia lopez'
 */
export function normalizeName(value: string): string {
  _requireString(KIND, value);
  let s: string;
  if (_PRINTABLE_ASCII.test(value)) {
    s = asciiName(value);
  } else {
    let t = value;
    if (_RARE_CHARS.test(t)) {
      if (_LONE_SURROGATE.test(t)) _fail(KIND, 'holds a lone UTF-16 surrogate, which has no UTF-8 form');
      t = t.replace(_FORMAT_CHARS, '');
    }
    s = t
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(LATIN_GREEK_MARKS, '$1')
      .replace(FOLDABLE, foldOne)
      .normalize('NFC');
    // Folding often leaves printable ASCII (`José` → `jose`): finish on the fast path.
    s = _PRINTABLE_ASCII.test(s) ? asciiName(s) : s.replace(SEPARATORS, ' ').trim();
  }
  if (s === '') _fail(KIND, 'nothing is left after normalization (no letters or digits)');
  return s;
}
