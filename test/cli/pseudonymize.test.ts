import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyring, importKey, serializeKeyring } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';
import { CLI, listDir, runCli, tempDir } from './run-cli.js';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i * 3);
const ring = createKeyring([importKey(KEY, { kid: 'cli1' })]);
const p = createPseudonymizer({ keyring: ring, domain: 'idnyc/holders' });
let dir: string;
let keys: string;

beforeAll(() => {
  dir = tempDir();
  keys = join(dir, 'keys.jwks');
  writeFileSync(keys, serializeKeyring(ring), { mode: 0o600 });
});

const pseudo = (args: string[], input: string | Buffer, extra: Record<string, string> = {}) =>
  runCli(['pseudonymize', '--keys', keys, '--domain', 'idnyc/holders', ...args], { input, env: extra });

describe('civicveil pseudonymize', () => {
  it('replaces the named columns by their tokens and keeps the rest, the header and the order', () => {
    const csv = 'id,name,ssn,note\n1,José García,123-45-6789,a\n2,Ana Ruiz,234567891,b\n';
    const r = pseudo(['--field', 'ssn', '--field', 'name'], csv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `id,name,ssn,note\n1,${p.pseudonymize('name', 'José García')},${p.pseudonymize('ssn', '123456789')},a\n2,${p.pseudonymize('name', 'Ana Ruiz')},${p.pseudonymize('ssn', '234-56-7891')},b\n`,
    );
    expect(r.stderr).toMatch(/pseudonymized 2 of 2 rows \(ssn, name\) with p1, key cli1/);
  });

  it('COLUMN=KIND chooses the kind; an unknown kind is used exactly as given', () => {
    const r = pseudo(['--field', 'tax=ssn', '--field', 'case=case-number'], 'tax,case\n123 45 6789, C-1 \n');
    expect(r.stdout).toBe(`tax,case\n${p.pseudonymize('ssn', '123456789')},${p.pseudonymize('case-number', ' C-1 ')}\n`);
  });

  it('handles quoted fields with commas, quotes and newlines', () => {
    const csv = 'id,addr,ssn\n1,"12 Main St, Apt 4","123-45-6789"\n2,"line1\nline2 ""quoted""",234-56-7891\n';
    const r = pseudo(['--field', 'ssn'], csv);
    expect(r.code).toBe(0);
    const rows = Papa.parse<string[]>(r.stdout, { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['id', 'addr', 'ssn'],
      ['1', '12 Main St, Apt 4', p.pseudonymize('ssn', '123456789')],
      ['2', 'line1\nline2 "quoted"', p.pseudonymize('ssn', '234567891')],
    ]);
  });

  it('keeps CRLF line endings and a UTF-8 BOM', () => {
    const r = pseudo(['--field', 'ssn'], Buffer.from('\uFEFFid,ssn\r\n1,123-45-6789\r\n', 'utf8'));
    expect(r.code).toBe(0);
    expect(Buffer.from(r.stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.stdout).toBe(`\uFEFFid,ssn\r\n1,${p.pseudonymize('ssn', '123456789')}\r\n`);
  });

  it('a last row without a newline, empty cells and blank lines', () => {
    const r = pseudo(['--field', 'ssn'], 'id,ssn\n1,\n\n2,123-45-6789');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`id,ssn\n1,\n2,${p.pseudonymize('ssn', '123456789')}\n`);
  });

  it('header only gives header only; an empty file is an error', () => {
    expect(pseudo(['--field', 'ssn'], 'id,ssn\n').stdout).toBe('id,ssn\n');
    expect(pseudo(['--field', 'ssn'], 'id,ssn').stdout).toBe('id,ssn\n');
    const r = pseudo(['--field', 'ssn'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/input is empty/);
  });

  it('a column that does not exist is a usage error naming it', () => {
    const r = pseudo(['--field', 'sssn'], 'id,ssn\n1,123456789\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--field sssn: no such column/);
  });

  it('a ragged row is an error naming the row', () => {
    const r = pseudo(['--field', 'ssn'], 'id,ssn\n1,123-45-6789\n2,123-45-6789,extra\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2: has 3 fields, but the header has 2/);
  });

  it('an unterminated quote is an error, not a silent merge', () => {
    const r = pseudo(['--field', 'ssn'], 'id,ssn\n1,"123-45-6789\n2,234-56-7891\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/malformed CSV|fields/);
  });

  it('an impossible SSN stops the run naming row and column, never the value, and leaves no output file', () => {
    const out = join(dir, 'stop.csv');
    const before = listDir(dir);
    const r = pseudo(['--field', 'ssn', '--out', out], 'id,ssn\n1,123-45-6789\n2,666-12-3456\n3,123-45-6789\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2, column ssn: ssn: /);
    expect(r.stderr).not.toContain('666-12-3456');
    expect(r.stderr).not.toContain('666123456');
    expect(listDir(dir)).toEqual(before);
  });

  it('--rejects sets such rows aside unchanged with the reason (mode 0600), and the run completes', () => {
    const out = join(dir, 'ok.csv');
    const rej = join(dir, 'rejects.csv');
    const r = pseudo(['--field', 'ssn', '--out', out, '--rejects', rej], 'id,ssn\n1,123-45-6789\n2,666-12-3456\n3,000-11-2222\n4,234-56-7891\n');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(`id,ssn\n1,${p.pseudonymize('ssn', '123456789')}\n4,${p.pseudonymize('ssn', '234567891')}\n`);
    const rejected = Papa.parse<string[]>(readFileSync(rej, 'utf8'), { skipEmptyLines: true }).data;
    expect(rejected[0]).toEqual(['id', 'ssn', 'civicveil_row', 'civicveil_reason']);
    expect(rejected.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['2', '666-12-3456', '2'],
      ['3', '000-11-2222', '3'],
    ]);
    expect(rejected[1]![3]).toMatch(/^column ssn: ssn: /);
    expect(statSync(rej).mode & 0o777).toBe(0o600);
    expect(r.stderr).toMatch(/2 rows set aside/);
    expect(r.stderr).toMatch(/pseudonymized 2 of 4 rows/);
  });

  it('takes the keyring from CIVICVEIL_KEYRING, and never from an argument', () => {
    const r = runCli(['pseudonymize', '--domain', 'idnyc/holders', '--field', 'ssn'], {
      input: 'ssn\n123456789\n',
      env: { CIVICVEIL_KEYRING: serializeKeyring(ring) },
    });
    expect(r.stdout).toBe(`ssn\n${p.pseudonymize('ssn', '123456789')}\n`);
    const none = runCli(['pseudonymize', '--domain', 'd', '--field', 'ssn'], { input: 'ssn\n1\n', env: { CIVICVEIL_KEYRING: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no keyring/);
  });

  it('a1, --length and --delimiter', () => {
    const a1 = createPseudonymizer({ keyring: ring, domain: 'idnyc/holders', algorithm: 'a1', argon2: { m: 64, t: 2, p: 1 }, length: 8 });
    const r = pseudo(['--field', 'ssn', '--algorithm', 'a1', '--argon2-m', '64', '--argon2-t', '2', '--argon2-p', '1', '--length', '8', '--delimiter', ';'], 'id;ssn\n1;123-45-6789\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`id;ssn\n1;${a1.pseudonymize('ssn', '123456789')}\n`);
  });

  it('a bad keyring is KEY_INVALID without printing key material', () => {
    const bad = join(dir, 'bad.jwks');
    writeFileSync(bad, JSON.stringify({ keys: [{ kty: 'oct', kid: 'x', k: 'c2VjcmV0LWJ5dGVz', status: 'primary' }] }), { mode: 0o600 });
    const r = runCli(['pseudonymize', '--keys', bad, '--domain', 'd', '--field', 'ssn'], { input: 'ssn\n1\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/KEY_INVALID/);
    expect(r.stderr).not.toContain('c2VjcmV0LWJ5dGVz');
  });

  it('gives the same bytes with worker threads as inline, on an input of many chunks', () => {
    const big = join(dir, 'big.csv');
    execFileSync(process.execPath, ['examples/make-holders.mjs', '--rows', '20000', '--seed', '7', '--out', big], { stdio: 'ignore' });
    const args = ['--field', 'ssn', '--field', 'email', '--field', 'last_name=name', '--in', big, '--rejects', join(dir, 'big-rej.csv')];
    const inline = pseudo([...args, '--threads', '0', '--out', join(dir, 'inline.csv')], '');
    const threaded = pseudo([...args, '--threads', '2', '--out', join(dir, 'threaded.csv')], '');
    expect(inline.code).toBe(0);
    expect(threaded.code).toBe(0);
    const a = readFileSync(join(dir, 'inline.csv'));
    expect(a.length).toBeGreaterThan(2 << 20);
    expect(readFileSync(join(dir, 'threaded.csv')).equals(a)).toBe(true);
    // spot-check one row against the library
    const rows = Papa.parse<string[]>(readFileSync(big, 'utf8'), { header: false, skipEmptyLines: true }).data;
    const outRows = Papa.parse<string[]>(a.toString('utf8'), { header: false, skipEmptyLines: true }).data;
    const header = rows[0]!;
    const ssn = header.indexOf('ssn');
    const firstOk = rows.findIndex((row, i) => i > 0 && row[ssn] !== '' && outRows[i]?.[0] === row[0]);
    expect(outRows[firstOk]![ssn]).toBe(p.pseudonymize('ssn', rows[firstOk]![ssn]!));
  });

  it('interrupted (SIGINT) mid-stream, it exits 130 and leaves no output or temporary file', async () => {
    const sub = tempDir();
    const out = join(sub, 'partial.csv');
    const child = spawn(process.execPath, [CLI, 'pseudonymize', '--keys', keys, '--domain', 'idnyc/holders', '--field', 'ssn', '--out', out], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    child.stdin.write('id,ssn\n');
    for (let i = 0; i < 5000; i++) child.stdin.write(`${i},123-45-6789\n`);
    await new Promise((r) => setTimeout(r, 700)); // stdin stays open: the run is still going
    expect(readdirSync(sub).length).toBe(1); // the temporary file exists meanwhile
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    const [code] = await exited;
    expect(code).toBe(130);
    expect(readdirSync(sub)).toEqual([]);
  });

  it('unknown options and commands are usage errors', () => {
    expect(pseudo(['--field', 'ssn', '--key', 'x'], 'ssn\n').code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
    expect(runCli(['--help']).stdout).toMatch(/civicveil pseudonymize/);
  });
});
