// Shared by the vector generators: the keyring member of a vector file, and writing the file
// (or, with --check, failing when the committed file differs from what the library computes now).
import { readFileSync, writeFileSync } from 'node:fs';

/** The JWK Set of the test keys: the first is primary, the others active. */
export function testKeyring(keys) {
  const b64u = (b) => Buffer.from(b).toString('base64url');
  return { keys: Object.entries(keys).map(([kid, bytes], i) => ({ kty: 'oct', kid, k: b64u(bytes), status: i === 0 ? 'primary' : 'active' })) };
}

/** Writes `doc` as JSON to `out`, or with --check compares; `summary` says what the file holds. */
export function writeOrCheck(out, doc, summary) {
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error(`${out} differs from what the library computes now`);
      process.exit(1);
    }
    console.log(`${out}: ${summary}, unchanged`);
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${out}: ${summary}`);
  }
}
