// Runs every benchmark, one after another, each in its own Node process (so none inherits
// another's JIT state or heap), shows their output as it comes, and ends with one Markdown block
// to paste into docs/benchmarks.md. `npm run bench` builds first, then runs this.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { num, ROOT } from './_shared.mjs';

const SCRIPTS = ['p1.mjs', 'cli.mjs', 'a1.mjs', 'csv.mjs', 'envelope.mjs', 'check.mjs', 'redact.mjs'];

const started = performance.now();
const loadAtStart = loadavg()[0];
const measured = revision(); // `npm run bench` has just built this
const sections = [];
const failed = [];
for (const script of SCRIPTS) {
  process.stderr.write(`\n=== node bench/${script}\n`);
  const child = spawn(process.execPath, [join(ROOT, 'bench', script)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => {
    out += text;
    process.stdout.write(text);
  });
  const [code] = await once(child, 'close');
  if (code === 0) sections.push(out.trim());
  else failed.push(script);
}
const minutes = (performance.now() - started) / 60_000;

/** The commit measured, and whether src/ had uncommitted changes. */
function revision() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    return `commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src') ? ' with uncommitted changes in src/' : ''}`;
  } catch {
    return 'commit unknown';
  }
}

const cpu = cpus();
const header = [
  `## Results (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${num(totalmem() / 2 ** 30, 0)} GiB RAM; ` +
    `Node ${process.version} (${process.platform}-${process.arch}); ${measured}. ` +
    `1-minute load average ${num(loadAtStart, 2)} at the start, ${num(loadavg()[0], 2)} at the end; ` +
    `the benchmarks took ${num(minutes, 1)} min.`,
];
process.stdout.write(`\n----- Markdown for docs/benchmarks.md -----\n\n${header.join('\n')}\n\n${sections.join('\n\n')}\n\n----- end -----\n`);
if (failed.length) {
  process.stderr.write(`bench: failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
