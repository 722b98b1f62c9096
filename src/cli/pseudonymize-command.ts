/** `civicveil pseudonymize`: replace chosen CSV columns by keyed pseudonyms, streaming. */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { OptionInvalidError } from '../errors.js';
import { parseKeyring } from '../keys/index.js';
import { createPseudonymizer, DEFAULT_TOKEN_BYTES, MAX_TOKEN_BYTES, MIN_TOKEN_BYTES, type PseudonymAlgorithm } from '../pseudonymize/index.js';
import { abortAll, openAtomic, type AtomicFile } from './atomic-file.js';
import { readKeyringText } from './keyring-source.js';
import { argon2Options, delimiterOption, fieldSpecs, intOption } from './options.js';
import { pseudonymizeCsv } from './pseudonymize-csv.js';

export interface PseudonymizeArgs {
  keys?: string;
  domain?: string;
  field?: string[];
  algorithm?: string;
  'argon2-m'?: string;
  'argon2-t'?: string;
  'argon2-p'?: string;
  length?: string;
  in?: string;
  out?: string;
  rejects?: string;
  delimiter?: string;
  threads?: string;
}

const say = (line: string) => process.stderr.write(`civicveil: ${line}\n`);

export async function pseudonymizeCommand(args: PseudonymizeArgs): Promise<void> {
  if (!args.domain) throw new OptionInvalidError('give --domain, e.g. --domain idnyc/holders', { option: 'domain' });
  const algorithm = (args.algorithm ?? 'p1') as PseudonymAlgorithm;
  if (algorithm !== 'p1' && algorithm !== 'a1') throw new OptionInvalidError('--algorithm must be p1 or a1', { option: 'algorithm' });
  const length = intOption(args.length, 'length', MIN_TOKEN_BYTES, MAX_TOKEN_BYTES) ?? DEFAULT_TOKEN_BYTES;
  const fields = fieldSpecs(args.field);
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

  const keys = readKeyringText(args.keys);
  if (keys.warning) say(`warning: ${keys.warning}`);
  const keyring = parseKeyring(keys.json);
  const argon2 = argon2Options(args['argon2-m'], args['argon2-t'], args['argon2-p'], keyring.primary);
  if (algorithm === 'a1' && argon2 && !keyring.primary.argon2) {
    // a1 tokens carry no parameters: record them with the key, or every later run must repeat them.
    say(
      `warning: key ${keyring.primary.kid} records no Argon2id parameters; later runs and verifiers must pass ` +
        `--argon2-m ${argon2.m} --argon2-t ${argon2.t} --argon2-p ${argon2.p} again (keygen --argon2-m/-t/-p records them)`,
    );
  }
  // Build one pseudonymizer up front so bad options fail before any file is created.
  const check = createPseudonymizer({ keyring, domain: args.domain, algorithm, length, ...(argon2 ? { argon2 } : {}) });
  check.destroy();

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
    const summary = await pseudonymizeCsv({
      input,
      output: out ? out.stream : process.stdout,
      ...(rejects ? { rejects: rejects.stream } : {}),
      setup: { keyringJson: keys.json, domain: args.domain, algorithm, length, ...(argon2 ? { argon2 } : {}) },
      fields,
      delimiter,
      threads,
      // a1 rows cost milliseconds each: small chunks keep both workers busy and progress moving.
      chunkBytes: algorithm === 'a1' ? 16 << 10 : 256 << 10,
      ...(progress ? { onProgress: progress } : {}),
    });
    await rejects?.commit();
    await out?.commit();
    if (progress) process.stderr.write('\r\x1b[K');
    const seconds = (Date.now() - started) / 1000;
    const cols = summary.columns.map((c) => (c.kind === c.name ? c.name : `${c.name} as ${c.kind}`)).join(', ');
    const rate = seconds > 0 ? `, ${Math.round(summary.rows / seconds).toLocaleString('en-US')} rows/s` : '';
    const written = summary.rows - summary.rejected;
    say(
      `pseudonymized ${written.toLocaleString('en-US')} of ${summary.rows.toLocaleString('en-US')} rows (${cols}) with ${algorithm}, key ${keyring.primary.kid}, domain ${args.domain}` +
        ` in ${seconds.toFixed(1)} s${rate}${args.out ? ` -> ${args.out}` : ''}`,
    );
    if (args.rejects !== undefined) {
      say(`${summary.rejected.toLocaleString('en-US')} rows set aside in ${args.rejects} (values their normalizer refused)`);
    }
  } catch (e) {
    if (progress) process.stderr.write('\r\x1b[K');
    await abortAll();
    throw e;
  } finally {
    if (input !== process.stdin) (input as ReturnType<typeof createReadStream>).destroy();
  }
}
