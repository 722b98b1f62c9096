/** Audit of a plain list of field names, column names or questions. @module */
import { InputInvalidError } from '../errors.js';
import { _buildReport, type AuditOptions, type AuditReport } from './report.js';

/**
 * Audits a list of field names, column names or questions (English or Spanish). A non-array, or
 * an entry that is not a string, is refused with `INPUT_INVALID` (row = 1-based entry).
 * @example
 * const report = auditNames(['first_name', 'ctzn_flg', '¿Necesita intérprete?']);
 * report.sensitive // 2
 * report.items[1].recommendation.action // 'delete'
 */
export function auditNames(names: readonly string[], options: AuditOptions = {}): AuditReport {
  if (!Array.isArray(names)) throw new InputInvalidError('auditNames needs an array of strings');
  const fields = names.map((name, i) => {
    if (typeof name !== 'string') throw new InputInvalidError(`entry ${i + 1} is not a string`, { row: i + 1 });
    return { name, texts: [{ where: 'name' as const, text: name }] };
  });
  return _buildReport('names', fields, options);
}
