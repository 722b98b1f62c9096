/**
 * Release checks (DESIGN 6): k-anonymity, l-diversity, t-closeness and re-identification risk of a
 * table, computed on a dictionary-encoded columnar form from the partition into equivalence classes.
 * @module
 */
export { partitionRows, type CodedColumn, type Partition } from './classes.js';
export {
  encodeColumns,
  isMissing,
  type EncodedColumn,
  type EncodedTable,
  type EncodeOptions,
  type MissingValues,
  type Table,
} from './encode.js';
export {
  anonymity,
  checkEncoded,
  checkTable,
  prosecutorRisk,
  validateCheckOptions,
  type CheckOptions,
  type CheckReport,
  type ClassSizeBand,
  type ProsecutorRisk,
} from './metrics.js';
export { diversityOf, sensitiveDiversity, useOrderedDistance, type ClassDiversity, type SensitiveReport } from './diversity.js';
export { equalDistance, isNumericColumn, numericValue, orderedDistance, tableDistribution, type TableDistribution } from './emd.js';
export { classHistograms, groupRows, type ClassHistograms, type ClassRows } from './histograms.js';
export { createCsvEncoder, detectDelimiter, encodeCsv, type CsvEncodedTable, type CsvEncodeOptions, type CsvEncoder } from './csv.js';
export {
  checkThresholds,
  findViolations,
  type ClassViolation,
  type SensitiveClasses,
  type Thresholds,
  type ViolationOptions,
  type Violations,
} from './violations.js';
export { encodeJoint } from './joint.js';
export { linkage, type LinkageOptions, type LinkageReport } from './linkage.js';
export { populationRisk, sampleOnlyRisk, type PopulationRisk, type PopulationRiskOptions } from './population.js';
export { wildcardGroups, wildcardHistograms, type WildcardGroups } from './wildcard.js';
export { uniquenessDrivers, type UniquenessDriver } from './drivers.js';
