/**
 * The plain data of redaction: spans, detectors and detection options.
 * @module
 */

/**
 * One detected value: its type, where it is, and how sure the detector is.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the text that was scanned, `end`
 * exclusive, so `text.slice(start, end)` is the value. A span covers the value only, never its
 * label: in `SSN: 412-55-7183` it is `412-55-7183`.
 * @example const span: Span = { type: 'SSN', start: 5, end: 16, score: 0.99 };
 */
export interface Span {
  /** `SSN`, `ITIN`, `A_NUMBER`, ... or a custom detector's type. */
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
}

/**
 * A detector: the plug-in interface. `detect` returns every span of `type` it finds in `text`
 * (in any order, overlaps allowed: `detect()` resolves them). Each span's `type` is normally the
 * detector's own; it must be a non-empty string. Scores outside [0, 1], non-integer or
 * out-of-range offsets are refused with `OPTION_INVALID` naming the detector.
 *
 * A detector must be a pure function of the text. The built-in ones (`defaultDetectors`) share
 * one scanner: `detect()` runs it once for all of them.
 * @example
 * const employeeId: Detector = {
 *   type: 'EMPLOYEE_ID',
 *   detect: (text) => [...text.matchAll(/\bEMP-\d{6}\b/g)].map((m) => ({ type: 'EMPLOYEE_ID', start: m.index, end: m.index + m[0].length, score: 0.9 })),
 * };
 */
export interface Detector {
  /** The type of the spans it reports, e.g. `"EMPLOYEE_ID"`. */
  readonly type: string;
  detect(text: string): Span[];
}

/**
 * Options of `detect()` (and of the redaction functions, which detect first).
 * @example const options: DetectOptions = { types: ['SSN', 'ITIN'], minScore: 0.7 };
 */
export interface DetectOptions {
  /** The detectors to run (default: `defaultDetectors`, all ten built-in types). */
  detectors?: readonly Detector[];
  /** Report only these types (default: every type the detectors report). */
  types?: readonly string[];
  /** Spans scoring below this are not reported (default {@link DEFAULT_MIN_SCORE}, 0.5). */
  minScore?: number;
}

/**
 * The default minimum score. Built-in detectors score a value that needs context to be believed
 * (bare 9 digits, a date, a 7-digit local number) below it unless a label says what it is.
 * @example detect(text, { minScore: DEFAULT_MIN_SCORE })
 */
export const DEFAULT_MIN_SCORE = 0.5;
