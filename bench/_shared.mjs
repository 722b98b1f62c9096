// Small helpers shared by the benchmark scripts: paths, the cached 1M-row CSV, medians and
// Markdown tables. Each benchmark prints its section (heading, what it measures, the command,
// a table) as Markdown on stdout; progress goes to stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Generated inputs and outputs; gitignored. */
export const OUT = join(ROOT, 'bench', 'out');
export const HOLDERS_ROWS = 1_000_000;
export const HOLDERS_CSV = join(OUT, 'holders-1m.csv');

/** Creates bench/out/ and, once, the 1M-row synthetic holder list (about 5 s). Returns its path. */
export function holdersCsv() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(HOLDERS_CSV)) {
    progress(`generating ${HOLDERS_CSV} (once; cached afterwards)`);
    execFileSync(
      process.execPath,
      ['examples/make-holders.mjs', '--rows', String(HOLDERS_ROWS), '--clean', '--out', HOLDERS_CSV],
      { cwd: ROOT, stdio: 'inherit' },
    );
  }
  return HOLDERS_CSV;
}

export const progress = (line) => process.stderr.write(`bench: ${line}\n`);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A number with thousands separators and `digits` decimals. */
export const num = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A Markdown table; numbers should already be formatted as strings. */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Prints one benchmark's Markdown section to stdout. */
export function printSection({ title, what, command, body }) {
  process.stdout.write(`### ${title}\n\n${what}\n\nCommand: \`${command}\`\n\n${body}\n\n`);
}
