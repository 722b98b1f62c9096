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
  checkTable,
  isNumericColumn,
  numericValue,
  prosecutorRisk,
  sensitiveDiversity,
  type CheckOptions,
  type CheckReport,
  type ProsecutorRisk,
  type SensitiveReport,
} from './metrics.js';
