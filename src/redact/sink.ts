/**
 * Where the built-in matchers put what they find (internal to the scanner).
 * @module
 */
import type { ScoreRule, TextContext } from './context.js';

/**
 * Collects candidate values of one scan: each is scored by its context and kept when the score is
 * above 0 and its type is enabled.
 * @example sink.add(BIT.SSN, 5, 16, 0.85, SSN_FORMATTED)
 */
export interface Sink {
  readonly text: string;
  /** Bit mask of the enabled built-in types. */
  readonly enabled: number;
  readonly context: TextContext;
  /** Scores the value at [start, end) as type `bit` and keeps it when the score is above 0. */
  add(bit: number, start: number, end: number, base: number, rule: ScoreRule): void;
  /** Keeps the value at [start, end) with a score that does not depend on context. */
  addScored(bit: number, start: number, end: number, score: number): void;
}
