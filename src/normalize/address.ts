/**
 * Postal addresses: a canonical form in the spirit of USPS Publication 28 (upper case, no
 * punctuation, standard abbreviations), so that common spelling variants of one address agree.
 * @module
 */
import { _FORMAT_CHARS, _LONE_SURROGATE, _MARKS, _PRINTABLE_ASCII, _RARE_CHARS, _fail, _requireString } from './_shared.js';

const KIND = 'address';

/**
 * The abbreviation table as plain data, one group per standard abbreviation: the abbreviation first,
 * then every spelling mapped to it. Street suffixes from USPS Publication 28 Appendix C1 (plus
 * BLVRD, a common variant not listed there), the eight directionals as Publication 28 abbreviates
 * them, and secondary unit designators from Appendix C2. Internal, exported for tests; frozen.
 * @example _ADDRESS_WORD_GROUPS.find((group) => group.includes('AVENUE'))?.[0] // 'AVE'
 */
export const _ADDRESS_WORD_GROUPS: readonly (readonly string[])[] = /* @__PURE__ */ Object.freeze(
  [
    // Street suffixes (Publication 28, Appendix C1).
    ['ALY', 'ALLEY', 'ALLEE', 'ALLY'],
    ['ANX', 'ANNEX', 'ANEX', 'ANNX'],
    ['ARC', 'ARCADE'],
    ['AVE', 'AVENUE', 'AV', 'AVEN', 'AVENU', 'AVN', 'AVNUE'],
    ['BCH', 'BEACH'],
    ['BLF', 'BLUFF', 'BLUF'],
    ['BLVD', 'BOULEVARD', 'BOUL', 'BOULV', 'BLVRD'],
    ['BND', 'BEND'],
    ['BR', 'BRANCH', 'BRNCH'],
    ['BRG', 'BRIDGE', 'BRDGE'],
    ['BRK', 'BROOK'],
    ['BTM', 'BOTTOM', 'BOT', 'BOTTM'],
    ['BYP', 'BYPASS', 'BYPA', 'BYPAS', 'BYPS'],
    ['BYU', 'BAYOU', 'BAYOO'],
    ['CIR', 'CIRCLE', 'CIRC', 'CIRCL', 'CRCL', 'CRCLE'],
    ['CLF', 'CLIFF'],
    ['CLFS', 'CLIFFS'],
    ['COR', 'CORNER'],
    ['CRES', 'CRESCENT', 'CRSENT', 'CRSNT'],
    ['CRK', 'CREEK'],
    ['CSWY', 'CAUSEWAY', 'CAUSWA'],
    ['CT', 'COURT'],
    ['CTR', 'CENTER', 'CEN', 'CENT', 'CENTR', 'CENTRE', 'CNTER', 'CNTR'],
    ['CTS', 'COURTS'],
    ['CV', 'COVE'],
    ['DL', 'DALE'],
    ['DR', 'DRIVE', 'DRIV', 'DRV'],
    ['EST', 'ESTATE'],
    ['ESTS', 'ESTATES'],
    ['EXPY', 'EXPRESSWAY', 'EXP', 'EXPR', 'EXPRESS', 'EXPW'],
    ['EXT', 'EXTENSION', 'EXTN', 'EXTNSN'],
    ['FLD', 'FIELD'],
    ['FLDS', 'FIELDS'],
    ['FLS', 'FALLS'],
    ['FRST', 'FOREST', 'FORESTS'],
    ['FRY', 'FERRY', 'FRRY'],
    ['FT', 'FORT', 'FRT'],
    ['FWY', 'FREEWAY', 'FREEWY', 'FRWAY', 'FRWY'],
    ['GDN', 'GARDEN', 'GARDN', 'GRDEN', 'GRDN'],
    ['GDNS', 'GARDENS', 'GRDNS'],
    ['GLN', 'GLEN'],
    ['GRN', 'GREEN'],
    ['GRV', 'GROVE', 'GROV'],
    ['GTWY', 'GATEWAY', 'GATEWY', 'GATWAY', 'GTWAY'],
    ['HBR', 'HARBOR', 'HARB', 'HARBR', 'HRBOR'],
    ['HL', 'HILL'],
    ['HLS', 'HILLS'],
    ['HOLW', 'HOLLOW', 'HLLW', 'HOLLOWS', 'HOLWS'],
    ['HTS', 'HEIGHTS', 'HT'],
    ['HWY', 'HIGHWAY', 'HIGHWY', 'HIWAY', 'HIWY', 'HWAY'],
    ['IS', 'ISLAND', 'ISLND'],
    ['ISS', 'ISLANDS', 'ISLNDS'],
    ['JCT', 'JUNCTION', 'JCTION', 'JCTN', 'JUNCTN', 'JUNCTON'],
    ['KNL', 'KNOLL', 'KNOL'],
    ['LK', 'LAKE'],
    ['LKS', 'LAKES'],
    ['LN', 'LANE'],
    ['LNDG', 'LANDING', 'LNDNG'],
    ['LOOP', 'LOOPS'],
    ['MALL'],
    ['MDW', 'MEADOW'],
    ['MDWS', 'MEADOWS', 'MEDOWS'],
    ['ML', 'MILL'],
    ['MNR', 'MANOR'],
    ['MT', 'MOUNT', 'MNT'],
    ['MTN', 'MOUNTAIN', 'MNTAIN', 'MNTN', 'MOUNTIN', 'MTIN'],
    ['ORCH', 'ORCHARD', 'ORCHRD'],
    ['OVAL', 'OVL'],
    ['PARK', 'PRK', 'PARKS'],
    ['PATH', 'PATHS'],
    ['PIKE', 'PIKES'],
    ['PKWY', 'PARKWAY', 'PARKWY', 'PKWAY', 'PKY', 'PARKWAYS', 'PKWYS'],
    ['PL', 'PLACE'],
    ['PLN', 'PLAIN'],
    ['PLNS', 'PLAINS'],
    ['PLZ', 'PLAZA', 'PLZA'],
    ['PR', 'PRAIRIE', 'PRR'],
    ['PRT', 'PORT'],
    ['PT', 'POINT'],
    ['PTS', 'POINTS'],
    ['RADL', 'RADIAL', 'RAD', 'RADIEL'],
    ['RD', 'ROAD'],
    ['RDG', 'RIDGE', 'RDGE'],
    ['RDS', 'ROADS'],
    ['RIV', 'RIVER', 'RVR', 'RIVR'],
    ['RNCH', 'RANCH', 'RANCHES', 'RNCHS'],
    ['RTE', 'ROUTE'],
    ['SHR', 'SHORE', 'SHOAR'],
    ['SHRS', 'SHORES', 'SHOARS'],
    ['SMT', 'SUMMIT', 'SUMIT', 'SUMITT'],
    ['SPG', 'SPRING', 'SPNG', 'SPRNG'],
    ['SPGS', 'SPRINGS', 'SPNGS', 'SPRNGS'],
    ['SQ', 'SQUARE', 'SQR', 'SQRE', 'SQU'],
    ['SQS', 'SQUARES', 'SQRS'],
    ['ST', 'STREET', 'STRT', 'STR'],
    ['STA', 'STATION', 'STATN', 'STN'],
    ['STRM', 'STREAM', 'STREME'],
    ['STS', 'STREETS'],
    ['TER', 'TERRACE', 'TERR'],
    ['TPKE', 'TURNPIKE', 'TRNPK', 'TURNPK'],
    ['TRAK', 'TRACK', 'TRACKS', 'TRK', 'TRKS'],
    ['TRCE', 'TRACE', 'TRACES'],
    ['TRL', 'TRAIL', 'TRAILS', 'TRLS'],
    ['TRWY', 'THROUGHWAY'],
    ['TUNL', 'TUNNEL', 'TUNEL', 'TUNLS', 'TUNNELS', 'TUNNL'],
    ['VIA', 'VIADUCT', 'VDCT', 'VIADCT'],
    ['VIS', 'VISTA', 'VIST', 'VST', 'VSTA'],
    ['VL', 'VILLE'],
    ['VLG', 'VILLAGE', 'VILL', 'VILLAG', 'VILLG', 'VILLIAGE'],
    ['VLY', 'VALLEY', 'VALLY', 'VLLY'],
    ['VW', 'VIEW'],
    ['WALK', 'WALKS'],
    ['WAY', 'WY'],
    ['XING', 'CROSSING', 'CRSSNG'],
    // Directionals (Publication 28).
    ['N', 'NORTH'],
    ['S', 'SOUTH'],
    ['E', 'EAST'],
    ['W', 'WEST'],
    ['NE', 'NORTHEAST'],
    ['NW', 'NORTHWEST'],
    ['SE', 'SOUTHEAST'],
    ['SW', 'SOUTHWEST'],
    // Secondary unit designators (Publication 28, Appendix C2).
    ['APT', 'APARTMENT'],
    ['BLDG', 'BUILDING'],
    ['BSMT', 'BASEMENT'],
    ['DEPT', 'DEPARTMENT'],
    ['FL', 'FLOOR'],
    ['OFC', 'OFFICE'],
    ['PH', 'PENTHOUSE'],
    ['RM', 'ROOM'],
    ['SPC', 'SPACE'],
    ['STE', 'SUITE'],
    ['TRLR', 'TRAILER'],
    ['UNIT'],
  ].map((group) => Object.freeze(group)),
);

/** Every spelling (abbreviations included, mapped to themselves) → its abbreviation. */
const ABBREVIATION: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const map = new Map<string, string>();
  for (const group of _ADDRESS_WORD_GROUPS) {
    const abbreviation = group[0] as string;
    for (const word of group) map.set(word, abbreviation);
  }
  return map;
})();
const abbreviate = (word: string): string => ABBREVIATION.get(word) ?? word;
const WORD = /[^ ]+/g;

/**
 * Punctuation, symbols, separators and controls, except `#` and a `/` between two digits (`1/2`).
 * After NFKD and upper-casing. `[^\P{P}#/]` is "punctuation other than # and /".
 */
const SEPARATOR = /(?<!\d)\/|\/(?!\d)|[^\P{P}#/]|[\p{S}\p{Z}\p{Cc}\s]/gu;
/** `#` sticks to what follows it and is preceded by one space: `APT#4`, `APT # 4` → `APT #4`. */
const NUMBER_SIGN = / *#[ #]*/g;
const SPACES = / {2,}/g;
/** A vulgar fraction right after a digit (`12½`): NFKD would glue it into `121⁄2`, so a space goes first. */
const DIGIT_THEN_FRACTION = /(\d)([\u00bc-\u00be\u2150-\u215e])/gu;
const FRACTION_SLASH = /\u2044/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NO_LETTER_OR_DIGIT = 'holds no letter or digit';

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The steps of {@link normalizeAddress} for printable ASCII, in one pass and with the same result:
 * runs of letters and digits (and `/` between two digits) are words, upper-cased and abbreviated;
 * `#` is glued to the next word; everything else separates words.
 */
function asciiAddress(v: string): string {
  let out = '';
  let start = -1;
  let numberSign = false;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 0x20;
    const l = c | 0x20; // lower-cases A-Z, keeps digits
    if (
      (l >= 0x61 && l <= 0x7a) ||
      isAsciiDigit(c) ||
      (c === 0x2f /* / */ && isAsciiDigit(v.charCodeAt(i - 1)) && isAsciiDigit(v.charCodeAt(i + 1)))
    ) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const word = v.slice(start, i).toUpperCase();
      const mapped = numberSign ? '#' + word : abbreviate(word);
      out = out === '' ? mapped : out + ' ' + mapped;
      start = -1;
      numberSign = false;
    }
    if (c === 0x23 /* # */) numberSign = true;
  }
  if (numberSign) out = out === '' ? '#' : out + ' #';
  return out;
}

/**
 * Canonical form of a street address, e.g. `"123 North Main Street, Apartment 4B"` →
 * `"123 N MAIN ST APT 4B"`.
 *
 * Steps, in this order: remove format characters (`\p{Cf}`); put a space between a digit and a
 * vulgar fraction (`12½` → `12 ½`); NFKD; remove combining marks (`\p{M}`, folds accents:
 * `Peñalosa` → `PENALOSA`); upper-case (Unicode default, `ß` → `SS`); NFC; the fraction slash `⁄`
 * becomes `/`; every punctuation, symbol, separator or control character becomes a space, except
 * `#` and a `/` between two digits (`1/2`); `#` is written as ` #` glued to what follows
 * (`Apt. # 4` → `APT #4`); spaces are collapsed and trimmed; finally each word that is a street suffix
 * (USPS Publication 28 Appendix C1, with its common variants: `AVENUE`, `AV`, `AVEN` → `AVE`;
 * `STREET`, `STR` → `ST`; `BOULEVARD`, `BOUL`, `BLVRD` → `BLVD`; ...), a directional (`NORTH` → `N`,
 * `SOUTHWEST` → `SW`, ...) or a secondary unit designator (Appendix C2: `APARTMENT` → `APT`, `SUITE` →
 * `STE`, `FLOOR` → `FL`, `ROOM` → `RM`, `UNIT` stays) is replaced by its standard abbreviation.
 *
 * The mapping is word by word, without parsing the address: every occurrence of such a word is
 * abbreviated wherever it stands, so `Park Avenue` → `PARK AVE`, `Fort Washington Ave` →
 * `FT WASHINGTON AVE`, and a street named `North` becomes `N`. That is consistent (every spelling
 * of the address gets the same form), which is what matching and pseudonyms need, but the result is
 * not a USPS-standardized or validated address. Not unified: number words and ordinals (`Fifth` vs
 * `5th`), `Saint`/`St`, `#4` vs `Apt 4`, and ZIP+4 vs 5-digit ZIP; a hyphen in a Queens-style house
 * number (`86-15`) becomes a space like any hyphen. Letters of every script are kept, but, as in
 * `normalizeName`, the combining marks of every script are removed, not only Latin accents.
 *
 * Refuses, with `INPUT_INVALID` (field `address`): a non-string, a lone UTF-16 surrogate and a value
 * with no letter or digit. Messages never repeat the value.
 * @example normalizeAddress('123 North Main Street, Apt. #4B') // '123 N MAIN ST APT #4B'
 */
export function normalizeAddress(value: string): string {
  _requireString(KIND, value);
  let s: string;
  if (_PRINTABLE_ASCII.test(value)) return finishAscii(value);
  let t = value;
  if (_RARE_CHARS.test(t)) {
    if (_LONE_SURROGATE.test(t)) _fail(KIND, 'holds a lone UTF-16 surrogate, which has no UTF-8 form');
    t = t.replace(_FORMAT_CHARS, '');
  }
  s = t
    .replace(DIGIT_THEN_FRACTION, '$1 $2')
    .normalize('NFKD')
    .replace(_MARKS, '')
    .toUpperCase()
    .normalize('NFC')
    .replace(FRACTION_SLASH, '/');
  // Folding often leaves printable ASCII (`Peñalosa` → `PENALOSA`): finish on the fast path.
  if (_PRINTABLE_ASCII.test(s)) return finishAscii(s);
  s = s.replace(SEPARATOR, ' ').replace(NUMBER_SIGN, ' #').replace(SPACES, ' ').trim();
  if (!LETTER_OR_DIGIT.test(s)) _fail(KIND, NO_LETTER_OR_DIGIT);
  return s.replace(WORD, abbreviate);
}

function finishAscii(s: string): string {
  const out = asciiAddress(s);
  if (out === '' || out === '#') _fail(KIND, NO_LETTER_OR_DIGIT);
  return out;
}
