/** A small pool of worker threads running {@link processChunk}, results delivered per chunk. */
import { Worker } from 'node:worker_threads';
import type { ChunkResult } from './csv-chunk.js';
import type { WorkerSetup } from './worker-setup.js';

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>;
}

/**
 * Heap limits per worker. A chunk's live data is a few MB, but V8's default young generation lets
 * each worker's heap grow to ~90 MB between collections; these limits keep a million-row run under
 * 200 MB RSS in all, for about 20% more time. Chunks too big for them (a single huge record) are
 * processed in the main thread instead (see MAX_WORKER_CHUNK).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 32 };

/** Chunks larger than this go to the main thread, whose heap is not limited. */
export const MAX_WORKER_CHUNK = 4 << 20;

export class ChunkPool {
  readonly #slots: Slot[] = [];
  #nextId = 0;

  constructor(size: number, setup: WorkerSetup) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: setup, resourceLimits: WORKER_HEAP });
      const slot: Slot = { worker, pending: new Map() };
      worker.on('message', (msg: { id: number; result: ChunkResult }) => {
        const p = slot.pending.get(msg.id);
        slot.pending.delete(msg.id);
        p?.resolve(msg.result);
      });
      const fail = (err: Error) => {
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (slot.pending.size) fail(new Error(`worker thread stopped (exit code ${code})`));
      });
      this.#slots.push(slot);
    }
  }

  /** Sends a chunk (its buffer is transferred, not copied) to the least busy worker. */
  run(bytes: Uint8Array): Promise<ChunkResult> {
    let slot = this.#slots[0]!;
    for (const s of this.#slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, bytes }, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
