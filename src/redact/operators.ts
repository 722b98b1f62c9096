/**
 * Operators: what a detected value is replaced with. `mask`, `label` and `remove` need nothing;
 * `pseudonym` uses a `Pseudonymizer` (p1/a1 tokens, DESIGN 3) and `encrypt` a `FieldEncryptor`
 * (e1 envelopes, DESIGN 4), so this module holds no cryptography of its own.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import type { EnvelopeAlgorithm, FieldEncryptor } from '../encrypt/index.js';
import type { Pseudonymizer } from '../pseudonymize/index.js';
import { canonicalANumber } from './a-number.js';
import { canonicalIp } from './ip-address.js';
import { canonicalPhone } from './phone.js';
import type { Span } from './types.js';

/**
 * An operator: `apply` returns the replacement of one detected value. Custom operators are plain
 * objects of this shape. The redaction functions refuse (`OPTION_INVALID`) a replacement that
 * still contains the value, unless `revealsPart` says the operator keeps part of it on purpose.
 * @example const hash: Operator = { name: 'stars', apply: (value) => '*'.repeat(value.length) };
 */
export interface Operator {
  readonly name: string;
  apply(value: string, span: Span): string;
  /** True when the output deliberately keeps part of the value (a mask keeping the last digits). */
  readonly revealsPart?: boolean;
}

/**
 * An operator, or the name of one that needs no options: `'mask'` (`*` for each letter and
 * digit), `'label'` (`[SSN]`) or `'remove'`.
 * @example const spec: OperatorSpec = 'label';
 */
export type OperatorSpec = 'mask' | 'label' | 'remove' | Operator;

/**
 * Options of {@link maskOperator}.
 * @example const options: MaskOptions = { char: '#', keepLast: 4 };
 */
export interface MaskOptions {
  /** The mask character (default `*`): one character that is not a letter, digit, space, `@`, `[` or `]`. */
  char?: string;
  /** How many of the last letters and digits to leave visible (default 0), e.g. 4 for `***-**-6789`. */
  keepLast?: number;
}

/**
 * The operators made here whose output is built without the value (masks without `keepLast`,
 * labels, removal): the leak check of the redaction functions is skipped for them, since a label
 * such as `[notes]` may contain a short value (`note`) by chance.
 */
const BLIND = new WeakSet<Operator>();

/**
 * True when `operator` is a mask (without `keepLast`), label or remove operator made by this
 * module, whose output cannot depend on the value's characters.
 * @example isBlindOperator(labelOperator()) // true
 */
export function isBlindOperator(operator: Operator): boolean {
  return BLIND.has(operator);
}

function blind(operator: Operator): Operator {
  BLIND.add(operator);
  return operator;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu;

/**
 * Replaces each letter and digit of the value by `char`, keeping separators, so the layout stays
 * readable: `412-55-7183` → `***-**-****`, or `***-**-7183` with `keepLast: 4`.
 * @example redactText(text, { operator: maskOperator({ keepLast: 4 }) })
 */
export function maskOperator(options: MaskOptions = {}): Operator {
  const char = options.char ?? '*';
  const keepLast = options.keepLast ?? 0;
  if (typeof char !== 'string' || [...char].length !== 1 || /[\p{L}\p{N}\s@[\]]/u.test(char)) {
    throw new OptionInvalidError('mask char must be one character that is not a letter, digit, space, @, [ or ]', { option: 'char' });
  }
  if (!Number.isInteger(keepLast) || keepLast < 0) {
    throw new OptionInvalidError('keepLast must be a non-negative integer', { option: 'keepLast' });
  }
  const operator: Operator = Object.freeze({
    name: 'mask',
    revealsPart: keepLast > 0,
    apply(value: string): string {
      if (keepLast === 0) return value.replace(LETTERS_OR_DIGITS, char);
      let visible = 0;
      let from = value.length;
      while (from > 0 && visible < keepLast) {
        from--;
        if (LETTER_OR_DIGIT.test(value[from]!)) visible++;
      }
      return value.slice(0, from).replace(LETTERS_OR_DIGITS, char) + value.slice(from);
    },
  });
  return keepLast === 0 ? blind(operator) : operator;
}

/**
 * Options of {@link labelOperator}.
 * @example const options: LabelOptions = { format: '<{type} removed>' };
 */
export interface LabelOptions {
  /** The replacement, with `{type}` standing for the span's type (default `[{type}]`). */
  format?: string;
}

/**
 * Replaces the value by its type: `[SSN]`, `[PHONE]`. Context phrases inside brackets are not
 * read as context, so with the default format redacting again changes nothing.
 * @example redactText('SSN 412-55-7183', { operator: labelOperator() }).text // 'SSN [SSN]'
 */
export function labelOperator(options: LabelOptions = {}): Operator {
  const format = options.format ?? '[{type}]';
  if (typeof format !== 'string') throw new OptionInvalidError('label format must be a string such as "[{type}]"', { option: 'format' });
  const labels = new Map<string, string>();
  const labelOf = (type: string): string => {
    let label = labels.get(type);
    if (label === undefined) {
      if (labels.size >= 256) labels.clear();
      labels.set(type, (label = format.replaceAll('{type}', type)));
    }
    return label;
  };
  return blind(Object.freeze({ name: 'label', apply: (_value: string, span: Span) => labelOf(span.type) }));
}

/**
 * Removes the value (the text around it stays as it is). Where that would glue the characters
 * on both sides together, a space is left instead: `SSN:412-55-7183.` → `SSN: .`.
 * @example redactText('SSN 412-55-7183.', { operator: removeOperator() }).text // 'SSN .'
 */
export function removeOperator(): Operator {
  return REMOVE;
}

const REMOVE: Operator = /* @__PURE__ */ blind(Object.freeze({ name: 'remove', apply: () => '' }));
const MASK = /* @__PURE__ */ maskOperator();
const LABEL = /* @__PURE__ */ labelOperator();

/**
 * The kind each built-in type is pseudonymized as by default. `ssn`, `itin`, `phone`, `email` and
 * `dob` are the normalizer kinds of `civicveil/normalize`, so a value in a text gets the same
 * token as the same value in a column pseudonymized with that kind (`412 55 7183` in a note and
 * `412-55-7183` in an `ssn` column). Other types of detector use their type in lower case.
 * @example DEFAULT_PSEUDONYM_KINDS.SSN // 'ssn'
 */
export const DEFAULT_PSEUDONYM_KINDS: Readonly<Record<string, string>> = Object.freeze({
  SSN: 'ssn',
  ITIN: 'itin',
  A_NUMBER: 'a_number',
  USCIS_RECEIPT: 'uscis_receipt',
  PASSPORT: 'passport',
  PHONE: 'phone',
  EMAIL: 'email',
  DATE_OF_BIRTH: 'dob',
  CREDIT_CARD: 'credit_card',
  IP_ADDRESS: 'ip_address',
});

/**
 * The value a built-in type is pseudonymized from, so that spellings of one value agree:
 * SSN and ITIN as 9 digits, phone numbers in E.164 without extension, A-numbers as `A` and 9
 * digits, receipt and passport numbers in capitals without separators, card numbers as digits,
 * IPv6 addresses in full. Dates and emails are left to their kind's normalizer. Other types:
 * the value unchanged.
 * @example pseudonymSource('SSN', '412 55 7183') // '412557183'
 */
export function pseudonymSource(type: string, value: string): string {
  switch (type) {
    case 'SSN':
    case 'ITIN':
    case 'CREDIT_CARD':
      return value.replace(/\D+/g, '');
    case 'PHONE':
      return canonicalPhone(value);
    case 'A_NUMBER':
      return canonicalANumber(value) ?? value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
    case 'USCIS_RECEIPT':
    case 'PASSPORT':
      return value.toUpperCase().replace(/[^A-Z0-9]+/g, '');
    case 'IP_ADDRESS':
      return canonicalIp(value);
    default:
      return value;
  }
}

/**
 * Options of {@link pseudonymOperator}.
 * @example const options: PseudonymOperatorOptions = { pseudonymizer, kinds: { A_NUMBER: 'alien_no' } };
 */
export interface PseudonymOperatorOptions {
  /** From `createPseudonymizer` (p1 or a1; a1 blocks for one Argon2id evaluation per value). */
  pseudonymizer: Pseudonymizer;
  /** Kinds by span type, added to (and overriding) {@link DEFAULT_PSEUDONYM_KINDS}. */
  kinds?: Readonly<Record<string, string>>;
}

/**
 * Replaces the value by its keyed pseudonym (`p1.<kid>.<tag>`): the same value gets the same
 * token in every document under the same key and domain, so records stay linkable without the
 * value. The value is put in a canonical form first (see {@link pseudonymSource}) and then in its
 * kind's (see {@link DEFAULT_PSEUDONYM_KINDS}). A value that kind's normalizer refuses (a 7-digit
 * local phone number, a date with a two-digit year) is pseudonymized as kind `<kind>:text` from
 * its letters and digits in lower case, so it still gets a stable token.
 * @example
 * const p = createPseudonymizer({ keyring, domain: 'hra/case-notes' });
 * redactText('SSN 412-55-7183', { operator: pseudonymOperator({ pseudonymizer: p }) }).text // 'SSN p1.k1.…'
 */
export function pseudonymOperator(options: PseudonymOperatorOptions): Operator {
  const p = options?.pseudonymizer;
  if (!p || typeof p.pseudonymize !== 'function') {
    throw new OptionInvalidError('pseudonymOperator needs { pseudonymizer } from createPseudonymizer', { option: 'pseudonymizer' });
  }
  const kinds: Record<string, string> = { ...DEFAULT_PSEUDONYM_KINDS, ...(options.kinds ?? {}) };
  for (const [type, kind] of Object.entries(kinds)) {
    if (typeof kind !== 'string' || kind.length === 0 || kind.includes('+')) {
      throw new OptionInvalidError(`kinds.${type} must be a non-empty kind without "+"`, { option: 'kinds' });
    }
  }
  return Object.freeze({
    name: 'pseudonym',
    apply(value: string, span: Span): string {
      const kind = Object.hasOwn(kinds, span.type) ? kinds[span.type]! : span.type.toLowerCase();
      try {
        return p.pseudonymize(kind, pseudonymSource(span.type, value));
      } catch (e) {
        if (!(e instanceof InputInvalidError)) throw e;
        return p.pseudonymize(`${kind}:text`, value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
      }
    },
  });
}

/**
 * Options of {@link encryptOperator}.
 * @example const options: EncryptOperatorOptions = { encryptor, context: (span) => `notes.${span.type}` };
 */
export interface EncryptOperatorOptions {
  /** From `createFieldEncryptor`. */
  encryptor: FieldEncryptor;
  /**
   * The context each envelope is bound to (DESIGN 4): a string, or a function of the span.
   * Default: the span's type (`"SSN"`), so an envelope decrypts only as the type it was found as.
   */
  context?: string | ((span: Span) => string);
  /** `xc20p` (randomized, default) or `siv` (deterministic: equal values give equal envelopes). */
  algorithm?: EnvelopeAlgorithm;
}

/**
 * Replaces the value by an e1 envelope (`e1.xc20p.<kid>.<payload>`), which the key holder can
 * decrypt: `encryptor.decrypt(envelope, { context: span.type })` with the default context.
 * @example
 * const enc = createFieldEncryptor({ keyring, domain: 'hra/case-notes' });
 * redactText('A# A208803901', { operator: encryptOperator({ encryptor: enc }) }).text // 'A# e1.xc20p.k1.…'
 */
export function encryptOperator(options: EncryptOperatorOptions): Operator {
  const enc = options?.encryptor;
  if (!enc || typeof enc.encrypt !== 'function') {
    throw new OptionInvalidError('encryptOperator needs { encryptor } from createFieldEncryptor', { option: 'encryptor' });
  }
  const context = options.context ?? ((span: Span) => span.type);
  if (typeof context !== 'function' && (typeof context !== 'string' || context.length === 0)) {
    throw new OptionInvalidError('context must be a non-empty string or a function of the span', { option: 'context' });
  }
  const algorithm = options.algorithm ?? 'xc20p';
  if (algorithm !== 'xc20p' && algorithm !== 'siv') throw new OptionInvalidError('algorithm must be "xc20p" or "siv"', { option: 'algorithm' });
  return Object.freeze({
    name: 'encrypt',
    apply: (value: string, span: Span) => enc.encrypt(value, { context: typeof context === 'string' ? context : context(span), algorithm }),
  });
}

/**
 * The operator an {@link OperatorSpec} names; refuses anything else with `OPTION_INVALID`.
 * @example resolveOperator('mask').apply('412-55-7183', span) // '***-**-****'
 */
export function resolveOperator(spec: OperatorSpec | undefined, option = 'operator'): Operator {
  if (spec === undefined || spec === 'label') return LABEL;
  if (spec === 'mask') return MASK;
  if (spec === 'remove') return REMOVE;
  if (typeof spec === 'object' && spec !== null && typeof spec.apply === 'function' && typeof spec.name === 'string') return spec;
  throw new OptionInvalidError(
    `${option} must be "mask", "label", "remove" or an operator object (maskOperator(), pseudonymOperator({ pseudonymizer }), encryptOperator({ encryptor })...)`,
    { option },
  );
}
