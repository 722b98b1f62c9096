/**
 * Journalist and marketer re-identification risk (DESIGN 6): the risk of a released sample when
 * the attacker does not know who is in it but holds a population table it was drawn from, computed
 * as ARX computes it.
 * @module
 */
import { InputInvalidError, OptionInvalidError } from '../errors.js';
import { partitionRows, type CodedColumn, type Partition } from './classes.js';
import { isMissing, type MissingValues, type Table } from './encode.js';
import { _columnList, _encodeJoint } from './joint.js';
import { prosecutorRisk } from './metrics.js';

/** Options of {@link populationRisk}. */
export interface PopulationRiskOptions {
  /** The quasi-identifier columns, present in both tables: at least one, no duplicates. */
  quasiIdentifiers: readonly string[];
  /** A sample record is at risk when 1/(its class size in the population) is above this; default 0.2 (ARX's default). In [0, 1]. */
  riskThreshold?: number;
  /** How missing values (`null`, `undefined`, `''`) are treated, in both tables; default `'value'` (see {@link MissingValues}). */
  missing?: MissingValues;
}

/** ARX's journalist risk model: the attacker targets someone who may or may not be in the sample. */
export interface JournalistRisk {
  /** Highest risk of any sample record: 1 / (the smallest population class that holds a sample record). */
  readonly max: number;
  /** Average risk: the larger of (sample classes / Σ their population sizes) and the marketer average. */
  readonly avg: number;
  /** Sample records whose risk 1/(population class size) is above the threshold: a count, not ARX's proportion. */
  readonly recordsAtRisk: number;
}

/** ARX's marketer risk model: the attacker tries to re-identify as many records as possible. */
export interface MarketerRisk {
  /** Expected proportion of sample records re-identified: the mean over sample records of 1/(population class size). */
  readonly avg: number;
}

/** The result of {@link populationRisk} and {@link sampleOnlyRisk}: plain data, printable as JSON. */
export interface PopulationRisk {
  readonly journalist: JournalistRisk;
  readonly marketer: MarketerRisk;
}

/**
 * Journalist and marketer re-identification risk of a sample released from a known population
 * (for example a survey drawn from the full register), exactly as ARX computes them in
 * `org.deidentifier.arx.risk.RiskModelSampleSummary` (github.com/arx-deidentifier/arx, file
 * src/main/org/deidentifier/arx/risk/RiskModelSampleSummary.java, methods `getJournalistRisk` and
 * `getMarketerRisk`), which implements El Emam 2013, "Guide to the De-Identification of Personal
 * Health Information", chapter "Measuring the Probability of Re-Identification". In ARX the
 * population is the whole dataset and the sample is the research subset selected from it
 * (`DataHandleInternal.getSuperset`): every sample record is also in the population.
 *
 * With the sample's equivalence classes k = 1..J over the quasi-identifiers, f_k records of the
 * n-record sample and F_k records of the population in class k:
 * - journalist `max` = 1 / min_k F_k;
 * - journalist `recordsAtRisk` = Σ f_k over the classes with 1/F_k > `riskThreshold`. ARX reports
 *   this divided by n (a proportion); civicveil reports the count of sample records, as its
 *   prosecutor risk does;
 * - journalist `avg` = max(J / Σ_k F_k, (1/n)·Σ_k f_k/F_k);
 * - marketer `avg` = (1/n)·Σ_k f_k/F_k.
 * ARX compares with the threshold as given (its "effective threshold" only concerns
 * anonymization). An empty sample (possibly after `missing: 'drop'`) has every figure 0, as in ARX.
 *
 * Refuses with `INPUT_INVALID` a sample whose quasi-identifier combination occurs fewer times in
 * the population than in the sample (the population is not a superset of the sample): `row` is
 * the first such sample row (1-based, counting dropped rows), and the message never repeats its
 * values; also a malformed table or a value that is an object (the message says which table).
 * Refuses with `OPTION_INVALID` an empty or duplicated quasi-identifier list, a column a table
 * lacks, a threshold outside [0, 1] and a bad `missing`.
 * @example
 * // Population classes of 10, 4 and 2 records; the sample holds 3, 1 and 2 of them.
 * populationRisk(sample, register, { quasiIdentifiers: ['zip', 'ageBand'] })
 * // { journalist: { max: 0.5, avg: 0.2583, recordsAtRisk: 3 }, marketer: { avg: 0.2583 } }
 * // (avg: max(3/16, (3/10 + 1/4 + 2/2)/6) = 1.55/6)
 */
export function populationRisk(sample: Table, population: Table, options: PopulationRiskOptions): PopulationRisk {
  if (typeof options !== 'object' || options === null) throw new OptionInvalidError('options must be an object');
  const quasiIdentifiers = _columnList(options.quasiIdentifiers, 'quasiIdentifiers');
  const threshold = options.riskThreshold ?? 0.2;
  _checkThreshold(threshold);
  const missing = options.missing ?? 'value';
  const encoded = _encodeJoint(sample, population, quasiIdentifiers, { missing }, ['sample', 'population']);
  const n = encoded.left.rows;
  if (n === 0) return { journalist: { max: 0, avg: 0, recordsAtRisk: 0 }, marketer: { avg: 0 } };

  // One partition over the sample rows followed by the population rows. Classes are numbered in
  // order of their first row, so the sample's classes are exactly 0..J-1.
  const total = n + encoded.right.rows;
  const columns: CodedColumn[] = encoded.left.columns.map((column, i) => {
    const codes = new Int32Array(total);
    codes.set(column.codes, 0);
    codes.set(encoded.right.columns[i]!.codes, n);
    return { codes, dictionary: column.dictionary };
  });
  const { classOfRow } = partitionRows(columns);
  let sampleClasses = 0;
  for (let row = 0; row < n; row++) if (classOfRow[row]! >= sampleClasses) sampleClasses = classOfRow[row]! + 1;
  const inSample = new Int32Array(sampleClasses);
  const inPopulation = new Int32Array(sampleClasses);
  for (let row = 0; row < n; row++) inSample[classOfRow[row]!]!++;
  for (let row = n; row < total; row++) {
    const c = classOfRow[row]!;
    if (c < sampleClasses) inPopulation[c]!++;
  }

  for (let row = 0; row < n; row++) {
    const c = classOfRow[row]!;
    if (inPopulation[c]! < inSample[c]!) {
      const at = missing === 'drop' ? _originalRow(sample, quasiIdentifiers, row) : row + 1;
      throw new InputInvalidError(
        `sample row ${at}: its quasi-identifier values occur fewer times in the population than in the sample; the population must contain every sample record`,
        { row: at },
      );
    }
  }

  let smallest = Infinity;
  let recordsAtRisk = 0;
  let populationSum = 0;
  let fractionSum = 0;
  for (let c = 0; c < sampleClasses; c++) {
    const f = inSample[c]!;
    const size = inPopulation[c]!;
    if (1 / size > threshold) recordsAtRisk += f;
    if (size < smallest) smallest = size;
    populationSum += size;
    fractionSum += f / size;
  }
  const marketer = fractionSum / n;
  return {
    journalist: { max: 1 / smallest, avg: Math.max(sampleClasses / populationSum, marketer), recordsAtRisk },
    marketer: { avg: marketer },
  };
}

/**
 * Journalist and marketer risk from the sample alone, as ARX computes them when no population is
 * given (`RiskModelSampleSummary`, same file as {@link populationRisk}: with no superset the
 * constructor passes the sample's classes as the population's, so F_k = f_k). Then the journalist risk equals the prosecutor risk ({@link prosecutorRisk}: max
 * 1/k, avg classes/rows, records in classes with 1/size above the threshold) and the marketer
 * average is classes/rows. `recordsAtRisk` is a count of records (ARX: a proportion). An empty
 * partition gives 0 everywhere, as in ARX. Refuses a threshold outside [0, 1] with
 * `OPTION_INVALID`.
 * @example
 * sampleOnlyRisk(partitionRows(encodeColumns({ zip: ['a', 'a', 'b', 'c'] }, ['zip']).columns), 0.2)
 * // { journalist: { max: 1, avg: 0.75, recordsAtRisk: 4 }, marketer: { avg: 0.75 } }
 */
export function sampleOnlyRisk(partition: Partition, riskThreshold = 0.2): PopulationRisk {
  const { max, avg, recordsAtRisk } = prosecutorRisk(partition, riskThreshold);
  return { journalist: { max, avg, recordsAtRisk }, marketer: { avg: partition.rows === 0 ? 0 : partition.classes / partition.rows } };
}

function _checkThreshold(threshold: number): void {
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new OptionInvalidError('riskThreshold must be a number from 0 to 1', { option: 'riskThreshold' });
  }
}

/**
 * The 1-based row number in the table of its `kept`-th (0-based) row that misses none of the
 * columns: the row numbering the caller sees when `missing: 'drop'` left rows out. Error path only.
 */
function _originalRow(table: Table, names: readonly string[], kept: number): number {
  const records = Array.isArray(table) ? (table as readonly Readonly<Record<string, unknown>>[]) : undefined;
  const columns = table as Readonly<Record<string, readonly unknown[]>>;
  const total = records !== undefined ? records.length : columns[names[0]!]!.length;
  const value = (row: number, name: string): unknown =>
    records !== undefined ? (Object.hasOwn(records[row]!, name) ? records[row]![name] : undefined) : columns[name]![row];
  let seen = -1;
  for (let row = 0; row < total; row++) {
    if (names.some((name) => isMissing(value(row, name)))) continue;
    if (++seen === kept) return row + 1;
  }
  return kept + 1; // not reached: the kept row exists
}
