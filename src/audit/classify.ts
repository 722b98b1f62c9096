/**
 * The classifier: rules (rules.ts) over the concepts of each text of a field (tokenize.ts), then
 * the texts of one field combined. A field has several texts: its name, its label or title, its
 * description, its enum values or options, sample values. Each text gives at most one category
 * (its most specific, then strongest rule); a category's confidence over the texts is their
 * noisy-or, `1 − Π(1 − cᵢ)`. A weak finding (a bare `language`) is dropped when another text of
 * the same field says it is the language of a page or document. SharePoint and XML name escapes
 * (`_x0020_`) are decoded first ({@link _decodeXmlName}), then what a form's or a program's scaffolding
 * adds is blanked out: printed checkbox answers, PDF container segments, a reverse-domain package
 * ({@link _stripScaffolding}).
 * @module
 */
import { OptionInvalidError } from '../errors.js';
import { _categoryRank, isSensitiveCategory, type Category } from './categories.js';
import { AGGREGATE_WORDS } from './lexicon.js';
import { NEGATION_WINDOW, PERSON_PRACTICE, RULES, RULE_WINDOW, type Rule } from './rules.js';
import { _concepts, _notAsked, type _Concept } from './tokenize.js';
import { TYPO_FACTOR } from './typos.js';
import { _countShapes, _valueText } from './values.js';

/**
 * Where a piece of evidence was found: the field's name, its label or title, its description, its
 * enum values or options, or sample values.
 * @example
 * const where: EvidenceSource = 'label';
 */
export type EvidenceSource = 'name' | 'label' | 'description' | 'enum' | 'values';

/**
 * Why a field got its category: the text that matched, the concept(s) it stands for and where it
 * was found. For `values` the text names a shape or a kind of wording and gives counts; it never
 * quotes a sample value.
 * @example
 * const e: Evidence = { where: 'name', text: 'ctzn_flg', concept: 'citizen' };
 */
export interface Evidence {
  readonly where: EvidenceSource;
  /** The matched words as written (for `values`, a description such as "A-number-shaped value"). */
  readonly text: string;
  /** The concept(s) matched, joined by `+`, e.g. `country+birth`. */
  readonly concept: string;
  /** For `values` and `enum`: how many values matched... */
  readonly count?: number;
  /** ...out of how many non-empty values. */
  readonly of?: number;
}

/**
 * The category of one field or question.
 * @example
 * const c: FieldClassification = classifyField('pref_lang');
 * // { category: 'LANGUAGE_PROXY', sensitive: true, confidence: 0.9, evidence: [...], also: [] }
 */
export interface FieldClassification {
  readonly category: Category;
  readonly sensitive: boolean;
  /** In 0..1, two decimals: for a sensitive category, how sure; for `NONE`, 1 minus the strongest sensitive signal. */
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
  /** Other sensitive categories that also passed the threshold, strongest first. */
  readonly also: readonly Category[];
}

/**
 * Options of the classifier.
 * @example
 * classifyField('language', { minConfidence: 0.7 }).category // 'NONE' (a bare "language" scores 0.6)
 */
export interface ClassifyOptions {
  /** A sensitive category is given only from this confidence on; default 0.5. Outside 0..1 it is refused with `OPTION_INVALID`. */
  minConfidence?: number;
}

/** One text of a field, for {@link _classifySources}. */
export interface _Text {
  readonly where: Exclude<EvidenceSource, 'enum' | 'values'>;
  readonly text: string;
  /** Multiplies the confidence of what this text finds (context such as a fieldset legend counts less); default 1. */
  readonly weight?: number;
}

/** Everything known about one field. */
export interface _FieldSources {
  readonly texts: readonly _Text[];
  /** Enum values, options, radio and checkbox labels. */
  readonly options?: readonly unknown[];
  /** Sample values (CSV rows, JSON Schema examples). */
  readonly values?: readonly unknown[];
}

interface _Hit {
  readonly category: Exclude<Category, 'NONE'>;
  readonly confidence: number;
  readonly rule: Rule;
  readonly evidence: Evidence;
}

interface _TextResult {
  readonly best: _Hit | undefined;
  readonly others: readonly _Hit[];
  /** Concepts some rule found but a neighbour cancelled. */
  readonly vetoed: ReadonlySet<string>;
}

const EVIDENCE_MAX = 80;
const WEAK = 0.7;

function _positions(concepts: readonly _Concept[], word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < concepts.length; i++) if (concepts[i]!.word === word) out.push(i);
  return out;
}

/**
 * Tries one rule on a concept list: the matched positions, 'vetoed', or undefined. `personal`: the
 * text says what a person does (speak, observe...), so the rule's `things` do not cancel it.
 */
function _tryRule(rule: Rule, concepts: readonly _Concept[], personal: boolean): number[] | 'vetoed' | undefined {
  const first = _positions(concepts, rule.all[0]!);
  if (first.length === 0) return undefined;
  let vetoed = false;
  for (const anchor of first) {
    const matched = [anchor];
    let complete = true;
    for (const word of rule.all.slice(1)) {
      let nearest = -1;
      for (const p of _positions(concepts, word)) {
        if (nearest < 0 || Math.abs(p - anchor) < Math.abs(nearest - anchor)) nearest = p;
      }
      if (nearest < 0) {
        complete = false;
        break;
      }
      matched.push(nearest);
    }
    if (!complete) return undefined; // a word is missing altogether
    if (Math.max(...matched) - Math.min(...matched) > RULE_WINDOW) continue;
    if ((rule.unless && _cancelled(rule.unless, matched, concepts)) || (rule.things && !personal && _cancelled(rule.things, matched, concepts))) {
      vetoed = true;
      continue;
    }
    return matched;
  }
  return vetoed ? 'vetoed' : undefined;
}

function _cancelled(unless: readonly string[], matched: readonly number[], concepts: readonly _Concept[]): boolean {
  for (const p of matched) {
    for (let q = Math.max(0, p - NEGATION_WINDOW); q <= Math.min(concepts.length - 1, p + NEGATION_WINDOW); q++) {
      if (!matched.includes(q) && unless.includes(concepts[q]!.word)) return true;
    }
  }
  return false;
}

/**
 * Within one text: the rule with more concepts (the more specific reading) wins, unless the other
 * is clearly stronger (by 0.1 or more): "Tipo de visa con la que ingresó al país" is about a visa
 * (0.85) more than about entry to a country (0.75).
 */
function _better(a: _Hit, b: _Hit): boolean {
  if (a.rule.all.length !== b.rule.all.length) {
    if (Math.abs(a.confidence - b.confidence) >= 0.1 - 1e-9) return a.confidence > b.confidence;
    return a.rule.all.length > b.rule.all.length;
  }
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return _categoryRank(a.category) < _categoryRank(b.category);
}

const XML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Decodes the XML name escapes that SharePoint, Power Apps and .NET `XmlConvert` write for characters
 * a name may not hold: `_x0020_` is a space, `_x00ed_` is "í" (`Pa_x00ed_s_x0020_de_x0020_Nacimiento`
 * is "País de Nacimiento"). Evidence then quotes the decoded text. Escapes of control characters and
 * surrogates are left as written (internal).
 * @example
 * _decodeXmlName('Pa_x00ed_s_x0020_de_x0020_Nacimiento') // 'País de Nacimiento'
 */
export function _decodeXmlName(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(XML_ESCAPE, (whole, hex: string) => {
    const code = parseInt(hex, 16);
    return code < 0x20 || (code >= 0xd800 && code <= 0xdfff) ? whole : String.fromCharCode(code);
  });
}

/**
 * Yes/no answer boxes printed with a checkbox label ("☐ Yes ☐ No  Text me in Spanish", "[ ] Sí [ ]
 * No", "( ) Y ( ) N"): the answers are not part of the question (a printed "No" would read as a
 * negation or a number).
 */
const CHECKBOX_ANSWER = /(?:[☐☑☒□■◻◼▢○◯●❑❒]|\[\s?[xX✓]?\s?\]|\(\s?[xX✓]?\s?\))\s*(?:yes|no|s[ií]|n\/a|y|n)(?=[\s.,;:/|)]|$)/giu;
/**
 * Structural segments of PDF form field paths (XFA and AcroForm: `form1[0].Page1[0].Nationality[0]`,
 * `topmostSubform[0].#subform[2].CountryOfBirth[0]`): the form, page and subform containers name no
 * concept (a "page" would read as the language of a page).
 */
const PDF_CONTAINER = /(?:^|(?<=\.))(?:topmostsubform|#?subform\d*|form\d*|page\d+|#?pageset|masterpages?\d*|#area|body\d*)\[\d+\]\.?/giu;
/**
 * The package of a fully qualified Java, C# or protobuf name, written as a reverse domain
 * (`gov.city.events.Envelope.originSystem`, `com.acme.hr.Employee.nationality`): the lower-case
 * package names where the code lives, not what the field holds. Only before a capitalized type
 * name, so a dotted column (`us.citz.yn`) is left whole.
 */
const REVERSE_DOMAIN_PACKAGE = /^(?:com|org|gov|net|io|edu|mil|us|uk|es|mx|co)\.(?:[a-z][a-z0-9_]*\.)+(?=[A-Z])/u;
const blank = (m: string): string => ' '.repeat(m.length);

/**
 * Removes what a form's or a program's scaffolding adds to a field name and does not ask: checkbox
 * answers, PDF container segments and a reverse-domain package. Offsets are kept (each removed
 * character becomes a space), so evidence still quotes the original text (internal).
 * @example
 * _stripScaffolding('topmostSubform[0].Page1[0].Nationality[0]').trim() // 'Nationality[0]'
 */
export function _stripScaffolding(text: string): string {
  let out = text;
  if (/[☐☑☒□■◻◼▢○◯●❑❒[(]/u.test(out)) out = out.replace(CHECKBOX_ANSWER, blank);
  if (out.includes('[')) out = out.replace(PDF_CONTAINER, blank);
  if (out.includes('.')) out = out.replace(REVERSE_DOMAIN_PACKAGE, blank);
  return out;
}

/** Classifies one text on its own (internal). */
export function _classifyText(raw: string, where: EvidenceSource, weight = 1): _TextResult {
  const decoded = _decodeXmlName(raw);
  const text = where === 'enum' || where === 'values' ? decoded : _stripScaffolding(decoded);
  const vetoed = new Set<string>();
  // A notice that something will not be asked ("No le preguntaremos sobre su estatus migratorio") collects nothing.
  if (where !== 'enum' && where !== 'values' && _notAsked(text)) return { best: undefined, others: [], vetoed };
  const concepts = _concepts(text);
  if (concepts.length === 0) return { best: undefined, others: [], vetoed };
  const aggregate = concepts.some((c) => AGGREGATE_WORDS.has(c.word)) ? 0.8 : 1;
  const personal = concepts.some((c) => PERSON_PRACTICE.includes(c.word));
  const hits: _Hit[] = [];
  for (const rule of RULES) {
    const result = _tryRule(rule, concepts, personal);
    if (result === undefined) continue;
    if (result === 'vetoed') {
      for (const w of rule.all) vetoed.add(w);
      continue;
    }
    const start = Math.min(...result.map((p) => concepts[p]!.start));
    const end = Math.max(...result.map((p) => concepts[p]!.end));
    let quoted = decoded.slice(start, end);
    if (quoted.length > EVIDENCE_MAX) quoted = `${quoted.slice(0, EVIDENCE_MAX - 1)}…`;
    hits.push({
      category: rule.category,
      confidence: rule.weight * weight * aggregate * (result.some((p) => concepts[p]!.typo === true) ? TYPO_FACTOR : 1),
      rule,
      evidence: { where, text: quoted, concept: rule.all.join('+') },
    });
  }
  let best: _Hit | undefined;
  for (const hit of hits) if (best === undefined || _better(hit, best)) best = hit;
  return { best, others: hits.filter((h) => h !== best), vetoed };
}

/** Per category: the confidences of the texts that found it, and their evidence. */
type _Tally = Map<Exclude<Category, 'NONE'>, { confidences: number[]; evidence: Evidence[] }>;

function _add(tally: _Tally, category: Exclude<Category, 'NONE'>, confidence: number, evidence: readonly Evidence[]): void {
  let entry = tally.get(category);
  if (!entry) tally.set(category, (entry = { confidences: [], evidence: [] }));
  entry.confidences.push(confidence);
  entry.evidence.push(...evidence);
}

/**
 * Enum values, options or sample values, classified one by one. A category counts when at least
 * two values show it, or one does with confidence 0.9 or more: a single "Visa" among payment
 * methods or a single "citizen" among user types is not enough.
 */
function _addValueTerms(tally: _Tally, values: readonly string[], where: 'enum' | 'values'): void {
  const per = new Map<Exclude<Category, 'NONE'>, { count: number; max: number; evidence: Evidence[]; concepts: Set<string> }>();
  for (const value of values) {
    const { best } = _classifyText(value, where);
    if (!best) continue;
    let entry = per.get(best.category);
    if (!entry) per.set(best.category, (entry = { count: 0, max: 0, evidence: [], concepts: new Set() }));
    entry.count++;
    entry.max = Math.max(entry.max, best.confidence);
    entry.concepts.add(best.evidence.concept);
    if (where === 'enum' && entry.evidence.length < 5) entry.evidence.push(best.evidence);
  }
  for (const [category, entry] of per) {
    if (entry.count < 2 && entry.max < 0.9) continue;
    const confidence = entry.count >= 2 ? Math.min(0.95, entry.max + 0.1) : entry.max;
    const evidence: Evidence[] =
      where === 'enum'
        ? entry.evidence.map((e) => ({ ...e, count: entry.count, of: values.length }))
        : [{ where, text: 'wording of this category in sample values', concept: [...entry.concepts].join(','), count: entry.count, of: values.length }];
    _add(tally, category, confidence, evidence);
  }
}

/** Sample values: shapes (one match is enough) and wording. */
function _addValues(tally: _Tally, values: readonly unknown[]): void {
  const texts: string[] = [];
  for (const v of values) {
    const t = _valueText(v);
    if (t !== undefined && t.trim() !== '') texts.push(t);
  }
  if (texts.length === 0) return;
  for (const [shape, count] of _countShapes(texts)) {
    const confidence = Math.min(0.99, 0.6 + (0.4 * count) / texts.length);
    _add(tally, shape.category, confidence, [{ where: 'values', text: shape.label, concept: shape.concept, count, of: texts.length }]);
  }
  _addValueTerms(tally, texts, 'values');
}

/** The other categories above the threshold: from other texts, then from weaker readings of the same texts. */
function _also(
  rest: readonly { category: Exclude<Category, 'NONE'>; confidence: number }[],
  secondary: ReadonlyMap<Exclude<Category, 'NONE'>, number>,
  winner: Category,
  min: number,
): Category[] {
  const best = new Map<Exclude<Category, 'NONE'>, number>();
  for (const r of rest) best.set(r.category, r.confidence);
  for (const [category, confidence] of secondary) best.set(category, Math.max(best.get(category) ?? 0, confidence));
  best.delete(winner as Exclude<Category, 'NONE'>);
  return [...best]
    .filter(([, c]) => c >= min)
    .sort((a, b) => b[1] - a[1] || _categoryRank(a[0]) - _categoryRank(b[0]))
    .map(([category]) => category);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Classifies a field from all its texts (internal; the public entry points build the sources). */
export function _classifySources(sources: _FieldSources, options: ClassifyOptions = {}): FieldClassification {
  const min = options.minConfidence ?? 0.5;
  if (typeof min !== 'number' || !(min >= 0 && min <= 1)) {
    throw new OptionInvalidError('minConfidence must be a number from 0 to 1', { option: 'minConfidence' });
  }
  const results = sources.texts.map((t) => ({ text: t, result: _classifyText(t.text, t.where, t.weight ?? 1) }));
  const tally: _Tally = new Map();
  const secondary = new Map<Exclude<Category, 'NONE'>, number>();
  for (const { result } of results) {
    for (const other of result.others) secondary.set(other.category, Math.max(secondary.get(other.category) ?? 0, other.confidence));
    const hit = result.best;
    if (!hit) continue;
    if (hit.confidence < WEAK) {
      const cancelledElsewhere = results.some((o) => o.result !== result && hit.rule.all.some((w) => o.result.vetoed.has(w)));
      if (cancelledElsewhere) continue;
    }
    _add(tally, hit.category, hit.confidence, [hit.evidence]);
  }
  if (sources.options && sources.options.length > 0) {
    const texts: string[] = [];
    for (const o of sources.options) {
      const t = _valueText(o);
      if (t !== undefined && t.trim() !== '') texts.push(t);
    }
    _addValueTerms(tally, texts, 'enum');
  }
  if (sources.values && sources.values.length > 0) _addValues(tally, sources.values);

  const scored = [...tally].map(([category, entry]) => ({
    category,
    confidence: Math.min(0.99, 1 - entry.confidences.reduce((p, c) => p * (1 - c), 1)),
    evidence: entry.evidence,
  }));
  scored.sort((a, b) => b.confidence - a.confidence || _categoryRank(a.category) - _categoryRank(b.category));
  const top = scored[0];
  if (!top || top.confidence < min) {
    return { category: 'NONE', sensitive: false, confidence: round2(1 - (top?.confidence ?? 0)), evidence: [], also: [] };
  }
  return {
    category: top.category,
    sensitive: isSensitiveCategory(top.category),
    confidence: round2(top.confidence),
    evidence: top.evidence,
    also: _also(scored.slice(1), secondary, top.category, min),
  };
}

/**
 * Classifies one field name, column name or question, in English or Spanish: camelCase,
 * snake_case, kebab-case and legacy abbreviations (`ctzn_flg`, `pob`, `alien_no`, `pref_lang`,
 * `immig_stat_cd`). `where` says what the text is, for the evidence (default `name`). Never
 * throws on a string; anything else is classified as the empty text.
 * @example
 * classifyField('ctzn_flg').category // 'CITIZENSHIP_IMMIGRATION'
 * classifyField('¿Necesita un intérprete?').category // 'LANGUAGE_PROXY'
 * classifyField('citation_id').category // 'NONE'
 */
export function classifyField(text: string, options: ClassifyOptions & { where?: 'name' | 'label' | 'description' } = {}): FieldClassification {
  const where = options.where ?? 'name';
  return _classifySources({ texts: [{ where, text: typeof text === 'string' ? text : '' }] }, options);
}
