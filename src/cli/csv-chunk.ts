/**
 * Pseudonymizing one chunk of CSV records (whole records, no header): parse, replace the chosen
 * columns by their tokens, serialize. Runs in a worker thread or inline; returns plain data so
 * it can cross threads. Errors are returned, not thrown, with the chunk-local row number.
 */
import Papa from 'papaparse';
import { CivicVeilError } from '../errors.js';
import type { Pseudonymizer } from '../pseudonymize/index.js';
import { rowWriter } from './csv-format.js';

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
  const parsed = Papa.parse<string[]>(text, { delimiter: job.delimiter, newline: job.newline, quoteChar: '"', skipEmptyLines: true, header: false });
  const rows = parsed.data;
  // papaparse numbers rows from 0 within the chunk.
  const parseError = parsed.errors[0];
  const badRow = parseError?.row;
  const write = rowWriter(job.delimiter);
  const lines: string[] = [];
  const rejected: RejectedRow[] = [];
  const columns = job.columns;
  const tokens = new Array<string>(columns.length);
  for (let r = 0; r < rows.length; r++) {
    const fields = rows[r]!;
    const rowNo = r + 1;
    if (parseError && badRow === r) {
      return { output: '', rows: r, rejected, error: { row: rowNo, code: 'FORMAT_INVALID', message: `malformed CSV (${parseError.message.replace(/\.$/, '')})` } };
    }
    if (fields.length !== job.width) {
      return {
        output: '',
        rows: r,
        rejected,
        error: { row: rowNo, code: 'FORMAT_INVALID', message: `has ${fields.length} fields, but the header has ${job.width}` },
      };
    }
    // Tokens go into `tokens` first, so a rejected row keeps its fields unchanged.
    let reject: string | undefined;
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
          reject = `column ${col.name}: ${message}`;
          break;
        }
        return { output: '', rows: r, rejected, error: { row: rowNo, column: col.name, code, message } };
      }
    }
    if (reject !== undefined) {
      rejected.push({ row: rowNo, reason: reject, fields });
      continue;
    }
    for (let c = 0; c < columns.length; c++) fields[columns[c]!.index] = tokens[c]!;
    lines.push(write(fields));
  }
  if (parseError && (badRow === undefined || badRow >= rows.length)) {
    return { output: '', rows: rows.length, rejected, error: { row: Math.max(1, rows.length), code: 'FORMAT_INVALID', message: `malformed CSV (${parseError.message.replace(/\.$/, '')})` } };
  }
  return { output: lines.length ? lines.join(job.newline) + job.newline : '', rows: rows.length, rejected };
}
