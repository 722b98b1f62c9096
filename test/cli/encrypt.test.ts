import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFieldEncryptor, parseEnvelope } from '../../src/encrypt/index.js';
import { createKeyring, importKey, rotateKeyring, serializeKeyring } from '../../src/keys/index.js';
import { listDir, runCli, tempDir } from './run-cli.js';

const K1 = Uint8Array.from({ length: 32 }, (_, i) => i * 5);
const K2 = Uint8Array.from({ length: 32 }, (_, i) => 255 - i * 3);
const ring = createKeyring([importKey(K1, { kid: 'e1' })]);
const enc = createFieldEncryptor({ keyring: ring, domain: 'idnyc/holders' });
let dir: string;
let keys: string;
const CSV = 'id,ssn,email,note\nH1,123-45-6789,a@b.org,"x, ""y"""\nH2,,a@b.org,z\nH3,234-56-7891,c@d.org,w\n';

beforeAll(() => {
  dir = tempDir();
  keys = join(dir, 'keys.jwks');
  writeFileSync(keys, serializeKeyring(ring), { mode: 0o600 });
});

const cli = (cmd: string, args: string[], input = '', keyFile = () => keys) =>
  runCli([cmd, '--keys', keyFile(), '--domain', 'idnyc/holders', ...args], { input });
const rows = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
const OPTS = ['--field', 'ssn=holders.ssn', '--det-field', 'email=holders.email', '--record-id', 'id'];

describe('civicveil encrypt / decrypt / rotate', () => {
  it('encrypts the named columns (randomized bound to the record id, deterministic to the column) and decrypts back exactly', () => {
    const e = cli('encrypt', OPTS, CSV);
    expect(e.code).toBe(0);
    const table = rows(e.stdout);
    expect(table[0]).toEqual(['id', 'ssn', 'email', 'note']);
    expect(enc.decrypt(table[1]![1]!, { context: 'holders.ssn#H1' })).toBe('123-45-6789');
    expect(table[2]![1]).toBe(''); // empty stays empty
    expect(table[1]![2]).toBe(table[2]![2]); // deterministic: equal across records
    expect(table[1]![2]).toBe(enc.encrypt('a@b.org', { context: 'holders.email', algorithm: 'siv' }));
    expect(table[1]![3]).toBe('x, "y"');
    const d = cli('decrypt', OPTS, e.stdout);
    expect(d.code).toBe(0);
    expect(d.stdout).toBe(CSV);
  });

  it('a row whose envelope was moved to another record fails, naming row and column, printing no plaintext, leaving no file', () => {
    const table = rows(cli('encrypt', OPTS, CSV).stdout);
    [table[1]![1], table[3]![1]] = [table[3]![1]!, table[1]![1]!]; // swap H1 and H3 SSN envelopes
    const swapped = Papa.unparse(table, { newline: '\n' }) + '\n';
    const out = join(dir, 'dec.csv');
    const before = listDir(dir);
    const d = cli('decrypt', [...OPTS, '--out', out], swapped);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/row 1, column ssn: .*AUTHENTICATION_FAILED/);
    expect(d.stderr + d.stdout).not.toContain('123-45-6789');
    expect(d.stderr + d.stdout).not.toContain('234-56-7891');
    expect(listDir(dir)).toEqual(before);
  });

  it('a cell that is not an envelope is FORMAT_INVALID with its row and column', () => {
    const d = cli('decrypt', OPTS, 'id,ssn,email,note\nH1,plain,x,y\n');
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/row 1, column ssn: .*FORMAT_INVALID/);
  });

  it('rotate re-encrypts every envelope under the new primary; the old key still decrypts what is left', () => {
    const encrypted = cli('encrypt', OPTS, CSV).stdout;
    const rotatedKeys = join(dir, 'rotated.jwks');
    writeFileSync(rotatedKeys, serializeKeyring(rotateKeyring(ring, importKey(K2, { kid: 'e2' }))), { mode: 0o600 });
    const r = cli('rotate', OPTS, encrypted, () => rotatedKeys);
    expect(r.code).toBe(0);
    const table = rows(r.stdout);
    expect(parseEnvelope(table[1]![1]!).kid).toBe('e2');
    expect(parseEnvelope(table[1]![2]!).kid).toBe('e2');
    expect(cli('decrypt', OPTS, r.stdout, () => rotatedKeys).stdout).toBe(CSV);
    expect(cli('decrypt', OPTS, encrypted, () => rotatedKeys).stdout).toBe(CSV);
  });

  it('usage errors: no field, unknown record-id column, --rejects', () => {
    expect(cli('encrypt', [], CSV).code).toBe(2);
    expect(cli('encrypt', ['--field', 'ssn', '--record-id', 'nope'], CSV).stderr).toMatch(/--record-id nope: no such column/);
    expect(cli('encrypt', ['--field', 'ssn', '--rejects', join(dir, 'r.csv')], CSV).code).toBe(2);
  });

  it('the same bytes with worker threads as inline on a multi-chunk file', () => {
    const big = join(dir, 'big.csv');
    const lines = ['id,ssn,email'];
    for (let i = 0; i < 30000; i++) lines.push(`H${i},${100 + (i % 500)}-45-${1000 + (i % 8000)},p${i}@example.org`);
    writeFileSync(big, lines.join('\n') + '\n');
    const a = runCli(['encrypt', '--keys', keys, '--domain', 'd', '--det-field', 'ssn', '--det-field', 'email', '--in', big, '--threads', '0']);
    const b = runCli(['encrypt', '--keys', keys, '--domain', 'd', '--det-field', 'ssn', '--det-field', 'email', '--in', big, '--threads', '2']);
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1 << 20);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(big, 'utf8').length).toBeLessThan(a.stdout.length);
  });
});
