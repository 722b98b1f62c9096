/** The human-readable report of `civicveil check`. */
import type { ClassViolation } from '../privacy/index.js';
import type { CheckRun } from './check-command.js';

const number = (n: number): string => n.toLocaleString('en-US');
const percent = (part: number, whole: number): string => (whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`);
const decimal = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Formats a check run for a terminal: the figures, each threshold's verdict, and the worst classes. */
export function textReport(run: CheckRun): string {
  const { report, options } = run;
  const thresholds = options.thresholds ?? {};
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'FAIL');
  const lines: string[] = [];
  const qi = options.quasiIdentifiers;
  lines.push(`civicveil check: ${run.file} — ${number(report.rows)} rows${run.dropped > 0 ? ` (${number(run.dropped)} dropped for missing values)` : ''}, quasi-identifiers ${qi.join(', ')}`);
  lines.push('');
  lines.push(`  equivalence classes   ${number(report.classes)}`);
  lines.push(`  k-anonymity           k = ${number(report.k)}${thresholds.k !== undefined ? `   (required ${thresholds.k}: ${verdict(report.k >= thresholds.k)})` : ''}`);
  lines.push(`  sample uniques        ${number(report.uniques)} rows (${percent(report.uniques, report.rows)})`);
  const p = report.risk.prosecutor;
  lines.push(`  prosecutor risk       max ${decimal(p.max)}, average ${decimal(p.avg)}, ${number(p.recordsAtRisk)} rows at risk (${percent(p.recordsAtRisk, report.rows)}, threshold ${options.riskThreshold ?? 0.2})`);
  lines.push(`  journalist risk       max ${decimal(report.risk.journalist.max)}, average ${decimal(report.risk.journalist.avg)} (from the sample alone)`);
  lines.push(`  marketer risk         average ${decimal(report.risk.marketer.avg)}`);
  for (const [name, s] of Object.entries(report.sensitive)) {
    lines.push('');
    lines.push(`  sensitive ${name}`);
    lines.push(`    distinct l          ${s.lDistinct}${thresholds.l !== undefined ? `   (required ${thresholds.l}: ${verdict(s.lDistinct >= thresholds.l)})` : ''}`);
    lines.push(`    entropy l           ${s.lEntropy.toFixed(4)}`);
    lines.push(`    recursive (c,l)     ${s.recursive.c === null ? 'none (l = 1)' : `c = ${s.recursive.c} at l = ${s.recursive.l}`}`);
    const tFails = report.violations !== undefined && (report.violations.t[name] ?? 0) > 0;
    lines.push(`    t-closeness         t = ${s.tCloseness.toFixed(4)} (${s.tDistance} distance)${thresholds.t !== undefined ? `   (required ≤ ${thresholds.t}: ${verdict(!tFails)})` : ''}`);
  }
  if (report.uniquenessDrivers !== undefined && report.uniques > 0) {
    lines.push('');
    lines.push('  uniqueness drivers    unique rows that would not be unique without the column:');
    for (const d of report.uniquenessDrivers.slice(0, 5)) lines.push(`    ${d.column.padEnd(20)}${number(d.uniquesLost)} (${percent(d.uniquesLost, report.uniques)} of the uniques)`);
  }
  lines.push('');
  const v = report.violations;
  if (v === undefined || Object.keys(thresholds).length === 0) {
    lines.push('No thresholds given: add --k, --l or --t to gate a release and list the classes that break them.');
  } else if (v.passed) {
    lines.push(`PASSED: every class meets ${_describe(thresholds)}.`);
  } else {
    lines.push(`FAILED: ${number(v.classes)} classes (${number(v.rows)} rows, ${percent(v.rows, report.rows)}) break ${_describe(thresholds)}.`);
    if (v.worst.length > 0) {
      lines.push('');
      lines.push(`Worst classes (smallest first${v.worst.length < v.classes ? `, ${v.worst.length} of ${number(v.classes)}` : ''}):`);
      lines.push(..._table(v.worst, qi));
    }
  }
  lines.push('');
  return lines.join('\n');
}

function _describe(thresholds: { k?: number; l?: number; t?: number }): string {
  const parts: string[] = [];
  if (thresholds.k !== undefined) parts.push(`k ≥ ${thresholds.k}`);
  if (thresholds.l !== undefined) parts.push(`l ≥ ${thresholds.l}`);
  if (thresholds.t !== undefined) parts.push(`t ≤ ${thresholds.t}`);
  return parts.join(', ');
}

/** The listed classes as an aligned table: size, then each quasi-identifier, then what breaks. */
function _table(classes: readonly ClassViolation[], qi: readonly string[]): string[] {
  const header = ['rows', ...qi, 'breaks'];
  const rows = classes.map((c) => [
    String(c.groupSize === c.size ? c.size : `${c.size}/${c.groupSize}`),
    ...qi.map((name) => _cell(c.quasiIdentifiers[name])),
    c.breaks.join(' '),
  ]);
  const widths = header.map((h, i) => Math.min(i === header.length - 1 ? 200 : 24, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string => '  ' + cells.map((cell, i) => (cell.length > widths[i]! ? `${cell.slice(0, widths[i]! - 1)}…` : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function _cell(value: unknown): string {
  // Control characters would let a crafted cell rewrite the terminal.
  return value === null || value === undefined ? '(missing)' : String(value).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
