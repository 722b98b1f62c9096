/**
 * Release checks computed from the partition into equivalence classes (DESIGN 6): k-anonymity,
 * l-diversity in three forms, t-closeness and the prosecutor re-identification risk.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { partitionRows, type Partition } from './classes.js';
import { encodeColumns, type EncodedColumn, type MissingValues, type Table } from './encode.js';

/** Options of {@link checkTable}. */
export interface CheckOptions {
  /** The quasi-identifier columns: at least one, no duplicates. */
  quasiIdentifiers: readonly string[];
  /** The sensitive columns (none is allowed); none may also be a quasi-identifier. */
  sensitive?: readonly string[];
  /** How missing values (`null`, `undefined`, `''`) are treated; default `'value'` (see {@link MissingValues}). */
  missing?: MissingValues;
  /** A row is at risk when 1/(its class size) is above this; default 0.2 (ARX's default). In [0, 1]. */
  riskThreshold?: number;
  /**
   * Per sensitive column, whether t-closeness uses the ordered distance (`true`) or the equal
   * distance (`false`). Default: ordered when every non-missing value is a finite number or a
   * numeric string. Forcing `true` on a column with a non-numeric value is refused.
   */
  ordered?: Readonly<Record<string, boolean>>;
}

/** ARX's prosecutor risk model: the attacker knows their target is in the table. */
export interface ProsecutorRisk {
  /** Highest risk of any row: 1/k. */
  readonly max: number;
  /** Average risk over rows: classes/rows. */
  readonly avg: number;
  /** Rows whose risk 1/(class size) is above the threshold. */
  readonly recordsAtRisk: number;
}

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

/** The result of {@link checkTable}: plain data, printable as JSON. */
export interface CheckReport {
  /** Rows checked (after dropping, with `missing: 'drop'`). */
  readonly rows: number;
  /** Number of equivalence classes. */
  readonly classes: number;
  /** Sample uniques: classes of size 1 (equally, rows unique on the quasi-identifiers). */
  readonly uniques: number;
  /** k-anonymity: the size of the smallest class. */
  readonly k: number;
  /** Re-identification risk. */
  readonly risk: { readonly prosecutor: ProsecutorRisk };
  /** Per sensitive column. */
  readonly sensitive: Readonly<Record<string, SensitiveReport>>;
}

/**
 * k-anonymity (Sweeney 2002, "k-anonymity: a model for protecting privacy", IJUFKS 10(5)): the
 * size of the smallest equivalence class; also the number of classes and of sample uniques
 * (classes holding one row). Needs at least one row.
 * @example anonymity(partitionRows(columns)) // { classes: 3, uniques: 1, k: 1 }
 */
export function anonymity(partition: Partition): { classes: number; uniques: number; k: number } {
  let k = Infinity;
  let uniques = 0;
  for (const size of partition.sizes) {
    if (size < k) k = size;
    if (size === 1) uniques++;
  }
  return { classes: partition.classes, uniques, k: partition.classes === 0 ? 0 : k };
}

/**
 * Prosecutor re-identification risk as ARX reports it (Prasser et al., ARX documentation,
 * "risk analysis": the prosecutor model, after El Emam 2013): highest risk 1/k, average risk
 * classes/rows, and the rows whose risk 1/(class size) is strictly above `threshold`.
 * @example prosecutorRisk(partition, 0.2) // { max: 1, avg: 0.5, recordsAtRisk: 3 }
 */
export function prosecutorRisk(partition: Partition, threshold = 0.2): ProsecutorRisk {
  _checkThreshold(threshold);
  const { k } = anonymity(partition);
  let recordsAtRisk = 0;
  for (const size of partition.sizes) if (1 / size > threshold) recordsAtRisk += size;
  return {
    max: k === 0 ? 0 : 1 / k,
    avg: partition.rows === 0 ? 0 : partition.classes / partition.rows,
    recordsAtRisk,
  };
}

/**
 * The numeric value of a sensitive value for the ordered distance: a finite number, or a string
 * that is a finite number once trimmed (`' 12 '` → 12); `NaN` otherwise.
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
 * Diversity and closeness of one sensitive column over a partition.
 * - Distinct l-diversity and entropy l-diversity, and recursive (c,l)-diversity: Machanavajjhala,
 *   Kifer, Gehrke, Venkitasubramaniam 2007, "l-diversity: privacy beyond k-anonymity", ACM TKDD
 *   1(1), definitions 4.1 (entropy: a class is entropy-l-diverse when −Σ p·ln p ≥ ln l, so the
 *   table's l is exp of the lowest class entropy) and 4.3 (recursive: with counts r1 ≥ r2 ≥ … ≥ rm,
 *   r1 < c·(r_l + … + r_m); c is the smallest integer for which every class holds, at l = lDistinct;
 *   null when l = 1, where the sum would be the whole class).
 * - t-closeness: Li, Li, Venkatasubramanian 2007, "t-closeness: privacy beyond k-anonymity and
 *   l-diversity", ICDE, section 4.2: the earth mover's distance under the equal ground distance
 *   is ½·Σ|p−q|; under the ordered distance it is Σ_i |Σ_{j≤i}(p_j−q_j)| / (m−1) over the m
 *   distinct values of the table sorted by number. Values that are numerically equal (`2`, `'2.0'`)
 *   are one point of the order; a missing value (`missing: 'value'`) is the last point.
 * @example sensitiveDiversity(partition, column) // { lDistinct: 2, lEntropy: 1.89, recursive: { l: 2, c: 3 }, ... }
 */
export function sensitiveDiversity(partition: Partition, column: EncodedColumn, ordered?: boolean): SensitiveReport {
  const { rows, classes, classOfRow, sizes } = partition;
  const codes = column.codes;
  if (codes.length !== rows) throw new InputInvalidError(`column ${column.name} does not match the partition`, { field: column.name });
  const isOrdered = ordered ?? isNumericColumn(column);
  if (isOrdered && !_orderable(column)) {
    throw new OptionInvalidError(`column ${column.name} has values that are not numbers; it cannot be ordered`, {
      field: column.name,
      option: 'ordered',
    });
  }
  // For the ordered distance, values are counted by their point in the order; otherwise by code.
  const { pointOfCode, points } = isOrdered ? _orderPoints(column) : _identity(column.dictionary.length);

  // Rows grouped by class (a counting sort), so each class is one contiguous run.
  const start = new Int32Array(classes + 1);
  for (let c = 0; c < classes; c++) start[c + 1] = start[c]! + sizes[c]!;
  const fill = start.slice(0, classes);
  const order = new Int32Array(rows);
  for (let row = 0; row < rows; row++) order[fill[classOfRow[row]!]!++] = row;

  const tableCounts = new Float64Array(points);
  for (let row = 0; row < rows; row++) tableCounts[pointOfCode[codes[row]!]!]!++;
  // Cumulative table distribution Q_i and its prefix sums SQ_i = Σ_{j<i} Q_j, for the ordered distance.
  const cumulative = new Float64Array(points);
  const cumulativeSums = new Float64Array(points + 1);
  let running = 0;
  for (let i = 0; i < points; i++) {
    running += tableCounts[i]!;
    cumulative[i] = running / rows;
    cumulativeSums[i + 1] = cumulativeSums[i]! + cumulative[i]!;
  }

  // Distinct codes of each class, with counts, for l; points with counts for t.
  const codeCounts = new Int32Array(column.dictionary.length);
  const pointCounts = new Int32Array(points);
  const touchedCodes: number[] = [];
  const touchedPoints: number[] = [];
  const classCounts: number[] = [];
  let lDistinct = Infinity;
  let minEntropy = Infinity;
  const classCountLists: number[][] = [];
  let tCloseness = 0;

  for (let c = 0; c < classes; c++) {
    const n = sizes[c]!;
    touchedCodes.length = 0;
    touchedPoints.length = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const code = codes[order[i]!]!;
      if (codeCounts[code]!++ === 0) touchedCodes.push(code);
      const point = pointOfCode[code]!;
      if (pointCounts[point]!++ === 0) touchedPoints.push(point);
    }
    classCounts.length = 0;
    let entropy = 0;
    for (const code of touchedCodes) {
      const count = codeCounts[code]!;
      classCounts.push(count);
      const p = count / n;
      entropy -= p * Math.log(p);
      codeCounts[code] = 0;
    }
    if (touchedCodes.length < lDistinct) lDistinct = touchedCodes.length;
    if (entropy < minEntropy) minEntropy = entropy;
    classCountLists.push(classCounts.slice());

    const distance = isOrdered
      ? _orderedDistance(touchedPoints, pointCounts, n, cumulative, cumulativeSums)
      : _equalDistance(touchedPoints, pointCounts, n, tableCounts, rows);
    if (distance > tCloseness) tCloseness = distance;
    for (const point of touchedPoints) pointCounts[point] = 0;
  }
  if (classes === 0) lDistinct = 0;

  let c: number | null = null;
  if (lDistinct >= 2) {
    c = 0;
    for (const counts of classCountLists) {
      counts.sort((a, b) => b - a);
      let tail = 0;
      for (let i = lDistinct - 1; i < counts.length; i++) tail += counts[i]!;
      // Smallest integer c with r1 < c·tail.
      const needed = Math.floor(counts[0]! / tail) + 1;
      if (needed > c) c = needed;
    }
  }
  return {
    lDistinct,
    lEntropy: classes === 0 ? 0 : Math.exp(minEntropy),
    recursive: { l: lDistinct, c },
    tCloseness,
    tDistance: isOrdered ? 'ordered' : 'equal',
  };
}

/**
 * Checks a table before release: k-anonymity and sample uniques over the quasi-identifiers
 * (Sweeney 2002), per sensitive column distinct, entropy and recursive (c,l)-diversity
 * (Machanavajjhala et al. 2007) and t-closeness (Li, Li, Venkatasubramanian 2007), and the
 * prosecutor re-identification risk as ARX reports it. See {@link anonymity},
 * {@link sensitiveDiversity} and {@link prosecutorRisk} for each definition.
 * Refuses with `OPTION_INVALID` an empty quasi-identifier list, an unknown column, a column named
 * twice, a sensitive column that is also a quasi-identifier, and bad options; with `INPUT_INVALID`
 * a malformed table and a table with no rows (left).
 * @example
 * checkTable(records, { quasiIdentifiers: ['zip', 'age'], sensitive: ['condition'] })
 * // { rows: 12, classes: 3, uniques: 0, k: 4, risk: { prosecutor: { max: 0.25, avg: 0.25, recordsAtRisk: 0 } },
 * //   sensitive: { condition: { lDistinct: 1, lEntropy: 1, recursive: { l: 1, c: null }, tCloseness: 0.5, tDistance: 'equal' } } }
 */
export function checkTable(table: Table, options: CheckOptions): CheckReport {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object');
  const quasiIdentifiers = _names(options.quasiIdentifiers, 'quasiIdentifiers');
  const sensitive = options.sensitive === undefined ? [] : _names(options.sensitive, 'sensitive');
  if (quasiIdentifiers.length === 0) {
    throw new OptionInvalidError('at least one quasi-identifier is needed', { option: 'quasiIdentifiers' });
  }
  for (const name of sensitive) {
    if (quasiIdentifiers.includes(name)) {
      throw new OptionInvalidError(`column ${name} cannot be both a quasi-identifier and sensitive`, { field: name, option: 'sensitive' });
    }
  }
  const threshold = options.riskThreshold ?? 0.2;
  _checkThreshold(threshold);
  const ordered = options.ordered ?? {};
  if (typeof ordered !== 'object' || ordered === null) throw new OptionInvalidError('ordered must be an object', { option: 'ordered' });
  for (const name of Object.keys(ordered)) {
    if (!sensitive.includes(name)) throw new OptionInvalidError(`ordered names ${name}, which is not a sensitive column`, { field: name, option: 'ordered' });
    if (typeof ordered[name] !== 'boolean') throw new OptionInvalidError(`ordered.${name} must be true or false`, { field: name, option: 'ordered' });
  }

  const encoded = encodeColumns(table, [...quasiIdentifiers, ...sensitive], { missing: options.missing ?? 'value' });
  if (encoded.rows === 0) throw new InputInvalidError('the table has no rows to check');
  const partition = partitionRows(encoded.columns.slice(0, quasiIdentifiers.length));
  const { classes, uniques, k } = anonymity(partition);
  const report: Record<string, SensitiveReport> = {};
  sensitive.forEach((name, i) => {
    const value = sensitiveDiversity(partition, encoded.columns[quasiIdentifiers.length + i]!, Object.hasOwn(ordered, name) ? ordered[name] : undefined);
    Object.defineProperty(report, name, { value, enumerable: true, writable: true, configurable: true });
  });
  return { rows: encoded.rows, classes, uniques, k, risk: { prosecutor: prosecutorRisk(partition, threshold) }, sensitive: report };
}

function _names(names: unknown, option: string): string[] {
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
    throw new OptionInvalidError(`${option} must be an array of column names`, { option });
  }
  const seen = new Set<string>();
  for (const name of names as string[]) {
    if (seen.has(name)) throw new OptionInvalidError(`column ${name} is named twice in ${option}`, { field: name, option });
    seen.add(name);
  }
  return names as string[];
}

function _checkThreshold(threshold: number): void {
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new OptionInvalidError('riskThreshold must be a number from 0 to 1', { option: 'riskThreshold' });
  }
}

function _orderable(column: EncodedColumn): boolean {
  return column.dictionary.every((value, code) => code === column.missingCode || !Number.isNaN(numericValue(value)));
}

function _identity(size: number): { pointOfCode: Int32Array; points: number } {
  const pointOfCode = new Int32Array(size);
  for (let i = 0; i < size; i++) pointOfCode[i] = i;
  return { pointOfCode, points: size };
}

/** Maps each code to its point in the numeric order (equal numbers share a point; missing is last). */
function _orderPoints(column: EncodedColumn): { pointOfCode: Int32Array; points: number } {
  const numbers = column.dictionary.map((value, code) => (code === column.missingCode ? Infinity : numericValue(value)));
  const distinct = [...new Set(numbers)].sort((a, b) => a - b);
  const pointOf = new Map(distinct.map((number, point) => [number, point]));
  const pointOfCode = Int32Array.from(numbers, (number) => pointOf.get(number)!);
  return { pointOfCode, points: distinct.length };
}

/** ½·Σ|p−q| over all points: the class's points directly, the others contribute q each. */
function _equalDistance(touched: readonly number[], counts: Int32Array, n: number, tableCounts: Float64Array, rows: number): number {
  let sum = 0;
  let outside = rows;
  for (const point of touched) {
    sum += Math.abs(counts[point]! / n - tableCounts[point]! / rows);
    outside -= tableCounts[point]!;
  }
  return (sum + outside / rows) / 2;
}

/**
 * Σ_{i<m−1} |P_i − Q_i| / (m−1) with P, Q the cumulative class and table distributions. P is a
 * step function changing only at the class's points, so each run of constant P is summed from the
 * prefix sums of Q, split where Q (non-decreasing) crosses P: O(d·log m) per class.
 */
function _orderedDistance(touched: number[], counts: Int32Array, n: number, cumulative: Float64Array, sums: Float64Array): number {
  const m = cumulative.length;
  if (m <= 1) return 0;
  touched.sort((a, b) => a - b);
  const last = m - 1; // the term at i = m−1 is 0 (both cumulative sums are 1)
  let total = 0;
  let seen = 0;
  let from = 0;
  for (let j = 0; j <= touched.length; j++) {
    const to = j < touched.length ? Math.min(touched[j]!, last) : last;
    if (to > from) total += _runDistance(seen / n, from, to, cumulative, sums);
    if (j < touched.length) {
      seen += counts[touched[j]!]!;
      from = Math.max(from, touched[j]!);
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
