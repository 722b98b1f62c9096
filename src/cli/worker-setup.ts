/** Building the cell transform a CLI run uses, the same way in the main thread and in workers. */
import { createFieldEncryptor, type FieldValue } from '../encrypt/index.js';
import { InputInvalidError } from '../errors.js';
import { parseKeyring, type Argon2Params } from '../keys/index.js';
import { nativeArgon2id, nodeXChaCha } from '../node/index.js';
import { createPseudonymizer, type PseudonymAlgorithm } from '../pseudonymize/index.js';
import type { CellTransform, ChunkJob } from './csv-chunk.js';

/** What a run does to each chosen cell. */
export type Task =
  | { name: 'pseudonymize'; algorithm: PseudonymAlgorithm; length: number; argon2?: Argon2Params }
  | { name: 'encrypt' | 'decrypt' | 'rotate'; /** Column whose value is appended to randomized contexts as `#<id>`. */ recordId?: number };

/** What a worker is started with (structured-cloned; the keyring travels as its JSON text). */
export interface WorkerSetup {
  keyringJson: string;
  domain: string;
  task: Task;
  job: ChunkJob;
}

/** A transform and how to wipe the keys it holds. */
export interface Transformer {
  transform: CellTransform;
  destroy(): void;
}

/** A decrypted value as CSV text: strings as they are, dates in ISO form, other values as JSON. */
function cellText(value: FieldValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

/** The transform for a run: pseudonyms (native Argon2id when installed), or envelopes. */
export function transformerFor(setup: WorkerSetup): Transformer {
  const keyring = parseKeyring(setup.keyringJson);
  const { task, job } = setup;
  if (task.name === 'pseudonymize') {
    const native = task.algorithm === 'a1' ? nativeArgon2id() : null;
    const p = createPseudonymizer({
      keyring,
      domain: setup.domain,
      algorithm: task.algorithm,
      length: task.length,
      ...(task.argon2 ? { argon2: task.argon2 } : {}),
      ...(native ? { argon2Backend: native } : {}),
    });
    return { transform: (c, value) => p.pseudonymize(job.columns[c]!.spec, value), destroy: () => p.destroy() };
  }
  const native = nodeXChaCha();
  const enc = createFieldEncryptor({ keyring, domain: setup.domain, ...(native ? { xchacha: native } : {}) });
  const { recordId } = task;
  const contextOf = (c: number, cell: (index: number) => string): string => {
    const col = job.columns[c]!;
    // A deterministic field is bound to its column only, so equal values stay equal across rows.
    if (col.deterministic || recordId === undefined) return col.spec;
    const id = cell(recordId);
    if (id === '') throw new InputInvalidError('the record id cell is empty', { field: col.name });
    return `${col.spec}#${id}`;
  };
  const transform: CellTransform =
    task.name === 'encrypt'
      ? (c, value, cell) => enc.encrypt(value, { context: contextOf(c, cell), algorithm: job.columns[c]!.deterministic ? 'siv' : 'xc20p' })
      : task.name === 'decrypt'
        ? (c, value, cell) => cellText(enc.decrypt(value, { context: contextOf(c, cell) }))
        : (c, value, cell) => enc.reencrypt(value, { context: contextOf(c, cell) });
  return { transform, destroy: () => enc.destroy() };
}
