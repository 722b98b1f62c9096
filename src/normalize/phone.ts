/**
 * North American (NANP, country code +1) telephone numbers: canonical form is E.164 `+1NXXNXXXXXX`.
 * @module
 */
import { _fail, _requireString } from './_shared.js';

const KIND = 'phone';

/**
 * Optional `+1` or `1`, then area code (bare or in parentheses), exchange and line number, with any
 * spaces, dashes or periods between the groups. ASCII digits only.
 */
const NANP = /^(?:\+?1[-. ]*)?(?:\((\d{3})\)|(\d{3}))[-. ]*(\d{3})[-. ]*(\d{4})$/;
/** Only consulted to explain a refusal. */
const EXTENSION = /\d\s*(?:ext|x|#)/i;

/**
 * Canonical form of a US (NANP) phone number: E.164, `+1` then 10 digits, e.g. `"+12125550123"`.
 *
 * Accepts `(212) 555-0123`, `212-555-0123`, `212.555.0123`, `+1 212 555 0123`, `1-212-555-0123`,
 * `2125550123`, `+12125550123` and surrounding whitespace: an optional `+1`/`1`, a 3-digit area code
 * (optionally in parentheses), a 3-digit exchange and a 4-digit line number, separated by any spaces,
 * dashes or periods. Numbers of Canada and the Caribbean share +1 and are accepted alike.
 *
 * Refuses, with `INPUT_INVALID` (field `phone`): area codes or exchanges that do not start with 2-9
 * (NANP `NXX` format), N11 area codes (211-911 are service codes, never area codes), other country
 * codes, 7-digit local numbers (no area code), letters (`1-800-FLOWERS`), and extensions
 * (`x123`, `ext. 5`): an extension is not part of the number's identity, so store it in a separate
 * field. The 555-01XX fictional numbers are accepted. Messages never repeat the value.
 * @example normalizePhone('(212) 555-0123') // '+12125550123'
 */
export function normalizePhone(value: string): string {
  _requireString(KIND, value);
  const s = value.trim();
  const m = NANP.exec(s);
  if (m === null) {
    if (EXTENSION.test(s)) _fail(KIND, 'extensions are not accepted: store the extension in its own field');
    _fail(KIND, 'expected a 10-digit US number, optionally preceded by +1 or 1');
  }
  const area = (m[1] ?? m[2]) as string;
  const exchange = m[3] as string;
  if (area.charCodeAt(0) < 0x32 /* '2' */) _fail(KIND, 'the area code must start with a digit from 2 to 9');
  if (area.charCodeAt(1) === 0x31 && area.charCodeAt(2) === 0x31) _fail(KIND, 'N11 codes are service codes, never area codes');
  if (exchange.charCodeAt(0) < 0x32) _fail(KIND, 'the exchange (digits 4-6 of the number) must start with a digit from 2 to 9');
  return '+1' + area + exchange + (m[4] as string);
}
