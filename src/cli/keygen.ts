/** `civicveil keygen`: writes a new keyring with one primary key, mode 0600, never over an existing file. */
import { writeFileSync } from 'node:fs';
import { OptionInvalidError } from '../errors.js';
import { createKeyring, generateKey, serializeKeyring, type Argon2Params } from '../keys/index.js';

export interface KeygenOptions {
  out: string;
  kid?: string;
  argon2?: Argon2Params;
}

export function keygen(options: KeygenOptions): string {
  const keyOptions: Parameters<typeof generateKey>[0] = {};
  if (options.kid !== undefined) keyOptions.kid = options.kid;
  if (options.argon2) keyOptions.argon2 = options.argon2;
  const key = generateKey(keyOptions);
  const text = serializeKeyring(createKeyring([key]));
  try {
    // 'wx': fail if the file exists; the mode applies as the file is created, so it is never readable by others.
    writeFileSync(options.out, text, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OptionInvalidError(`--out ${options.out} exists; refusing to overwrite a keyring`, { option: 'out' });
    throw new OptionInvalidError(`--out ${options.out}: cannot write it (${code ?? 'error'})`, { option: 'out' });
  }
  return key.kid;
}
