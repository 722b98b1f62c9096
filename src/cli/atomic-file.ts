/**
 * Output files that appear whole or not at all: data is written to a temporary file beside the
 * target (mode 0600), renamed over it on success, and removed on failure or interruption.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicFile {
  readonly path: string;
  readonly stream: WriteStream;
  /** Flushes, closes and renames the temporary file to `path`. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file. Safe to call more than once. */
  abort(): Promise<void>;
}

const open = new Set<AtomicFile>();

/** Removes every temporary file still open (called on SIGINT/SIGTERM and on fatal errors). */
export async function abortAll(): Promise<void> {
  await Promise.all([...open].map((f) => f.abort()));
}

/** Opens a temporary file beside `path` with `mode` (default 0600, owner only). */
export async function openAtomic(path: string, mode = 0o600): Promise<AtomicFile> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx', mode });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  let done = false;
  const file: AtomicFile = {
    path,
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      await rename(tmp, path);
      done = true;
      open.delete(file);
    },
    async abort() {
      if (done) return;
      done = true;
      open.delete(file);
      stream.destroy();
      await unlink(tmp).catch(() => undefined);
    },
  };
  open.add(file);
  return file;
}
