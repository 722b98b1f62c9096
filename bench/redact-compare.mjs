// Two or more builds of civicveil's redaction, interleaved in one process: which is faster, with the
// machine's load falling on all of them alike. For each build, `createTextRedactor({ operator: 'label' })`
// runs over the synthetic case notes of bench/redact.mjs (each note on its own, then the whole text as
// one string), round after round, builds taking turns; the best round of each is reported. Use it to
// see what a change to the detectors costs, e.g. against the build of an earlier commit:
//
//     git worktree add /tmp/before <commit> && npx esbuild /tmp/before/src/redact/index.ts --bundle \
//       --platform=neutral --format=esm --outfile=/tmp/redact-before.mjs
//     npx tsup --silent && node bench/redact-compare.mjs /tmp/redact-before.mjs dist/redact/index.js [--mb 4] [--rounds 12]
//
// Markdown on stdout.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCaseNotes } from './_case-notes.mjs';
import { num, table } from './_shared.mjs';

const { values: args, positionals: modules } = parseArgs({
  allowPositionals: true,
  options: { mb: { type: 'string', default: '4' }, rounds: { type: 'string', default: '12' } },
});
if (modules.length < 2) {
  process.stderr.write('usage: node bench/redact-compare.mjs BUILD BUILD [BUILD ...] [--mb 4] [--rounds 12]\n');
  process.exit(2);
}
const ROUNDS = Number(args.rounds);
const { notes } = makeCaseNotes(Math.round(Number(args.mb) * 1e6), 0x0c1c_2025);
const whole = notes.join('\n');
const bytes = Buffer.byteLength(whole);

const builds = [];
for (const path of modules) {
  const { createTextRedactor } = await import(pathToFileURL(resolve(path)).href);
  if (typeof createTextRedactor !== 'function') throw new Error(`redact-compare: ${path} exports no createTextRedactor`);
  const redact = createTextRedactor({ operator: 'label' });
  for (const note of notes) redact(note); // warm-up
  builds.push({ path, redact, each: Infinity, whole: Infinity });
}
for (let round = 0; round < ROUNDS; round++) {
  for (const b of builds) {
    let t = performance.now();
    for (const note of notes) b.redact(note);
    b.each = Math.min(b.each, performance.now() - t);
    t = performance.now();
    b.redact(whole);
    b.whole = Math.min(b.whole, performance.now() - t);
  }
}
const mbps = (ms) => num(bytes / ms / 1e3, 1);
console.log(`Best of ${ROUNDS} interleaved rounds on ${num(bytes / 1e6, 1)} MB of synthetic case notes (${num(notes.length)} notes), MB/s:\n`);
console.log(table(['build', 'each note on its own', 'whole text as one string'], builds.map((b) => [b.path, mbps(b.each), mbps(b.whole)])));
