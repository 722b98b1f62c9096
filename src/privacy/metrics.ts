/**
 * Release checks computed from the partition into equivalence classes (DESIGN 6): k-anonymity,
 * l-diversity in three forms, t-closeness and the prosecutor re-identification risk.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { partitionRows, type Partition } from './classes.js';
import { diversityOf, useOrderedDistance, type SensitiveReport } from './diversity.js';
import { encodeColumns, type EncodedColumn, type EncodedTable, type MissingValues, type Table } from './encode.js';
import { classHistograms, groupRows, type ClassHistograms } from './histograms.js';
import { wildcardGroups, wildcardHistograms } from './wildcard.js';
import { uniquenessDrivers } from './drivers.js';
import { checkThresholds, findViolations, type SensitiveClasses, type Thresholds, type ViolationOptions, type Violations } from './violations.js';

/** Options of {@link checkTable}. */
export interface CheckOptions {
  /** The quasi-identifier columns: at least one, no duplicates. */
  quasiIdentifiers: readonly string[];
  /** The sensitive columns (none is allowed); none may also be a quasi-identifier. */
  sensitive?: readonly string[];
  /**
   * How missing values (`null`, `undefined`, `''`) are treated; default `'value'` (see
   * {@link MissingValues}). `'wildcard'`: a missing quasi-identifier matches any value, so a
   * row is hidden among every row that agrees with it wherever both have a value (its group,
   * see {@link wildcardGroups}); k, uniques, risk and violations use group sizes and l and t
   * the groups' distributions. Groups overlap; the average risk is the mean over rows of
   * 1/(group size).
   */
  missing?: MissingValues | 'wildcard';
  /** A row is at risk when 1/(its class size) is above this; default 0.2 (ARX's default). In [0, 1]. */
  riskThreshold?: number;
  /**
   * Per sensitive column, whether t-closeness uses the ordered distance (`true`) or the equal
   * distance (`false`). Default: ordered when every non-missing value is a finite number or a
   * numeric string. Forcing `true` on a column with a non-numeric value is refused.
   */
  ordered?: Readonly<Record<string, boolean>>;
  /** Release thresholds; when given, the report lists the classes that break them (`violations`). */
  thresholds?: Thresholds;
  /** How violations are listed (see {@link ViolationOptions}). */
  violations?: ViolationOptions;
  /**
   * Also report which quasi-identifier drives uniqueness (`uniquenessDrivers`): per column, the
   * sample uniques that would no longer be unique without it. Costs about one more partition.
   * Missing values count as ordinary values here, whatever `missing` says.
   */
  drivers?: boolean;
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
  /** Re-identification risk under ARX's three attacker models. */
  readonly risk: {
    readonly prosecutor: ProsecutorRisk;
    /** The attacker knows their target is in a population table; from the sample alone it equals prosecutor risk. */
    readonly journalist: ProsecutorRisk;
    /** The attacker links every record they can: the expected share of records re-identified. */
    readonly marketer: { readonly avg: number };
  };
  /** Per sensitive column. */
  readonly sensitive: Readonly<Record<string, SensitiveReport>>;
  /**
   * How many classes, and rows in them, have each size (group size with wildcard missing values),
   * in bands 1, 2, 3–4, 5–9, 10–19, 20–49, 50–99, 100–999, 1000 and more (`max` null); a row's
   * prosecutor risk is 1/size, so this is also the distribution of risk.
   */
  readonly classSizes: readonly ClassSizeBand[];
  /** Per quasi-identifier, the uniques lost without it, most first; present with `drivers: true`. */
  readonly uniquenessDrivers?: readonly { readonly column: string; readonly uniquesWithout: number; readonly uniquesLost: number }[];
  /** The classes breaking `thresholds`; present when thresholds were given. */
  readonly violations?: Violations;
}

/** A band of class sizes in {@link CheckReport.classSizes}. */
export interface ClassSizeBand {
  readonly min: number;
  /** Largest size in the band; null for the last, open band. */
  readonly max: number | null;
  readonly classes: number;
  readonly rows: number;
}

const _BANDS = [1, 2, 3, 5, 10, 20, 50, 100, 1000];

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
 * Checks a table before release: k-anonymity and sample uniques over the quasi-identifiers
 * (Sweeney 2002), per sensitive column distinct, entropy and recursive (c,l)-diversity
 * (Machanavajjhala et al. 2007) and t-closeness (Li, Li, Venkatasubramanian 2007), the
 * re-identification risk as ARX reports it, and with `thresholds` the classes that break them.
 * See {@link anonymity}, {@link diversityOf} and {@link prosecutorRisk} for each definition, and
 * docs/privacy.md for all of them with their sources.
 * Refuses with `OPTION_INVALID` an empty quasi-identifier list, an unknown column, a column named
 * twice, a sensitive column that is also a quasi-identifier, and bad options; with `INPUT_INVALID`
 * a malformed table and a table with no rows (left).
 * @example
 * checkTable(records, { quasiIdentifiers: ['zip', 'age'], sensitive: ['condition'], thresholds: { k: 5 } })
 * // { rows: 12, classes: 3, uniques: 0, k: 4, risk: { prosecutor: { max: 0.25, avg: 0.25, recordsAtRisk: 0 }, ... },
 * //   sensitive: { condition: { lDistinct: 1, lEntropy: 1, recursive: { l: 1, c: null }, tCloseness: 0.5, tDistance: 'equal' } },
 * //   violations: { passed: false, k: 3, classes: 3, rows: 12, worst: [...] } }
 */
export function checkTable(table: Table, options: CheckOptions): CheckReport {
  const plan = _plan(options);
  const encoded = encodeColumns(table, [...plan.quasiIdentifiers, ...plan.sensitive], { missing: plan.missing === 'drop' ? 'drop' : 'value' });
  return checkEncoded(encoded, options);
}

/**
 * {@link checkTable} on columns already dictionary-encoded (by {@link encodeColumns} or, from CSV
 * bytes, {@link encodeCsv}); the named columns are looked up in `encoded.columns`. `missing`
 * here only chooses between ordinary values and wildcards: rows were dropped, if at all, when
 * encoding.
 * @example checkEncoded(encodeCsv(bytes, { columns: ['zip', 'age', 'condition'] }), { quasiIdentifiers: ['zip', 'age'], sensitive: ['condition'] })
 */
export function checkEncoded(encoded: EncodedTable, options: CheckOptions): CheckReport {
  const plan = _plan(options);
  const find = (name: string): EncodedColumn => {
    const column = encoded.columns.find((c) => c.name === name);
    if (column === undefined) throw new OptionInvalidError(`unknown column ${name}`, { field: name });
    return column;
  };
  const qiColumns = plan.quasiIdentifiers.map(find);
  const sensitiveColumns = plan.sensitive.map(find);
  if (encoded.rows === 0) throw new InputInvalidError('the table has no rows to check');

  let partition: Partition;
  let groups: _Groups;
  if (plan.missing === 'wildcard') {
    const wildcard = wildcardGroups(qiColumns);
    partition = wildcard.partition;
    groups = {
      sizes: wildcard.groupSizes,
      histograms: (codes, cardinality) => wildcardHistograms(wildcard, qiColumns, codes, cardinality),
    };
  } else {
    partition = partitionRows(qiColumns);
    groups = _exactGroups(partition);
  }
  const { classes } = partition;
  let k = Infinity;
  let uniques = 0;
  for (let c = 0; c < classes; c++) {
    const size = groups.sizes[c]!;
    if (size < k) k = size;
    if (size === 1) uniques++;
  }
  const prosecutor = _risk(partition, groups.sizes, plan.riskThreshold);
  const bandClasses = new Array<number>(_BANDS.length).fill(0);
  const bandRows = new Array<number>(_BANDS.length).fill(0);
  for (let c = 0; c < classes; c++) {
    const size = groups.sizes[c]!;
    let band = _BANDS.length - 1;
    while (_BANDS[band]! > size) band--;
    bandClasses[band]!++;
    bandRows[band]! += partition.sizes[c]!;
  }
  const classSizes = _BANDS.map((min, i) => ({
    min,
    max: i + 1 < _BANDS.length ? _BANDS[i + 1]! - 1 : null,
    classes: bandClasses[i]!,
    rows: bandRows[i]!,
  }));

  const report: Record<string, SensitiveReport> = {};
  const perColumn: SensitiveClasses[] = [];
  sensitiveColumns.forEach((column) => {
    const isOrdered = useOrderedDistance(column, Object.hasOwn(plan.ordered, column.name) ? plan.ordered[column.name] : undefined);
    const histograms = groups.histograms(column.codes, column.dictionary.length);
    const { report: value, perClass } = diversityOf(histograms, column, isOrdered);
    _set(report, column.name, value);
    perColumn.push({ column, perClass, histograms });
  });
  const result: { -readonly [K in keyof CheckReport]: CheckReport[K] } = {
    rows: encoded.rows,
    classes,
    uniques,
    k,
    // From the sample alone ARX reports journalist risk equal to prosecutor risk, and marketer
    // risk as the average prosecutor risk (classes / rows).
    risk: { prosecutor, journalist: { ...prosecutor }, marketer: { avg: prosecutor.avg } },
    sensitive: report,
    classSizes,
  };
  if (options.drivers === true) {
    // The exact classes, in both modes (wildcardGroups' partition is partitionRows').
    result.uniquenessDrivers = uniquenessDrivers(qiColumns, partition).map((d) => ({
      column: qiColumns[d.column]!.name,
      uniquesWithout: d.uniquesWithout,
      uniquesLost: d.uniquesLost,
    }));
  }
  if (plan.thresholds !== undefined) {
    result.violations = findViolations(partition, groups.sizes, qiColumns, perColumn, plan.thresholds, options.violations);
  }
  return result;
}

/** The rows each class is hidden among, and how to count a column over them. */
interface _Groups {
  readonly sizes: Int32Array;
  histograms(codes: Int32Array, cardinality: number): ClassHistograms;
}

/** Missing values as ordinary values: a class's group is the class. */
function _exactGroups(partition: Partition): _Groups {
  let grouped: ReturnType<typeof groupRows> | undefined;
  return {
    sizes: partition.sizes,
    histograms: (codes, cardinality) => classHistograms(partition, (grouped ??= groupRows(partition)), codes, cardinality),
  };
}

/** Prosecutor risk from group sizes: max 1/min, avg the mean over rows of 1/group size, rows above the threshold. */
function _risk(partition: Partition, groupSizes: Int32Array, threshold: number): ProsecutorRisk {
  let smallest = Infinity;
  let sum = 0;
  let recordsAtRisk = 0;
  for (let c = 0; c < partition.classes; c++) {
    const group = groupSizes[c]!;
    const size = partition.sizes[c]!;
    if (group < smallest) smallest = group;
    sum += size / group;
    if (1 / group > threshold) recordsAtRisk += size;
  }
  return { max: 1 / smallest, avg: sum / partition.rows, recordsAtRisk };
}

/**
 * Validates check options without a table, as {@link checkTable} does first: lets a caller that
 * streams a file refuse bad options before reading it. Throws `OPTION_INVALID` naming the option.
 * @example validateCheckOptions({ quasiIdentifiers: ['zip'], sensitive: ['zip'] }) // throws: zip is both
 */
export function validateCheckOptions(options: CheckOptions): void {
  _plan(options);
}

interface _Plan {
  quasiIdentifiers: string[];
  sensitive: string[];
  missing: MissingValues | 'wildcard';
  riskThreshold: number;
  ordered: Readonly<Record<string, boolean>>;
  thresholds: Thresholds | undefined;
}

function _plan(options: CheckOptions): _Plan {
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
  const missing = options.missing ?? 'value';
  if (missing !== 'value' && missing !== 'drop' && missing !== 'wildcard') {
    throw new OptionInvalidError(`missing must be 'value', 'drop' or 'wildcard'`, { option: 'missing' });
  }
  const riskThreshold = options.riskThreshold ?? 0.2;
  _checkThreshold(riskThreshold);
  const ordered = options.ordered ?? {};
  if (typeof ordered !== 'object' || ordered === null) throw new OptionInvalidError('ordered must be an object', { option: 'ordered' });
  for (const name of Object.keys(ordered)) {
    if (!sensitive.includes(name)) throw new OptionInvalidError(`ordered names ${name}, which is not a sensitive column`, { field: name, option: 'ordered' });
    if (typeof ordered[name] !== 'boolean') throw new OptionInvalidError(`ordered.${name} must be true or false`, { field: name, option: 'ordered' });
  }
  if (options.thresholds !== undefined) checkThresholds(options.thresholds);
  return { quasiIdentifiers, sensitive, missing, riskThreshold, ordered, thresholds: options.thresholds };
}

/** Sets an own property whatever the name (a column may be called `__proto__`). */
function _set<T>(target: Record<string, T>, name: string, value: T): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
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
