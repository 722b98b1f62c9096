/**
 * Plaintext bytes of field values (DESIGN 4). A string is exactly its UTF-8 bytes, so envelopes of
 * strings interoperate with any implementation. Other JSON-like types are marked by a first byte
 * 0xFF, which never occurs in UTF-8, then one type letter and the value:
 *
 * | value | bytes |
 * |---|---|
 * | string `s` | `utf8(s)` |
 * | `null` | `FF 6E` ("n") |
 * | `true` / `false` | `FF 74` ("t") / `FF 66` ("f") |
 * | finite number `x` | `FF 64` ("d") then `utf8(String(x))` (JavaScript's shortest round-trip form; `-0` as `"-0"`) |
 * | bigint `x` | `FF 69` ("i") then `utf8(x.toString())` |
 * | `Date` `d` | `FF 54` ("T") then `utf8(d.toISOString())` |
 * | array or plain object | `FF 6A` ("j") then `utf8(JSON.stringify(v))` |
 *
 * `undefined`, functions, symbols, non-finite numbers, invalid dates and objects that are not
 * arrays or plain objects (`Map`, `Set`, typed arrays, class instances: JSON would silently turn
 * them into `{}`) are refused (`INPUT_INVALID`): they have no faithful encoding. Inside arrays and
 * objects, JSON's own rules apply (nested dates become strings).
 * @module
 */
import { utf8 } from '../encoding.js';
import { FormatInvalidError, InputInvalidError } from '../errors.js';

/** The values a field may hold. */
export type FieldValue = string | number | bigint | boolean | null | Date | readonly unknown[] | { readonly [key: string]: unknown };

const MARK = 0xff;
const strict = new TextDecoder('utf-8', { fatal: true });

function typed(letter: string, text = ''): Uint8Array {
  const body = utf8(text);
  const out = new Uint8Array(2 + body.length);
  out[0] = MARK;
  out[1] = letter.charCodeAt(0);
  out.set(body, 2);
  return out;
}

/** The plaintext bytes of `value` (see the module table). `field` names it in errors. */
export function encodeValue(value: FieldValue, field = 'value'): Uint8Array {
  if (typeof value === 'string') return utf8(value, field);
  if (value === null) return typed('n');
  if (value === true) return typed('t');
  if (value === false) return typed('f');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InputInvalidError(`${field}: only finite numbers can be encrypted`, { field });
    return typed('d', Object.is(value, -0) ? '-0' : String(value));
  }
  if (typeof value === 'bigint') return typed('i', value.toString());
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InputInvalidError(`${field}: invalid Date`, { field });
    return typed('T', value.toISOString());
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      throw new InputInvalidError(`${field}: only arrays and plain objects can be encrypted as JSON`, { field });
    }
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    if (json === undefined) throw new InputInvalidError(`${field}: value cannot be encoded as JSON`, { field });
    return typed('j', json);
  }
  throw new InputInvalidError(`${field}: cannot encrypt a value of type ${typeof value}`, { field });
}

/** The value whose plaintext bytes are `bytes`. Refuses malformed bytes with `FORMAT_INVALID`. */
export function decodeValue(bytes: Uint8Array): FieldValue {
  if (bytes[0] !== MARK) {
    try {
      return strict.decode(bytes);
    } catch {
      throw new FormatInvalidError('decrypted bytes are not valid UTF-8');
    }
  }
  let text: string;
  try {
    text = strict.decode(bytes.subarray(2));
  } catch {
    throw new FormatInvalidError('decrypted typed value is not valid UTF-8');
  }
  const bad = (): never => {
    throw new FormatInvalidError('decrypted typed value is malformed');
  };
  switch (bytes[1]) {
    case 0x6e: // n
      return text === '' ? null : bad();
    case 0x74: // t
      return text === '' ? true : bad();
    case 0x66: // f
      return text === '' ? false : bad();
    case 0x64: {
      // d
      const x = Number(text);
      const canonical = Object.is(x, -0) ? '-0' : String(x);
      return text !== '' && Number.isFinite(x) && canonical === text ? x : bad();
    }
    case 0x69: // i
      return /^-?\d+$/.test(text) && BigInt(text).toString() === text ? BigInt(text) : bad();
    case 0x54: {
      // T
      const d = new Date(text);
      return !Number.isNaN(d.getTime()) && d.toISOString() === text ? d : bad();
    }
    case 0x6a: // j
      try {
        return JSON.parse(text) as FieldValue;
      } catch {
        return bad();
      }
    default:
      return bad();
  }
}
