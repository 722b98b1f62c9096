/**
 * Wildcard missing values: a missing quasi-identifier value matches any value, so the groups a
 * row hides in overlap instead of partitioning the table.
 *
 * Definition. Rows r and s are compatible when, for every quasi-identifier, r and s hold the same
 * value or at least one of them is missing. A row's group is the set of rows compatible with it,
 * itself included; k-anonymity, l-diversity and t-closeness are then measured over groups.
 *
 * Sources:
 * - Ciglič, Eder, Koncilia 2014, "k-Anonymity of Microdata with NULL Values", DEXA 2014, and the
 *   extended version "Anonymization of Data Sets with NULL Values", Transactions on Large-Scale
 *   Data- and Knowledge-Centered Systems XXIV (LNCS 9510), 2016, doi:10.1007/978-3-662-49214-7_7:
 *   k-anonymity definitions that differ in how a value matches a NULL; this module implements the
 *   one where a NULL matches every value, in both directions.
 * - sdcMicro `freqCalc` (github.com/sdcTools/sdcMicro, R/freqCalc.r): "A missing value stands for
 *   any of the possible categories of the variable considered." Its C routine `ffc`
 *   (src/freqCalc.h, with `is_same_key_Risk2`: keys match when every position is equal or missing
 *   on either side) counts for each record exactly the group size defined here (its `fk` with
 *   `alpha = 1`). The data.table rewrite in R/freqCalc.r differs in one case: with two or more key
 *   variables, a record missing every key variable is not counted in the `fk` of records with no
 *   missing value (`addAllNAtoKeys <- FALSE`), although its own `fk` is the whole table. civicveil
 *   keeps compatibility symmetric, as `ffc` does.
 *
 * Rows with the same tuple (missing included) have the same group, so groups are computed per
 * equivalence class of {@link partitionRows}.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { partitionRows, type CodedColumn, type Partition } from './classes.js';
import type { EncodedColumn } from './encode.js';
import { classHistograms, groupRows, type ClassHistograms } from './histograms.js';

/** The classes of a table and the size of each class's wildcard group. */
export interface WildcardGroups {
  /** The equivalence classes over the quasi-identifiers, missing being one value: exactly what {@link partitionRows} gives. */
  readonly partition: Partition;
  /** For each class, the number of rows compatible with its rows (its own rows included). */
  readonly groupSizes: Int32Array;
}

/**
 * The wildcard group size of every equivalence class (see the module comment for the definition).
 *
 * How: classes are grouped by missing pattern (the set of quasi-identifiers they miss). A class of
 * pattern P is compatible with a class of pattern Q when the two agree on the quasi-identifiers
 * present in both; rows of P's own pattern are compatible only with their own class. For every
 * pair of patterns, the classes of both are keyed on their shared present quasi-identifiers
 * (integer keys: exact mixed-radix numbers, or hashes confirmed on the codes when too wide) and
 * joined through a hash table built on the side with fewer classes; the rows of each side are
 * counted per key, and each class adds the other side's count for its key. Cost: with p patterns
 * over C classes and m quasi-identifiers, a pair costs O((C_P + C_Q)·m), and each class takes part
 * in p − 1 pairs, so O(p·C·m) in all, at most O(p²·rows·m) however the classes fall; one
 * {@link partitionRows} of the rows comes first. Without missing values this is that partition
 * and a copy of `sizes`.
 *
 * Refuses with `OPTION_INVALID` an empty column list and with `INPUT_INVALID` columns of unequal
 * length.
 * @example
 * const { columns } = encodeColumns({ zip: ['a', 'a', null, 'b'], age: [1, null, 1, 1] }, ['zip', 'age']);
 * wildcardGroups(columns).groupSizes // Int32Array [3, 3, 4, 2]
 * // (a,1) matches (a,·) and (·,1); (·,1) matches every row; (b,1) matches (·,1)
 */
export function wildcardGroups(qiColumns: readonly EncodedColumn[]): WildcardGroups {
  _checkColumns(qiColumns);
  const partition = partitionRows(qiColumns);
  if (!qiColumns.some((column) => column.missingCode >= 0)) return { partition, groupSizes: partition.sizes.slice() };
  const plan = _plan(partition, qiColumns);
  const { sizes } = partition;
  const groupSizes = sizes.slice();
  const { patternStart, patternClasses, patternRows } = plan;
  for (const pair of plan.pairs) {
    const fromA = patternStart[pair.a]!;
    const countA = patternStart[pair.a + 1]! - fromA;
    const fromB = patternStart[pair.b]!;
    const countB = patternStart[pair.b + 1]! - fromB;
    const ids = pair.ids;
    if (ids === null) {
      // No quasi-identifier present in both: every row of one pattern matches every row of the other.
      const rowsA = patternRows[pair.a]!;
      const rowsB = patternRows[pair.b]!;
      for (let i = 0; i < countA; i++) groupSizes[patternClasses[fromA + i]!]! += rowsB;
      for (let i = 0; i < countB; i++) groupSizes[patternClasses[fromB + i]!]! += rowsA;
      continue;
    }
    _addPairCounts(groupSizes, sizes, patternClasses, fromA, countA, fromB, countB, ids, pair.keys);
  }
  const groups: WildcardGroups = { partition, groupSizes };
  _plans.set(groups, plan);
  return groups;
}

/** Adds to each class of either pattern the rows of the other pattern that share its key (keys of −1 match nothing). */
function _addPairCounts(
  groupSizes: Int32Array,
  sizes: Int32Array,
  patternClasses: Int32Array,
  fromA: number,
  countA: number,
  fromB: number,
  countB: number,
  ids: Int32Array,
  keys: number,
): void {
  const rowsOfKeyA = new Int32Array(keys);
  const rowsOfKeyB = new Int32Array(keys);
  for (let i = 0; i < countA; i++) {
    const id = ids[i]!;
    if (id >= 0) rowsOfKeyA[id]! += sizes[patternClasses[fromA + i]!]!;
  }
  for (let i = 0; i < countB; i++) {
    const id = ids[countA + i]!;
    if (id >= 0) rowsOfKeyB[id]! += sizes[patternClasses[fromB + i]!]!;
  }
  for (let i = 0; i < countA; i++) {
    const id = ids[i]!;
    if (id >= 0) groupSizes[patternClasses[fromA + i]!]! += rowsOfKeyB[id]!;
  }
  for (let i = 0; i < countB; i++) {
    const id = ids[countA + i]!;
    if (id >= 0) groupSizes[patternClasses[fromB + i]!]! += rowsOfKeyA[id]!;
  }
}

/**
 * For each class, the counts of a column's codes over the rows of its wildcard group: the same
 * compressed sparse rows as {@link classHistograms} (each value once per class, counts positive;
 * values in no particular order), ready for {@link diversityOf}. `codes` holds one code per row in
 * 0..`cardinality` − 1; `groups` comes from {@link wildcardGroups} on the same `qiColumns` (the
 * work it did is reused when it is the very object wildcardGroups returned).
 *
 * How: each class's own histogram, then for each pair of missing patterns the histogram of one
 * pattern's rows per shared key (see {@link wildcardGroups}) is merged into the classes of the
 * other pattern holding that key. Cost: O(p·C·m) for the keys as in wildcardGroups, plus the size
 * of the merged histograms. The output itself can be large: a class's histogram has up to
 * min(group size, cardinality) entries, and a class missing every quasi-identifier has the whole
 * table as its group.
 *
 * Refuses with `INPUT_INVALID` codes that do not have one code per row, a code outside
 * 0..`cardinality` − 1 and columns that do not match the partition; the message never repeats a value.
 * @example
 * const groups = wildcardGroups(columns); // zip ['a', 'a', null], age [1, null, 1]
 * wildcardHistograms(groups, columns, Int32Array.of(0, 1, 0), 2)
 * // every row is compatible with every other: each class counts code 0 twice and code 1 once
 */
export function wildcardHistograms(
  groups: WildcardGroups,
  qiColumns: readonly EncodedColumn[],
  codes: Int32Array,
  cardinality: number,
): ClassHistograms {
  const { partition } = groups;
  if (codes.length !== partition.rows) throw new InputInvalidError('a column does not have one code per row of the partition');
  if (!Number.isInteger(cardinality) || cardinality < 0) throw new OptionInvalidError('cardinality must be a non-negative integer', { option: 'cardinality' });
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!;
    if (code < 0 || code >= cardinality) throw new InputInvalidError('a code is outside the column\'s dictionary', { row: row + 1 });
  }
  let plan = _plans.get(groups);
  if (plan === undefined || plan.columns.length !== qiColumns.length || plan.columns.some((column, i) => column !== qiColumns[i])) {
    _checkColumns(qiColumns);
    if (qiColumns[0]!.codes.length !== partition.rows) throw new InputInvalidError('the quasi-identifier columns do not match the partition');
    plan = qiColumns.some((column) => column.missingCode >= 0) ? _plan(partition, qiColumns) : undefined;
  }
  const own = classHistograms(partition, groupRows(partition), codes, cardinality);
  if (plan === undefined || plan.pairs.length === 0) return own;
  return _mergeGroups(own, plan, cardinality);
}

/** One pair of missing patterns (a < b) and the keys of their classes on the quasi-identifiers present in both. */
interface _PatternPair {
  readonly a: number;
  readonly b: number;
  /**
   * Key of each class of pattern a, then of pattern b, in `patternClasses` order (−1: no class of
   * the other pattern has that key); null when no quasi-identifier is present in both.
   */
  readonly ids: Int32Array | null;
  /** Keys are 0..keys − 1. */
  readonly keys: number;
}

/** What wildcardGroups works out from the partition and the columns, kept for wildcardHistograms. */
interface _Plan {
  /** The columns the plan was made from. */
  readonly columns: readonly EncodedColumn[];
  /** `patterns + 1` offsets into `patternClasses`. */
  readonly patternStart: Int32Array;
  /** Class ids, pattern by pattern, each pattern's classes in increasing order. */
  readonly patternClasses: Int32Array;
  /** Rows of each pattern. */
  readonly patternRows: Int32Array;
  readonly pairs: readonly _PatternPair[];
}

/** Plans of the groups wildcardGroups returned, so that histograms of several columns do not redo the keys. */
const _plans = new WeakMap<WildcardGroups, _Plan>();

function _checkColumns(qiColumns: readonly EncodedColumn[]): void {
  if (!Array.isArray(qiColumns) || qiColumns.length === 0) {
    throw new OptionInvalidError('at least one quasi-identifier is needed', { option: 'quasiIdentifiers' });
  }
  const rows = qiColumns[0]!.codes.length;
  for (const column of qiColumns) {
    if (column.codes.length !== rows) throw new InputInvalidError(`column ${column.name} does not have one code per row`, { field: column.name });
  }
}

/** Groups the classes by missing pattern and keys every pair of patterns on their shared present quasi-identifiers. */
function _plan(partition: Partition, columns: readonly EncodedColumn[]): _Plan {
  const { classes, classOfRow, sizes } = partition;
  const m = columns.length;
  // One row standing for each class: its first.
  const representative = new Int32Array(classes).fill(-1);
  for (let row = 0; row < classOfRow.length; row++) {
    const c = classOfRow[row]!;
    if (representative[c] === -1) representative[c] = row;
  }
  // Pattern of each class: a partition of the classes on "is missing", over the columns that have a missing value.
  const missingFlags: CodedColumn[] = [];
  for (const column of columns) {
    if (column.missingCode < 0) continue;
    const flags = new Int32Array(classes);
    for (let c = 0; c < classes; c++) flags[c] = column.codes[representative[c]!] === column.missingCode ? 1 : 0;
    missingFlags.push({ codes: flags, dictionary: { length: 2 } });
  }
  const byPattern = partitionRows(missingFlags);
  const patterns = byPattern.classes;
  const patternOfClass = byPattern.classOfRow;
  const patternStart = new Int32Array(patterns + 1);
  for (let p = 0; p < patterns; p++) patternStart[p + 1] = patternStart[p]! + byPattern.sizes[p]!;
  const fill = patternStart.slice(0, patterns);
  const patternClasses = new Int32Array(classes);
  const patternRows = new Int32Array(patterns);
  for (let c = 0; c < classes; c++) {
    const p = patternOfClass[c]!;
    patternClasses[fill[p]!++] = c;
    patternRows[p]! += sizes[c]!;
  }
  // Which columns each pattern misses, read from its first class.
  const missing = new Uint8Array(patterns * m);
  for (let p = 0; p < patterns; p++) {
    const row = representative[patternClasses[patternStart[p]!]!]!;
    for (let k = 0; k < m; k++) missing[p * m + k] = columns[k]!.codes[row] === columns[k]!.missingCode ? 1 : 0;
  }
  const pairs: _PatternPair[] = [];
  for (let a = 0; a < patterns; a++) {
    for (let b = a + 1; b < patterns; b++) {
      const shared: number[] = [];
      for (let k = 0; k < m; k++) if (missing[a * m + k] === 0 && missing[b * m + k] === 0) shared.push(k);
      if (shared.length === 0) {
        pairs.push({ a, b, ids: null, keys: 1 });
        continue;
      }
      const fromA = patternStart[a]!;
      const fromB = patternStart[b]!;
      pairs.push({ a, b, ..._joinKeys(columns, shared, representative, patternClasses, fromA, patternStart[a + 1]! - fromA, fromB, patternStart[b + 1]! - fromB) });
    }
  }
  return { columns, patternStart, patternClasses, patternRows, pairs };
}

/**
 * Keys two patterns' classes on their shared columns by a hash join: the side with fewer classes
 * is entered in an open-addressing table (so that the table usually stays in cache), one entry per
 * distinct tuple, and the other side looks its tuples up; a class whose tuple the built side lacks
 * gets −1. A tuple's key is exact (the mixed-radix number of its codes) when the product of the
 * shared columns' cardinalities is below 2^31, else a hash confirmed on the codes.
 */
function _joinKeys(
  columns: readonly EncodedColumn[],
  shared: readonly number[],
  representative: Int32Array,
  patternClasses: Int32Array,
  fromA: number,
  countA: number,
  fromB: number,
  countB: number,
): { ids: Int32Array; keys: number } {
  const codes = shared.map((k) => columns[k]!.codes);
  const cardinalities = Float64Array.from(shared, (k) => Math.max(1, columns[k]!.dictionary.length));
  const exact = cardinalities.reduce((product, cardinality) => product * cardinality, 1) < 2 ** 31;
  const rowsA = new Int32Array(countA);
  const rowsB = new Int32Array(countB);
  for (let i = 0; i < countA; i++) rowsA[i] = representative[patternClasses[fromA + i]!]!;
  for (let i = 0; i < countB; i++) rowsB[i] = representative[patternClasses[fromB + i]!]!;
  const keysA = new Int32Array(countA);
  const keysB = new Int32Array(countB);
  _tupleKeys(keysA, rowsA, codes, cardinalities, exact);
  _tupleKeys(keysB, rowsB, codes, cardinalities, exact);
  const ids = new Int32Array(countA + countB);
  const buildA = countA <= countB;
  const table = _buildTable(buildA ? keysA : keysB, buildA ? rowsA : rowsB, codes, exact, ids, buildA ? 0 : countA);
  _probeTable(table, buildA ? keysB : keysA, buildA ? rowsB : rowsA, codes, exact, ids, buildA ? countA : 0);
  return { ids, keys: table.entries };
}

/** Each row's key over the shared columns: exact when `exact`, else a 32-bit hash. */
function _tupleKeys(keys: Int32Array, rows: Int32Array, codes: readonly Int32Array[], cardinalities: Float64Array, exact: boolean): void {
  const width = codes.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let key = 0;
    if (exact) for (let u = 0; u < width; u++) key = key * cardinalities[u]! + codes[u]![row]!;
    else {
      for (let u = 0; u < width; u++) {
        key = Math.imul(key ^ codes[u]![row]!, 0x9e3779b1);
        key ^= key >>> 16;
      }
    }
    keys[i] = key;
  }
}

/** The join's table: for each slot its key and entry + 1 (0 = empty); for each entry, a row holding its tuple. */
interface _JoinTable {
  readonly slotKey: Int32Array;
  readonly slotEntry: Int32Array;
  readonly entryRow: Int32Array;
  readonly shift: number;
  entries: number;
}

function _buildTable(keys: Int32Array, rows: Int32Array, codes: readonly Int32Array[], exact: boolean, ids: Int32Array, offset: number): _JoinTable {
  let bits = 1;
  while (1 << bits < keys.length * 2) bits++;
  const table: _JoinTable = { slotKey: new Int32Array(1 << bits), slotEntry: new Int32Array(1 << bits), entryRow: new Int32Array(keys.length), shift: 32 - bits, entries: 0 };
  const { slotKey, slotEntry, entryRow, shift } = table;
  const mask = (1 << bits) - 1;
  let entries = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    for (;;) {
      const entry = slotEntry[slot]! - 1;
      if (entry < 0) {
        slotKey[slot] = key;
        slotEntry[slot] = entries + 1;
        entryRow[entries] = rows[i]!;
        ids[offset + i] = entries++;
        break;
      }
      if (slotKey[slot] === key && (exact || _sameTuple(codes, entryRow[entry]!, rows[i]!))) {
        ids[offset + i] = entry;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  table.entries = entries;
  return table;
}

function _probeTable(table: _JoinTable, keys: Int32Array, rows: Int32Array, codes: readonly Int32Array[], exact: boolean, ids: Int32Array, offset: number): void {
  const { slotKey, slotEntry, entryRow, shift } = table;
  const mask = slotKey.length - 1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    let id = -1;
    for (;;) {
      const entry = slotEntry[slot]! - 1;
      if (entry < 0) break;
      if (slotKey[slot] === key && (exact || _sameTuple(codes, entryRow[entry]!, rows[i]!))) {
        id = entry;
        break;
      }
      slot = (slot + 1) & mask;
    }
    ids[offset + i] = id;
  }
}

function _sameTuple(codes: readonly Int32Array[], a: number, b: number): boolean {
  for (const column of codes) if (column[a] !== column[b]) return false;
  return true;
}

/** Per-key histograms (compressed sparse rows over keys). */
interface _KeyHistograms {
  readonly start: Int32Array;
  readonly values: Int32Array;
  readonly counts: Int32Array;
}

/**
 * Merges the own histograms of `count` classes (`patternClasses[from + i]`, with key
 * `ids[idOffset + i]`, or key 0 when `ids` is null) into one histogram per key.
 */
function _keyHistograms(
  own: ClassHistograms,
  patternClasses: Int32Array,
  from: number,
  count: number,
  ids: Int32Array | null,
  idOffset: number,
  keys: number,
  seen: Int32Array,
): _KeyHistograms {
  // Counting sort of the classes by key.
  const classStart = new Int32Array(keys + 1);
  let bound = 0;
  for (let i = 0; i < count; i++) {
    const key = ids === null ? 0 : ids[idOffset + i]!;
    if (key < 0) continue; // no class of the other pattern shares it
    const c = patternClasses[from + i]!;
    classStart[key + 1]!++;
    bound += own.start[c + 1]! - own.start[c]!;
  }
  for (let key = 0; key < keys; key++) classStart[key + 1]! += classStart[key]!;
  const fill = classStart.slice(0, keys);
  const order = new Int32Array(classStart[keys]!);
  for (let i = 0; i < count; i++) {
    const key = ids === null ? 0 : ids[idOffset + i]!;
    if (key >= 0) order[fill[key]!++] = patternClasses[from + i]!;
  }

  const start = new Int32Array(keys + 1);
  const values = new Int32Array(bound);
  const counts = new Int32Array(bound);
  let out = 0;
  for (let key = 0; key < keys; key++) {
    const first = out;
    for (let j = classStart[key]!; j < classStart[key + 1]!; j++) {
      const c = order[j]!;
      for (let e = own.start[c]!; e < own.start[c + 1]!; e++) {
        const value = own.values[e]!;
        const slot = seen[value]!;
        if (slot === -1) {
          seen[value] = out;
          values[out] = value;
          counts[out++] = own.counts[e]!;
        } else counts[slot]! += own.counts[e]!;
      }
    }
    for (let j = first; j < out; j++) seen[values[j]!] = -1;
    start[key + 1] = out;
  }
  return { start, values, counts };
}

/** Each class's own histogram plus, for every other pattern, the histogram of that pattern's compatible rows. */
function _mergeGroups(own: ClassHistograms, plan: _Plan, cardinality: number): ClassHistograms {
  const { classes } = own;
  const { patternStart, patternClasses, pairs } = plan;
  const seen = new Int32Array(cardinality).fill(-1);

  // References: class `refClass[i]` takes key `refKey[i]` of per-key histograms `tables[refTable[i]]`.
  let refCount = 0;
  for (const pair of pairs) refCount += patternStart[pair.a + 1]! - patternStart[pair.a]! + patternStart[pair.b + 1]! - patternStart[pair.b]!;
  const refClass = new Int32Array(refCount);
  const refTable = new Int32Array(refCount);
  const refKey = new Int32Array(refCount);
  const tables: _KeyHistograms[] = [];
  let refs = 0;
  const refer = (table: _KeyHistograms, from: number, count: number, ids: Int32Array | null, idOffset: number): void => {
    const t = tables.length;
    tables.push(table);
    for (let i = 0; i < count; i++) {
      const key = ids === null ? 0 : ids[idOffset + i]!;
      if (key < 0 || table.start[key + 1] === table.start[key]) continue; // no compatible row on the other side
      refClass[refs] = patternClasses[from + i]!;
      refTable[refs] = t;
      refKey[refs++] = key;
    }
  };
  for (const pair of pairs) {
    const fromA = patternStart[pair.a]!;
    const countA = patternStart[pair.a + 1]! - fromA;
    const fromB = patternStart[pair.b]!;
    const countB = patternStart[pair.b + 1]! - fromB;
    const ofA = _keyHistograms(own, patternClasses, fromA, countA, pair.ids, 0, pair.keys, seen);
    const ofB = _keyHistograms(own, patternClasses, fromB, countB, pair.ids, countA, pair.keys, seen);
    refer(ofB, fromA, countA, pair.ids, 0);
    refer(ofA, fromB, countB, pair.ids, countA);
  }

  // Counting sort of the references by class, and an upper bound of each class's entries.
  const refStart = new Int32Array(classes + 1);
  for (let i = 0; i < refs; i++) refStart[refClass[i]! + 1]!++;
  for (let c = 0; c < classes; c++) refStart[c + 1]! += refStart[c]!;
  const fill = refStart.slice(0, classes);
  const order = new Int32Array(refs);
  let bound = own.values.length;
  for (let i = 0; i < refs; i++) {
    order[fill[refClass[i]!]!++] = i;
    const table = tables[refTable[i]!]!;
    bound += table.start[refKey[i]! + 1]! - table.start[refKey[i]!]!;
  }
  if (bound > _MAX_ENTRIES) throw new InputInvalidError('the wildcard groups hold too many distinct values to count in memory');

  const start = new Int32Array(classes + 1);
  const values = new Int32Array(bound);
  const counts = new Int32Array(bound);
  let out = 0;
  for (let c = 0; c < classes; c++) {
    const first = out;
    for (let e = own.start[c]!; e < own.start[c + 1]!; e++) {
      const value = own.values[e]!;
      seen[value] = out;
      values[out] = value;
      counts[out++] = own.counts[e]!;
    }
    for (let j = refStart[c]!; j < refStart[c + 1]!; j++) {
      const i = order[j]!;
      const table = tables[refTable[i]!]!;
      const key = refKey[i]!;
      for (let e = table.start[key]!; e < table.start[key + 1]!; e++) {
        const value = table.values[e]!;
        const slot = seen[value]!;
        if (slot === -1) {
          seen[value] = out;
          values[out] = value;
          counts[out++] = table.counts[e]!;
        } else counts[slot]! += table.counts[e]!;
      }
    }
    for (let j = first; j < out; j++) seen[values[j]!] = -1;
    start[c + 1] = out;
  }
  return { classes, start, values: values.slice(0, out), counts: counts.slice(0, out) };
}

/** Typed arrays longer than this are refused rather than attempted. */
const _MAX_ENTRIES = 2 ** 28;
