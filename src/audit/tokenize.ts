/**
 * From a field name or a question to the concepts the rules are written in. Three steps:
 * 1. split into words at separators, camelCase humps and letter/digit boundaries, keeping where each
 *    word is in the text (evidence quotes the original text);
 * 2. map each word to concepts: abbreviations and Spanish through lexicon.ts, and the words whose
 *    meaning depends on their neighbours here (`cit` is citizenship next to `stat`, a citation next
 *    to `no`; `us` is the country unless it follows "contact" or "about");
 * 3. drop stopwords and join multi-word concepts (`social security number` → `ssn`).
 * @module
 */
import { PHRASES, STOPWORDS, SURVEY_VARIABLES, TERMS } from './lexicon.js';
import { RULES } from './rules.js';

/** A word of the input, with its place in the text. */
export interface _Token {
  /** Lower case, accents removed. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A concept, with the span of the original text it came from. */
export interface _Concept {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Texts longer than this are read up to this length only: questions and descriptions are short. */
const MAX_TEXT = 2000;

const WORD = /[\p{L}\p{N}]+|#/gu;
const IS_DIGIT = /\p{N}/u;
const IS_UPPER = /\p{Lu}/u;
const IS_LOWER = /\p{Ll}/u;
const MARKS = /\p{M}+/gu;

function _norm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Splits one run of letters and digits at camelCase humps and letter/digit boundaries. */
function _splitRun(run: string, offset: number, out: _Token[]): void {
  let from = 0;
  const chars = Array.from(run);
  let pos = 0; // UTF-16 offset of chars[i]
  const positions: number[] = [];
  for (const ch of chars) {
    positions.push(pos);
    pos += ch.length;
  }
  positions.push(pos);
  let startIndex = 0;
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const cur = chars[i]!;
    const next = chars[i + 1];
    const digitEdge = IS_DIGIT.test(prev) !== IS_DIGIT.test(cur);
    const hump = IS_LOWER.test(prev) && IS_UPPER.test(cur);
    // "ITINNumber": split before the last capital of a run of capitals followed by a lower-case letter.
    const acronymEnd = IS_UPPER.test(prev) && IS_UPPER.test(cur) && next !== undefined && IS_LOWER.test(next);
    if (digitEdge || hump || acronymEnd) {
      from = positions[startIndex]!;
      out.push({ norm: _norm(run.slice(from, positions[i])), start: offset + from, end: offset + positions[i]! });
      startIndex = i;
    }
  }
  from = positions[startIndex]!;
  out.push({ norm: _norm(run.slice(from)), start: offset + from, end: offset + run.length });
}

/** The words of `text` with their offsets (internal). */
export function _tokenize(text: string): _Token[] {
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: _Token[] = [];
  for (const m of source.matchAll(WORD)) {
    if (m[0] === '#') out.push({ norm: '#', start: m.index, end: m.index + 1 });
    else _splitRun(m[0], m.index, out);
  }
  return out;
}

/**
 * The words of a field name or question: split at separators, camelCase and digits, lower-cased,
 * accents removed. Abbreviations are not expanded.
 * @example
 * splitFieldName('usCitizenYN') // ['us', 'citizen', 'yn']
 * splitFieldName('ITINNumber') // ['itin', 'number']
 * splitFieldName('país_de_nacimiento') // ['pais', 'de', 'nacimiento']
 */
export function splitFieldName(text: string): string[] {
  return _tokenize(text).map((t) => t.norm);
}

// --- context-dependent words -------------------------------------------------------------------

const NUMBER_WORDS = new Set(['no', 'num', 'nbr', 'number', 'nmbr', 'numero', 'nro', 'nr', '#']);
const STRONG_NUMBER_WORDS = new Set(['number', 'numero', '#']);
/** Words after which `a no`/`a num` is the A-number label. */
const A_PREV_OK = new Set([
  'alien', 'uscis', 'registration', 'reg', 'client', 'applicant', 'beneficiary', 'your', 'su', 'the', 'spouse',
  'child', 'number', 'numero', 'or', 'and', 'nbr', 'num', 'no', 'o', 'y', 'de', 'del', 'el', 'petitioner',
]);
/** Words after which `a number` is the English article and a number. */
const A_PREV_BAD = new Set([
  'enter', 'is', 'be', 'as', 'pick', 'choose', 'type', 'with', 'give', 'provide', 'add', 'into', 'assign',
  'assigned', 'was', 'not', 'like', 'select', 'input', 'write', 'put', 'use', 'only', 'must', 'contain', 'has',
  'have', 'there', 'get', 'need', 'call', 'dial', 'text', 'send', 'create', 'generate', 'choose',
]);
/** Words after which `us` is the pronoun. */
const US_PRONOUN_PREV = new Set([
  'contact', 'tell', 'email', 'call', 'about', 'join', 'help', 'give', 'let', 'send', 'with', 'write', 'visit',
  'follow', 'hear', 'heard', 'text', 'reach', 'for', 'from', 'let', 'told', 'gave', 'sent', 'chose', 'choose',
  'contacted', 'called', 'emailed', 'wrote', 'visited', 'joined', 'helped', 'among', 'of', 'all', 'both', 'ask',
]);
/** USCIS form numbers that follow `I-` (I-94 arrival record, I-485, I-765 work permit, I-797 notice...). */
const USCIS_FORMS = new Set(['9', '20', '90', '94', '130', '131', '140', '360', '485', '551', '589', '601', '765', '797', '821', '864']);
const N_FORMS = new Set(['400', '565', '600']);
const CIT_CONTEXT = new Set(['stat', 'status', 'sts', 'flag', 'flg', 'ind', 'indicator', 'cd', 'code', 'yn', 'country', 'ctry', 'cntry', 'verif', 'verification', 'proof', 'doc']);
const NAT_NATIONALITY = new Set(['cd', 'code', 'country', 'ctry', 'cntry', 'desc', 'stat', 'status']);
const NAT_NATIONAL = new Set(['id', 'ident', 'orig', 'origin']);
const NAT_NATURAL = new Set(['gas', 'res', 'resource', 'resources', 'area', 'areas', 'hist', 'history', 'park']);
const IMM_CONTEXT = new Set(['stat', 'status', 'sts', 'doc', 'document', 'cd', 'code', 'type', 'typ', 'visa', 'category', 'cat', 'class', 'cls']);
const ENG_CONTEXT = new Set([
  'prof', 'proficiency', 'lvl', 'level', 'spk', 'speak', 'speaks', 'learner', 'fluency', 'fluent', 'ability', 'read',
  'write', 'skills', 'class', 'classes', 'lang', 'language', 'ltd', 'limited', 'second',
]);
const PROF_CONTEXT = new Set(['eng', 'english', 'engl', 'lang', 'language', 'lvl', 'level', 'ingles']);
const DL_CONTEXT = new Set(['no', 'num', 'nbr', 'number', 'nmbr', '#', 'state', 'st', 'exp', 'expiration', 'class', 'issue', 'issued']);
const NAC_BIRTH = new Set(['fec', 'fecha', 'lug', 'lugar', 'pais', 'ciudad', 'dt', 'date', 'cd', 'country', 'cntry']);

/** Every word some rule or phrase is written in, for plural folding. */
const KNOWN = new Set<string>();
for (const rule of RULES) for (const w of [...rule.all, ...(rule.unless ?? [])]) KNOWN.add(w);
for (const [words, concept] of PHRASES) for (const w of [...words, concept]) KNOWN.add(w);
for (const list of Object.values(TERMS)) for (const w of list) KNOWN.add(w);

/** The concept words of one word that needs no context: the lexicon, else a folded plural, else itself. */
function _lookup(word: string): readonly string[] {
  const direct = TERMS[word];
  if (direct) return direct;
  if (word.length > 3 && word.endsWith('s')) {
    if (word.endsWith('es')) {
      const stem = word.slice(0, -2);
      const hit = TERMS[stem] ?? (KNOWN.has(stem) ? [stem] : undefined);
      if (hit) return hit;
    }
    const stem = word.slice(0, -1);
    const hit = TERMS[stem] ?? (KNOWN.has(stem) ? [stem] : undefined);
    if (hit) return hit;
  }
  return [word];
}

function _near(tokens: readonly _Token[], i: number, set: ReadonlySet<string>, span = 2): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    if (j !== i && set.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/** The concepts of `text`, in order, stopwords removed and phrases joined (internal). */
export function _concepts(text: string): _Concept[] {
  const tokens = _tokenize(text);
  const words: _Concept[] = [];
  if (tokens.length > 0 && tokens.length <= 2) {
    const whole = tokens.map((t) => t.norm).join('');
    const survey = SURVEY_VARIABLES[whole];
    if (survey) return survey.map((word) => ({ word, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end }));
  }
  const push = (list: readonly string[], start: number, end: number) => {
    for (const word of list) words.push({ word, start, end });
  };
  const immunization = tokens.some((t) => t.norm.startsWith('immun') || t.norm.startsWith('vacc') || t.norm.startsWith('vax'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const prev = tokens[i - 1]?.norm;
    const next = tokens[i + 1]?.norm;
    const nextEnd = tokens[i + 1]?.end ?? t.end;
    // "U.S.", "U.S.A.", "EE.UU.", "United States", "Estados Unidos": the country.
    if (w === 'u' && next === 's') {
      const third = tokens[i + 2]?.norm === 'a';
      push(['us'], t.start, third ? tokens[i + 2]!.end : nextEnd);
      i += third ? 2 : 1;
      continue;
    }
    if ((w === 'ee' && next === 'uu') || (w === 'united' && next === 'states') || (w === 'estados' && next === 'unidos')) {
      push(['us'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'usa' || w === 'eeuu') {
      push(['us'], t.start, t.end);
      continue;
    }
    if (w === 'us') {
      if (prev === undefined || !US_PRONOUN_PREV.has(prev)) push(['us'], t.start, t.end);
      continue;
    }
    if (w === '#') {
      push(['number'], t.start, t.end);
      continue;
    }
    // "A-Number", "A#", "A_NO": the alien registration number, unless "a" is the article.
    if (w === 'a') {
      if (next !== undefined && NUMBER_WORDS.has(next)) {
        const ok = prev === undefined || A_PREV_OK.has(prev) || (STRONG_NUMBER_WORDS.has(next) && !A_PREV_BAD.has(prev));
        if (ok) {
          push(['anumber'], t.start, nextEnd);
          i++;
        }
      }
      continue;
    }
    // "I-94", "I-765", "N-400": USCIS forms.
    if ((w === 'i' && next !== undefined && USCIS_FORMS.has(next)) || (w === 'n' && next !== undefined && N_FORMS.has(next))) {
      push(['uscisform'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'ss' && next !== undefined && NUMBER_WORDS.has(next)) {
      push(['ssn'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'sec') {
      push([prev === 'soc' || prev === 'social' ? 'security' : 'sec'], t.start, t.end);
      continue;
    }
    if (w === 'cit') {
      push([tokens.length === 1 || _near(tokens, i, CIT_CONTEXT) ? 'citizenship' : 'citation'], t.start, t.end);
      continue;
    }
    if (w === 'nat') {
      let concept = 'nat';
      if (tokens.length === 1 || _near(tokens, i, NAT_NATIONALITY, 1)) concept = 'nationality';
      if (_near(tokens, i, NAT_NATIONAL, 1)) concept = 'national';
      if (_near(tokens, i, NAT_NATURAL, 1)) concept = 'natural';
      push([concept], t.start, t.end);
      continue;
    }
    if (w === 'imm') {
      push([!immunization && _near(tokens, i, IMM_CONTEXT) ? 'immigration' : 'imm'], t.start, t.end);
      continue;
    }
    if (w === 'eng' || w === 'engl') {
      push([_near(tokens, i, ENG_CONTEXT) ? 'english' : w], t.start, t.end);
      continue;
    }
    if (w === 'prof') {
      push([_near(tokens, i, PROF_CONTEXT) ? 'proficiency' : 'prof'], t.start, t.end);
      continue;
    }
    if (w === 'dl') {
      push([_near(tokens, i, DL_CONTEXT) ? 'driverslicense' : 'dl'], t.start, t.end);
      continue;
    }
    if (w === 'nac') {
      push([_near(tokens, i, NAC_BIRTH) ? 'birth' : tokens.length === 1 ? 'nationality' : 'nac'], t.start, t.end);
      continue;
    }
    push(_lookup(w), t.start, t.end);
  }
  const kept = words.filter((c) => !STOPWORDS.has(c.word));
  return _joinPhrases(kept);
}

const PHRASES_LONGEST_FIRST = [...PHRASES].sort((a, b) => b[0].length - a[0].length);

/** Joins multi-word concepts, longest first, until nothing changes (at most three passes). */
function _joinPhrases(concepts: _Concept[]): _Concept[] {
  let current = concepts;
  for (let pass = 0; pass < 3; pass++) {
    const out: _Concept[] = [];
    let changed = false;
    for (let i = 0; i < current.length; ) {
      let joined = false;
      for (const [words, concept] of PHRASES_LONGEST_FIRST) {
        if (i + words.length > current.length) continue;
        let match = true;
        for (let k = 0; k < words.length; k++) {
          if (current[i + k]!.word !== words[k]) {
            match = false;
            break;
          }
        }
        if (!match) continue;
        out.push({ word: concept, start: current[i]!.start, end: current[i + words.length - 1]!.end });
        i += words.length;
        joined = true;
        changed = true;
        break;
      }
      if (!joined) {
        out.push(current[i]!);
        i++;
      }
    }
    current = out;
    if (!changed) break;
  }
  return current;
}
