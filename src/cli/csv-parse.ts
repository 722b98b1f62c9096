/**
 * RFC 4180 records from a block of text (whole records, as cut by csv-split.ts). Records without
 * any quote take a fast path (one `split`); records with quotes are read field by field. The
 * tests check both against papaparse on generated CSV.
 *
 * Stricter than RFC 4180 readers that guess: a quote inside an unquoted field, or text after a
 * closing quote, is an error — such input would make record boundaries ambiguous.
 */

/** Why a record could not be read. */
export interface CsvSyntaxError {
  /** 1-based record number within the block. */
  record: number;
  message: string;
}

/** Called for each record: its fields, and whether any field was quoted in the input. */
export type RecordHandler = (fields: string[], quoted: boolean) => void;

/**
 * Optionally called instead of {@link RecordHandler} for a record with no quote at all: the raw
 * line without its line ending. Its fields are exactly `line.split(delimiter)`; a caller that
 * only needs a few of them can slice them out without splitting the rest.
 */
export type PlainLineHandler = (line: string) => void;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads every record of `text`, calling `onRecord` for each, in order; stops at the first
 * malformed record and returns its error. Empty lines are skipped. A record ends at LF or CRLF
 * outside quotes, or at the end of the text.
 */
export function parseRecords(text: string, delimiter: string, onRecord: RecordHandler, onPlainLine?: PlainLineHandler): CsvSyntaxError | undefined {
  const len = text.length;
  const delim = delimiter.charCodeAt(0);
  let pos = 0;
  let record = 0;
  while (pos < len) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = len;
    // Skip empty lines (LF or CRLF alone).
    if (lineEnd === pos || (lineEnd === pos + 1 && text.charCodeAt(pos) === CR)) {
      pos = lineEnd + 1;
      continue;
    }
    record++;
    const quote = text.indexOf('"', pos);
    if (quote < 0 || quote > lineEnd) {
      // Fast path: no quote in this line, so the line is the record.
      const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      if (onPlainLine) onPlainLine(text.slice(pos, end));
      else onRecord(text.slice(pos, end).split(delimiter), false);
      pos = lineEnd + 1;
      continue;
    }
    // Field by field.
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return { record, message: 'a quoted field is never closed' };
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(pos);
        if (c === delim) {
          pos++;
          continue;
        }
        if (pos >= len || c === LF) {
          pos++;
          break;
        }
        if (c === CR && (pos + 1 >= len || text.charCodeAt(pos + 1) === LF)) {
          pos += 2;
          break;
        }
        return { record, message: 'unexpected text after a closing quote (RFC 4180: the whole field must be quoted)' };
      }
      // An unquoted field: up to the next delimiter or end of line.
      let end = pos;
      while (end < len) {
        const c = text.charCodeAt(end);
        if (c === delim || c === LF) break;
        if (c === QUOTE) return { record, message: 'a quote inside an unquoted field (RFC 4180: quote the field and double the quote)' };
        end++;
      }
      const atDelimiter = end < len && text.charCodeAt(end) === delim;
      const valueEnd = !atDelimiter && end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      fields.push(text.slice(pos, valueEnd));
      pos = end + 1;
      if (!atDelimiter) break;
      if (pos >= len) {
        fields.push(''); // "a," at the very end: a last, empty field
        break;
      }
    }
    onRecord(fields, true);
  }
  return undefined;
}
