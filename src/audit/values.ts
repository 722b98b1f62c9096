/**
 * Shapes of sensitive values, for scanning sample data (CSV rows, JSON Schema `examples`): a
 * `notes` column full of A-numbers is flagged whatever its name. The shapes are deliberately
 * simple and self-contained (structure checks only): SSN area/group/serial rules (SSA), the ITIN
 * group ranges (IRS), `A` + 7 to 9 digits, USCIS receipt prefixes + 10 digits, and a passport
 * number only next to the word "passport"/"pasaporte". Evidence names the shape and counts; it
 * never carries a value.
 * @module
 */
import type { Category } from './categories.js';

/** A value shape. */
export interface _ValueShape {
  /** How evidence names it (never the value). */
  readonly label: string;
  readonly concept: string;
  readonly category: Exclude<Category, 'NONE'>;
  readonly pattern: RegExp;
}

/** Values longer than this are scanned up to this length. */
const MAX_VALUE = 100_000;

export const _VALUE_SHAPES: readonly _ValueShape[] = [
  {
    // SSA: area 001-899 except 666, group 01-99, serial 0001-9999; same separator twice.
    label: 'SSN-shaped value',
    concept: 'ssn',
    category: 'GOVERNMENT_ID',
    pattern: /(?<![\p{N}-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\p{N}-])/u,
  },
  {
    // IRS: 9XX-GG-XXXX with group 50-65, 70-88, 90-92 or 94-99.
    label: 'ITIN-shaped value',
    concept: 'itin',
    category: 'GOVERNMENT_ID',
    pattern: /(?<![\p{N}-])9\d{2}([- ])(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])\1\d{4}(?![\p{N}-])/u,
  },
  {
    // USCIS alien registration number: A + 7 to 9 digits, also A-123-456-789 or A# 12345678.
    label: 'A-number-shaped value',
    concept: 'anumber',
    category: 'CITIZENSHIP_IMMIGRATION',
    pattern: /(?<![\p{L}\p{N}])(?:A|a(?=[-#]))(?:-|#|# | )?(?:\d{7,9}|\d{3}[- ]\d{3}[- ]\d{3})(?![\p{N}-])/u,
  },
  {
    // USCIS receipt number: service-centre prefix + 10 digits.
    label: 'USCIS-receipt-shaped value',
    concept: 'uscis',
    category: 'CITIZENSHIP_IMMIGRATION',
    pattern: /(?<![\p{L}\p{N}])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)[- ]?\d{10}(?!\p{N})/iu,
  },
  {
    label: 'passport number next to its label',
    concept: 'passport',
    category: 'GOVERNMENT_ID',
    // Bounded separators: no nested unbounded quantifiers, so no catastrophic backtracking.
    pattern: /(?<![\p{L}\p{N}])(?:passport|pasaporte)(?:[\s:#.-]{0,4}(?:no|num|number|n[uú]mero))?[\s:#.-]{0,4}[A-Z0-9]{6,9}(?![\p{L}\p{N}])/iu,
  },
];

/** The text of a sample value, or undefined when it cannot hold one of the shapes. */
export function _valueText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** For each shape, how many of `texts` contain it. */
export function _countShapes(texts: readonly string[]): Map<_ValueShape, number> {
  const counts = new Map<_ValueShape, number>();
  for (const text of texts) {
    for (const shape of _VALUE_SHAPES) {
      if (shape.pattern.test(text)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  return counts;
}
