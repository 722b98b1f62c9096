/** The `civicveil` command: a thin layer that parses arguments and calls the library. */
import { createRequire } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionConfig = NonNullable<ParseArgsConfig['options']>[string];
import { CivicVeilError } from '../errors.js';
import { abortAll } from './atomic-file.js';
import { keygen } from './keygen.js';
import { argon2Options } from './options.js';
import { checkCommand } from './check-command.js';
import { AUDIT_USAGE, runAudit } from './audit-command.js';
import { REDACT_HELP, runDetect, runRedact } from './redact-command.js';
import { encryptCommand } from './encrypt-command.js';
import { pseudonymizeCommand } from './pseudonymize-command.js';

const HELP = `civicveil — protect residents' data before it is stored, shared or published

Usage:
  civicveil keygen --out FILE [--kid ID] [--argon2-m KiB --argon2-t N --argon2-p N]
      Write a new keyring (JWK Set) with one primary key; mode 0600; never overwrites.

  civicveil pseudonymize --keys FILE --domain D --field COLUMN[=KIND] ...
                         [--algorithm p1|a1] [--argon2-m KiB --argon2-t N --argon2-p N]
                         [--length BYTES] [--in FILE] [--out FILE] [--rejects FILE]
                         [--delimiter C] [--threads N]
      Stream CSV (stdin to stdout by default), replacing each named column by its keyed
      pseudonym. KIND defaults to the column name; known kinds (ssn, itin, name, date, dob,
      phone, email, address) are normalized first. Empty cells stay empty. A value its
      normalizer refuses stops the run, unless --rejects FILE is given: such rows then go
      there unchanged, with their row number and the reason.

  civicveil encrypt --keys FILE --domain D --field COLUMN[=CONTEXT] ... --det-field COLUMN[=CONTEXT] ...
                    [--record-id COLUMN] [--in FILE] [--out FILE] [--delimiter C] [--threads N]
      Replace each named column by an e1 envelope: --field randomized (XChaCha20-Poly1305),
      --det-field deterministic (AES-SIV: equal values give equal envelopes, for lookups).
      CONTEXT defaults to the column name; --record-id appends #<that column's value> to the
      context of randomized fields only. Empty cells stay empty.

  civicveil decrypt ...   (the same options as the encrypt run; the algorithm is read from each envelope)
  civicveil rotate ...    (the same options; re-encrypts every envelope under the primary key)

  civicveil check FILE --qi COLUMN[,COLUMN...] [--sensitive COLUMN[,COLUMN...]]
                  [--k N] [--l N] [--t X] [--json] [--html FILE] [--delimiter C]
                  [--missing value|drop|wildcard] [--risk-threshold X] [--ordered COLUMN]
                  [--unordered COLUMN] [--limit N] [--show-sensitive] [--drivers]
      Release checks of a CSV file (- for standard input): equivalence classes on the
      quasi-identifiers, k-anonymity, sample uniques, prosecutor/journalist/marketer risk, and
      per sensitive column distinct, entropy and recursive (c,l) l-diversity and t-closeness
      (ordered distance for numeric columns unless --unordered). With --k/--l/--t, lists the
      classes that break them (sizes and quasi-identifier values; sensitive values only with
      --show-sensitive) and which quasi-identifier drives uniqueness (also with --drivers).
      --missing wildcard lets an empty quasi-identifier match any value. The delimiter is detected from the header unless given. --html writes
      a self-contained report. Exit status: 0 every threshold holds, 1 one fails, 2 bad input.
      Definitions and their sources: docs/privacy.md.

${AUDIT_USAGE}
${REDACT_HELP.replace(/^(?=.)/gm, "  ")}
Keys are read from --keys FILE or from the ${'CIVICVEIL_KEYRING'} environment variable (the
keyring's JSON), never from the command line. Exit status: 0 done, 1 bad data or keys,
2 bad usage. With --out, nothing is left behind on failure.
`;

const USAGE_CODES = new Set(['OPTION_INVALID']);

const STRING = { type: 'string' } as const;
const STRINGS = { type: 'string', multiple: true } as const;
/** The options of every CSV command. */
const CSV = { keys: STRING, domain: STRING, in: STRING, out: STRING, delimiter: STRING, threads: STRING } as const;
const ARGON2 = { 'argon2-m': STRING, 'argon2-t': STRING, 'argon2-p': STRING } as const;

function help(): number {
  process.stdout.write(HELP);
  return 0;
}

function version(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const parse = <T extends Record<string, OptionConfig>>(options: T) =>
    parseArgs({ args: rest, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  if (command === 'keygen') {
    const values = parse({ out: STRING, kid: STRING, ...ARGON2 });
    if (values.help) return help();
    if (!values.out) throw new CivicVeilError('OPTION_INVALID', 'keygen needs --out FILE', { option: 'out' });
    const argon2 = argon2Options(values['argon2-m'], values['argon2-t'], values['argon2-p']);
    const kid = keygen({ out: values.out, ...(values.kid !== undefined ? { kid: values.kid } : {}), ...(argon2 ? { argon2 } : {}) });
    process.stderr.write(`civicveil: wrote a new keyring to ${values.out} (mode 600) with primary key ${kid}\n`);
    return 0;
  }
  if (command === 'pseudonymize') {
    const values = parse({ ...CSV, field: STRINGS, algorithm: STRING, ...ARGON2, length: STRING, rejects: STRING });
    if (values.help) return help();
    await pseudonymizeCommand(values);
    return 0;
  }
  if (command === 'encrypt' || command === 'decrypt' || command === 'rotate') {
    const values = parse({ ...CSV, field: STRINGS, 'det-field': STRINGS, 'record-id': STRING });
    if (values.help) return help();
    await encryptCommand(command, values);
    return 0;
  }
  if (command === 'audit') return runAudit(rest);
  if (command === 'redact' || command === 'detect') {
    const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
    return command === 'redact' ? runRedact(rest, io) : runDetect(rest, io);
  }
  if (command === 'check') {
    // Exit 2 for every error here (bad usage or bad input), so a pipeline can tell them from a failed check (1).
    try {
      const { values, positionals } = parseArgs({
        args: rest,
        options: {
          qi: STRINGS,
          sensitive: STRINGS,
          delimiter: STRING,
          k: STRING,
          l: STRING,
          t: STRING,
          json: { type: 'boolean' },
          html: STRING,
          missing: STRING,
          'risk-threshold': STRING,
          ordered: STRINGS,
          unordered: STRINGS,
          limit: STRING,
          'show-sensitive': { type: 'boolean' },
          drivers: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
        strict: true,
      });
      if (values.help) return help();
      if (positionals.length > 1) throw new CivicVeilError('OPTION_INVALID', 'check takes one FILE', { option: 'file' });
      return await checkCommand(positionals[0], values);
    } catch (e) {
      await abortAll();
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`civicveil: ${message}${e instanceof CivicVeilError ? ` [${e.code}]` : ''}\n`);
      return 2;
    }
  }
  process.stderr.write(`civicveil: unknown command "${command}"; try civicveil --help\n`);
  return 2;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void abortAll().finally(() => process.exit(130));
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e: unknown) => {
    await abortAll();
    if (e instanceof CivicVeilError) {
      process.stderr.write(`civicveil: ${e.message} [${e.code}]\n`);
      process.exitCode = USAGE_CODES.has(e.code) ? 2 : 1;
    } else if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`civicveil: ${e.message}; try civicveil --help\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`civicveil: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
