// The baseline of the release-check benchmark: a straightforward Node script, as a data team
// would write it. Whole file read, lines split, a Map keyed by the joined quasi-identifier values,
// a Map of sensitive values per class; then k, sample uniques, distinct / entropy / recursive
// (c,l) l-diversity, t-closeness (equal distance) and prosecutor risk. No quoting, no validation.
//   node bench/baseline-check.mjs FILE DELIMITER QI,QI,... SENSITIVE
// Prints the figures as JSON (so the benchmark can check both did the same work).
import { readFileSync } from 'node:fs';

/** The full check from rows of strings (arrays), by Maps of joined strings. */
export function baselineCheck(rows, qiIndexes, sensitiveIndex) {
  const classes = new Map();
  const table = new Map();
  for (const row of rows) {
    const key = qiIndexes.map((i) => row[i]).join('\u0001');
    const value = row[sensitiveIndex];
    let entry = classes.get(key);
    if (entry === undefined) classes.set(key, (entry = { n: 0, values: new Map() }));
    entry.n++;
    entry.values.set(value, (entry.values.get(value) ?? 0) + 1);
    table.set(value, (table.get(value) ?? 0) + 1);
  }
  const n = rows.length;
  let k = Infinity;
  let uniques = 0;
  let atRisk = 0;
  let lDistinct = Infinity;
  let minEntropy = Infinity;
  let t = 0;
  for (const { n: size, values } of classes.values()) {
    k = Math.min(k, size);
    if (size === 1) uniques++;
    if (1 / size > 0.2) atRisk += size;
    lDistinct = Math.min(lDistinct, values.size);
    let h = 0;
    for (const count of values.values()) h -= (count / size) * Math.log(count / size);
    minEntropy = Math.min(minEntropy, h);
    let distance = 0;
    for (const [value, count] of table) distance += Math.abs((values.get(value) ?? 0) / size - count / n);
    t = Math.max(t, distance / 2);
  }
  let c = null;
  if (lDistinct >= 2) {
    c = 0;
    for (const { values } of classes.values()) {
      const counts = [...values.values()].sort((a, b) => b - a);
      const tail = counts.slice(lDistinct - 1).reduce((a, b) => a + b, 0);
      c = Math.max(c, Math.floor(counts[0] / tail) + 1);
    }
  }
  return {
    rows: n,
    classes: classes.size,
    uniques,
    k,
    prosecutor: { max: 1 / k, avg: classes.size / n, recordsAtRisk: atRisk },
    lDistinct,
    lEntropy: Math.exp(minEntropy),
    recursiveC: c,
    tCloseness: t,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, delimiter, qi, sensitive] = process.argv.slice(2);
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0].split(delimiter);
  const rows = [];
  for (let i = 1; i < lines.length; i++) if (lines[i] !== '') rows.push(lines[i].split(delimiter));
  const result = baselineCheck(rows, qi.split(',').map((name) => header.indexOf(name)), header.indexOf(sensitive));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
