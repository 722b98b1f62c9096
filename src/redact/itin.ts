/**
 * ITIN (IRS Individual Taxpayer Identification Number) values: 9 digits starting with 9, digits
 * 4-5 in the IRS ranges 50-65, 70-88, 90-92 or 94-99 (the rule of `normalizeItin`).
 * @module
 */
import { normalizeItin } from '../normalize/itin.js';
import type { ScoreRule } from './context.js';

/**
 * True when the 9 digits are a well-formed ITIN (`normalizeItin` accepts them) and not the
 * placeholder `999-99-9999` typed where a form wants a number.
 * @example isItin('912701234') // true
 * @example isItin('912931234') // false (93 is the ATIN range)
 */
export function isItin(digits: string): boolean {
  if (digits === '999999999') return false;
  try {
    normalizeItin(digits);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scores of an ITIN written `9xx-xx-xxxx` or `9xx xx xxxx`: its structure is specific enough to
 * be reported without a label (0.9), unless a negative label (`order #`) stands right before it.
 * @example scoreWith(ITIN_FORMATTED_BASE, ITIN_FORMATTED, verdict)
 */
export const ITIN_FORMATTED: ScoreRule = Object.freeze({ positive: 0.99, negativeFactor: 0.25, requiresContext: false });
/** Shape score of a formatted ITIN. @example ITIN_FORMATTED_BASE // 0.9 */
export const ITIN_FORMATTED_BASE = 0.9;
/**
 * Scores of 9 bare digits that are a valid ITIN: 0.3 (not reported) unless a label such as `ITIN`,
 * `tax id` or `SSN` says what they are.
 * @example scoreWith(ITIN_BARE_BASE, ITIN_BARE, verdict)
 */
export const ITIN_BARE: ScoreRule = Object.freeze({ positive: 0.95, negativeFactor: 0.2, requiresContext: false, recordRow: 0.6 });
/** Shape score of 9 bare digits that are a valid ITIN. @example ITIN_BARE_BASE // 0.3 */
export const ITIN_BARE_BASE = 0.3;
