/** What every CSV command shares: files in and out (atomic), keyring, progress and summary. */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { OptionInvalidError } from '../errors.js';
import { parseKeyring, type Keyring } from '../keys/index.js';
import { abortAll, openAtomic, type AtomicFile } from './atomic-file.js';
import { transformCsv, type CsvRunSummary, type FieldSpec } from './csv-run.js';
import { readKeyringText } from './keyring-source.js';
import { delimiterOption, intOption } from './options.js';
import type { Task } from './worker-setup.js';

/** The options every CSV command takes. */
export interface CsvIoArgs {
  keys?: string;
  domain?: string;
  in?: string;
  out?: string;
  rejects?: string;
  delimiter?: string;
  threads?: string;
}

export const say = (line: string): void => {
  process.stderr.write(`civicveil: ${line}\n`);
};

/** The keyring of a run (warning when its file is readable by others) and its JSON text. */
export function loadKeyring(args: CsvIoArgs): { keyring: Keyring; json: string; domain: string } {
  if (!args.domain) throw new OptionInvalidError('give --domain, e.g. --domain idnyc/holders', { option: 'domain' });
  const keys = readKeyringText(args.keys);
  if (keys.warning) say(`warning: ${keys.warning}`);
  return { keyring: parseKeyring(keys.json), json: keys.json, domain: args.domain };
}

export interface CsvCommand {
  keyringJson: string;
  domain: string;
  task: Task;
  fields: FieldSpec[];
  recordIdColumn?: string;
  chunkBytes: number;
  /** The summary line(s), from the run's figures. */
  describe(summary: CsvRunSummary, seconds: number): string[];
}

/** Streams the CSV from --in (or stdin) to --out (or stdout), writing files atomically. */
export async function runCsvCommand(args: CsvIoArgs, command: CsvCommand): Promise<void> {
  const delimiter = delimiterOption(args.delimiter);
  const threads = intOption(args.threads, 'threads', 0, 64) ?? Math.min(availableParallelism(), 4);
  for (const [name, path] of [['out', args.out], ['rejects', args.rejects]] as const) {
    if (path !== undefined && args.in !== undefined && resolve(path) === resolve(args.in)) {
      throw new OptionInvalidError(`--${name} is the input file`, { option: name });
    }
  }
  if (args.out !== undefined && args.rejects !== undefined && resolve(args.out) === resolve(args.rejects)) {
    throw new OptionInvalidError('--rejects is the same file as --out', { option: 'rejects' });
  }
  const input = args.in === undefined ? process.stdin : createReadStream(args.in, { highWaterMark: 1 << 20 });
  if (args.in !== undefined) {
    await new Promise<void>((ok, fail) => {
      (input as ReturnType<typeof createReadStream>).once('open', () => ok());
      input.once('error', (e: NodeJS.ErrnoException) => fail(new OptionInvalidError(`--in ${args.in}: cannot read it (${e.code ?? 'error'})`, { option: 'in' })));
    });
  }
  let out: AtomicFile | undefined;
  let rejects: AtomicFile | undefined;
  const started = Date.now();
  let lastProgress = 0;
  const progress = process.stderr.isTTY
    ? (rows: number) => {
        const now = Date.now();
        if (now - lastProgress < 200) return;
        lastProgress = now;
        process.stderr.write(`\rcivicveil: ${rows.toLocaleString('en-US')} rows…`);
      }
    : undefined;
  try {
    if (args.out !== undefined) out = await openAtomic(args.out);
    if (args.rejects !== undefined) rejects = await openAtomic(args.rejects, 0o600);
    const summary = await transformCsv({
      input,
      output: out ? out.stream : process.stdout,
      ...(rejects ? { rejects: rejects.stream } : {}),
      setup: { keyringJson: command.keyringJson, domain: command.domain, task: command.task },
      fields: command.fields,
      ...(command.recordIdColumn !== undefined ? { recordIdColumn: command.recordIdColumn } : {}),
      delimiter,
      threads,
      chunkBytes: command.chunkBytes,
      ...(progress ? { onProgress: progress } : {}),
    });
    await rejects?.commit();
    await out?.commit();
    if (progress) process.stderr.write('\r\x1b[K');
    for (const line of command.describe(summary, (Date.now() - started) / 1000)) say(line);
  } catch (e) {
    if (progress) process.stderr.write('\r\x1b[K');
    await abortAll();
    throw e;
  } finally {
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
  }
}

/** `12,345 rows ... in 1.2 s, 10,000 rows/s -> out.csv` */
export function rate(summary: CsvRunSummary, seconds: number, out: string | undefined): string {
  const perSecond = seconds > 0 ? `, ${Math.round(summary.rows / seconds).toLocaleString('en-US')} rows/s` : '';
  return ` in ${seconds.toFixed(1)} s${perSecond}${out ? ` -> ${out}` : ''}`;
}

/** `a, b as kind` */
export function columnList(summary: CsvRunSummary): string {
  return summary.columns.map((c) => (c.spec === c.name ? c.name : `${c.name} as ${c.spec}`)).join(', ');
}
