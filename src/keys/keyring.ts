import { base64urlDecode, base64urlEncode } from '../encoding.js';
import { KeyInvalidError } from '../errors.js';
import { checkArgon2Params, type Argon2Params } from './argon2-params.js';
import { checkKid, importKey, keyBytes, withStatus, type Key, type KeyStatus, type PassphraseKdf } from './key.js';

/**
 * A set of keys with exactly one primary (DESIGN 5). The primary makes new tokens and
 * envelopes; every key in the ring still verifies and decrypts. Immutable: rotation returns a
 * new ring. Printing or `JSON.stringify` shows kids and statuses only.
 */
export interface Keyring {
  readonly keys: readonly Key[];
  readonly primary: Key;
  /** The key with this kid, or undefined. */
  get(kid: string): Key | undefined;
}

/**
 * Builds a keyring from keys. Refuses duplicate kids and anything but exactly one primary
 * with `KEY_INVALID`.
 * @example const ring = createKeyring([generateKey({ kid: 'k2026' })])
 */
export function createKeyring(keys: readonly Key[]): Keyring {
  const byKid = new Map<string, Key>();
  let primary: Key | undefined;
  for (const key of keys) {
    keyBytes(key); // refuses non-keys
    if (byKid.has(key.kid)) throw new KeyInvalidError(`keyring: duplicate kid "${key.kid}"`, { entry: key.kid });
    byKid.set(key.kid, key);
    if (key.status === 'primary') {
      if (primary) throw new KeyInvalidError(`keyring: both "${primary.kid}" and "${key.kid}" are primary; exactly one may be`, { entry: key.kid });
      primary = key;
    }
  }
  if (!primary) throw new KeyInvalidError('keyring: no key has status "primary"', {});
  const ring: Keyring = {
    keys: Object.freeze([...keys]),
    primary,
    get: (kid: string) => byKid.get(kid),
  };
  return Object.freeze(ring);
}

const STATUSES: readonly string[] = ['primary', 'active', 'retired'];

interface ParsedEntry {
  kid: string;
  status: KeyStatus;
  bytes?: Uint8Array;
  argon2?: Argon2Params;
  kdf?: PassphraseKdf;
}

function parseEntry(raw: unknown, index: number): ParsedEntry {
  const at = `keys[${index}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new KeyInvalidError(`keyring ${at}: not a JSON object`, { entry: `#${index}` });
  }
  const e = raw as Record<string, unknown>;
  const entryName = typeof e.kid === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(e.kid) ? e.kid : `#${index}`;
  const where = `keyring ${at}${entryName.startsWith('#') ? '' : ` (kid "${entryName}")`}`;
  const fail = (why: string): never => {
    throw new KeyInvalidError(`${where}: ${why}`, { entry: entryName });
  };
  if (e.kty !== 'oct') fail('kty must be "oct" (a symmetric JWK, RFC 7518 section 6.4)');
  try {
    checkKid(e.kid, where);
  } catch {
    fail('kid must match [A-Za-z0-9_-]{1,64}');
  }
  const status = e.status === undefined ? 'active' : e.status;
  if (typeof status !== 'string' || !STATUSES.includes(status)) fail('status must be "primary", "active" or "retired"');
  const out: ParsedEntry = { kid: e.kid as string, status: status as KeyStatus };
  if (e.argon2id !== undefined) {
    try {
      out.argon2 = checkArgon2Params(e.argon2id, `${where} argon2id`);
    } catch {
      fail('argon2id must be {"m": KiB, "t": passes, "p": lanes} with integer values in range');
    }
  }
  if (e.kdf !== undefined) {
    const k = e.kdf as Record<string, unknown>;
    if (typeof k !== 'object' || k === null || k.alg !== 'argon2id' || typeof k.salt !== 'string') {
      fail('kdf must be {"alg": "argon2id", "salt": base64url, "m", "t", "p"}');
    }
    let salt: Uint8Array | undefined;
    try {
      salt = base64urlDecode(k.salt as string);
    } catch {
      fail('kdf salt is not valid base64url');
    }
    if (salt!.length < 16) fail('kdf salt must be at least 16 bytes');
    let params: Argon2Params | undefined;
    try {
      params = checkArgon2Params(k, `${where} kdf`);
    } catch {
      fail('kdf parameters m, t, p must be integers in range');
    }
    out.kdf = { alg: 'argon2id', salt: k.salt as string, ...params! };
  }
  if (e.k === undefined) {
    if (!out.kdf) fail('missing "k" (the key bytes, base64url)');
    return out;
  }
  if (typeof e.k !== 'string') fail('"k" must be a base64url string');
  let bytes: Uint8Array | undefined;
  try {
    bytes = base64urlDecode(e.k as string);
  } catch {
    fail('"k" is not valid base64url');
  }
  if (bytes!.length !== 32) fail(`"k" must decode to 32 bytes, not ${bytes!.length}`);
  out.bytes = bytes!;
  return out;
}

/** @internal Parses a JWK Set into entries, checking everything but the presence of bytes. */
export function parseKeyringEntries(json: string | unknown): ParsedEntry[] {
  let doc: unknown = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json);
    } catch {
      throw new KeyInvalidError('keyring: not valid JSON', {});
    }
  }
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as { keys?: unknown }).keys)) {
    throw new KeyInvalidError('keyring: expected a JWK Set {"keys": [...]}', {});
  }
  const entries = (doc as { keys: unknown[] }).keys.map(parseEntry);
  if (entries.length === 0) throw new KeyInvalidError('keyring: "keys" is empty', {});
  return entries;
}

/** @internal Turns parsed entries (all holding bytes) into a keyring. */
export function keyringFromEntries(entries: ParsedEntry[]): Keyring {
  const keys = entries.map((e) => {
    if (!e.bytes) {
      throw new KeyInvalidError(`keyring: key "${e.kid}" is passphrase-derived and has no stored bytes; open the keyring with openKeyring and its passphrase`, { entry: e.kid });
    }
    const opts: Parameters<typeof importKey>[1] = { kid: e.kid, status: e.status };
    if (e.argon2) opts.argon2 = e.argon2;
    if (e.kdf) opts.kdf = e.kdf;
    const key = importKey(e.bytes, opts);
    e.bytes.fill(0);
    return key;
  });
  return createKeyring(keys);
}

/**
 * Parses and validates a keyring stored as a JSON Web Key Set (RFC 7517):
 * `{"keys":[{"kty":"oct","kid":"k1","k":"<base64url of 32 bytes>","status":"primary"}]}`.
 * Optional members: `"argon2id": {"m","t","p"}` (parameters for a1 pseudonyms) and
 * `"kdf"` (a passphrase-derived key; see {@link openKeyring}). A missing status means
 * `active`. Refuses bad JSON, a wrong kty, a bad kid, bad base64url, a key of the wrong length,
 * duplicate kids and anything but one primary with `KEY_INVALID` naming the entry, never its bytes.
 * @example const ring = parseKeyring(await fs.readFile('keys.jwks', 'utf8'))
 */
export function parseKeyring(json: string | unknown): Keyring {
  return keyringFromEntries(parseKeyringEntries(json));
}

/** Options of {@link serializeKeyring}. */
export interface SerializeKeyringOptions {
  /** Also write `k` for passphrase-derived keys (default false: they are re-derived from the passphrase). */
  includePassphraseKeys?: boolean;
  /** JSON indentation (default 2). */
  indent?: number;
}

/**
 * Serializes a keyring as a JWK Set. This writes key bytes: it is the explicit export, meant for
 * a file readable only by its owner (the CLI writes such files with mode 0600).
 */
export function serializeKeyring(ring: Keyring, options: SerializeKeyringOptions = {}): string {
  const keys = ring.keys.map((key) => {
    const jwk: Record<string, unknown> = { kty: 'oct', kid: key.kid };
    if (!key.kdf || options.includePassphraseKeys) jwk.k = base64urlEncode(keyBytes(key));
    jwk.status = key.status;
    if (key.argon2) jwk.argon2id = { m: key.argon2.m, t: key.argon2.t, p: key.argon2.p };
    if (key.kdf) jwk.kdf = { ...key.kdf };
    return jwk;
  });
  return `${JSON.stringify({ keys }, null, options.indent ?? 2)}\n`;
}

/**
 * Rotation: `newKey` becomes primary, the old primary becomes `active` (it still verifies and
 * decrypts). Returns a new keyring; refuses a kid already in the ring.
 */
export function rotateKeyring(ring: Keyring, newKey: Key): Keyring {
  const keys = ring.keys.map((k) => (k.status === 'primary' ? withStatus(k, 'active') : k));
  return createKeyring([...keys, newKey.status === 'primary' ? newKey : withStatus(newKey, 'primary')]);
}

/** Marks a key `retired` (still decrypts and verifies, never makes new output). Refuses the primary. */
export function retireKey(ring: Keyring, kid: string): Keyring {
  const key = ring.get(kid);
  if (!key) throw new KeyInvalidError(`keyring: no key "${kid}"`, { entry: kid });
  if (key.status === 'primary') throw new KeyInvalidError(`keyring: "${kid}" is primary; rotate to a new key before retiring it`, { entry: kid });
  return createKeyring(ring.keys.map((k) => (k.kid === kid ? withStatus(k, 'retired') : k)));
}
