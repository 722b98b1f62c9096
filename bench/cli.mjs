// `civicveil pseudonymize` end to end on the 1M-row holder list (ssn and email columns, p1),
// against the hand-written node:crypto script bench/baseline-hmac-csv.mjs on the same file.
// Each command runs as its own process under GNU time (`/usr/bin/time -f '%e %M'`): wall
// seconds and peak resident memory of the whole process (worker threads included). Each is
// run 3 times, in turn, and the median is reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOLDERS_ROWS, holdersCsv, median, num, printSection, progress, ROOT, table } from './_shared.mjs';

const REPEATS = 3;
const input = holdersCsv();
const tmp = mkdtempSync(join(tmpdir(), 'civicveil-bench-'));
const output = join(tmp, 'out.csv');
const keys = join(tmp, 'keys.jwks');

/** Runs `node ...args` under GNU time; returns { seconds, rssMiB }. Throws on failure. */
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cli bench: node ${args.join(' ')} failed:\n${r.stderr}`);
  const [seconds, kib] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, rssMiB: kib / 1024 };
}

const cli = ['dist/cli/main.js', 'pseudonymize', '--keys', keys, '--domain', 'bench', '--field', 'ssn', '--field', 'email', '--in', input, '--out', output];
const defaultThreads = Math.min(availableParallelism(), 4); // the CLI's own default
const COMMANDS = [
  { name: 'baseline: readline + split + node:crypto', args: ['bench/baseline-hmac-csv.mjs', '--in', input, '--out', output] },
  { name: `civicveil, default threads (${defaultThreads} workers)`, args: cli },
  { name: 'civicveil `--threads 0` (main thread only)', args: [...cli, '--threads', '0'] },
];

try {
  timed(['dist/cli/main.js', 'keygen', '--out', keys, '--kid', 'bench']);
  const runs = COMMANDS.map(() => []);
  for (let r = 0; r < REPEATS; r++) {
    COMMANDS.forEach((c, i) => {
      runs[i].push(timed(c.args));
      rmSync(output, { force: true });
    });
    progress(`cli: round ${r + 1}/${REPEATS} done`);
  }
  const baseSeconds = median(runs[0].map((x) => x.seconds));
  const rows = COMMANDS.map((c, i) => {
    const s = median(runs[i].map((x) => x.seconds));
    const rss = median(runs[i].map((x) => x.rssMiB));
    return [c.name, num(s, 2), num(HOLDERS_ROWS / s), num(rss, 0), `${num(s / baseSeconds, 2)}x`];
  });
  printSection({
    title: 'CLI end to end (1M rows, two columns)',
    what:
      `\`civicveil pseudonymize --field ssn --field email\` (p1, SSNs normalized, RFC 4180 CSV) on the ${num(HOLDERS_ROWS)}-row, ` +
      `${num(statSync(input).size / 2 ** 20, 0)} MiB holder list, file to file, against \`bench/baseline-hmac-csv.mjs\`: ` +
      "readline, `split(',')`, node:crypto " +
      '`createHmac` per value, no quoting, no normalization. Wall time and peak RSS from GNU time, median of ' +
      `${REPEATS} runs; "time vs baseline" is the CLI's wall time over the baseline's.`,
    command: 'node bench/cli.mjs',
    body: table(['command', 'wall s', 'rows/s', 'peak RSS MiB', 'time vs baseline'], rows),
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
