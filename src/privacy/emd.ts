/**
 * The earth mover's distance between a class's distribution of a sensitive value and the whole
 * table's, as t-closeness uses it (Li, Li, Venkatasubramanian 2007, "t-closeness: privacy beyond
 * k-anonymity and l-diversity", ICDE, section 4.2):
 * - equal ground distance (unordered values): ½·Σ|p_i − q_i|;
 * - ordered ground distance (numbers): Σ_i |Σ_{j≤i}(p_j − q_j)| / (m − 1), over the m distinct
 *   values of the table sorted by number.
 * @module
 */
import type { EncodedColumn } from './encode.js';

/**
 * The table's distribution of one column, ready for distances: each code's point (its rank among
 * the table's distinct numbers for the ordered distance, the code itself otherwise), the table's
 * count per point, and for the ordered distance the cumulative distribution Q and its prefix sums.
 */
export interface TableDistribution {
  /** Rows in the table. */
  readonly rows: number;
  /** Whether the ordered ground distance is used. */
  readonly ordered: boolean;
  /** The point of each code. */
  readonly pointOfCode: Int32Array;
  /** Number of points m. */
  readonly points: number;
  /** Rows of the table at each point. */
  readonly counts: Float64Array;
  /** Q_i = (rows at points 0..i) / rows (ordered only; empty otherwise). */
  readonly cumulative: Float64Array;
  /** Σ_{j<i} Q_j for i = 0..m (ordered only; empty otherwise). */
  readonly cumulativeSums: Float64Array;
}

/**
 * The numeric value of a sensitive value for the ordered distance: a finite number, or a string
 * that is a finite number once trimmed (`' 12 '` → 12); `NaN` otherwise.
 * @example numericValue('12.5') // 12.5; numericValue('n/a') // NaN
 */
export function numericValue(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : NaN;
  }
  return NaN;
}

/**
 * Whether a column is numeric for t-closeness: every non-missing value is a finite number or
 * numeric string, and there is at least one.
 * @example isNumericColumn(encodeColumns({ age: ['30', 41] }, ['age']).columns[0]) // true
 */
export function isNumericColumn(column: EncodedColumn): boolean {
  let any = false;
  for (let code = 0; code < column.dictionary.length; code++) {
    if (code === column.missingCode) continue;
    if (Number.isNaN(numericValue(column.dictionary[code]))) return false;
    any = true;
  }
  return any;
}

/**
 * The table's distribution of `column`. With `ordered`, values that are numerically equal (`2`,
 * `'2.0'`) are one point, and a missing value is the last point; the caller has checked that
 * every other value is a number.
 * @example tableDistribution(column, false).counts // rows per code
 */
export function tableDistribution(column: EncodedColumn, ordered: boolean): TableDistribution {
  const size = column.dictionary.length;
  let pointOfCode: Int32Array;
  let points: number;
  if (ordered) {
    const numbers = column.dictionary.map((value, code) => (code === column.missingCode ? Infinity : numericValue(value)));
    const distinct = [...new Set(numbers)].sort((a, b) => a - b);
    const pointOf = new Map(distinct.map((number, point) => [number, point]));
    pointOfCode = Int32Array.from(numbers, (number) => pointOf.get(number)!);
    points = distinct.length;
  } else {
    pointOfCode = new Int32Array(size);
    for (let i = 0; i < size; i++) pointOfCode[i] = i;
    points = size;
  }
  const rows = column.codes.length;
  const counts = new Float64Array(points);
  const codeCounts = new Int32Array(size);
  for (const code of column.codes) codeCounts[code]!++;
  for (let code = 0; code < size; code++) counts[pointOfCode[code]!]! += codeCounts[code]!;
  let cumulative = new Float64Array(0);
  let cumulativeSums = new Float64Array(0);
  if (ordered) {
    cumulative = new Float64Array(points);
    cumulativeSums = new Float64Array(points + 1);
    let running = 0;
    for (let i = 0; i < points; i++) {
      running += counts[i]!;
      cumulative[i] = running / rows;
      cumulativeSums[i + 1] = cumulativeSums[i]! + cumulative[i]!;
    }
  }
  return { rows, ordered, pointOfCode, points, counts, cumulative, cumulativeSums };
}

/**
 * Equal-distance EMD of a class given by `points[from..to)` with `counts` (n rows in all, each
 * point once): ½·(Σ over the class's points |p − q| + Σ over the others q).
 * @example equalDistance(Int32Array.of(0), Int32Array.of(2), 0, 1, 2, table) // 1 − q_0
 */
export function equalDistance(points: Int32Array, counts: Int32Array, from: number, to: number, n: number, table: TableDistribution): number {
  let sum = 0;
  let outside = table.rows;
  for (let i = from; i < to; i++) {
    const tableCount = table.counts[points[i]!]!;
    sum += Math.abs(counts[i]! / n - tableCount / table.rows);
    outside -= tableCount;
  }
  return (sum + outside / table.rows) / 2;
}

/**
 * Ordered-distance EMD of a class given by `points[from..to)` sorted ascending, each point once,
 * with `counts` (n rows in all): Σ_{i<m−1} |P_i − Q_i| / (m−1) with P, Q the cumulative class and
 * table distributions. P is a step function changing only at the class's points, so each run of
 * constant P is summed from the prefix sums of Q, split where Q (non-decreasing) crosses P:
 * O(d·log m) for d points in the class.
 * @example orderedDistance(Int32Array.of(0), Int32Array.of(1), 0, 1, 1, table) // Σ_{i<m−1}(1 − Q_i)/(m−1)
 */
export function orderedDistance(points: Int32Array, counts: Int32Array, from: number, to: number, n: number, table: TableDistribution): number {
  const m = table.points;
  if (m <= 1) return 0;
  const last = m - 1; // the term at i = m−1 is 0 (both cumulative sums are 1)
  let total = 0;
  let seen = 0;
  let run = 0;
  for (let j = from; j <= to; j++) {
    const end = j < to ? Math.min(points[j]!, last) : last;
    if (end > run) total += _runDistance(seen / n, run, end, table.cumulative, table.cumulativeSums);
    if (j < to) {
      seen += counts[j]!;
      if (points[j]! > run) run = points[j]!;
    }
  }
  return total / (m - 1);
}

/** Σ_{i=from}^{to−1} |p − Q_i| for non-decreasing Q. */
function _runDistance(p: number, from: number, to: number, cumulative: Float64Array, sums: Float64Array): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! <= p) lo = mid + 1;
    else hi = mid;
  }
  const below = p * (lo - from) - (sums[lo]! - sums[from]!);
  const above = sums[to]! - sums[lo]! - p * (to - lo);
  return below + above;
}
