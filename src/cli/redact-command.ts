/**
 * `civicveil redact` and `civicveil detect`: the redaction library on plain text, CSV columns or
 * JSON lines, streaming (memory stays flat on any input size). Plain text is processed a block of
 * whole lines at a time: detection never looks across a line break, so the output is the same as
 * for the whole text at once.
 */
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFieldEncryptor } from '../encrypt/index.js';
import { CivicVeilError, FormatInvalidError, InputInvalidError, OptionInvalidError } from '../errors.js';
import { parseKeyring, type Keyring } from '../keys/index.js';
import { createPseudonymizer } from '../pseudonymize/index.js';
import {
  createRecordRedactor,
  createTextRedactor,
  detect,
  labelOperator,
  encryptOperator,
  maskOperator,
  pseudonymOperator,
  removeOperator,
  type DetectOptions,
  type Operator,
  type RedactTextOptions,
  type Span,
} from '../redact/index.js';
import { abortAll, openAtomic, type AtomicFile } from './atomic-file.js';
import { rowWriter } from './csv-format.js';
import { parseRecords } from './csv-parse.js';
import { firstRecordEnd, lastRecordEnd } from './csv-split.js';
import { readKeyringText } from './keyring-source.js';
import { delimiterOption, intOption } from './options.js';

/**
 * Where a command reads and writes: `process.stdin`/`stdout`/`stderr`, or stand-ins in tests.
 * @example const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
 */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: CliOutput;
  stderr: { write(chunk: string): unknown };
}

/**
 * A writable: `write` may return false to ask the writer to wait for `drain` (Node streams do).
 * @example const out: CliOutput = { write: (s) => void chunks.push(s) };
 */
export interface CliOutput {
  write(chunk: string): boolean | void;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * The help text of `redact` and `detect`, for `civicveil --help` and `-h`.
 * @example process.stdout.write(REDACT_HELP);
 */
export const REDACT_HELP = `civicveil redact [--operator mask|label|remove|pseudonym|encrypt] [--in FILE] [--out FILE]
                 [--field COLUMN[=TYPE] ... [--delimiter C] | --jsonl]
                 [--keep-last N] [--mask-char C]                 (mask)
                 [--keys FILE --domain D] [--algorithm p1|a1]      (pseudonym, encrypt)
                 [--types TYPE,...] [--min-score X]
    Redact identifiers (SSN, ITIN, A_NUMBER, USCIS_RECEIPT, PASSPORT, PHONE, EMAIL,
    DATE_OF_BIRTH, CREDIT_CARD, IP_ADDRESS) in plain text (default), in the named CSV
    columns (--field, repeatable; COLUMN=TYPE redacts the whole cell as that type, e.g.
    --field ssn=SSN), or in the "text" member of JSON lines (--jsonl).
    Operators: label (default, "[SSN]"), mask ("***-**-****"; --keep-last 4 keeps the
    last 4 letters and digits), remove, pseudonym (keyed p1 token: the same value gets
    the same token in every document), encrypt (e1 envelope bound to the type, e.g. "SSN").

civicveil detect [--jsonl] [--in FILE] [--out FILE] [--types TYPE,...] [--min-score X]
    With --jsonl, read JSON lines with a "text" member and write each back with a "spans"
    array of {type, start, end, score} (JavaScript string offsets, end exclusive). Without
    it, write one such JSON object a line for the spans of the whole plain-text input.
`;

const STRING = { type: 'string' } as const;
const COMMON = { in: STRING, out: STRING, types: STRING, 'min-score': STRING, help: { type: 'boolean', short: 'h' } } as const;

/** Exit status of a failure: 2 for bad usage or input, 1 for keys and anything else. */
function statusOf(e: unknown): number {
  if (e instanceof CivicVeilError) return e.code === 'OPTION_INVALID' || e.code === 'FORMAT_INVALID' || e.code === 'INPUT_INVALID' ? 2 : 1;
  if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return 2;
  return 1;
}

async function guarded(io: CliIo, run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    await abortAll();
    const message = e instanceof CivicVeilError ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
    io.stderr.write(`civicveil: ${message}\n`);
    return statusOf(e);
  }
}

/** `--types SSN,ITIN` and `--min-score 0.7` as detection options. */
function detectOptions(values: { types?: string | undefined; 'min-score'?: string | undefined }): DetectOptions {
  const options: { types?: string[]; minScore?: number } = {};
  if (values.types !== undefined) {
    const types = values.types.split(',').map((t) => t.trim().toUpperCase()).filter((t) => t !== '');
    if (types.length === 0) throw new OptionInvalidError('--types needs type names, e.g. --types SSN,ITIN', { option: 'types' });
    options.types = types;
  }
  if (values['min-score'] !== undefined) {
    const x = values['min-score'];
    if (!/^(?:0(?:\.\d+)?|1(?:\.0*)?|\.\d+)$/.test(x)) throw new OptionInvalidError('--min-score must be a number from 0 to 1', { option: 'min-score' });
    options.minScore = Number(x);
  }
  return options;
}

/** The input: --in FILE (checked readable now) or stdin. */
async function openInput(file: string | undefined, io: CliIo): Promise<AsyncIterable<string | Uint8Array> & { destroy?(): void }> {
  if (file === undefined) return io.stdin;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (e: NodeJS.ErrnoException) => fail(new OptionInvalidError(`--in ${file}: cannot read it (${e.code ?? 'error'})`, { option: 'in' })));
  });
  return stream;
}

/** Writes with backpressure. */
async function put(out: CliOutput, text: string): Promise<void> {
  if (text.length === 0) return;
  if (out.write(text) === false && out.once) await new Promise<void>((ok) => out.once!('drain', ok));
}

/** Runs `body` with the output: --out FILE (atomic: whole or nothing) or stdout. */
async function withOutput(file: string | undefined, input: string | undefined, io: CliIo, body: (out: CliOutput) => Promise<void>): Promise<void> {
  if (file === undefined) return body(io.stdout);
  if (input !== undefined && resolve(file) === resolve(input)) throw new OptionInvalidError('--out is the input file', { option: 'out' });
  let atomic: AtomicFile | undefined;
  try {
    atomic = await openAtomic(file);
  } catch (e) {
    throw new OptionInvalidError(`--out ${file}: cannot create it (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { option: 'out' });
  }
  try {
    await body(atomic.stream);
    await atomic.commit();
  } catch (e) {
    await atomic.abort();
    throw e;
  }
}

/** The input as UTF-8 text, a block of whole lines at a time (each block ends with `\n`, except the last). */
async function* lineBlocks(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  const decode = (chunk: string | Uint8Array, stream: boolean): string => {
    if (typeof chunk === 'string') return chunk;
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new FormatInvalidError('the input is not valid UTF-8');
    }
  };
  for await (const chunk of input) {
    pending += decode(chunk, true);
    const cut = pending.lastIndexOf('\n');
    if (cut >= 0 && (cut > 1 << 16 || pending.length > 1 << 20)) {
      yield pending.slice(0, cut + 1);
      pending = pending.slice(cut + 1);
    }
  }
  pending += decode(new Uint8Array(0), false);
  if (pending.length > 0) yield pending;
}

/** JSON lines: each non-empty line parsed to an object with a string `text` member. */
async function* jsonLines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<{ line: number; object: Record<string, unknown>; text: string }> {
  let line = 0;
  for await (const block of lineBlocks(input)) {
    const parts = block.split('\n');
    if (block.endsWith('\n')) parts.pop();
    for (const raw of parts) {
      line++;
      let source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === 1 && source.charCodeAt(0) === 0xfeff) source = source.slice(1); // a byte order mark
      if (source.trim() === '') continue;
      let object: unknown;
      try {
        object = JSON.parse(source);
      } catch {
        throw new FormatInvalidError(`line ${line}: not valid JSON`, { row: line });
      }
      if (typeof object !== 'object' || object === null || Array.isArray(object)) {
        throw new FormatInvalidError(`line ${line}: expected a JSON object`, { row: line });
      }
      const text = (object as Record<string, unknown>).text;
      if (typeof text !== 'string') throw new InputInvalidError(`line ${line}: the "text" member is missing or not a string`, { row: line, field: 'text' });
      yield { line, object: object as Record<string, unknown>, text };
    }
  }
}

// --- redact ---------------------------------------------------------------------------------

const OPERATORS = ['label', 'mask', 'remove', 'pseudonym', 'encrypt'] as const;

interface RedactValues {
  operator?: string | undefined;
  'keep-last'?: string | undefined;
  'mask-char'?: string | undefined;
  keys?: string | undefined;
  domain?: string | undefined;
  algorithm?: string | undefined;
}

function keyring(values: RedactValues, io: CliIo, operator: string): Keyring {
  if (!values.domain) throw new OptionInvalidError(`--operator ${operator} needs --domain, e.g. --domain hra/case-notes`, { option: 'domain' });
  const text = readKeyringText(values.keys);
  if (text.warning) io.stderr.write(`civicveil: warning: ${text.warning}\n`);
  return parseKeyring(text.json);
}

/** The operator the options describe, and a function to wipe the keys it holds. */
function operatorOf(values: RedactValues, io: CliIo): { operator: Operator; destroy(): void; describe: string } {
  const name = values.operator ?? 'label';
  if (!(OPERATORS as readonly string[]).includes(name)) {
    throw new OptionInvalidError(`--operator must be one of ${OPERATORS.join(', ')}`, { option: 'operator' });
  }
  const refuse = (option: keyof RedactValues, needs: string) => {
    if (values[option] !== undefined) throw new OptionInvalidError(`--${option} only applies to ${needs}`, { option });
  };
  if (name !== 'mask') {
    refuse('keep-last', '--operator mask');
    refuse('mask-char', '--operator mask');
  }
  if (name !== 'pseudonym') refuse('algorithm', '--operator pseudonym');
  if (name !== 'pseudonym' && name !== 'encrypt') {
    refuse('keys', '--operator pseudonym or encrypt');
    refuse('domain', '--operator pseudonym or encrypt');
  }
  const none = () => undefined;
  if (name === 'mask') {
    const keepLast = intOption(values['keep-last'], 'keep-last', 0, 64) ?? 0;
    const operator: Operator = maskOperator({ keepLast, ...(values['mask-char'] !== undefined ? { char: values['mask-char'] } : {}) });
    return { operator, destroy: none, describe: keepLast ? `mask (last ${keepLast} kept)` : 'mask' };
  }
  if (name === 'pseudonym') {
    const algorithm = values.algorithm ?? 'p1';
    if (algorithm !== 'p1' && algorithm !== 'a1') throw new OptionInvalidError('--algorithm must be p1 or a1', { option: 'algorithm' });
    const ring = keyring(values, io, name);
    const p = createPseudonymizer({ keyring: ring, domain: values.domain!, algorithm });
    return { operator: pseudonymOperator({ pseudonymizer: p }), destroy: () => p.destroy(), describe: `pseudonym (${algorithm}, key ${p.kid}, domain ${p.domain})` };
  }
  if (name === 'encrypt') {
    const ring = keyring(values, io, name);
    const enc = createFieldEncryptor({ keyring: ring, domain: values.domain! });
    return { operator: encryptOperator({ encryptor: enc }), destroy: () => enc.destroy(), describe: `encrypt (key ${enc.kid}, domain ${enc.domain}, context = type)` };
  }
  return { operator: name === 'remove' ? removeOperator() : labelOperator(), destroy: none, describe: name };
}

/** Counts of redacted values by type, for the summary line. */
function tally(counts: Map<string, number>, spans: readonly Span[]): void {
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
}

function summary(counts: Map<string, number>): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`);
  return `${total.toLocaleString('en-US')} value${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** `--field COLUMN` (scan the cell's text) or `--field COLUMN=TYPE` (redact the whole cell as TYPE). */
interface CsvField {
  column: string;
  type?: string;
}

function csvFields(values: string[]): CsvField[] {
  const seen = new Set<string>();
  return values.map((v) => {
    const eq = v.indexOf('=');
    const column = eq < 0 ? v : v.slice(0, eq);
    const type = eq < 0 ? undefined : v.slice(eq + 1).trim().toUpperCase();
    if (!column || type === '') throw new OptionInvalidError(`--field ${v}: expected COLUMN or COLUMN=TYPE`, { option: 'field' });
    if (seen.has(column)) throw new OptionInvalidError(`--field ${column} is given twice`, { option: 'field', field: column });
    seen.add(column);
    return type === undefined ? { column } : { column, type };
  });
}

/**
 * CSV: the header, then every row with the chosen columns redacted (`redactRecord` with a
 * whole-field rule for `COLUMN=TYPE`, a scan otherwise), a block of whole records at a time.
 */
async function redactCsv(
  input: AsyncIterable<string | Uint8Array>,
  out: CliOutput,
  fields: readonly CsvField[],
  delimiter: string,
  options: RedactTextOptions,
  counts: Map<string, number>,
): Promise<number> {
  const redact = createRecordRedactor({
    ...options,
    fields: Object.fromEntries(fields.filter((f) => f.type).map((f) => [f.column, { operator: options.operator!, type: f.type! }])),
    scan: fields.filter((f) => !f.type).map((f) => f.column),
  });
  const write = rowWriter(delimiter);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let buffer = new Uint8Array(0);
  let header: string[] | undefined;
  let indexes: number[] = [];
  let newline = '\n';
  let rows = 0;
  const decode = (bytes: Uint8Array): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new FormatInvalidError(`the input is not valid UTF-8 (after row ${rows})`);
    }
  };
  const readHeader = (bytes: Uint8Array): string => {
    let text = decode(bytes);
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    newline = text.endsWith('\r\n') ? '\r\n' : '\n';
    const line = text.replace(/\r?\n$/, '');
    let names: string[] = [];
    const error = parseRecords(line, delimiter, (f) => {
      names = f;
    });
    if (error || names.length === 0 || (names.length === 1 && names[0] === '')) {
      throw new FormatInvalidError(`the header row is not valid CSV${error ? ` (${error.message})` : ''}`);
    }
    header = names;
    indexes = fields.map(({ column }) => {
      const i = names.indexOf(column);
      if (i < 0) throw new OptionInvalidError(`--field ${column}: no such column in the header (columns: ${names.join(', ')})`, { option: 'field', field: column });
      return i;
    });
    return `${bom ? '\uFEFF' : ''}${line}${newline}`;
  };
  const block = async (bytes: Uint8Array): Promise<void> => {
    let output = '';
    if (header === undefined) {
      const end = firstRecordEnd(bytes);
      output += readHeader(end < 0 ? bytes : bytes.subarray(0, end));
      bytes = end < 0 ? new Uint8Array(0) : bytes.subarray(end);
    }
    const width = header!.length;
    const error = parseRecords(decode(bytes), delimiter, (cells) => {
      rows++;
      if (cells.length !== width) throw new FormatInvalidError(`row ${rows}: ${cells.length} fields, the header has ${width}`, { row: rows });
      const record: Record<string, string> = {};
      for (let k = 0; k < fields.length; k++) record[fields[k]!.column] = cells[indexes[k]!]!;
      let result;
      try {
        result = redact(record);
      } catch (e) {
        if (e instanceof CivicVeilError) throw new CivicVeilError(e.code, `row ${rows}: ${e.message}`, { row: rows, ...(e.field ? { field: e.field } : {}) });
        throw e;
      }
      for (let k = 0; k < fields.length; k++) {
        const value = result.record[fields[k]!.column];
        cells[indexes[k]!] = typeof value === 'string' ? value : '';
      }
      for (const spans of Object.values(result.spans)) tally(counts, spans);
      output += write(cells) + newline;
    });
    if (error) throw new FormatInvalidError(`row ${rows + 1}: ${error.message}`, { row: rows + 1 });
    await put(out, output);
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    const joined = new Uint8Array(buffer.length + bytes.length);
    joined.set(buffer, 0);
    joined.set(bytes, buffer.length);
    buffer = joined;
    if (buffer.length < 1 << 16) continue;
    const cut = lastRecordEnd(buffer);
    if (cut > 0) {
      await block(buffer.subarray(0, cut));
      buffer = buffer.slice(cut);
    }
  }
  if (buffer.length === 0 && header === undefined) throw new FormatInvalidError('the input is empty: expected a header row');
  if (buffer.length > 0) await block(buffer);
  return rows;
}

/**
 * `civicveil redact ARGS`: returns the exit status (0 done, 2 bad options or input, 1 keys or
 * other failures), having written errors to `io.stderr`.
 * @example process.exitCode = await runRedact(['--operator', 'mask', '--in', 'notes.txt'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 */
export async function runRedact(args: string[], io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const { values } = parseArgs({
      args,
      options: {
        ...COMMON,
        operator: STRING,
        'keep-last': STRING,
        'mask-char': STRING,
        keys: STRING,
        domain: STRING,
        algorithm: STRING,
        field: { type: 'string', multiple: true },
        delimiter: STRING,
        jsonl: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(REDACT_HELP);
      return;
    }
    const fields = values.field ?? [];
    if (fields.length > 0 && values.jsonl) throw new OptionInvalidError('--field (CSV) and --jsonl cannot be used together', { option: 'jsonl' });
    if (values.delimiter !== undefined && fields.length === 0) throw new OptionInvalidError('--delimiter only applies to CSV input (--field)', { option: 'delimiter' });
    const delimiter = delimiterOption(values.delimiter);
    const csv = csvFields(fields);
    const detection = detectOptions(values);
    const { operator, destroy, describe } = operatorOf(values, io);
    try {
      const options: RedactTextOptions = { ...detection, operator };
      const redact = createTextRedactor(options);
      const counts = new Map<string, number>();
      const input = await openInput(values.in, io);
      try {
        await withOutput(values.out, values.in, io, async (out) => {
          if (fields.length > 0) {
            const rows = await redactCsv(input, out, csv, delimiter, options, counts);
            const columns = csv.map((f) => (f.type ? `${f.column} as ${f.type}` : f.column)).join(', ');
            io.stderr.write(`civicveil: redacted ${summary(counts)} in ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} (${columns}) with ${describe}\n`);
          } else if (values.jsonl) {
            let lines = 0;
            for await (const { object, text } of jsonLines(input)) {
              const r = redact(text);
              tally(counts, r.spans);
              await put(out, `${JSON.stringify({ ...object, text: r.text })}\n`);
              lines++;
            }
            io.stderr.write(`civicveil: redacted ${summary(counts)} in ${lines.toLocaleString('en-US')} JSON lines with ${describe}\n`);
          } else {
            for await (const block of lineBlocks(input)) {
              const r = redact(block);
              tally(counts, r.spans);
              await put(out, r.text);
            }
            io.stderr.write(`civicveil: redacted ${summary(counts)} with ${describe}\n`);
          }
        });
      } finally {
        input.destroy?.();
      }
    } finally {
      destroy();
    }
  });
}

/**
 * `civicveil detect ARGS`: with `--jsonl`, each JSON line with a `text` member is written back with
 * `spans`; without, the spans of the plain-text input, one JSON object a line. Returns the exit
 * status as {@link runRedact} does.
 * @example process.exitCode = await runDetect(['--jsonl'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 */
export async function runDetect(args: string[], io: CliIo): Promise<number> {
  return guarded(io, async () => {
    const { values } = parseArgs({ args, options: { ...COMMON, jsonl: { type: 'boolean' } }, strict: true, allowPositionals: false });
    if (values.help) {
      io.stdout.write(REDACT_HELP);
      return;
    }
    const options = detectOptions(values);
    detect('', options); // bad options fail before any output is created
    const input = await openInput(values.in, io);
    try {
      await withOutput(values.out, values.in, io, async (out) => {
        if (values.jsonl) {
          for await (const { object, text } of jsonLines(input)) {
            const spans = detect(text, options).map(({ type, start, end, score }) => ({ type, start, end, score }));
            await put(out, `${JSON.stringify({ ...object, spans })}\n`);
          }
          return;
        }
        let offset = 0;
        for await (const block of lineBlocks(input)) {
          let lines = '';
          for (const { type, start, end, score } of detect(block, options)) {
            lines += `${JSON.stringify({ type, start: offset + start, end: offset + end, score })}\n`;
          }
          await put(out, lines);
          offset += block.length;
        }
      });
    } finally {
      input.destroy?.();
    }
  });
}
