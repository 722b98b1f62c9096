/**
 * ITIN (IRS Individual Taxpayer Identification Number) values: 9 digits starting with 9, digits
 * 4-5 in the IRS ranges 50-65, 70-88, 90-92 or 94-99 (the rule of `normalizeItin`).
 * @module
 */
import type { ScoreRule } from './context.js';

/**
 * The groups (digits 4-5) the IRS issues ITINs in: 50-65, 70-88, 90-92 and 94-99, as in
 * `normalizeItin` (93 is the ATIN range).
 */
const ITIN_GROUP: Uint8Array = /* @__PURE__ */ (() => {
  const table = new Uint8Array(100);
  for (const [from, to] of [[50, 65], [70, 88], [90, 92], [94, 99]] as const) table.fill(1, from, to + 1);
  return table;
})();

/**
 * True when the 9 ASCII digits are a well-formed ITIN and not the placeholder `999-99-9999` typed
 * where a form wants a number. The rules are those of `normalizeItin` (first digit 9, group in the
 * IRS ranges), checked without calling it: it refuses by throwing, which costs an error object per
 * number that is no ITIN. A test checks that both agree.
 * @example isItin('912701234') // true
 * @example isItin('912931234') // false (93 is the ATIN range)
 */
export function isItin(digits: string): boolean {
  if (digits.length !== 9 || digits.charCodeAt(0) !== 0x39 || digits === '999999999') return false;
  return ITIN_GROUP[(digits.charCodeAt(3) - 0x30) * 10 + digits.charCodeAt(4) - 0x30] === 1;
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
