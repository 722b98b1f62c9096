import { AuthenticationError, InputInvalidError, KeyNotFoundError, OptionInvalidError } from '../errors.js';
import { deriveKey, type Key, type Keyring } from '../keys/index.js';
import { checkDomain } from '../keys/derive.js';
import { nobleXChaCha, sivOpen, sivSeal, type XChaChaBackend } from './aead.js';
import { envelopeAad, formatEnvelope, parseEnvelope, type EnvelopeAlgorithm } from './envelope.js';
import { NoncePool } from './nonce-pool.js';
import { decodeValue, encodeValue, type FieldValue } from './value.js';

/** Options of {@link createFieldEncryptor}. */
export interface FieldEncryptorOptions {
  /** New envelopes use the primary key; any key in the ring decrypts (retired keys included). */
  keyring: Keyring;
  /** The key-separation boundary, as for pseudonyms, e.g. `"idnyc/holders"`. */
  domain: string;
  /** XChaCha20-Poly1305 implementation (default @noble/ciphers; `civicveil/node` has a faster one, same bytes). */
  xchacha?: XChaChaBackend;
}

/** Where an envelope belongs, and how to make it. */
export interface EncryptOptions {
  /**
   * Binds the envelope to its place, e.g. `"holders.ssn"` or `"holders.ssn#rec-123"`: an envelope
   * moved to another context fails to decrypt. Non-empty.
   */
  context: string;
  /** `xc20p` (randomized, default) or `siv` (deterministic: equal values give equal envelopes). */
  algorithm?: EnvelopeAlgorithm;
}

/** A prepared field encryptor. Holds derived keys: call `destroy()` when done. */
export interface FieldEncryptor {
  readonly domain: string;
  /** The kid new envelopes are made with. */
  readonly kid: string;
  /**
   * The e1 envelope of `value` (DESIGN 4). Strings are encrypted as their UTF-8 bytes; numbers,
   * booleans, null, bigints, dates, arrays and objects keep their type (see `value.ts`).
   * @example enc.encrypt('123-45-6789', { context: 'holders.ssn#H0000001' }) // 'e1.xc20p.k1.…'
   */
  encrypt(value: FieldValue, options: EncryptOptions): string;
  /**
   * The value inside `envelope`, under the key its kid names. `FORMAT_INVALID` when it is not an
   * envelope, `KEY_NOT_FOUND` for an unknown kid, `AUTHENTICATION_FAILED` when it was changed in
   * any way or belongs to another key, domain or context. Never returns partial plaintext.
   */
  decrypt(envelope: string, options: { context: string }): FieldValue;
  /**
   * Rotation: the same value re-encrypted under the primary key with the same algorithm (and,
   * when given, a new context). An envelope already under the primary key and context is returned
   * unchanged.
   */
  reencrypt(envelope: string, options: { context: string; newContext?: string }): string;
  /** Zeroes the derived keys; the encryptor must not be used afterwards. */
  destroy(): void;
}

interface DerivedKeys {
  xc20p?: Uint8Array;
  siv?: Uint8Array;
}

function checkContext(context: unknown): string {
  if (typeof context !== 'string' || context.length === 0) {
    throw new OptionInvalidError('context must be a non-empty string, e.g. "holders.ssn"', { option: 'context' });
  }
  return context;
}

/**
 * Prepares field encryption for one domain.
 * @example
 * const enc = createFieldEncryptor({ keyring, domain: 'idnyc/holders' });
 * const e = enc.encrypt('A123456789', { context: 'holders.a_number#H0000001' });
 * enc.decrypt(e, { context: 'holders.a_number#H0000001' }); // 'A123456789'
 */
export function createFieldEncryptor(options: FieldEncryptorOptions): FieldEncryptor {
  const { keyring } = options;
  if (!keyring || typeof keyring.get !== 'function' || !keyring.primary) {
    throw new OptionInvalidError('createFieldEncryptor: keyring must be a Keyring (parseKeyring or createKeyring)', { option: 'keyring' });
  }
  const domain = checkDomain(options.domain);
  const derived = new Map<string, DerivedKeys>();
  const nonces = new NoncePool(24);
  const xchacha = options.xchacha ?? nobleXChaCha;
  // AAD per (algorithm, kid, context): column contexts repeat for every row, so the last one is
  // kept, and a small map holds the others.
  const aads = new Map<string, Uint8Array>();
  let last: { algorithm: string; kid: string; context: string; aad: Uint8Array } = { algorithm: '', kid: '', context: '', aad: new Uint8Array(0) };
  const aadOf = (algorithm: EnvelopeAlgorithm, kid: string, context: string): Uint8Array => {
    if (last.context === context && last.kid === kid && last.algorithm === algorithm) return last.aad;
    const id = `${algorithm}\u0000${kid}\u0000${context}`;
    let aad = aads.get(id);
    if (!aad) {
      if (aads.size >= 4096) aads.clear(); // record contexts do not repeat: keep the cache small
      aads.set(id, (aad = envelopeAad(algorithm, kid, context)));
    }
    last = { algorithm, kid, context, aad };
    return aad;
  };
  let destroyed = false;

  function keysOf(key: Key, algorithm: EnvelopeAlgorithm): Uint8Array {
    let d = derived.get(key.kid);
    if (!d) derived.set(key.kid, (d = {}));
    if (algorithm === 'xc20p') return (d.xc20p ??= deriveKey(key, 'field/xchacha20poly1305', domain, 32));
    return (d.siv ??= deriveKey(key, 'field/aes-siv', domain, 64));
  }

  function live(): void {
    if (destroyed) throw new OptionInvalidError('this encryptor was destroyed', { option: 'encryptor' });
  }

  function seal(key: Key, algorithm: EnvelopeAlgorithm, context: string, plaintext: Uint8Array): string {
    const aad = aadOf(algorithm, key.kid, context);
    const k = keysOf(key, algorithm);
    if (algorithm === 'siv') return formatEnvelope('siv', key.kid, sivSeal(k, aad, plaintext));
    const payload = xchacha.seal(k, nonces.peek(), aad, plaintext, 24); // nonce || ciphertext || tag
    nonces.consumeInto(payload, 0);
    return formatEnvelope('xc20p', key.kid, payload);
  }

  function open(envelope: string, context: string): { plaintext: Uint8Array; algorithm: EnvelopeAlgorithm; key: Key } {
    const { algorithm, kid, payload } = parseEnvelope(envelope);
    const key = keyring.get(kid);
    if (!key) throw new KeyNotFoundError(`envelope names key "${kid}", which is not in the keyring`, { entry: kid });
    const aad = aadOf(algorithm, kid, context);
    const k = keysOf(key, algorithm);
    try {
      const plaintext =
        algorithm === 'siv' ? sivOpen(k, aad, payload) : xchacha.open(k, payload.subarray(0, 24), aad, payload.subarray(24));
      return { plaintext, algorithm, key };
    } catch {
      throw new AuthenticationError(
        'envelope does not authenticate: it was changed, or belongs to another key, domain or context',
        { field: context },
      );
    }
  }

  const encryptor: FieldEncryptor = {
    domain,
    kid: keyring.primary.kid,
    encrypt(value, opts) {
      live();
      const context = checkContext(opts?.context);
      const algorithm = opts.algorithm ?? 'xc20p';
      if (algorithm !== 'xc20p' && algorithm !== 'siv') {
        throw new OptionInvalidError('algorithm must be "xc20p" or "siv"', { option: 'algorithm' });
      }
      const plaintext = encodeValue(value, context);
      try {
        return seal(keyring.primary, algorithm, context, plaintext);
      } finally {
        plaintext.fill(0);
      }
    },
    decrypt(envelope, opts) {
      live();
      const context = checkContext(opts?.context);
      const { plaintext } = open(envelope, context);
      try {
        return decodeValue(plaintext);
      } finally {
        plaintext.fill(0);
      }
    },
    reencrypt(envelope, opts) {
      live();
      const context = checkContext(opts?.context);
      const target = opts.newContext === undefined ? context : checkContext(opts.newContext);
      const { plaintext, algorithm, key } = open(envelope, context);
      try {
        if (key === keyring.primary && target === context) return envelope;
        return seal(keyring.primary, algorithm, target, plaintext);
      } finally {
        plaintext.fill(0);
      }
    },
    destroy() {
      destroyed = true;
      for (const d of derived.values()) {
        d.xc20p?.fill(0);
        d.siv?.fill(0);
      }
      derived.clear();
      aads.clear();
    },
  };
  return Object.freeze(encryptor);
}

/** @internal Used by the record helpers to reject a value before any encryption. */
export function assertEncryptable(value: unknown, field: string): asserts value is FieldValue {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    throw new InputInvalidError(`field "${field}" holds a value that cannot be encrypted (${typeof value})`, { field });
  }
}
