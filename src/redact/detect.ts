/**
 * `detect()`: run detectors, keep the spans that score enough, and resolve overlaps.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { builtinBit, defaultDetectors } from './detectors.js';
import { scanBuiltins } from './scanner.js';
import { DEFAULT_MIN_SCORE, type DetectOptions, type Detector, type Span } from './types.js';

/**
 * Non-overlapping spans from candidates: the highest score wins, then the longest, then the
 * earliest; the result is sorted by start.
 * @example resolveOverlaps([{ type: 'SSN', start: 0, end: 9, score: 0.3 }, { type: 'A_NUMBER', start: 0, end: 9, score: 0.95 }]) // the A_NUMBER
 */
export function resolveOverlaps(candidates: readonly Span[]): Span[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  // Overlaps only matter within a run of transitively overlapping candidates: resolve each run
  // on its own (the same result as one greedy pass over all, in O(n log n)).
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    let end = byStart[i]!.end;
    while (j < byStart.length && byStart[j]!.start < end) end = Math.max(end, byStart[j++]!.end);
    if (j === i + 1) kept.push(byStart[i]!);
    else kept.push(...resolveCluster(byStart.slice(i, j)));
    i = j;
  }
  return kept;
}

/** Greedy resolution of one run of overlapping candidates: best first, kept when it overlaps nothing kept. */
function resolveCluster(cluster: Span[]): Span[] {
  cluster.sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  const kept: Span[] = [];
  for (const span of cluster) if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/** Checks one span from a custom detector; returns it with the detector's type when it has none. */
function checkedSpan(span: Span, text: string, detector: Detector): Span {
  const where = `detector "${detector.type}"`;
  if (typeof span !== 'object' || span === null) throw new OptionInvalidError(`${where} returned a span that is not an object`, { option: 'detectors' });
  const type = span.type ?? detector.type;
  const { start, end, score } = span;
  if (typeof type !== 'string' || type.length === 0) throw new OptionInvalidError(`${where} returned a span without a type`, { option: 'detectors' });
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new OptionInvalidError(`${where} returned a span with offsets outside the text or empty`, { option: 'detectors' });
  }
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
    throw new OptionInvalidError(`${where} returned a score outside [0, 1]`, { option: 'detectors' });
  }
  return type === span.type ? span : { type, start, end, score };
}

/**
 * Validated options: the built-in bit mask, the custom detectors, the type filter and the minimum score.
 * @example const plan: DetectPlan = planDetection({ types: ['SSN'], minScore: 0.7 });
 */
export interface DetectPlan {
  builtins: number;
  custom: readonly Detector[];
  types: ReadonlySet<string> | undefined;
  minScore: number;
}

/**
 * Checks detection options once (the redaction functions reuse the plan for many texts).
 * @example planDetection({ types: ['SSN'] }).builtins // BIT.SSN
 */
export function planDetection(options: DetectOptions = {}): DetectPlan {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object', { option: 'options' });
  // The default plan (every built-in detector, the default minimum score) is made once: `detect`
  // and `redactText` called text by text would otherwise make it again for each.
  if (options.detectors === undefined && options.types === undefined && options.minScore === undefined) {
    return (defaultPlan ??= Object.freeze(makePlan(options)));
  }
  return makePlan(options);
}

let defaultPlan: DetectPlan | undefined;

function makePlan(options: DetectOptions): DetectPlan {
  const detectors = options.detectors ?? defaultDetectors;
  if (!Array.isArray(detectors)) throw new OptionInvalidError('detectors must be an array of detectors', { option: 'detectors' });
  let builtins = 0;
  const custom: Detector[] = [];
  const known = new Set<string>();
  for (const d of detectors as readonly Detector[]) {
    if (!d || typeof d.detect !== 'function' || typeof d.type !== 'string' || d.type.length === 0) {
      throw new OptionInvalidError('each detector needs a non-empty `type` and a `detect(text)` function', { option: 'detectors' });
    }
    known.add(d.type);
    const bit = builtinBit(d);
    if (bit) builtins |= bit;
    else custom.push(d);
  }
  let types: Set<string> | undefined;
  if (options.types !== undefined) {
    if (!Array.isArray(options.types) || !options.types.every((t) => typeof t === 'string')) {
      throw new OptionInvalidError('types must be an array of type names', { option: 'types' });
    }
    types = new Set(options.types);
    for (const t of types) {
      if (!known.has(t)) throw new OptionInvalidError(`types: no detector reports "${t}" (known: ${[...known].join(', ')})`, { option: 'types' });
    }
    let mask = 0;
    for (const d of detectors as readonly Detector[]) if (types.has(d.type)) mask |= builtinBit(d);
    builtins &= mask;
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) {
    throw new OptionInvalidError('minScore must be a number from 0 to 1', { option: 'minScore' });
  }
  return { builtins, custom, types, minScore };
}

/**
 * What the detectors found in `text` under a prepared plan (see {@link planDetection}): the
 * candidates that score enough to be reported, overlapping (`detect` resolves the overlaps,
 * redaction merges them), and every candidate (any score, 0 included), among which redaction
 * looks for other occurrences of the detected values.
 * @example detectCandidates('SSN 412-55-7183', planDetection()).reported
 */
export function detectCandidates(text: string, plan: DetectPlan): { reported: Span[]; candidates: Span[] } {
  if (typeof text !== 'string') throw new InputInvalidError('text must be a string', { field: 'text' });
  const candidates = scanBuiltins(text, plan.builtins);
  for (const detector of plan.custom) {
    const found = detector.detect(text);
    if (!Array.isArray(found)) throw new OptionInvalidError(`detector "${detector.type}" did not return an array`, { option: 'detectors' });
    for (const raw of found) {
      const span = checkedSpan(raw, text, detector);
      if (!plan.types || plan.types.has(span.type)) candidates.push(span);
    }
  }
  return { reported: candidates.filter((s) => s.score > 0 && s.score >= plan.minScore), candidates };
}

/**
 * Spans of `text` under a prepared plan (see {@link planDetection}).
 * @example detectWithPlan('SSN 412-55-7183', planDetection())
 */
export function detectWithPlan(text: string, plan: DetectPlan): Span[] {
  return resolveOverlaps(detectCandidates(text, plan).reported);
}

/**
 * The identifiers in `text`: spans `{ type, start, end, score }` with JavaScript string offsets
 * (end exclusive), sorted by start, never overlapping (where candidates overlap, the highest score
 * wins, then the longest). By default all ten built-in types are detected and spans scoring below
 * 0.5 are left out; a span never scores 0, even with `minScore: 0`.
 * @example
 * detect('Cliente: SSN 412-55-7183, A# 208803901, tel. (212) 555-0143');
 * // [{ type: 'SSN', start: 13, end: 24, score: 0.99 }, { type: 'A_NUMBER', start: 29, end: 38, score: 0.95 },
 * //  { type: 'PHONE', start: 45, end: 59, score: 0.97 }]
 */
export function detect(text: string, options: DetectOptions = {}): Span[] {
  return detectWithPlan(text, planDetection(options));
}
