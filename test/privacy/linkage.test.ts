import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { encodeColumns } from '../../src/privacy/encode.js';
import { encodeJoint } from '../../src/privacy/joint.js';
import { linkage, type LinkageOptions } from '../../src/privacy/linkage.js';
import { anonymity } from '../../src/privacy/metrics.js';
import { partitionRows } from '../../src/privacy/classes.js';
import { keyOf, referenceLinkage } from './two-table-reference.js';

type Records = Record<string, unknown>[];
type Columns = Record<string, unknown[]>;

function errorOf(run: () => unknown): Error & { code?: string; field?: string; row?: number; option?: string } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

const toColumns = (records: Records, names: readonly string[]): Columns =>
  Object.fromEntries(names.map((name) => [name, records.map((record) => record[name])]));

/** Values to draw from: 1 and '1' differ, 0 and -0 are alike, and three spellings of missing. */
const universe: unknown[] = ['a', 'b', 'c', 1, '1', 2, 0, -0, true, false, null, '', undefined, 'd', 'e', 3.5];

/**
 * Two random tables over the same 1–5 columns, each column with its own small set of values (so
 * that matches happen), in record or column form; in record form a missing value is sometimes an
 * absent key (never in the first record, so that every column exists).
 */
const arbitraryPair = fc
  .record({
    columns: fc.integer({ min: 1, max: 5 }),
    cardinalities: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 5, maxLength: 5 }),
    offsets: fc.array(fc.nat({ max: universe.length - 1 }), { minLength: 5, maxLength: 5 }),
    leftRows: fc.integer({ min: 0, max: 25 }),
    rightRows: fc.integer({ min: 0, max: 25 }),
    seed: fc.array(fc.nat(), { minLength: 97, maxLength: 97 }),
    leftForm: fc.constantFrom('records', 'columns', 'records-absent'),
    rightForm: fc.constantFrom('records', 'columns', 'records-absent'),
    missing: fc.constantFrom(undefined, 'value' as const, 'drop' as const),
    maxCombination: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  })
  .map((c) => {
    const names = Array.from({ length: c.columns }, (_, i) => `c${i}`);
    let next = 0;
    const draw = (column: number): unknown => {
      const pick = c.seed[next++ % c.seed.length]! + next;
      return universe[(c.offsets[column]! + (pick % c.cardinalities[column]!)) % universe.length];
    };
    const make = (rows: number, form: string): Records | Columns => {
      const records = Array.from({ length: rows }, (_, row) => {
        const record: Record<string, unknown> = {};
        names.forEach((name, i) => {
          const value = draw(i);
          if (!(form === 'records-absent' && row > 0 && value === undefined)) record[name] = value;
        });
        return record;
      });
      return form === 'columns' ? toColumns(records, names) : records;
    };
    const options: LinkageOptions = { columns: names };
    if (c.missing !== undefined) options.missing = c.missing;
    if (c.maxCombination !== undefined) options.maxCombination = Math.min(c.maxCombination, c.columns);
    return { left: make(c.leftRows, c.leftForm), right: make(c.rightRows, c.rightForm), options };
  });

describe('encodeJoint', () => {
  it('gives equal values equal codes in both tables, in one shared dictionary', () => {
    const { left, right } = encodeJoint({ zip: ['a', 'b', null] }, [{ zip: 'c' }, { zip: 'b' }, { zip: '' }, {}], ['zip']);
    expect([...left.columns[0]!.codes]).toEqual([0, 1, 2]);
    expect([...right.columns[0]!.codes]).toEqual([3, 1, 2, 2]);
    expect(left.columns[0]!.dictionary).toBe(right.columns[0]!.dictionary);
    expect(left.columns[0]!.dictionary).toEqual(['a', 'b', null, 'c']);
    expect(left.columns[0]!.missingCode).toBe(2);
    expect(right.columns[0]!.missingCode).toBe(2);
  });

  it('shares the missing code when only the right table misses a value', () => {
    const { left, right } = encodeJoint({ zip: ['a'] }, { zip: ['b', undefined] }, ['zip']);
    expect(left.columns[0]!.missingCode).toBe(2);
    expect(right.columns[0]!.missingCode).toBe(2);
    expect([...right.columns[0]!.codes]).toEqual([1, 2]);
    expect(encodeJoint({ zip: ['a'] }, { zip: ['b'] }, ['zip']).left.columns[0]!.missingCode).toBe(-1);
  });

  it('drops each table\'s rows missing any named column', () => {
    const { left, right } = encodeJoint(
      { zip: ['a', null, 'b'], sex: ['F', 'M', ''] },
      [{ zip: 'b', sex: 'M' }, { zip: 'a' }, { zip: 'a', sex: 'F' }],
      ['zip', 'sex'],
      { missing: 'drop' },
    );
    expect(left).toMatchObject({ rows: 1, dropped: 2 });
    expect(right).toMatchObject({ rows: 2, dropped: 1 });
    expect([...left.columns[0]!.codes]).toEqual([0]);
    expect([...right.columns[0]!.codes]).toEqual([1, 0]);
    expect([...right.columns[1]!.codes]).toEqual([1, 0]);
    expect(left.columns[1]!.dictionary).toEqual(['F', 'M']);
  });

  it('compares values as encodeColumns does: 1 and "1" differ, 0 and -0 do not', () => {
    const { left, right } = encodeJoint({ v: [1, 0] }, { v: ['1', -0, 1] }, ['v']);
    expect([...right.columns[0]!.codes]).toEqual([2, 1, 0]);
  });

  it('codes agree exactly when values agree (property)', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, right, options }) => {
        const missing = options.missing ?? 'value';
        const joint = encodeJoint(left, right, options.columns, { missing });
        const alone = [encodeColumns(left, options.columns, { missing }), encodeColumns(right, options.columns, { missing })];
        expect(joint.left.rows).toBe(alone[0]!.rows);
        expect(joint.right.rows).toBe(alone[1]!.rows);
        options.columns.forEach((_, i) => {
          const dictionary = joint.left.columns[i]!.dictionary;
          // Compared through keyOf, which, like a Map, holds 0 and -0 alike.
          const values = [joint.left, joint.right].flatMap((side) => [...side.columns[i]!.codes].map((code) => keyOf([dictionary[code]], [0])));
          const expected = alone.flatMap((side) => [...side.columns[i]!.codes].map((code) => keyOf([side.columns[i]!.dictionary[code]], [0])));
          expect(values).toEqual(expected);
          expect(new Set(dictionary.map((value) => keyOf([value], [0]))).size).toBe(dictionary.length);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('names the table and every unknown column, and refuses objects without echoing them', () => {
    const unknown = errorOf(() => encodeJoint({ zip: ['a'], born: [1], sex: ['F'] }, [{ zip: 'a' }], ['zip', 'born', 'sex']));
    expect(unknown).toBeInstanceOf(OptionInvalidError);
    expect(unknown.message).toMatch(/^right table: unknown columns born, sex$/);
    expect(unknown).toMatchObject({ field: 'born', option: 'columns' });
    expect(errorOf(() => encodeJoint({ zip: ['a'] }, [], ['zip', 'sex'])).message).toMatch(/^left table: unknown column sex$/);

    const object = errorOf(() => encodeJoint({ zip: ['a'] }, [{ zip: 'a' }, { zip: { ssn: 'S3CR3T' } }], ['zip']));
    expect(object).toBeInstanceOf(InputInvalidError);
    expect(object).toMatchObject({ field: 'zip', row: 2 });
    expect(object.message).toMatch(/^right table: /);
    expect(object.message).not.toContain('S3CR3T');

    expect(() => encodeJoint([{ zip: 'a' }, 'x' as unknown as Record<string, unknown>], [], ['zip'])).toThrow(InputInvalidError);
    expect(() => encodeJoint({ zip: ['a'] }, { zip: ['a'] }, ['zip'], { missing: 'wildcard' as 'drop' })).toThrow(OptionInvalidError);
  });
});

describe('linkage equals the reference implementation', () => {
  it('on random small tables (both forms, missing values, every maxCombination)', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, right, options }) => {
        expect(linkage(left, right, options)).toEqual(referenceLinkage(left, right, options));
      }),
      { numRuns: 300 },
    );
  });

  it('with 9 to 16 columns: combinations of 1 to 3 columns by default', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9, max: 16 }),
        fc.array(fc.array(fc.nat({ max: 2 }), { minLength: 16, maxLength: 16 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.array(fc.nat({ max: 2 }), { minLength: 16, maxLength: 16 }), { minLength: 1, maxLength: 12 }),
        (n, leftRows, rightRows) => {
          const names = Array.from({ length: n }, (_, i) => `c${i}`);
          const toRecords = (rows: number[][]): Records => rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]])));
          const [left, right] = [toRecords(leftRows), toRecords(rightRows)];
          const report = linkage(left, right, { columns: names });
          expect(report.combinations).toHaveLength(n + (n * (n - 1)) / 2 + (n * (n - 1) * (n - 2)) / 6);
          expect(report).toEqual(referenceLinkage(left, right, { columns: names }));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('on a few thousand rows of columns with many values (classes are regrouped, not folded)', () => {
    // Two columns of ~1500 values each over 6000 rows: classes × values passes 4 × rows after the
    // first column, so the second fold groups rows by class instead of using a lookup table.
    const rows = 6000;
    const make = (shift: number): Columns => ({
      a: Array.from({ length: rows }, (_, i) => (i * 7 + shift) % 1500),
      b: Array.from({ length: rows }, (_, i) => ((i * 13 + shift) % 1499) * 3),
      c: Array.from({ length: rows }, (_, i) => (i + shift) % 3),
    });
    const left = make(0);
    const right = make(5);
    const options = { columns: ['a', 'b', 'c'] };
    expect(linkage(left, right, options)).toEqual(referenceLinkage(left, right, options));
  });
});

describe('properties', () => {
  it('uniqueMatches ≤ matched ≤ rows; oneToOne ≤ uniqueMatches and is the same on both sides', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, right, options }) => {
        const report = linkage(left, right, options);
        for (const side of [report.left, report.right]) {
          expect(side.oneToOne).toBeLessThanOrEqual(side.uniqueMatches);
          expect(side.uniqueMatches).toBeLessThanOrEqual(side.matched);
          expect(side.matched).toBeLessThanOrEqual(side.rows);
        }
        expect(report.left.oneToOne).toBe(report.right.oneToOne);
        for (const combination of report.combinations) {
          expect(combination.oneToOne).toBeLessThanOrEqual(combination.uniqueMatches);
          expect(combination.uniqueMatches).toBeLessThanOrEqual(report.left.rows);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('swapping the tables swaps the sides', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, right, options }) => {
        const forward = linkage(left, right, options);
        const backward = linkage(right, left, options);
        expect(backward.left).toEqual(forward.right);
        expect(backward.right).toEqual(forward.left);
      }),
      { numRuns: 100 },
    );
  });

  it('the combinations hold the full set and the sets without one column, consistently with lostWithout', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, right, options }) => {
        const report = linkage(left, right, { ...options, maxCombination: undefined });
        const names = options.columns;
        if (names.length > 8) return;
        const unique = (columns: readonly string[]): number =>
          report.combinations.find((c) => c.columns.join() === columns.join())!.uniqueMatches;
        expect(report.combinations).toHaveLength(2 ** names.length - 1);
        expect(unique(names)).toBe(report.left.uniqueMatches);
        if (names.length > 1) {
          for (const name of names) expect(report.lostWithout[name]).toBe(report.left.uniqueMatches - unique(names.filter((n) => n !== name)));
        }
        for (let i = 1; i < report.combinations.length; i++) {
          const [a, b] = [report.combinations[i - 1]!, report.combinations[i]!];
          expect(a.uniqueMatches > b.uniqueMatches || (a.uniqueMatches === b.uniqueMatches && a.columns.length <= b.columns.length)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a table linked with itself: unique matches are its sample uniques, every record is matched', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ left, options }) => {
        const missing = options.missing ?? 'value';
        const encoded = encodeColumns(left, options.columns, { missing });
        const report = linkage(left, left, options);
        const uniques = encoded.rows === 0 ? 0 : anonymity(partitionRows(encoded.columns)).uniques;
        expect(report.left).toEqual({ rows: encoded.rows, dropped: encoded.dropped, uniqueMatches: uniques, oneToOne: uniques, matched: encoded.rows });
        expect(report.right).toEqual(report.left);
      }),
      { numRuns: 100 },
    );
  });

  it('is not monotone in the columns: adding a column can lower or raise unique matches', () => {
    // Lower: the one candidate disagrees on the added column. Raise: the added column splits two candidates.
    const lower = linkage([{ zip: '1', sex: 'F' }], [{ zip: '1', sex: 'M' }], { columns: ['zip', 'sex'] });
    expect(lower.combinations.find((c) => c.columns.join() === 'zip')!.uniqueMatches).toBe(1);
    expect(lower.left.uniqueMatches).toBe(0);
    expect(lower.lostWithout).toEqual({ zip: 0, sex: -1 });
    const raise = linkage([{ zip: '1', sex: 'F' }], [{ zip: '1', sex: 'M' }, { zip: '1', sex: 'F' }], { columns: ['zip', 'sex'] });
    expect(raise.combinations.find((c) => c.columns.join() === 'zip')!.uniqueMatches).toBe(0);
    expect(raise.left.uniqueMatches).toBe(1);
    expect(raise.lostWithout).toEqual({ zip: 0, sex: 1 });
  });
});

describe('worked example: a released health table linked to a voter list (after Sweeney 2002)', () => {
  // Released health records (left) and a voter list (right) share ZIP code, birth date and sex.
  const health = [
    { zip: '02138', born: '1945-07-31', sex: 'F', diagnosis: 'd1' }, // 1: one voter
    { zip: '02138', born: '1960-01-01', sex: 'M', diagnosis: 'd2' }, // 2: two voters (b, c)
    { zip: '02139', born: '1970-05-05', sex: 'F', diagnosis: 'd3' }, // 3: no voter
    { zip: '02139', born: '1980-02-02', sex: 'M', diagnosis: 'd4' }, // 4: one voter (d) ...
    { zip: '02139', born: '1980-02-02', sex: 'M', diagnosis: 'd5' }, // 5: ... shared with record 4
    { zip: '02141', born: '1990-03-03', sex: 'F', diagnosis: 'd6' }, // 6: one voter (e)
  ];
  const voters = {
    name: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    zip: ['02138', '02138', '02138', '02139', '02141', '02141', '02142'],
    born: ['1945-07-31', '1960-01-01', '1960-01-01', '1980-02-02', '1990-03-03', '1990-03-03', '1950-01-01'],
    sex: ['F', 'M', 'M', 'M', 'F', 'M', 'M'],
  };

  it('counts unique, one-to-one and any matches both ways, and ranks the combinations', () => {
    const report = linkage(health, voters, { columns: ['zip', 'born', 'sex'] });
    // Health → voters: records 1, 4, 5, 6 have one voter each; 1 and 6 are also unique among
    // health records (4 and 5 share their values); 1, 2, 4, 5, 6 have at least one voter.
    expect(report.left).toEqual({ rows: 6, dropped: 0, uniqueMatches: 4, oneToOne: 2, matched: 5 });
    // Voters → health: a, b, c, e have one health record each (b and c the same one); d has two;
    // f (sex differs) and g have none.
    expect(report.right).toEqual({ rows: 7, dropped: 0, uniqueMatches: 4, oneToOne: 2, matched: 5 });
    // By hand, health records with exactly one voter:
    //   zip: 02139 has one voter → records 3, 4, 5 → 3.   born: 1945 and 1980 once → 1, 4, 5 → 3.
    //   sex: two F voters, five M → 0.                    zip+born: 1, 4, 5 → 3.
    //   zip+sex: (02138,F), (02139,M), (02141,F) once → 1, 4, 5, 6 → 4.   born+sex: 1, 4, 5, 6 → 4.
    // oneToOne: those whose values are also unique among health records (4 and 5 never are; on
    // ZIP code alone 3, 4 and 5 share 02139, so none is).
    expect(report.combinations).toEqual([
      { columns: ['zip', 'sex'], uniqueMatches: 4, oneToOne: 2 },
      { columns: ['born', 'sex'], uniqueMatches: 4, oneToOne: 2 },
      { columns: ['zip', 'born', 'sex'], uniqueMatches: 4, oneToOne: 2 },
      { columns: ['zip'], uniqueMatches: 3, oneToOne: 0 },
      { columns: ['born'], uniqueMatches: 3, oneToOne: 1 },
      { columns: ['zip', 'born'], uniqueMatches: 3, oneToOne: 1 },
      { columns: ['sex'], uniqueMatches: 0, oneToOne: 0 },
    ]);
    // Sex drives it: without it only 3 unique matches remain; ZIP code or birth date alone can go.
    expect(report.lostWithout).toEqual({ zip: 0, born: 0, sex: 1 });
  });

  it('a smaller maxCombination lists fewer combinations but reports the full set the same', () => {
    const report = linkage(health, voters, { columns: ['zip', 'born', 'sex'], maxCombination: 1 });
    expect(report.left.uniqueMatches).toBe(4);
    expect(report.combinations.map((c) => c.columns.join('+'))).toEqual(['zip', 'born', 'sex']);
    expect(report.lostWithout).toEqual({ zip: 0, born: 0, sex: 1 });
  });

  it('missing values: one ordinary value by default, rows left out with drop', () => {
    const left = [{ zip: '02138', sex: null }, { zip: '02139', sex: 'F' }];
    const right = [{ zip: '02138', sex: '' }, { zip: '02139' }, { zip: '02139', sex: 'F' }];
    expect(linkage(left, right, { columns: ['zip', 'sex'] }).left).toEqual({ rows: 2, dropped: 0, uniqueMatches: 2, oneToOne: 2, matched: 2 });
    expect(linkage(left, right, { columns: ['zip', 'sex'], missing: 'drop' })).toMatchObject({
      left: { rows: 1, dropped: 1, uniqueMatches: 1, oneToOne: 1, matched: 1 },
      right: { rows: 1, dropped: 2, uniqueMatches: 1, oneToOne: 1, matched: 1 },
    });
  });

  it('empty tables match nothing; leaving out the only column compares every record with every other', () => {
    expect(linkage([], { zip: ['a'] }, { columns: ['zip'] })).toEqual({
      columns: ['zip'],
      left: { rows: 0, dropped: 0, uniqueMatches: 0, oneToOne: 0, matched: 0 },
      right: { rows: 1, dropped: 0, uniqueMatches: 0, oneToOne: 0, matched: 0 },
      combinations: [{ columns: ['zip'], uniqueMatches: 0, oneToOne: 0 }],
      lostWithout: { zip: 0 },
    });
    // With no column, each of the 2 left records matches the one right record: 2 unique matches.
    expect(linkage({ zip: ['a', 'b'] }, { zip: ['a'] }, { columns: ['zip'] }).lostWithout).toEqual({ zip: 1 - 2 });
  });
});

describe('errors', () => {
  const table = [{ zip: 'a', sex: 'F' }];

  it('refuses bad column lists, naming the column', () => {
    expect(errorOf(() => linkage(table, table, { columns: [] }))).toMatchObject({ code: 'OPTION_INVALID', option: 'columns' });
    expect(errorOf(() => linkage(table, table, { columns: ['zip', 'zip'] }))).toMatchObject({ code: 'OPTION_INVALID', field: 'zip' });
    expect(errorOf(() => linkage(table, table, { columns: 'zip' as unknown as string[] }))).toMatchObject({ code: 'OPTION_INVALID', option: 'columns' });
    const unknown = errorOf(() => linkage({ zip: ['a'], sex: ['F'], born: [1] }, { zip: ['a'] }, { columns: ['zip', 'sex', 'born'] }));
    expect(unknown).toMatchObject({ code: 'OPTION_INVALID', field: 'sex' });
    expect(unknown.message).toContain('right table: unknown columns sex, born');
    const wide = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`c${i}`, [1]]));
    expect(errorOf(() => linkage(wide, wide, { columns: Object.keys(wide) }))).toMatchObject({ code: 'OPTION_INVALID', option: 'columns' });
  });

  it('refuses a bad maxCombination or missing option', () => {
    for (const maxCombination of [0, 3, 1.5, Number.NaN, '2' as unknown as number]) {
      expect(errorOf(() => linkage(table, table, { columns: ['zip', 'sex'], maxCombination }))).toMatchObject({ code: 'OPTION_INVALID', option: 'maxCombination' });
    }
    expect(errorOf(() => linkage(table, table, { columns: ['zip'], missing: 'any' as 'value' }))).toMatchObject({ code: 'OPTION_INVALID', option: 'missing' });
    expect(() => linkage(table, table, null as unknown as LinkageOptions)).toThrow(OptionInvalidError);
  });

  it('refuses malformed tables and object values without echoing them', () => {
    expect(() => linkage({ zip: ['a', 'b'], sex: ['F'] }, table, { columns: ['zip', 'sex'] })).toThrow(InputInvalidError);
    const error = errorOf(() => linkage(table, [{ zip: 'a', sex: ['S3CR3T'] }], { columns: ['zip', 'sex'] }));
    expect(error).toMatchObject({ code: 'INPUT_INVALID', field: 'sex', row: 1 });
    expect(error.message).not.toContain('S3CR3T');
  });
});

describe('a million records on each side', () => {
  it('links 1M × 1M records on 4 columns (all 15 combinations)', () => {
    // Left record i has a = i mod 1000, b = ⌊i/1000⌋ mod 1000, c = i mod 7, d = i mod 2: (a, b)
    // identifies i. Right record j carries the values of i = j mod 750 000, so left records below
    // 250 000 have two right matches, those up to 750 000 one, the rest none.
    const rows = 1_000_000;
    const make = (index: (row: number) => number): Record<string, Int32Array> => {
      const columns = { a: new Int32Array(rows), b: new Int32Array(rows), c: new Int32Array(rows), d: new Int32Array(rows) };
      for (let row = 0; row < rows; row++) {
        const i = index(row);
        columns.a[row] = i % 1000;
        columns.b[row] = Math.floor(i / 1000) % 1000;
        columns.c[row] = i % 7;
        columns.d[row] = i % 2;
      }
      return columns;
    };
    const toArrays = (columns: Record<string, Int32Array>): Columns => Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, Array.from(v)]));
    const left = toArrays(make((row) => row));
    const right = toArrays(make((row) => row % 750_000));
    const report = linkage(left, right, { columns: ['a', 'b', 'c', 'd'] });
    expect(report.left).toEqual({ rows, dropped: 0, uniqueMatches: 500_000, oneToOne: 500_000, matched: 750_000 });
    expect(report.right).toEqual({ rows, dropped: 0, uniqueMatches: rows, oneToOne: 500_000, matched: rows });
    expect(report.combinations).toHaveLength(15);
    expect(report.combinations.find((c) => c.columns.join() === 'a,b')!.uniqueMatches).toBe(500_000);
    // c and d alone have 7 and 2 values: nobody is unique on them.
    expect(report.combinations.find((c) => c.columns.join() === 'c,d')!.uniqueMatches).toBe(0);
    expect(report.lostWithout.c).toBe(0);
    expect(report.lostWithout.d).toBe(0);
  });
});
