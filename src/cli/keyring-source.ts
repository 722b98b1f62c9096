/** Where the CLI gets its keyring: a file (`--keys`) or the CIVICVEIL_KEYRING variable, never an argument. */
import { readFileSync, statSync } from 'node:fs';
import { OptionInvalidError } from '../errors.js';

export const KEYRING_ENV = 'CIVICVEIL_KEYRING';

export interface KeyringText {
  json: string;
  source: string;
  /** A warning to print, e.g. when the file is readable by others. */
  warning?: string;
}

export function readKeyringText(file: string | undefined): KeyringText {
  if (file !== undefined) {
    let json: string;
    try {
      json = readFileSync(file, 'utf8');
    } catch (e) {
      throw new OptionInvalidError(`--keys ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { option: 'keys' });
    }
    const mode = statSync(file).mode & 0o777;
    const text: KeyringText = { json, source: file };
    if (process.platform !== 'win32' && mode & 0o077) {
      text.warning = `${file} is readable by other users (mode ${mode.toString(8)}); chmod 600 it`;
    }
    return text;
  }
  const env = process.env[KEYRING_ENV];
  if (env) return { json: env, source: `$${KEYRING_ENV}` };
  throw new OptionInvalidError(`no keyring: give --keys FILE or set ${KEYRING_ENV} to the keyring's JSON (keys are never taken from the command line)`, { option: 'keys' });
}
