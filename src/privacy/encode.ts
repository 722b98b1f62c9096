/**
 * Dictionary encoding of a table's columns (DESIGN 6): each column becomes an `Int32Array` of codes
 * into a dictionary of its distinct values, so that a million rows are cheap to partition and count.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';

/**
 * A table: an array of records (one object per row) or an object of equally long column arrays.
 * @example const records: Table = [{ zip: '13053', age: 28 }, { zip: '13068', age: 29 }];
 * @example const columns: Table = { zip: ['13053', '13068'], age: [28, 29] };
 */
export type Table = readonly Readonly<Record<string, unknown>>[] | Readonly<Record<string, readonly unknown[]>>;

/**
 * How missing values (`null`, `undefined` and the empty string `''`) are treated:
 * - `'value'` (default): missing is one ordinary value, the same for all three spellings; it is
 *   `null` in the dictionary. Two rows missing their ZIP code are alike on ZIP code.
 * - `'drop'`: every row missing a value in any encoded column is left out (listwise deletion).
 *
 * The release checks also have `'wildcard'` (a missing quasi-identifier matches any value;
 * see `checkTable`), which encodes as `'value'` does.
 */
export type MissingValues = 'value' | 'drop';

/** Options of {@link encodeColumns}. */
export interface EncodeOptions {
  /** How missing values are treated; default `'value'`. */
  missing?: MissingValues;
}

/** One encoded column. */
export interface EncodedColumn {
  /** The column's name. */
  readonly name: string;
  /** One code per kept row: the index of the row's value in `dictionary`. */
  readonly codes: Int32Array;
  /** The distinct values in first-seen order (missing is `null`). */
  readonly dictionary: readonly unknown[];
  /** The code of the missing value, or -1 when no kept row misses this column. */
  readonly missingCode: number;
}

/** The encoded columns of a table. */
export interface EncodedTable {
  /** Rows kept (all rows, unless `missing: 'drop'` left some out). */
  readonly rows: number;
  /** Rows left out because a value was missing (`missing: 'drop'` only). */
  readonly dropped: number;
  /** The encoded columns, in the order they were asked for. */
  readonly columns: readonly EncodedColumn[];
}

/** True for the values that count as missing: `null`, `undefined` and `''`. */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Dictionary-encodes the named columns of a table. Values are compared as a `Map` compares keys
 * (SameValueZero: `1` and `'1'` differ, `0` and `-0` are alike); objects are refused with
 * `INPUT_INVALID` (field = column, row = 1-based row), and the message never repeats the value.
 * Unknown columns are refused with `OPTION_INVALID` (field = column); in record form a column is
 * unknown when no record has it.
 * @example
 * const { columns } = encodeColumns([{ zip: 'a' }, { zip: 'b' }, { zip: 'a' }], ['zip']);
 * columns[0].codes // Int32Array [0, 1, 0]; columns[0].dictionary // ['a', 'b']
 */
export function encodeColumns(table: Table, names: readonly string[], options: EncodeOptions = {}): EncodedTable {
  const missing = options.missing ?? 'value';
  if (missing !== 'value' && missing !== 'drop') {
    throw new OptionInvalidError(`missing must be 'value' or 'drop'`, { option: 'missing' });
  }
  if (!Array.isArray(names)) throw new OptionInvalidError('column names must be an array', { option: 'columns' });
  const getters = _columnReaders(table, names);
  const total = getters.length === 0 ? _rowCount(table) : getters[0]!.length;

  let keep: Uint8Array | undefined;
  let rows = total;
  if (missing === 'drop') {
    keep = new Uint8Array(total).fill(1);
    for (const column of getters) {
      for (let row = 0; row < total; row++) if (isMissing(column.get(row))) keep[row] = 0;
    }
    rows = 0;
    for (let row = 0; row < total; row++) rows += keep[row]!;
  }

  const columns: EncodedColumn[] = getters.map((column) => {
    const codes = new Int32Array(rows);
    const dictionary: unknown[] = [];
    const index = new Map<unknown, number>();
    let missingCode = -1;
    let out = 0;
    const values = column.values; // direct indexing for column arrays: no call per cell
    for (let row = 0; row < total; row++) {
      if (keep !== undefined && keep[row] === 0) continue;
      let value = values !== undefined ? values[row] : column.get(row);
      if (typeof value === 'object' && value !== null) {
        throw new InputInvalidError(`column ${column.name}: expected a string, number, boolean or missing value`, {
          field: column.name,
          row: row + 1,
        });
      }
      if (value === undefined || value === '') value = null;
      let code = index.get(value);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(value);
        index.set(value, code);
        if (value === null) missingCode = code;
      }
      codes[out++] = code;
    }
    return { name: column.name, codes, dictionary, missingCode };
  });
  return { rows, dropped: total - rows, columns };
}

interface ColumnReader {
  readonly name: string;
  readonly length: number;
  get(row: number): unknown;
  /** The column's array, when the table is in column form. */
  readonly values?: readonly unknown[];
}

function _rowCount(table: Table): number {
  if (Array.isArray(table)) return table.length;
  const first = Object.values(table as object)[0];
  return Array.isArray(first) ? first.length : 0;
}

/** Checks the table's shape and returns one reader per named column. */
function _columnReaders(table: Table, names: readonly string[]): ColumnReader[] {
  if (Array.isArray(table)) {
    const records = table as readonly Readonly<Record<string, unknown>>[];
    for (let row = 0; row < records.length; row++) {
      const record = records[row];
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        throw new InputInvalidError('each record must be an object', { row: row + 1 });
      }
    }
    return names.map((name) => {
      if (typeof name !== 'string') throw new OptionInvalidError('column names must be strings', { option: 'columns' });
      if (records.length > 0 && !records.some((record) => Object.hasOwn(record, name))) {
        throw new OptionInvalidError(`unknown column ${name}`, { field: name });
      }
      return { name, length: records.length, get: (row: number) => (Object.hasOwn(records[row]!, name) ? records[row]![name] : undefined) };
    });
  }
  if (typeof table !== 'object' || table === null) {
    throw new InputInvalidError('a table must be an array of records or an object of column arrays');
  }
  const columnsByName = table as Readonly<Record<string, readonly unknown[]>>;
  let length = -1;
  return names.map((name) => {
    if (typeof name !== 'string') throw new OptionInvalidError('column names must be strings', { option: 'columns' });
    const values = Object.hasOwn(columnsByName, name) ? columnsByName[name] : undefined;
    if (values === undefined) throw new OptionInvalidError(`unknown column ${name}`, { field: name });
    if (!Array.isArray(values)) throw new InputInvalidError(`column ${name} must be an array`, { field: name });
    if (length === -1) length = values.length;
    else if (values.length !== length) {
      throw new InputInvalidError(`column ${name} has ${values.length} values, expected ${length}`, { field: name });
    }
    return { name, length: values.length, get: (row: number) => values[row], values };
  });
}
