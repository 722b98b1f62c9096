/**
 * What to do about a finding, per category, from municipal "don't ask" guidance. The policy is a
 * plain object: print it, diff it, or pass your own through the `recommendations` option.
 *
 * Sources (cited in each entry):
 * - New York City Executive Orders 34 and 41 (2003): city employees do not ask about immigration
 *   status unless required by law or necessary to determine eligibility, and keep it confidential.
 * - Chicago Municipal Code § 2-173-030(a)(2) (Welcoming City Ordinance): city applications,
 *   questionnaires and interview forms contain no question on citizenship or immigration status;
 *   departments review them every year.
 * - New York City Administrative Code § 23-1201 (Identifying Information Law, Local Laws 245 and
 *   247 of 2017): citizenship or immigration status, languages spoken, religion, nationality,
 *   country of origin and place of birth are identifying information.
 * - Privacy Act of 1974, Pub. L. 93-579, § 7: no government agency may deny a right, benefit or
 *   privilege because a person will not disclose a Social Security number, unless federal law
 *   requires it; a request must say whether disclosure is mandatory, by what authority, and how
 *   the number will be used.
 * - New York City Administrative Code § 3-115 (IDNYC): the municipal ID, with foreign passports,
 *   consular IDs and ITIN letters among accepted proofs of identity.
 * - New York City Local Law 30 of 2017 and Executive Order 120 (2008): language access is a
 *   service agencies provide (interpretation, translation), not a fact they must keep.
 * - Chicago Municipal Code chapter 2-178 (2017): no participation in registries of residents by
 *   religion or national origin.
 * @module
 */
import type { Category } from './categories.js';

/**
 * What a recommendation asks for, in one word.
 * @example
 * RECOMMENDATIONS.LANGUAGE_PROXY.action // 'record-service-need'
 */
export type RecommendedAction = 'delete' | 'ask-verbally' | 'minimize' | 'record-service-need' | 'keep';

/**
 * The recommendation for one category.
 * @example
 * const r: Recommendation = RECOMMENDATIONS.RELIGION;
 * r.action // 'delete'
 */
export interface Recommendation {
  readonly action: RecommendedAction;
  /** One sentence. */
  readonly summary: string;
  /** Concrete steps, in order. */
  readonly steps: readonly string[];
  /** The guidance it follows. */
  readonly sources: readonly string[];
}

const NYC_EO_34_41 =
  'New York City Executive Orders 34 and 41 (2003): no inquiry into immigration status unless required by law or necessary to determine eligibility; the answer is confidential';
const CHICAGO_WCO =
  'Chicago Municipal Code § 2-173-030(a)(2) (Welcoming City Ordinance): city applications, questionnaires and interview forms shall not contain questions on citizenship or immigration status';
const NYC_IIL =
  'New York City Administrative Code § 23-1201 (Identifying Information Law, Local Laws 245 and 247 of 2017): citizenship or immigration status, languages spoken, religion, nationality, country of origin and place of birth are identifying information';

/**
 * The default recommendations, one per category.
 * @example
 * RECOMMENDATIONS.CITIZENSHIP_IMMIGRATION.summary
 * // 'Delete this question unless a statute, regulation or court order requires it.'
 */
export const RECOMMENDATIONS: Readonly<Record<Category, Recommendation>> = {
  CITIZENSHIP_IMMIGRATION: {
    action: 'delete',
    summary: 'Delete this question unless a statute, regulation or court order requires it.',
    steps: [
      'If no law requires the answer, remove the question and the column, and purge stored answers under the retention schedule.',
      'If eligibility depends on status (some federally funded benefits), ask verbally at the point of decision and record only the resulting action ("eligible: yes/no", "referred to program X"), never the status.',
      'Route residents who may not qualify to a locally funded program instead of recording why.',
      'A field that does not exist cannot be subpoenaed, breached or shared with immigration enforcement.',
    ],
    sources: [NYC_EO_34_41, CHICAGO_WCO, NYC_IIL],
  },
  GOVERNMENT_ID: {
    action: 'minimize',
    summary: 'Do not require an SSN, ITIN or other government ID unless a law requires it; accept alternatives and keep no more than needed.',
    steps: [
      'State on the form whether the number is mandatory or voluntary, under what authority, and how it will be used.',
      'Accept alternatives for identity, including the municipal ID card, consular IDs and foreign passports, and treat them alike; a missing SSN must not become a proxy for immigration status.',
      'Record that identity was verified ("ID checked: yes", the document type if needed) instead of the number.',
      'If a number must be kept for matching, store a keyed pseudonym (civicveil pseudonymize, algorithm a1 for SSNs) or an encrypted field, never the plain value.',
    ],
    sources: [
      'Privacy Act of 1974, Pub. L. 93-579, § 7: no agency may deny a right, benefit or privilege for refusal to disclose an SSN unless federal law requires it; each request says whether disclosure is mandatory, by what authority and for what use',
      'New York City Administrative Code § 3-115 (IDNYC): a municipal identity card, with foreign passports, consular IDs and ITIN letters accepted as proof of identity',
    ],
  },
  NATIONALITY_ORIGIN: {
    action: 'delete',
    summary: 'Delete this question unless a law requires it: nationality, country of birth and time in the U.S. reveal immigration history.',
    steps: [
      'Remove the field unless a statute or a funder\'s regulation requires it; never use it to decide eligibility.',
      'Where demographic reporting is mandated (ancestry or ethnic origin for equity reports), make the question optional, keep it apart from service records, and publish only aggregates that pass a release check (civicveil privacy).',
    ],
    sources: [NYC_IIL, NYC_EO_34_41],
  },
  LANGUAGE_PROXY: {
    action: 'record-service-need',
    summary: 'Record the service need, not a language profile: "interpreter: Spanish" on the appointment or notice, only where service delivery requires it.',
    steps: [
      'Ask "Would you like an interpreter? In which language?" at the point of service and attach the answer to that appointment, case action or notice, not to a standing resident field.',
      'Do not keep English proficiency or "language spoken at home" as standing fields; delete the need when the service is done.',
      'Never use language to build outreach or enforcement lists that single out immigrant communities.',
    ],
    sources: [
      'New York City Local Law 30 of 2017 and Executive Order 120 (2008): agencies provide interpretation and translation as a service',
      NYC_IIL,
    ],
  },
  RELIGION: {
    action: 'delete',
    summary: 'Delete this question unless a law requires it.',
    steps: [
      'Remove the field: city services do not need a resident\'s religion.',
      'For accommodations (meals, scheduling, dress), ask for the accommodation itself ("meal: no pork", "no Saturday appointments") without asking or recording why.',
    ],
    sources: [
      NYC_IIL,
      'Chicago Municipal Code chapter 2-178 (2017): no participation in registries of residents based on religion or national origin',
    ],
  },
  NONE: {
    action: 'keep',
    summary: 'No sensitive category found; keep the field only if the service needs it.',
    steps: [],
    sources: [],
  },
};
