/**
 * The distribution of a sensitive column inside each equivalence class, in compressed sparse row
 * form: class `c`'s distinct values are `values[start[c]]` … `values[start[c + 1] − 1]`, each with
 * its count in `counts`. Every diversity and closeness measure is computed from it, whether the
 * classes partition the table or (with wildcard missing values) overlap.
 * @module
 */
import { InputInvalidError } from '../errors.js';
import type { Partition } from './classes.js';

/** Per-class value counts of one column (compressed sparse rows). */
export interface ClassHistograms {
  /** Number of classes. */
  readonly classes: number;
  /** `classes + 1` offsets into `values` and `counts`. */
  readonly start: Int32Array;
  /** The codes present in each class, in order of first row. */
  readonly values: Int32Array;
  /** How many rows of the class hold each code; positive. */
  readonly counts: Int32Array;
}

/** The rows of each class as one contiguous run of `order` (a counting sort of the rows by class). */
export interface ClassRows {
  /** `classes + 1` offsets into `order`. */
  readonly start: Int32Array;
  /** Row numbers, class by class, each class's rows in table order. */
  readonly order: Int32Array;
}

/**
 * Groups a partition's rows by class: class `c` holds `order[start[c]]` … `order[start[c + 1] − 1]`.
 * @example groupRows(partitionRows(columns)).order // Int32Array [0, 2, 1] for classOfRow [0, 1, 0]
 */
export function groupRows(partition: Partition): ClassRows {
  const { rows, classes, classOfRow, sizes } = partition;
  const start = new Int32Array(classes + 1);
  for (let c = 0; c < classes; c++) start[c + 1] = start[c]! + sizes[c]!;
  const fill = start.slice(0, classes);
  const order = new Int32Array(rows);
  for (let row = 0; row < rows; row++) order[fill[classOfRow[row]!]!++] = row;
  return { start, order };
}

/**
 * Counts a column's codes inside each class of a partition. `codes` holds one code per row in
 * 0..`cardinality` − 1. Refuses with `INPUT_INVALID` codes that do not match the partition.
 * @example
 * classHistograms(partition, rows, Int32Array.of(0, 1, 0), 2)
 * // class 0 (rows 0 and 2): values [0], counts [2]; class 1 (row 1): values [1], counts [1]
 */
export function classHistograms(partition: Partition, grouped: ClassRows, codes: Int32Array, cardinality: number): ClassHistograms {
  const { rows, classes, sizes } = partition;
  if (codes.length !== rows) throw new InputInvalidError('a column does not have one code per row of the partition');
  const { start: rowStart, order } = grouped;
  // At most one entry per row; classes of one row (common in identifying tables) need no counting.
  const values = new Int32Array(rows);
  const counts = new Int32Array(rows);
  const start = new Int32Array(classes + 1);
  const seen = new Int32Array(cardinality).fill(-1); // slot of the code in the current class, or -1
  let out = 0;
  for (let c = 0; c < classes; c++) {
    const first = rowStart[c]!;
    if (sizes[c] === 1) {
      values[out] = codes[order[first]!]!;
      counts[out++] = 1;
    } else {
      const from = out;
      for (let i = first; i < rowStart[c + 1]!; i++) {
        const code = codes[order[i]!]!;
        const slot = seen[code]!;
        if (slot === -1) {
          seen[code] = out;
          values[out] = code;
          counts[out++] = 1;
        } else counts[slot]!++;
      }
      for (let j = from; j < out; j++) seen[values[j]!] = -1;
    }
    start[c + 1] = out;
  }
  return { classes, start, values: values.slice(0, out), counts: counts.slice(0, out) };
}
