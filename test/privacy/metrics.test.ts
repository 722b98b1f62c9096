import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { checkTable, encodeColumns, partitionRows, type CheckOptions } from '../../src/privacy/index.js';
import { referenceCheck } from './reference.js';
import { expectClose } from '../helpers/close.js';


function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('encodeColumns', () => {
  it('codes values in first-seen order, missing as one value', () => {
    const { rows, dropped, columns } = encodeColumns([{ a: 'x' }, { a: null }, { a: 'y' }, { a: '' }, {}, { a: 'x' }], ['a']);
    expect(rows).toBe(6);
    expect(dropped).toBe(0);
    expect([...columns[0]!.codes]).toEqual([0, 1, 2, 1, 1, 0]);
    expect(columns[0]!.dictionary).toEqual(['x', null, 'y']);
    expect(columns[0]!.missingCode).toBe(1);
  });

  it('drops rows missing any encoded column', () => {
    const { rows, dropped, columns } = encodeColumns({ a: ['x', 'y', null, 'x'], b: [1, '', 2, 3] }, ['a', 'b'], { missing: 'drop' });
    expect(rows).toBe(2);
    expect(dropped).toBe(2);
    expect([...columns[0]!.codes]).toEqual([0, 0]);
    expect(columns[1]!.dictionary).toEqual([1, 3]);
    expect(columns[1]!.missingCode).toBe(-1);
  });

  it('tells 1 from "1"', () => {
    expect(encodeColumns({ a: [1, '1', 1] }, ['a']).columns[0]!.dictionary).toEqual([1, '1']);
  });

  it('refuses objects as values without echoing them', () => {
    const error = errorOf(() => encodeColumns([{ a: 'x' }, { a: { secret: 'S3CR3T' } }], ['a']));
    expect(error).toBeInstanceOf(InputInvalidError);
    expect(error).toMatchObject({ field: 'a', row: 2 });
    expect(String((error as Error).message)).not.toContain('S3CR3T');
  });
});

describe('partitionRows', () => {
  it('numbers classes by first row', () => {
    const { columns } = encodeColumns({ a: ['x', 'y', 'x', 'y'], b: [1, 1, 1, 2] }, ['a', 'b']);
    const partition = partitionRows(columns);
    expect(partition.classes).toBe(3);
    expect([...partition.classOfRow]).toEqual([0, 1, 0, 2]);
    expect([...partition.sizes]).toEqual([2, 1, 1]);
  });

  it('renumbers when keys would pass 2^31 (8 columns of 300 values)', () => {
    const rows = 3000;
    const table: Record<string, number[]> = {};
    for (let c = 0; c < 8; c++) table[`c${c}`] = Array.from({ length: rows }, (_, i) => ((i * (c + 7)) % 300) + (i % 2 === 0 ? 0 : 300 * (c % 2)));
    const names = Object.keys(table);
    const partition = partitionRows(encodeColumns(table, names).columns);
    const keys = Array.from({ length: rows }, (_, i) => JSON.stringify(names.map((n) => table[n]![i])));
    expect(partition.classes).toBe(new Set(keys).size);
    for (let i = 1; i < rows; i++) expect(partition.classOfRow[i] === partition.classOfRow[0]).toBe(keys[i] === keys[0]);
  });

  it('combines through a Map when rows × values passes 2^31', () => {
    const rows = 50_000;
    const a = Array.from({ length: rows }, (_, i) => i);
    const b = Array.from({ length: rows }, (_, i) => (i * 7919) % rows);
    const c = Array.from({ length: rows }, (_, i) => i % 3);
    const partition = partitionRows(encodeColumns({ a, b, c }, ['c', 'a', 'b']).columns);
    expect(partition.classes).toBe(rows);
    const partition2 = partitionRows(encodeColumns({ c, d: c.map((x) => x * 2) }, ['c', 'd']).columns);
    expect([...partition2.sizes]).toEqual([16667, 16667, 16666]);
  });

  it('refuses no columns', () => {
    expect(() => partitionRows([])).toThrow(OptionInvalidError);
  });
});

describe('checkTable equals the reference implementation', () => {
  const qiPools: unknown[][] = [['a'], ['a', 'b'], ['a', 'b', null], ['1', 2, 'x', ''], [true, false]];
  const sensitivePools: unknown[][] = [
    ['flu', 'cold', 'cancer', 'hiv'],
    ['flu', null, ''],
    [1, 2, '2', 3.5, 10],
    [3000, 4000, 5000, null],
    ['7', ' 8 ', 9],
    [null],
  ];
  const arbitraryCase = fc
    .record({
      rows: fc.integer({ min: 1, max: 40 }),
      qiPools: fc.array(fc.constantFrom(...qiPools), { minLength: 1, maxLength: 3 }),
      sensitivePools: fc.array(fc.constantFrom(...sensitivePools), { minLength: 1, maxLength: 2 }),
      seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
      asColumns: fc.boolean(),
      missing: fc.constantFrom('value' as const, 'drop' as const, 'wildcard' as const),
      riskThreshold: fc.constantFrom(undefined, 0, 0.2, 1 / 3, 0.5, 1),
      forceOrder: fc.array(fc.constantFrom(undefined, false, true), { minLength: 2, maxLength: 2 }),
      thresholds: fc.option(
        fc.record({ k: fc.integer({ min: 1, max: 4 }), l: fc.integer({ min: 1, max: 3 }), t: fc.constantFrom(0, 0.1, 0.25, 0.5, 1) }, { requiredKeys: [] }),
        { nil: undefined },
      ),
      limit: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      includeSensitive: fc.boolean(),
    })
    .map((c) => {
      const qi = c.qiPools.map((_, i) => `q${i}`);
      const sensitive = c.sensitivePools.map((_, i) => `s${i}`);
      let next = 0;
      const pick = (pool: unknown[]): unknown => pool[c.seed[next++ % c.seed.length]! % pool.length];
      const records = Array.from({ length: c.rows }, () => {
        const record: Record<string, unknown> = {};
        c.qiPools.forEach((pool, i) => (record[`q${i}`] = pick(pool)));
        c.sensitivePools.forEach((pool, i) => (record[`s${i}`] = pick(pool)));
        return record;
      });
      const ordered: Record<string, boolean> = {};
      c.sensitivePools.forEach((pool, i) => {
        const force = c.forceOrder[i];
        const numeric = pool.every((v) => v === null || v === '' || typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))));
        if (force === false || (force === true && numeric)) ordered[`s${i}`] = force;
      });
      const table = c.asColumns
        ? Object.fromEntries([...qi, ...sensitive].map((name) => [name, records.map((r) => r[name])]))
        : records;
      const options: CheckOptions = { quasiIdentifiers: qi, sensitive, missing: c.missing, ordered };
      if (c.riskThreshold !== undefined) options.riskThreshold = c.riskThreshold;
      if (c.thresholds !== undefined) {
        options.thresholds = c.thresholds;
        options.violations = { includeSensitive: c.includeSensitive };
        if (c.limit !== undefined) options.violations.limit = c.limit;
      }
      return { table, options };
    });

  it('on random small tables', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ table, options }) => {
        let expected;
        try {
          expected = referenceCheck(table, options);
        } catch {
          expect(() => checkTable(table, options)).toThrow(InputInvalidError); // no rows left
          return;
        }
        expectClose(checkTable(table, options), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('on classes holding many distinct values (the sorted paths)', () => {
    const arbitraryWide = fc.record({
      qi: fc.array(fc.constantFrom('a', 'b'), { minLength: 40, maxLength: 250 }),
      values: fc.array(fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }).map(String)), { minLength: 250, maxLength: 250 }),
      ordered: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryWide, ({ qi, values, ordered }) => {
        const table = { q: qi, s: values.slice(0, qi.length) };
        const options: CheckOptions = { quasiIdentifiers: ['q'], sensitive: ['s'], ordered: { s: ordered } };
        expectClose(checkTable(table, options), referenceCheck(table, options));
      }),
      { numRuns: 100 },
    );
  });
});

describe('worked examples', () => {
  // Three classes of four on ZIP; disease is categorical (equal distance).
  //   130**: flu flu flu cancer        counts [3,1]
  //   148**: flu cancer heart heart    counts [2,1,1]
  //   149**: cancer heart flu gastritis counts [1,1,1,1]
  // k = 4, classes 3, uniques 0; risk max 1/4, avg 3/12, all 12 rows at risk (1/4 > 0.2).
  // lDistinct = 2 (130**). Entropy of 130**: −(¾ln¾ + ¼ln¼), the lowest, so
  //   lEntropy = exp(that) = (4/3)^¾ · 4^¼ = 4 / 3^¾ ≈ 1.7548 (not floored to 1).
  // Recursive at l = 2: 130**: 3 < c·1 → c = 4; 148**: 2 < c·(1+1) → c = 2; 149**: 1 < c·3 → c = 1; so c = 4.
  // Table distribution flu 5, cancer 3, heart 3, gastritis 1 (of 12). Equal distance ½Σ|p−q| (in twelfths):
  //   130**: ½(|9−5| + |3−3| + |0−3| + |0−1|)/12 = 1/3; 148**: ½(2+0+3+1)/12 = 1/4; 149**: ½(2+0+0+2)/12 = 1/6.
  //   t = 1/3.
  const hospital = [
    ...['flu', 'flu', 'flu', 'cancer'].map((disease) => ({ zip: '130**', disease })),
    ...['flu', 'cancer', 'heart', 'heart'].map((disease) => ({ zip: '148**', disease })),
    ...['cancer', 'heart', 'flu', 'gastritis'].map((disease) => ({ zip: '149**', disease })),
  ];

  it('hand-computed k, l, entropy l, c and t', () => {
    const report = checkTable(hospital, { quasiIdentifiers: ['zip'], sensitive: ['disease'] });
    expect(report).toMatchObject({ rows: 12, classes: 3, uniques: 0, k: 4 });
    expect(report.risk.prosecutor).toEqual({ max: 0.25, avg: 0.25, recordsAtRisk: 12 });
    const disease = report.sensitive.disease!;
    expect(disease.lDistinct).toBe(2);
    expect(disease.lEntropy).toBeCloseTo(4 / 3 ** 0.75, 12);
    expect(disease.recursive).toEqual({ l: 2, c: 4 });
    expect(disease.tCloseness).toBeCloseTo(1 / 3, 12);
    expect(disease.tDistance).toBe('equal');
    // A threshold of 0.25 puts no row at risk: 1/4 is not above it.
    expect(checkTable(hospital, { quasiIdentifiers: ['zip'], riskThreshold: 0.25 }).risk.prosecutor.recordsAtRisk).toBe(0);
  });

  it('recursive c is null when l = 1, and uniques count classes of one', () => {
    const report = checkTable({ zip: ['a', 'a', 'b'], disease: ['flu', 'flu', 'cold'] }, { quasiIdentifiers: ['zip'], sensitive: ['disease'] });
    expect(report).toMatchObject({ classes: 2, uniques: 1, k: 1 });
    // Both classes are at risk: 1/2 and 1/1 are above 0.2.
    expect(report.risk.prosecutor).toEqual({ max: 1, avg: 2 / 3, recordsAtRisk: 3 });
    expect(report.sensitive.disease).toMatchObject({ lDistinct: 1, lEntropy: 1, recursive: { l: 1, c: null } });
  });

  // Li, Li, Venkatasubramanian 2007, section 4: salaries 3k..11k, one each (q = 1/9 per value, m = 9).
  // {3k,4k,5k}: p−q = 2/9,2/9,2/9,−1/9×6; cumulative (ninths) 2,4,6,5,4,3,2,1,0 → Σ = 27/9 = 3; /8 = 0.375.
  // {6k,8k,11k}: p−q (ninths) −1,−1,−1,+2,−1,+2,−1,−1,+2; cumulative −1,−2,−3,−1,−2,0,−1,−2,0 → 12/9; /8 = 1/6.
  // {7k,9k,10k}: cumulative −1,−2,−3,−4,−2,−3,−1,1,0 → 17/9; /8 = 17/72 ≈ 0.236.
  const salaries = [3, 4, 5, 6, 7, 8, 9, 10, 11].map((s) => s * 1000);
  const group = (salary: number): string => ([3000, 4000, 5000].includes(salary) ? 'A' : [6000, 8000, 11000].includes(salary) ? 'B' : 'C');

  it('ordered distance: t = 0.375 for the paper\'s three classes', () => {
    const report = checkTable({ zip: salaries.map(group), salary: salaries }, { quasiIdentifiers: ['zip'], sensitive: ['salary'] });
    expect(report.sensitive.salary!.tDistance).toBe('ordered');
    expect(report.sensitive.salary!.tCloseness).toBeCloseTo(0.375, 12);
  });

  it('ordered distance: {6k,8k,11k} is 1/6 from the table', () => {
    // Classes {6k,8k,11k} and the other six; the other six are at distance (cumulative in 18ths
    // 1,2,3,1,2,0,1,2,0 → 12/18)/8 = 1/12, so the maximum is the class's own 1/6.
    const zip = salaries.map((s) => (group(s) === 'B' ? 'B' : 'other'));
    const report = checkTable({ zip, salary: salaries.map(String) }, { quasiIdentifiers: ['zip'], sensitive: ['salary'] });
    expect(report.sensitive.salary!.tCloseness).toBeCloseTo(1 / 6, 12);
  });

  it('equal distance when ordering is turned off: every class is 2/3 away', () => {
    // ½(3·|1/3 − 1/9| + 6·1/9) = ½(6/9 + 6/9) = 2/3.
    const report = checkTable(
      { zip: salaries.map(group), salary: salaries },
      { quasiIdentifiers: ['zip'], sensitive: ['salary'], ordered: { salary: false } },
    );
    expect(report.sensitive.salary).toMatchObject({ tDistance: 'equal' });
    expect(report.sensitive.salary!.tCloseness).toBeCloseTo(2 / 3, 12);
  });
});

describe('uniqueness drivers and wildcard missing values in checkTable', () => {
  it('names the quasi-identifier whose removal ends most uniqueness', () => {
    const table = { zip: ['a', 'a', 'b', 'b'], sex: ['F', 'M', 'F', 'F'] };
    expect(checkTable(table, { quasiIdentifiers: ['zip', 'sex'], drivers: true }).uniquenessDrivers).toEqual([
      { column: 'sex', uniquesWithout: 0, uniquesLost: 2 },
      { column: 'zip', uniquesWithout: 1, uniquesLost: 1 },
    ]);
    expect(checkTable(table, { quasiIdentifiers: ['zip', 'sex'] })).not.toHaveProperty('uniquenessDrivers');
  });

  it('a missing ZIP hides a row among every row sharing its other values', () => {
    const table = { zip: ['10001', '', '10002'], sex: ['F', 'F', 'F'], status: ['x', 'y', 'z'] };
    const value = checkTable(table, { quasiIdentifiers: ['zip', 'sex'], sensitive: ['status'] });
    const wildcard = checkTable(table, { quasiIdentifiers: ['zip', 'sex'], sensitive: ['status'], missing: 'wildcard' });
    expect([value.k, value.uniques]).toEqual([1, 3]);
    expect([wildcard.k, wildcard.uniques, wildcard.classes]).toEqual([2, 0, 3]);
    expect(wildcard.risk.prosecutor).toEqual({ max: 0.5, avg: (1 / 2 + 1 / 3 + 1 / 2) / 3, recordsAtRisk: 3 });
    expect(wildcard.sensitive.status!.lDistinct).toBe(2);
  });
});

describe('errors', () => {
  const table = [{ zip: 'a', age: 1, disease: 'flu' }];
  const fields = (run: () => unknown) => errorOf(run) as OptionInvalidError;

  it('refuses an unknown column, naming it', () => {
    for (const t of [table, { zip: ['a'], disease: ['flu'] }]) {
      const error = fields(() => checkTable(t, { quasiIdentifiers: ['zip', 'town'] }));
      expect(error).toBeInstanceOf(OptionInvalidError);
      expect(error.field).toBe('town');
      expect(fields(() => checkTable(t, { quasiIdentifiers: ['zip'], sensitive: ['diagnosis'] })).field).toBe('diagnosis');
    }
  });

  it('refuses an empty quasi-identifier list', () => {
    expect(fields(() => checkTable(table, { quasiIdentifiers: [] }))).toMatchObject({ code: 'OPTION_INVALID', option: 'quasiIdentifiers' });
  });

  it('refuses a sensitive column that is also a quasi-identifier', () => {
    const error = fields(() => checkTable(table, { quasiIdentifiers: ['zip', 'disease'], sensitive: ['disease'] }));
    expect(error).toBeInstanceOf(OptionInvalidError);
    expect(error.field).toBe('disease');
  });

  it('refuses bad options', () => {
    expect(() => checkTable(table, { quasiIdentifiers: ['zip', 'zip'] })).toThrow(OptionInvalidError);
    expect(() => checkTable(table, { quasiIdentifiers: ['zip'], missing: 'any' as 'value' })).toThrow(OptionInvalidError);
    expect(() => checkTable(table, { quasiIdentifiers: ['zip'], riskThreshold: 2 })).toThrow(OptionInvalidError);
    expect(() => checkTable(table, { quasiIdentifiers: ['zip'], riskThreshold: Number.NaN })).toThrow(OptionInvalidError);
    expect(fields(() => checkTable(table, { quasiIdentifiers: ['zip'], sensitive: ['age'], ordered: { disease: true } })).field).toBe('disease');
    expect(fields(() => checkTable(table, { quasiIdentifiers: ['zip'], sensitive: ['disease'], ordered: { disease: true } })).field).toBe('disease');
  });

  it('refuses a malformed table and a table with no rows left', () => {
    expect(() => checkTable({ zip: ['a', 'b'], age: [1] }, { quasiIdentifiers: ['zip', 'age'] })).toThrow(InputInvalidError);
    expect(() => checkTable([{ zip: 'a' }, 'row' as unknown as Record<string, unknown>], { quasiIdentifiers: ['zip'] })).toThrow(InputInvalidError);
    expect(() => checkTable([], { quasiIdentifiers: ['zip'] })).toThrow(InputInvalidError);
    expect(() => checkTable([{ zip: null }], { quasiIdentifiers: ['zip'], missing: 'drop' })).toThrow(InputInvalidError);
  });
});
