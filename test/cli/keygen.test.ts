import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeyring } from '../../src/keys/index.js';
import { runCli, tempDir } from './run-cli.js';

describe('civicveil keygen', () => {
  it('writes a valid keyring with one primary key, mode 0600', () => {
    const dir = tempDir();
    const file = join(dir, 'keys.jwks');
    const r = runCli(['keygen', '--out', file, '--kid', 'idnyc-2026']);
    expect(r.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const ring = parseKeyring(readFileSync(file, 'utf8'));
    expect(ring.primary.kid).toBe('idnyc-2026');
    expect(r.stderr).toContain('idnyc-2026');
    expect(r.stderr + r.stdout).not.toContain(JSON.parse(readFileSync(file, 'utf8')).keys[0].k);
  });

  it('records Argon2id parameters when given', () => {
    const file = join(tempDir(), 'keys.jwks');
    expect(runCli(['keygen', '--out', file, '--argon2-m', '65536', '--argon2-t', '3']).code).toBe(0);
    expect(parseKeyring(readFileSync(file, 'utf8')).primary.argon2).toEqual({ m: 65536, t: 3, p: 1 });
  });

  it('refuses to overwrite an existing file and leaves it untouched', () => {
    const file = join(tempDir(), 'keys.jwks');
    writeFileSync(file, 'precious');
    const r = runCli(['keygen', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists; refusing to overwrite/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('refuses a bad kid and a missing --out with usage errors', () => {
    expect(runCli(['keygen', '--out', join(tempDir(), 'k'), '--kid', 'a.b']).code).toBe(1);
    expect(runCli(['keygen']).code).toBe(2);
    expect(runCli(['keygen', '--key', 'x']).code).toBe(2);
  });
});
