// Column headers (src/redact/context-table.ts): the header cell found for a position of a table
// row is the one a straightforward reading gives (the first line of the block of lines of the same
// shape above it, split by the row's delimiter, the cell of the same index, when it is a label of
// at most five words), on generated tables, prose with commas, and text around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLine, wordsBetween } from '../../src/redact/context-lines.js';
import { createTableContext, rowShape } from '../../src/redact/context-table.js';
import { note, value } from './_arbitraries.js';

const RUNS = { numRuns: Number(process.env.CIVICVEIL_PROPERTY_RUNS ?? 400) };

interface Line {
  start: number;
  end: number;
}
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

/** Delimiter positions of [start, end) for delimiter code `d`, read off the row's own cells. */
function cellsOf(text: string, line: Line, d: number): Line[] {
  const cells: Line[] = [];
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && !isDelimiter(text, i, d)) continue;
    cells.push({ start: from, end: i });
    from = i + 1;
  }
  return cells;
}
function isDelimiter(text: string, i: number, d: number): boolean {
  if (text.charCodeAt(i) !== d || text[i - 1] === '\\') return false; // `\,` is escaped
  // A comma between a day and a four-digit year is part of the date.
  return d !== 0x2c || !/^\d, \d{4}(?!\d)/.test(text.slice(i - 1, i + 7));
}

/** The header cell of position `at` of line `k`, read the straightforward way. */
function referenceHeaderCell(text: string, lines: Line[], k: number, at: number): Line | undefined {
  const shape = rowShape(text, lines[k]!.start, lines[k]!.end);
  if (shape === 0) return undefined;
  let first = k;
  while (first > 0 && rowShape(text, lines[first - 1]!.start, lines[first - 1]!.end) === shape) first--;
  if (first === k) return undefined; // the header row itself
  const d = shape & 0xff;
  const index = cellsOf(text, lines[k]!, d).findIndex((c) => at >= c.start && at <= c.end);
  const header = lines[first]!;
  const cell = cellsOf(text, header, d)[index];
  if (cell === undefined) return undefined;
  const info = analyzeLine(text, header.start, header.end);
  return wordsBetween(text, cell.start, cell.end, info, 5) > 5 ? undefined : cell;
}

const label = fc.constantFrom('DOB', 'Date of birth', 'SSN', 'Name', 'A#', 'Notes', 'the client said that she was born abroad', '');
const row = (cells: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('\t', ' | ', ';', ','), fc.array(cells, { minLength: 2, maxLength: 4 }));
/** Text made of tables (headers and rows), prose with commas, and notes, in any order. */
const text = fc
  .array(
    fc.oneof(
      row(label).chain(([d, header]) =>
        fc.array(fc.array(value, { minLength: header.length, maxLength: header.length }), { maxLength: 3 }).map((rows) => [header, ...rows].map((c) => c.join(d)).join('\n')),
      ),
      fc.constantFrom(
        'Seen today, with her son, about rent.',
        'Called back, no answer, left a message.',
        'DOB, SSN, Name',
        'Name, A-Number, DOB',
        'Kaba\\, Ibrahim, 201788461, 03/13/1981',
        '| Name | DOB |',
        '| Ana \\| Rosa | 4/11/1987 |',
      ),
      note,
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join('\n'));

describe('table header cells', () => {
  it('are those of a straightforward reading, asked line by line in order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (t, picks) => {
        const lines = linesOf(t);
        const tables = createTableContext(t, (s, e) => analyzeLine(t, s, e));
        for (let k = 0; k < lines.length; k++) {
          const line = analyzeLine(t, lines[k]!.start, lines[k]!.end);
          const width = lines[k]!.end - lines[k]!.start;
          for (const p of picks) {
            const at = lines[k]!.start + (width === 0 ? 0 : p % width);
            const got = tables.headerCell(line, at);
            const want = referenceHeaderCell(t, lines, k, at);
            expect(got === undefined ? undefined : { start: got.from, end: got.to }, `${JSON.stringify(t)} line ${k} at ${at}`).toEqual(want);
          }
        }
      }),
      RUNS,
    );
  });
});
