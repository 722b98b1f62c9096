/**
 * Text redaction: detect, merge overlapping spans, replace each by its operator's output.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { detectCandidates, planDetection } from './detect.js';
import { withEchoes } from './echoes.js';
import { isBlindOperator, resolveOperator, type Operator, type OperatorSpec } from './operators.js';
import type { DetectOptions, Span } from './types.js';

/**
 * Options of {@link redactText} and {@link createTextRedactor}.
 * @example const options: RedactTextOptions = { operator: 'mask', operators: { EMAIL: 'remove' }, minScore: 0.6 };
 */
export interface RedactTextOptions extends DetectOptions {
  /** The operator for every type (default `'label'`). */
  operator?: OperatorSpec;
  /** Operators by type, overriding `operator`: `{ SSN: maskOperator({ keepLast: 4 }), EMAIL: 'remove' }`. */
  operators?: Readonly<Record<string, OperatorSpec>>;
  /**
   * Redact these spans instead of detecting (e.g. spans a reviewer corrected). They may overlap:
   * overlapping spans are merged. Offsets must lie inside the text.
   */
  spans?: readonly Span[];
}

/**
 * What {@link redactText} returns.
 * @example const { text, spans }: RedactTextResult = redactText(note);
 */
export interface RedactTextResult {
  /** The text with every span replaced. */
  text: string;
  /** The redacted spans, in the coordinates of the input text, sorted and not overlapping. */
  spans: Span[];
}

/**
 * Merges overlapping spans into one each (sorted by start): the merged span covers them all and
 * takes the type and score of the highest-scoring one (the first, on ties).
 * @example mergeSpans([{ type: 'PHONE', start: 0, end: 12, score: 0.6 }, { type: 'SSN', start: 4, end: 15, score: 0.9 }]) // [{ type: 'SSN', start: 0, end: 15, score: 0.9 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      const top = s.score > last.score ? s : last;
      out[out.length - 1] = { type: top.type, start: last.start, end: Math.max(last.end, s.end), score: top.score };
    } else {
      out.push(s);
    }
  }
  return out;
}

function checkSpans(spans: unknown, length: number): readonly Span[] {
  if (!Array.isArray(spans)) throw new OptionInvalidError('spans must be an array of { type, start, end, score }', { option: 'spans' });
  for (const s of spans as Span[]) {
    if (
      typeof s !== 'object' || s === null || typeof s.type !== 'string' || s.type === '' || !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start || s.end > length || typeof s.score !== 'number'
    ) {
      throw new OptionInvalidError('spans: each needs a type, integer offsets with start < end inside the text, and a score', { option: 'spans' });
    }
  }
  return spans as Span[];
}

/**
 * Replaces each span of `text` (sorted, not overlapping) by its operator's output. Refuses the
 * output of a custom, pseudonym or encrypt operator that still contains the value (unless the
 * operator reveals part on purpose).
 * @example applyOperators('SSN 412-55-7183', [{ type: 'SSN', start: 4, end: 15, score: 1 }], () => labelOperator()) // 'SSN [SSN]'
 */
export function applyOperators(text: string, spans: readonly Span[], operatorFor: (type: string) => Operator): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    const operator = operatorFor(span.type);
    const replacement = operator.apply(value, span);
    if (typeof replacement !== 'string') {
      throw new OptionInvalidError(`operator "${operator.name}" returned ${typeof replacement}, not a string`, { option: 'operator' });
    }
    if (!operator.revealsPart && !isBlindOperator(operator) && value.trim() !== '' && replacement.includes(value)) {
      throw new OptionInvalidError(`operator "${operator.name}" returned text that contains the ${span.type} value`, { option: 'operator' });
    }
    // An empty replacement between two non-space characters leaves a space: removing a value
    // must not glue its neighbours into something new (`0000:` + `:` would read as an IPv6 address).
    const glued = replacement === '' && span.start > 0 && span.end < text.length && !/\s/.test(text[span.start - 1]!) && !/\s/.test(text[span.end]!);
    out += text.slice(at, span.start) + (glued ? ' ' : replacement);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * Prepares redaction once (detection plan, operators) for many texts.
 * @example
 * const redact = createTextRedactor({ operator: 'mask' });
 * notes.map((n) => redact(n).text);
 */
export function createTextRedactor(options: RedactTextOptions = {}): (text: string) => RedactTextResult {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object', { option: 'options' });
  const plan = options.spans === undefined ? planDetection(options) : undefined;
  const fallback = resolveOperator(options.operator);
  const byType = new Map<string, Operator>();
  if (options.operators !== undefined) {
    if (typeof options.operators !== 'object' || options.operators === null) {
      throw new OptionInvalidError('operators must map types to operators', { option: 'operators' });
    }
    for (const [type, spec] of Object.entries(options.operators)) byType.set(type, resolveOperator(spec, `operators.${type}`));
  }
  const operatorFor = (type: string): Operator => byType.get(type) ?? fallback;
  const given = options.spans;
  return (text: string): RedactTextResult => {
    if (typeof text !== 'string') throw new InputInvalidError('text must be a string', { field: 'text' });
    let spans: Span[];
    if (plan) {
      // Overlapping detections are merged, not resolved: a value that lost an overlap is still redacted.
      const found = detectCandidates(text, plan);
      spans = withEchoes(text, mergeSpans(found.reported), found.candidates);
    } else {
      spans = mergeSpans(checkSpans(given, text.length));
    }
    return { text: applyOperators(text, spans, operatorFor), spans };
  };
}

/**
 * Redacts the identifiers in `text`: detects them (or takes `spans`), merges overlapping ones
 * (where `detect` would keep only the best, all are redacted), adds the other occurrences of each detected value (`412557183` elsewhere in a text where
 * `SSN 412-55-7183` was found, even after a label that would otherwise make it something else),
 * and replaces each span with its operator's output (`[SSN]` by default). Returns the new text
 * and the spans (in the input's coordinates) for review. The output never contains a detected
 * value, with or without its separators, unless an operator such as
 * `maskOperator({ keepLast: 4 })` keeps part of it on purpose.
 * @example
 * redactText('Cliente con SSN 412-55-7183, tel. 212-555-0143').text
 * // 'Cliente con SSN [SSN], tel. [PHONE]'
 * @example
 * redactText(note, { operator: 'mask', operators: { EMAIL: 'remove' } })
 */
export function redactText(text: string, options: RedactTextOptions = {}): RedactTextResult {
  return createTextRedactor(options)(text);
}
