// Release checks on 1,000,000 rows × 8 quasi-identifiers (an Adult-shaped synthetic table from
// scripts/make-census-sample.mjs; salary-class sensitive): the full check — k, sample uniques,
// distinct / entropy / recursive (c,l) l-diversity, t-closeness, risk — two ways, each against
// the straightforward Map-of-joined-strings implementation of bench/baseline-check.mjs:
// 1. in memory: the table already loaded as columns of strings; civicveil's `checkTable`
//    (dictionary encoding included) and `checkEncoded` (columns already encoded) vs
//    `baselineCheck` on the same rows; median of 5 runs, in one process.
// 2. end to end: `civicveil check FILE --json` vs `node bench/baseline-check.mjs FILE` (whole file
//    read, split, Maps), each its own process under GNU time (wall seconds, peak RSS); median of 3.
// Both must report the same figures, or the benchmark fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkEncoded, checkTable, encodeColumns } from '../dist/privacy/index.js';
import { baselineCheck } from './baseline-check.mjs';
import { median, num, OUT, printSection, progress, ROOT, table } from './_shared.mjs';

const ROWS = 1_000_000;
const FILE = join(OUT, 'census-1m.csv');
const QI = ['sex', 'age', 'race', 'marital-status', 'education', 'native-country', 'workclass', 'occupation'];
const SENSITIVE = 'salary-class';

mkdirSync(OUT, { recursive: true });
if (!existsSync(FILE)) {
  progress(`generating ${FILE} (once; cached afterwards)`);
  execFileSync(process.execPath, ['scripts/make-census-sample.mjs', '--rows', String(ROWS), '--out', FILE], { cwd: ROOT, stdio: 'inherit' });
}

/** The figures both implementations compute, to check they did the same work. */
const figures = (r) => JSON.stringify([r.rows, r.classes, r.uniques, r.k, r.recordsAtRisk, r.lDistinct, r.lEntropy.toFixed(9), r.c, r.t.toFixed(9)]);
const ours = (report) => {
  const s = report.sensitive[SENSITIVE];
  return { ...report, recordsAtRisk: report.risk.prosecutor.recordsAtRisk, lDistinct: s.lDistinct, lEntropy: s.lEntropy, c: s.recursive.c, t: s.tCloseness };
};
const theirs = (r) => ({ ...r, recordsAtRisk: r.prosecutor.recordsAtRisk, c: r.recursiveC, t: r.tCloseness });

// 1. In memory.
progress('check: loading the table into memory');
const lines = readFileSync(FILE, 'utf8').split('\n');
const header = lines[0].split(';');
const rows = [];
for (let i = 1; i < lines.length; i++) if (lines[i] !== '') rows.push(lines[i].split(';'));
lines.length = 0;
const columns = Object.fromEntries(header.map((name, j) => [name, rows.map((row) => row[j])]));
const options = { quasiIdentifiers: QI, sensitive: [SENSITIVE] };
const qiIndexes = QI.map((name) => header.indexOf(name));
const sensitiveIndex = header.indexOf(SENSITIVE);

const time = (fn) => {
  const started = performance.now();
  const result = fn();
  return { ms: performance.now() - started, result };
};
const REPEATS = 5;
const runs = { table: [], encoded: [], baseline: [], floor: [] };
/** A lower bound for encoding JS strings: one Map lookup per cell, nothing else. */
const mapFloor = () => {
  for (const name of [...QI, SENSITIVE]) {
    const values = columns[name];
    const index = new Map();
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      let code = index.get(values[i]);
      if (code === undefined) index.set(values[i], (code = index.size));
      codes[i] = code;
    }
  }
};
const encoded = encodeColumns(columns, [...QI, SENSITIVE]);
let reference;
for (let r = 0; r < REPEATS; r++) {
  const a = time(() => checkTable(columns, options));
  const b = time(() => checkEncoded(encoded, options));
  const c = time(() => baselineCheck(rows, qiIndexes, sensitiveIndex));
  runs.floor.push(time(mapFloor).ms);
  if (figures(ours(a.result)) !== figures(theirs(c.result)) || figures(ours(b.result)) !== figures(theirs(c.result))) {
    throw new Error(`check bench: civicveil and the baseline disagree:\n${figures(ours(a.result))}\n${figures(theirs(c.result))}`);
  }
  reference = c.result;
  runs.table.push(a.ms);
  runs.encoded.push(b.ms);
  runs.baseline.push(c.ms);
  progress(`check: in-memory round ${r + 1}/${REPEATS}`);
}
const baseMs = median(runs.baseline);
const memoryRows = [
  ['baseline: Map of joined strings', runs.baseline],
  ['civicveil `checkTable` (columns of strings, encoding included)', runs.table],
  ['civicveil `checkEncoded` (columns already encoded)', runs.encoded],
  ['for scale: one `Map` lookup per cell of the 9 columns, nothing else', runs.floor],
].map(([name, ms]) => [name, num(median(ms), 0), `${num(median(ms) / baseMs, 2)}x`]);

// 2. End to end.
rows.length = 0;
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`check bench: node ${args.join(' ')} failed:\n${r.stderr}`);
  const [seconds, kib] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, rssMiB: kib / 1024, stdout: r.stdout };
}
const COMMANDS = [
  { name: 'baseline: `node bench/baseline-check.mjs`', args: ['bench/baseline-check.mjs', FILE, ';', QI.join(','), SENSITIVE], parse: (out) => theirs(JSON.parse(out)) },
  { name: 'civicveil `check --json`', args: ['dist/cli/main.js', 'check', FILE, '--qi', QI.join(','), '--sensitive', SENSITIVE, '--json'], parse: (out) => ours(JSON.parse(out)) },
];
const e2e = COMMANDS.map(() => []);
for (let r = 0; r < 3; r++) {
  COMMANDS.forEach((c, i) => {
    const run = timed(c.args);
    if (figures(c.parse(run.stdout)) !== figures(theirs(reference))) throw new Error(`check bench: ${c.name} reports different figures`);
    e2e[i].push(run);
  });
  progress(`check: end-to-end round ${r + 1}/3`);
}
const baseSeconds = median(e2e[0].map((x) => x.seconds));
const baseRss = median(e2e[0].map((x) => x.rssMiB));
const e2eRows = COMMANDS.map((c, i) => {
  const s = median(e2e[i].map((x) => x.seconds));
  const rss = median(e2e[i].map((x) => x.rssMiB));
  return [c.name, num(s, 2), num(rss, 0), `${num(s / baseSeconds, 2)}x`, `${num(rss / baseRss, 2)}x`];
});

printSection({
  title: 'Release check (1M rows × 8 quasi-identifiers)',
  what:
    `The full check (k, sample uniques, distinct / entropy / recursive (c,l) l-diversity, t-closeness, risk) of a ` +
    `${num(ROWS)}-row Adult-shaped synthetic table (${num(statSync(FILE).size / 2 ** 20, 0)} MiB, ` +
    `${num(reference.classes)} classes on the 8 quasi-identifiers, salary-class sensitive), against a straightforward ` +
    'Map-of-joined-strings implementation (`bench/baseline-check.mjs`); both report identical figures. In memory: median ' +
    `of ${REPEATS} runs in one process, the table already loaded as columns of strings. End to end: each command its own ` +
    'process under GNU time, median of 3.',
  command: 'node bench/check.mjs',
  body:
    `In memory:\n\n${table(['implementation', 'ms', 'time vs baseline'], memoryRows)}\n\n` +
    `End to end from the CSV file:\n\n${table(['command', 'wall s', 'peak RSS MiB', 'time vs baseline', 'RSS vs baseline'], e2eRows)}`,
});
