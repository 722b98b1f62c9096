/**
 * Audit reports: one finding per field (its category, evidence and recommendation), the counts,
 * and a plain-text rendering for people (the `civicveil audit` output).
 * @module
 */
import { CATEGORIES, type Category } from './categories.js';
import { _classifySources, type ClassifyOptions, type Evidence, type FieldClassification, type _FieldSources } from './classify.js';
import { RECOMMENDATIONS, type Recommendation } from './recommendations.js';

/**
 * What was audited.
 * @example
 * auditCsv('id,pob\n').input // 'csv'
 */
export type AuditInput = 'names' | 'json-schema' | 'csv' | 'html-form';

/**
 * One audited field: a name, column, schema property or form control.
 * @example
 * const f: AuditFinding = auditNames(['pob']).items[0];
 * // { name: 'pob', category: 'NATIONALITY_ORIGIN', sensitive: true, confidence: 0.9, evidence: [...], also: [], recommendation: {...} }
 */
export interface AuditFinding extends FieldClassification {
  /** The field's name: a column, a schema path (`household[].countryOfBirth`), a control's `name`; the question text when there is no name. */
  readonly name: string;
  /** The question or label shown to people, when there is one. */
  readonly question?: string;
  readonly recommendation: Recommendation;
}

/**
 * The result of an audit.
 * @example
 * const report: AuditReport = auditNames(['ctzn_flg', 'city']);
 * report.sensitive // 1
 */
export interface AuditReport {
  readonly input: AuditInput;
  /** One finding per field, in input order. */
  readonly items: readonly AuditFinding[];
  /** How many findings are sensitive. */
  readonly sensitive: number;
  /** Findings per category. */
  readonly byCategory: Readonly<Record<Category, number>>;
}

/**
 * Options of every audit function.
 * @example
 * auditNames(['religion'], { recommendations: { RELIGION: { ...RECOMMENDATIONS.RELIGION, summary: 'See policy 12.' } } });
 */
export interface AuditOptions extends ClassifyOptions {
  /** Recommendations to use instead of {@link RECOMMENDATIONS}, per category. */
  recommendations?: Partial<Record<Category, Recommendation>>;
}

/** One field to classify, for {@link _buildReport}. */
export interface _FieldInput extends _FieldSources {
  readonly name: string;
  readonly question?: string;
}

/** Classifies each field and counts (internal). */
export function _buildReport(input: AuditInput, fields: readonly _FieldInput[], options: AuditOptions = {}): AuditReport {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let sensitive = 0;
  const items = fields.map((field): AuditFinding => {
    const c = _classifySources(field, options);
    byCategory[c.category]++;
    if (c.sensitive) sensitive++;
    const recommendation = options.recommendations?.[c.category] ?? RECOMMENDATIONS[c.category];
    return {
      name: field.name,
      ...(field.question !== undefined && field.question !== field.name ? { question: field.question } : {}),
      ...c,
      recommendation,
    };
  });
  return { input, items, sensitive, byCategory };
}

const INPUT_NAMES: Record<AuditInput, string> = {
  names: 'field names',
  'json-schema': 'JSON Schema',
  csv: 'CSV',
  'html-form': 'HTML form',
};

/** Printable, one line, at most `max` characters: control characters become `?`. */
function _printable(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function _evidenceLine(e: Evidence): string {
  if (e.where === 'values') return `values: ${e.text} (${e.count ?? 0} of ${e.of ?? 0})`;
  const counts = e.where === 'enum' && e.count !== undefined ? ` [${e.count} of ${e.of ?? 0} options]` : '';
  return `${e.where} "${_printable(e.text, 60)}" (${e.concept})${counts}`;
}

/** The source's title: the text before its first colon. */
function _sourceTitle(source: string): string {
  const colon = source.indexOf(':');
  return colon < 0 ? source : source.slice(0, colon);
}

/**
 * Renders a report as text for people: the sensitive findings with their evidence and
 * recommendation, the other fields on one line, then the guidance once per category found.
 * Field names are shown without control characters; sample values never appear.
 * @example
 * const text = formatAuditReport(auditNames(['alien_no', 'zip']), { title: 'intake.txt' });
 * // 'civicveil audit: intake.txt (field names): 1 of 2 fields sensitive\n\nSENSITIVE  alien_no\n...'
 */
export function formatAuditReport(report: AuditReport, options: { title?: string } = {}): string {
  const lines: string[] = [];
  const total = report.items.length;
  const what = options.title ? `${_printable(options.title)} (${INPUT_NAMES[report.input]})` : INPUT_NAMES[report.input];
  lines.push(`civicveil audit: ${what}: ${report.sensitive} of ${total} field${total === 1 ? '' : 's'} sensitive`, '');
  const seen = new Set<Category>();
  const recommendations = new Map<Category, Recommendation>();
  for (const item of report.items) {
    if (!item.sensitive) continue;
    seen.add(item.category);
    recommendations.set(item.category, item.recommendation);
    const question = item.question !== undefined ? `  "${_printable(item.question, 100)}"` : '';
    lines.push(`SENSITIVE  ${_printable(item.name)}${question}`);
    const also = item.also.length > 0 ? `; also ${item.also.join(', ')}` : '';
    lines.push(`  category   ${item.category} (confidence ${item.confidence.toFixed(2)})${also}`);
    for (const [i, e] of item.evidence.slice(0, 6).entries()) lines.push(`  ${i === 0 ? 'evidence  ' : '          '} ${_evidenceLine(e)}`);
    lines.push(`  action     ${item.recommendation.summary}`, '');
  }
  const others = report.items.filter((i) => !i.sensitive).map((i) => _printable(i.name, 60));
  if (others.length > 0) {
    const shown = others.slice(0, 50).join(', ');
    lines.push(`Not sensitive (${others.length}): ${shown}${others.length > 50 ? `, … ${others.length - 50} more` : ''}`, '');
  }
  if (seen.size > 0) {
    lines.push('Guidance');
    for (const category of CATEGORIES) {
      const r = recommendations.get(category);
      if (!r) continue;
      lines.push(`  ${category} (${report.byCategory[category]}): ${r.summary}`);
      for (const step of r.steps) lines.push(`    - ${step}`);
      if (r.sources.length > 0) lines.push(`    Sources: ${r.sources.map(_sourceTitle).join('; ')}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
