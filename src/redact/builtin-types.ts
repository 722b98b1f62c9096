/**
 * The ten built-in span types and the bit each has in the scanner's masks.
 * @module
 */

/**
 * The types the built-in detectors report, in a stable order.
 * @example BUILTIN_TYPES.includes('A_NUMBER') // true
 */
export const BUILTIN_TYPES = [
  'SSN',
  'ITIN',
  'A_NUMBER',
  'USCIS_RECEIPT',
  'PASSPORT',
  'PHONE',
  'EMAIL',
  'DATE_OF_BIRTH',
  'CREDIT_CARD',
  'IP_ADDRESS',
] as const;

/**
 * One of {@link BUILTIN_TYPES}.
 * @example const type: BuiltinType = 'SSN';
 */
export type BuiltinType = (typeof BUILTIN_TYPES)[number];

/**
 * Bit masks of the built-in types (internal: the scanner enables types and tags context words with
 * them). `ALL` has every bit.
 * @example (BIT.SSN | BIT.ITIN) & BIT.ITIN // 2
 */
export const BIT = Object.freeze({
  SSN: 1,
  ITIN: 2,
  A_NUMBER: 4,
  USCIS_RECEIPT: 8,
  PASSPORT: 16,
  PHONE: 32,
  EMAIL: 64,
  DATE_OF_BIRTH: 128,
  CREDIT_CARD: 256,
  IP_ADDRESS: 512,
  ALL: 1023,
});

/**
 * The bit of a built-in type name, or 0 for any other name.
 * @example bitOf('ITIN') // 2
 */
export function bitOf(type: string): number {
  const i = (BUILTIN_TYPES as readonly string[]).indexOf(type);
  return i < 0 ? 0 : 1 << i;
}

/**
 * The type name of a single bit.
 * @example typeOfBit(BIT.PHONE) // 'PHONE'
 */
export function typeOfBit(bit: number): BuiltinType {
  return BUILTIN_TYPES[31 - Math.clz32(bit)]!;
}
