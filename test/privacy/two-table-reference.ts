/**
 * A slow, obviously correct reference for the two-table checks (linkage, population risk): rows as
 * plain tuples of values, equal values found through a Map keyed by a JSON string of the tuple,
 * every figure straight from its definition. The fast code in src/privacy must agree with it.
 */
import type { LinkageReport } from '../../src/privacy/linkage.js';
import type { PopulationRisk } from '../../src/privacy/population.js';

type AnyTable = readonly Record<string, unknown>[] | Record<string, readonly unknown[]>;

/** A row's values on some columns, with its 1-based row number in its table. */
interface Tuple {
  readonly row: number;
  readonly values: readonly unknown[];
}

const isMissing = (value: unknown): boolean => value === null || value === undefined || value === '';

/**
 * The rows of a table as tuples over `names`, missing values as null; with `drop`, rows missing
 * any of the names are left out (keeping their original row numbers).
 */
export function tuplesOf(table: AnyTable, names: readonly string[], missing: 'value' | 'drop' = 'value'): Tuple[] {
  const tuples: Tuple[] = [];
  if (Array.isArray(table)) {
    table.forEach((record, i) => tuples.push({ row: i + 1, values: names.map((name) => (Object.hasOwn(record, name) ? record[name] : undefined)) }));
  } else {
    const columns = table as Record<string, readonly unknown[]>;
    const length = names.length === 0 ? 0 : columns[names[0]!]!.length;
    for (let i = 0; i < length; i++) tuples.push({ row: i + 1, values: names.map((name) => columns[name]![i]) });
  }
  const kept = missing === 'drop' ? tuples.filter((tuple) => !tuple.values.some(isMissing)) : tuples;
  return kept.map((tuple) => ({ row: tuple.row, values: tuple.values.map((value) => (isMissing(value) ? null : value)) }));
}

/**
 * The key of a tuple on some positions. Each value is written with its type, so that 1 and '1'
 * differ, and NaN differs from null (JSON alone would write both as null); 0 and -0 are alike, as
 * a Map compares them.
 */
export function keyOf(values: readonly unknown[], positions: readonly number[]): string {
  return JSON.stringify(positions.map((p) => [typeof values[p], String(values[p])]));
}

function countKeys(tuples: readonly Tuple[], positions: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tuple of tuples) {
    const key = keyOf(tuple.values, positions);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface Counts {
  leftUnique: number;
  leftOneToOne: number;
  leftMatched: number;
  rightUnique: number;
  rightOneToOne: number;
  rightMatched: number;
}

/** Linkage counts on some positions, one record at a time. */
function linkOn(left: readonly Tuple[], right: readonly Tuple[], positions: readonly number[]): Counts {
  const inLeft = countKeys(left, positions);
  const inRight = countKeys(right, positions);
  const counts: Counts = { leftUnique: 0, leftOneToOne: 0, leftMatched: 0, rightUnique: 0, rightOneToOne: 0, rightMatched: 0 };
  for (const tuple of left) {
    const key = keyOf(tuple.values, positions);
    const matches = inRight.get(key) ?? 0;
    if (matches >= 1) counts.leftMatched++;
    if (matches === 1) counts.leftUnique++;
    if (matches === 1 && inLeft.get(key) === 1) counts.leftOneToOne++;
  }
  for (const tuple of right) {
    const key = keyOf(tuple.values, positions);
    const matches = inLeft.get(key) ?? 0;
    if (matches >= 1) counts.rightMatched++;
    if (matches === 1) counts.rightUnique++;
    if (matches === 1 && inRight.get(key) === 1) counts.rightOneToOne++;
  }
  return counts;
}

/** The reference linkage report (options assumed valid). */
export function referenceLinkage(
  left: AnyTable,
  right: AnyTable,
  options: { columns: readonly string[]; missing?: 'value' | 'drop'; maxCombination?: number },
): LinkageReport {
  const columns = options.columns;
  const n = columns.length;
  const maxCombination = options.maxCombination ?? (n <= 8 ? n : 3);
  const leftTuples = tuplesOf(left, columns, options.missing);
  const rightTuples = tuplesOf(right, columns, options.missing);
  const all = columns.map((_, i) => i);
  const full = linkOn(leftTuples, rightTuples, all);

  // Every subset of positions with 1..maxCombination members, in increasing position order.
  const subsets: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const positions = all.filter((p) => (mask & (1 << p)) !== 0);
    if (positions.length <= maxCombination) subsets.push(positions);
  }
  const combinations = subsets.map((positions) => {
    const counts = linkOn(leftTuples, rightTuples, positions);
    return { positions, uniqueMatches: counts.leftUnique, oneToOne: counts.leftOneToOne };
  });
  const lexicographic = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  combinations.sort(
    (a, b) => b.uniqueMatches - a.uniqueMatches || a.positions.length - b.positions.length || lexicographic(a.positions, b.positions),
  );

  const lostWithout: Record<string, number> = {};
  for (const p of all) {
    Object.defineProperty(lostWithout, columns[p]!, {
      value: full.leftUnique - linkOn(leftTuples, rightTuples, all.filter((q) => q !== p)).leftUnique,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const leftTotal = tuplesOf(left, columns).length;
  const rightTotal = tuplesOf(right, columns).length;
  return {
    columns: [...columns],
    left: {
      rows: leftTuples.length,
      dropped: leftTotal - leftTuples.length,
      uniqueMatches: full.leftUnique,
      oneToOne: full.leftOneToOne,
      matched: full.leftMatched,
    },
    right: {
      rows: rightTuples.length,
      dropped: rightTotal - rightTuples.length,
      uniqueMatches: full.rightUnique,
      oneToOne: full.rightOneToOne,
      matched: full.rightMatched,
    },
    combinations: combinations.map(({ positions, uniqueMatches, oneToOne }) => ({
      columns: positions.map((p) => columns[p]!),
      uniqueMatches,
      oneToOne,
    })),
    lostWithout,
  };
}

/**
 * The reference population risk, from ARX's RiskModelSampleSummary definitions (see
 * src/privacy/population.ts), or the 1-based row number of the first sample row whose values
 * occur fewer times in the population than in the sample.
 */
export function referencePopulationRisk(
  sample: AnyTable,
  population: AnyTable,
  options: { quasiIdentifiers: readonly string[]; riskThreshold?: number; missing?: 'value' | 'drop' },
): PopulationRisk | { refusedRow: number } {
  const names = options.quasiIdentifiers;
  const all = names.map((_, i) => i);
  const threshold = options.riskThreshold ?? 0.2;
  const sampleTuples = tuplesOf(sample, names, options.missing);
  const inSample = countKeys(sampleTuples, all);
  const inPopulation = countKeys(tuplesOf(population, names, options.missing), all);
  for (const tuple of sampleTuples) {
    const key = keyOf(tuple.values, all);
    if ((inPopulation.get(key) ?? 0) < inSample.get(key)!) return { refusedRow: tuple.row };
  }
  const n = sampleTuples.length;
  if (n === 0) return { journalist: { max: 0, avg: 0, recordsAtRisk: 0 }, marketer: { avg: 0 } };

  let highest = 0;
  let recordsAtRisk = 0;
  let populationSum = 0;
  let fractions = 0;
  for (const [key, f] of inSample) {
    const size = inPopulation.get(key)!;
    highest = Math.max(highest, 1 / size);
    if (1 / size > threshold) recordsAtRisk += f;
    populationSum += size;
    fractions += f / size;
  }
  const classes = inSample.size;
  return {
    journalist: { max: highest, avg: Math.max(classes / populationSum, fractions / n), recordsAtRisk },
    marketer: { avg: fractions / n },
  };
}
