/** Building the pseudonymizer a CLI run uses, the same way in the main thread and in workers. */
import { parseKeyring, type Argon2Params } from '../keys/index.js';
import { nativeArgon2id } from '../node/index.js';
import { createPseudonymizer, type Pseudonymizer, type PseudonymAlgorithm } from '../pseudonymize/index.js';
import type { ChunkJob } from './csv-chunk.js';

/** What a worker is started with (structured-cloned; the keyring travels as its JSON text). */
export interface WorkerSetup {
  keyringJson: string;
  domain: string;
  algorithm: PseudonymAlgorithm;
  length: number;
  argon2?: Argon2Params;
  job: ChunkJob;
}

/** The pseudonymizer for a run: native Argon2id when installed, else noble (same bytes). */
export function pseudonymizerFor(setup: WorkerSetup): Pseudonymizer {
  const options: Parameters<typeof createPseudonymizer>[0] = {
    keyring: parseKeyring(setup.keyringJson),
    domain: setup.domain,
    algorithm: setup.algorithm,
    length: setup.length,
  };
  if (setup.argon2) options.argon2 = setup.argon2;
  const native = setup.algorithm === 'a1' ? nativeArgon2id() : null;
  if (native) options.argon2Backend = native;
  return createPseudonymizer(options);
}
