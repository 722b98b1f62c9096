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
import { median, num, OUT, printSection, progress, ROOT, table } from './_shared.mjs';

const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
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

let state = SEED;
function random() {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

const FIRST = ['Maria', 'Jose', 'Ana', 'Luis', 'Rosa', 'Kwame', 'Aminata', 'Priya', 'Wei', 'Olena', 'Ahmed', 'Fatima', 'Darnell', 'Keisha', 'Jean', 'Nadege', 'Tenzin', 'Mei', 'Yusuf', 'Carmen'];
const LAST = ['Garcia', 'Hernandez', 'Lopez', 'Diallo', 'Okafor', 'Pierre', 'Patel', 'Chen', 'Nguyen', 'Kovalenko', 'Hassan', 'Brooks', 'Murphy', 'Reyes', 'Mensah', 'Sherpa', 'Rahman', 'Cruz'];
const STAFF = ['R. Okafor', 'M. Tzoc', 'D. Brooks', 'L. Chen', 'S. Haddad', 'J. Pierre'];
const name = () => `${pick(FIRST)} ${pick(LAST)}`;
const date = (y0, y1) => `${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(y0, y1)}`;

function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
// Identifier values; each is recorded (planted) so the leak check can look for it in the output.
const ID = {
  SSN() {
    let a;
    do a = int(1, 899);
    while (a === 666);
    return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
  },
  ITIN: () => `9${pad(int(0, 99), 2)}-${pick([70, 71, 72, 78, 80, 83, 90, 94, 99, 50, 62])}-${pad(int(1, 9999), 4)}`,
  A_NUMBER: () => pick([`A${pick(['2', '0'])}${digits(8)}`, `A-2${digits(2)}-${digits(3)}-${digits(3)}`]),
  USCIS_RECEIPT: () => `${pick(['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE'])}${pad(int(15, 25), 2)}${digits(8)}`,
  PHONE: () => pick([`(718) 555-01${digits(2)}`, `347-555-01${digits(2)}`, `917.555.01${digits(2)}`, `+1 646 555 01${digits(2)}`]),
  EMAIL: () => `${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}${int(1, 99)}@${pick(['example.com', 'example.org', 'mail.example.net'])}`,
  DATE_OF_BIRTH: () => date(1940, 2006),
  CREDIT_CARD: () => {
    const body = `4${digits(14)}`;
    return `${body}${luhnDigit(body)}`.match(/\d{4}/g).join(' ');
  },
  IP_ADDRESS: () => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`,
  PASSPORT: () => `${int(1, 6)}${digits(8)}`,
};
const planted = [];
const plant = (type) => {
  const value = ID[type]();
  planted.push({ type, value, note: notes.length });
  return value;
};

const PROSE = [
  () => `Client came in for follow-up on the work permit renewal.`,
  () => `Discussed options for fee waiver; client will bring proof of income next visit.`,
  () => `Explained that the office does not share information with immigration authorities.`,
  () => `Client reports landlord has not made repairs since ${date(2023, 2025)}; referred to tenant helpline.`,
  () => `Hearing scheduled for ${date(2025, 2026)} at 8:30 am; interpreter requested (Spanish).`,
  () => `Case ${int(2020, 2025)}-LT-${pad(int(1, 99999), 6)} remains open; next court date ${date(2025, 2026)}.`,
  () => `Rent is $${num(int(900, 2600))} per month; arrears of $${num(int(500, 9000))}.`,
  () => `Mailing address confirmed: ${int(10, 2999)} Grand Concourse, Bronx, NY 104${pad(int(50, 99), 2)}-${pad(int(1, 9999), 4)}.`,
  () => `SNAP recertification due ${date(2025, 2026)}; household of ${int(1, 7)}.`,
  () => `Client was given the know-your-rights card and the clinic schedule.`,
  () => `Staff ${pick(STAFF)} called the school about enrollment; no documents about status are required.`,
  () => `Order #${int(100, 999)}-${digits(7)} for replacement ID card placed on ${date(2024, 2025)}.`,
  () => `Medicaid renewal submitted; confirmation ${digits(10)}.`,
  () => `Client is anxious about the upcoming interview and asked for a referral to counseling.`,
  () => `No identifiers collected today, per policy.`,
  () => `Wage claim filed; employer owes about $${num(int(300, 12000))} in unpaid wages over ${int(2, 20)} weeks.`,
];
const WITH_ID = [
  () => `SSN ${plant('SSN')} confirmed against the card.`,
  () => `Client gave her social as ${plant('SSN')} when asked for the benefits form.`,
  () => `Tax ID (ITIN) ${plant('ITIN')} used on the 2024 return.`,
  () => `A# ${plant('A_NUMBER')}; receipt ${plant('USCIS_RECEIPT')} for the I-765.`,
  () => `USCIS# ${plant('A_NUMBER')} on the green card, expires ${date(2026, 2034)}.`,
  () => `Best number is ${plant('PHONE')}; texts are fine.`,
  () => `Call back at ${plant('PHONE')} after 5 pm, or e-mail ${plant('EMAIL')}.`,
  () => `E-mail on file: ${plant('EMAIL')}.`,
  () => `DOB ${plant('DATE_OF_BIRTH')}, born in ${pick(['Puebla', 'Accra', 'Dhaka', 'Port-au-Prince', 'Quito', 'Kathmandu'])}.`,
  () => `Child born ${plant('DATE_OF_BIRTH')} is a US citizen.`,
  () => `Fee paid by card ${plant('CREDIT_CARD')} (client insisted on reading it out).`,
  () => `Portal login from ${plant('IP_ADDRESS')} flagged for review.`,
  () => `Passport no. ${plant('PASSPORT')} copied for the IDNYC application.`,
  () => `Spouse SSN ${plant('SSN')}; client has no SSN.`,
];

const notes = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const parts = [`${date(2024, 2025)} - ${pick(STAFF)}: ${name()}.`];
  const sentences = int(3, 10);
  for (let i = 0; i < sentences; i++) parts.push(random() < 0.2 ? pick(WITH_ID)() : pick(PROSE)());
  const note = parts.join(' ');
  notes.push(note);
  bytes += Buffer.byteLength(note) + 1;
}
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
    results.push({ workload: w.label, implementation: impl.name, key: impl.key, seconds: runs, medianSeconds: s, mbPerSecond: totalBytes / 1e6 / s });
  }
}
for (const r of results) {
  const base = results.find((x) => x.workload === r.workload && x.key === baselineKey);
  r.vsRedactPii = base ? r.mbPerSecond / base.mbPerSecond : null;
}
const pct = (x) => `${num(100 * x, 0)} %`;
const rows = results.map((r) => [
  r.workload, r.implementation, num(r.medianSeconds, 2), num(r.mbPerSecond, 1), r.vsRedactPii === null ? '-' : `${num(r.vsRedactPii, 1)}x`,
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
    `MB/s (10^6 bytes of UTF-8 per second) of redaction with every detector on, median of ${ROUNDS} rounds after a warm-up, ` +
    `on ${num(totalBytes / 1e6, 1)} MB of synthetic English case notes (${num(notes.length)} notes, ${num(planted.length)} identifiers planted: ` +
    `${Object.entries(plantedByType).map(([t, n]) => `${t} ${num(n)}`).join(', ')}; one per ${num(totalBytes / planted.length)} bytes). ` +
    'Baseline in the same run, on the same text: redact-pii with all its built-in redactors, and without its name redactor (civicveil looks for no names). ' +
    '"removed" is the share of the planted SSNs / A-numbers / phone numbers / e-mail addresses that no longer appear in the output. ' +
    `Target (issue 5): at least 20 MB/s. Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ` +
    `load average ${num(machine.loadAverage.start, 2)} at the start, ${num(machine.loadAverage.end, 2)} at the end.` +
    (missing.length ? ` Not measured: ${missing.join('; ')}.` : ''),
  command: 'node bench/redact.mjs',
  body: table(['workload', 'implementation', 's', 'MB/s', 'vs redact-pii', 'removed SSN / A# / phone / e-mail'], rows),
});
