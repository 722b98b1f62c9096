/**
 * Pseudonymizing one chunk of CSV records (whole records, no header): parse, replace the chosen
 * columns by their tokens, serialize. Runs in a worker thread or inline; returns plain data so
 * it can cross threads. Errors are returned, not thrown, with the chunk-local row number.
 */
import { CivicVeilError } from '../errors.js';
import { fieldQuoter, rowWriter } from './csv-format.js';
import { parseRecords } from './csv-parse.js';

/** A column to transform: its index in the header, its name, and what to do (a kind, or a context and mode). */
export interface ColumnJob {
  index: number;
  name: string;
  /** pseudonymize: the kind; encrypt, decrypt, rotate: the context. */
  spec: string;
  /** encrypt, decrypt, rotate: randomized (xc20p) or deterministic (siv). */
  deterministic?: boolean;
}

/**
 * Transforms the cell of `columns[column]` holding `value`; `cell(i)` reads another cell of the
 * same row (the record id). Throws a CivicVeilError when the value cannot be transformed.
 */
export type CellTransform = (column: number, value: string, cell: (index: number) => string) => string;

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
  /** The output records as UTF-8 bytes (bytes, not a string, so a worker can transfer them without a copy). */
  output: Uint8Array;
  rows: number;
  rejected: RejectedRow[];
  error?: ChunkError;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/** Transforms the chosen columns of the records in `bytes` (UTF-8, whole records). */
export function processChunk(transform: CellTransform, bytes: Uint8Array, job: ChunkJob): ChunkResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { output: EMPTY, rows: 0, rejected: [], error: { row: 1, code: 'FORMAT_INVALID', message: 'input is not valid UTF-8 in this block of rows' } };
  }
  const { columns, delimiter, width } = job;
  const write = rowWriter(delimiter);
  const quote = fieldQuoter(delimiter);
  const tokens = new Array<string>(columns.length);
  const rejected: RejectedRow[] = [];
  let output = '';
  let rows = 0;
  let failure: ChunkError | undefined;

  /** Tokens of this row's chosen values into `tokens`; false when the row was set aside or failed. */
  const tokenize = (rowNo: number, valueOf: (index: number) => string, fieldsOf: () => string[]): boolean => {
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const value = valueOf(col.index);
      if (value === '') {
        tokens[c] = ''; // an empty cell stays empty: no shared "empty" token
        continue;
      }
      try {
        tokens[c] = transform(c, value, valueOf);
      } catch (e) {
        const code = e instanceof CivicVeilError ? e.code : 'INPUT_INVALID';
        const message = e instanceof CivicVeilError ? e.message : 'could not be transformed';
        if (job.withRejects && code === 'INPUT_INVALID') {
          rejected.push({ row: rowNo, reason: `column ${col.name}: ${message}`, fields: fieldsOf() });
        } else {
          failure = { row: rowNo, column: col.name, code, message };
        }
        return false;
      }
    }
    return true;
  };

  const fieldCountError = (rowNo: number, count: number): void => {
    failure = { row: rowNo, code: 'FORMAT_INVALID', message: `has ${count} fields, but the header has ${width}` };
  };

  // A record with quotes: its fields, re-quoted where needed on output.
  const onRecord = (fields: string[]): void => {
    if (failure) return;
    const rowNo = ++rows;
    if (fields.length !== width) return fieldCountError(rowNo, fields.length);
    if (!tokenize(rowNo, (i) => fields[i]!, () => fields)) return;
    for (let c = 0; c < columns.length; c++) fields[columns[c]!.index] = tokens[c]!;
    output += write(fields) + job.newline;
  };

  // A record without quotes (most of them): only the chosen fields are sliced out, and the output
  // line is the input line with those fields swapped for their new values. Such a line holds no
  // quote or newline and its other fields no delimiter; a new value is quoted only if it needs it
  // (tokens and envelopes never do; decrypted text may).
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const onPlainLine = (line: string): void => {
    if (failure) return;
    const rowNo = ++rows;
    let count = 1;
    let from = 0;
    starts[0] = 0;
    for (;;) {
      const d = line.indexOf(delimiter, from);
      if (d < 0) break;
      if (count < width) {
        ends[count - 1] = d;
        starts[count] = d + 1;
      }
      count++;
      from = d + 1;
    }
    if (count !== width) return fieldCountError(rowNo, count);
    ends[width - 1] = line.length;
    if (!tokenize(rowNo, (i) => line.slice(starts[i], ends[i]), () => line.split(delimiter))) return;
    let out = '';
    let last = 0;
    for (const c of byPosition) {
      const index = columns[c]!.index;
      out += line.slice(last, starts[index]) + quote(tokens[c]!);
      last = ends[index]!;
    }
    output += out + line.slice(last) + job.newline;
  };
  // Columns in the order they appear in a row, for assembling output lines left to right.
  const byPosition = columns.map((_, c) => c).sort((a, b) => columns[a]!.index - columns[b]!.index);

  const syntax = parseRecords(text, delimiter, onRecord, onPlainLine);
  if (failure) return { output: EMPTY, rows: failure.row - 1, rejected, error: failure };
  if (syntax) return { output: EMPTY, rows: syntax.record - 1, rejected, error: { row: syntax.record, code: 'FORMAT_INVALID', message: `malformed CSV: ${syntax.message}` } };
  return { output: encoder.encode(output), rows, rejected };
}
