#!/usr/bin/env node
/**
 * Writes test/vectors/envelope-v1.json: the e1 field-envelope test vectors of
 * docs/spec/envelope-v1.md.
 *
 * Deterministic: fixed keys, fixed inputs, fixed nonces, no dates. Running it twice gives the same
 * file byte for byte; a change in the file after running it means the wire format changed.
 *
 * It uses the built library (the same code users get), so build first:
 *
 *     npx tsup --silent && node scripts/make-envelope-vectors.mjs
 *
 * `--check` compares with the file on disk instead of writing it (exit status 1 on a difference).
 *
 * How each vector is made:
 * - plaintext bytes: the library's `encodeValue` (spec section 7);
 * - derived key: the library's `deriveKey`; AAD: the library's `envelopeAad`;
 * - siv: the library's own `createFieldEncryptor(...).encrypt(value, { context, algorithm: 'siv' })`,
 *   checked against @noble/ciphers' `aessiv` called directly;
 * - xc20p: the library draws its nonces from a CSPRNG, so these envelopes are assembled here from
 *   the spec with a FIXED nonce (`nonce = SHA-256("civicveil/e1 test nonce " + id)[0:24]`),
 *   `xchacha20poly1305(key, nonce, aad).encrypt(plaintext)` from @noble/ciphers and the library's
 *   `formatEnvelope`.
 * Every positive vector is then decrypted by the library and must give back its value; every
 * negative vector must fail in the library with its expected error code.
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testKeyring, writeOrCheck } from './_vector-file.mjs';
import { aessiv } from '@noble/ciphers/aes.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { createFieldEncryptor, createKeyring, deriveKey, encodeValue, envelopeAad, formatEnvelope, importKey } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'test/vectors/envelope-v1.json');

const hex = (b) => Buffer.from(b).toString('hex');
const utf8 = (s) => new Uint8Array(Buffer.from(s, 'utf8'));

// The same two keys as the pseudonym vectors. Key 1: bytes 0x00 .. 0x1f. Key 2: bytes 0xff .. 0xe0.
const KEYS = {
  'test-key-1': Uint8Array.from({ length: 32 }, (_, i) => i),
  'test-key-2': Uint8Array.from({ length: 32 }, (_, i) => 0xff - i),
};
const A = 'test-key-1';
const B = 'test-key-2';
const IDNYC = 'idnyc/holders';
const LIBRARY = 'library/patrons';
const CIUDAD = 'ciudad/residentes-ñ';

const PURPOSE = { xc20p: 'field/xchacha20poly1305', siv: 'field/aes-siv' };
const KEY_LENGTH = { xc20p: 32, siv: 64 };

/**
 * Values are given as { type, value } so that the JSON file can hold them: `value` is the JSON form
 * (a bigint as its decimal digits, a Date as its ISO string) and `js` the JavaScript value.
 */
const str = (s) => ({ type: 'string', value: s, js: s });
const num = (x) => ({ type: 'number', value: x, js: x });
const bool = (b) => ({ type: 'boolean', value: b, js: b });
const nul = () => ({ type: 'null', value: null, js: null });
const big = (digits) => ({ type: 'bigint', value: digits, js: BigInt(digits) });
const date = (iso) => ({ type: 'date', value: iso, js: new Date(iso) });
const json = (v) => ({ type: 'json', value: v, js: v });

function describeJs(v) {
  switch (v.type) {
    case 'string':
      return JSON.stringify(v.value);
    case 'bigint':
      return `${v.value}n`;
    case 'date':
      return `new Date(${JSON.stringify(v.value)})`;
    default:
      return JSON.stringify(v.value);
  }
}

const SPANISH = 'Solicitó intérprete de español; vive con su hija en Nueva York.';
const LONG =
  'Case note: the resident asked that nothing about her household or immigration status be shared with any agency without a judicial warrant.';
const EMOJI = '🏙️ Familia Núñez 👨‍👩‍👧';

/** The positive vectors. `note` says what each shows. */
const CASES = [
  // --- xc20p (randomized; the nonce is fixed here) ---
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.ssn#H0000001', v: str('123-45-6789'), note: 'xc20p: ASCII SSN, context with a record id' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.ssn#H0000001', v: str('123-45-6789'), note: 'xc20p: same key, domain, context and value as vector 1, another nonce: a different envelope (randomized encryption)' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.ssn', v: str('078-05-1120'), note: 'xc20p: column-level context without a record id' },
  { alg: 'xc20p', kid: A, domain: CIUDAD, context: 'residentes.notas#R-0042', v: str(SPANISH), note: 'xc20p: Spanish text with accents (2-byte UTF-8), non-ASCII domain' },
  { alg: 'xc20p', kid: B, domain: CIUDAD, context: 'residentes.país_de_origen#R-0042', v: str(EMOJI), note: 'xc20p: emoji with ZWJ sequence and variation selector (4-byte UTF-8), second key, non-ASCII context' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.middle_name#H0000002', v: str(''), note: 'xc20p: empty string: the payload is the nonce and the tag only (40 bytes)' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.case_note#H0000003', v: str(LONG), note: 'xc20p: text longer than 64 bytes (more than one ChaCha20 block, several Poly1305 blocks)' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.household_size#H0000001', v: num(4), note: 'xc20p: typed value, number 4 (FF 64 "4")' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.needs_interpreter#H0000001', v: bool(true), note: 'xc20p: typed value, true (FF 74)' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.a_number#H0000001', v: nul(), note: 'xc20p: typed value, null (FF 6E)' },
  { alg: 'xc20p', kid: A, domain: IDNYC, context: 'holders.dob#H0000001', v: date('1985-03-04T00:00:00.000Z'), note: 'xc20p: typed value, a Date (FF 54 then its ISO 8601 UTC form)' },
  { alg: 'xc20p', kid: B, domain: LIBRARY, context: 'patrons.languages#P-77', v: json(['es', 'qu', 'en']), note: 'xc20p: typed value, an array (FF 6A then JSON.stringify), second key, another domain' },
  // --- siv (deterministic) ---
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.ssn', v: str('123-45-6789'), note: 'siv: ASCII SSN; the library makes exactly this envelope every time' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'applicants.ssn', v: str('123-45-6789'), note: 'siv: same key, domain and value as vector 13 in another column: an unrelated envelope' },
  { alg: 'siv', kid: A, domain: LIBRARY, context: 'holders.ssn', v: str('123-45-6789'), note: 'siv: same key, context and value as vector 13 in another domain: an unrelated envelope' },
  { alg: 'siv', kid: B, domain: IDNYC, context: 'holders.ssn', v: str('123-45-6789'), note: 'siv: same domain, context and value as vector 13 under the second key: an unrelated envelope' },
  { alg: 'siv', kid: A, domain: CIUDAD, context: 'residentes.nacionalidad', v: str('República Dominicana'), note: 'siv: Spanish text with an accent, non-ASCII domain' },
  { alg: 'siv', kid: B, domain: CIUDAD, context: 'residentes.país_de_origen', v: str(EMOJI), note: 'siv: emoji, second key, non-ASCII context' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.middle_name', v: str(''), note: 'siv: empty string: the payload is the SIV only (16 bytes)' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.case_note', v: str(LONG), note: 'siv: text longer than 64 bytes (several AES blocks; S2V "xorend" branch)' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.household_income', v: num(1e21), note: 'siv: typed value, a number JavaScript writes in exponent form ("1e+21")' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.household_size', v: num(-2.5), note: 'siv: typed value, a negative fraction ("-2.5")' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.needs_interpreter', v: bool(false), note: 'siv: typed value, false (FF 66)' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.a_number', v: nul(), note: 'siv: typed value, null (FF 6E)' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.dob', v: date('1985-03-04T00:00:00.000Z'), note: 'siv: typed value, a Date' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.case_number', v: big('12345678901234567890'), note: 'siv: typed value, a bigint (FF 69 then its decimal digits)' },
  { alg: 'siv', kid: A, domain: IDNYC, context: 'holders.status', v: json({ status: 'pending', since: 2024 }), note: 'siv: typed value, a plain object (FF 6A then JSON.stringify: no spaces, keys in insertion order)' },
];

const keyObjects = Object.fromEntries(Object.entries(KEYS).map(([kid, bytes]) => [kid, importKey(bytes, { kid })]));

function keyringFor(kid) {
  // The vector's key is primary; the other key is in the ring too (status active), as after a rotation.
  return createKeyring(Object.entries(KEYS).map(([k, bytes]) => importKey(bytes, { kid: k, status: k === kid ? 'primary' : 'active' })));
}

const encryptors = new Map();
function encryptor(kid, domain) {
  const id = `${kid}\u0000${domain}`;
  let e = encryptors.get(id);
  if (!e) encryptors.set(id, (e = createFieldEncryptor({ keyring: keyringFor(kid), domain })));
  return e;
}

function fixedNonce(id) {
  return new Uint8Array(createHash('sha256').update(`civicveil/e1 test nonce ${id}`, 'utf8').digest().subarray(0, 24));
}

/** Builds an envelope from the spec; for xc20p with the given nonce. */
function seal(alg, kid, domain, context, plaintext, nonce) {
  const key = deriveKey(keyObjects[kid], PURPOSE[alg], domain, KEY_LENGTH[alg]);
  const aad = envelopeAad(alg, kid, context);
  const payload =
    alg === 'xc20p'
      ? Buffer.concat([nonce, xchacha20poly1305(key, nonce, aad).encrypt(plaintext)])
      : aessiv(key, aad).encrypt(plaintext);
  return { key, aad, payload: new Uint8Array(payload), envelope: formatEnvelope(alg, kid, payload) };
}

function sameValue(a, b) {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.toISOString() === b.toISOString();
  if (typeof a === 'bigint' || typeof b === 'bigint') return a === b;
  return JSON.stringify(a) === JSON.stringify(b) && typeof a === typeof b;
}

const vectors = CASES.map((c, i) => {
  const id = i + 1;
  const enc = encryptor(c.kid, c.domain);
  const plaintext = encodeValue(c.v.js);
  const nonce = c.alg === 'xc20p' ? fixedNonce(id) : undefined;
  const { key, aad, payload, envelope } = seal(c.alg, c.kid, c.domain, c.context, plaintext, nonce);

  if (c.alg === 'siv') {
    const fromLibrary = enc.encrypt(c.v.js, { context: c.context, algorithm: 'siv' });
    if (fromLibrary !== envelope) throw new Error(`vector ${id}: the library's siv envelope differs from the one built from the spec`);
  } else {
    // The library's own xc20p envelopes have the same shape (random nonce): same length, same prefix.
    const fromLibrary = enc.encrypt(c.v.js, { context: c.context });
    if (fromLibrary.length !== envelope.length || !fromLibrary.startsWith(`e1.xc20p.${c.kid}.`)) {
      throw new Error(`vector ${id}: the library's xc20p envelope has another shape`);
    }
  }
  const back = enc.decrypt(envelope, { context: c.context });
  if (!sameValue(back, c.v.js)) throw new Error(`vector ${id}: the library does not decrypt the envelope to its value`);

  const out = {
    id,
    note: c.note,
    alg: c.alg,
    key: hex(KEYS[c.kid]),
    kid: c.kid,
    domain: c.domain,
    context: c.context,
    derived_key: hex(key),
    nonce: nonce ? hex(nonce) : null,
    aad: hex(aad),
    value_type: c.v.type,
    value: c.v.value,
    value_js: describeJs(c.v),
    plaintext: c.v.type === 'string' ? c.v.value : null,
    plaintext_hex: hex(plaintext),
    payload_hex: hex(payload),
  };
  if (c.alg === 'xc20p') {
    out.ciphertext_hex = hex(payload.subarray(24, payload.length - 16));
    out.tag_hex = hex(payload.subarray(payload.length - 16));
  } else {
    out.siv_hex = hex(payload.subarray(0, 16));
    out.ciphertext_hex = hex(payload.subarray(16));
  }
  out.envelope = envelope;
  return out;
});

// ---- Negative vectors: each must fail with its error code, and never give plaintext ----

const byId = (id) => vectors[id - 1];
/** Replaces the character at `pos` of `s` by another base64url character. */
function changeChar(s, pos) {
  const c = s[pos];
  return s.slice(0, pos) + (c === 'A' ? 'B' : 'A') + s.slice(pos + 1);
}
/** Position in an envelope's text of the first character encoding payload byte `byte` (byte % 3 == 0). */
function payloadCharPos(v, byte) {
  if (byte % 3 !== 0) throw new Error('payloadCharPos: byte offset must be a multiple of 3');
  return `e1.${v.alg}.${v.kid}.`.length + (byte / 3) * 4;
}
const payloadText = (v) => v.envelope.slice(`e1.${v.alg}.${v.kid}.`.length);

const v1 = byId(1);
const v13 = byId(13);
const v3 = byId(3);

/** An authentic xc20p envelope (key 1, idnyc/holders) whose plaintext bytes are not a valid value. */
function authenticBad(id, context, plaintext) {
  return seal('xc20p', A, IDNYC, context, plaintext, fixedNonce(`negative ${id}`)).envelope;
}

// The xc20p payload is nonce (bytes 0-23) || ciphertext || tag (last 16 bytes).
const v1PayloadLen = v1.payload_hex.length / 2;
const NEGATIVE = [
  { from: 1, note: 'one character of the nonce changed', envelope: changeChar(v1.envelope, payloadCharPos(v1, 3)), error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'one character of the ciphertext changed', envelope: changeChar(v1.envelope, payloadCharPos(v1, 24)), error: 'AUTHENTICATION_FAILED' },
  {
    from: 1,
    note: 'one character of the tag changed',
    envelope: changeChar(v1.envelope, payloadCharPos(v1, Math.floor((v1PayloadLen - 8) / 3) * 3)),
    error: 'AUTHENTICATION_FAILED',
  },
  { from: 13, note: 'siv: one character of the SIV changed', envelope: changeChar(v13.envelope, payloadCharPos(v13, 0)), error: 'AUTHENTICATION_FAILED' },
  { from: 13, note: 'siv: one character of the ciphertext changed', envelope: changeChar(v13.envelope, payloadCharPos(v13, 18)), error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'moved to another record: context "#H0000002" instead of "#H0000001"', context: 'holders.ssn#H0000002', error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'moved to the column-level context (record id dropped)', context: 'holders.ssn', error: 'AUTHENTICATION_FAILED' },
  { from: 13, note: 'siv: moved to another column', context: 'applicants.ssn', error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'opened in another domain (same keyring)', domain: LIBRARY, error: 'AUTHENTICATION_FAILED' },
  { from: 13, note: 'siv: opened in another domain (same keyring)', domain: LIBRARY, error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'kid replaced by another kid of the keyring: another derived key, and the kid is in the AAD', envelope: v1.envelope.replace('.test-key-1.', '.test-key-2.'), error: 'AUTHENTICATION_FAILED' },
  { from: 13, note: 'siv: kid replaced by another kid of the keyring', envelope: v13.envelope.replace('.test-key-1.', '.test-key-2.'), error: 'AUTHENTICATION_FAILED' },
  { from: 1, note: 'kid replaced by a kid the keyring does not hold', envelope: v1.envelope.replace('.test-key-1.', '.test-key-9.'), error: 'KEY_NOT_FOUND' },
  { from: 1, note: 'algorithm label changed from xc20p to siv (the payload is long enough for siv)', envelope: v1.envelope.replace('e1.xc20p.', 'e1.siv.'), error: 'AUTHENTICATION_FAILED' },
  { from: 13, note: 'algorithm label changed from siv to xc20p: the 27-byte payload is shorter than 40, checked before the kid', envelope: v13.envelope.replace('e1.siv.', 'e1.xc20p.'), error: 'FORMAT_INVALID' },
  { from: 1, note: 'last payload byte removed (still long enough for a nonce and a tag)', envelope: formatEnvelope('xc20p', A, Buffer.from(v1.payload_hex, 'hex').subarray(0, v1PayloadLen - 1)), error: 'AUTHENTICATION_FAILED' },
  { from: 6, note: 'payload of 39 bytes: too short for a 24-byte nonce and a 16-byte tag', envelope: formatEnvelope('xc20p', A, Buffer.from(byId(6).payload_hex, 'hex').subarray(0, 39)), error: 'FORMAT_INVALID' },
  { from: 19, note: 'siv payload of 15 bytes: too short for the SIV', envelope: formatEnvelope('siv', A, Buffer.from(byId(19).payload_hex, 'hex').subarray(0, 15)), error: 'FORMAT_INVALID' },
  { from: 1, note: 'unknown version prefix "e2"', envelope: v1.envelope.replace(/^e1\./, 'e2.'), error: 'FORMAT_INVALID' },
  { from: 1, note: 'base64 padding "=" appended', envelope: `${v1.envelope}=`, error: 'FORMAT_INVALID' },
  { from: 1, note: 'standard base64 alphabet ("+" and "/") instead of base64url', envelope: `e1.xc20p.${A}.${Buffer.from(v1.payload_hex, 'hex').toString('base64').replace(/=+$/, '')}`, error: 'FORMAT_INVALID', requires: /[+/]/ },
  { from: 17, note: 'siv: last character changed so that the unused trailing bits are not zero (a second spelling of the same bytes)', envelope: null, error: 'FORMAT_INVALID' },
  { from: 3, note: 'a dot in the kid', envelope: v3.envelope.replace('.test-key-1.', '.test.key-1.'), error: 'FORMAT_INVALID' },
  { from: null, note: 'authentic envelope (xc20p, key 1, idnyc/holders) whose plaintext is not UTF-8 (C3 28): refused after authentication', context: 'holders.notes#H0000009', plaintext_hex: 'c328', error: 'FORMAT_INVALID' },
  { from: null, note: 'authentic envelope (xc20p, key 1, idnyc/holders) whose plaintext has the typed-value mark and an unknown type letter (FF 78)', context: 'holders.notes#H0000009', plaintext_hex: 'ff78', error: 'FORMAT_INVALID' },
  { from: null, note: 'authentic envelope (xc20p, key 1, idnyc/holders) whose plaintext is a non-canonical typed number (FF 64 "4.0")', context: 'holders.household_size#H0000009', plaintext_hex: 'ff64342e30', error: 'FORMAT_INVALID' },
];

/** Changes the last character of a payload whose length is not a multiple of 3 so that a trailing bit is set. */
function trailingBits(v) {
  const text = payloadText(v);
  const len = v.payload_hex.length / 2;
  if (len % 3 === 0) throw new Error(`vector ${v.id}: payload length is a multiple of 3, no trailing bits`);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(text[text.length - 1]);
  const changed = alphabet[last | 1]; // the lowest bit of the last character is always an unused bit
  if (changed === text[text.length - 1]) throw new Error('trailing bit already set');
  return v.envelope.slice(0, -1) + changed;
}

const ring = createKeyring(Object.entries(KEYS).map(([k, bytes]) => importKey(bytes, { kid: k, status: k === A ? 'primary' : 'active' })));
const openers = new Map();
function opener(domain) {
  let e = openers.get(domain);
  if (!e) openers.set(domain, (e = createFieldEncryptor({ keyring: ring, domain })));
  return e;
}

const negative = NEGATIVE.map((n, i) => {
  const id = i + 1;
  const base = n.from ? byId(n.from) : null;
  let envelope = n.envelope;
  if (n.plaintext_hex) envelope = authenticBad(id, n.context, Buffer.from(n.plaintext_hex, 'hex'));
  else if (envelope === null) envelope = trailingBits(base);
  else if (envelope === undefined) envelope = base.envelope;
  if (n.requires && !n.requires.test(envelope)) throw new Error(`negative ${id}: the envelope does not show what it should`);
  const domain = n.domain ?? base?.domain ?? IDNYC;
  const context = n.context ?? base.context;
  if (base && envelope === base.envelope && domain === base.domain && context === base.context) throw new Error(`negative ${id}: nothing changed`);
  let code = 'NO ERROR';
  try {
    opener(domain).decrypt(envelope, { context });
  } catch (e) {
    code = e.code ?? String(e);
  }
  if (code !== n.error) throw new Error(`negative ${id} (${n.note}): expected ${n.error}, the library said ${code}`);
  return {
    id,
    note: n.note,
    derived_from: n.from,
    domain,
    context,
    ...(n.plaintext_hex ? { plaintext_hex: n.plaintext_hex } : {}),
    envelope,
    error: n.error,
  };
});

for (const e of encryptors.values()) e.destroy();
for (const e of openers.values()) e.destroy();

const doc = {
  format: 'civicveil field envelope test vectors',
  version: 1,
  spec: 'docs/spec/envelope-v1.md',
  generator: 'scripts/make-envelope-vectors.mjs',
  construction: {
    building_blocks: 'utf8 = strict UTF-8; lp(b) = uint32_be(len(b)) || b; b64u = base64url (RFC 4648 section 5) without padding',
    derive: 'derive(K, purpose, domain, L) = HKDF-SHA256(IKM = K, salt = utf8("civicveil/v1"), info = utf8(purpose) || 0x00 || utf8(domain), L)',
    aad: 'AAD = lp("e1") || lp(alg) || lp(kid) || lp(context)',
    xc20p: 'Kx = derive(K, "field/xchacha20poly1305", domain, 32); N = 24 random bytes; C || T = XChaCha20-Poly1305(Kx, N, AAD, P) (draft-irtf-cfrg-xchacha: HChaCha20, then RFC 8439 ChaCha20-Poly1305); payload = N || C || T',
    siv: 'Ks = derive(K, "field/aes-siv", domain, 64); V || C = AES-SIV(Ks, [AAD], P) (RFC 5297; Ks[0:32] is the S2V/CMAC key K1, Ks[32:64] the CTR key K2; one associated-data component); payload = V || C',
    envelope: 'envelope = "e1." + alg + "." + kid + "." + b64u(payload)',
    plaintext: 'P = utf8(s) for a string; otherwise 0xFF, one type letter, then text: n null, t true, f false, d number (JavaScript String(x)), i bigint (decimal), T Date (toISOString), j array or object (JSON.stringify)',
  },
  fields: {
    key: 'the 32-byte master key K, hex',
    derived_key: 'Kx (32 bytes) or Ks (64 bytes), hex',
    nonce: 'xc20p: the 24-byte nonce N, hex (fixed for the vectors; random in use); siv: null',
    aad: 'AAD, hex',
    value_type: 'string, number, boolean, null, bigint, date or json (array or object)',
    value: 'the value in JSON: a bigint as its decimal digits, a date as its ISO 8601 string',
    value_js: 'the JavaScript value, as source text',
    plaintext: 'the string itself when value_type is string, else null',
    plaintext_hex: 'P, the plaintext bytes, hex',
    payload_hex: 'the decoded payload, hex; split into ciphertext_hex and tag_hex (xc20p) or siv_hex and ciphertext_hex (siv)',
    negative: 'envelopes that must not decrypt under the file keyring in domain/context, with the expected error code; derived_from is the positive vector they were made from',
  },
  keyring: testKeyring(KEYS),
  vectors,
  negative,
};

writeOrCheck(OUT, doc, `${vectors.length} vectors and ${negative.length} negative vectors`);
