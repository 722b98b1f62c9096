/**
 * The self-contained HTML report of `civicveil check --html FILE`: one page, inline styles and an
 * inline SVG chart of class sizes (and so of risk, 1/size), no scripts and nothing fetched. Every
 * value from the data is escaped.
 */
import type { CheckRun } from './check-command.js';

const escape = (value: unknown): string =>
  String(value ?? '(missing)').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const number = (n: number): string => n.toLocaleString('en-US');
const fixed = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(4));

/** Renders a check run as a standalone HTML document. */
export function htmlReport(run: CheckRun): string {
  const { report, options } = run;
  const thresholds = options.thresholds ?? {};
  const v = report.violations;
  const status =
    v === undefined || Object.keys(thresholds).length === 0
      ? '<p class="note">No thresholds were given.</p>'
      : v.passed
        ? '<p class="pass">PASSED: every class meets the thresholds.</p>'
        : `<p class="fail">FAILED: ${number(v.classes)} classes (${number(v.rows)} rows) break the thresholds.</p>`;
  const figures: [string, string][] = [
    ['Rows', number(report.rows) + (run.dropped > 0 ? ` (${number(run.dropped)} dropped for missing values)` : '')],
    ['Equivalence classes', number(report.classes)],
    ['k-anonymity', `${number(report.k)}${thresholds.k !== undefined ? ` (required ${thresholds.k})` : ''}`],
    ['Sample uniques', `${number(report.uniques)} rows`],
    ['Prosecutor risk', `max ${fixed(report.risk.prosecutor.max)}, average ${fixed(report.risk.prosecutor.avg)}, ${number(report.risk.prosecutor.recordsAtRisk)} rows above ${options.riskThreshold ?? 0.2}`],
    ['Journalist risk (sample alone)', `max ${fixed(report.risk.journalist.max)}, average ${fixed(report.risk.journalist.avg)}`],
    ['Marketer risk', `average ${fixed(report.risk.marketer.avg)}`],
  ];
  const sensitiveRows = Object.entries(report.sensitive)
    .map(
      ([name, s]) =>
        `<tr><td>${escape(name)}</td><td>${s.lDistinct}</td><td>${s.lEntropy.toFixed(4)}</td><td>${s.recursive.c === null ? '–' : `c = ${s.recursive.c}, l = ${s.recursive.l}`}</td><td>${s.tCloseness.toFixed(4)} (${s.tDistance})</td></tr>`,
    )
    .join('');
  const worst =
    v !== undefined && v.worst.length > 0
      ? `<h2>Worst classes</h2><table><tr><th>rows</th>${options.quasiIdentifiers.map((q) => `<th>${escape(q)}</th>`).join('')}<th>breaks</th></tr>${v.worst
          .map((c) => `<tr><td>${c.size}</td>${options.quasiIdentifiers.map((q) => `<td>${escape(c.quasiIdentifiers[q])}</td>`).join('')}<td>${escape(c.breaks.join(' '))}</td></tr>`)
          .join('')}</table>${v.worst.length < v.classes ? `<p class="note">${v.worst.length} of ${number(v.classes)} shown.</p>` : ''}`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>civicveil check: ${escape(run.file)}</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
th{background:#f3f3f3}.pass{color:#176117;font-weight:bold}.fail{color:#a31515;font-weight:bold}.note{color:#555}
svg text{font:12px system-ui,sans-serif}
</style></head><body>
<h1>Release check: ${escape(run.file)}</h1>
<p>Quasi-identifiers: ${options.quasiIdentifiers.map(escape).join(', ')}. Sensitive: ${(options.sensitive ?? []).map(escape).join(', ') || 'none'}.</p>
${status}
<table>${figures.map(([k, x]) => `<tr><th>${k}</th><td>${escape(x)}</td></tr>`).join('')}</table>
<h2>Class sizes and risk</h2>
<p class="note">Rows by the size of their class. A row in a class of size n has prosecutor risk 1/n.</p>
${_chart(report.classSizes, report.rows, thresholds.k)}
${sensitiveRows ? `<h2>Sensitive attributes</h2><table><tr><th>column</th><th>distinct l</th><th>entropy l</th><th>recursive (c,l)</th><th>t-closeness</th></tr>${sensitiveRows}</table>` : ''}
${worst}
<p class="note">civicveil check, ${escape(new Date().toISOString().slice(0, 10))}. Definitions: docs/privacy.md.</p>
</body></html>
`;
}

/** A horizontal bar per size band: rows in classes of that size, red below k (or at risk above 0.2). */
function _chart(bands: readonly { min: number; max: number | null; classes: number; rows: number }[], rows: number, k: number | undefined): string {
  const width = 640;
  const barHeight = 22;
  const left = 150;
  const height = bands.length * (barHeight + 6) + 10;
  const bars = bands
    .map((band, i) => {
      const y = 5 + i * (barHeight + 6);
      const w = rows === 0 ? 0 : Math.max(band.rows > 0 ? 1 : 0, ((width - left - 120) * band.rows) / rows);
      const risky = k !== undefined ? band.min < k : 1 / band.min > 0.2;
      const label = band.max === null ? `${band.min}+` : band.max === band.min ? `${band.min}` : `${band.min}–${band.max}`;
      const risk = band.max === null ? `≤ ${(1 / band.min).toFixed(3)}` : band.max === band.min ? (1 / band.min).toFixed(3) : `${(1 / band.max).toFixed(3)}–${(1 / band.min).toFixed(3)}`;
      return `<text x="0" y="${y + 15}">size ${label} (risk ${risk})</text><rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${risky ? '#c0392b' : '#2e7d32'}"/><text x="${(left + w + 6).toFixed(1)}" y="${y + 15}">${number(band.rows)} rows, ${number(band.classes)} classes</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="rows by class size">${bars}</svg>`;
}
