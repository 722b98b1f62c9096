// p1 tokens per second, one thread, for values of 9 to 40 bytes.
//
// Compared, on the same values and in the same run (rounds interleaved, so machine load hits
// all of them alike):
//   civicveil      p.pseudonymize(kind, value): normalization (kind 'ssn' only), message
//                  lp(kind) || lp(v), HMAC-SHA256 with prepared states, base64url of 16 bytes
//   civicveil      p.tokenInto(kind, value, out, offset): the same token written as ASCII bytes
//    (bytes)       into a 64 KiB output buffer, one token per line (a '\n' after each), the
//                  buffer reused from the start when full, as a batch job filling write buffers
//   node:crypto    createHmac('sha256', kd).update(message).digest() per value, the same message
//                  and the same base64url, no normalization (OpenSSL, native code)
//   noble hmac     hmac.create(sha256, kd) once, then _cloneInto + update + digestInto per value
//                  (the plain way to reuse a key with @noble/hashes)
// For kind 'ssn' the references hash the already normalized 9 digits, so they count only the
// HMAC and the encoding: the difference is what normalization costs.
//
// The bound: noble's SHA-256 hashing a 1 MiB buffer, in MiB/s. A p1 token of up to 55 message
// bytes costs two 64-byte compressions (inner and outer hash), so no SHA-256 built on the same
// compression function can exceed (MiB/s * 2^20) / 128 tokens per second.
import { createHmac } from 'node:crypto';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64urlEncode, createKeyring, createPseudonymizer, deriveKey, generateKey } from '../dist/index.js';
import { median, num, printSection, progress, table } from './_shared.mjs';

const VALUES = 1_000_000; // tokens per round
const ROUNDS = 3; // timed rounds, after a warm-up; the median is reported
const DOMAIN = 'bench';

// --- Values: 1M distinct values per shape, built deterministically.
const pad7 = (i) => String(i).padStart(7, '0');
function ssnParts(i) {
  const area = 101 + (i % 500); // 101..600: never 000, 666 or 9xx
  const group = 11 + (Math.floor(i / 500) % 88); // never 00
  const serial = 1000 + (Math.floor(i / 44_000) % 8999); // never 0000
  return [String(area), String(group), String(serial)];
}
const make = (f) => Array.from({ length: VALUES }, (_, i) => f(i));
const ssnDashed = make((i) => ssnParts(i).join('-')); // '123-45-6789', as found in files
const ssnDigits = make((i) => ssnParts(i).join('')); // '123456789'
// Values of 9 to 40 bytes in turn: SSN digits (9 B), an e-mail address (25 B), a 40-byte string.
const mixed = make((i) =>
  [ssnDigits[i], `r${pad7(i)}@mail.example.org`, `${pad7(i)} West 181st Street, Apartment 4B, Bronx`.slice(0, 40)][i % 3],
);

// input: what the library gets; message: what the references hash (the canonical form).
const CASES = [
  { label: '9, 25 and 40 B in turn', kind: 'raw', input: mixed, message: mixed },
  { label: 'SSN 123-45-6789', kind: 'ssn', input: ssnDashed, message: ssnDigits },
];

// --- Key, pseudonymizer and the derived HMAC key kd the references use (same tokens).
const key = generateKey({ kid: 'bench' });
const p = createPseudonymizer({ keyring: createKeyring([key]), domain: DOMAIN });
const kd = deriveKey(key, 'pseudonym/hmac-sha256', DOMAIN, 32);
const tokenPrefix = `p1.${key.kid}.`;

/** Writes lp(kind) || lp(v) into `buf` (kindPrefix = lp(kind)); returns the message length. */
const encoder = new TextEncoder();
function writeMessage(buf, kindPrefix, v) {
  buf.set(kindPrefix, 0);
  const at = kindPrefix.length;
  const { written } = encoder.encodeInto(v, buf.subarray(at + 4));
  new DataView(buf.buffer, buf.byteOffset).setUint32(at, written, false);
  return at + 4 + written;
}
function lpKind(kind) {
  const b = encoder.encode(kind);
  const out = new Uint8Array(4 + b.length);
  new DataView(out.buffer).setUint32(0, b.length, false);
  out.set(b, 4);
  return out;
}

// One loop per implementation (not one generic loop taking a callback) so that each call site
// stays monomorphic. Each loop reads the last character of each token: it is used, not optimized
// away, and V8's lazily concatenated string is flattened as a real consumer would.
function runCivicveil(kind, values) {
  let sink = 0;
  for (let i = 0; i < values.length; i++) {
    const t = p.pseudonymize(kind, values[i]);
    sink += t.charCodeAt(t.length - 1);
  }
  return sink;
}

// The bytes path: tokens and newlines into a 64 KiB buffer, restarted when full (a real job would
// write it out there). The sink reads the last byte of each token.
const bytesOut = new Uint8Array(64 << 10);
function runCivicveilBytes(kind, values) {
  const out = bytesOut;
  const room = out.length - p.tokenLength - 1;
  let sink = 0;
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    if (at > room) at = 0;
    at = p.tokenInto(kind, values[i], out, at);
    sink += out[at - 1];
    out[at++] = 10;
  }
  return sink;
}

const nodeBuf = Buffer.alloc(256);
function nodeToken(kindPrefix, v) {
  const n = writeMessage(nodeBuf, kindPrefix, v);
  const d = createHmac('sha256', kd).update(nodeBuf.subarray(0, n)).digest();
  return tokenPrefix + d.toString('base64url', 0, 16);
}
function runNodeCrypto(kindPrefix, values) {
  let sink = 0;
  for (let i = 0; i < values.length; i++) {
    const t = nodeToken(kindPrefix, values[i]);
    sink += t.charCodeAt(t.length - 1);
  }
  return sink;
}

const nobleBase = hmac.create(sha256, kd);
let nobleWork;
const nobleBuf = new Uint8Array(256);
const nobleOut = new Uint8Array(32);
function nobleToken(kindPrefix, v) {
  const n = writeMessage(nobleBuf, kindPrefix, v);
  nobleWork = nobleBase._cloneInto(nobleWork);
  nobleWork.update(nobleBuf.subarray(0, n));
  nobleWork.digestInto(nobleOut);
  return tokenPrefix + base64urlEncode(nobleOut.subarray(0, 16));
}
function runNobleHmac(kindPrefix, values) {
  let sink = 0;
  for (let i = 0; i < values.length; i++) {
    const t = nobleToken(kindPrefix, values[i]);
    sink += t.charCodeAt(t.length - 1);
  }
  return sink;
}

const IMPLEMENTATIONS = [
  { name: 'civicveil', run: (c) => runCivicveil(c.kind, c.input) },
  { name: 'civicveil (bytes)', run: (c) => runCivicveilBytes(c.kind, c.input) },
  { name: 'node:crypto', run: (c) => runNodeCrypto(lpKind(c.kind), c.message) },
  { name: 'noble hmac', run: (c) => runNobleHmac(lpKind(c.kind), c.message) },
];

const seconds = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

// --- Sanity: all give the same tokens (otherwise the comparison would be meaningless).
const check = new Uint8Array(p.tokenLength);
for (const c of CASES) {
  for (let i = 0; i < 1000; i++) {
    const want = p.pseudonymize(c.kind, c.input[i]);
    if (p.tokenInto(c.kind, c.input[i], check, 0) !== check.length || Buffer.from(check).toString('latin1') !== want) {
      throw new Error(`p1 bench: tokenInto disagrees with pseudonymize for ${c.label}`);
    }
    const prefix = lpKind(c.kind);
    if (nodeToken(prefix, c.message[i]) !== want || nobleToken(prefix, c.message[i]) !== want) {
      throw new Error(`p1 bench: references disagree with civicveil for ${c.label}`);
    }
  }
}

// --- Bound: noble SHA-256 over a 1 MiB buffer.
const MIB = 1 << 20;
const big = new Uint8Array(MIB).map((_, i) => i & 0xff);
const hashMiB = (n) => seconds(() => { for (let i = 0; i < n; i++) sha256(big); });
hashMiB(8); // warm-up
// The bound in tokens/s from hashing `mib` MiB (two 64-byte compressions per token).
const boundFrom = (mib) => ((mib / hashMiB(mib)) * MIB) / 128;

// --- Tokens: warm-up (JIT), then ROUNDS rounds of every (case, implementation), interleaved.
// Each timed run of 1M values is made of SLICES slices, and the bound is measured again (2 MiB,
// some milliseconds) just before each slice: a slice's token rate and the bound it is compared
// with are measured milliseconds apart, under the same machine load (on a shared VM the speed of
// both moves by up to 2x within seconds). "% of bound" is the median, over all slices of all
// rounds, of (the slice's tokens/s) / (the bound measured just before it); tokens/s is the
// median over rounds of whole runs, as before (bound hashing excluded).
const SLICES = 50;
const SLICE = VALUES / SLICES;
progress(`p1: warm-up, then ${ROUNDS} rounds of ${num(VALUES)} tokens x ${CASES.length} cases x ${IMPLEMENTATIONS.length} implementations`);
const part = (c, from, to) => ({ ...c, input: c.input.slice(from, to), message: c.message.slice(from, to) });
for (const c of CASES) for (const impl of IMPLEMENTATIONS) impl.run(part(c, 0, 100_000));
const slicesOf = new Map(CASES.map((c) => [c.label, Array.from({ length: SLICES }, (_, i) => part(c, i * SLICE, (i + 1) * SLICE))]));
const times = new Map(); // `${case}|${impl}` -> seconds per round
const ratios = new Map(); // `${case}|${impl}` -> (slice tokens/s) / (bound just before), every slice of every round
const allBounds = []; // every bound measurement, tokens/s
for (let r = 0; r < ROUNDS; r++) {
  for (const c of CASES) {
    for (const impl of IMPLEMENTATIONS) {
      const k = `${c.label}|${impl.name}`;
      let total = 0;
      const rs = ratios.get(k) ?? [];
      for (const slice of slicesOf.get(c.label)) {
        const bound = boundFrom(2);
        allBounds.push(bound);
        const t = seconds(() => impl.run(slice));
        total += t;
        rs.push(SLICE / t / bound);
      }
      ratios.set(k, rs);
      times.set(k, [...(times.get(k) ?? []), total]);
    }
  }
  progress(`p1: round ${r + 1}/${ROUNDS} done`);
}
const boundTokensPerSec = median(allBounds);
const mibPerSec = (boundTokensPerSec * 128) / MIB;
const q = (xs, f) => [...xs].sort((x, y) => x - y)[Math.floor(f * (xs.length - 1))];

const rows = [];
for (const c of CASES) {
  const perSec = (name) => VALUES / median(times.get(`${c.label}|${name}`));
  for (const impl of IMPLEMENTATIONS) {
    const tps = perSec(impl.name);
    const rs = ratios.get(`${c.label}|${impl.name}`);
    const ofBound = median(rs);
    rows.push([
      c.label, `\`${c.kind}\``, impl.name,
      num(1e6 / tps, 2), num(tps), `${num(tps / perSec('node:crypto'), 2)}x`, `${num(100 * ofBound, 0)} %`, `${num(100 * q(rs, 0.25), 0)} to ${num(100 * q(rs, 0.75), 0)} %`,
    ]);
  }
}

printSection({
  title: 'p1 tokens per second (one thread)',
  what:
    `Tokens per second of \`pseudonymize(kind, value)\` (a string per token) and of \`tokenInto(kind, value, out, offset)\` ` +
    '("bytes": the same token as ASCII bytes into a reused 64 KiB buffer, a newline after each), ' +
    `median of ${ROUNDS} rounds of ${num(VALUES)} distinct values, ` +
    'after a warm-up. References on the same messages: node:crypto `createHmac` per value (native OpenSSL) and ' +
    "noble's `hmac.create` + `_cloneInto` per value; both include the same base64url of 16 bytes and no normalization " +
    '(for kind `ssn` they hash the already normalized digits). "vs node:crypto" is tokens/s relative to node:crypto. ' +
    `The bound: noble's SHA-256 hashes ${num(mibPerSec, 0)} MiB/s over a 1 MiB buffer (median; ` +
    `middle half ${num((q(allBounds, 0.25) * 128) / MIB, 0)} to ${num((q(allBounds, 0.75) * 128) / MIB, 0)} MiB/s over the ${num(allBounds.length)} ` +
    `measurements of 2 MiB, one before each slice of ${num(SLICE)} values); at two 64-byte compressions ` +
    `per token that caps any noble-based p1 at ${num(boundTokensPerSec)} tokens/s. "% of bound" is the median, over every ` +
    "slice of every round, of the slice's tokens/s over the bound measured just before it; \"middle half\" gives the " +
    'interquartile range of those ratios.',
  command: 'node bench/p1.mjs',
  body: table(['value', 'kind', 'implementation', 'µs/token', 'tokens/s', 'vs node:crypto', '% of bound', 'middle half of slices'], rows),
});
