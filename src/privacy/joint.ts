/**
 * Joint dictionary encoding of two tables (DESIGN 6): the same named columns of both tables are
 * encoded against one shared dictionary per column, so that a value has the same code in both.
 * Linkage and population risk compare the two tables through these codes.
 * @module
 */
import { OptionInvalidError, withLocation } from '../errors.js';
import { encodeColumns, type EncodedTable, type EncodeOptions, type Table } from './encode.js';

/** The two tables encoded by {@link encodeJoint}. */
export interface JointEncodedTables {
  /** The first table. Its codes index the shared dictionaries. */
  readonly left: EncodedTable;
  /** The second table. Its codes index the same shared dictionaries. */
  readonly right: EncodedTable;
}

/**
 * Dictionary-encodes the same named columns of two tables with one shared dictionary per column:
 * equal values get equal codes in both tables. Each table is encoded exactly as
 * {@link encodeColumns} encodes it (values compared as a `Map` compares keys, so `1` and `'1'`
 * differ; `null`, `undefined` and `''` are one missing value; `missing: 'drop'` leaves out each
 * table's rows that miss any named column), then the right table's codes are translated into the
 * shared dictionary.
 *
 * In each column, `left.columns[i].dictionary` and `right.columns[i].dictionary` are the same
 * array: the left table's values in first-seen order, then the values only the right table has.
 * `missingCode` is the code of the missing value in that shared dictionary, the same on both sides,
 * or -1 when no kept row of either table misses the column.
 *
 * Refuses with `OPTION_INVALID` a bad `missing` option, column names that are not an array of
 * strings, and columns that a table does not have (all of them are named in the message; `field`
 * is the first); with `INPUT_INVALID` a malformed table and a value that is an object (`field` =
 * column, `row` = 1-based row of that table). Messages say which table is at fault and never
 * contain a value.
 *
 * Source: the dictionary encoding of DESIGN 6; joining two tables on shared codes is the usual
 * record-linkage set-up (Sweeney 2002, "k-anonymity: a model for protecting privacy", IJUFKS
 * 10(5), figure 1: a medical table linked to a voter list on ZIP code, birth date and sex).
 * @example
 * const { left, right } = encodeJoint({ zip: ['a', 'b'] }, [{ zip: 'b' }, { zip: 'c' }], ['zip']);
 * left.columns[0].codes  // Int32Array [0, 1]
 * right.columns[0].codes // Int32Array [1, 2]; both dictionaries are ['a', 'b', 'c']
 */
export function encodeJoint(left: Table, right: Table, names: readonly string[], options: EncodeOptions = {}): JointEncodedTables {
  return _encodeJoint(left, right, names, options, ['left table', 'right table']);
}

/**
 * {@link encodeJoint} with the names the two tables go by in error messages (for example
 * `['sample', 'population']`); refuses what encodeJoint refuses. Not part of the public API.
 * @example _encodeJoint(sample, register, ['zip'], { missing: 'drop' }, ['sample', 'population'])
 */
export function _encodeJoint(
  left: Table,
  right: Table,
  names: readonly string[],
  options: EncodeOptions,
  labels: readonly [string, string],
): JointEncodedTables {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object');
  const missing = options.missing ?? 'value';
  if (missing !== 'value' && missing !== 'drop') {
    throw new OptionInvalidError(`missing must be 'value' or 'drop'`, { option: 'missing' });
  }
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
    throw new OptionInvalidError('column names must be an array of strings', { option: 'columns' });
  }
  const encodedLeft = _encodeOne(left, names, missing, labels[0]);
  const encodedRight = _encodeOne(right, names, missing, labels[1]);

  const rightColumns = encodedRight.columns.map((column, i) => {
    const shared = encodedLeft.columns[i]!;
    const dictionary = shared.dictionary as unknown[];
    const index = new Map<unknown, number>();
    dictionary.forEach((value, code) => index.set(value, code));
    // Translation of the right table's own codes into the shared dictionary.
    const translation = new Int32Array(column.dictionary.length);
    column.dictionary.forEach((value, code) => {
      let sharedCode = index.get(value);
      if (sharedCode === undefined) {
        sharedCode = dictionary.length;
        dictionary.push(value);
        index.set(value, sharedCode);
      }
      translation[code] = sharedCode;
    });
    const codes = column.codes; // a fresh array from encodeColumns: translated in place
    for (let row = 0; row < codes.length; row++) codes[row] = translation[codes[row]!]!;
    const missingCode = shared.missingCode >= 0 ? shared.missingCode : column.missingCode >= 0 ? translation[column.missingCode]! : -1;
    return { name: column.name, codes, dictionary, missingCode };
  });
  const leftColumns = encodedLeft.columns.map((column, i) => ({ ...column, missingCode: rightColumns[i]!.missingCode }));
  return {
    left: { rows: encodedLeft.rows, dropped: encodedLeft.dropped, columns: leftColumns },
    right: { rows: encodedRight.rows, dropped: encodedRight.dropped, columns: rightColumns },
  };
}

/**
 * Validates a list of column names given as an option: refuses with `OPTION_INVALID` (naming the
 * option, and the column named twice) anything but an array of 1 to `max` distinct strings.
 * Not part of the public API.
 * @example _columnList(options.columns, 'columns', 16) // ['zip', 'born', 'sex']
 */
export function _columnList(names: unknown, option: string, max = Infinity): string[] {
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
    throw new OptionInvalidError(`${option} must be an array of column names`, { option });
  }
  if (names.length === 0) throw new OptionInvalidError(`${option} must name at least one column`, { option });
  if (names.length > max) throw new OptionInvalidError(`${option} names ${names.length} columns; at most ${max} are allowed`, { option });
  const seen = new Set<string>();
  for (const name of names as string[]) {
    if (seen.has(name)) throw new OptionInvalidError(`column ${name} is named twice in ${option}`, { field: name, option });
    seen.add(name);
  }
  return names as string[];
}

/** Encodes one table, naming it in any error; unknown columns are all named at once. */
function _encodeOne(table: Table, names: readonly string[], missing: 'value' | 'drop', label: string): EncodedTable {
  const unknown = _unknownColumns(table, names);
  if (unknown.length > 0) {
    const list = unknown.join(', ');
    throw new OptionInvalidError(`${label}: unknown column${unknown.length > 1 ? 's' : ''} ${list}`, { field: unknown[0]!, option: 'columns' });
  }
  try {
    return encodeColumns(table, names, { missing });
  } catch (error) {
    withLocation(error, {}, label);
  }
}

/**
 * The named columns a well-shaped table lacks, by encodeColumns' rule: in record form a column is
 * unknown when no record has it (an empty table has every column). Malformed tables are left to
 * encodeColumns to refuse.
 */
function _unknownColumns(table: Table, names: readonly string[]): string[] {
  if (Array.isArray(table)) {
    const records = table as readonly unknown[];
    const wellShaped = records.every((record) => typeof record === 'object' && record !== null && !Array.isArray(record));
    if (records.length === 0 || !wellShaped) return [];
    const has = (name: string): boolean => records.some((record) => Object.hasOwn(record as object, name));
    return names.filter((name) => !has(name));
  }
  if (typeof table !== 'object' || table === null) return [];
  return names.filter((name) => !Object.hasOwn(table, name));
}
