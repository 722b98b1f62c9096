// CSV parsers on the 1M-row x 12-column holder list, read once into a string and parsed fully
// in memory: civicveil's own RFC 4180 record reader (what the CLI uses; src/cli/csv-parse.ts),
// papaparse (with skipEmptyLines: without it the final newline gives one extra empty record) and
// csv-parse's sync API, the two common CSV libraries for Node.
// Seconds per full parse, median of 3 (the two alternate, so machine load hits both alike).
// This isolates parsing: no I/O, no pseudonymization. It is the evidence for the CLI's own reader.
import { readFileSync } from 'node:fs';
import { parse as csvParse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { parseRecords } from '../dist/cli/csv-parse.js';
import { holdersCsv, median, num, printSection, progress, table } from './_shared.mjs';

const ROUNDS = 3;
const text = readFileSync(holdersCsv(), 'utf8');

function civicveilRecords(s) {
  const rows = [];
  const error = parseRecords(s, ',', (fields) => rows.push(fields));
  if (error) throw new Error(`csv bench: record ${error.record}: ${error.message}`);
  return rows;
}

const PARSERS = [
  { name: 'civicveil `parseRecords(text, ",", onRecord)`', parse: civicveilRecords },
  { name: 'papaparse 5 `Papa.parse(text, { skipEmptyLines: true })`', parse: (s) => Papa.parse(s, { skipEmptyLines: true }).data },
  { name: 'csv-parse 7 sync `parse(text)`', parse: (s) => csvParse(s) },
];

const times = PARSERS.map(() => []);
let records = PARSERS.map(() => 0);
for (let r = 0; r < ROUNDS; r++) {
  PARSERS.forEach((p, i) => {
    const t0 = process.hrtime.bigint();
    const rows = p.parse(text);
    times[i].push(Number(process.hrtime.bigint() - t0) / 1e9);
    records[i] = rows.length;
  });
  progress(`csv: round ${r + 1}/${ROUNDS} done`);
}
// Both must see the same records, or the comparison means nothing.
if (records.some((n) => n !== records[0])) throw new Error(`csv bench: parsers disagree on the record count: ${records}`);

const mib = Buffer.byteLength(text) / 2 ** 20;
const rows = PARSERS.map((p, i) => {
  const s = median(times[i]);
  return [p.name, num(s, 2), num(records[i] / s), num(mib / s, 0), `${num(s / median(times[0]), 2)}x`];
});

printSection({
  title: 'CSV parsing (in memory)',
  what:
    `Parsing the whole ${num(mib, 0)} MiB, ${num(records[0])}-record (header included), 12-column holder list held in a string, ` +
    `median of ${ROUNDS} parses each; no I/O, no pseudonymization. "time" is relative to civicveil's reader.`,
  command: 'node bench/csv.mjs',
  body: table(['parser', 'seconds', 'records/s', 'MiB/s', 'time'], rows),
});
