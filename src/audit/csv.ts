/**
 * Audit of a table from its header and a sample of its rows. Column names are classified, and
 * the sample values are scanned too: a `notes` column full of A-numbers or SSNs is flagged
 * whatever it is called (shapes in values.ts), and so is a `status` column whose values read
 * "U.S. citizen", "Lawful permanent resident". Evidence counts matching values and never quotes one.
 * @module
 */
import { FormatInvalidError, InputInvalidError, OptionInvalidError } from '../errors.js';
import { _buildReport, type AuditOptions, type AuditReport } from './report.js';

/**
 * A header and sample rows, already parsed.
 * @example
 * const sample: CsvSample = { header: ['case_id', 'notes'], rows: [['1', 'A# 123456789 pending']] };
 */
export interface CsvSample {
  readonly header: readonly string[];
  readonly rows?: readonly (readonly unknown[])[];
}

/**
 * Options of {@link auditCsv}.
 * @example
 * auditCsv(text, { delimiter: ';', maxRows: 500 });
 */
export interface CsvAuditOptions extends AuditOptions {
  /** Field delimiter of CSV text; default `,`. */
  delimiter?: string;
  /** How many data rows to sample (from the top); default 200. */
  maxRows?: number;
}

const DEFAULT_ROWS = 200;
const MAX_ROWS = 100_000;

/**
 * Reads up to `maxRecords` records of RFC 4180 text. Lenient where sampling allows it (a quote
 * inside an unquoted field is kept as a character), strict where it does not: a quoted field
 * that never closes is an error, since every later record would be misread.
 */
function _readRecords(text: string, delimiter: string, maxRecords: number): string[][] {
  const records: string[][] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let any = false; // the current record has content
  while (pos < len && records.length < maxRecords) {
    const ch = text[pos]!;
    if (quoted) {
      if (ch === '"') {
        if (text[pos + 1] === '"') {
          field += '"';
          pos += 2;
          continue;
        }
        quoted = false;
        pos++;
        continue;
      }
      const next = text.indexOf('"', pos);
      const end = next < 0 ? len : next;
      field += text.slice(pos, end);
      pos = end;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      any = true;
      pos++;
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      any = true;
      pos++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      if (any || field !== '') {
        record.push(field);
        records.push(record);
      }
      record = [];
      field = '';
      any = false;
      pos += ch === '\r' && text[pos + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    any = true;
    pos++;
  }
  if (quoted) throw new FormatInvalidError(`CSV record ${records.length + 1}: a quoted field is never closed`, { row: records.length });
  if (records.length < maxRecords && (any || field !== '')) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Audits a table: CSV text (header line, then rows) or a parsed {@link CsvSample}. Only the first
 * `maxRows` rows are read. An empty input or header is refused with `FORMAT_INVALID`; a bad option
 * with `OPTION_INVALID`.
 * @example
 * const report = auditCsv('case_id,notes,city\n1,client A-123-456-789 asked about fees,Queens\n2,A#987654321,Bronx\n');
 * report.items.find((i) => i.name === 'notes')?.category // 'CITIZENSHIP_IMMIGRATION'
 * report.items.find((i) => i.name === 'city')?.category // 'NONE'
 */
export function auditCsv(input: string | CsvSample, options: CsvAuditOptions = {}): AuditReport {
  const maxRows = options.maxRows ?? DEFAULT_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 0 || maxRows > MAX_ROWS) {
    throw new OptionInvalidError(`maxRows must be an integer from 0 to ${MAX_ROWS}`, { option: 'maxRows' });
  }
  let header: readonly unknown[];
  let rows: readonly (readonly unknown[])[];
  if (typeof input === 'string') {
    const delimiter = options.delimiter ?? ',';
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new OptionInvalidError('delimiter must be one character (not a quote or newline)', { option: 'delimiter' });
    }
    const records = _readRecords(input, delimiter, maxRows + 1);
    if (records.length === 0) throw new FormatInvalidError('the CSV is empty: it needs a header line');
    header = records[0]!;
    rows = records.slice(1);
  } else {
    if (typeof input !== 'object' || input === null || !Array.isArray(input.header)) {
      throw new InputInvalidError('auditCsv needs CSV text or { header: string[], rows?: unknown[][] }');
    }
    header = input.header;
    const given = input.rows ?? [];
    if (!Array.isArray(given)) throw new InputInvalidError('rows must be an array of arrays');
    rows = given.slice(0, maxRows);
    rows.forEach((row, i) => {
      if (!Array.isArray(row)) throw new InputInvalidError(`row ${i + 1} is not an array`, { row: i + 1 });
    });
  }
  if (header.length === 0) throw new FormatInvalidError('the CSV header has no columns');
  const fields = header.map((cell, i) => {
    if (typeof cell !== 'string') throw new InputInvalidError(`header cell ${i + 1} is not a string`, { field: `#${i + 1}` });
    const name = cell.trim() === '' ? `(column ${i + 1})` : cell;
    return { name, texts: cell.trim() === '' ? [] : [{ where: 'name' as const, text: cell }], values: rows.map((r) => r[i]) };
  });
  return _buildReport('csv', fields, options);
}
