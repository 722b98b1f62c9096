/**
 * The built-in detectors as plug-in objects, and a helper to make simple custom ones.
 * @module
 */
import { OptionInvalidError } from '../errors.js';
import { BIT, type BuiltinType } from './builtin-types.js';
import { scanBuiltins } from './scanner.js';
import type { Detector, Span } from './types.js';

/** Built-in detector objects and their bits: `detect()` runs one scan for all of them. */
const BUILTIN_BITS = new WeakMap<Detector, number>();

/**
 * The bit mask of a built-in detector object, or 0 for any other detector (internal).
 * @example builtinBit(ssnDetector) // BIT.SSN
 */
export function builtinBit(detector: Detector): number {
  return BUILTIN_BITS.get(detector) ?? 0;
}

function builtin(type: BuiltinType): Detector {
  const bit = BIT[type];
  const detector: Detector = Object.freeze({
    type,
    detect: (text: string): Span[] => scanBuiltins(text, bit).filter((s) => s.score > 0),
  });
  BUILTIN_BITS.set(detector, bit);
  return detector;
}

/** US Social Security numbers (not ITINs). @example detect(text, { detectors: [ssnDetector] }) */
export const ssnDetector: Detector = /* @__PURE__ */ builtin('SSN');
/** IRS ITINs. @example detect(text, { detectors: [itinDetector] }) */
export const itinDetector: Detector = /* @__PURE__ */ builtin('ITIN');
/** USCIS A-numbers. @example detect(text, { detectors: [aNumberDetector] }) */
export const aNumberDetector: Detector = /* @__PURE__ */ builtin('A_NUMBER');
/** USCIS receipt and card numbers. @example detect(text, { detectors: [uscisReceiptDetector] }) */
export const uscisReceiptDetector: Detector = /* @__PURE__ */ builtin('USCIS_RECEIPT');
/** US passport numbers after a passport label. @example detect(text, { detectors: [passportDetector] }) */
export const passportDetector: Detector = /* @__PURE__ */ builtin('PASSPORT');
/** US (NANP) phone numbers. @example detect(text, { detectors: [phoneDetector] }) */
export const phoneDetector: Detector = /* @__PURE__ */ builtin('PHONE');
/** Email addresses. @example detect(text, { detectors: [emailDetector] }) */
export const emailDetector: Detector = /* @__PURE__ */ builtin('EMAIL');
/** Dates whose context says they are birth dates. @example detect(text, { detectors: [dateOfBirthDetector] }) */
export const dateOfBirthDetector: Detector = /* @__PURE__ */ builtin('DATE_OF_BIRTH');
/** Payment card numbers (Luhn, network prefixes). @example detect(text, { detectors: [creditCardDetector] }) */
export const creditCardDetector: Detector = /* @__PURE__ */ builtin('CREDIT_CARD');
/** IPv4 and IPv6 addresses. @example detect(text, { detectors: [ipAddressDetector] }) */
export const ipAddressDetector: Detector = /* @__PURE__ */ builtin('IP_ADDRESS');

/**
 * All ten built-in detectors: what `detect()` uses by default.
 * @example detect(text, { detectors: [...defaultDetectors, employeeIdDetector] })
 */
export const defaultDetectors: readonly Detector[] = /* @__PURE__ */ Object.freeze([
  ssnDetector,
  itinDetector,
  aNumberDetector,
  uscisReceiptDetector,
  passportDetector,
  phoneDetector,
  emailDetector,
  dateOfBirthDetector,
  creditCardDetector,
  ipAddressDetector,
]);

/**
 * Options of {@link createPatternDetector}.
 * @example const options: PatternDetectorOptions = { type: 'IDNYC', pattern: /\b1\d{11}\b/, score: 0.6 };
 */
export interface PatternDetectorOptions {
  /** The type of the spans, e.g. `"IDNYC"`. */
  type: string;
  /** What a value looks like. Flags are kept; `g` is added. Match the value only, not its label. */
  pattern: RegExp;
  /** Score of each match (default 0.9). */
  score?: number;
  /** Keeps only the matches this accepts (a check digit, a range). */
  validate?: (value: string) => boolean;
}

/**
 * A detector from a regular expression: every match (that `validate` accepts) is a span.
 * @example
 * const idnyc = createPatternDetector({ type: 'IDNYC', pattern: /\b\d{12}\b/, score: 0.6 });
 * detect('card 100012345678', { detectors: [...defaultDetectors, idnyc] });
 */
export function createPatternDetector(options: PatternDetectorOptions): Detector {
  const { type, pattern, validate } = options ?? ({} as PatternDetectorOptions);
  const score = options?.score ?? 0.9;
  if (typeof type !== 'string' || type.length === 0) {
    throw new OptionInvalidError('createPatternDetector: type must be a non-empty string', { option: 'type' });
  }
  if (!(pattern instanceof RegExp)) throw new OptionInvalidError('createPatternDetector: pattern must be a RegExp', { option: 'pattern' });
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
    throw new OptionInvalidError('createPatternDetector: score must be a number from 0 to 1', { option: 'score' });
  }
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const source = pattern.source;
  return Object.freeze({
    type,
    detect(text: string): Span[] {
      const spans: Span[] = [];
      for (const m of text.matchAll(new RegExp(source, flags))) {
        if (m[0].length === 0 || (validate && !validate(m[0]))) continue;
        spans.push({ type, start: m.index, end: m.index + m[0].length, score });
      }
      return spans;
    },
  });
}
