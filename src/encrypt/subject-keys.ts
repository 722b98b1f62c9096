/**
 * Crypto-shredding (DESIGN 5): one data key per subject (a resident, a case, a month), wrapped by
 * the master keyring and kept by the caller in a {@link WrappedKeyStore}. Deleting a subject's
 * wrapped key makes exactly that subject's envelopes unreadable, wherever copies of them are.
 *
 * Construction, with no new cryptography:
 * - data key: 32 bytes from the CSPRNG (`randomBytes`);
 * - wrapped key: the e1 envelope (xc20p) of `b64u(data key)` under the master keyring, in the
 *   subject encryptor's domain, with context `"subject-key#" + subject`, so a wrapped key copied
 *   to another subject's row does not open;
 * - the subject's fields: e1 envelopes made by a field encryptor whose keyring holds only the data
 *   key, under the fixed kid {@link SUBJECT_KID} (`"subject"`), in the same domain.
 *
 * The data key's kid is the same for every subject on purpose: a kid derived from the subject
 * (even hashed: subject ids are guessable) would name the subject, and a random kid per subject
 * would let anyone holding the ciphertexts group them by subject. The subject is known to the
 * caller, who passes it to decrypt.
 * @module
 */
import { base64urlDecode, base64urlEncode } from '../encoding.js';
import { CivicVeilError, FormatInvalidError, KeyNotFoundError, OptionInvalidError } from '../errors.js';
import { createKeyring, type Keyring } from '../keys/keyring.js';
import { importKey, keyBytes, type Key } from '../keys/key.js';
import { randomBytes } from '../keys/random.js';
import { assertEncryptable, createFieldEncryptor, type EncryptOptions, type FieldEncryptor } from './encryptor.js';
import type { FieldValue } from './value.js';

/**
 * The kid of every subject data key, as it appears in a subject's envelopes. The same for every
 * subject, so that envelopes neither name nor group their subject.
 * @example parseEnvelope(await subjects.encrypt('R-1', 'x', { context: 'c' })).kid === SUBJECT_KID // 'subject'
 */
export const SUBJECT_KID = 'subject';

/**
 * The context a subject's data key is wrapped under: `"subject-key#" + subject` (no checks: the
 * subject encryptor refuses an empty subject).
 * @example subjectKeyContext('2026-03') // 'subject-key#2026-03'
 */
export function subjectKeyContext(subject: string): string {
  return `subject-key#${subject}`;
}

/**
 * Where the wrapped data keys live; the caller implements it (a table, a key-value store).
 * Each method may be synchronous or return a promise; its errors reach the caller unchanged.
 *
 * - `get(subject)`: the stored wrapped key, or `undefined` when there is none.
 * - `put(subject, wrapped, replaces)`: store a wrapped key. `replaces` is `undefined` when a
 *   subject's first key is stored: the store should then insert only if the subject has no key
 *   yet (SQL `on conflict do nothing`), because two writers may create the same subject at once
 *   and the encryptor reads the key back to use whichever was kept. When `replaces` is a string
 *   (re-wrapping after a master key rotation), the store should update only if the stored value
 *   is still `replaces`, so a rewrap never brings back a key shredded meanwhile. A store that
 *   simply overwrites is correct when a single writer creates subjects.
 * - `delete(subject)`: remove the wrapped key (crypto-shredding). Deleting a subject that has no
 *   key is not an error. Remember the backups: a restored backup restores the key.
 *
 * The subject encryptor refuses a store without these three methods (`OPTION_INVALID`) and a
 * stored value that is not a wrapped key (`FORMAT_INVALID`).
 * @example
 * const store: WrappedKeyStore = {
 *   get: async (s) => (await db.query('select wrapped from subject_keys where subject = $1', [s])).rows[0]?.wrapped,
 *   put: async (s, w) => { await db.query('insert into subject_keys values ($1, $2) on conflict do nothing', [s, w]) },
 *   delete: async (s) => { await db.query('delete from subject_keys where subject = $1', [s]) },
 * };
 */
export interface WrappedKeyStore {
  get(subject: string): Promise<string | undefined> | string | undefined;
  put(subject: string, wrapped: string, replaces?: string): Promise<void> | void;
  delete(subject: string): Promise<void> | void;
}

/**
 * A {@link WrappedKeyStore} in a `Map`, with the insert-if-absent and compare-and-set behaviour
 * described there (a `put` that would break them is ignored, never an error).
 * @example createMemoryKeyStore().subjects() // []
 */
export interface MemoryKeyStore extends WrappedKeyStore {
  /** Number of subjects with a key. */
  readonly size: number;
  /** The subjects with a key, in insertion order. */
  subjects(): string[];
}

/**
 * A wrapped-key store held in memory, for tests, examples and short-lived processes (its keys
 * are gone when the process ends, and with them every subject's data).
 * @example const store = createMemoryKeyStore(); const subjects = createSubjectEncryptor({ keyring, domain: 'cases/notes', store });
 */
export function createMemoryKeyStore(): MemoryKeyStore {
  const map = new Map<string, string>();
  return {
    get: (subject) => map.get(subject),
    put(subject, wrapped, replaces) {
      if (replaces === undefined ? !map.has(subject) : map.get(subject) === replaces) map.set(subject, wrapped);
    },
    delete(subject) {
      map.delete(subject);
    },
    get size() {
      return map.size;
    },
    subjects: () => [...map.keys()],
  };
}

/**
 * Options of {@link createSubjectEncryptor}; bad ones are refused with `OPTION_INVALID`.
 * @example const options: SubjectEncryptorOptions = { keyring, domain: 'cases/notes', store: createMemoryKeyStore(), cacheSize: 0 }
 */
export interface SubjectEncryptorOptions {
  /** The master keyring: its primary wraps new data keys; any key in it unwraps. */
  keyring: Keyring;
  /** The key-separation boundary for both the wrapping and the subjects' envelopes, e.g. `"cases/notes"`. */
  domain: string;
  /** Where the wrapped data keys are kept. */
  store: WrappedKeyStore;
  /**
   * How many unwrapped data keys to keep in memory (least recently loaded are dropped and zeroed
   * first). Default 1000; 0 reads and unwraps the key from the store on every call. A cached
   * key still decrypts after another process shreds it, until it leaves the cache or `destroy()`.
   */
  cacheSize?: number;
}

/**
 * What {@link SubjectEncryptor.rewrap} did: `rewrapped` under the primary, already `current`, or
 * `missing` (no key: shredded or never created).
 * @example const result = await subjects.rewrap('R-1') // 'rewrapped', 'current' or 'missing'
 */
export type RewrapResult = 'rewrapped' | 'current' | 'missing';

/**
 * Per-subject field encryption with crypto-shredding, made by {@link createSubjectEncryptor}.
 * Holds keys: call `destroy()` when done; every method refuses use after it (`OPTION_INVALID`),
 * and an empty subject.
 * @example const e = await subjects.encrypt('2026-03', 'note', { context: 'notes.body#N1' })
 */
export interface SubjectEncryptor {
  readonly domain: string;
  /**
   * The e1 envelope of `value` under the subject's data key, creating (and storing) the key when
   * the subject has none. Same values and options as {@link FieldEncryptor.encrypt}.
   * @example await subjects.encrypt('2026-03', 'visited on the 4th', { context: 'notes.body#N17' })
   */
  encrypt(subject: string, value: FieldValue, options: EncryptOptions): Promise<string>;
  /**
   * The value inside a subject's envelope. `KEY_NOT_FOUND` when the subject has no data key (it
   * was shredded or never existed); `AUTHENTICATION_FAILED` when the envelope belongs to another
   * subject, context or domain or was changed.
   * @example await subjects.decrypt('2026-03', envelope, { context: 'notes.body#N17' })
   */
  decrypt(subject: string, envelope: string, options: { context: string }): Promise<FieldValue>;
  /**
   * The subject's own field encryptor, for `encryptRecord` and friends. With `create: true` a
   * missing key is created; otherwise `KEY_NOT_FOUND`. It stops working (`OPTION_INVALID`) when
   * the subject is shredded, its key leaves the cache, or `destroy()` is called: fetch it per batch.
   * (With `cacheSize: 0` each one holds its key until the subject is shredded or `destroy()`.)
   * @example encryptRecord(await subjects.encryptorFor('R-88', { create: true }), record, fields)
   */
  encryptorFor(subject: string, options?: { create?: boolean }): Promise<FieldEncryptor>;
  /**
   * Crypto-shredding: deletes the subject's wrapped key from the store and zeroes any copy held
   * here. Every envelope of that subject becomes unreadable; other subjects are untouched.
   * @example await subjects.shred('2025-01')
   */
  shred(subject: string): Promise<void>;
  /**
   * After a master key rotation: re-wraps the subject's data key under the keyring's primary
   * (its data envelopes stay as they are). `current` when it already was, `missing` when the
   * subject has no key. Run it for every subject before the old master key is deleted.
   * @example for (const s of subjectsInStore) await subjects.rewrap(s)
   */
  rewrap(subject: string): Promise<RewrapResult>;
  /** Zeroes every cached data key and derived key; the object must not be used afterwards. */
  destroy(): void;
}

interface Entry {
  key: Key;
  encryptor: FieldEncryptor;
  /** Set when the key bytes were zeroed (evicted, shredded or destroyed): callers load again. */
  dead: boolean;
}

const KEY_GONE = 'no data key for this subject: it was shredded or never existed';
const NOT_WRAPPED = 'the key store returned something that is not a wrapped key (a string)';

function checkSubject(subject: unknown): string {
  if (typeof subject !== 'string' || subject.length === 0) {
    throw new OptionInvalidError('subject must be a non-empty string (a subject id or a period such as "2026-03")', { option: 'subject' });
  }
  return subject;
}

/**
 * Re-throws an error about a wrapped key without its location: the master encryptor's location
 * is the wrapping context, which holds the subject id.
 */
function dataKeyError(e: unknown): never {
  if (!(e instanceof CivicVeilError)) throw e;
  const message = `stored data key of this subject: ${e.message}`;
  if (e.constructor === CivicVeilError) throw new CivicVeilError(e.code, message);
  const Subclass = e.constructor as new (message: string) => CivicVeilError;
  throw new Subclass(message);
}

/** One in-flight promise per subject, shared by concurrent callers and forgotten once settled. */
function shared<T>(map: Map<string, Promise<T>>, subject: string, start: () => Promise<T>): Promise<T> {
  const running = map.get(subject);
  if (running) return running;
  const p: Promise<T> = start().finally(() => {
    if (map.get(subject) === p) map.delete(subject);
  });
  map.set(subject, p);
  return p;
}

/**
 * Prepares per-subject encryption with crypto-shredding over a caller's key store. Refuses a
 * keyring that is not one, an empty domain, a store without get/put/delete or a bad cacheSize
 * with `OPTION_INVALID`.
 * @example
 * const subjects = createSubjectEncryptor({ keyring, domain: 'cases/notes', store: createMemoryKeyStore() });
 * const e = await subjects.encrypt('2026-03', 'home visit, client anxious', { context: 'notes.body#N1' });
 * await subjects.shred('2026-03'); // e can no longer be decrypted by anyone
 */
export function createSubjectEncryptor(options: SubjectEncryptorOptions): SubjectEncryptor {
  if (typeof options !== 'object' || options === null) {
    throw new OptionInvalidError('createSubjectEncryptor: expected { keyring, domain, store }', { option: 'options' });
  }
  const { store } = options;
  if (!store || typeof store.get !== 'function' || typeof store.put !== 'function' || typeof store.delete !== 'function') {
    throw new OptionInvalidError('store must have get, put and delete (a WrappedKeyStore)', { option: 'store' });
  }
  const cacheSize = options.cacheSize ?? 1000;
  if (!Number.isInteger(cacheSize) || cacheSize < 0) {
    throw new OptionInvalidError('cacheSize must be a non-negative integer', { option: 'cacheSize' });
  }
  const master = createFieldEncryptor({ keyring: options.keyring, domain: options.domain });
  const domain = master.domain;

  // Unwrapped keys, least recently used first (Map order is insertion order).
  const cache = new Map<string, Entry>();
  // In-flight store reads and first-key creations, shared by concurrent calls for one subject.
  const loads = new Map<string, Promise<Entry | undefined>>();
  const creations = new Map<string, Promise<Entry>>();
  // Shreds in progress: calls for that subject wait, so nothing re-reads a key being deleted.
  const shredding = new Map<string, Promise<void>>();
  // Bumped by shred: an entry loaded under an older generation is stale and is zeroed.
  const generations = new Map<string, number>();
  // Encryptors handed out by encryptorFor when nothing is cached (cacheSize 0).
  const loose = new Map<Entry, string>();
  let destroyed = false;

  const generation = (subject: string): number => generations.get(subject) ?? 0;

  function live(): void {
    if (destroyed) throw new OptionInvalidError('this subject encryptor was destroyed', { option: 'encryptor' });
  }

  function zero(entry: Entry): void {
    if (entry.dead) return;
    entry.dead = true;
    entry.encryptor.destroy();
    keyBytes(entry.key).fill(0);
  }

  function entryOf(bytes: Uint8Array): Entry {
    const key = importKey(bytes, { kid: SUBJECT_KID });
    return { key, encryptor: createFieldEncryptor({ keyring: createKeyring([key]), domain }), dead: false };
  }

  function unwrap(subject: string, wrapped: unknown): Entry {
    if (typeof wrapped !== 'string') throw new FormatInvalidError(NOT_WRAPPED);
    let text: FieldValue;
    try {
      text = master.decrypt(wrapped, { context: subjectKeyContext(subject) });
    } catch (e) {
      return dataKeyError(e);
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = typeof text === 'string' ? base64urlDecode(text, 'data key') : undefined;
    } catch {
      bytes = undefined;
    }
    if (!bytes || bytes.length !== 32) {
      bytes?.fill(0);
      throw new FormatInvalidError('stored data key of this subject does not hold 32 key bytes');
    }
    try {
      return entryOf(bytes);
    } finally {
      bytes.fill(0);
    }
  }

  /** Reads and unwraps the subject's key; undefined when the store has none. */
  async function load(subject: string): Promise<Entry | undefined> {
    const wrapped = await store.get(subject);
    if (wrapped === undefined || wrapped === null) return undefined;
    return unwrap(subject, wrapped);
  }

  /** Makes, stores and reads back a subject's first key (see WrappedKeyStore.put). */
  async function create(subject: string): Promise<Entry> {
    const bytes = randomBytes(32);
    let ours: Entry | undefined;
    try {
      ours = entryOf(bytes);
      const wrapped = master.encrypt(base64urlEncode(bytes), { context: subjectKeyContext(subject), algorithm: 'xc20p' });
      await store.put(subject, wrapped);
      const kept = await store.get(subject);
      if (kept === wrapped) return ours;
      zero(ours);
      if (kept === undefined || kept === null) {
        throw new KeyNotFoundError('the key store did not keep the new data key for this subject (was it shredded at the same moment?)');
      }
      // Another writer created this subject first: the key in the store is the one to use.
      return unwrap(subject, kept);
    } catch (e) {
      if (ours) zero(ours);
      throw e;
    } finally {
      bytes.fill(0);
    }
  }

  /** Puts a loaded entry in the cache (evicting the oldest) and returns the entry to use. */
  function admit(subject: string, entry: Entry): Entry {
    if (cacheSize === 0) return entry;
    const had = cache.get(subject);
    if (had && had !== entry && !had.dead) {
      zero(entry);
      return had;
    }
    cache.set(subject, entry);
    for (const [oldest, old] of cache) {
      if (cache.size <= cacheSize) break;
      cache.delete(oldest);
      zero(old);
    }
    return entry;
  }

  /**
   * Runs `use` synchronously with a live entry for the subject (so nothing can zero it in
   * between). Without a cache the entry is zeroed right after, unless it is handed out (`hold`).
   */
  async function withKey<T>(subject: string, mayCreate: boolean, use: (entry: Entry) => T, hold = false): Promise<T> {
    for (;;) {
      live();
      const busy = shredding.get(subject);
      if (busy) {
        await busy.catch(() => undefined);
        continue;
      }
      const hit = cache.get(subject);
      if (hit && !hit.dead) {
        cache.delete(subject);
        cache.set(subject, hit);
        return use(hit);
      }
      const before = generation(subject);
      let entry = await shared(loads, subject, () => load(subject));
      if (!entry && mayCreate && generation(subject) === before) entry = await shared(creations, subject, () => create(subject));
      if (!entry) {
        if (generation(subject) !== before) continue;
        throw new KeyNotFoundError(KEY_GONE);
      }
      if (destroyed) {
        zero(entry);
        live();
      }
      if (generation(subject) !== before) {
        zero(entry); // loaded before a shred: stale
        continue;
      }
      if (entry.dead) continue;
      const current = admit(subject, entry);
      let handedOut = false;
      try {
        const result = use(current);
        handedOut = hold;
        return result;
      } finally {
        if (cacheSize === 0) {
          if (handedOut) loose.set(current, subject);
          else zero(current);
        }
      }
    }
  }

  const subjects: SubjectEncryptor = {
    domain,
    async encrypt(subject, value, opts) {
      checkSubject(subject);
      assertEncryptable(value, 'value');
      return withKey(subject, true, (entry) => entry.encryptor.encrypt(value, opts));
    },
    async decrypt(subject, envelope, opts) {
      checkSubject(subject);
      return withKey(subject, false, (entry) => entry.encryptor.decrypt(envelope, opts));
    },
    async encryptorFor(subject, opts) {
      checkSubject(subject);
      return withKey(subject, opts?.create === true, (entry) => entry.encryptor, true);
    },
    async shred(subject) {
      checkSubject(subject);
      live();
      generations.set(subject, generation(subject) + 1);
      const hit = cache.get(subject);
      cache.delete(subject);
      if (hit) zero(hit);
      for (const [entry, owner] of loose) {
        if (owner !== subject) continue;
        loose.delete(entry);
        zero(entry);
      }
      const deleting = (async () => {
        await store.delete(subject);
      })();
      shredding.set(subject, deleting);
      try {
        await deleting;
      } finally {
        if (shredding.get(subject) === deleting) shredding.delete(subject);
      }
    },
    async rewrap(subject) {
      checkSubject(subject);
      live();
      const stored = await store.get(subject);
      if (stored === undefined || stored === null) return 'missing';
      if (typeof stored !== 'string') throw new FormatInvalidError(NOT_WRAPPED);
      let next: string;
      try {
        next = master.reencrypt(stored, { context: subjectKeyContext(subject) });
      } catch (e) {
        return dataKeyError(e);
      }
      if (next === stored) return 'current';
      await store.put(subject, next, stored);
      return 'rewrapped';
    },
    destroy() {
      destroyed = true;
      for (const entry of cache.values()) zero(entry);
      for (const entry of loose.keys()) zero(entry);
      cache.clear();
      loose.clear();
      master.destroy();
    },
  };
  return Object.freeze(subjects);
}
