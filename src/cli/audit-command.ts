/**
 * `civicveil audit`: the questions and columns of a form, schema, table or name list that collect
 * citizenship or immigration status, government IDs, nationality or origin, language as a proxy,
 * or religion. A thin layer over civicveil/audit: read the file, call the library, print.
 *
 * Exit status: 0 nothing sensitive, 1 at least one sensitive question or column (so a forms
 * repository can gate on it), 2 bad usage or unreadable input. `--jsonl` is a transformation and
 * exits 0 when every line was read.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  auditCsv,
  auditHtmlForm,
  auditJsonSchema,
  auditNames,
  classifyField,
  formatAuditReport,
  type AuditReport,
} from '../audit/index.js';
import { CivicVeilError, FormatInvalidError, InputInvalidError, OptionInvalidError } from '../errors.js';
import { delimiterOption } from './options.js';

/** The help text of the command, for the main help. */
export const AUDIT_USAGE = `  civicveil audit FILE [--json] [--delimiter C]
      Report the questions or columns of FILE that ask for citizenship or immigration status,
      SSN/ITIN and other government IDs, nationality or origin, language (a proxy for origin) or
      religion, in English and Spanish, with evidence and what to do instead. The type comes from
      the extension: .json JSON Schema (or an array of names), .csv/.tsv header and up to 200
      sample rows (values are scanned too), .html/.htm form, .txt one name per line.
      --json prints the report as JSON. Exit status: 0 none found, 1 sensitive found, 2 bad input.

  civicveil audit --jsonl [--in FILE]
      Read JSON lines with a "field" member (stdin by default) and write each back with
      "category" and "sensitive" added.
`;

/** Where the command reads and writes; the process streams by default. */
export interface AuditIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(chunk: string): boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown };
}

const PROCESS_IO: AuditIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** A report file is read whole up to this size; a CSV only up to its first {@link CSV_HEAD} bytes (200 rows are sampled). */
const MAX_FILE = 64 << 20;
const CSV_HEAD = 8 << 20;

const OPTIONS = {
  jsonl: { type: 'boolean' },
  json: { type: 'boolean' },
  in: { type: 'string' },
  delimiter: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `civicveil audit` with the arguments that follow the command name; resolves to the exit
 * status. Errors are reported on `io.stderr` (never with file content) and give status 2.
 * @example
 * process.exitCode = await runAudit(['forms/intake.html']);
 */
export async function runAudit(args: readonly string[], io: AuditIo = PROCESS_IO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout.write(`Usage:\n${AUDIT_USAGE}`);
      return 0;
    }
    if (values.jsonl) {
      if (values.json) throw new OptionInvalidError('--json and --jsonl cannot be combined', { option: 'json' });
      if (positionals.length > 1 || (positionals.length === 1 && values.in !== undefined)) {
        throw new OptionInvalidError('give the input once: --in FILE (or one FILE)', { option: 'in' });
      }
      await _jsonl(values.in ?? positionals[0], io);
      return 0;
    }
    if (values.in !== undefined) throw new OptionInvalidError('--in goes with --jsonl; give the file to audit as FILE', { option: 'in' });
    if (positionals.length !== 1) throw new OptionInvalidError('give one FILE to audit (or --jsonl); try civicveil audit --help', { option: 'file' });
    const file = positionals[0]!;
    const report = _auditFile(file, values.delimiter);
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report, { title: basename(file) }));
    return report.sensitive > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof CivicVeilError) {
      io.stderr.write(`civicveil: ${e.message} [${e.code}]\n`);
    } else if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`civicveil: ${e.message}; try civicveil audit --help\n`);
    } else {
      io.stderr.write(`civicveil: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    return 2;
  }
}

/** Reads up to `limit` bytes of `file` as UTF-8; `whole` tells whether that was all of it. */
function _read(file: string, limit: number): { text: string; whole: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new OptionInvalidError(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { option: 'file' });
  }
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(0, filled)), whole: size <= limit };
  } catch (e) {
    if (e instanceof CivicVeilError) throw e;
    throw new OptionInvalidError(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { option: 'file' });
  } finally {
    closeSync(fd);
  }
}

function _auditFile(file: string, delimiter: string | undefined): AuditReport {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') {
    const { text, whole } = _read(file, CSV_HEAD);
    // A cut file ends mid-record: keep whole lines only.
    const body = whole ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
    return auditCsv(body, { delimiter: delimiterOption(delimiter ?? (ext === '.tsv' ? 'tab' : undefined)) });
  }
  if (delimiter !== undefined) throw new OptionInvalidError('--delimiter applies to .csv and .tsv files only', { option: 'delimiter' });
  const known = ['.json', '.html', '.htm', '.txt'];
  if (!known.includes(ext)) {
    throw new OptionInvalidError(`cannot tell the type of ${basename(file)}: use .json (JSON Schema), .csv or .tsv, .html or .htm, or .txt (one name per line)`, {
      option: 'file',
    });
  }
  const { text, whole } = _read(file, MAX_FILE);
  if (!whole) throw new InputInvalidError(`${basename(file)} is larger than ${MAX_FILE >> 20} MiB`, { option: 'file' });
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (ext === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new FormatInvalidError(`${basename(file)} is not valid JSON`);
    }
    if (Array.isArray(parsed)) return auditNames(parsed as string[]);
    return auditJsonSchema(parsed);
  }
  if (ext === '.txt') {
    return auditNames(content.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== ''));
  }
  return auditHtmlForm(content);
}

/** `--jsonl`: one classification per line, streaming. */
async function _jsonl(file: string | undefined, io: AuditIo): Promise<void> {
  let input: NodeJS.ReadableStream = io.stdin;
  if (file !== undefined) {
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok());
      stream.once('error', (e: NodeJS.ErrnoException) => fail(new OptionInvalidError(`--in ${file}: cannot read it (${e.code ?? 'error'})`, { option: 'in' })));
    });
    input = stream;
  }
  let failure: unknown;
  input.once('error', (e: unknown) => {
    failure = e;
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join('');
    pending = [];
    pendingBytes = 0;
    if (!io.stdout.write(chunk) && io.stdout.once) await new Promise<void>((ok) => io.stdout.once!('drain', ok));
  };
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw new FormatInvalidError(`line ${line}: not valid JSON`, { row: line });
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new FormatInvalidError(`line ${line}: expected a JSON object`, { row: line });
      }
      const field = (record as { field?: unknown }).field;
      if (typeof field !== 'string') throw new InputInvalidError(`line ${line}: the "field" member must be a string`, { row: line, field: 'field' });
      const c = classifyField(field);
      const out = `${JSON.stringify({ ...record, category: c.category, sensitive: c.sensitive })}\n`;
      pending.push(out);
      pendingBytes += out.length;
      if (pendingBytes >= 64 << 10) await flush();
    }
  } finally {
    await flush();
    lines.close();
  }
  if (failure !== undefined) {
    throw new InputInvalidError(`cannot read the input (${(failure as NodeJS.ErrnoException).code ?? 'error'})`, { option: 'in' });
  }
}
