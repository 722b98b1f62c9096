/**
 * `civicveil check FILE`: release checks of a CSV file. Streams the file into dictionary-encoded
 * columns (never a string per cell), runs the library's checkEncoded, and prints a report, JSON,
 * or a self-contained HTML page. Exit 0 when every given threshold holds, 1 when one fails, 2 on
 * bad input or usage (the caller maps errors to 2).
 */
import { createReadStream } from 'node:fs';
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { checkEncoded, createCsvEncoder, validateCheckOptions, detectDelimiter, type CheckOptions, type CheckReport, type CsvEncoder, type MissingValues, type Thresholds } from '../privacy/index.js';
import { openAtomic } from './atomic-file.js';
import { htmlReport } from './check-html.js';
import { textReport } from './check-text.js';
import { delimiterOption, intOption } from './options.js';

/** The parsed options of `civicveil check`. */
export interface CheckArgs {
  qi?: string[] | undefined;
  sensitive?: string[] | undefined;
  delimiter?: string | undefined;
  k?: string | undefined;
  l?: string | undefined;
  t?: string | undefined;
  json?: boolean | undefined;
  html?: string | undefined;
  missing?: string | undefined;
  'risk-threshold'?: string | undefined;
  ordered?: string[] | undefined;
  unordered?: string[] | undefined;
  limit?: string | undefined;
  'show-sensitive'?: boolean | undefined;
  drivers?: boolean | undefined;
}

/** What a check run found, for the report writers. */
export interface CheckRun {
  readonly file: string;
  readonly delimiter: string;
  readonly dropped: number;
  readonly seconds: number;
  readonly options: CheckOptions;
  readonly report: CheckReport;
}

/** Runs the check; returns the exit status (0 passed, 1 a threshold failed). */
export async function checkCommand(file: string | undefined, args: CheckArgs): Promise<number> {
  if (file === undefined) throw new OptionInvalidError('check needs a FILE (or - for standard input)', { option: 'file' });
  const quasiIdentifiers = _list(args.qi, 'qi');
  if (quasiIdentifiers.length === 0) throw new OptionInvalidError('check needs --qi COLUMN[,COLUMN...]', { option: 'qi' });
  const sensitive = _list(args.sensitive, 'sensitive');
  const thresholds: Thresholds = {};
  const k = intOption(args.k, 'k', 1, 2 ** 31 - 1);
  const l = intOption(args.l, 'l', 1, 2 ** 31 - 1);
  if (k !== undefined) thresholds.k = k;
  if (l !== undefined) thresholds.l = l;
  if (args.t !== undefined) thresholds.t = _fraction(args.t, 't');
  const missing = (args.missing ?? 'value') as MissingValues | 'wildcard';
  if (missing !== 'value' && missing !== 'drop' && missing !== 'wildcard') {
    throw new OptionInvalidError('--missing must be value, drop or wildcard', { option: 'missing' });
  }
  const ordered: Record<string, boolean> = {};
  for (const name of _list(args.ordered, 'ordered')) ordered[name] = true;
  for (const name of _list(args.unordered, 'unordered')) {
    if (name in ordered) throw new OptionInvalidError(`column ${name} is both --ordered and --unordered`, { option: 'unordered', field: name });
    ordered[name] = false;
  }
  const options: CheckOptions = {
    quasiIdentifiers,
    sensitive,
    missing,
    ordered,
    thresholds,
    violations: { limit: intOption(args.limit, 'limit', 0, 10_000) ?? 20, includeSensitive: args['show-sensitive'] === true },
    // Which quasi-identifier drives uniqueness: when gating a release, or when asked.
    drivers: args.drivers === true || Object.keys(thresholds).length > 0,
  };
  if (args['risk-threshold'] !== undefined) options.riskThreshold = _fraction(args['risk-threshold'], 'risk-threshold');
  validateCheckOptions(options);
  const html = args.html !== undefined ? await openAtomic(args.html, 0o600) : undefined;

  try {
    const started = performance.now();
    let delimiter = args.delimiter === undefined ? undefined : delimiterOption(args.delimiter);
    let encoder: CsvEncoder | undefined;
    const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
    for await (const chunk of input as AsyncIterable<Uint8Array>) {
      if (encoder === undefined) {
        delimiter ??= detectDelimiter(chunk);
        encoder = createCsvEncoder({ columns: [...quasiIdentifiers, ...sensitive], delimiter, missing: missing === 'drop' ? 'drop' : 'value' });
      }
      encoder.push(chunk);
    }
    delimiter ??= ',';
    encoder ??= createCsvEncoder({ columns: [...quasiIdentifiers, ...sensitive], delimiter, missing: missing === 'drop' ? 'drop' : 'value' });
    const encoded = encoder.finish();
    const report = checkEncoded(encoded, options);
    const run: CheckRun = { file, delimiter, dropped: encoded.dropped, seconds: (performance.now() - started) / 1000, options, report };
    if (html !== undefined) {
      html.stream.write(htmlReport(run));
      await html.commit();
    }
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : textReport(run));
    return report.violations?.passed === false ? 1 : 0;
  } catch (error) {
    await html?.abort();
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && ['ENOENT', 'EACCES', 'EISDIR', 'EPERM'].includes(code)) {
      throw new InputInvalidError(`cannot read ${file} (${code})`, { option: 'file' });
    }
    throw error;
  }
}

function _list(values: string[] | undefined, option: string): string[] {
  const names = (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (names.some((name) => name === '')) throw new OptionInvalidError(`--${option} has an empty column name`, { option });
  return names;
}

function _fraction(value: string, option: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) {
    throw new OptionInvalidError(`--${option} must be a number from 0 to 1`, { option });
  }
  return number;
}
