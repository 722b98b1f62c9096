/**
 * The streaming CSV pipeline of `civicveil pseudonymize`, `encrypt`, `decrypt` and `rotate`: read
 * bytes, cut them into chunks of whole records, transform chunks in worker threads (or inline for
 * small inputs), and write the results in the original order with backpressure, so memory stays
 * flat on any file size.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CivicVeilError, FormatInvalidError, OptionInvalidError, type ErrorCode } from '../errors.js';
import { processChunk, type ChunkJob, type ChunkResult, type ColumnJob } from './csv-chunk.js';
import { rowWriter } from './csv-format.js';
import { parseRecords } from './csv-parse.js';
import { firstRecordEnd, lastRecordEnd } from './csv-split.js';
import { ChunkPool, MAX_WORKER_CHUNK } from './pool.js';
import { transformerFor, type Transformer, type WorkerSetup } from './worker-setup.js';

/** One `--field COLUMN[=SPEC]` option: SPEC is the kind (pseudonymize) or the context (encrypt...). */
export interface FieldSpec {
  column: string;
  spec: string;
  deterministic?: boolean;
}

export interface CsvRunOptions {
  input: AsyncIterable<Uint8Array>;
  output: Writable;
  /** Where rows refused as INPUT_INVALID go (with their row number and reason); absent: such a row stops the run. */
  rejects?: Writable;
  setup: Omit<WorkerSetup, 'job'>;
  fields: FieldSpec[];
  /** A column whose index the task needs (the record id), resolved against the header. */
  recordIdColumn?: string;
  delimiter: string;
  /** Worker threads; 0 processes everything in the main thread. */
  threads: number;
  /** Target chunk size in bytes. */
  chunkBytes: number;
  onProgress?: (rows: number) => void;
}

export interface CsvRunSummary {
  rows: number;
  rejected: number;
  columns: ColumnJob[];
  threads: number;
}

const BOM = [0xef, 0xbb, 0xbf];

async function write(stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length && !stream.write(data)) await once(stream, 'drain');
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function columnIndex(header: string[], column: string, option: string): number {
  const index = header.indexOf(column);
  if (index < 0) {
    throw new OptionInvalidError(`--${option} ${column}: no such column in the header (columns: ${header.join(', ')})`, { option, field: column });
  }
  if (header.indexOf(column, index + 1) >= 0) {
    throw new FormatInvalidError(`--${option} ${column}: the header has more than one column with that name`, { field: column });
  }
  return index;
}

function resolveColumns(header: string[], fields: FieldSpec[]): ColumnJob[] {
  const seen = new Set<string>();
  return fields.map(({ column, spec, deterministic }) => {
    if (seen.has(column)) throw new OptionInvalidError(`--field ${column} is given twice`, { option: 'field', field: column });
    seen.add(column);
    const index = columnIndex(header, column, 'field');
    return deterministic === undefined ? { index, name: column, spec } : { index, name: column, spec, deterministic };
  });
}

/** Runs the pipeline. Throws a CivicVeilError naming the row and column on the first failure. */
export async function transformCsv(options: CsvRunOptions): Promise<CsvRunSummary> {
  const iterator = options.input[Symbol.asyncIterator]();
  let parts: Uint8Array[] = [];
  let buffered = 0;
  let eof = false;
  const pull = async (): Promise<boolean> => {
    const next = await iterator.next();
    if (next.done) {
      eof = true;
      return false;
    }
    parts.push(next.value);
    buffered += next.value.length;
    return true;
  };

  // 1. The header: the first record.
  let head: Uint8Array = new Uint8Array(0);
  let headerEnd = -1;
  while (headerEnd < 0) {
    if (!(await pull())) break;
    head = concat(parts, buffered);
    parts = [head];
    headerEnd = firstRecordEnd(head);
  }
  if (buffered === 0) throw new FormatInvalidError('the input is empty: expected a header row');
  const hasBom = head[0] === BOM[0] && head[1] === BOM[1] && head[2] === BOM[2];
  const start = hasBom ? 3 : 0;
  const headerBytes = head.subarray(start, headerEnd < 0 ? head.length : headerEnd);
  let headerText: string;
  try {
    headerText = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    throw new FormatInvalidError('the header row is not valid UTF-8');
  }
  const newline: '\n' | '\r\n' = headerText.endsWith('\r\n') ? '\r\n' : '\n';
  const headerLine = headerText.replace(/\r?\n$/, '');
  let header: string[] = [];
  const headerError = parseRecords(headerLine, options.delimiter, (fields) => {
    header = fields;
  });
  if (headerError || header.length === 0 || (header.length === 1 && header[0] === '')) {
    throw new FormatInvalidError(`the header row is not valid CSV${headerError ? ` (${headerError.message})` : ''}`);
  }
  const columns = resolveColumns(header, options.fields);
  let setup: Omit<WorkerSetup, 'job'> = options.setup;
  if (options.recordIdColumn !== undefined && setup.task.name !== 'pseudonymize') {
    setup = { ...setup, task: { ...setup.task, recordId: columnIndex(header, options.recordIdColumn, 'record-id') } };
  }
  const job: ChunkJob = { columns, delimiter: options.delimiter, newline, width: header.length, withRejects: !!options.rejects };
  const writeRow = rowWriter(options.delimiter);

  await write(options.output, `${hasBom ? '\uFEFF' : ''}${headerLine}${newline}`);
  if (options.rejects) await write(options.rejects, `${writeRow([...header, 'civicveil_row', 'civicveil_reason'])}${newline}`);

  const rest = headerEnd < 0 ? new Uint8Array(0) : head.subarray(headerEnd);
  parts = rest.length ? [rest] : [];
  buffered = rest.length;

  // 2. Data rows, in chunks of whole records.
  let pool: ChunkPool | undefined;
  let inline: Transformer | undefined;
  const queue: Promise<ChunkResult>[] = [];
  // Two chunks per worker: one being processed, one queued; more only costs memory.
  const maxInFlight = Math.max(2, options.threads * 2);
  let rows = 0;
  let rejected = 0;
  let usedThreads = 0;

  const handle = async (result: ChunkResult): Promise<void> => {
    if (result.error) {
      const e = result.error;
      const row = rows + e.row;
      const where = `row ${row}${e.column ? `, column ${e.column}` : ''}`;
      const location = e.column ? { row, field: e.column } : { row };
      throw new CivicVeilError(e.code as ErrorCode, `${where}: ${e.message}`, location);
    }
    await write(options.output, result.output);
    if (options.rejects) {
      for (const r of result.rejected) await write(options.rejects, `${writeRow([...r.fields, String(rows + r.row), r.reason])}${newline}`);
    }
    rows += result.rows;
    rejected += result.rejected.length;
    options.onProgress?.(rows);
  };

  const dispatch = (bytes: Uint8Array, last: boolean): void => {
    // Small inputs (a single chunk) and oversized chunks run in the main thread.
    if (options.threads === 0 || (last && !pool) || bytes.length > MAX_WORKER_CHUNK) {
      inline ??= transformerFor({ ...setup, job });
      queue.push(Promise.resolve(processChunk(inline.transform, bytes, job)));
      return;
    }
    if (!pool) {
      pool = new ChunkPool(options.threads, { ...setup, job });
      usedThreads = options.threads;
    }
    const pending = pool.run(bytes);
    // Marked handled: when an earlier chunk fails, the pool is closed and later ones reject unread.
    pending.catch(() => undefined);
    queue.push(pending);
  };

  try {
    for (;;) {
      while (!eof && buffered < options.chunkBytes) await pull();
      if (buffered === 0) break;
      const all = concat(parts, buffered);
      const cut = eof ? all.length : lastRecordEnd(all);
      if (cut === 0) {
        // One record longer than a chunk: keep reading until it ends.
        parts = [all];
        await pull();
        continue;
      }
      // `all` is a fresh buffer: the chunk is handed over (transferred to a worker) as a view of
      // it, after the partial record at its end is copied out.
      const tail = all.slice(cut);
      dispatch(all.subarray(0, cut), eof && cut === all.length);
      parts = tail.length ? [tail] : [];
      buffered = tail.length;
      while (queue.length >= maxInFlight) await handle(await queue.shift()!);
      if (eof && buffered === 0) break;
    }
    while (queue.length) await handle(await queue.shift()!);
  } finally {
    inline?.destroy();
    await pool?.close();
  }
  return { rows, rejected, columns, threads: usedThreads };
}
