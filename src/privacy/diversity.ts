/**
 * Diversity and closeness of a sensitive column over equivalence classes:
 * - distinct and entropy l-diversity, and recursive (c,l)-diversity: Machanavajjhala, Kifer,
 *   Gehrke, Venkitasubramaniam 2007, "l-diversity: privacy beyond k-anonymity", ACM TKDD 1(1),
 *   definitions 4.1 (entropy: a class is entropy-l-diverse when −Σ p·ln p ≥ ln l, so the table's l
 *   is exp of the lowest class entropy) and 4.3 (recursive: with counts r1 ≥ r2 ≥ … ≥ rm,
 *   r1 < c·(r_l + … + r_m));
 * - t-closeness: the largest earth mover's distance of a class to the table (see emd.ts).
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { type Partition } from './classes.js';
import { equalDistance, isNumericColumn, numericValue, orderedDistance, tableDistribution, type TableDistribution } from './emd.js';
import type { EncodedColumn } from './encode.js';
import { classHistograms, groupRows, type ClassHistograms, type ClassRows } from './histograms.js';

/** Diversity and closeness of one sensitive attribute. */
export interface SensitiveReport {
  /** Distinct l-diversity: the fewest distinct values of the attribute in any class. */
  readonly lDistinct: number;
  /** Entropy l-diversity: exp of the lowest Shannon entropy (natural log) of any class; not floored. */
  readonly lEntropy: number;
  /** Recursive (c,l)-diversity at l = lDistinct: the smallest integer c that holds (null when l = 1). */
  readonly recursive: { readonly l: number; readonly c: number | null };
  /** t-closeness: the largest earth mover's distance of a class's distribution to the table's. */
  readonly tCloseness: number;
  /** The ground distance used for t-closeness. */
  readonly tDistance: 'equal' | 'ordered';
}

/** The measures of every class, for finding the classes that break a threshold. */
export interface ClassDiversity {
  /** Distinct values in each class. */
  readonly distinct: Int32Array;
  /** Shannon entropy (natural log) of each class. */
  readonly entropy: Float64Array;
  /** Earth mover's distance of each class to the table. */
  readonly distance: Float64Array;
}

/**
 * Whether t-closeness of `column` uses the ordered distance: `ordered` when given, otherwise
 * whether the column is numeric. Refuses (`OPTION_INVALID`) ordering a column with a non-number.
 * @example useOrderedDistance(column) // true for a column of ages
 */
export function useOrderedDistance(column: EncodedColumn, ordered?: boolean): boolean {
  const isOrdered = ordered ?? isNumericColumn(column);
  if (isOrdered && !column.dictionary.every((value, code) => code === column.missingCode || !Number.isNaN(numericValue(value)))) {
    throw new OptionInvalidError(`column ${column.name} has values that are not numbers; it cannot be ordered`, {
      field: column.name,
      option: 'ordered',
    });
  }
  return isOrdered;
}

/**
 * Measures every class given the column's per-class histograms, and summarises them: the table's
 * l is the worst class's, its t the farthest class's. Recursive c is computed at l = lDistinct and
 * is null when l = 1 (the sum r_l + … + r_m would then be the whole class). The histograms may
 * describe overlapping groups (wildcard missing values); the table distribution is `column`'s.
 * @example diversityOf(classHistograms(partition, groupRows(partition), column.codes, column.dictionary.length), column, false)
 */
export function diversityOf(
  histograms: ClassHistograms,
  column: EncodedColumn,
  ordered: boolean,
): { report: SensitiveReport; perClass: ClassDiversity } {
  const { classes, start, values, counts } = histograms;
  const table = tableDistribution(column, ordered);
  const distinct = new Int32Array(classes);
  const entropy = new Float64Array(classes);
  const distance = new Float64Array(classes);
  const single = new Float64Array(table.points).fill(-1); // distance of a class holding one point, cached
  let maxDistinct = 0;
  for (let c = 0; c < classes; c++) if (start[c + 1]! - start[c]! > maxDistinct) maxDistinct = start[c + 1]! - start[c]!;
  const points = new Int32Array(maxDistinct);
  const pointCounts = new Int32Array(maxDistinct);
  const one = Int32Array.of(1);

  let lDistinct = classes === 0 ? 0 : Infinity;
  let minEntropy = Infinity;
  let tCloseness = 0;
  for (let c = 0; c < classes; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    const d = to - from;
    distinct[c] = d;
    if (d < lDistinct) lDistinct = d;
    if (d === 1) {
      // One value: entropy 0, and the distance depends only on which value.
      const point = table.pointOfCode[values[from]!]!;
      let cached = single[point]!;
      if (cached < 0) {
        points[0] = point;
        single[point] = cached = ordered ? orderedDistance(points, one, 0, 1, 1, table) : equalDistance(points, one, 0, 1, 1, table);
      }
      distance[c] = cached;
      if (cached > tCloseness) tCloseness = cached;
      minEntropy = 0;
      continue;
    }
    let n = 0;
    for (let i = from; i < to; i++) n += counts[i]!;
    let h = 0;
    for (let i = from; i < to; i++) {
      const p = counts[i]! / n;
      h -= p * Math.log(p);
    }
    entropy[c] = h;
    if (h < minEntropy) minEntropy = h;
    const t = ordered ? _orderedClassDistance(values, counts, from, to, n, table, points, pointCounts) : equalDistance(values, counts, from, to, n, table);
    distance[c] = t;
    if (t > tCloseness) tCloseness = t;
  }
  const report: SensitiveReport = {
    lDistinct,
    lEntropy: classes === 0 ? 0 : Math.exp(minEntropy),
    recursive: { l: lDistinct, c: lDistinct >= 2 ? _recursiveC(histograms, lDistinct, maxDistinct) : null },
    tCloseness,
    tDistance: ordered ? 'ordered' : 'equal',
  };
  return { report, perClass: { distinct, entropy, distance } };
}

/**
 * Diversity and closeness of one sensitive column over a partition (see {@link diversityOf}).
 * `ordered` forces the ground distance; by default it is ordered for numeric columns.
 * @example sensitiveDiversity(partition, column) // { lDistinct: 2, lEntropy: 1.89, recursive: { l: 2, c: 3 }, ... }
 */
export function sensitiveDiversity(partition: Partition, column: EncodedColumn, ordered?: boolean, grouped?: ClassRows): SensitiveReport {
  if (column.codes.length !== partition.rows) {
    throw new InputInvalidError(`column ${column.name} does not match the partition`, { field: column.name });
  }
  const isOrdered = useOrderedDistance(column, ordered);
  const histograms = classHistograms(partition, grouped ?? groupRows(partition), column.codes, column.dictionary.length);
  return diversityOf(histograms, column, isOrdered).report;
}

/** The class's codes mapped to points, sorted, equal points merged; then the ordered distance. */
function _orderedClassDistance(
  values: Int32Array,
  counts: Int32Array,
  from: number,
  to: number,
  n: number,
  table: TableDistribution,
  points: Int32Array,
  pointCounts: Int32Array,
): number {
  if (to - from > _SMALL) return _orderedClassDistanceLarge(values, counts, from, to, n, table, points, pointCounts);
  // Insertion sort by point: classes mostly hold few distinct values.
  let d = 0;
  for (let i = from; i < to; i++) {
    const point = table.pointOfCode[values[i]!]!;
    const count = counts[i]!;
    let j = d;
    while (j > 0 && points[j - 1]! > point) j--;
    if (j > 0 && points[j - 1] === point) {
      pointCounts[j - 1]! += count;
      continue;
    }
    points.copyWithin(j + 1, j, d);
    pointCounts.copyWithin(j + 1, j, d);
    points[j] = point;
    pointCounts[j] = count;
    d++;
  }
  return orderedDistance(points, pointCounts, 0, d, n, table);
}

/** As {@link _orderedClassDistance}, sorting with the built-in sort for classes of many values. */
function _orderedClassDistanceLarge(
  values: Int32Array,
  counts: Int32Array,
  from: number,
  to: number,
  n: number,
  table: TableDistribution,
  points: Int32Array,
  pointCounts: Int32Array,
): number {
  const index = new Int32Array(to - from);
  for (let i = 0; i < index.length; i++) index[i] = from + i;
  index.sort((a, b) => table.pointOfCode[values[a]!]! - table.pointOfCode[values[b]!]!);
  let d = 0;
  for (const i of index) {
    const point = table.pointOfCode[values[i]!]!;
    if (d > 0 && points[d - 1] === point) pointCounts[d - 1]! += counts[i]!;
    else {
      points[d] = point;
      pointCounts[d++] = counts[i]!;
    }
  }
  return orderedDistance(points, pointCounts, 0, d, n, table);
}

/** Classes with more distinct values than this are sorted with the built-in sort. */
const _SMALL = 32;

/** Smallest integer c with r1 < c·(r_l + … + r_m) in every class, counts sorted high to low. */
function _recursiveC(histograms: ClassHistograms, l: number, maxDistinct: number): number {
  const { classes, start, counts } = histograms;
  const sorted = new Int32Array(maxDistinct);
  let c = 0;
  for (let k = 0; k < classes; k++) {
    const from = start[k]!;
    const d = start[k + 1]! - from;
    if (d > _SMALL) {
      // Ascending with the built-in sort: r1 is last, r_l … r_m are the first d − l + 1.
      const ascending = sorted.subarray(0, d);
      ascending.set(counts.subarray(from, from + d));
      ascending.sort();
      let tail = 0;
      for (let i = 0; i <= d - l; i++) tail += ascending[i]!;
      const needed = Math.floor(ascending[d - 1]! / tail) + 1;
      if (needed > c) c = needed;
      continue;
    }
    for (let i = 0; i < d; i++) {
      // Insertion, high to low.
      const count = counts[from + i]!;
      let j = i;
      while (j > 0 && sorted[j - 1]! < count) {
        sorted[j] = sorted[j - 1]!;
        j--;
      }
      sorted[j] = count;
    }
    let tail = 0;
    for (let i = l - 1; i < d; i++) tail += sorted[i]!;
    const needed = Math.floor(sorted[0]! / tail) + 1;
    if (needed > c) c = needed;
  }
  return c;
}
