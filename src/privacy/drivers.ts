/**
 * Which quasi-identifier drives uniqueness: for each quasi-identifier, how many sample uniques
 * (rows alone in their equivalence class) remain when it is left out, and how many it alone
 * accounts for. A data team reads this to see which column to generalize or drop first.
 *
 * Definitions: a sample unique is a row alone in its equivalence class (sdcMicro's `fk` = 1 in
 * `freqCalc`, github.com/sdcTools/sdcMicro R/freqCalc.r; ARX's "sample uniqueness"). The
 * per-variable view answers the question sdcMicro's `suda2` answers with its
 * `attribute_contributions` (Elliot et al., "SUDA: a program for detecting special uniques"), but
 * as a plain, exact leave-one-out count rather than a SUDA score: uniquesWithout(j) is the number of
 * sample uniques over every quasi-identifier except j.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { partitionRows, type CodedColumn, type Partition } from './classes.js';

/** How much one quasi-identifier drives sample uniqueness. */
export interface UniquenessDriver {
  /** Index of the quasi-identifier in the columns given. */
  readonly column: number;
  /** Its name, when the column has one (encoded columns do). */
  readonly name?: string;
  /** Sample uniques over the other quasi-identifiers (rows alone in their class without this one). */
  readonly uniquesWithout: number;
  /**
   * Sample uniques over all quasi-identifiers minus `uniquesWithout`: the rows that are unique only
   * because of this quasi-identifier. Never negative, since a row unique without a column is also
   * unique with it; so it is also the number of unique rows whose class would grow above one row
   * if the column were left out.
   */
  readonly uniquesLost: number;
}

/**
 * For each quasi-identifier, the sample uniques without it and the uniques it accounts for, sorted
 * by `uniquesLost`, highest first (ties in column order). With one quasi-identifier, leaving it out
 * leaves none, and no quasi-identifier puts every row in one class: `uniquesWithout` is 1 for a
 * one-row table and 0 otherwise. `partition` is the partition of the rows over all `columns`
 * (computed when not given).
 *
 * How: the work is per class of the full partition, not per row, since leaving a column out only
 * merges whole classes; each class is represented by one row and weighted by its size. A unique
 * class stays unique without column j unless another class agrees with it on every other column.
 * The classes are sorted (a counting sort) by a key over a few columns T, so that classes agreeing
 * on T form short runs; for every j outside T, the classes that agree on everything but j lie in
 * the same run, and each run is grouped on its own, pairwise or through a table small enough to
 * stay in cache, by a hash of the other columns (prefix and suffix hashes), every hash match being
 * checked on the codes themselves. The columns in T are then counted by another sort on other
 * columns; each sort counts at least half the columns left, so there are at most about log2(m) + 1
 * sorts (two or three for eight quasi-identifiers). Cost: O(C·m) per sort for C classes
 * and m quasi-identifiers, with one scattered write per class per sort, instead of m
 * re-partitions of every row.
 *
 * Refuses with `OPTION_INVALID` an empty column list and with `INPUT_INVALID` columns of unequal
 * length or a partition that does not match them; messages name columns, never values.
 * @example
 * const { columns } = encodeColumns({ zip: ['a', 'a', 'b', 'b'], sex: ['F', 'M', 'F', 'F'] }, ['zip', 'sex']);
 * uniquenessDrivers(columns)
 * // [{ column: 1, name: 'sex', uniquesWithout: 0, uniquesLost: 2 },
 * //  { column: 0, name: 'zip', uniquesWithout: 1, uniquesLost: 1 }]
 * // (a,F) and (a,M) are the uniques; without sex both share zip a; without zip, M is still alone
 */
export function uniquenessDrivers(
  columns: readonly (CodedColumn & { readonly name?: string })[],
  partition?: Partition,
): UniquenessDriver[] {
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new OptionInvalidError('at least one quasi-identifier is needed', { option: 'quasiIdentifiers' });
  }
  const rows = columns[0]!.codes.length;
  columns.forEach((column, k) => {
    if (column.codes.length !== rows) {
      throw new InputInvalidError(`quasi-identifier ${_label(column, k)} does not have one code per row`, _field(column));
    }
  });
  const full = partition ?? partitionRows(columns);
  if (full.rows !== rows || full.classOfRow.length !== rows || full.sizes.length !== full.classes) {
    throw new InputInvalidError('the partition does not match the quasi-identifier columns');
  }
  const { classes, sizes } = full;
  let uniques = 0;
  for (let c = 0; c < classes; c++) if (sizes[c] === 1) uniques++;

  const m = columns.length;
  const without = new Int32Array(m);
  if (m === 1) without[0] = rows === 1 ? 1 : 0;
  else if (uniques > 0) {
    // One row standing for each class.
    const representative = new Int32Array(classes).fill(-1);
    for (let row = 0; row < rows; row++) {
      const c = full.classOfRow[row]!;
      if (c < 0 || c >= classes) throw new InputInvalidError('the partition does not match the quasi-identifier columns');
      if (representative[c] === -1) representative[c] = row;
    }
    if (representative.includes(-1)) throw new InputInvalidError('the partition does not match the quasi-identifier columns');
    // Each pass sorts the classes on some columns and counts without each of the others; the
    // columns it sorted on are left for the next pass, which sorts on other columns.
    let remaining = columns.map((_, k) => k);
    while (remaining.length > 0) {
      const runColumns = _runColumns(columns, remaining, classes);
      _countWithout(columns, representative, sizes, runColumns, remaining.filter((k) => !runColumns.includes(k)), without);
      remaining = remaining.filter((k) => runColumns.includes(k));
    }
  }

  const drivers: UniquenessDriver[] = columns.map((column, k) => {
    const driver: { column: number; name?: string; uniquesWithout: number; uniquesLost: number } = {
      column: k,
      uniquesWithout: without[k]!,
      uniquesLost: uniques - without[k]!,
    };
    if (typeof column.name === 'string') driver.name = column.name;
    return driver;
  });
  // Array.prototype.sort is stable: ties keep column order.
  return drivers.sort((x, y) => y.uniquesLost - x.uniquesLost);
}

/** Run keys are first kept below this, so that the counting sort's table stays in cache. */
const _RUN_KEYS = 1 << 20;
/** Runs are aimed at this many classes on average. */
const _RUN = 32;

/**
 * The columns to sort on when counting without the `remaining` columns: columns already done
 * first, then at most half of the remaining ones (at least one is always left out, to be counted),
 * highest cardinality first, until runs average {@link _RUN} classes, while the product of
 * cardinalities (the counting sort's table) stays below {@link _RUN_KEYS}, or below 4·classes when
 * runs would otherwise average more than twice that.
 */
function _runColumns(columns: readonly CodedColumn[], remaining: readonly number[], classes: number): number[] {
  const byCardinality = (x: number, y: number): number => columns[y]!.dictionary.length - columns[x]!.dictionary.length;
  const done = columns.map((_, k) => k).filter((k) => !remaining.includes(k)).sort(byCardinality);
  const order = [...done, ...[...remaining].sort(byCardinality)];
  const small = Math.min(_RUN_KEYS, Math.max(1 << 10, 4 * classes));
  const chosen = _greedyColumns(columns, order, remaining, small, classes);
  if (chosen.range * 2 * _RUN >= classes || small >= 4 * classes) return chosen.columns;
  return _greedyColumns(columns, order, remaining, 4 * classes, classes).columns;
}

function _greedyColumns(
  columns: readonly CodedColumn[],
  order: readonly number[],
  remaining: readonly number[],
  limit: number,
  classes: number,
): { columns: number[]; range: number } {
  const chosen: number[] = [];
  let range = 1;
  let fromRemaining = 0;
  // At most half the remaining columns (and never all): each pass counts at least half of them.
  const cap = Math.min(remaining.length - 1, Math.ceil(remaining.length / 2));
  for (const k of order) {
    if (range * _RUN >= classes) break;
    const cardinality = Math.max(1, columns[k]!.dictionary.length);
    if (range * cardinality > limit) continue;
    if (remaining.includes(k)) {
      if (fromRemaining === cap) continue;
      fromRemaining++;
    }
    chosen.push(k);
    range *= cardinality;
  }
  return { columns: chosen, range };
}

/**
 * For each column j of `targets` (none of them in `runColumns`), writes to `without[j]` the sample
 * uniques over every column but j. Classes are sorted into runs by their key over `runColumns`;
 * two classes that agree on every column but j agree on the run columns, so they share a run, and
 * a class alone in its run is alone without any target column.
 *
 * Layout: the classes are read once in order, their hashes (one per target column) computed from
 * their codes and written side by side at their sorted position, so that the only scattered memory
 * accesses are that write and the counting sort; grouping then reads memory in order, one run at
 * a time, for all target columns together, and reads codes again only to confirm equal hashes.
 */
function _countWithout(
  columns: readonly CodedColumn[],
  representative: Int32Array,
  sizes: Int32Array,
  runColumns: readonly number[],
  targets: readonly number[],
  without: Int32Array,
): void {
  if (targets.length === 0) return;
  const n = representative.length;
  // Hot loops live in small functions: V8 optimizes each on its own, where one long function
  // would be recompiled as each new loop is reached.
  const runKey = new Int32Array(n);
  let range = 1;
  for (const k of runColumns) {
    const cardinality = Math.max(1, columns[k]!.dictionary.length);
    _foldKey(runKey, columns[k]!.codes, representative, cardinality);
    range *= cardinality;
  }
  // Counting sort of the classes that share their run, by run key: `next` counts, then holds the
  // next free position of each shared key, or −1 for a key of one class.
  const next = new Int32Array(range);
  _countKeys(next, runKey);
  const runs = _countRuns(next);
  const runStart = new Int32Array(runs + 1);
  _startRuns(next, runStart);
  const active = runStart[runs]!;
  const others = columns.map((_, k) => k).filter((k) => !runColumns.includes(k));
  // The target columns' positions among `others`, and each other column's target slot or −1.
  const targetAt = Int32Array.from(others.flatMap((k, u) => (targets.includes(k) ? [u] : [])));
  const slotOf = new Int32Array(others.length).fill(-1);
  targetAt.forEach((u, v) => (slotOf[u] = v));
  const otherCodes = others.map((k) => columns[k]!.codes);
  // A target's key is exact (the mixed-radix number of the other columns' codes) when the product
  // of their cardinalities stays below 2^31, and a hash checked on the codes otherwise.
  const cardinalities = others.map((k) => Math.max(1, columns[k]!.dictionary.length));
  const suffixRange = new Float64Array(others.length); // product of the cardinalities after u
  for (let u = others.length - 1, product = 1; u >= 0; u--) {
    suffixRange[u] = product;
    product *= cardinalities[u]!;
  }
  const exact = Uint8Array.from(targetAt, (u) => (cardinalities.reduce((product, cardinality, w) => (w === u ? product : product * cardinality), 1) < 2 ** 31 ? 1 : 0));
  const records = new Int32Array(active * (targetAt.length + 2));
  // Classes alone in their run are unique without any target column when they hold one row.
  const alone = _place(runKey, next, sizes, representative, otherCodes, Float64Array.from(cardinalities), suffixRange, slotOf, exact, records);
  const found = _uniquesInRuns(runStart, records, otherCodes, targetAt, exact);
  targetAt.forEach((u, v) => (without[others[u]!] = alone + found[v]!));
}

function _foldKey(keys: Int32Array, codes: Int32Array, representative: Int32Array, cardinality: number): void {
  for (let c = 0; c < keys.length; c++) keys[c] = keys[c]! * cardinality + codes[representative[c]!]!;
}

function _countKeys(counts: Int32Array, keys: Int32Array): void {
  for (let c = 0; c < keys.length; c++) counts[keys[c]!]!++;
}

function _countRuns(counts: Int32Array): number {
  let runs = 0;
  for (let key = 0; key < counts.length; key++) if (counts[key]! > 1) runs++;
  return runs;
}

/** Turns the counts into each shared key's first position (−1 for the others) and records where runs end. */
function _startRuns(next: Int32Array, runStart: Int32Array): void {
  let position = 0;
  let r = 0;
  for (let key = 0; key < next.length; key++) {
    const count = next[key]!;
    if (count > 1) {
      next[key] = position;
      position += count;
      runStart[++r] = position;
    } else next[key] = -1;
  }
}

/**
 * Writes each class that shares its run, at its sorted position, as one record: its size, its
 * representative row, and for each target slot v (column u = targetAt[v] of the other columns) a
 * key of its codes in every other column but u, made of the columns before u (prefix) and after
 * it (suffix): exact when `exact[v]`, else a hash. Returns the number of one-row classes alone in
 * their run.
 */
function _place(
  runKey: Int32Array,
  next: Int32Array,
  sizes: Int32Array,
  representative: Int32Array,
  otherCodes: readonly Int32Array[],
  cardinalities: Float64Array,
  suffixRange: Float64Array,
  slotOf: Int32Array,
  exact: Uint8Array,
  records: Int32Array,
): number {
  const width = otherCodes.length;
  const stride = exact.length + 2;
  const prefixHash = new Int32Array(width);
  const prefixKey = new Float64Array(width);
  let alone = 0;
  for (let c = 0; c < runKey.length; c++) {
    const key = runKey[c]!;
    const at = next[key]!;
    if (at < 0) {
      if (sizes[c] === 1) alone++;
      continue;
    }
    next[key] = at + 1;
    const row = representative[c]!;
    const base = at * stride;
    records[base] = sizes[c]!;
    records[base + 1] = row;
    let h = 0;
    let k = 0;
    for (let u = 0; u < width; u++) {
      prefixHash[u] = h;
      prefixKey[u] = k;
      const code = otherCodes[u]![row]!;
      h = _mix(h, code);
      k = k * cardinalities[u]! + code; // only read where exact, i.e. below 2^31
    }
    let suffixHash = 0;
    let suffixKey = 0;
    for (let u = width - 1; u >= 0; u--) {
      const v = slotOf[u]!;
      if (v >= 0) records[base + 2 + v] = exact[v] === 1 ? prefixKey[u]! * suffixRange[u]! + suffixKey : _finish(prefixHash[u]!, suffixHash);
      const code = otherCodes[u]![row]!;
      suffixHash = _mixSuffix(code, suffixHash);
      suffixKey += code * suffixRange[u]!;
    }
  }
  return alone;
}

/**
 * For each target slot, the classes of one row that no other class of their run matches: equal
 * hash and equal codes on every other column. Small runs are compared pairwise, larger ones
 * through a hash table.
 */
function _uniquesInRuns(runStart: Int32Array, records: Int32Array, otherCodes: readonly Int32Array[], targetAt: Int32Array, exact: Uint8Array): Int32Array {
  const slots = targetAt.length;
  const stride = slots + 2;
  const found = new Int32Array(slots);
  const table: _RunTable = { position: new Int32Array(0), hash: new Int32Array(0), weight: new Int32Array(0) };
  const runs = runStart.length - 1;
  for (let r = 0; r < runs; r++) {
    const from = runStart[r]!;
    const to = runStart[r + 1]!;
    for (let v = 0; v < slots; v++) {
      const skip = exact[v] === 1 ? -2 : targetAt[v]!; // −2: keys are exact, nothing to check
      if (to - from === 2) {
        const a = from * stride;
        const b = a + stride;
        if (records[a + 2 + v] !== records[b + 2 + v] || (skip !== -2 && !_sameCodes(otherCodes, records[a + 1]!, records[b + 1]!, skip))) {
          if (records[a] === 1) found[v]!++;
          if (records[b] === 1) found[v]!++;
        }
      } else if (to - from <= _PAIRWISE) {
        let matched = 0; // bit i: position from + i matches another
        for (let i = from; i < to; i++) {
          const a = i * stride;
          const h = records[a + 2 + v]!;
          for (let j = i + 1; j < to; j++) {
            const b = j * stride;
            if (records[b + 2 + v] === h && (skip === -2 || _sameCodes(otherCodes, records[a + 1]!, records[b + 1]!, skip))) {
              matched |= (1 << (i - from)) | (1 << (j - from));
            }
          }
        }
        for (let i = from; i < to; i++) if (records[i * stride] === 1 && (matched & (1 << (i - from))) === 0) found[v]!++;
      } else found[v]! += _uniquesInTable(table, from, to, records, stride, v, otherCodes, skip);
    }
  }
  return found;
}

/** Runs up to this long are compared pairwise (at most 31: one bit per class). */
const _PAIRWISE = 16;

/** A reusable open-addressing table for the groups of one run (grown as needed). */
interface _RunTable {
  /** Sorted position of the slot's first class + 1; 0 = empty. */
  position: Int32Array;
  hash: Int32Array;
  weight: Int32Array;
}

/**
 * Groups positions from..to−1 on target slot v through the table and counts the groups of total
 * weight 1. `skip` is the column whose codes are not compared on equal keys, or −2 when keys are exact.
 */
function _uniquesInTable(
  table: _RunTable,
  from: number,
  to: number,
  records: Int32Array,
  stride: number,
  v: number,
  otherCodes: readonly Int32Array[],
  skip: number,
): number {
  let bits = 1;
  while (1 << bits < (to - from) * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  if (table.position.length < size) {
    table.position = new Int32Array(size);
    table.hash = new Int32Array(size);
    table.weight = new Int32Array(size);
  } else table.position.fill(0, 0, size);
  const { position, hash, weight } = table;
  for (let i = from; i < to; i++) {
    const base = i * stride;
    const h = records[base + 2 + v]!;
    let slot = Math.imul(h, 0x9e3779b1) >>> shift;
    for (;;) {
      const at = position[slot]!;
      if (at === 0) {
        position[slot] = i + 1;
        hash[slot] = h;
        weight[slot] = records[base]!;
        break;
      }
      if (hash[slot] === h && (skip === -2 || _sameCodes(otherCodes, records[(at - 1) * stride + 1]!, records[base + 1]!, skip))) {
        weight[slot]! += records[base]!;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  let count = 0;
  for (let slot = 0; slot < size; slot++) if (position[slot] !== 0 && weight[slot] === 1) count++;
  return count;
}

/** Whether rows a and b have the same codes in every other column but the one at `skip`. */
function _sameCodes(otherCodes: readonly Int32Array[], a: number, b: number, skip: number): boolean {
  for (let u = 0; u < otherCodes.length; u++) if (u !== skip && otherCodes[u]![a] !== otherCodes[u]![b]) return false;
  return true;
}

/** Prefix hash step (order-sensitive). */
function _mix(h: number, code: number): number {
  h = Math.imul(h ^ code, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/** Suffix hash step, different from the prefix step so that the two halves do not cancel. */
function _mixSuffix(code: number, h: number): number {
  h = Math.imul(h + code + 0x7f4a7c15, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Final avalanche of a (prefix, suffix) pair, so that the low bits index a table. */
function _finish(prefix: number, suffix: number): number {
  let h = prefix ^ Math.imul(suffix, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}

function _label(column: { readonly name?: string }, index: number): string {
  return typeof column.name === 'string' ? column.name : `#${index + 1}`;
}

function _field(column: { readonly name?: string }): { field?: string } {
  return typeof column.name === 'string' ? { field: column.name } : {};
}
