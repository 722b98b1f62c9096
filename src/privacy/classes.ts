/**
 * The partition of rows into equivalence classes: rows that agree on every quasi-identifier
 * (Sweeney 2002, "k-anonymity: a model for protecting privacy", the "equivalence class" /
 * "QI-group" of later papers). Every metric in this folder is computed from it.
 * @module
 */
import { OptionInvalidError } from '../errors.js';

/** The equivalence classes of a table's rows. */
export interface Partition {
  /** Number of rows. */
  readonly rows: number;
  /** Number of classes; class ids are 0..classes-1, numbered in order of their first row. */
  readonly classes: number;
  /** The class id of each row. */
  readonly classOfRow: Int32Array;
  /** The number of rows in each class. */
  readonly sizes: Int32Array;
}

/** The codes of one column and how many distinct codes it has (codes are 0..cardinality-1). */
export interface CodedColumn {
  readonly codes: Int32Array;
  readonly dictionary: { readonly length: number };
}

/** Combined keys stay below this while columns are folded in, so they are small integers for V8. */
const _KEY_LIMIT = 2 ** 31;
/** Up to this many possible keys, a dense lookup table replaces the Map. */
const _TABLE_LIMIT = 1 << 22;

/**
 * Partitions rows into equivalence classes over the given encoded columns (the quasi-identifiers).
 * Codes are folded into one integer key per row, column after column (key·cardinality + code);
 * whenever the next column would push keys past 2^31 the keys so far are renumbered densely
 * (0..classes-1), so keys never overflow however many columns there are.
 * @example
 * const { columns } = encodeColumns({ zip: ['a', 'b', 'a'], age: [1, 1, 1] }, ['zip', 'age']);
 * partitionRows(columns) // { rows: 3, classes: 2, classOfRow: [0, 1, 0], sizes: [2, 1] }
 */
export function partitionRows(columns: readonly CodedColumn[]): Partition {
  if (columns.length === 0) {
    throw new OptionInvalidError('at least one quasi-identifier is needed', { option: 'quasiIdentifiers' });
  }
  const rows = columns[0]!.codes.length;
  let keys = new Int32Array(rows);
  let range = 1; // keys are in 0..range-1
  for (const column of columns) {
    const cardinality = Math.max(1, column.dictionary.length);
    const codes = column.codes;
    if (range * cardinality > _KEY_LIMIT) {
      range = _renumber(keys, range);
      if (range * cardinality > _KEY_LIMIT) {
        // Still too wide (very many rows and a column with very many values): combine through a Map.
        range = _combineSparse(keys, codes, cardinality);
        continue;
      }
    }
    if (range === 1) keys = Int32Array.from(codes);
    else for (let row = 0; row < rows; row++) keys[row] = keys[row]! * cardinality + codes[row]!;
    range *= cardinality;
  }
  const classes = _renumber(keys, range);
  const sizes = new Int32Array(classes);
  for (let row = 0; row < rows; row++) sizes[keys[row]!]!++;
  return { rows, classes, classOfRow: keys, sizes };
}

/** Renumbers keys in place to 0..n-1 in order of first appearance; returns n. */
function _renumber(keys: Int32Array, range: number): number {
  if (range <= _TABLE_LIMIT || range <= keys.length * 2) return _renumberDense(keys, range);
  return _renumberHashed(keys);
}

/** Renumbering through a lookup table indexed by key: for key ranges that fit in memory. */
function _renumberDense(keys: Int32Array, range: number): number {
  const table = new Int32Array(range).fill(-1);
  let next = 0;
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row]!;
    let id = table[key]!;
    if (id === -1) table[key] = id = next++;
    keys[row] = id;
  }
  return next;
}

/**
 * Renumbering through an open-addressing hash table (linear probing, Fibonacci hashing) sized to
 * at least twice the number of rows, so it never fills: a Map of a million integer keys costs
 * several times more.
 */
function _renumberHashed(keys: Int32Array): number {
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  const slotKeys = new Int32Array(size).fill(-1); // keys are never negative
  const slotIds = new Int32Array(size);
  let next = 0;
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row]!;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    for (;;) {
      const found = slotKeys[slot]!;
      if (found === key) {
        keys[row] = slotIds[slot]!;
        break;
      }
      if (found === -1) {
        slotKeys[slot] = key;
        slotIds[slot] = next;
        keys[row] = next++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return next;
}

/** Folds one column into the keys through a Map, renumbering as it goes; returns the new range. */
function _combineSparse(keys: Int32Array, codes: Int32Array, cardinality: number): number {
  const ids = new Map<number | string, number>();
  const exact = keys.length * cardinality <= Number.MAX_SAFE_INTEGER;
  let next = 0;
  for (let row = 0; row < keys.length; row++) {
    const key = exact ? keys[row]! * cardinality + codes[row]! : `${keys[row]!},${codes[row]!}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = next++));
    keys[row] = id;
  }
  return next;
}
