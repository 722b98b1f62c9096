/**
 * Finding record boundaries in raw CSV bytes, so a file can be cut into chunks that are parsed
 * independently (by worker threads). In RFC 4180 CSV a quote only appears inside a quoted field
 * (doubled when escaped), so a line feed ends a record exactly when an even number of quotes
 * precedes it since the last boundary. A line feed byte never occurs inside a multi-byte UTF-8
 * sequence, so cutting there never splits a character.
 */

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * The index just after the last record-ending line feed in `bytes` (which must start at a record
 * boundary), or 0 when there is none.
 */
export function lastRecordEnd(bytes: Uint8Array): number {
  let inQuotes = false;
  let end = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (b === LF && !inQuotes) end = i + 1;
  }
  return end;
}

/** The index just after the first record-ending line feed, or -1 when there is none. */
export function firstRecordEnd(bytes: Uint8Array): number {
  let inQuotes = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (b === LF && !inQuotes) return i + 1;
  }
  return -1;
}
