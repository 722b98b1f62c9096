import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { classHistograms, encodeColumns, groupRows, partitionRows, type ClassHistograms, type EncodedColumn } from '../../src/privacy/index.js';
import { wildcardGroups, wildcardHistograms } from '../../src/privacy/wildcard.js';

/** Compatibility straight from the definition: on every column, equal or missing on either side. */
function compatible(columns: readonly EncodedColumn[], r: number, s: number): boolean {
  return columns.every((column) => {
    const a = column.codes[r]!;
    const b = column.codes[s]!;
    return a === b || a === column.missingCode || b === column.missingCode;
  });
}

/** O(n²) reference: each row's group size and its histogram of `codes` (value → count). */
function reference(columns: readonly EncodedColumn[], codes?: Int32Array): { sizes: number[]; histograms: Map<number, number>[] } {
  const rows = columns[0]!.codes.length;
  const sizes: number[] = [];
  const histograms: Map<number, number>[] = [];
  for (let r = 0; r < rows; r++) {
    let size = 0;
    const histogram = new Map<number, number>();
    for (let s = 0; s < rows; s++) {
      if (!compatible(columns, r, s)) continue;
      size++;
      if (codes !== undefined) histogram.set(codes[s]!, (histogram.get(codes[s]!) ?? 0) + 1);
    }
    sizes.push(size);
    histograms.push(histogram);
  }
  return { sizes, histograms };
}

/** Class c's histogram as sorted [value, count] pairs, checking each value appears once with a positive count. */
function entries(histograms: ClassHistograms, c: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = histograms.start[c]!; i < histograms.start[c + 1]!; i++) out.push([histograms.values[i]!, histograms.counts[i]!]);
  expect(new Set(out.map(([value]) => value)).size).toBe(out.length);
  for (const [, count] of out) expect(count).toBeGreaterThan(0);
  return out.sort((x, y) => x[0] - y[0]);
}

const sorted = (histogram: Map<number, number>): [number, number][] => [...histogram.entries()].sort((x, y) => x[0] - y[0]);

/** A small seeded generator of numbers in [0, 1) (mulberry32). */
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Random small tables with missing values: per column a pool of 1..5 values, a missing rate, some all-missing rows. */
const arbitraryTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 30 }),
    columns: fc.array(fc.record({ cardinality: fc.integer({ min: 1, max: 5 }), missingRate: fc.constantFrom(0, 0.1, 0.3, 0.6, 1) }), { minLength: 1, maxLength: 4 }),
    allMissingRate: fc.constantFrom(0, 0, 0.1, 0.3),
    sensitiveCardinality: fc.integer({ min: 1, max: 6 }),
    seed: fc.integer(),
  })
  .map(({ rows, columns, allMissingRate, sensitiveCardinality, seed }) => {
    const random = generator(seed);
    const allMissing = Array.from({ length: rows }, () => random() < allMissingRate);
    const table: Record<string, unknown[]> = {};
    columns.forEach(({ cardinality, missingRate }, k) => {
      table[`q${k}`] = Array.from({ length: rows }, (_, r) => (allMissing[r] || random() < missingRate ? null : `v${Math.floor(random() * cardinality)}`));
    });
    table.s = Array.from({ length: rows }, () => Math.floor(random() * sensitiveCardinality));
    return table;
  });

function encode(table: Record<string, unknown[]>) {
  const names = Object.keys(table).filter((name) => name !== 's');
  const qiColumns = encodeColumns(table, names).columns;
  const sensitive = encodeColumns(table, ['s']).columns[0]!;
  return { qiColumns, sensitive };
}

/** Checks wildcardGroups and wildcardHistograms against the O(n²) reference. */
function checkAgainstReference(qiColumns: readonly EncodedColumn[], sensitive: EncodedColumn): void {
  const groups = wildcardGroups(qiColumns);
  expect(groups.partition).toEqual(partitionRows(qiColumns));
  const expected = reference(qiColumns, sensitive.codes);
  const { classOfRow } = groups.partition;
  for (let r = 0; r < classOfRow.length; r++) expect(groups.groupSizes[classOfRow[r]!], `row ${r}`).toBe(expected.sizes[r]);
  const cardinality = sensitive.dictionary.length;
  const histograms = wildcardHistograms(groups, qiColumns, sensitive.codes, cardinality);
  // The same, recomputed without the work wildcardGroups kept.
  const recomputed = wildcardHistograms({ ...groups }, qiColumns, sensitive.codes, cardinality);
  expect(histograms.classes).toBe(groups.partition.classes);
  expect(histograms.start.length).toBe(groups.partition.classes + 1);
  for (let r = 0; r < classOfRow.length; r++) {
    const c = classOfRow[r]!;
    expect(entries(histograms, c), `row ${r}`).toEqual(sorted(expected.histograms[r]!));
    expect(entries(recomputed, c)).toEqual(entries(histograms, c));
    // The histogram counts the whole group.
    expect(entries(histograms, c).reduce((sum, [, count]) => sum + count, 0)).toBe(groups.groupSizes[c]);
  }
}

describe('wildcardGroups and wildcardHistograms equal the O(n²) reference', () => {
  it('on random small tables with missing values', () => {
    fc.assert(
      fc.property(arbitraryTable, (table) => {
        const { qiColumns, sensitive } = encode(table);
        checkAgainstReference(qiColumns, sensitive);
      }),
      { numRuns: 300 },
    );
  });

  it('on a table of 1500 rows with many missing patterns', () => {
    const rows = 1500;
    const random = generator(12345);
    const table: Record<string, unknown[]> = {};
    for (let k = 0; k < 4; k++) table[`q${k}`] = Array.from({ length: rows }, () => (random() < 0.15 ? '' : Math.floor(random() * (k + 2))));
    table.q0![7] = table.q1![7] = table.q2![7] = table.q3![7] = null; // one row missing everything
    table.s = Array.from({ length: rows }, () => `d${Math.floor(random() * 9)}`);
    const { qiColumns, sensitive } = encode(table);
    checkAgainstReference(qiColumns, sensitive);
  });
});

describe('keys too wide to be exact (hashed, then checked on the codes)', () => {
  it('four columns with dictionaries of 3000 values', () => {
    // 3000^4 is far above 2^31, so shared-column keys are hashes; few codes are used so that equal
    // tuples (and compatible rows) are common.
    const random = generator(99);
    const rows = 400;
    const qiColumns: EncodedColumn[] = Array.from({ length: 4 }, (_, k) => {
      const codes = Int32Array.from({ length: rows }, () => (random() < 0.2 ? 2999 : Math.floor(random() * 3)));
      return { name: `q${k}`, codes, dictionary: new Array<unknown>(3000).fill('v'), missingCode: 2999 };
    });
    const sensitive = encodeColumns({ s: Array.from({ length: rows }, () => Math.floor(random() * 4)) }, ['s']).columns[0]!;
    checkAgainstReference(qiColumns, sensitive);
  });
});

describe('without missing values', () => {
  const arbitraryComplete = fc.record({
    columns: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 25, maxLength: 25 }), { minLength: 1, maxLength: 3 }),
    rows: fc.integer({ min: 0, max: 25 }),
    sensitive: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 25, maxLength: 25 }),
  });

  it('groups are the classes and histograms are classHistograms', () => {
    fc.assert(
      fc.property(arbitraryComplete, ({ columns, rows, sensitive }) => {
        const table = Object.fromEntries(columns.map((values, k) => [`q${k}`, values.slice(0, rows)]));
        const qiColumns = encodeColumns(table, Object.keys(table)).columns;
        const groups = wildcardGroups(qiColumns);
        expect(groups.groupSizes).toEqual(groups.partition.sizes);
        expect(groups.groupSizes).not.toBe(groups.partition.sizes);
        const codes = Int32Array.from(sensitive.slice(0, rows));
        expect(wildcardHistograms(groups, qiColumns, codes, 5)).toEqual(classHistograms(groups.partition, groupRows(groups.partition), codes, 5));
      }),
      { numRuns: 200 },
    );
  });
});

describe('worked examples', () => {
  // Rows (zip, age) and disease; · is missing.
  //   0 (a,1) flu   1 (a,·) cold   2 (·,1) flu   3 (b,1) hiv   4 (·,·) cold   5 (a,2) flu   6 (a,1) hiv
  // Classes by first row: 0 = {0, 6}, 1 = {1}, 2 = {2}, 3 = {3}, 4 = {4}, 5 = {5}.
  // (a,1) matches (a,1), (a,·), (·,1), (·,·): rows 0 1 2 4 6 → 5; not (b,1), not (a,2).
  // (a,·) matches every row with zip a or missing: 0 1 2 4 5 6 → 6.
  // (·,1) matches every row with age 1 or missing: 0 1 2 3 4 6 → 6.
  // (b,1) matches 2 3 4 → 3. (·,·) matches all 7. (a,2) matches 1 4 5 → 3.
  const table = {
    zip: ['a', 'a', null, 'b', '', 'a', 'a'],
    age: [1, null, 1, 1, undefined, 2, 1],
    disease: ['flu', 'cold', 'flu', 'hiv', 'cold', 'flu', 'hiv'],
  };
  const qiColumns = encodeColumns(table, ['zip', 'age']).columns;
  const disease = encodeColumns(table, ['disease']).columns[0]!; // flu 0, cold 1, hiv 2

  it('hand-computed group sizes', () => {
    const groups = wildcardGroups(qiColumns);
    expect([...groups.partition.classOfRow]).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect([...groups.partition.sizes]).toEqual([2, 1, 1, 1, 1, 1]);
    expect([...groups.groupSizes]).toEqual([5, 6, 6, 3, 7, 3]);
  });

  it('hand-computed histograms', () => {
    const groups = wildcardGroups(qiColumns);
    const histograms = wildcardHistograms(groups, qiColumns, disease.codes, disease.dictionary.length);
    // Class 0, rows 0 1 2 4 6: flu flu, cold cold, hiv.
    expect(entries(histograms, 0)).toEqual([[0, 2], [1, 2], [2, 1]]);
    // Class 3 (b,1), rows 2 3 4: flu, hiv, cold.
    expect(entries(histograms, 3)).toEqual([[0, 1], [1, 1], [2, 1]]);
    // Class 4 (·,·): the whole table, flu 3, cold 2, hiv 2.
    expect(entries(histograms, 4)).toEqual([[0, 3], [1, 2], [2, 2]]);
    // Class 5 (a,2), rows 1 4 5: cold cold, flu.
    expect(entries(histograms, 5)).toEqual([[0, 1], [1, 2]]);
  });

  it('the doc comment examples', () => {
    const first = encodeColumns({ zip: ['a', 'a', null, 'b'], age: [1, null, 1, 1] }, ['zip', 'age']).columns;
    expect([...wildcardGroups(first).groupSizes]).toEqual([3, 3, 4, 2]);
    const second = encodeColumns({ zip: ['a', 'a', null], age: [1, null, 1] }, ['zip', 'age']).columns;
    const histograms = wildcardHistograms(wildcardGroups(second), second, Int32Array.of(0, 1, 0), 2);
    for (let c = 0; c < 3; c++) expect(entries(histograms, c)).toEqual([[0, 2], [1, 1]]);
  });

  it('a row missing every quasi-identifier matches everything, and everything matches it', () => {
    const columns = encodeColumns({ a: ['x', 'y', null, 'z'], b: [1, 2, null, 3] }, ['a', 'b']).columns;
    expect([...wildcardGroups(columns).groupSizes]).toEqual([2, 2, 4, 2]);
  });

  it('a column missing in every row leaves the groups to the other columns', () => {
    const columns = encodeColumns({ a: ['x', 'y', 'x'], b: [null, null, null] }, ['a', 'b']).columns;
    expect([...wildcardGroups(columns).groupSizes]).toEqual([2, 1]);
  });

  it('an empty table', () => {
    const columns = encodeColumns({ a: [], b: [] }, ['a', 'b']).columns;
    const groups = wildcardGroups(columns);
    expect(groups.partition.classes).toBe(0);
    expect(wildcardHistograms(groups, columns, new Int32Array(0), 0).classes).toBe(0);
  });
});

describe('errors', () => {
  const columns = encodeColumns({ a: ['x', null], b: [1, 2] }, ['a', 'b']).columns;

  it('refuses no columns and columns of unequal length', () => {
    expect(() => wildcardGroups([])).toThrow(OptionInvalidError);
    const short = { ...columns[1]!, codes: Int32Array.of(0) };
    expect(() => wildcardGroups([columns[0]!, short])).toThrow(InputInvalidError);
  });

  it('refuses codes that do not fit, without echoing values', () => {
    const groups = wildcardGroups(columns);
    expect(() => wildcardHistograms(groups, columns, Int32Array.of(0), 2)).toThrow(InputInvalidError);
    const error = (() => {
      try {
        wildcardHistograms(groups, columns, Int32Array.of(0, 7), 2);
      } catch (e) {
        return e as InputInvalidError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(InputInvalidError);
    expect(error.row).toBe(2);
    expect(error.message).not.toContain('7');
    expect(() => wildcardHistograms(groups, columns, Int32Array.of(0, 1), -1)).toThrow(OptionInvalidError);
  });

  it('refuses columns that do not match the partition', () => {
    const other = encodeColumns({ a: ['x', null, 'y'], b: [1, 2, 3] }, ['a', 'b']).columns;
    expect(() => wildcardHistograms(wildcardGroups(columns), other, Int32Array.of(0, 1), 2)).toThrow(InputInvalidError);
  });
});
