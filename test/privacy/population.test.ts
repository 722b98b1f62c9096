import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputInvalidError, OptionInvalidError } from '../../src/errors.js';
import { partitionRows } from '../../src/privacy/classes.js';
import { encodeColumns } from '../../src/privacy/encode.js';
import { checkTable, prosecutorRisk } from '../../src/privacy/metrics.js';
import { populationRisk, sampleOnlyRisk, type PopulationRisk, type PopulationRiskOptions } from '../../src/privacy/population.js';
import { referencePopulationRisk } from './two-table-reference.js';
import { expectClose as expectCloseWithin } from '../helpers/close.js';

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

const expectClose = (actual: unknown, expected: unknown): void => expectCloseWithin(actual, expected, 1e-12);

const toColumns = (records: Records, names: readonly string[]): Columns =>
  Object.fromEntries(names.map((name) => [name, records.map((record) => record[name])]));

const universe: unknown[] = ['a', 'b', 'c', 1, '1', 2, 0, true, null, '', undefined, 'd'];

/**
 * A random sample and a population holding it: the population is the sample's records plus extra
 * ones, shuffled; sometimes one population record is removed, which may leave a sample record
 * without enough population records (then both implementations must refuse the same row).
 */
const arbitraryCase = fc
  .record({
    columns: fc.integer({ min: 1, max: 3 }),
    cardinalities: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
    offsets: fc.array(fc.nat({ max: universe.length - 1 }), { minLength: 3, maxLength: 3 }),
    sampleRows: fc.integer({ min: 0, max: 20 }),
    extraRows: fc.integer({ min: 0, max: 30 }),
    seed: fc.array(fc.nat(), { minLength: 61, maxLength: 61 }),
    shuffle: fc.array(fc.nat(), { minLength: 50, maxLength: 50 }),
    removeOne: fc.option(fc.nat(), { nil: undefined }),
    sampleForm: fc.constantFrom('records', 'columns'),
    populationForm: fc.constantFrom('records', 'columns'),
    missing: fc.constantFrom(undefined, 'value' as const, 'drop' as const),
    riskThreshold: fc.constantFrom(undefined, 0, 0.1, 0.2, 1 / 3, 0.5, 1),
  })
  .map((c) => {
    const names = Array.from({ length: c.columns }, (_, i) => `q${i}`);
    let next = 0;
    const record = (): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      names.forEach((name, i) => {
        const pick = c.seed[next++ % c.seed.length]! + next;
        out[name] = universe[(c.offsets[i]! + (pick % c.cardinalities[i]!)) % universe.length];
      });
      return out;
    };
    const sample = Array.from({ length: c.sampleRows }, record);
    const population = [...sample.map((r) => ({ ...r })), ...Array.from({ length: c.extraRows }, record)];
    for (let i = population.length - 1; i > 0; i--) {
      const j = c.shuffle[i % c.shuffle.length]! % (i + 1);
      [population[i], population[j]] = [population[j]!, population[i]!];
    }
    if (c.removeOne !== undefined && population.length > 0) population.splice(c.removeOne % population.length, 1);
    const options: PopulationRiskOptions = { quasiIdentifiers: names };
    if (c.missing !== undefined) options.missing = c.missing;
    if (c.riskThreshold !== undefined) options.riskThreshold = c.riskThreshold;
    return {
      sample: c.sampleForm === 'columns' ? toColumns(sample, names) : sample,
      population: c.populationForm === 'columns' ? toColumns(population, names) : population,
      options,
    };
  });

describe('populationRisk equals the reference implementation', () => {
  it('on random small tables, refusing the same row when the population lacks records', () => {
    let refused = 0;
    fc.assert(
      fc.property(arbitraryCase, ({ sample, population, options }) => {
        const expected = referencePopulationRisk(sample, population, options);
        if ('refusedRow' in expected) {
          refused++;
          const error = errorOf(() => populationRisk(sample, population, options));
          expect(error).toBeInstanceOf(InputInvalidError);
          expect(error.row).toBe(expected.refusedRow);
          return;
        }
        expectClose(populationRisk(sample, population, options), expected);
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(0); // the refusal path was exercised
  });

  it('on a sample of 3 000 from a population of 20 000', () => {
    const population = {
      zip: Array.from({ length: 20_000 }, (_, i) => `0213${(i * 7) % 10}`),
      age: Array.from({ length: 20_000 }, (_, i) => 18 + ((i * 13) % 70)),
      sex: Array.from({ length: 20_000 }, (_, i) => ((i * 31) % 5 === 0 ? null : (i * 3) % 2 === 0 ? 'F' : 'M')),
    };
    const picked = Array.from({ length: 3000 }, (_, i) => (i * 6151) % 20_000);
    const sample = Object.fromEntries(Object.entries(population).map(([name, values]) => [name, picked.map((i) => values[i])]));
    for (const missing of ['value', 'drop'] as const) {
      const options = { quasiIdentifiers: ['zip', 'age', 'sex'], missing };
      expectClose(populationRisk(sample, population, options), referencePopulationRisk(sample, population, options));
    }
  });
});

describe('properties', () => {
  const valid = arbitraryCase.filter(({ sample, population, options }) => !('refusedRow' in referencePopulationRisk(sample, population, options)));

  it('with the sample as its own population it is ARX\'s sample-only risk: journalist = prosecutor, marketer = classes/rows', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ sample, options }) => {
        const encoded = encodeColumns(sample, options.quasiIdentifiers, { missing: options.missing ?? 'value' });
        const threshold = options.riskThreshold ?? 0.2;
        const self = populationRisk(sample, sample, options);
        if (encoded.rows === 0) {
          expect(self).toEqual({ journalist: { max: 0, avg: 0, recordsAtRisk: 0 }, marketer: { avg: 0 } });
          return;
        }
        const partition = partitionRows(encoded.columns);
        const alone = sampleOnlyRisk(partition, threshold);
        expectClose(self, alone);
        expect(alone.journalist).toEqual({ ...prosecutorRisk(partition, threshold) });
        expect(alone.marketer.avg).toBe(partition.classes / partition.rows);
        const report = checkTable(sample, { quasiIdentifiers: options.quasiIdentifiers, missing: options.missing ?? 'value', riskThreshold: threshold });
        expect(alone.journalist).toEqual(report.risk.prosecutor);
      }),
      { numRuns: 150 },
    );
  });

  it('prosecutor ≥ journalist ≥ marketer (a larger population only lowers the risk)', () => {
    fc.assert(
      fc.property(valid, ({ sample, population, options }) => {
        const risk = populationRisk(sample, population, options);
        const encoded = encodeColumns(sample, options.quasiIdentifiers, { missing: options.missing ?? 'value' });
        if (encoded.rows === 0) return;
        const prosecutor = prosecutorRisk(partitionRows(encoded.columns), options.riskThreshold ?? 0.2);
        expect(risk.journalist.max).toBeLessThanOrEqual(prosecutor.max);
        expect(risk.journalist.avg).toBeLessThanOrEqual(prosecutor.avg + 1e-15);
        expect(risk.journalist.recordsAtRisk).toBeLessThanOrEqual(prosecutor.recordsAtRisk);
        expect(risk.marketer.avg).toBeLessThanOrEqual(risk.journalist.avg);
        expect(risk.journalist.avg).toBeLessThanOrEqual(risk.journalist.max * (1 + 1e-15)); // (f/F)/f may round above 1/F
        expect(risk.marketer.avg).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('worked examples', () => {
  /** `count` records with the given values. */
  const repeat = (count: number, record: Record<string, unknown>): Records => Array.from({ length: count }, () => ({ ...record }));

  it('population classes of 10, 4 and 2 (and 5 outside the sample); the sample holds 3, 1 and 2', () => {
    // n = 6 sample records in J = 3 classes, population sizes F = 10, 4, 2.
    //   max = 1/min F = 1/2.
    //   at risk (1/F > 0.2, so F < 5): the classes of 4 and 2 → 1 + 2 = 3 records (ARX: 3/6 = 0.5).
    //   J/ΣF = 3/16 = 0.1875;  (1/n)·Σ f/F = (3/10 + 1/4 + 2/2)/6 = 1.55/6 ≈ 0.2583;  avg = the larger.
    //   marketer = 1.55/6.
    const population = [
      ...repeat(10, { zip: '02138', age: '30-39' }),
      ...repeat(4, { zip: '02139', age: '30-39' }),
      ...repeat(2, { zip: '02139', age: '80+' }),
      ...repeat(5, { zip: '02141', age: '40-49' }),
    ];
    const sample = [
      ...repeat(3, { zip: '02138', age: '30-39' }),
      ...repeat(1, { zip: '02139', age: '30-39' }),
      ...repeat(2, { zip: '02139', age: '80+' }),
    ];
    const risk = populationRisk(sample, population, { quasiIdentifiers: ['zip', 'age'] });
    expect(risk.journalist.max).toBe(0.5);
    expect(risk.journalist.recordsAtRisk).toBe(3);
    expect(risk.journalist.avg).toBeCloseTo(1.55 / 6, 14);
    expect(risk.marketer.avg).toBeCloseTo(1.55 / 6, 14);
    // At a threshold of 0.25 the class of 4 is no longer at risk (1/4 is not above 0.25).
    expect(populationRisk(sample, population, { quasiIdentifiers: ['zip', 'age'], riskThreshold: 0.25 }).journalist.recordsAtRisk).toBe(2);
    // From the sample alone (ARX without a population): classes 3, 1, 2 → max 1, avg = marketer = 3/6, all 6 at risk.
    const alone = sampleOnlyRisk(partitionRows(encodeColumns(sample, ['zip', 'age']).columns));
    expect(alone).toEqual({ journalist: { max: 1, avg: 0.5, recordsAtRisk: 6 }, marketer: { avg: 0.5 } });
  });

  it('where J/ΣF is the larger average: a fully sampled class of 100 and one record of a class of 2', () => {
    // J/ΣF = 2/102 ≈ 0.0196 > (1/n)·Σ f/F = (100/100 + 1/2)/101 ≈ 0.0149 = marketer.
    const population = [...repeat(100, { zip: 'a' }), ...repeat(2, { zip: 'b' })];
    const sample = [...repeat(100, { zip: 'a' }), ...repeat(1, { zip: 'b' })];
    const risk: PopulationRisk = populationRisk(sample, population, { quasiIdentifiers: ['zip'] });
    expect(risk.journalist.max).toBe(0.5);
    expect(risk.journalist.recordsAtRisk).toBe(1);
    expect(risk.journalist.avg).toBeCloseTo(2 / 102, 15);
    expect(risk.marketer.avg).toBeCloseTo(1.5 / 101, 15);
  });

  it('missing values: one ordinary value, or rows left out of both tables with drop', () => {
    const population = { zip: ['a', 'a', null, '', 'b'], sex: ['F', 'F', 'M', 'M', undefined] };
    const sample = [{ zip: 'a', sex: 'F' }, { zip: null, sex: 'M' }, { zip: 'b' }];
    // value: classes (a,F) 1 of 2, (null,M) 1 of 2, (b,null) 1 of 1 → max 1; all 3 at risk; J/ΣF = 3/5;
    // Σ f/F / n = (1/2 + 1/2 + 1)/3 = 2/3 → avg 2/3.
    const value = populationRisk(sample, population, { quasiIdentifiers: ['zip', 'sex'] });
    expect(value.journalist).toEqual({ max: 1, avg: 2 / 3, recordsAtRisk: 3 });
    // drop: only (a,F) remains, 1 of 2 → max 1/2, avg max(1/2, 1/2).
    const dropped = populationRisk(sample, population, { quasiIdentifiers: ['zip', 'sex'], missing: 'drop' });
    expect(dropped).toEqual({ journalist: { max: 0.5, avg: 0.5, recordsAtRisk: 1 }, marketer: { avg: 0.5 } });
  });

  it('an empty sample has no risk, as in ARX', () => {
    expect(populationRisk([], { zip: ['a'] }, { quasiIdentifiers: ['zip'] })).toEqual({ journalist: { max: 0, avg: 0, recordsAtRisk: 0 }, marketer: { avg: 0 } });
    expect(sampleOnlyRisk(partitionRows(encodeColumns({ zip: [] }, ['zip']).columns))).toEqual({
      journalist: { max: 0, avg: 0, recordsAtRisk: 0 },
      marketer: { avg: 0 },
    });
  });
});

describe('errors', () => {
  it('refuses a sample record the population lacks, naming its row and never its values', () => {
    const population = { zip: ['02138', '02139'], ssn: ['x', 'y'] };
    const sample = [{ zip: '02138' }, { zip: 'S3CR3T' }];
    const error = errorOf(() => populationRisk(sample, population, { quasiIdentifiers: ['zip'] }));
    expect(error).toBeInstanceOf(InputInvalidError);
    expect(error.row).toBe(2);
    expect(error.message).toMatch(/^sample row 2: /);
    expect(error.message).not.toContain('S3CR3T');
    // More sample records than population records with these values: the first of them is named.
    const twice = errorOf(() => populationRisk({ zip: ['02139', '02138', '02138'] }, population, { quasiIdentifiers: ['zip'] }));
    expect(twice.row).toBe(2);
  });

  it('numbers rows as the caller does when missing values are dropped', () => {
    const sample = { zip: [null, '', 'a', 'b'] };
    const error = errorOf(() => populationRisk(sample, { zip: ['a'] }, { quasiIdentifiers: ['zip'], missing: 'drop' }));
    expect(error.row).toBe(4);
    // Kept rows 1, 3 and 4; the class of 'a' (rows 3 and 4) has one population record: row 3 is named.
    const records = [{ zip: 'b' }, {}, { zip: 'a' }, { zip: 'a' }];
    expect(errorOf(() => populationRisk(records, { zip: ['a', 'b'] }, { quasiIdentifiers: ['zip'], missing: 'drop' })).row).toBe(3);
  });

  it('refuses bad options, naming the option or column', () => {
    const table = { zip: ['a'], sex: ['F'] };
    expect(errorOf(() => populationRisk(table, table, { quasiIdentifiers: [] }))).toMatchObject({ code: 'OPTION_INVALID', option: 'quasiIdentifiers' });
    expect(errorOf(() => populationRisk(table, table, { quasiIdentifiers: ['zip', 'zip'] }))).toMatchObject({ code: 'OPTION_INVALID', field: 'zip' });
    for (const riskThreshold of [-0.1, 1.5, Number.NaN, '0.2' as unknown as number]) {
      expect(errorOf(() => populationRisk(table, table, { quasiIdentifiers: ['zip'], riskThreshold }))).toMatchObject({ code: 'OPTION_INVALID', option: 'riskThreshold' });
    }
    expect(errorOf(() => populationRisk(table, table, { quasiIdentifiers: ['zip'], missing: 'any' as 'drop' }))).toMatchObject({ option: 'missing' });
    const unknown = errorOf(() => populationRisk(table, { zip: ['a'] }, { quasiIdentifiers: ['zip', 'sex'] }));
    expect(unknown).toBeInstanceOf(OptionInvalidError);
    expect(unknown).toMatchObject({ field: 'sex' });
    expect(unknown.message).toMatch(/^population: unknown column sex$/);
    expect(() => populationRisk(table, table, undefined as unknown as PopulationRiskOptions)).toThrow(OptionInvalidError);
    expect(() => sampleOnlyRisk(partitionRows(encodeColumns(table, ['zip']).columns), 2)).toThrow(OptionInvalidError);
  });

  it('refuses object values, naming the table, column and row', () => {
    const error = errorOf(() => populationRisk({ zip: ['a'] }, [{ zip: 'a' }, { zip: ['S3CR3T'] }], { quasiIdentifiers: ['zip'] }));
    expect(error).toMatchObject({ code: 'INPUT_INVALID', field: 'zip', row: 2 });
    expect(error.message).toMatch(/^population: /);
    expect(error.message).not.toContain('S3CR3T');
  });
});
