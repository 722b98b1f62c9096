// e1 envelopes per second, one thread: encrypt and decrypt of 32-byte and 256-byte string values,
// randomized (xc20p: portable, and the node:crypto backend of civicveil/node) and deterministic
// (siv), through createFieldEncryptor (key derivation done
// once; per value: plaintext encoding, AAD, AEAD, base64url and the envelope string).
// Baseline in the same run: node:crypto aes-256-gcm per value (createCipheriv with a fresh
// 12-byte nonce from the same kind of nonce pool, setAAD, update, final, getAuthTag, and the same
// base64url of nonce || ciphertext || tag), the usual native choice in Node.
import { createCipheriv, createDecipheriv, randomFillSync } from 'node:crypto';
import { createFieldEncryptor, createKeyring, generateKey } from '../dist/index.js';
import { nodeXChaCha } from '../dist/node/index.js';
import { median, num, printSection, progress, table } from './_shared.mjs';

const N = 100_000;
const ROUNDS = 3;
const keyring = createKeyring([generateKey({ kid: 'bench' })]);
const enc = createFieldEncryptor({ keyring, domain: 'bench' });
const encNode = createFieldEncryptor({ keyring, domain: 'bench', xchacha: nodeXChaCha() });
const gcmKey = randomFillSync(Buffer.alloc(32));
const aad = Buffer.from('e1|xc20p|bench|holders.notes');
const pool = randomFillSync(Buffer.alloc(12 * 4096));
let poolAt = pool.length;
const nonce = () => {
  if (poolAt + 12 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += 12;
  return pool.subarray(poolAt - 12, poolAt);
};
function gcmSeal(text) {
  const iv = nonce();
  const c = createCipheriv('aes-256-gcm', gcmKey, iv);
  c.setAAD(aad);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return Buffer.concat([iv, body, c.getAuthTag()]).toString('base64url');
}
function gcmOpen(b64) {
  const all = Buffer.from(b64, 'base64url');
  const d = createDecipheriv('aes-256-gcm', gcmKey, all.subarray(0, 12));
  d.setAAD(aad);
  d.setAuthTag(all.subarray(all.length - 16));
  return Buffer.concat([d.update(all.subarray(12, all.length - 16)), d.final()]).toString('utf8');
}

const values = (bytes) => Array.from({ length: N }, (_, i) => `${i}`.padStart(8, '0') + 'x'.repeat(bytes - 8));
const time = (f) => {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e3 / N; // µs per value
};

const rows = [];
for (const size of [32, 256]) {
  const vs = values(size);
  const impls = [
    ['civicveil xc20p (portable)', (v) => enc.encrypt(v, { context: 'holders.notes' }), (e) => enc.decrypt(e, { context: 'holders.notes' })],
    ['civicveil xc20p (civicveil/node)', (v) => encNode.encrypt(v, { context: 'holders.notes' }), (e) => encNode.decrypt(e, { context: 'holders.notes' })],
    ['civicveil siv', (v) => enc.encrypt(v, { context: 'holders.notes', algorithm: 'siv' }), (e) => enc.decrypt(e, { context: 'holders.notes' })],
    ['node:crypto aes-256-gcm', gcmSeal, gcmOpen],
  ];
  const res = impls.map(() => ({ enc: [], dec: [] }));
  for (let r = 0; r <= ROUNDS; r++) {
    impls.forEach(([, seal, open], i) => {
      let sealed;
      const te = time(() => {
        sealed = vs.map(seal);
      });
      const td = time(() => {
        for (const s of sealed) open(s);
      });
      if (r > 0) {
        res[i].enc.push(te);
        res[i].dec.push(td);
      }
    });
    progress(`envelope: ${size} B round ${r}/${ROUNDS}`);
  }
  const base = res[impls.length - 1];
  impls.forEach(([name], i) => {
    const e = median(res[i].enc);
    const d = median(res[i].dec);
    rows.push([`${size} B`, name, num(e, 2), num(1e6 / e), `${num(e / median(base.enc), 2)}x`, num(d, 2), num(1e6 / d), `${num(d / median(base.dec), 2)}x`]);
  });
}

printSection({
  title: 'e1 envelopes (one thread)',
  what:
    `Encrypt and decrypt of ${num(N)} distinct string values per round, median of ${ROUNDS} rounds after a warm-up, through ` +
    '`createFieldEncryptor` (envelope string out, value back). Baseline: node:crypto aes-256-gcm per value with a pooled ' +
    'random nonce and the same base64url framing. "x gcm" is time per value relative to the baseline (lower is better).',
  command: 'node bench/envelope.mjs',
  body: table(['value', 'implementation', 'encrypt µs', 'encrypt /s', 'x gcm', 'decrypt µs', 'decrypt /s', 'x gcm'], rows),
});
