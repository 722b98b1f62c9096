/**
 * The categories a form question or a column is sorted into. They follow the kinds of information
 * that municipal "don't ask" policies single out: New York City Administrative Code § 23-1201
 * (identifying information: citizenship or immigration status, languages spoken, religion,
 * nationality, country of origin, place of birth) and Executive Orders 34 and 41 (2003).
 * @module
 */

/**
 * The six categories, most specific first. `NONE` means no sensitive category was found.
 * @example
 * CATEGORIES.includes('RELIGION') // true
 */
export const CATEGORIES = [
  'CITIZENSHIP_IMMIGRATION',
  'GOVERNMENT_ID',
  'NATIONALITY_ORIGIN',
  'LANGUAGE_PROXY',
  'RELIGION',
  'NONE',
] as const;

/**
 * A category name.
 * - `CITIZENSHIP_IMMIGRATION`: citizenship, immigration status, visas, A-numbers, USCIS receipts, work authorization.
 * - `GOVERNMENT_ID`: SSN, ITIN and other tax numbers of persons, passport, driver's license, national, consular and municipal IDs.
 * - `NATIONALITY_ORIGIN`: nationality, national origin, country or place of birth, years in or arrival to the U.S., parents' birthplace, ancestry.
 * - `LANGUAGE_PROXY`: primary or preferred language, language spoken at home, interpreter need, English proficiency.
 * - `RELIGION`: religion, faith, denomination, place of worship.
 * - `NONE`: none of these.
 * @example
 * const category: Category = 'LANGUAGE_PROXY';
 */
export type Category = (typeof CATEGORIES)[number];

/**
 * The sensitive categories (every category but `NONE`).
 * @example
 * SENSITIVE_CATEGORIES.length // 5
 */
export const SENSITIVE_CATEGORIES: readonly Exclude<Category, 'NONE'>[] = CATEGORIES.filter(
  (c): c is Exclude<Category, 'NONE'> => c !== 'NONE',
);

/**
 * True for every category but `NONE`.
 * @example
 * isSensitiveCategory('GOVERNMENT_ID') // true
 * isSensitiveCategory('NONE') // false
 */
export function isSensitiveCategory(category: Category): boolean {
  return category !== 'NONE';
}

/** The rank of a category when two are equally likely: earlier in {@link CATEGORIES} wins. */
export function _categoryRank(category: Category): number {
  return CATEGORIES.indexOf(category);
}
