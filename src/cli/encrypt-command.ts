/** `civicveil encrypt`, `decrypt` and `rotate`: field envelopes for chosen CSV columns, streaming. */
import { createFieldEncryptor } from '../encrypt/index.js';
import { OptionInvalidError } from '../errors.js';
import { columnList, loadKeyring, rate, runCsvCommand, type CsvIoArgs } from './csv-command.js';
import { fieldSpecs } from './options.js';

export interface EncryptArgs extends CsvIoArgs {
  field?: string[];
  'det-field'?: string[];
  'record-id'?: string;
}

const DONE = { encrypt: 'encrypted', decrypt: 'decrypted', rotate: 're-encrypted under the primary key' } as const;

/**
 * Runs one of the three: `--field COLUMN[=CONTEXT]` randomized (xc20p, with `#<record id>`
 * appended to the context when `--record-id` is given), `--det-field COLUMN[=CONTEXT]`
 * deterministic (siv, column context only). The context defaults to the column name. decrypt and
 * rotate take the same options as the encrypt run that made the file.
 */
export async function encryptCommand(name: 'encrypt' | 'decrypt' | 'rotate', args: EncryptArgs): Promise<void> {
  const fields = [
    ...fieldSpecs(args.field, 'field', 'CONTEXT'),
    ...fieldSpecs(args['det-field'], 'det-field', 'CONTEXT').map((f) => ({ ...f, deterministic: true })),
  ];
  if (fields.length === 0) {
    throw new OptionInvalidError('give at least one --field COLUMN[=CONTEXT] or --det-field COLUMN[=CONTEXT]', { option: 'field' });
  }
  const { keyring, json, domain } = loadKeyring(args);
  createFieldEncryptor({ keyring, domain }).destroy(); // bad options fail before any file is created
  const recordId = args['record-id'];
  await runCsvCommand(args, {
    keyringJson: json,
    domain,
    task: { name },
    fields,
    ...(recordId !== undefined ? { recordIdColumn: recordId } : {}),
    chunkBytes: 256 << 10,
    describe: (summary, seconds) => [
      `${DONE[name]} ${summary.rows.toLocaleString('en-US')} rows (${columnList(summary)})` +
        `${name === 'decrypt' ? '' : ` with key ${keyring.primary.kid}`}, domain ${domain}${recordId ? `, record id ${recordId}` : ''}` +
        rate(summary, seconds, args.out),
    ],
  });
}
