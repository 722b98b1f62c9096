/** House rules for src/audit: browser-safe, and every export documented with an example. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as audit from '../../src/audit/index.js';

const dir = new URL('../../src/audit/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/audit', () => {
  it('imports no Node built-in (it runs in browsers)', () => {
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      expect(text, f).not.toMatch(/from\s+['"]node:|require\(|from\s+['"](fs|path|os|crypto|util|stream)['"]/);
    }
  });

  it('documents every public export with an @example', () => {
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      for (const m of text.matchAll(/^export (?:function|const|interface|type) ([A-Za-z]\w*)/gm)) {
        const name = m[1]!;
        if (!(name in audit) && !/^(Category|ClassifyOptions|Evidence|EvidenceSource|FieldClassification|Recommendation|RecommendedAction|AuditFinding|AuditInput|AuditOptions|AuditReport|CsvAuditOptions|CsvSample|FormControl)$/.test(name)) continue;
        const before = text.slice(0, m.index);
        const doc = before.slice(before.lastIndexOf('/**'));
        if (!doc.startsWith('/**') || !doc.includes('@example') || doc.includes('\n\n')) missing.push(`${f}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('exports the documented API', () => {
    expect(Object.keys(audit).sort()).toEqual(
      [
        'CATEGORIES', 'RECOMMENDATIONS', 'SENSITIVE_CATEGORIES', 'auditCsv', 'auditHtmlForm', 'auditJsonSchema', 'auditNames',
        'classifyField', 'formatAuditReport', 'isSensitiveCategory', 'readHtmlForm', 'splitFieldName',
      ].sort(),
    );
    expect(audit.CATEGORIES).toEqual(['CITIZENSHIP_IMMIGRATION', 'GOVERNMENT_ID', 'NATIONALITY_ORIGIN', 'LANGUAGE_PROXY', 'RELIGION', 'NONE']);
    for (const c of audit.CATEGORIES) expect(audit.RECOMMENDATIONS[c].summary.length).toBeGreaterThan(10);
    for (const c of audit.SENSITIVE_CATEGORIES) expect(audit.RECOMMENDATIONS[c].sources.length).toBeGreaterThan(0);
  });

  it('keeps the doc examples true', () => {
    expect(audit.auditNames(['first_name', 'ctzn_flg', '¿Necesita intérprete?']).sensitive).toBe(2);
    expect(audit.auditNames(['first_name', 'ctzn_flg']).items[1]!.recommendation.action).toBe('delete');
    expect(audit.classifyField('ctzn_flg').category).toBe('CITIZENSHIP_IMMIGRATION');
    expect(audit.auditNames(['pob']).items[0]).toMatchObject({ name: 'pob', category: 'NATIONALITY_ORIGIN', sensitive: true, confidence: 0.9, also: [] });
    expect(audit.auditNames(['ctzn_flg', 'city']).sensitive).toBe(1);
    expect(audit.formatAuditReport(audit.auditNames(['alien_no', 'zip']), { title: 'intake.txt' })).toMatch(
      /^civicveil audit: intake\.txt \(field names\): 1 of 2 fields sensitive\n\nSENSITIVE {2}alien_no\n/,
    );
    expect(audit.RECOMMENDATIONS.CITIZENSHIP_IMMIGRATION.summary).toBe('Delete this question unless a statute, regulation or court order requires it.');
    const [control] = audit.readHtmlForm('<label>Religion <input name="rel"></label>');
    expect(control).toMatchObject({ tag: 'input', type: 'text', name: 'rel', labels: ['Religion'], legends: [], options: [] });
  });
});
