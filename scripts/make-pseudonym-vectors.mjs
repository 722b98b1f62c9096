#!/usr/bin/env node
/**
 * Writes test/vectors/pseudonym-v1.json: the p1 and a1 test vectors of docs/spec/pseudonym-v1.md.
 *
 * Deterministic: fixed keys, fixed inputs, no randomness, no dates. Running it twice gives the same
 * file byte for byte; a change in the file after running it means the wire format changed.
 *
 * It uses the built library (the same code users get), so build first:
 *
 *     npm run build && node scripts/make-pseudonym-vectors.mjs
 *
 * `--check` compares with the file on disk instead of writing it (exit status 1 on a difference).
 *
 * The intermediate values (derived keys, Argon2id output) are computed with the library's
 * `deriveKey` and with @noble/hashes' argon2id directly, for implementers who need to find which
 * step of their own code disagrees.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testKeyring, writeOrCheck } from './_vector-file.mjs';
import { argon2id } from '@noble/hashes/argon2.js';
import { createHmac } from 'node:crypto';
import { ARGON2_OWASP, createKeyring, createPseudonymizer, deriveKey, importKey } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'test/vectors/pseudonym-v1.json');

const hex = (b) => Buffer.from(b).toString('hex');
const b64u = (b) => Buffer.from(b).toString('base64url');

// Key A: bytes 0x00, 0x01, ..., 0x1f. Key B: bytes 0xff, 0xfe, ..., 0xe0.
const KEYS = {
  'test-key-1': Uint8Array.from({ length: 32 }, (_, i) => i),
  'test-key-2': Uint8Array.from({ length: 32 }, (_, i) => 0xff - i),
};

/** Cheap Argon2id parameters so that the test suite stays fast (64 KiB, 2 passes, 1 lane). */
const CHEAP = Object.freeze({ m: 64, t: 2, p: 1 });
const OWASP = Object.freeze({ ...ARGON2_OWASP });

const A = 'test-key-1';
const B = 'test-key-2';
const IDNYC = 'idnyc/holders';
const LIBRARY = 'library/patrons';
const CIUDAD = 'ciudad/residentes-ñ';

/**
 * The inputs. `note` says what each vector shows. Same canonical value, same key and domain:
 * same token, whatever the raw spelling (vectors 1-3, 6-7, 16-17).
 */
const CASES = [
  // ssn: several raw layouts of one number
  { kid: A, domain: IDNYC, kind: 'ssn', raw: '123-45-6789', note: 'SSN with dashes' },
  { kid: A, domain: IDNYC, kind: 'ssn', raw: '123 45 6789', note: 'SSN with spaces: same canonical form and token as the previous vector' },
  { kid: A, domain: IDNYC, kind: 'ssn', raw: ' 123456789\t', note: 'SSN, bare digits with surrounding whitespace: same token again' },
  { kid: A, domain: IDNYC, kind: 'ssn', raw: '078-05-1120', length: 8, note: 'SSN, 8-byte tag (the minimum)' },
  { kid: A, domain: IDNYC, kind: 'itin', raw: '912-70-1234', note: 'ITIN' },
  // names
  { kid: A, domain: IDNYC, kind: 'name', raw: '  José  García-López ', note: 'name: case, accents, hyphen and extra spaces folded' },
  { kid: A, domain: IDNYC, kind: 'name', raw: 'JOSE GARCIA LOPEZ', note: 'name: same canonical form and token as the previous vector' },
  { kid: A, domain: IDNYC, kind: 'name', raw: "O'Brien-Ní Dhómhnaill, Siobhán", note: 'name: apostrophe, comma and hyphen become spaces' },
  { kid: A, domain: IDNYC, kind: 'name', raw: 'Ｍａｒｉａ\u00a0Straße', note: 'name: full-width letters (NFKC), no-break space, ß folded to ss' },
  // dates, phone, email, address
  { kid: A, domain: IDNYC, kind: 'date', raw: '3/4/1985', note: 'date in US order (month first): 4 March 1985' },
  { kid: A, domain: IDNYC, kind: 'dob', raw: 'March 4, 1985', note: 'dob: a month name' },
  { kid: A, domain: IDNYC, kind: 'phone', raw: '(212) 555-0123', note: 'phone to E.164' },
  { kid: A, domain: IDNYC, kind: 'email', raw: ' Ana.Perez+Clinic@Example.ORG ', note: 'email: trimmed and lower-cased, dots and +tag kept' },
  { kid: A, domain: IDNYC, kind: 'address', raw: '100 Gold Street, Apt. 2B, New York, NY 10038', note: 'address' },
  // composite kinds
  { kid: A, domain: IDNYC, kind: 'name+dob', raw: ['José García', '03/04/1985'], note: 'composite: each part by its own normalizer, v = lp(v1) || lp(v2)' },
  { kid: A, domain: IDNYC, kind: 'name+dob', raw: ['JOSE GARCIA', '1985-03-04'], note: 'composite: same canonical parts and token as the previous vector' },
  { kid: A, domain: IDNYC, kind: 'name+birthplace', raw: ['Nguyễn Văn An', 'Hà Nội'], note: 'composite with a part ("birthplace") that has no normalizer: kept as given' },
  // kinds without a normalizer: the value is used exactly as given
  { kid: A, domain: IDNYC, kind: 'case-number', raw: 'CV-2026-000123', note: 'kind without a normalizer: value used as given' },
  { kid: A, domain: IDNYC, kind: 'case-number', raw: ' cv-2026-000123', note: 'kind without a normalizer: case and spaces matter, so a different token from the previous vector' },
  { kid: A, domain: IDNYC, kind: 'case-number', raw: 'expediente Nº 7 — año 2026 ñ 🏙', note: 'kind without a normalizer, non-ASCII value (2-, 3- and 4-byte UTF-8)' },
  { kid: A, domain: IDNYC, kind: 'case-number', raw: '', note: 'kind without a normalizer, empty value: M = lp(kind) || 00000000' },
  {
    kid: A,
    domain: IDNYC,
    kind: 'case-note',
    raw: 'A message longer than one SHA-256 block: lp(kind) || lp(v) here is over 64 bytes long.',
    note: 'message longer than 64 bytes (HMAC over more than one block)',
  },
  // tag lengths
  { kid: A, domain: IDNYC, kind: 'email', raw: 'maria.lopez@example.org', length: 8, note: '8-byte tag' },
  { kid: A, domain: IDNYC, kind: 'email', raw: 'maria.lopez@example.org', length: 32, note: '32-byte tag (the full HMAC): its first 16 bytes are the 16-byte tag of the next vector' },
  { kid: A, domain: IDNYC, kind: 'email', raw: 'maria.lopez@example.org', note: '16-byte tag (the default)' },
  // domains: same key and value, unrelated tokens
  { kid: A, domain: LIBRARY, kind: 'ssn', raw: '123-45-6789', note: 'same key and SSN as vector 1 in another domain: unrelated token' },
  { kid: A, domain: LIBRARY, kind: 'email', raw: 'maria.lopez@example.org', note: 'same email as above in another domain' },
  { kid: A, domain: CIUDAD, kind: 'ssn', raw: '123-45-6789', note: 'non-ASCII domain' },
  // second key
  { kid: B, domain: IDNYC, kind: 'ssn', raw: '123-45-6789', note: 'second key: same SSN and domain as vector 1, unrelated token' },
  { kid: B, domain: CIUDAD, kind: 'name', raw: 'María José Núñez', length: 32, note: 'second key, non-ASCII domain, 32-byte tag' },
  { kid: B, domain: CIUDAD, kind: 'name+dob', raw: ['María José Núñez', '4 de marzo de 1985'], length: 8, note: 'second key, composite, Spanish month name, 8-byte tag' },
  // a1 at OWASP's parameters (the one slow vector)
  { kid: A, domain: IDNYC, kind: 'ssn', raw: '123-45-6789', argon2: OWASP, note: 'a1 at OWASP parameters (m = 19456 KiB, t = 2, p = 1); p1 as vector 1' },
];

function keyringFor(kid) {
  // The vector's key is primary; the other key is in the ring too (status active), as after a rotation.
  return createKeyring(
    Object.entries(KEYS).map(([k, bytes]) => importKey(bytes, { kid: k, status: k === kid ? 'primary' : 'active' })),
  );
}

const pseudonymizers = new Map();
function pseudonymizer(kid, domain, algorithm, length, argon2) {
  const id = JSON.stringify([kid, domain, algorithm, length, argon2]);
  let p = pseudonymizers.get(id);
  if (!p) {
    p = createPseudonymizer({ keyring: keyringFor(kid), domain, algorithm, length, ...(algorithm === 'a1' ? { argon2 } : {}) });
    pseudonymizers.set(id, p);
  }
  return p;
}

/** M = lp(kind) || lp(v), v = utf8(canonical) or lp(utf8(v1)) || lp(utf8(v2)) || ... */
function messageOf(kind, canonical) {
  const lp = (b) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const v = typeof canonical === 'string' ? Buffer.from(canonical, 'utf8') : Buffer.concat(canonical.map((c) => lp(Buffer.from(c, 'utf8'))));
  return Buffer.concat([lp(Buffer.from(kind, 'utf8')), lp(v)]);
}

const vectors = CASES.map((c, i) => {
  const length = c.length ?? 16;
  const argon2 = c.argon2 ?? CHEAP;
  const key = KEYS[c.kid];
  const p1 = pseudonymizer(c.kid, c.domain, 'p1', length);
  const a1 = pseudonymizer(c.kid, c.domain, 'a1', length, argon2);
  const canonical = p1.canonical(c.kind, c.raw);
  const message = messageOf(c.kind, canonical);
  const p1Token = p1.pseudonymize(c.kind, c.raw);
  const a1Token = a1.pseudonymize(c.kind, c.raw);
  if (!p1.verify(c.kind, c.raw, p1Token) || !a1.verify(c.kind, c.raw, a1Token)) throw new Error(`vector ${i + 1}: the library does not verify its own token`);

  // Intermediate values, for debugging another implementation step by step.
  const kd = deriveKey(importKey(key, { kid: c.kid }), 'pseudonym/hmac-sha256', c.domain, 32);
  const salt = deriveKey(importKey(key, { kid: c.kid }), 'pseudonym/argon2id-salt', c.domain, 16);
  const kh = deriveKey(importKey(key, { kid: c.kid }), 'pseudonym/argon2id', c.domain, 32);
  const h = argon2id(message, salt, { ...argon2, dkLen: 32, version: 0x13 });
  const p1Tag = createHmac('sha256', kd).update(message).digest();
  const a1Tag = createHmac('sha256', kh).update(h).digest();
  if (p1Token !== `p1.${c.kid}.${b64u(p1Tag.subarray(0, length))}`) throw new Error(`vector ${i + 1}: p1 intermediate values disagree with the library`);
  if (a1Token !== `a1.${c.kid}.${b64u(a1Tag.subarray(0, length))}`) throw new Error(`vector ${i + 1}: a1 intermediate values disagree with the library`);

  return {
    id: i + 1,
    note: c.note,
    key: hex(key),
    kid: c.kid,
    domain: c.domain,
    kind: c.kind,
    raw: c.raw,
    canonical,
    message_hex: hex(message),
    length,
    p1: p1Token,
    a1: a1Token,
    a1_params: { m: argon2.m, t: argon2.t, p: argon2.p },
    intermediate: {
      p1_key_hex: hex(kd),
      p1_tag_hex: hex(p1Tag),
      a1_salt_hex: hex(salt),
      a1_key_hex: hex(kh),
      a1_argon2id_hex: hex(h),
      a1_tag_hex: hex(a1Tag),
    },
  };
});

for (const p of pseudonymizers.values()) p.destroy();

const doc = {
  format: 'civicveil pseudonym test vectors',
  version: 1,
  spec: 'docs/spec/pseudonym-v1.md',
  generator: 'scripts/make-pseudonym-vectors.mjs',
  construction: {
    building_blocks: 'utf8 = strict UTF-8; lp(b) = uint32_be(len(b)) || b; b64u = base64url (RFC 4648 section 5) without padding',
    derive: 'derive(K, purpose, domain, L) = HKDF-SHA256(IKM = K, salt = utf8("civicveil/v1"), info = utf8(purpose) || 0x00 || utf8(domain), L)',
    message: 'M = lp(utf8(kind)) || lp(v); v = utf8(canonical), or for a composite kind ("a+b") v = lp(utf8(canonical_a)) || lp(utf8(canonical_b)) || ...',
    p1: 'T = HMAC-SHA256(derive(K, "pseudonym/hmac-sha256", domain, 32), M); token = "p1." + kid + "." + b64u(T[0:length])',
    a1: 'S = derive(K, "pseudonym/argon2id-salt", domain, 16); Kh = derive(K, "pseudonym/argon2id", domain, 32); H = Argon2id(password = M, salt = S, t, m (KiB), p, tag length 32, version 0x13, no secret, no associated data); T = HMAC-SHA256(Kh, H); token = "a1." + kid + "." + b64u(T[0:length])',
  },
  fields: {
    key: 'the 32-byte master key K, hex',
    raw: 'the value as a caller passes it (a string, or an array of strings for a composite kind)',
    canonical: "what the kind's normalizer makes of raw; the token is computed from this",
    message_hex: 'M, hex',
    length: 'tag length n in bytes',
    a1_params: 'Argon2id parameters of the a1 token: m in KiB, t passes, p lanes',
    intermediate: 'derived keys, full tags and the Argon2id output H, hex, for debugging',
  },
  keyring: testKeyring(KEYS),
  vectors,
};

writeOrCheck(OUT, doc, `${vectors.length} vectors`);
