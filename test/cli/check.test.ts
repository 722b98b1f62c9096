import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTable } from '../../src/privacy/index.js';
import { listDir, runCli, tempDir } from './run-cli.js';

const SAMPLE = 'test/fixtures/census-sample.csv';
let dir: string;

beforeAll(() => {
  dir = tempDir();
});

/** The committed sample as records, read with a plain split (it has no quotes). */
function sampleRecords(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const names = header!.split(';');
  return lines.map((line) => Object.fromEntries(line.split(';').map((value, i) => [names[i], value])));
}

describe('civicveil check', () => {
  it('--json prints the library report for the file, delimiter detected', () => {
    const r = runCli(['check', SAMPLE, '--qi', 'sex,age,race', '--sensitive', 'salary-class', '--sensitive', 'education', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const expected = checkTable(sampleRecords(), { quasiIdentifiers: ['sex', 'age', 'race'], sensitive: ['salary-class', 'education'], thresholds: {}, violations: { limit: 20 } });
    expect(report).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const key of ['rows', 'classes', 'uniques', 'k', 'risk', 'sensitive', 'violations']) expect(report).toHaveProperty(key);
    expect(Object.keys(report.risk).sort()).toEqual(['journalist', 'marketer', 'prosecutor']);
    expect(Object.keys(report.sensitive['salary-class']).sort()).toEqual(['lDistinct', 'lEntropy', 'recursive', 'tCloseness', 'tDistance']);
  });

  it('exits 1 when a threshold fails and 0 when all hold, and reads standard input', () => {
    const csv = 'zip,age,condition\n13053,28,flu\n13053,28,cold\n13068,29,flu\n13068,29,hiv\n';
    const pass = runCli(['check', '-', '--qi', 'zip,age', '--sensitive', 'condition', '--k', '2', '--l', '2'], { input: csv });
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/PASSED/);
    const fail = runCli(['check', '-', '--qi', 'zip,age', '--sensitive', 'condition', '--k', '3'], { input: csv });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/FAILED: 2 classes \(4 rows, 100.0 %\) break k ≥ 3/);
    const t = runCli(['check', '-', '--qi', 'zip,age', '--sensitive', 'condition', '--t', '0.2', '--json'], { input: csv });
    expect(t.code).toBe(1);
    expect(JSON.parse(t.stdout).violations.t).toEqual({ condition: 2 });
  });

  it('lists the worst classes without sensitive values unless asked', () => {
    const csv = 'zip,diagnosis\n11111,SECRET-A\n22222,SECRET-B\n22222,SECRET-C\n';
    const r = runCli(['check', '-', '--qi', 'zip', '--sensitive', 'diagnosis', '--k', '2']);
    expect(r.code).toBe(2); // no input given: the header is missing
    const plain = runCli(['check', '-', '--qi', 'zip', '--sensitive', 'diagnosis', '--k', '2', '--json'], { input: csv });
    expect(plain.code).toBe(1);
    expect(plain.stdout).not.toMatch(/SECRET/);
    expect(JSON.parse(plain.stdout).violations.worst).toEqual([{ size: 1, groupSize: 1, quasiIdentifiers: { zip: '11111' }, breaks: ['k'] }]);
    const text = runCli(['check', '-', '--qi', 'zip', '--sensitive', 'diagnosis', '--k', '2'], { input: csv });
    expect(text.stdout).toMatch(/11111/);
    expect(text.stdout).not.toMatch(/SECRET/);
    const shown = runCli(['check', '-', '--qi', 'zip', '--sensitive', 'diagnosis', '--k', '2', '--json', '--show-sensitive'], { input: csv });
    expect(JSON.parse(shown.stdout).violations.worst[0].sensitiveValues).toEqual({ diagnosis: [{ value: 'SECRET-A', count: 1 }] });
  });

  it('writes a self-contained HTML report, escaped', () => {
    const out = join(dir, 'report.html');
    const csv = 'zip,note\n<script>,x\n<script>,y\n"a&b",z\n';
    const r = runCli(['check', '-', '--qi', 'zip', '--sensitive', 'note', '--k', '2', '--html', out], { input: csv });
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('a&amp;b');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/src=|href=|<link/); // nothing fetched
  });

  it('exits 2 on bad input or usage, naming the row or column, and leaves no HTML behind', () => {
    const html = join(dir, 'bad.html');
    const cases: [string[], string, RegExp][] = [
      [['--qi', 'zip'], 'zip,age\n1,2,3\n', /row 1: 3 fields, but the header has 2/],
      [['--qi', 'nope'], 'zip,age\n1,2\n', /unknown column nope/],
      [['--qi', 'zip'], 'zip,age\n"1,2\n', /never closed/],
      [['--qi', 'zip', '--k', '0'], 'zip\n1\n', /--k must be/],
      [['--qi', 'zip', '--t', '2'], 'zip\n1\n', /--t must be/],
      [['--qi', 'zip', '--sensitive', 'zip'], 'zip\n1\n', /both a quasi-identifier and sensitive/],
      [[], 'zip\n1\n', /--qi/],
      [['--qi', 'zip'], 'zip\n', /no rows/],
    ];
    for (const [args, input, message] of cases) {
      const r = runCli(['check', '-', ...args, '--html', html], { input });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const missing = runCli(['check', join(dir, 'absent.csv'), '--qi', 'zip']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*absent\.csv \(ENOENT\)/);
    expect(listDir(dir).filter((name) => name.includes('bad'))).toEqual([]);
  });

  it('--missing wildcard hides a blank among the rows it could be, and names the uniqueness drivers', () => {
    const csv = 'zip,sex\n10001,F\n,F\n10002,F\n';
    const value = JSON.parse(runCli(['check', '-', '--qi', 'zip,sex', '--json'], { input: csv }).stdout);
    const wildcard = JSON.parse(runCli(['check', '-', '--qi', 'zip,sex', '--json', '--missing', 'wildcard'], { input: csv }).stdout);
    expect([value.k, wildcard.k]).toEqual([1, 2]);
    const text = runCli(['check', '-', '--qi', 'zip,sex', '--k', '2'], { input: csv });
    expect(text.stdout).toMatch(/uniqueness drivers[\s\S]*zip\s+3 \(100.0 % of the uniques\)/);
  });

  it('honours --delimiter, --missing drop and --unordered', () => {
    writeFileSync(join(dir, 't.tsv'), 'a\tb\tc\n1\t\t10\n1\tx\t20\n2\tx\t\n');
    const r = runCli(['check', join(dir, 't.tsv'), '--qi', 'a,b', '--sensitive', 'c', '--missing', 'drop', '--json', '--unordered', 'c']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toBe(1);
    expect(report.sensitive.c.tDistance).toBe('equal');
    const semi = runCli(['check', join(dir, 't.tsv'), '--qi', 'a', '--delimiter', ';', '--json']);
    expect(semi.code).toBe(2); // the whole line is one column named "a\tb\tc"
  });
});
