// Text redaction throughput (issue 5, item 8): MB/s (10^6 bytes of UTF-8 text per second) of
// civicveil's `redactText(text, { operator: 'label' })` with every built-in detector on, against the
// npm package redact-pii (`new SyncRedactor().redact(text)`, all its built-in redactors) on the same
// text in the same run. redact-pii is also measured without its name redactor, since civicveil does not
// look for names: that row is the fairer comparison of pattern matching alone.
// civicveil's prepared form (`createTextRedactor(options)` once, then one call per text) has its own row.
//
// The text: synthetic English case notes (about 8 MB by default) from a seeded generator, written like
// intake and case-management notes, with identifiers mixed into the prose at about the density of such
// notes (one to four per note) and numbers that are not identifiers (case numbers, prices, hearing dates,
// ZIP+4). Two workloads: each note redacted on its own (how a case-management system calls it), and the
// whole text as one string. Median of 3 rounds after a warm-up; implementations interleaved within each
// round so that machine load hits all of them alike.
//
// The table also gives, for each implementation, the share of the planted SSNs, A-numbers, phone numbers
// and e-mail addresses that are gone from its output: throughput of tools that find different things is
// only comparable with that beside it.
//
//     npx tsup --silent && node bench/redact.mjs [--mb 8] [--rounds 3] [--module PATH] [--baseline-module PATH]
//
// Markdown on stdout, progress on stderr, figures as JSON in bench/out/redact.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCaseNotes } from './_case-notes.mjs';
import { median, num, OUT, printSection, progress, ROOT, table } from './_shared.mjs';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '5' },
    // civicveil's redact module (default: the built dist/redact/index.js).
    module: { type: 'string', default: join(ROOT, 'dist/redact/index.js') },
    // Where redact-pii is, when it is not installed in this repository (a directory or its entry file).
    'baseline-module': { type: 'string' },
  },
});
const TARGET_BYTES = Math.round(Number(args.mb) * 1e6);
const ROUNDS = Number(args.rounds);
const SEED = 0x0c1c_2025;
const loadAtStart = loadavg()[0];

// --- Synthetic case notes -----------------------------------------------------------------------

const { notes, planted } = makeCaseNotes(TARGET_BYTES, SEED);
const whole = notes.join('\n');
const totalBytes = Buffer.byteLength(whole);
const plantedByType = planted.reduce((m, p) => ({ ...m, [p.type]: (m[p.type] ?? 0) + 1 }), {});
progress(`redact: ${num(notes.length)} notes, ${num(totalBytes / 1e6, 1)} MB, ${num(planted.length)} identifiers planted`);

// --- Implementations ------------------------------------------------------------------------------

const implementations = [];
const missing = [];

const civicveilPath = resolve(args.module);
if (existsSync(civicveilPath)) {
  const redact = await import(pathToFileURL(civicveilPath).href);
  const fn = redact.redactText;
  if (typeof fn !== 'function') throw new Error(`redact bench: ${civicveilPath} exports no redactText`);
  const options = { operator: 'label' };
  // redactText returns the redacted text and the spans; the text is what is compared.
  const textOf = (r) => (typeof r === 'string' ? r : r.text);
  implementations.push({ name: "civicveil `redactText(text, { operator: 'label' })`", key: 'civicveil', redact: (s) => textOf(fn(s, options)) });
  // The prepared form, made once and called per text, when the module has one.
  if (typeof redact.createTextRedactor === 'function') {
    const prepared = redact.createTextRedactor(options);
    implementations.push({ name: "civicveil `createTextRedactor({ operator: 'label' })` once, then per text", key: 'civicveil-prepared', redact: (s) => textOf(prepared(s)) });
  }
} else {
  missing.push(`civicveil (${civicveilPath} not found: run \`npx tsup --silent\` first)`);
}

let redactPii;
let redactPiiVersion = 'unknown';
try {
  const where = args['baseline-module'];
  redactPii = where ? await import(pathToFileURL(where.endsWith('.js') ? where : join(where, 'lib/index.js')).href) : await import('redact-pii');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  redactPiiVersion = require(where ? join(where.endsWith('.js') ? join(where, '../..') : where, 'package.json') : 'redact-pii/package.json').version;
} catch {
  missing.push('redact-pii (not installed: `npm install --save-dev redact-pii`)');
}
if (redactPii) {
  const SyncRedactor = redactPii.SyncRedactor ?? redactPii.default?.SyncRedactor;
  const all = new SyncRedactor();
  const noNames = new SyncRedactor({ builtInRedactors: { names: { enabled: false } } });
  implementations.push({ name: `redact-pii ${redactPiiVersion} \`new SyncRedactor().redact(text)\``, key: 'redact-pii', redact: (s) => all.redact(s) });
  implementations.push({ name: `redact-pii ${redactPiiVersion}, names redactor off`, key: 'redact-pii-no-names', redact: (s) => noNames.redact(s) });
}
if (implementations.length === 0) {
  process.stderr.write(`redact bench: nothing to measure: ${missing.join('; ')}\n`);
  process.exit(1);
}

// --- Measure -------------------------------------------------------------------------------------

// One loop per workload; each reads the output's length so that no work can be skipped.
function perNote(impl) {
  let sink = 0;
  for (let i = 0; i < notes.length; i++) sink += impl.redact(notes[i]).length;
  return sink;
}
const oneString = (impl) => impl.redact(whole).length;
const WORKLOADS = [
  { label: 'each note on its own', run: perNote },
  { label: 'whole text as one string', run: oneString },
];
const seconds = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

// Warm-up (JIT) on the first notes, then the rounds.
const warm = { notes: notes.slice(0, Math.min(notes.length, 500)) };
for (const impl of implementations) for (const n of warm.notes) impl.redact(n);
const times = new Map();
for (let r = 0; r < ROUNDS; r++) {
  for (const w of WORKLOADS) {
    for (const impl of implementations) {
      const k = `${w.label}|${impl.key}`;
      times.set(k, [...(times.get(k) ?? []), seconds(() => w.run(impl))]);
    }
  }
  progress(`redact: round ${r + 1}/${ROUNDS} done`);
}

// Share of the planted identifiers (by type) no longer present in each implementation's output.
const LEAK_TYPES = ['SSN', 'A_NUMBER', 'PHONE', 'EMAIL'];
function removedShare(impl) {
  const outputs = notes.map((n) => impl.redact(n));
  const share = {};
  for (const type of LEAK_TYPES) {
    const ofType = planted.filter((p) => p.type === type);
    share[type] = ofType.filter((p) => !outputs[p.note].includes(p.value)).length / ofType.length;
  }
  return share;
}
const removed = new Map(implementations.map((impl) => [impl.key, removedShare(impl)]));

// --- Report --------------------------------------------------------------------------------------

const baselineKey = implementations.some((i) => i.key === 'redact-pii') ? 'redact-pii' : undefined;
const results = [];
for (const w of WORKLOADS) {
  for (const impl of implementations) {
    const runs = times.get(`${w.label}|${impl.key}`);
    const s = median(runs);
    const best = Math.min(...runs);
    results.push({ workload: w.label, implementation: impl.name, key: impl.key, seconds: runs, medianSeconds: s, mbPerSecond: totalBytes / 1e6 / s, bestMbPerSecond: totalBytes / 1e6 / best });
  }
}
for (const r of results) {
  const base = results.find((x) => x.workload === r.workload && x.key === baselineKey);
  r.vsRedactPii = base ? r.mbPerSecond / base.mbPerSecond : null;
}
const pct = (x) => `${num(100 * x, 0)} %`;
const rows = results.map((r) => [
  r.workload, r.implementation, num(r.medianSeconds, 2), num(r.mbPerSecond, 1), num(r.bestMbPerSecond, 1), r.vsRedactPii === null ? '-' : `${num(r.vsRedactPii, 1)}x`,
  LEAK_TYPES.map((t) => pct(removed.get(r.key)[t])).join(' / '),
]);

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version,
  platform: `${process.platform}-${process.arch}`, loadAverage: { start: loadAtStart, end: loadavg()[0] },
};
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'redact.json'),
  `${JSON.stringify({
    date: new Date().toISOString(), machine, target: { mbPerSecond: 20 }, rounds: ROUNDS,
    text: { seed: SEED, notes: notes.length, bytes: totalBytes, planted: plantedByType, bytesPerIdentifier: totalBytes / planted.length },
    redactPii: redactPii ? redactPiiVersion : null, missing,
    results: results.map(({ key, ...r }) => ({ ...r, removed: removed.get(key) })),
  }, null, 2)}\n`,
);

printSection({
  title: 'Text redaction throughput (one thread)',
  what:
    `MB/s (10^6 bytes of UTF-8 per second) of redaction with every detector on, median of ${ROUNDS} rounds after a warm-up ` +
    '(and the fastest round: on a shared VM other work slows rounds down, never speeds them up), ' +
    `on ${num(totalBytes / 1e6, 1)} MB of synthetic English case notes (${num(notes.length)} notes, ${num(planted.length)} identifiers planted: ` +
    `${Object.entries(plantedByType).map(([t, n]) => `${t} ${num(n)}`).join(', ')}; one per ${num(totalBytes / planted.length)} bytes). ` +
    'Baseline in the same run, on the same text: redact-pii with all its built-in redactors, and without its name redactor (civicveil looks for no names). ' +
    '"removed" is the share of the planted SSNs / A-numbers / phone numbers / e-mail addresses that no longer appear in the output. ' +
    `Target (issue 5): at least 20 MB/s. Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ` +
    `load average ${num(machine.loadAverage.start, 2)} at the start, ${num(machine.loadAverage.end, 2)} at the end.` +
    (missing.length ? ` Not measured: ${missing.join('; ')}.` : ''),
  command: 'node bench/redact.mjs',
  body: table(['workload', 'implementation', 's', 'MB/s', 'MB/s, best round', 'vs redact-pii', 'removed SSN / A# / phone / e-mail'], rows),
});
