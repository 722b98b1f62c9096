/** Writing CSV fields and rows (RFC 4180 quoting: only where a field needs it). */

/** A function that renders one row (array of fields) as a CSV line without its newline. */
export type RowWriter = (fields: readonly string[]) => string;

/** Quotes one field when it holds the delimiter, a quote, CR or LF (RFC 4180); otherwise returns it as it is. */
export function fieldQuoter(delimiter: string): (field: string) => string {
  const special = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}"\\r\\n]`);
  return (s) => (special.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
}

/** Makes a row writer for a delimiter: a field is quoted when it holds the delimiter, a quote, CR or LF. */
export function rowWriter(delimiter: string): RowWriter {
  const field = fieldQuoter(delimiter);
  return (fields) => {
    let line = field(fields[0] ?? '');
    for (let i = 1; i < fields.length; i++) line += delimiter + field(fields[i]!);
    return line;
  };
}
