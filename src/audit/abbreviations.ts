/**
 * Legacy column names shorten words in two ways, and this module reads both back:
 * - **consonant skeletons**: the vowels are dropped and doubled letters written once (`NTRLZ_DT`,
 *   `PSPRT_NBR`, `BRTH_CNTRY_CD`, `FRGN_BRN_IND`, `RLGN_CD`), sometimes keeping one vowel
 *   (`CITZN`, `NATRLZ`, `PASSPRT`);
 * - **truncations**: the first letters of the word (`NATURALIZ`, `COUNTR`, `LANGUA`, `PASSP`).
 *
 * Only the words of a short list of targets (the vocabulary the rules are written in) are read
 * back, and only when the short form cannot stand for a common word:
 * - a skeleton must be spelled in the target's letter order, keep vowels only in a start it shares
 *   with the word (`natrlz`: `nat`), keep at least 3 consonants and half of the target's skeleton
 *   (4 and 60% when it keeps a vowel or drops a consonant: `citizshp`), and point to one target
 *   only (`prm` could be `permanent` or `primary`: left alone);
 * - a truncation must reach the point from which no common English or Spanish word but the
 *   target's own family starts the same way (`natur` is also `nature`, `natural`: left alone;
 *   `naturaliz` is not). These points were measured once on English and Spanish word lists and are
 *   written in the table, so no word list is shipped.
 *
 * Words that the lexicon knows, stopwords and the common data-dictionary abbreviations that a
 * skeleton could be confused with (`cnt` count, `cnty` county, `mgr` manager, `img` image, `org`,
 * `prmt` permit) are never read as abbreviations. Two skeletons written together (`BRTHPLC`) are
 * split in tokenize.ts. On the `NONE` entries of the labelled corpora the mechanism expands words
 * (`BRTH_DT`, `PRCL_NBR`) but makes none sensitive; test/audit/abbreviations.test.ts lists the
 * near misses it must leave alone.
 * @module
 */

/**
 * One word that a short form can stand for.
 * - `concepts`: what the word means for the rules (as in lexicon.ts `TERMS`);
 * - `prefix`: the shortest truncation that identifies the word's family (absent: truncations are
 *   not read for this word).
 * @example
 * const t: _AbbreviationTarget = { concepts: ['passport'], prefix: 'passp' };
 */
export interface _AbbreviationTarget {
  readonly concepts: readonly string[];
  readonly prefix?: string;
}

/**
 * The words that short forms are read back to, with their meaning and their shortest safe
 * truncation (measured on English and Spanish word lists: every common word that starts with it is
 * of the word's own family).
 * @example
 * ABBREVIATION_TARGETS.naturalization // { concepts: ['naturalization'], prefix: 'naturaliz' }
 */
export const ABBREVIATION_TARGETS: Readonly<Record<string, _AbbreviationTarget>> = {
  // citizenship and immigration
  citizen: { concepts: ['citizen'], prefix: 'citiz' },
  citizenship: { concepts: ['citizenship'], prefix: 'citizensh' },
  immigration: { concepts: ['immigration'], prefix: 'immig' },
  immigrant: { concepts: ['immigration'], prefix: 'immig' },
  naturalization: { concepts: ['naturalization'], prefix: 'naturaliz' },
  naturalized: { concepts: ['naturalization'], prefix: 'naturaliz' },
  alien: { concepts: ['alien'] },
  refugee: { concepts: ['refugee'] },
  asylum: { concepts: ['asylum'], prefix: 'asyl' },
  deportation: { concepts: ['deportation'], prefix: 'deportat' },
  permanent: { concepts: ['permanent'], prefix: 'permanen' },
  resident: { concepts: ['resident'], prefix: 'residen' },
  residence: { concepts: ['residence'], prefix: 'residen' },
  verification: { concepts: ['verification'], prefix: 'verif' },
  authorization: { concepts: ['authorization'], prefix: 'authoriz' },
  undocumented: { concepts: ['undocumented'], prefix: 'undoc' },
  detainer: { concepts: ['detainer'] },
  // government identifiers
  passport: { concepts: ['passport'], prefix: 'passp' },
  driver: { concepts: ['driver'] },
  license: { concepts: ['license'], prefix: 'licen' },
  // nationality and origin
  birth: { concepts: ['birth'] },
  born: { concepts: ['born'] },
  country: { concepts: ['country'], prefix: 'countr' },
  foreign: { concepts: ['foreign'], prefix: 'forei' },
  nationality: { concepts: ['nationality'], prefix: 'nationalit' },
  // Not sensitive on its own, listed so that `ntnl` (national or nationality?) is left alone.
  national: { concepts: ['national'] },
  origin: { concepts: ['origin'], prefix: 'origi' },
  ancestry: { concepts: ['ancestry'], prefix: 'ancest' },
  arrival: { concepts: ['arrival'], prefix: 'arriv' },
  // `ARRVD_DT`, `Date Arrvd US`: the past participle's skeleton.
  arrived: { concepts: ['arrival'] },
  native: { concepts: ['native'], prefix: 'nativ' },
  place: { concepts: ['place'] },
  // language
  language: { concepts: ['language'], prefix: 'langua' },
  interpreter: { concepts: ['interpreter'], prefix: 'interpret' },
  translator: { concepts: ['translator'] },
  translation: { concepts: ['translation'] },
  proficiency: { concepts: ['proficiency'], prefix: 'profici' },
  preferred: { concepts: ['preferred'], prefix: 'prefer' },
  primary: { concepts: ['primary'], prefix: 'primar' },
  english: { concepts: ['english'], prefix: 'engli' },
  spoken: { concepts: ['speak'] },
  // religion
  religion: { concepts: ['religion'], prefix: 'religi' },
  religious: { concepts: ['religion'], prefix: 'religi' },
  denomination: { concepts: ['denomination'], prefix: 'denominat' },
  congregation: { concepts: ['congregation'], prefix: 'congregat' },
  worship: { concepts: ['worship'], prefix: 'worsh' },
  church: { concepts: ['church'] },
  chaplain: { concepts: ['chaplain'], prefix: 'chapla' },
  // Spanish
  nacionalidad: { concepts: ['nationality'], prefix: 'nacionalid' },
  nacimiento: { concepts: ['birth'], prefix: 'nacim' },
  pasaporte: { concepts: ['passport'], prefix: 'pasapo' },
  extranjero: { concepts: ['foreigner'], prefix: 'extranj' },
  migratorio: { concepts: ['immigration'], prefix: 'migratori' },
  inmigracion: { concepts: ['immigration'], prefix: 'inmig' },
  naturalizacion: { concepts: ['naturalization'], prefix: 'naturaliz' },
  ciudadania: { concepts: ['citizenship'], prefix: 'ciudada' },
  interprete: { concepts: ['interpreter'], prefix: 'interpret' },
};

/**
 * Common data-dictionary abbreviations that look like the skeleton of a target but mean something
 * else; they are never expanded.
 */
const NOT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'cnt', 'cnty', 'cntl', 'cntrl', 'mgr', 'mgrs', 'img', 'imgs', 'org', 'orgs', 'prm', 'prms', 'prf', 'prfx', 'trn', 'trns',
  'alen', 'cont', 'chap', 'prim', 'prof', 'perm', 'prmt', 'prmts', 'prmtd',
]);

const VOWELS = 'aeiouy';

/**
 * The consonant skeleton of a lower-case word: its first letter, then its consonants (`y` counts
 * as a vowel) with doubled letters written once.
 * @example
 * _skeleton('passport') // 'psprt'
 * _skeleton('naturalization') // 'ntrlztn'
 */
export function _skeleton(word: string): string {
  let out = word.charAt(0);
  for (const ch of word.slice(1)) {
    if (VOWELS.includes(ch)) continue;
    if (out.charAt(out.length - 1) !== ch) out += ch;
  }
  return out;
}

function _vowelsAfterFirst(word: string): number {
  let n = 0;
  for (const ch of word.slice(1)) if ('aeiou'.includes(ch)) n++;
  return n;
}

function _isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

const TARGETS = Object.entries(ABBREVIATION_TARGETS).map(([word, target]) => ({ word, skeleton: _skeleton(word), ...target }));
const SAME = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * What a short form stands for, by truncation or consonant skeleton, or undefined when it stands
 * for none of {@link ABBREVIATION_TARGETS} or could stand for a common word. The caller checks the
 * lexicon, stopwords and known concepts first.
 * @example
 * _expandAbbreviation('ntrlz') // ['naturalization']
 * _expandAbbreviation('psprt') // ['passport']
 * _expandAbbreviation('natur') // undefined (nature, natural)
 * _expandAbbreviation('cnt') // undefined (count)
 */
export function _expandAbbreviation(token: string): readonly string[] | undefined {
  if (token.length < 3 || !/^[a-z]+$/.test(token) || NOT_ABBREVIATIONS.has(token)) return undefined;
  // Truncation: a proper prefix of the target, at least as long as its safe prefix.
  let truncated: readonly string[] | undefined;
  for (const t of TARGETS) {
    if (t.prefix === undefined || token.length < t.prefix.length || token.length >= t.word.length || !t.word.startsWith(token)) continue;
    if (truncated !== undefined && !SAME(truncated, t.concepts)) return undefined; // `residen`: resident or residence
    truncated = t.concepts;
  }
  if (truncated !== undefined) return truncated;
  // Skeleton: vowels only where the short form still spells the word out (`citz`, `natrlz`,
  // `congregatn`), enough consonants, one meaning.
  if (VOWELS.includes(token.charAt(0)) && token.length < 4) return undefined; // `org`, `img`, `ans`
  const vowels = _vowelsAfterFirst(token);
  const skeleton = _skeleton(token);
  let found: readonly string[] | undefined;
  for (const t of TARGETS) {
    if (!_isSubsequence(token, t.word)) continue;
    let common = 0;
    while (common < token.length && token[common] === t.word[common]) common++;
    if (common === token.length) continue; // a plain truncation: decided above
    if (_vowelsAfterFirst(token.charAt(0) + token.slice(Math.max(common, 1))) > 0) continue; // a vowel the word does not have there
    const prefix = t.skeleton.startsWith(skeleton);
    // A dropped consonant (`citizshp` for citizenship) is allowed once the first three match.
    if (!prefix && !(skeleton.slice(0, 3) === t.skeleton.slice(0, 3) && _isSubsequence(skeleton, t.skeleton))) continue;
    const loose = vowels === 0 && prefix;
    if (skeleton.length < (loose ? 3 : 4) || skeleton.length < Math.ceil(t.skeleton.length * (loose ? 0.5 : 0.6))) continue;
    if (found !== undefined && !SAME(found, t.concepts)) return undefined; // two meanings
    found = t.concepts;
  }
  return found;
}
