import { base64urlEncode, equalBytes, utf8, writeLp } from '../encoding.js';
import { base64urlInto } from './token.js';
import { InputInvalidError, KeyNotFoundError, OptionInvalidError, withLocation } from '../errors.js';
import { ARGON2_OWASP, deriveKey, type Argon2Params, type Key, type Keyring } from '../keys/index.js';
import { checkArgon2Params, sameArgon2Params } from '../keys/argon2-params.js';
import { checkDomain } from '../keys/derive.js';
import { normalizerFor, type Normalizer } from '../normalize/index.js';
import { ONE_BLOCK_MAX, PreparedHmacSha256 } from './_hmac-sha256.js';
import { nobleArgon2id, type Argon2idBackend } from './argon2.js';
import { DEFAULT_TOKEN_BYTES, MAX_TOKEN_BYTES, MIN_TOKEN_BYTES, parseToken, type PseudonymAlgorithm } from './token.js';

/** A single value, or the parts of a composite kind such as `name+dob` (one string per part). */
export type PseudonymInput = string | readonly string[];

/** Options of {@link createPseudonymizer}. */
export interface PseudonymizerOptions {
  /** New tokens use the keyring's primary key; `verify` accepts any key in it. */
  keyring: Keyring;
  /** The unlinkability boundary, e.g. `"idnyc/holders"`: other domains give unrelated tokens. */
  domain: string;
  /** `p1` (HMAC-SHA256, default) or `a1` (Argon2id then HMAC, for low-entropy identifiers like SSNs). */
  algorithm?: PseudonymAlgorithm;
  /** Token tag length in bytes, 8 to 32 (default 16). */
  length?: number;
  /**
   * Argon2id cost for `a1`. Default: the parameters recorded on the key (`argon2id` member of
   * its JWK), else OWASP's m = 19456 KiB, t = 2, p = 1. Giving parameters that differ from the
   * key's recorded ones is refused: the tokens would not match the ones made before.
   */
  argon2?: Argon2Params;
  /** Argon2id implementation for `a1` (default @noble/hashes; `civicveil/node` offers a native one). */
  argon2Backend?: Argon2idBackend;
  /**
   * Normalizers by kind, added to (and overriding) the built-in ones (`ssn`, `itin`, `name`,
   * `date`, `dob`, `phone`, `email`, `address`, `text`); `false` turns normalization off
   * entirely. A composite kind such as `name+dob` is normalized part by part, so give
   * normalizers for its parts (`name`, `dob`), not for the composite.
   */
  normalizers?: Readonly<Record<string, Normalizer>> | false;
}

/**
 * A prepared pseudonymizer: keys derived and HMAC states prepared once, then reused for
 * every value. Holds key material: call `destroy()` when done with it.
 */
export interface Pseudonymizer {
  readonly domain: string;
  readonly algorithm: PseudonymAlgorithm;
  readonly length: number;
  /** The kid of the key new tokens are made with. */
  readonly kid: string;
  /**
   * The length, in bytes (= characters: tokens are ASCII), of every token this pseudonymizer
   * makes: `"p1." + kid + "."` plus `ceil(4 * length / 3)` base64url characters. What
   * {@link tokenInto} needs free in its output array per token.
   */
  readonly tokenLength: number;
  /**
   * The token of `value` of this `kind` (DESIGN 3.2 / 3.3). The value is first put in its
   * kind's canonical form (`ssn`: 9 digits, ...); a value its normalizer refuses gives
   * `INPUT_INVALID` naming the kind, never the value. With `a1` this blocks for one Argon2id
   * evaluation (about 200 ms at OWASP parameters in pure JS): prefer `pseudonymizeAsync`.
   * @example p.pseudonymize('ssn', '123-45-6789') // 'p1.k2026.…'
   * @example p.pseudonymize('name+dob', ['José García', '1985-03-04'])
   */
  pseudonymize(kind: string, value: PseudonymInput): string;
  /**
   * Writes the token of `value` of this `kind` as ASCII bytes into `out`, starting at `offset`,
   * and returns the offset just after it (`offset + tokenLength`). The bytes are exactly the
   * UTF-8 of `pseudonymize(kind, value)` (the same normalization, the same errors), but no
   * string or array is made per call: the tag is base64url-encoded straight into `out`. For
   * batch jobs that write tokens into an output buffer (a file, a socket, a CSV being built).
   *
   * `out` must be a `Uint8Array` and `offset` an integer with `tokenLength` bytes free from it
   * (`offset + p.tokenLength <= out.length`); otherwise `OPTION_INVALID` (option `out` or
   * `offset`), checked before anything is hashed or written. A value its normalizer refuses
   * gives `INPUT_INVALID` and leaves `out` untouched. With `a1` this blocks like `pseudonymize`.
   * @example
   * const out = new Uint8Array(p.tokenLength * values.length + values.length);
   * let at = 0;
   * for (const v of values) { at = p.tokenInto('email', v, out, at); out[at++] = 10; } // one per line
   */
  tokenInto(kind: string, value: PseudonymInput, out: Uint8Array, offset: number): number;
  /** As `pseudonymize`, without blocking the event loop for `a1`. */
  pseudonymizeAsync(kind: string, value: PseudonymInput): Promise<string>;
  /**
   * Tokens of many values of one kind, in order. All or nothing: the first bad value throws
   * with its 1-based `row`, and no partial array is returned.
   */
  pseudonymizeMany(kind: string, values: readonly PseudonymInput[]): string[];
  /**
   * True when `token` is the token of `value` of `kind`, under the key its kid names (any
   * status, so tokens made before a rotation still verify) and with its own length and
   * algorithm. The comparison is constant-time. Malformed token: `FORMAT_INVALID`;
   * unknown kid: `KEY_NOT_FOUND`.
   */
  verify(kind: string, value: PseudonymInput, token: string): boolean;
  /** As `verify`, without blocking the event loop for `a1` tokens. */
  verifyAsync(kind: string, value: PseudonymInput, token: string): Promise<boolean>;
  /** The canonical form(s) the token is computed from (for checks and test vectors). */
  canonical(kind: string, value: PseudonymInput): string | string[];
  /** Zeroes the derived keys and prepared states; the pseudonymizer must not be used afterwards. */
  destroy(): void;
}

interface KindState {
  /** `lp(kind)`, the constant start of every message of this kind. */
  prefix: Uint8Array;
  /** Normalizers of the parts of a composite kind; null for a single kind. */
  parts: (Normalizer | undefined)[] | null;
  /** The part kinds of a composite kind (`['name', 'dob']`); empty for a single kind. */
  partNames: string[];
  normalizer: Normalizer | undefined;
}

/** A buffer messages are written into, remembering which kind's `lp(kind)` is already at its start. */
interface MessageBuffer {
  bytes: Uint8Array;
  kind: KindState | undefined;
}

interface KeyState {
  p1?: PreparedHmacSha256;
  /** The p1 HMAC's own input block (55 usable bytes): short messages are written straight into it. */
  direct?: MessageBuffer;
  a1?: { salt: Uint8Array; mac: PreparedHmacSha256; params: Argon2Params };
}

/**
 * Prepares a pseudonymizer for one domain. Refuses a bad domain, algorithm, length or Argon2id
 * parameters with `OPTION_INVALID`.
 * @example
 * const p = createPseudonymizer({ keyring, domain: 'idnyc/holders' });
 * const token = p.pseudonymize('ssn', '123-45-6789');
 * p.verify('ssn', '123456789', token); // true
 */
export function createPseudonymizer(options: PseudonymizerOptions): Pseudonymizer {
  const { keyring } = options;
  if (!keyring || typeof keyring.get !== 'function' || !keyring.primary) {
    throw new OptionInvalidError('createPseudonymizer: keyring must be a Keyring (parseKeyring or createKeyring)', { option: 'keyring' });
  }
  const domain = checkDomain(options.domain);
  const algorithm = options.algorithm ?? 'p1';
  if (algorithm !== 'p1' && algorithm !== 'a1') {
    throw new OptionInvalidError('createPseudonymizer: algorithm must be "p1" or "a1"', { option: 'algorithm' });
  }
  const length = options.length ?? DEFAULT_TOKEN_BYTES;
  if (!Number.isInteger(length) || length < MIN_TOKEN_BYTES || length > MAX_TOKEN_BYTES) {
    throw new OptionInvalidError(`createPseudonymizer: length must be an integer from ${MIN_TOKEN_BYTES} to ${MAX_TOKEN_BYTES} bytes`, { option: 'length' });
  }
  const explicitArgon2 = options.argon2 ? checkArgon2Params(options.argon2, 'argon2') : undefined;
  const backend = options.argon2Backend ?? nobleArgon2id;
  const custom = options.normalizers;
  const lookupNormalizer = (kind: string): Normalizer | undefined => {
    if (custom === false) return undefined;
    if (custom && Object.hasOwn(custom, kind)) return custom[kind];
    return normalizerFor(kind);
  };

  const kinds = new Map<string, KindState>();
  const keys = new Map<string, KeyState>();
  let destroyed = false;
  let scratch: MessageBuffer = { bytes: new Uint8Array(256), kind: undefined };
  const tag = new Uint8Array(32);
  const primary = keyring.primary;
  const tokenPrefix = `${algorithm}.${primary.kid}.`;
  // The same prefix as ASCII bytes (a kid is [A-Za-z0-9_-], so one byte per character).
  const prefixBytes = Uint8Array.from(tokenPrefix, (c) => c.charCodeAt(0));
  const tokenLength = prefixBytes.length + Math.ceil((4 * length) / 3);

  let lastKind = '';
  let lastKindState: KindState | undefined;

  function kindState(kind: string): KindState {
    if (kind === lastKind && lastKindState) return lastKindState;
    let state = kinds.get(kind);
    if (state) {
      lastKind = kind;
      lastKindState = state;
      return state;
    }
    if (typeof kind !== 'string' || kind.length === 0) {
      throw new OptionInvalidError('kind must be a non-empty string such as "ssn" or "name+dob"', { option: 'kind' });
    }
    const kindBytes = utf8(kind, 'kind');
    const prefix = new Uint8Array(4 + kindBytes.length);
    new DataView(prefix.buffer).setUint32(0, kindBytes.length, false);
    prefix.set(kindBytes, 4);
    let parts: (Normalizer | undefined)[] | null = null;
    let names: string[] = [];
    if (kind.includes('+')) {
      names = kind.split('+');
      if (names.some((n) => n.length === 0)) {
        throw new OptionInvalidError(`kind "${kind}": every part of a composite kind must be named`, { option: 'kind' });
      }
      parts = names.map(lookupNormalizer);
    }
    state = { prefix, parts, partNames: names, normalizer: parts ? undefined : lookupNormalizer(kind) };
    kinds.set(kind, state);
    return state;
  }

  function canonicalParts(kind: string, state: KindState, value: PseudonymInput): string | string[] {
    if (state.parts) {
      if (!Array.isArray(value) || value.length !== state.parts.length) {
        throw new InputInvalidError(`kind "${kind}" is composite: pass an array of ${state.parts.length} strings`, { field: kind });
      }
      const names = state.partNames;
      return value.map((v, i) => {
        if (typeof v !== 'string') throw new InputInvalidError(`${names[i]}: expected a string`, { field: names[i]! });
        const n = state.parts![i];
        return n ? n(v) : v;
      });
    }
    if (typeof value !== 'string') {
      throw new InputInvalidError(`${kind}: expected a string${Array.isArray(value) ? ' (only composite kinds such as "name+dob" take an array)' : ''}`, { field: kind });
    }
    return state.normalizer ? state.normalizer(value) : value;
  }

  /** Writes `lp(kind) || lp(v)` (single) or `lp(kind) || lp(lp(v1) || lp(v2) …)` (composite); returns its length. */
  /**
   * Writes `lp(kind) || lp(v)` (single) or `lp(kind) || lp(lp(v1) || lp(v2) …)` (composite) into
   * `mb` and returns its length, or -1 when it does not fit. `lp(kind)` is written only when a
   * different kind was there before; wiping after use keeps it.
   */
  function writeInto(mb: MessageBuffer, state: KindState, canonical: string | string[], field: string): number {
    const buf = mb.bytes;
    let off = state.prefix.length;
    if (buf.length < off + 4) return -1;
    if (mb.kind !== state) {
      // Zeroed first: what follows a message must be zero (see PreparedHmacSha256.macInput), and
      // a longer prefix of another kind may be there.
      buf.fill(0);
      buf.set(state.prefix, 0);
      mb.kind = state;
    }
    try {
      if (typeof canonical === 'string') return writeLp(canonical, buf, off, field);
      const start = off;
      off += 4;
      for (const part of canonical) {
        off = writeLp(part, buf, off, field);
        if (off < 0) return -1;
      }
      new DataView(buf.buffer, buf.byteOffset).setUint32(start, off - start - 4, false);
      return off;
    } catch (e) {
      // A value refused midway (a lone surrogate in a later part of a composite): nothing of the
      // parts already written stays behind, for the next message or for anyone reading memory.
      wipe(mb, buf.length);
      throw e;
    }
  }

  /** Zeroes the value bytes of a message (everything after `lp(kind)`) up to `n`. */
  function wipe(mb: MessageBuffer, n: number): void {
    const bytes = mb.bytes;
    // A loop: for the few dozen bytes of most values it costs less than a call to `fill`.
    for (let i = mb.kind ? mb.kind.prefix.length : 0; i < n; i++) bytes[i] = 0;
  }

  /** Writes the message into `scratch`, growing it as needed; returns its length. */
  function writeScratch(state: KindState, canonical: string | string[], field: string): number {
    for (;;) {
      const n = writeInto(scratch, state, canonical, field);
      if (n >= 0) return n;
      wipe(scratch, scratch.bytes.length); // a partial write may have left value bytes
      let need = state.prefix.length + 8;
      for (const s of typeof canonical === 'string' ? [canonical] : canonical) need += 4 + s.length * 3;
      scratch = { bytes: new Uint8Array(Math.max(need, scratch.bytes.length * 2)), kind: undefined };
    }
  }

  function argon2For(key: Key): Argon2Params {
    if (explicitArgon2 && key.argon2 && !sameArgon2Params(explicitArgon2, key.argon2)) {
      throw new OptionInvalidError(
        `argon2: key "${key.kid}" records m=${key.argon2.m}, t=${key.argon2.t}, p=${key.argon2.p}; other parameters would give tokens that match none made before`,
        { option: 'argon2', entry: key.kid },
      );
    }
    return explicitArgon2 ?? key.argon2 ?? { ...ARGON2_OWASP };
  }

  function keyState(key: Key, alg: PseudonymAlgorithm): KeyState {
    let state = keys.get(key.kid);
    if (!state) {
      state = {};
      keys.set(key.kid, state);
    }
    if (alg === 'p1' && !state.p1) {
      const kd = deriveKey(key, 'pseudonym/hmac-sha256', domain, 32);
      state.p1 = new PreparedHmacSha256(kd);
      state.direct = { bytes: state.p1.input.subarray(0, ONE_BLOCK_MAX), kind: undefined };
      kd.fill(0);
    }
    if (alg === 'a1' && !state.a1) {
      const params = argon2For(key);
      const salt = deriveKey(key, 'pseudonym/argon2id-salt', domain, 16);
      const kh = deriveKey(key, 'pseudonym/argon2id', domain, 32);
      state.a1 = { salt, mac: new PreparedHmacSha256(kh), params };
      kh.fill(0);
    }
    return state;
  }

  let primaryCache: KeyState | undefined;
  function primaryState(): KeyState {
    return (primaryCache ??= keyState(primary, algorithm));
  }

  function live(): void {
    if (destroyed) throw new OptionInvalidError('this pseudonymizer was destroyed', { option: 'pseudonymizer' });
  }

  /** Full 32-byte tag T into `tag`, synchronously. */
  function tagSync(key: Key, alg: PseudonymAlgorithm, kind: string, value: PseudonymInput): void {
    const state = key === primary && alg === algorithm ? primaryState() : keyState(key, alg);
    const ks = kindState(kind);
    const canonical = canonicalParts(kind, ks, value);
    if (alg === 'p1') {
      // Most messages fit one SHA-256 block: write them straight into the HMAC's input.
      const direct = state.direct!;
      const n = writeInto(direct, ks, canonical, kind);
      if (n >= 0) {
        state.p1!.macInput(n, tag);
        wipe(direct, n);
        return;
      }
      wipe(direct, ONE_BLOCK_MAX);
      direct.kind = undefined; // macInto may reuse the input block
      const m = writeScratch(ks, canonical, kind);
      state.p1!.macInto(scratch.bytes, tag, m);
      wipe(scratch, m);
      return;
    }
    const n = writeScratch(ks, canonical, kind);
    const a1 = state.a1!;
    const h = backend.hash(scratch.bytes.subarray(0, n), a1.salt, a1.params);
    a1.mac.macInto(h, tag);
    h.fill(0);
    wipe(scratch, n);
  }

  async function tagAsync(key: Key, alg: PseudonymAlgorithm, kind: string, value: PseudonymInput): Promise<Uint8Array> {
    if (alg === 'p1') {
      tagSync(key, alg, kind, value);
      return tag.slice();
    }
    const state = keyState(key, alg);
    // Copy: other calls may reuse the scratch buffer while Argon2id runs. Then wipe the original.
    const ks = kindState(kind);
    const n = writeScratch(ks, canonicalParts(kind, ks, value), kind);
    const msg = scratch.bytes.slice(0, n);
    wipe(scratch, n);
    const a1 = state.a1!;
    const h = await backend.hashAsync(msg, a1.salt, a1.params);
    msg.fill(0);
    const out = new Uint8Array(32);
    a1.mac.macInto(h, out);
    h.fill(0);
    return out;
  }

  function tokenKey(token: string): { key: Key; alg: PseudonymAlgorithm; expected: Uint8Array } {
    const parsed = parseToken(token);
    const key = keyring.get(parsed.kid);
    if (!key) throw new KeyNotFoundError(`token names key "${parsed.kid}", which is not in the keyring`, { entry: parsed.kid });
    return { key, alg: parsed.algorithm, expected: parsed.tag };
  }

  // Refuse parameters that disagree with the primary key's now, not at the first value.
  if (algorithm === 'a1') argon2For(primary);

  const pseudonymizer: Pseudonymizer = {
    domain,
    algorithm,
    length,
    kid: primary.kid,
    tokenLength,
    pseudonymize(kind, value) {
      live();
      tagSync(primary, algorithm, kind, value);
      return tokenPrefix + base64urlEncode(tag, length);
    },
    tokenInto(kind, value, out, offset) {
      live();
      if (!(out instanceof Uint8Array)) {
        throw new OptionInvalidError('tokenInto: out must be a Uint8Array', { option: 'out' });
      }
      if (!Number.isSafeInteger(offset) || offset < 0 || offset > out.length) {
        throw new OptionInvalidError(`tokenInto: offset must be an integer from 0 to out.length (${out.length})`, { option: 'offset' });
      }
      if (out.length - offset < tokenLength) {
        throw new OptionInvalidError(
          `tokenInto: a token needs ${tokenLength} bytes, but out has ${out.length - offset} free from offset ${offset}`,
          { option: 'out' },
        );
      }
      tagSync(primary, algorithm, kind, value);
      let o = offset;
      for (let i = 0; i < prefixBytes.length; i++) out[o++] = prefixBytes[i]!;
      return base64urlInto(tag, length, out, o);
    },
    async pseudonymizeAsync(kind, value) {
      live();
      const t = await tagAsync(primary, algorithm, kind, value);
      return tokenPrefix + base64urlEncode(t.subarray(0, length));
    },
    pseudonymizeMany(kind, values) {
      live();
      const out = new Array<string>(values.length);
      for (let i = 0; i < values.length; i++) {
        try {
          tagSync(primary, algorithm, kind, values[i]!);
        } catch (e) {
          withLocation(e, { row: i + 1 }, `row ${i + 1}`);
        }
        out[i] = tokenPrefix + base64urlEncode(tag, length);
      }
      return out;
    },
    verify(kind, value, token) {
      live();
      const { key, alg, expected } = tokenKey(token);
      tagSync(key, alg, kind, value);
      return equalBytes(tag.subarray(0, expected.length), expected);
    },
    async verifyAsync(kind, value, token) {
      live();
      const { key, alg, expected } = tokenKey(token);
      const t = await tagAsync(key, alg, kind, value);
      return equalBytes(t.subarray(0, expected.length), expected);
    },
    canonical(kind, value) {
      live();
      return canonicalParts(kind, kindState(kind), value);
    },
    destroy() {
      destroyed = true;
      for (const state of keys.values()) {
        state.p1?.destroy();
        if (state.a1) {
          state.a1.mac.destroy();
          state.a1.salt.fill(0);
        }
      }
      keys.clear();
      primaryCache = undefined;
      tag.fill(0);
      scratch.bytes.fill(0);
    },
  };
  return Object.freeze(pseudonymizer);
}
