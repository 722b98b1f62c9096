import { describe, expect, it } from 'vitest';
import { auditJsonSchema, type AuditReport } from '../../src/audit/index.js';
import { FormatInvalidError, InputInvalidError } from '../../src/errors.js';

const byName = (report: AuditReport) => Object.fromEntries(report.items.map((i) => [i.name, i.category]));

const INTAKE = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Rental assistance intake',
  type: 'object',
  properties: {
    firstName: { type: 'string', title: 'First name' },
    applicant: {
      type: 'object',
      properties: {
        birth: { type: 'object', properties: { country: { type: 'string' }, date: { type: 'string', format: 'date' } } },
        address: { type: 'object', properties: { country: { type: 'string' }, zip: { type: 'string' } } },
        status: { type: 'string', title: 'Status', enum: ['U.S. citizen', 'Lawful permanent resident', 'Refugee or asylee', 'Other'] },
        preferredContact: { type: 'string', enum: ['phone', 'email', 'mail'] },
      },
    },
    household: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          idNumber: { type: 'string', title: 'Número de seguro social', description: 'Si tiene' },
          languages: { type: 'array', items: { type: 'string', enum: ['English', 'Spanish', 'Chinese'] }, title: 'Languages spoken at home' },
        },
      },
    },
    meals: { type: 'string', title: 'Meal preference', oneOf: [{ const: 'h', title: 'Halal' }, { const: 'k', title: 'Kosher' }, { const: 'v', title: 'Vegetarian' }] },
    notes: { type: 'string', examples: ['Client A# 123456789, hearing pending', 'A-987-654-321'] },
    paymentMethod: { type: 'string', enum: ['Visa', 'Mastercard', 'Cash'] },
    userType: { type: 'string', enum: ['citizen', 'business', 'government'] },
  },
  $defs: {
    Person: { type: 'object', properties: { religion: { type: 'string' }, nickname: { type: 'string' } } },
  },
  allOf: [{ properties: { uiLanguage: { type: 'string', title: 'Language of this site' } } }],
};

describe('auditJsonSchema', () => {
  const report = auditJsonSchema(INTAKE);
  const got = byName(report);

  it('walks nested objects, arrays, allOf and $defs with paths', () => {
    expect(Object.keys(got)).toEqual(
      expect.arrayContaining([
        'firstName', 'applicant', 'applicant.birth', 'applicant.birth.country', 'applicant.birth.date', 'applicant.address.country',
        'applicant.status', 'household', 'household[].name', 'household[].idNumber', 'household[].languages', 'meals', 'notes',
        '$defs.Person.religion', 'uiLanguage',
      ]),
    );
  });

  it('classifies from names with their parent, titles, descriptions, enums, oneOf labels and examples', () => {
    expect(got).toMatchObject({
      firstName: 'NONE',
      'applicant.birth.country': 'NATIONALITY_ORIGIN',
      'applicant.birth.date': 'NONE',
      'applicant.address.country': 'NONE',
      'applicant.status': 'CITIZENSHIP_IMMIGRATION',
      'applicant.preferredContact': 'NONE',
      'household[].name': 'NONE',
      'household[].idNumber': 'GOVERNMENT_ID',
      'household[].languages': 'LANGUAGE_PROXY',
      meals: 'RELIGION',
      notes: 'CITIZENSHIP_IMMIGRATION',
      paymentMethod: 'NONE',
      userType: 'NONE',
      '$defs.Person.religion': 'RELIGION',
      '$defs.Person.nickname': 'NONE',
      uiLanguage: 'NONE',
    });
    expect(report.sensitive).toBe(Object.values(got).filter((c) => c !== 'NONE').length);
  });

  it('says where the evidence is, with titles as questions', () => {
    const status = report.items.find((i) => i.name === 'applicant.status')!;
    expect(status.question).toBe('Status');
    expect(status.evidence.every((e) => e.where === 'enum')).toBe(true);
    expect(status.evidence.map((e) => e.text)).toContain('U.S. citizen');
    const id = report.items.find((i) => i.name === 'household[].idNumber')!;
    expect(id.evidence[0]).toMatchObject({ where: 'label', concept: 'socialsecurity' });
    const notes = report.items.find((i) => i.name === 'notes')!;
    expect(notes.evidence[0]).toMatchObject({ where: 'values', text: 'A-number-shaped value', count: 2, of: 2 });
    expect(JSON.stringify(notes)).not.toContain('123456789');
  });

  it('gives every finding a recommendation', () => {
    for (const item of report.items) expect(item.recommendation.summary.length).toBeGreaterThan(10);
    expect(report.items.find((i) => i.name === 'meals')!.recommendation.action).toBe('delete');
  });

  it('reads draft-04 tuples, definitions, patternProperties and additionalProperties', () => {
    const r = auditJsonSchema({
      definitions: { Immigration: { properties: { aNumber: {} } } },
      properties: {
        pair: { type: 'array', items: [{ properties: { pob: {} } }, { properties: { zip: {} } }] },
        extra: { type: 'object', additionalProperties: { properties: { religion: {} } }, patternProperties: { '^x': { properties: { ssn: {} } } } },
      },
    });
    expect(byName(r)).toMatchObject({
      'definitions.Immigration.aNumber': 'CITIZENSHIP_IMMIGRATION',
      'pair[0].pob': 'NATIONALITY_ORIGIN',
      'pair[1].zip': 'NONE',
      'extra.*.religion': 'RELIGION',
      'extra.*.ssn': 'GOVERNMENT_ID',
    });
  });

  it('accepts JSON text and boolean schemas; refuses the rest without echoing it', () => {
    expect(byName(auditJsonSchema('{"properties":{"ctzn_flg":{"type":"boolean"}}}'))).toEqual({ ctzn_flg: 'CITIZENSHIP_IMMIGRATION' });
    expect(auditJsonSchema(true).items).toEqual([]);
    const bad = (() => {
      try {
        auditJsonSchema('{"ssn": "123-45-6789"');
      } catch (e) {
        return e;
      }
    })();
    expect(bad).toBeInstanceOf(FormatInvalidError);
    expect((bad as Error).message).not.toContain('123-45-6789');
    expect(() => auditJsonSchema(42)).toThrow(InputInvalidError);
    expect(() => auditJsonSchema(['x'])).toThrow(InputInvalidError);
  });

  it('survives cycles in object graphs and refuses absurd nesting', () => {
    const node: Record<string, unknown> = { properties: { religion: {} } };
    (node.properties as Record<string, unknown>).self = node;
    expect(byName(auditJsonSchema(node))).toEqual({ religion: 'RELIGION', self: 'NONE' });
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) deep = { properties: { a: deep } };
    expect(() => auditJsonSchema(deep)).toThrow(InputInvalidError);
  });
});
