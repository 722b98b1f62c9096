/**
 * `civicveil audit`, run in-process through runAudit (the command file the main CLI dispatches to),
 * so these tests need no build.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/cli/audit-command.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runAudit(args, {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'civicveil-audit-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('civicveil audit FILE', () => {
  it('exits 1 with a readable report when an HTML form asks a sensitive question', async () => {
    const path = file('intake.html', '<label for="a">First name</label><input id="a" name="first"><label for="b">Are you a U.S. citizen?</label><input id="b" name="uscit">');
    const r = await run([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('civicveil audit: intake.html (HTML form): 1 of 2 fields sensitive');
    expect(r.stdout).toContain('SENSITIVE  uscit  "Are you a U.S. citizen?"');
    expect(r.stdout).toContain('CITIZENSHIP_IMMIGRATION');
    expect(r.stdout).toContain('Executive Orders 34 and 41');
    expect(r.stdout).toContain('Not sensitive (1): first');
    expect(r.stderr).toBe('');
  });

  it('exits 0 when nothing is sensitive', async () => {
    const r = await run([file('ok.txt', 'first_name\r\ncitation_id\n\ncity\n')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 of 3 fields sensitive');
  });

  it('reads JSON Schemas, arrays of names, CSV (values scanned, never printed) and TSV', async () => {
    expect((await run([file('s.json', JSON.stringify({ properties: { relig_cd: {} } }))])).code).toBe(1);
    expect((await run([file('names.json', '["zip", "pref_lang"]')])).stdout).toContain('LANGUAGE_PROXY');
    const csv = await run([file('cases.csv', 'case_id,notes\n1,A# 123456789 at hearing\n2,none\n')]);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toContain('values: A-number-shaped value (1 of 2)');
    expect(csv.stdout).not.toContain('123456789');
    expect((await run([file('t.tsv', 'id\tpob\n1\tx\n')])).stdout).toContain('NATIONALITY_ORIGIN');
    expect((await run([file('semi.csv', 'id;ssn\n'), '--delimiter', ';'])).stdout).toContain('GOVERNMENT_ID');
  });

  it('prints the report as JSON with --json', async () => {
    const r = await run([file('j.txt', 'ctzn_flg\n'), '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ input: 'names', sensitive: 1, items: [{ name: 'ctzn_flg', category: 'CITIZENSHIP_IMMIGRATION', sensitive: true }] });
  });

  it('exits 2 on bad input or usage, without echoing file content', async () => {
    const bad = await run([file('bad.json', '{"ssn": "123-45-6789"')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json is not valid JSON \[FORMAT_INVALID\]/);
    expect(bad.stderr).not.toContain('123-45-6789');
    expect((await run([file('x.pdf', '%PDF')])).code).toBe(2);
    expect((await run([join(dir, 'missing.html')])).stderr).toMatch(/cannot read it \(ENOENT\)/);
    expect((await run([])).code).toBe(2);
    expect((await run(['a.txt', 'b.txt'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run([file('d.html', '<input>'), '--delimiter', ';'])).code).toBe(2);
    expect((await run([file('n.json', '[1, 2]')])).code).toBe(2);
    expect((await run([file('unclosed.csv', 'a,"b\n')])).code).toBe(2);
  });

  it('prints its usage with --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('civicveil audit --jsonl');
  });
});

describe('civicveil audit --jsonl', () => {
  it('adds category and sensitive to each line, from stdin', async () => {
    const input = '{"field":"pob","id":1}\n\n{"field":"zip","category":"old"}\r\n{"field":"¿Necesita intérprete?"}';
    const r = await run(['--jsonl'], input);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { field: 'pob', id: 1, category: 'NATIONALITY_ORIGIN', sensitive: true },
      { field: 'zip', category: 'NONE', sensitive: false },
      { field: '¿Necesita intérprete?', category: 'LANGUAGE_PROXY', sensitive: true },
    ]);
  });

  it('reads --in FILE', async () => {
    const r = await run(['--jsonl', '--in', file('f.jsonl', '{"field":"ssn"}\n')]);
    expect(r.stdout).toBe('{"field":"ssn","category":"GOVERNMENT_ID","sensitive":true}\n');
  });

  it('stops at a bad line with exit 2, naming the line and not its content', async () => {
    const r = await run(['--jsonl'], '{"field":"a"}\n{"field": 123456789}\n{"field":"b"}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('civicveil: line 2: the "field" member must be a string [INPUT_INVALID]\n');
    expect(r.stdout).toBe('{"field":"a","category":"NONE","sensitive":false}\n');
    expect((await run(['--jsonl'], 'SSN 123-45-6789\n')).stderr).toBe('civicveil: line 1: not valid JSON [FORMAT_INVALID]\n');
    expect((await run(['--jsonl'], '[1]\n')).code).toBe(2);
    expect((await run(['--jsonl', '--in', join(dir, 'none.jsonl')])).stderr).toMatch(/cannot read it \(ENOENT\)/);
    expect((await run(['--jsonl', '--json'])).code).toBe(2);
  });
});
