import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { encodeColumns, partitionRows, type CodedColumn } from '../../src/privacy/index.js';
import { uniquenessDrivers, type UniquenessDriver } from '../../src/privacy/drivers.js';

/** Rows alone in their class, classes keyed by JSON of the values of `names` (none: one class of all rows). */
function uniquesOver(table: Record<string, readonly unknown[]>, names: readonly string[], rows: number): number {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  for (let r = 0; r < rows; r++) {
    const key = JSON.stringify(names.map((name) => table[name]![r] ?? null));
    keys.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.filter((key) => counts.get(key) === 1).length;
}

/** Brute force: re-partition with each column removed. */
function reference(table: Record<string, readonly unknown[]>, names: readonly string[]): UniquenessDriver[] {
  const rows = table[names[0]!]!.length;
  const all = uniquesOver(table, names, rows);
  const drivers = names.map((name, column) => {
    const uniquesWithout = uniquesOver(table, names.filter((_, k) => k !== column), rows);
    return { column, name, uniquesWithout, uniquesLost: all - uniquesWithout };
  });
  return drivers.sort((x, y) => y.uniquesLost - x.uniquesLost || x.column - y.column);
}

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

function randomTable(rows: number, cardinalities: readonly number[], seed: number): Record<string, unknown[]> {
  const random = generator(seed);
  const table: Record<string, unknown[]> = {};
  cardinalities.forEach((cardinality, k) => {
    table[`q${k}`] = Array.from({ length: rows }, () => {
      const value = Math.floor(random() * cardinality);
      return value === 0 && k % 2 === 1 ? null : `v${value}`; // some columns hold missing values (one ordinary value)
    });
  });
  return table;
}

describe('uniquenessDrivers equals re-partitioning without each column', () => {
  it('on random small tables', () => {
    const arbitraryCase = fc.record({
      rows: fc.integer({ min: 0, max: 60 }),
      cardinalities: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
      seed: fc.integer(),
      givePartition: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryCase, ({ rows, cardinalities, seed, givePartition }) => {
        const table = randomTable(rows, cardinalities, seed);
        const names = Object.keys(table);
        const { columns } = encodeColumns(table, names);
        const drivers = uniquenessDrivers(columns, givePartition ? partitionRows(columns) : undefined);
        expect(drivers).toEqual(reference(table, names));
      }),
      { numRuns: 300 },
    );
  });

  it('on larger tables: long runs, wide columns, duplicate rows', () => {
    const cases: [number, number[]][] = [
      [4000, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]], // few classes, long runs, one phase covering everything
      [5000, [3000, 3000, 3000]], // columns too wide to sort on together
      [6000, [6000, 2, 3]], // a column as wide as the table
      [3000, [40, 30, 20, 3, 2]],
      [3000, [5, 5, 5, 5, 5, 5, 5, 5]],
      [2000, [1, 1, 3]], // constant columns
    ];
    for (const [rows, cardinalities] of cases) {
      const table = randomTable(rows, cardinalities, rows + cardinalities.length);
      const names = Object.keys(table);
      expect(uniquenessDrivers(encodeColumns(table, names).columns), cardinalities.join(',')).toEqual(reference(table, names));
    }
  });
});

describe('keys too wide to be exact (hashed, then checked on the codes)', () => {
  it('planted near-duplicates over six columns of 2000 values', () => {
    // Every key without one column spans 2000^4 or more values: the hash path. Long runs on the
    // first column (3 values used) take the table path; planted rows differing from a base row in
    // one column, and exact copies, make equal keys that must be confirmed.
    const random = generator(7);
    const rows: number[][] = [];
    for (let b = 0; b < 300; b++) {
      const base = [Math.floor(random() * 3), ...Array.from({ length: 5 }, () => Math.floor(random() * 2000))];
      rows.push(base);
      if (random() < 0.5) {
        const variant = [...base];
        const k = 1 + Math.floor(random() * 5);
        variant[k] = (variant[k]! + 1) % 2000;
        rows.push(variant);
      }
      if (random() < 0.1) rows.push([...base]);
    }
    const columns: CodedColumn[] = Array.from({ length: 6 }, (_, k) => ({ codes: Int32Array.from(rows, (row) => row[k]!), dictionary: { length: 2000 } }));
    const table = Object.fromEntries(columns.map((column, k) => [`q${k}`, [...column.codes]]));
    const expected = reference(table, Object.keys(table)).map(({ name: _name, ...rest }) => rest);
    expect(uniquenessDrivers(columns)).toEqual(expected);
  });
});

describe('worked examples', () => {
  it('the doc comment example', () => {
    const { columns } = encodeColumns({ zip: ['a', 'a', 'b', 'b'], sex: ['F', 'M', 'F', 'F'] }, ['zip', 'sex']);
    expect(uniquenessDrivers(columns)).toEqual([
      { column: 1, name: 'sex', uniquesWithout: 0, uniquesLost: 2 },
      { column: 0, name: 'zip', uniquesWithout: 1, uniquesLost: 1 },
    ]);
  });

  it('ZIP code, birth year and sex', () => {
    // Six residents; all but the two identical rows (4, 5) are unique on the three columns: 4 uniques.
    //   0 10001 1980 F   1 10001 1980 M   2 10001 1991 F   3 10002 1980 F   4 10003 1975 M   5 10003 1975 M
    // Without zip: (1980,F) rows 0,3 merge → uniques 1, 2 → 2 (lost 2).
    // Without year: (10001,F) rows 0,2 merge → uniques 1, 3 → 2 (lost 2).
    // Without sex: (10001,1980) rows 0,1 merge → uniques 2, 3 → 2 (lost 2).
    // Ties keep column order.
    const table = {
      zip: ['10001', '10001', '10001', '10002', '10003', '10003'],
      year: [1980, 1980, 1991, 1980, 1975, 1975],
      sex: ['F', 'M', 'F', 'F', 'M', 'M'],
    };
    const { columns } = encodeColumns(table, ['zip', 'year', 'sex']);
    expect(uniquenessDrivers(columns)).toEqual([
      { column: 0, name: 'zip', uniquesWithout: 2, uniquesLost: 2 },
      { column: 1, name: 'year', uniquesWithout: 2, uniquesLost: 2 },
      { column: 2, name: 'sex', uniquesWithout: 2, uniquesLost: 2 },
    ]);
    // A unique ZIP code drives everything: every row is then unique through it alone.
    const withId = encodeColumns({ ...table, zip: ['a', 'b', 'c', 'd', 'e', 'f'] }, ['zip', 'year', 'sex']).columns;
    expect(uniquenessDrivers(withId)[0]).toEqual({ column: 0, name: 'zip', uniquesWithout: 2, uniquesLost: 4 });
  });

  it('one quasi-identifier: none left means one class of all rows', () => {
    const one = (values: unknown[]) => uniquenessDrivers(encodeColumns({ a: values }, ['a']).columns);
    expect(one(['x', 'y', 'y'])).toEqual([{ column: 0, name: 'a', uniquesWithout: 0, uniquesLost: 1 }]);
    expect(one(['x'])).toEqual([{ column: 0, name: 'a', uniquesWithout: 1, uniquesLost: 0 }]);
    expect(one([])).toEqual([{ column: 0, name: 'a', uniquesWithout: 0, uniquesLost: 0 }]);
  });

  it('columns without names are reported by index only', () => {
    const columns: CodedColumn[] = [
      { codes: Int32Array.of(0, 1, 0), dictionary: { length: 2 } },
      { codes: Int32Array.of(0, 0, 1), dictionary: { length: 2 } },
    ];
    const drivers = uniquenessDrivers(columns);
    expect(drivers).toEqual([
      { column: 0, uniquesWithout: 1, uniquesLost: 2 },
      { column: 1, uniquesWithout: 1, uniquesLost: 2 },
    ]);
    expect(Object.keys(drivers[0]!)).not.toContain('name');
  });
});

describe('errors', () => {
  const { columns } = encodeColumns({ a: ['x', 'y'], b: [1, 2] }, ['a', 'b']);

  it('refuses no columns', () => {
    expect(() => uniquenessDrivers([])).toThrow(OptionInvalidError);
  });

  it('refuses columns of unequal length, naming the column', () => {
    const short = { ...columns[1]!, codes: Int32Array.of(0) };
    expect(() => uniquenessDrivers([columns[0]!, short])).toThrow(InputInvalidError);
    try {
      uniquenessDrivers([columns[0]!, short]);
    } catch (error) {
      expect(error).toMatchObject({ code: 'INPUT_INVALID', field: 'b' });
    }
  });

  it('refuses a partition of another table', () => {
    const other = partitionRows(encodeColumns({ a: ['x', 'y', 'z'] }, ['a']).columns);
    expect(() => uniquenessDrivers(columns, other)).toThrow(InputInvalidError);
  });
});
