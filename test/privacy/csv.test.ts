import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../src/cli/csv-parse.js';
import { FormatInvalidError, InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { createCsvEncoder, detectDelimiter, encodeColumns, encodeCsv, type MissingValues } from '../../src/privacy/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The expected result: the CLI's CSV reader, then encodeColumns on the records. */
function viaRecords(text: string, delimiter: string, columns: string[], missing: MissingValues) {
  const records: string[][] = [];
  const error = parseRecords(text.replace(/^\uFEFF/, ''), delimiter, (fields) => records.push(fields));
  // Errors in file order: the first ragged record, or the syntax error, whichever comes first.
  const ragged = records.findIndex((row) => row.length !== records[0]!.length);
  if (ragged >= 0 && (!error || ragged + 1 < error.record)) return { error: 'ragged' as const };
  if (error) return { error: 'syntax' as const };
  if (records.length === 0) return { error: 'empty' as const };
  const [header, ...rows] = records as [string[], ...string[][]];
  if (columns.some((name) => !header.includes(name))) return { error: 'column' as const };
  const table = Object.fromEntries(columns.map((name) => [name, rows.map((row) => row[header.indexOf(name)])]));
  return { header, ...encodeColumns(table, columns, { missing }) };
}

function viaBytes(bytes: Uint8Array, cuts: number[], options: { delimiter: string; columns: string[]; missing: MissingValues }) {
  try {
    const encoder = createCsvEncoder(options);
    let from = 0;
    for (const cut of [...cuts.filter((c) => c < bytes.length)].sort((a, b) => a - b)) {
      encoder.push(bytes.subarray(from, cut));
      from = cut;
    }
    encoder.push(bytes.subarray(from));
    return encoder.finish();
  } catch (error) {
    if (error instanceof OptionInvalidError) return { error: 'column' as const };
    if (!(error instanceof InputInvalidError)) throw error;
    return { error: /fields, but the header/.test(error.message) ? ('ragged' as const) : /empty/.test(error.message) ? ('empty' as const) : ('syntax' as const) };
  }
}

describe('encodeCsv equals the CLI reader followed by encodeColumns', () => {
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'é', '12', '2', ' 3 ', '') },
    { weight: 2, arbitrary: fc.constantFrom('"q"', '"a,b"', '"x""y"', '"line\nbreak"', '""', '"é"', '"a"') },
    { weight: 1, arbitrary: fc.constantFrom('a"b', '"open', '"c"d', 'x\r') },
  );
  const csv = fc.record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 12 }),
    newline: fc.constantFrom('\n', '\r\n'),
    blankLines: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    ragged: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t'),
    pick: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
    missing: fc.constantFrom('value' as const, 'drop' as const),
    cuts: fc.array(fc.nat({ max: 400 }), { maxLength: 6 }),
  });

  it('on generated CSV, cut into random chunks', () => {
    fc.assert(
      fc.property(csv, (c) => {
        const header = Array.from({ length: c.width }, (_, i) => `c${i}`);
        const lines = [header.join(c.delimiter)];
        for (const row of c.rows) {
          const fields = c.ragged ? row : Array.from({ length: c.width }, (_, i) => row[i % row.length]!);
          lines.push(fields.map((f) => f.replaceAll(',', c.delimiter)).join(c.delimiter));
          if (c.blankLines && row.length === 2) lines.push('');
        }
        const text = (c.bom ? '\uFEFF' : '') + lines.join(c.newline) + (c.finalNewline ? c.newline : '');
        const columns = c.pick.filter((i) => i < c.width).map((i) => `c${i}`);
        if (columns.length === 0) columns.push('c0');
        const expected = viaRecords(text, c.delimiter, columns, c.missing);
        const actual = viaBytes(utf8(text), c.cuts, { delimiter: c.delimiter, columns, missing: c.missing });
        if ('error' in expected) {
          expect(actual).toEqual(expected);
          return;
        }
        expect(actual).not.toHaveProperty('error');
        const table = actual as ReturnType<typeof encodeCsv>;
        expect(table.header).toEqual(expected.header);
        expect(table.rows).toBe(expected.rows);
        expect(table.dropped).toBe(expected.dropped);
        table.columns.forEach((column, i) => {
          expect(column.dictionary).toEqual(expected.columns[i]!.dictionary);
          expect([...column.codes]).toEqual([...expected.columns[i]!.codes]);
          expect(column.missingCode).toBe(expected.columns[i]!.missingCode);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('streams one byte at a time', () => {
    const bytes = utf8('a,b\r\n"x,1",2\r\n\r\n"é""",\r\n');
    const encoder = createCsvEncoder({ columns: ['a', 'b'] });
    for (let i = 0; i < bytes.length; i++) encoder.push(bytes.subarray(i, i + 1));
    const { rows, columns } = encoder.finish();
    expect(rows).toBe(2);
    expect(columns[0]!.dictionary).toEqual(['x,1', 'é"']);
    expect(columns[1]!.dictionary).toEqual(['2', null]);
    expect(columns[1]!.missingCode).toBe(1);
  });
});

describe('refusals', () => {
  it('names the row and column, never the value', () => {
    const error = (() => {
      try {
        encodeCsv(utf8('id,ssn\n1,123-45-6789\n2,987"65\n'), { columns: ['ssn'] });
      } catch (e) {
        return e as InputInvalidError;
      }
    })()!;
    expect(error).toBeInstanceOf(InputInvalidError);
    expect(error.row).toBe(2);
    expect(error.message).not.toContain('987');
    expect(() => encodeCsv(utf8('a,b\n1,2,3\n'), { columns: ['a'] })).toThrow(/row 1: 3 fields, but the header has 2/);
    expect(() => encodeCsv(utf8('a,b\n1,2\n'), { columns: ['zip'] })).toThrow(OptionInvalidError);
    expect(() => encodeCsv(utf8(''), { columns: ['a'] })).toThrow(/empty/);
    expect(() => encodeCsv(utf8('a\n"x\n'), { columns: ['a'] })).toThrow(/never closed/);
    expect(() => encodeCsv(utf8('a\n\xff\n'.replace('\xff', '')), { columns: ['a'] })).not.toThrow();
    const invalid = new Uint8Array([0x61, 0x0a, 0xc3, 0x28, 0x0a]);
    expect(() => encodeCsv(invalid, { columns: ['a'] })).toThrow(FormatInvalidError);
    expect(() => encodeCsv(utf8('a\n1\n'), { columns: ['a'], delimiter: '"' })).toThrow(OptionInvalidError);
    expect(() => encodeCsv(utf8('a\n1\n'), { columns: ['a', 'a'] })).toThrow(/named twice/);
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent candidate outside quotes in the first record', () => {
    expect(detectDelimiter(utf8('sex;age;race\nMale;39;White\n'))).toBe(';');
    expect(detectDelimiter(utf8('a\tb\tc\n'))).toBe('\t');
    expect(detectDelimiter(utf8('"x;y;z",b\n'))).toBe(',');
    expect(detectDelimiter(utf8('a|b\n1,2,3,4\n'))).toBe('|');
    expect(detectDelimiter(utf8('single\n'))).toBe(',');
  });
});
