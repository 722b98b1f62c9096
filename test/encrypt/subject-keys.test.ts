import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFieldEncryptor,
  createMemoryKeyStore,
  createSubjectEncryptor,
  decryptRecord,
  encryptRecord,
  parseEnvelope,
  SUBJECT_KID,
  subjectKeyContext,
  type WrappedKeyStore,
} from '../../src/encrypt/index.js';
import { base64urlDecode } from '../../src/encoding.js';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey, retireKey, rotateKeyring } from '../../src/keys/index.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const K2 = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const ring = createKeyring([importKey(K1, { kid: 'k1' })]);
const domain = 'cases/notes';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'NO ERROR';
  } catch (e) {
    return e instanceof CivicVeilError ? e.code : `untyped: ${(e as Error).message}`;
  }
}

/** The CivicVeilError `p` rejects with (failing the test when it resolves or rejects with something else). */
async function failure(p: Promise<unknown>): Promise<CivicVeilError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CivicVeilError) return e;
    throw e;
  }
  throw new Error('expected an error, got a result');
}

describe('subject keys: construction', () => {
  it('the wrapped key is an e1 xc20p envelope of b64u(32 random bytes) under the master key, context "subject-key#" + subject', async () => {
    const store = createMemoryKeyStore();
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    const e = await subjects.encrypt('R-1', 'lives with her aunt', { context: 'notes.body' });
    const wrapped = store.get('R-1') as string;
    expect(parseEnvelope(wrapped)).toMatchObject({ algorithm: 'xc20p', kid: 'k1' });
    const master = createFieldEncryptor({ keyring: ring, domain });
    const text = master.decrypt(wrapped, { context: subjectKeyContext('R-1') }) as string;
    const dataKey = base64urlDecode(text);
    expect(dataKey.length).toBe(32);
    // the subject's envelopes are plain e1 envelopes under that key, kid "subject": any e1 implementation opens them
    expect(parseEnvelope(e).kid).toBe(SUBJECT_KID);
    const bySpec = createFieldEncryptor({ keyring: createKeyring([importKey(dataKey, { kid: SUBJECT_KID })]), domain });
    expect(bySpec.decrypt(e, { context: 'notes.body' })).toBe('lives with her aunt');
  });

  it('the envelope does not name the subject: every subject has the same kid', async () => {
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store: createMemoryKeyStore() });
    const a = await subjects.encrypt('123-45-6789', 'x', { context: 'c' });
    const b = await subjects.encrypt('987-65-4321', 'x', { context: 'c' });
    expect(parseEnvelope(a).kid).toBe(parseEnvelope(b).kid);
    expect(a).not.toContain('123');
  });

  it('a wrapped key copied to another subject does not open (it is bound to its subject)', async () => {
    const store = createMemoryKeyStore();
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store, cacheSize: 0 });
    await subjects.encrypt('A', 'a', { context: 'c' });
    store.put('B', store.get('A') as string);
    const e = await subjects.encrypt('A', 'a', { context: 'c' });
    const err = await failure(subjects.decrypt('B', e, { context: 'c' }));
    expect(err.code).toBe('AUTHENTICATION_FAILED');
    expect(err.message).toMatch(/^stored data key of this subject: /); // the wrap failed, not the data envelope
  });

  it('typed values round-trip, and a subject envelope opened as another subject is AUTHENTICATION_FAILED', async () => {
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store: createMemoryKeyStore() });
    for (const v of ['texto 🌎', 42, -1.5, true, false, null, 10n ** 30n, new Date('2026-03-04T10:00:00Z'), { a: [1, 'b'] }]) {
      const e = await subjects.encrypt('R-1', v, { context: 'notes.x' });
      expect(await subjects.decrypt('R-1', e, { context: 'notes.x' })).toEqual(v);
    }
    await subjects.encrypt('R-2', 'other', { context: 'c' });
    const e = await subjects.encrypt('R-1', 'mine', { context: 'c' });
    expect(await code(subjects.decrypt('R-2', e, { context: 'c' }))).toBe('AUTHENTICATION_FAILED');
    expect(await code(subjects.decrypt('R-1', e, { context: 'other' }))).toBe('AUTHENTICATION_FAILED');
    // the master encryptor cannot open a subject envelope: it has no key "subject"
    expect(() => createFieldEncryptor({ keyring: ring, domain }).decrypt(e, { context: 'c' })).toThrow(/subject/);
  });

  it('decrypt never creates a key; encrypt creates it once, even when called concurrently', async () => {
    const store = createMemoryKeyStore();
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    expect(await code(subjects.decrypt('nobody', 'e1.xc20p.subject.AAAA', { context: 'c' }))).toBe('KEY_NOT_FOUND');
    expect(store.size).toBe(0);
    const envelopes = await Promise.all(Array.from({ length: 20 }, (_, i) => subjects.encrypt('R-1', `v${i}`, { context: 'c' })));
    expect(store.size).toBe(1);
    const other = createSubjectEncryptor({ keyring: ring, domain, store, cacheSize: 0 });
    for (const [i, e] of envelopes.entries()) expect(await other.decrypt('R-1', e, { context: 'c' })).toBe(`v${i}`);
  });

  it('two encryptors creating the same subject at once agree on one key (insert-if-absent, then read back)', async () => {
    const store = createMemoryKeyStore();
    const a = createSubjectEncryptor({ keyring: ring, domain, store });
    const b = createSubjectEncryptor({ keyring: ring, domain, store });
    const [ea, eb] = await Promise.all([a.encrypt('R-9', 'from a', { context: 'c' }), b.encrypt('R-9', 'from b', { context: 'c' })]);
    const reader = createSubjectEncryptor({ keyring: ring, domain, store });
    expect(await reader.decrypt('R-9', ea, { context: 'c' })).toBe('from a');
    expect(await reader.decrypt('R-9', eb, { context: 'c' })).toBe('from b');
  });

  it('encryptorFor gives the subject encryptor for records', async () => {
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store: createMemoryKeyStore() });
    expect(await code(subjects.encryptorFor('R-3'))).toBe('KEY_NOT_FOUND');
    const enc = await subjects.encryptorFor('R-3', { create: true });
    const stored = encryptRecord(enc, { id: 'N1', body: 'asked about asylum', visit: new Date('2026-01-02T00:00:00Z') }, { body: 'randomized', visit: 'randomized' }, {
      contextPrefix: 'notes.',
      recordId: (r) => String(r.id),
    });
    expect(parseEnvelope(stored.body as string).kid).toBe(SUBJECT_KID);
    expect(await subjects.decrypt('R-3', stored.body as string, { context: 'notes.body#N1' })).toBe('asked about asylum');
    await subjects.shred('R-3');
    expect(() => decryptRecord(enc, stored, { body: 'randomized', visit: 'randomized' })).toThrow(CivicVeilError);
  });
});

describe('crypto-shredding', () => {
  it('shredding one subject makes exactly its envelopes unreadable; others still decrypt', async () => {
    const store = createMemoryKeyStore();
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    const a = await subjects.encrypt('R-1', 'undocumented, works nights', { context: 'notes.body#1' });
    const b = await subjects.encrypt('R-2', 'citizen', { context: 'notes.body#2' });
    await subjects.shred('R-1');
    expect(store.subjects()).toEqual(['R-2']);
    const err = await failure(subjects.decrypt('R-1', a, { context: 'notes.body#1' }));
    expect(err.code).toBe('KEY_NOT_FOUND');
    expect(err.message).toBe('no data key for this subject: it was shredded or never existed');
    expect(await subjects.decrypt('R-2', b, { context: 'notes.body#2' })).toBe('citizen');
    // a fresh process with the same master key cannot read it either
    const fresh = createSubjectEncryptor({ keyring: ring, domain, store });
    expect(await code(fresh.decrypt('R-1', a, { context: 'notes.body#1' }))).toBe('KEY_NOT_FOUND');
    // a new key for the same subject does not bring the old data back
    await fresh.encrypt('R-1', 'new intake', { context: 'notes.body#3' });
    expect(await code(fresh.decrypt('R-1', a, { context: 'notes.body#1' }))).toBe('AUTHENTICATION_FAILED');
  });

  it('per-period keys: subject "2026-03" holds March\'s notes; shredding March leaves April', async () => {
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store: createMemoryKeyStore() });
    const march = await Promise.all(['a', 'b', 'c'].map((v, i) => subjects.encrypt('2026-03', v, { context: `notes.body#M${i}` })));
    const april = await subjects.encrypt('2026-04', 'd', { context: 'notes.body#A0' });
    await subjects.shred('2026-03');
    for (const [i, e] of march.entries()) expect(await code(subjects.decrypt('2026-03', e, { context: `notes.body#M${i}` }))).toBe('KEY_NOT_FOUND');
    expect(await subjects.decrypt('2026-04', april, { context: 'notes.body#A0' })).toBe('d');
  });

  it('shred reaches a cached key at once, and an uncached (cacheSize 0) one', async () => {
    for (const cacheSize of [1000, 1, 0]) {
      const subjects = createSubjectEncryptor({ keyring: ring, domain, store: createMemoryKeyStore(), cacheSize });
      const e = await subjects.encrypt('R-1', 'x', { context: 'c' });
      await subjects.encrypt('R-2', 'y', { context: 'c' }); // with cacheSize 1, this evicts R-1
      expect(await subjects.decrypt('R-1', e, { context: 'c' })).toBe('x');
      await subjects.shred('R-1');
      expect(await code(subjects.decrypt('R-1', e, { context: 'c' }))).toBe('KEY_NOT_FOUND');
    }
  });

  it('a decrypt racing a shred never succeeds after the shred has finished', async () => {
    const slow = createMemoryKeyStore();
    const store: WrappedKeyStore = {
      get: async (s) => {
        const value = slow.get(s); // read now, answer late: the key is deleted in between
        await new Promise((r) => setTimeout(r, 5));
        return value;
      },
      put: (s, w, r) => slow.put(s, w, r),
      delete: async (s) => {
        await new Promise((r) => setTimeout(r, 1));
        slow.delete(s);
      },
    };
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    const e = await subjects.encrypt('R-1', 'x', { context: 'c' });
    subjects.destroy(); // drop the cache: the next decrypt must read the store
    const again = createSubjectEncryptor({ keyring: ring, domain, store });
    const reading = again.decrypt('R-1', e, { context: 'c' }); // store.get in flight...
    await again.shred('R-1'); // ...while the key is deleted
    expect(await code(reading)).toBe('KEY_NOT_FOUND');
    expect(await code(again.decrypt('R-1', e, { context: 'c' }))).toBe('KEY_NOT_FOUND');
  });

  it('property: for random subjects and values, shredding a random subset makes exactly those unreadable', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null))), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(0, 2, 1000),
        async (subjectIds, items, shredMask, cacheSize) => {
          const store = createMemoryKeyStore();
          const subjects = createSubjectEncryptor({ keyring: ring, domain, store, cacheSize });
          const made = [];
          for (const [i, [pick, value]] of items.entries()) {
            const subject = subjectIds[pick % subjectIds.length]!;
            made.push({ subject, value, context: `t.v#${i}`, envelope: await subjects.encrypt(subject, value, { context: `t.v#${i}` }) });
          }
          const shredded = new Set(subjectIds.filter((_, i) => shredMask[i]));
          for (const s of shredded) await subjects.shred(s);
          // check with this object (whose cache saw the shred) and with a fresh one
          for (const reader of [subjects, createSubjectEncryptor({ keyring: ring, domain, store })]) {
            for (const m of made) {
              if (shredded.has(m.subject)) expect(await code(reader.decrypt(m.subject, m.envelope, { context: m.context }))).toBe('KEY_NOT_FOUND');
              else expect(await reader.decrypt(m.subject, m.envelope, { context: m.context })).toEqual(m.value);
            }
          }
          expect(new Set(store.subjects())).toEqual(new Set(made.map((m) => m.subject).filter((s) => !shredded.has(s))));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('master key rotation', () => {
  it('rotate the master key, rewrap every subject, drop the old key: every subject still decrypts', async () => {
    const store = createMemoryKeyStore();
    const before = createSubjectEncryptor({ keyring: ring, domain, store });
    const envelopes = new Map<string, string>();
    for (const s of ['R-1', 'R-2', '2026-03']) envelopes.set(s, await before.encrypt(s, `note of ${s}`, { context: 'c' }));
    await before.shred('R-2');
    before.destroy();

    const rotated = retireKey(rotateKeyring(ring, importKey(K2, { kid: 'k2' })), 'k1');
    const after = createSubjectEncryptor({ keyring: rotated, domain, store });
    expect(await after.rewrap('R-1')).toBe('rewrapped');
    expect(await after.rewrap('2026-03')).toBe('rewrapped');
    expect(await after.rewrap('R-1')).toBe('current');
    expect(await after.rewrap('R-2')).toBe('missing'); // shredded stays shredded
    for (const s of store.subjects()) expect(parseEnvelope(store.get(s) as string).kid).toBe('k2');
    // new subjects are wrapped under the new primary
    await after.encrypt('R-4', 'new', { context: 'c' });
    expect(parseEnvelope(store.get('R-4') as string).kid).toBe('k2');

    // the old master key can now be removed: a ring with k2 alone reads everything not shredded
    const onlyNew = createSubjectEncryptor({ keyring: createKeyring([importKey(K2, { kid: 'k2' })]), domain, store });
    expect(await onlyNew.decrypt('R-1', envelopes.get('R-1')!, { context: 'c' })).toBe('note of R-1');
    expect(await onlyNew.decrypt('2026-03', envelopes.get('2026-03')!, { context: 'c' })).toBe('note of 2026-03');
    expect(await code(onlyNew.decrypt('R-2', envelopes.get('R-2')!, { context: 'c' }))).toBe('KEY_NOT_FOUND');
  });

  it('without the rewrap, dropping the old master key loses the subject (KEY_NOT_FOUND naming the master kid)', async () => {
    const store = createMemoryKeyStore();
    const before = createSubjectEncryptor({ keyring: ring, domain, store });
    const e = await before.encrypt('R-1', 'x', { context: 'c' });
    const onlyNew = createSubjectEncryptor({ keyring: createKeyring([importKey(K2, { kid: 'k2' })]), domain, store });
    const err = await failure(onlyNew.decrypt('R-1', e, { context: 'c' }));
    expect(err.code).toBe('KEY_NOT_FOUND');
    expect(err.message).toMatch(/^stored data key of this subject: .*"k1"/);
  });

  it('a rewrap does not resurrect a subject shredded in the meantime (compare-and-set put)', async () => {
    const store = createMemoryKeyStore();
    const before = createSubjectEncryptor({ keyring: ring, domain, store });
    await before.encrypt('R-1', 'x', { context: 'c' });
    const rotated = rotateKeyring(ring, importKey(K2, { kid: 'k2' }));
    const after = createSubjectEncryptor({
      keyring: rotated,
      domain,
      store: {
        get: (s) => store.get(s),
        put: (s, w, r) => {
          store.delete(s); // shredded between the rewrap's read and its write
          store.put(s, w, r);
        },
        delete: (s) => store.delete(s),
      },
    });
    expect(await after.rewrap('R-1')).toBe('rewrapped');
    expect(store.size).toBe(0);
  });
});

describe('store failures and misuse', () => {
  const failing = (which: 'get' | 'put' | 'delete'): WrappedKeyStore => {
    const inner = createMemoryKeyStore();
    const boom = () => Promise.reject(new Error(`database unavailable (${which})`));
    return {
      get: which === 'get' ? boom : (s) => inner.get(s),
      put: which === 'put' ? boom : (s, w, r) => inner.put(s, w, r),
      delete: which === 'delete' ? boom : (s) => inner.delete(s),
    };
  };

  it('store errors reach the caller unchanged, and no envelope is made under an unstored key', async () => {
    const s1 = createSubjectEncryptor({ keyring: ring, domain, store: failing('get') });
    await expect(s1.encrypt('R-1', 'x', { context: 'c' })).rejects.toThrow('database unavailable (get)');
    await expect(s1.decrypt('R-1', 'e1.xc20p.subject.AAAA', { context: 'c' })).rejects.toThrow('database unavailable (get)');
    await expect(s1.rewrap('R-1')).rejects.toThrow('database unavailable (get)');
    const s2 = createSubjectEncryptor({ keyring: ring, domain, store: failing('put') });
    await expect(s2.encrypt('R-1', 'x', { context: 'c' })).rejects.toThrow('database unavailable (put)');
    const s3 = createSubjectEncryptor({ keyring: ring, domain, store: failing('delete') });
    await s3.encrypt('R-1', 'x', { context: 'c' });
    await expect(s3.shred('R-1')).rejects.toThrow('database unavailable (delete)');
  });

  it('a failed read is retried on the next call (not cached)', async () => {
    const inner = createMemoryKeyStore();
    let fail = true;
    const store: WrappedKeyStore = {
      get: (s) => (fail ? Promise.reject(new Error('timeout')) : inner.get(s)),
      put: (s, w, r) => inner.put(s, w, r),
      delete: (s) => inner.delete(s),
    };
    const writer = createSubjectEncryptor({ keyring: ring, domain, store: inner });
    const e = await writer.encrypt('R-1', 'x', { context: 'c' });
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    await expect(subjects.decrypt('R-1', e, { context: 'c' })).rejects.toThrow('timeout');
    fail = false;
    expect(await subjects.decrypt('R-1', e, { context: 'c' })).toBe('x');
  });

  it('a store holding garbage gives FORMAT_INVALID, and errors never name the subject', async () => {
    const store = createMemoryKeyStore();
    store.put('123-45-6789', 'not a key');
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    const err = await failure(subjects.decrypt('123-45-6789', 'e1.xc20p.subject.AAAA', { context: 'c' }));
    expect(err.code).toBe('FORMAT_INVALID');
    expect(JSON.stringify({ ...err, message: err.message })).not.toContain('123-45-6789');
    // a tampered wrapped key
    const other = createMemoryKeyStore();
    const w = createSubjectEncryptor({ keyring: ring, domain, store: other });
    await w.encrypt('123-45-6789', 'x', { context: 'c' });
    const good = other.get('123-45-6789') as string;
    other.delete('123-45-6789');
    other.put('123-45-6789', good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31));
    const r = createSubjectEncryptor({ keyring: ring, domain, store: other });
    const err2 = await failure(r.decrypt('123-45-6789', 'e1.xc20p.subject.AAAA', { context: 'c' }));
    expect(err2.code).toBe('AUTHENTICATION_FAILED');
    expect(JSON.stringify({ ...err2, message: err2.message })).not.toContain('123-45-6789');
  });

  it('refuses bad options, subjects and use after destroy', async () => {
    const store = createMemoryKeyStore();
    expect(() => createSubjectEncryptor({ keyring: ring, domain, store: {} as WrappedKeyStore })).toThrow(/store/);
    expect(() => createSubjectEncryptor({ keyring: ring, domain: '', store })).toThrow(/domain/);
    expect(() => createSubjectEncryptor({ keyring: {} as never, domain, store })).toThrow(/keyring/);
    expect(() => createSubjectEncryptor({ keyring: ring, domain, store, cacheSize: -1 })).toThrow(/cacheSize/);
    const subjects = createSubjectEncryptor({ keyring: ring, domain, store });
    expect(await code(subjects.encrypt('', 'x', { context: 'c' }))).toBe('OPTION_INVALID');
    expect(await code(subjects.encrypt('R-1', undefined as never, { context: 'c' }))).toBe('INPUT_INVALID');
    expect(store.size).toBe(0); // a refused value creates no key
    const enc = await subjects.encryptorFor('R-1', { create: true });
    subjects.destroy();
    expect(await code(subjects.encrypt('R-1', 'x', { context: 'c' }))).toBe('OPTION_INVALID');
    expect(() => enc.encrypt('x', { context: 'c' })).toThrow(/destroyed/);
  });
});
