/**
 * Where a value may start and end: not inside a longer number, word, address or decimal.
 * @module
 */

const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

/**
 * True for an ASCII digit code unit.
 * @example isDigit('7'.charCodeAt(0)) // true
 */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * True for an ASCII letter code unit.
 * @example isAsciiLetter('Q'.charCodeAt(0)) // true
 */
export function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/**
 * True when the code unit at `i` is a letter or digit in any script, or `_` (false outside the text).
 * @example isWordChar('né', 1) // true
 */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isAsciiLetter(c) || c === 0x5f;
  return NON_ASCII_ALNUM.test(text[i]!);
}

/**
 * `-`, `.` and `/`: joined to digits on both sides they make one longer number. A comma does not
 * (CSV rows put values side by side with commas), nor does a colon (`203.0.113.7:8080`, a port).
 */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x2e || c === 0x2f;
}

/**
 * May a value start at `start`? Not after a letter, digit, `_`, `@` or `$` (but a bracket
 * after a digit starts one: `2125550143(212) 555-0199` holds two phone numbers), and not where a
 * joiner glues its first digit to a digit before (`10001-1234`: `1234` does not start a value;
 * `3/4`). The rule mirrors {@link endsValue}, so that two values side by side are both values or
 * neither is: whether one of them is redacted never changes the other.
 * @example startsValue('ZIP 10001-1234', 10) // false
 */
export function startsValue(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  if (c === 0x40 /* @ */ || c === 0x24 /* $ */) return false;
  if (isWordChar(text, start - 1) && !(text.charCodeAt(start) === 0x28 /* ( */ && isDigit(c))) return false;
  if (isJoiner(c) && start >= 2 && isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(start))) return false;
  return true;
}

/**
 * True when `start` follows a product name and a slash (`okhttp/7.17.5.93`, `Chrome/120.0.6099.71`):
 * a version, not an address. A slash after a host name or address (`example.org/`, `::1/`) or in
 * a URL (`http://`) does not count.
 * @example afterProductSlash('ua=okhttp/7.17.5.93', 10) // true
 */
export function afterProductSlash(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x2f || !isAsciiLetter(text.charCodeAt(start - 2))) return false;
  let i = start - 2;
  while (i > 0 && (isAsciiLetter(text.charCodeAt(i - 1)) || isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2d)) i--;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  return before !== 0x2e && before !== 0x40 && before !== 0x3a && before !== 0x5f;
}

/**
 * May a value end at `end`? Not before a letter, digit, `_` or `@`, and not where a joiner glues
 * its last digit to a digit after (`412-55-7183-01`, `2125550123.50`).
 * @example endsValue('412-55-7183.', 11) // true
 */
export function endsValue(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 0x40) return false;
  if (isWordChar(text, end)) return false;
  if (isJoiner(c) && isDigit(text.charCodeAt(end + 1)) && end > 0 && isDigit(text.charCodeAt(end - 1))) return false;
  return true;
}
