/** `civicveil pseudonymize`: replace chosen CSV columns by keyed pseudonyms, streaming. */
import { OptionInvalidError } from '../errors.js';
import { createPseudonymizer, DEFAULT_TOKEN_BYTES, MAX_TOKEN_BYTES, MIN_TOKEN_BYTES, type PseudonymAlgorithm } from '../pseudonymize/index.js';
import { columnList, loadKeyring, rate, runCsvCommand, say, type CsvIoArgs } from './csv-command.js';
import { argon2Options, fieldSpecs, intOption } from './options.js';

export interface PseudonymizeArgs extends CsvIoArgs {
  field?: string[];
  algorithm?: string;
  'argon2-m'?: string;
  'argon2-t'?: string;
  'argon2-p'?: string;
  length?: string;
}

export async function pseudonymizeCommand(args: PseudonymizeArgs): Promise<void> {
  const algorithm = (args.algorithm ?? 'p1') as PseudonymAlgorithm;
  if (algorithm !== 'p1' && algorithm !== 'a1') throw new OptionInvalidError('--algorithm must be p1 or a1', { option: 'algorithm' });
  const length = intOption(args.length, 'length', MIN_TOKEN_BYTES, MAX_TOKEN_BYTES) ?? DEFAULT_TOKEN_BYTES;
  const fields = fieldSpecs(args.field);
  if (fields.length === 0) throw new OptionInvalidError('give at least one --field COLUMN[=KIND]', { option: 'field' });
  const { keyring, json, domain } = loadKeyring(args);
  const argon2 = argon2Options(args['argon2-m'], args['argon2-t'], args['argon2-p'], keyring.primary);
  if (algorithm === 'a1' && argon2 && !keyring.primary.argon2) {
    // a1 tokens carry no parameters: record them with the key, or every later run must repeat them.
    say(
      `warning: key ${keyring.primary.kid} records no Argon2id parameters; later runs and verifiers must pass ` +
        `--argon2-m ${argon2.m} --argon2-t ${argon2.t} --argon2-p ${argon2.p} again (keygen --argon2-m/-t/-p records them)`,
    );
  }
  // Build one pseudonymizer up front so bad options fail before any file is created.
  createPseudonymizer({ keyring, domain, algorithm, length, ...(argon2 ? { argon2 } : {}) }).destroy();

  await runCsvCommand(args, {
    keyringJson: json,
    domain,
    task: { name: 'pseudonymize', algorithm, length, ...(argon2 ? { argon2 } : {}) },
    fields,
    // a1 rows cost milliseconds each: small chunks keep both workers busy and progress moving.
    chunkBytes: algorithm === 'a1' ? 16 << 10 : 256 << 10,
    describe: (summary, seconds) => {
      const lines = [
        `pseudonymized ${(summary.rows - summary.rejected).toLocaleString('en-US')} of ${summary.rows.toLocaleString('en-US')} rows ` +
          `(${columnList(summary)}) with ${algorithm}, key ${keyring.primary.kid}, domain ${domain}${rate(summary, seconds, args.out)}`,
      ];
      if (args.rejects !== undefined) {
        lines.push(`${summary.rejected.toLocaleString('en-US')} rows set aside in ${args.rejects} (values their normalizer refused)`);
      }
      return lines;
    },
  });
}
