// The baseline for bench/cli.mjs: what a careful hand-written script does to pseudonymize the
// ssn and email columns of the holder list with node:crypto, and nothing more.
//   readline over the file, line.split(','), createHmac per non-empty value of the two columns
//   (message lp(column) || lp(value), base64url of 16 bytes, as p1), join(','), write stream
//   with backpressure.
// No CSV quoting, no normalization, no validation, one thread. The naive split is right on this
// file only because the one quoted field that can hold a comma (address) comes after both columns.
//
// Usage: node bench/baseline-hmac-csv.mjs --in FILE --out FILE
import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' } } });
if (!args.in || !args.out) throw new Error('usage: node bench/baseline-hmac-csv.mjs --in FILE --out FILE');

const key = randomBytes(32); // the cost does not depend on the key
const COLUMNS = ['ssn', 'email'];

/** lp(s) = uint32_be(byte length) || UTF-8 bytes. */
function lp(s) {
  const bytes = Buffer.from(s, 'utf8');
  const out = Buffer.alloc(4 + bytes.length);
  out.writeUInt32BE(bytes.length, 0);
  bytes.copy(out, 4);
  return out;
}

const scratch = Buffer.alloc(1024);
function token(kindPrefix, value) {
  kindPrefix.copy(scratch, 0);
  const n = scratch.write(value, kindPrefix.length + 4, 'utf8');
  scratch.writeUInt32BE(n, kindPrefix.length);
  const mac = createHmac('sha256', key).update(scratch.subarray(0, kindPrefix.length + 4 + n)).digest();
  return `p1.bench.${mac.toString('base64url', 0, 16)}`;
}

const lines = createInterface({ input: createReadStream(args.in), crlfDelay: Infinity });
const out = createWriteStream(args.out);
let targets; // [{ index, prefix }] from the header
let batch = '';
for await (const line of lines) {
  if (!targets) {
    const header = line.split(',');
    targets = COLUMNS.map((c) => ({ index: header.indexOf(c), prefix: lp(c) }));
    batch += `${line}\n`;
    continue;
  }
  const cells = line.split(',');
  for (const { index, prefix } of targets) {
    if (cells[index] !== '') cells[index] = token(prefix, cells[index]);
  }
  batch += `${cells.join(',')}\n`;
  // Write in ~64 KiB pieces and wait for 'drain' when the stream's buffer is full.
  if (batch.length >= 65536) {
    if (!out.write(batch)) await once(out, 'drain');
    batch = '';
  }
}
out.end(batch);
await once(out, 'finish');
