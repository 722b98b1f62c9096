/**
 * The classes that break a release threshold: fewer than k rows, fewer than l distinct sensitive
 * values, or a sensitive distribution farther than t from the table's. Each is reported with its
 * size and quasi-identifier values; sensitive values only when asked for.
 * @module
 */
import { OptionInvalidError } from '../errors.js';
import type { Partition } from './classes.js';
import type { ClassDiversity } from './diversity.js';
import type { EncodedColumn } from './encode.js';

/**
 * A distance counts as above t only when it exceeds t by more than this, so that a class exactly
 * at t (0.5 computed as 0.5000000000000001) is not reported for floating-point rounding.
 */
export const T_TOLERANCE = 1e-9;

/** Release thresholds; a class breaks one when its size < k, its distinct l < l, or its distance > t. */
export interface Thresholds {
  /** Smallest allowed class (group) size; an integer ≥ 1. */
  k?: number;
  /** Smallest allowed number of distinct values of each sensitive column in a class; an integer ≥ 1. */
  l?: number;
  /** Largest allowed earth mover's distance of a class to the table, per sensitive column; in [0, 1]. */
  t?: number;
}

/** One class that breaks a threshold. */
export interface ClassViolation {
  /** Rows in the class. */
  readonly size: number;
  /** Rows the class is hidden among: its size, or with wildcard missing values its group's. */
  readonly groupSize: number;
  /** The class's quasi-identifier values (missing is `null`). */
  readonly quasiIdentifiers: Readonly<Record<string, unknown>>;
  /** What it breaks: `'k'`, `'l:COLUMN'`, `'t:COLUMN'`. */
  readonly breaks: readonly string[];
  /** Distinct values per sensitive column, where below l. */
  readonly l?: Readonly<Record<string, number>>;
  /** Distance per sensitive column, where above t. */
  readonly t?: Readonly<Record<string, number>>;
  /** Only with `includeSensitive`: per sensitive column, each value in the class with its count. */
  readonly sensitiveValues?: Readonly<Record<string, readonly { readonly value: unknown; readonly count: number }[]>>;
}

/** Everything that breaks the thresholds. */
export interface Violations {
  /** The thresholds checked. */
  readonly thresholds: Thresholds;
  /** Whether every threshold holds. */
  readonly passed: boolean;
  /** Classes breaking k. */
  readonly k: number;
  /** Per sensitive column, classes breaking l. */
  readonly l: Readonly<Record<string, number>>;
  /** Per sensitive column, classes breaking t. */
  readonly t: Readonly<Record<string, number>>;
  /** Classes breaking at least one threshold, and the rows they hold. */
  readonly classes: number;
  readonly rows: number;
  /** The worst of them (smallest group first, then fewest distinct values, then table order), up to the limit. */
  readonly worst: readonly ClassViolation[];
}

/** A sensitive column's per-class measures and, for `includeSensitive`, its per-class counts. */
export interface SensitiveClasses {
  readonly column: EncodedColumn;
  readonly perClass: ClassDiversity;
  /** Value counts per class (CSR), for listing sensitive values when asked. */
  readonly histograms?: { readonly start: Int32Array; readonly values: Int32Array; readonly counts: Int32Array };
}

/** Options of {@link findViolations}. */
export interface ViolationOptions {
  /** How many of the worst classes to list; default 20. */
  limit?: number;
  /** List the sensitive values of the listed classes; default false (they are the secret). */
  includeSensitive?: boolean;
}

/**
 * Checks `thresholds` class by class. `groupSizes[c]` is the number of rows class c is hidden
 * among (the class size, unless missing values are wildcards). Refuses bad thresholds with
 * `OPTION_INVALID` (see {@link checkThresholds}).
 * @example
 * findViolations(partition, partition.sizes, qiColumns, [{ column, perClass }], { k: 5, l: 2 })
 * // { passed: false, k: 3, l: { condition: 1 }, classes: 4, rows: 9, worst: [{ size: 1, breaks: ['k'], ... }] }
 */
export function findViolations(
  partition: Partition,
  groupSizes: Int32Array,
  quasiIdentifiers: readonly EncodedColumn[],
  sensitive: readonly SensitiveClasses[],
  thresholds: Thresholds,
  options: ViolationOptions = {},
): Violations {
  checkThresholds(thresholds);
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 0) throw new OptionInvalidError('limit must be a whole number ≥ 0', { option: 'limit' });
  const { classes, sizes } = partition;
  const { k, l, t } = thresholds;
  const bad = new Uint8Array(classes);
  let breakingK = 0;
  if (k !== undefined) {
    for (let c = 0; c < classes; c++) {
      if (groupSizes[c]! < k) {
        bad[c] = 1;
        breakingK++;
      }
    }
  }
  const breakingL: Record<string, number> = {};
  const breakingT: Record<string, number> = {};
  for (const { column, perClass } of sensitive) {
    if (l !== undefined) {
      let count = 0;
      for (let c = 0; c < classes; c++) {
        if (perClass.distinct[c]! < l) {
          bad[c] = 1;
          count++;
        }
      }
      _set(breakingL, column.name, count);
    }
    if (t !== undefined) {
      let count = 0;
      for (let c = 0; c < classes; c++) {
        if (perClass.distance[c]! > t + T_TOLERANCE) {
          bad[c] = 1;
          count++;
        }
      }
      _set(breakingT, column.name, count);
    }
  }
  let badClasses = 0;
  let badRows = 0;
  const listed: number[] = [];
  for (let c = 0; c < classes; c++) {
    if (bad[c] === 0) continue;
    badClasses++;
    badRows += sizes[c]!;
    listed.push(c);
  }
  const fewest = (c: number): number => sensitive.reduce((min, s) => Math.min(min, s.perClass.distinct[c]!), Infinity);
  listed.sort((a, b) => groupSizes[a]! - groupSizes[b]! || fewest(a) - fewest(b) || a - b);
  const worstIds = listed.slice(0, limit);
  const firstRows = _firstRows(partition, worstIds);
  const worst = worstIds.map((c, i) => _describe(c, firstRows[i]!, groupSizes[c]!, sizes[c]!, quasiIdentifiers, sensitive, thresholds, options.includeSensitive === true));
  return { thresholds: { ...thresholds }, passed: badClasses === 0, k: breakingK, l: breakingL, t: breakingT, classes: badClasses, rows: badRows, worst };
}

/**
 * Validates release thresholds: k and l whole numbers ≥ 1, t a number in [0, 1]; `OPTION_INVALID`
 * naming the threshold otherwise.
 * @example checkThresholds({ k: 5, t: 0.2 }) // ok; checkThresholds({ k: 0 }) throws
 */
export function checkThresholds(thresholds: Thresholds): void {
  if (typeof thresholds !== 'object' || thresholds === null) throw new OptionInvalidError('thresholds must be an object', { option: 'thresholds' });
  for (const name of Object.keys(thresholds)) {
    if (name !== 'k' && name !== 'l' && name !== 't') throw new OptionInvalidError(`unknown threshold ${name}`, { option: 'thresholds' });
  }
  for (const name of ['k', 'l'] as const) {
    const value = thresholds[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) throw new OptionInvalidError(`${name} must be a whole number ≥ 1`, { option: name });
  }
  const t = thresholds.t;
  if (t !== undefined && !(typeof t === 'number' && t >= 0 && t <= 1)) throw new OptionInvalidError('t must be a number from 0 to 1', { option: 't' });
}

function _describe(
  c: number,
  row: number,
  groupSize: number,
  size: number,
  quasiIdentifiers: readonly EncodedColumn[],
  sensitive: readonly SensitiveClasses[],
  thresholds: Thresholds,
  includeSensitive: boolean,
): ClassViolation {
  const values: Record<string, unknown> = {};
  for (const column of quasiIdentifiers) _set(values, column.name, column.dictionary[column.codes[row]!] ?? null);
  const breaks: string[] = [];
  if (thresholds.k !== undefined && groupSize < thresholds.k) breaks.push('k');
  const l: Record<string, number> = {};
  const t: Record<string, number> = {};
  for (const { column, perClass } of sensitive) {
    if (thresholds.l !== undefined && perClass.distinct[c]! < thresholds.l) {
      breaks.push(`l:${column.name}`);
      _set(l, column.name, perClass.distinct[c]!);
    }
    if (thresholds.t !== undefined && perClass.distance[c]! > thresholds.t + T_TOLERANCE) {
      breaks.push(`t:${column.name}`);
      _set(t, column.name, perClass.distance[c]!);
    }
  }
  const violation: { -readonly [K in keyof ClassViolation]: ClassViolation[K] } = { size, groupSize, quasiIdentifiers: values, breaks };
  if (Object.keys(l).length > 0) violation.l = l;
  if (Object.keys(t).length > 0) violation.t = t;
  if (includeSensitive) {
    const listed: Record<string, { value: unknown; count: number }[]> = {};
    for (const { column, histograms } of sensitive) {
      if (histograms === undefined) continue;
      const indexes: number[] = [];
      for (let i = histograms.start[c]!; i < histograms.start[c + 1]!; i++) indexes.push(i);
      // Most frequent first; ties in table order (codes are numbered by first appearance).
      indexes.sort((a, b) => histograms.counts[b]! - histograms.counts[a]! || histograms.values[a]! - histograms.values[b]!);
      const entries = indexes.map((i) => ({ value: column.dictionary[histograms.values[i]!] ?? null, count: histograms.counts[i]! }));
      _set(listed, column.name, entries);
    }
    violation.sensitiveValues = listed;
  }
  return violation;
}

/** The first row of each of the given classes (classes are numbered by their first row). */
function _firstRows(partition: Partition, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  const wanted = new Map<number, number>(ids.map((id, i) => [id, i]));
  const rows = new Array<number>(ids.length).fill(-1);
  let found = 0;
  const maxId = Math.max(...ids);
  for (let row = 0, next = 0; row < partition.rows && found < ids.length && next <= maxId; row++) {
    const c = partition.classOfRow[row]!;
    if (c !== next) continue; // not the first row of a new class
    next++;
    const i = wanted.get(c);
    if (i !== undefined) {
      rows[i] = row;
      found++;
    }
  }
  return rows;
}

/** Sets an own property whatever the name (a column may be called `__proto__`). */
function _set<T>(target: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
