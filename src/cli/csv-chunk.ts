/**
 * Pseudonymizing one chunk of CSV records (whole records, no header): parse, replace the chosen
 * columns by their tokens, serialize. Runs in a worker thread or inline; returns plain data so
 * it can cross threads. Errors are returned, not thrown, with the chunk-local row number.
 */
import { CivicVeilError } from '../errors.js';
import type { Pseudonymizer } from '../pseudonymize/index.js';
import { rowWriter } from './csv-format.js';
import { parseRecords } from './csv-parse.js';

/** A column to pseudonymize: its index in the header, its name and its kind. */
export interface ColumnJob {
  index: number;
  name: string;
  kind: string;
}

/** Everything a chunk needs besides its bytes. */
export interface ChunkJob {
  columns: ColumnJob[];
  delimiter: string;
  newline: '\n' | '\r\n';
  /** Number of fields in the header; every row must have as many. */
  width: number;
  /** Set rows whose value a normalizer refuses aside instead of failing. */
  withRejects: boolean;
}

/** A row set aside: its chunk-local number, the reason (never the value) and its fields unchanged. */
export interface RejectedRow {
  row: number;
  reason: string;
  fields: string[];
}

export interface ChunkError {
  /** 1-based row within the chunk. */
  row: number;
  column?: string;
  code: string;
  message: string;
}

export interface ChunkResult {
  output: string;
  rows: number;
  rejected: RejectedRow[];
  error?: ChunkError;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Pseudonymizes the records in `bytes` (UTF-8, whole records). */
export function processChunk(pseudonymizer: Pseudonymizer, bytes: Uint8Array, job: ChunkJob): ChunkResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { output: '', rows: 0, rejected: [], error: { row: 1, code: 'FORMAT_INVALID', message: 'input is not valid UTF-8 in this block of rows' } };
  }
  const { columns, delimiter, width } = job;
  const write = rowWriter(delimiter);
  const tokens = new Array<string>(columns.length);
  const rejected: RejectedRow[] = [];
  let output = '';
  let rows = 0;
  let failure: ChunkError | undefined;

  const syntax = parseRecords(text, delimiter, (fields, quoted) => {
    if (failure) return;
    const rowNo = ++rows;
    if (fields.length !== width) {
      failure = { row: rowNo, code: 'FORMAT_INVALID', message: `has ${fields.length} fields, but the header has ${width}` };
      return;
    }
    // Tokens go into `tokens` first, so a rejected row keeps its fields unchanged.
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const value = fields[col.index]!;
      if (value === '') {
        tokens[c] = ''; // an empty cell stays empty: no shared "empty" token
        continue;
      }
      try {
        tokens[c] = pseudonymizer.pseudonymize(col.kind, value);
      } catch (e) {
        const code = e instanceof CivicVeilError ? e.code : 'INPUT_INVALID';
        const message = e instanceof CivicVeilError ? e.message : 'could not be pseudonymized';
        if (job.withRejects && code === 'INPUT_INVALID') {
          rejected.push({ row: rowNo, reason: `column ${col.name}: ${message}`, fields });
        } else {
          failure = { row: rowNo, column: col.name, code, message };
        }
        return;
      }
    }
    for (let c = 0; c < columns.length; c++) fields[columns[c]!.index] = tokens[c]!;
    // A record read without quotes holds no delimiter, quote or newline, and tokens never do.
    output += (quoted ? write(fields) : fields.join(delimiter)) + job.newline;
  });
  if (failure) return { output: '', rows: failure.row - 1, rejected, error: failure };
  if (syntax) return { output: '', rows: syntax.record - 1, rejected, error: { row: syntax.record, code: 'FORMAT_INVALID', message: `malformed CSV: ${syntax.message}` } };
  return { output, rows, rejected };
}
