/**
 * Linkage between two tables (DESIGN 1 and 6, the "mosaic effect"): how many records of one table
 * an attacker can tie to exactly one record of another table that shares some columns, and which
 * of those columns make it possible.
 * @module
 */
import { OptionInvalidError } from '../errors.js';
import type { MissingValues, Table } from './encode.js';
import { _columnList, _encodeJoint } from './joint.js';

/** At most this many shared columns; the breakdown by combination is exponential in it. */
const _MAX_COLUMNS = 16;

/** Options of {@link linkage}. */
export interface LinkageOptions {
  /** The columns both tables have and an attacker can join on: 1 to 16, no duplicates. */
  columns: readonly string[];
  /** How missing values (`null`, `undefined`, `''`) are treated; default `'value'` (see {@link MissingValues}). */
  missing?: MissingValues;
  /**
   * The largest combination of columns in `combinations`: an integer from 1 to the number of
   * columns. Default: every combination when there are at most 8 columns, else combinations of
   * 1 to 3 columns.
   */
  maxCombination?: number;
}

/** The linkage seen from one table's records to the other table. */
export interface LinkageSide {
  /** Records of this table that were compared (all, unless `missing: 'drop'` left some out). */
  readonly rows: number;
  /** Records left out because a column was missing (`missing: 'drop'` only). */
  readonly dropped: number;
  /** Records that agree on all the columns with exactly one record of the other table. */
  readonly uniqueMatches: number;
  /**
   * Of those, the records that are also the only one of their own table with those values: the
   * pair is certain (one-to-one). The same number on both sides.
   */
  readonly oneToOne: number;
  /** Records that agree on all the columns with at least one record of the other table. */
  readonly matched: number;
}

/** The linkage over one combination of the columns, seen from the left table. */
export interface LinkageCombination {
  /** The columns joined on, in the order of the `columns` option. */
  readonly columns: readonly string[];
  /** Left records that agree on these columns with exactly one right record. */
  readonly uniqueMatches: number;
  /** Of those, the records whose values on these columns are also unique in the left table. */
  readonly oneToOne: number;
}

/** The result of {@link linkage}: plain data, printable as JSON. */
export interface LinkageReport {
  /** The columns joined on, as given. */
  readonly columns: readonly string[];
  /** The left table's records matched against the right table. */
  readonly left: LinkageSide;
  /** The right table's records matched against the left table. */
  readonly right: LinkageSide;
  /**
   * Every combination of 1 to `maxCombination` columns, sorted by `uniqueMatches` (most first);
   * ties by fewer columns first, then in the order of the `columns` option (lexicographically by
   * position).
   */
  readonly combinations: readonly LinkageCombination[];
  /**
   * Per column: the left table's unique matches on all the columns minus those on all the columns
   * but this one. Positive when the column drives re-identification. It can be negative: leaving
   * out a column on which the tables disagree can create unique matches.
   */
  readonly lostWithout: Readonly<Record<string, number>>;
}

/**
 * Measures how well two tables link on the columns they share (the "mosaic effect" of the U.S.
 * OMB Open Data Policy, M-13-13, 2013: information that is not identifying on its own becomes so
 * when combined with other available information). A left record "uniquely matches" when exactly
 * one right record has the same values on all the columns (the linkage of Sweeney 2002,
 * "k-anonymity: a model for protecting privacy", IJUFKS 10(5), section 1, where a medical table
 * is joined to a voter list on ZIP code, birth date and sex); it is a certain re-identification
 * ("one-to-one") when it is moreover the only left record with those values. The same numbers are
 * reported from the right table's side. Then, for every combination of up to `maxCombination`
 * columns, the left table's unique matches on that combination, and per column the unique
 * matches lost when it is left out: this breakdown is civicveil's own and matches no other tool.
 *
 * Values compare as in {@link encodeJoint}; with `missing: 'value'` two missing values match, with
 * `'drop'` a record missing any of the columns is left out of every combination. Either table may
 * have no rows. Cost: O(rows) per combination, from integer keys folded out of the codes and
 * renumbered after each column (no string keys); combinations are visited depth first, each
 * folding one column into its parent's keys.
 *
 * Refuses with `OPTION_INVALID` an empty column list, more than 16 columns, a column named twice
 * (`field` names it), a column a table lacks (all are named; `field` is the first), a
 * `maxCombination` that is not an integer from 1 to the number of columns, and a bad `missing`;
 * with `INPUT_INVALID` a malformed table or a value that is an object (`field` = column, `row` =
 * 1-based row of that table). Messages never contain a value.
 * @example
 * const released = [{ zip: '02138', born: '1945-07-31', sex: 'F', diagnosis: 'x' }, { zip: '02139', born: '1960-01-01', sex: 'M', diagnosis: 'y' }];
 * const voters = [{ name: 'A', zip: '02138', born: '1945-07-31', sex: 'F' }, { name: 'B', zip: '02139', born: '1960-01-01', sex: 'M' }, { name: 'C', zip: '02139', born: '1960-01-01', sex: 'M' }];
 * linkage(released, voters, { columns: ['zip', 'born', 'sex'] })
 * // { columns: ['zip', 'born', 'sex'],
 * //   left: { rows: 2, dropped: 0, uniqueMatches: 1, oneToOne: 1, matched: 2 },
 * //   right: { rows: 3, dropped: 0, uniqueMatches: 3, oneToOne: 1, matched: 3 },
 * //   combinations: [{ columns: ['zip'], uniqueMatches: 1, oneToOne: 1 }, ...], lostWithout: { zip: 0, born: 0, sex: 0 } }
 */
export function linkage(left: Table, right: Table, options: LinkageOptions): LinkageReport {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object');
  const columns = _columnList(options.columns, 'columns', _MAX_COLUMNS);
  const n = columns.length;
  const maxCombination = options.maxCombination ?? (n <= 8 ? n : 3);
  if (typeof maxCombination !== 'number' || !Number.isInteger(maxCombination) || maxCombination < 1 || maxCombination > n) {
    throw new OptionInvalidError(`maxCombination must be an integer from 1 to ${n}`, { option: 'maxCombination' });
  }
  const encoded = _encodeJoint(left, right, columns, { missing: options.missing ?? 'value' }, ['left table', 'right table']);
  const leftRows = encoded.left.rows;
  const total = leftRows + encoded.right.rows;

  // Each column's codes for the left rows followed by the right rows, in the shared dictionary.
  const codes = encoded.left.columns.map((column, i) => {
    const joined = new Int32Array(total);
    joined.set(column.codes, 0);
    joined.set(encoded.right.columns[i]!.codes, leftRows);
    return joined;
  });
  const cardinalities = encoded.left.columns.map((column) => Math.max(1, column.dictionary.length));
  const scratch = _scratch(total, Math.max(...cardinalities));
  const root = new Int32Array(total); // the empty combination: every row in class 0
  const rootClasses = total > 0 ? 1 : 0;

  // Depth-first over combinations in increasing column order; each depth reuses one key buffer.
  const visited = new Map<number, _Counts>();
  const buffers: Int32Array[] = [];
  const visit = (keys: Int32Array, classes: number, mask: number, depth: number, from: number): void => {
    for (let j = from; j < n; j++) {
      const out = (buffers[depth] ??= new Int32Array(total));
      const refined = _refine(keys, classes, codes[j]!, cardinalities[j]!, out, scratch);
      const combination = mask | (1 << j);
      visited.set(combination, _count(out, refined, leftRows, scratch));
      if (depth + 1 < maxCombination) visit(out, refined, combination, depth + 1, j + 1);
    }
  };
  visit(root, rootClasses, 0, 0, 0);

  // The full set and the sets without one column, when the walk did not reach them.
  const computed = new Map<number, _Counts>();
  let spare: Int32Array<ArrayBuffer>[] | undefined;
  const countsOf = (mask: number): _Counts => {
    let counts = visited.get(mask) ?? computed.get(mask);
    if (counts !== undefined) return counts;
    let keys = root;
    let classes = rootClasses;
    spare ??= [new Int32Array(total), new Int32Array(total)];
    let turn = 0;
    for (let j = 0; j < n; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const out = spare[turn]!;
      turn ^= 1;
      classes = _refine(keys, classes, codes[j]!, cardinalities[j]!, out, scratch);
      keys = out;
    }
    counts = _count(keys, classes, leftRows, scratch);
    computed.set(mask, counts);
    return counts;
  };

  const fullMask = (1 << n) - 1;
  const full = countsOf(fullMask);
  const lostWithout: Record<string, number> = {};
  columns.forEach((name, j) => {
    const value = full.leftUnique - countsOf(fullMask & ~(1 << j)).leftUnique;
    Object.defineProperty(lostWithout, name, { value, enumerable: true, writable: true, configurable: true });
  });

  const positions = (mask: number): number[] => columns.flatMap((_, j) => ((mask & (1 << j)) !== 0 ? [j] : []));
  const combinations = [...visited].map(([mask, counts]) => ({ at: positions(mask), counts }));
  combinations.sort((a, b) => b.counts.leftUnique - a.counts.leftUnique || a.at.length - b.at.length || _lexicographic(a.at, b.at));

  return {
    columns: [...columns],
    left: { rows: leftRows, dropped: encoded.left.dropped, uniqueMatches: full.leftUnique, oneToOne: full.oneToOne, matched: full.leftMatched },
    right: {
      rows: encoded.right.rows,
      dropped: encoded.right.dropped,
      uniqueMatches: full.rightUnique,
      oneToOne: full.oneToOne,
      matched: full.rightMatched,
    },
    combinations: combinations.map(({ at, counts }) => ({
      columns: at.map((j) => columns[j]!),
      uniqueMatches: counts.leftUnique,
      oneToOne: counts.oneToOne,
    })),
    lostWithout,
  };
}

/** The linkage counts of one combination. */
interface _Counts {
  leftUnique: number;
  rightUnique: number;
  oneToOne: number;
  leftMatched: number;
  rightMatched: number;
}

/** Work arrays shared by every combination, allocated once at their largest size. */
interface _Scratch {
  readonly leftCounts: Int32Array;
  readonly rightCounts: Int32Array;
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly stamp: Int32Array;
  readonly idOf: Int32Array;
  /** A lookup table of at least `size` entries, the first `size` set to -1. */
  table(size: number): Int32Array;
}

function _scratch(rows: number, cardinality: number): _Scratch {
  let lookup = new Int32Array(0);
  return {
    leftCounts: new Int32Array(rows + 1),
    rightCounts: new Int32Array(rows + 1),
    order: new Int32Array(rows),
    start: new Int32Array(rows + 2),
    stamp: new Int32Array(cardinality),
    idOf: new Int32Array(cardinality),
    table(size: number): Int32Array {
      if (lookup.length < size) lookup = new Int32Array(size);
      lookup.fill(-1, 0, size);
      return lookup;
    },
  };
}

/**
 * Refines a partition by one more column: rows stay together when they were together and agree on
 * the column. Writes the new class of each row (0..result-1) to `out` and returns the number of
 * classes. When classes × cardinality is small the pair (class, code) is folded into one integer
 * and renumbered through a lookup table, as partitionRows does; otherwise the rows are grouped by
 * class (a counting sort) and the codes renumbered within each group, so keys never overflow and
 * no Map is needed. O(rows + classes + cardinality) either way.
 */
function _refine(keys: Int32Array, classes: number, codes: Int32Array, cardinality: number, out: Int32Array, scratch: _Scratch): number {
  const rows = keys.length;
  if (rows === 0) return 0;
  let next = 0;
  const range = classes * cardinality;
  if (range <= 4 * rows + 1024) {
    const table = scratch.table(range);
    for (let row = 0; row < rows; row++) {
      const key = keys[row]! * cardinality + codes[row]!;
      let id = table[key]!;
      if (id === -1) table[key] = id = next++;
      out[row] = id;
    }
    return next;
  }
  const { order, start, stamp, idOf } = scratch;
  start.fill(0, 0, classes + 1);
  for (let row = 0; row < rows; row++) start[keys[row]! + 1]!++;
  for (let c = 0; c < classes; c++) start[c + 1]! += start[c]!;
  // start[c] is now where class c begins; use it as the fill pointer, then restore.
  for (let row = 0; row < rows; row++) order[start[keys[row]!]!++] = row;
  for (let c = classes; c > 0; c--) start[c] = start[c - 1]!;
  start[0] = 0;
  stamp.fill(-1, 0, cardinality);
  for (let c = 0; c < classes; c++) {
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const row = order[i]!;
      const code = codes[row]!;
      if (stamp[code] !== c) {
        stamp[code] = c;
        idOf[code] = next++;
      }
      out[row] = idOf[code]!;
    }
  }
  return next;
}

/** Counts each class's left and right rows and sums the linkage counts over classes. */
function _count(keys: Int32Array, classes: number, leftRows: number, scratch: _Scratch): _Counts {
  const { leftCounts, rightCounts } = scratch;
  leftCounts.fill(0, 0, classes);
  rightCounts.fill(0, 0, classes);
  for (let row = 0; row < leftRows; row++) leftCounts[keys[row]!]!++;
  for (let row = leftRows; row < keys.length; row++) rightCounts[keys[row]!]!++;
  const counts: _Counts = { leftUnique: 0, rightUnique: 0, oneToOne: 0, leftMatched: 0, rightMatched: 0 };
  for (let c = 0; c < classes; c++) {
    const l = leftCounts[c]!;
    const r = rightCounts[c]!;
    if (l === 0 || r === 0) continue;
    counts.leftMatched += l;
    counts.rightMatched += r;
    if (r === 1) counts.leftUnique += l;
    if (l === 1) counts.rightUnique += r;
    if (l === 1 && r === 1) counts.oneToOne++;
  }
  return counts;
}

function _lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
