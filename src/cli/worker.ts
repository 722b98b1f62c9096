/** Worker thread: transforms chunks of CSV records sent by the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { processChunk } from './csv-chunk.js';
import { transformerFor, type WorkerSetup } from './worker-setup.js';

const setup = workerData as WorkerSetup;
const { transform } = transformerFor(setup);

parentPort!.on('message', (msg: { id: number; bytes: Uint8Array }) => {
  const result = processChunk(transform, msg.bytes, setup.job);
  parentPort!.postMessage({ id: msg.id, result }, [result.output.buffer as ArrayBuffer]);
});
