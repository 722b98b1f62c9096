import { describe, expect, it } from 'vitest';
import { auditCsv, formatAuditReport, type AuditReport } from '../../src/audit/index.js';
import { FormatInvalidError, InputInvalidError, OptionInvalidError } from '../../src/errors.js';

const byName = (report: AuditReport) => Object.fromEntries(report.items.map((i) => [i.name, i.category]));

describe('auditCsv', () => {
  it('classifies column names', () => {
    const r = auditCsv('case_id,first_name,CTZN_STAT_CD,pref_lang,cob,relig_cd,ssn_last4,zip\n');
    expect(byName(r)).toEqual({
      case_id: 'NONE',
      first_name: 'NONE',
      CTZN_STAT_CD: 'CITIZENSHIP_IMMIGRATION',
      pref_lang: 'LANGUAGE_PROXY',
      cob: 'NATIONALITY_ORIGIN',
      relig_cd: 'RELIGION',
      ssn_last4: 'GOVERNMENT_ID',
      zip: 'NONE',
    });
    expect(r.sensitive).toBe(5);
    expect(r.byCategory.NONE).toBe(3);
  });

  it.each([
    ['A-numbers', ['A-123-456-789 asked about fees', 'A#987654321', 'called back', 'A 12345678 at hearing'], 'CITIZENSHIP_IMMIGRATION', 'A-number-shaped value'],
    ['USCIS receipts', ['receipt EAC1234567890 pending', 'WAC-2190012345', ''], 'CITIZENSHIP_IMMIGRATION', 'USCIS-receipt-shaped value'],
    ['SSNs', ['SSN 123-45-6789 on file', 'no change', 'left msg 212 555 0143'], 'GOVERNMENT_ID', 'SSN-shaped value'],
    ['ITINs', ['ITIN 912-71-1234', 'pending'], 'GOVERNMENT_ID', 'ITIN-shaped value'],
    ['passport numbers', ['pasaporte No. G12345678', 'ok'], 'GOVERNMENT_ID', 'passport number next to its label'],
  ])('flags a notes column holding %s, counting and never quoting them', (_what, values, category, shape) => {
    const rows = values.map((v, i) => [String(i + 1), v]);
    const r = auditCsv({ header: ['id', 'notes'], rows });
    const notes = r.items[1]!;
    expect(notes.category).toBe(category);
    expect(notes.evidence[0]).toMatchObject({ where: 'values', text: shape });
    const printed = JSON.stringify(r) + formatAuditReport(r);
    for (const v of values) {
      const digits = v.match(/\d[\d -]{6,}\d/);
      if (digits) expect(printed).not.toContain(digits[0]);
    }
    expect(r.items[0]!.category).toBe('NONE');
  });

  it('does not flag shapes that are not these identifiers', () => {
    const values = [
      '000-12-3456', '666-12-3456', '123-00-4567', '123-45-0000', // invalid SSNs
      '212-555-0143', '10001-1234', '2024-03-15', 'order 123456789', 'case 2024-000123', 'tracking 1Z999AA10123456784',
      'A1', 'Apt 4A 1234', 'LIN', 'library barcode 31234000123456',
    ];
    const r = auditCsv({ header: ['notes'], rows: values.map((v) => [v]) });
    expect(r.items[0]!.category).toBe('NONE');
  });

  it('flags categorical sample values (two values, or one strong one)', () => {
    const status = auditCsv({ header: ['status'], rows: [['U.S. citizen'], ['Lawful permanent resident'], ['U.S. citizen']] });
    expect(status.items[0]!.category).toBe('CITIZENSHIP_IMMIGRATION');
    expect(JSON.stringify(status)).not.toContain('Lawful permanent resident');
    const notes = auditCsv({ header: ['comment'], rows: [['client is undocumented, referred to legal aid'], ['ok']] });
    expect(notes.items[0]!.category).toBe('CITIZENSHIP_IMMIGRATION');
    const lang = auditCsv({ header: ['comment'], rows: [['needs interpreter (Spanish)'], ['interpreter: Haitian Creole'], ['no']] });
    expect(lang.items[0]!.category).toBe('LANGUAGE_PROXY');
    const civic = auditCsv({ header: ['comment'], rows: [['As a concerned citizen I report a pothole'], ['citizen request 311'], ['thanks']] });
    expect(civic.items[0]!.category).toBe('NONE');
  });

  it('reads quoted fields, CRLF, a BOM, other delimiters, and only the first maxRows rows', () => {
    const text = '\ufeffid;"Country of birth";notes\r\n1;"Mexico";"said ""hi""; A#123456789"\r\n2;Peru;x\r\n';
    const r = auditCsv(text, { delimiter: ';' });
    expect(byName(r)).toEqual({ id: 'NONE', 'Country of birth': 'NATIONALITY_ORIGIN', notes: 'CITIZENSHIP_IMMIGRATION' });
    const rows = ['notes', ...Array.from({ length: 10 }, () => 'plain'), 'A#123456789'].join('\n');
    expect(auditCsv(rows, { maxRows: 10 }).items[0]!.category).toBe('NONE');
    expect(auditCsv(rows, { maxRows: 11 }).items[0]!.category).toBe('CITIZENSHIP_IMMIGRATION');
    expect(auditCsv('a,,b\n').items.map((i) => i.name)).toEqual(['a', '(column 2)', 'b']);
  });

  it('refuses bad input with typed errors', () => {
    expect(() => auditCsv('')).toThrow(FormatInvalidError);
    expect(() => auditCsv('a,"b\n1,2\n')).toThrow(FormatInvalidError);
    expect(() => auditCsv('a\n', { delimiter: '"' })).toThrow(OptionInvalidError);
    expect(() => auditCsv('a\n', { maxRows: -1 })).toThrow(OptionInvalidError);
    expect(() => auditCsv({ header: [] })).toThrow(FormatInvalidError);
    expect(() => auditCsv({ header: [1 as unknown as string] })).toThrow(InputInvalidError);
    expect(() => auditCsv({ header: ['a'], rows: ['x' as unknown as string[]] })).toThrow(InputInvalidError);
    expect(() => auditCsv(null as unknown as string)).toThrow(InputInvalidError);
  });
});
