import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditHtmlForm, auditJsonSchema, auditCsv, classifyField, readHtmlForm, splitFieldName } from '../../src/audit/index.js';
import { _tokenizeHtml } from '../../src/audit/html-tokenize.js';

const corpusNames: string[] = readFileSync(new URL('./corpus/fields.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { field: string; kind: string })
  .filter((r) => r.kind === 'name')
  .map((r) => r.field);

type Style = 'snake' | 'kebab' | 'screaming' | 'camel' | 'pascal' | 'space' | 'dot' | 'title';

function join(words: readonly string[], style: Style): string {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  switch (style) {
    case 'snake':
      return words.join('_');
    case 'kebab':
      return words.join('-');
    case 'screaming':
      return words.join('_').toUpperCase();
    case 'camel':
      return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
    case 'pascal':
      return words.map(cap).join('');
    case 'space':
      return words.join(' ');
    case 'dot':
      return words.join('.');
    case 'title':
      return words.map(cap).join(' ');
  }
}

const STYLES: Style[] = ['snake', 'kebab', 'screaming', 'camel', 'pascal', 'space', 'dot', 'title'];

describe('properties', () => {
  it('countryOfBirth ≡ country_of_birth ≡ COUNTRY-OF-BIRTH', () => {
    const categories = ['countryOfBirth', 'country_of_birth', 'COUNTRY-OF-BIRTH', 'Country Of Birth', 'country.of.birth'].map((n) => classifyField(n).category);
    expect(new Set(categories)).toEqual(new Set(['NATIONALITY_ORIGIN']));
  });

  it('classification of a name is stable under case and separator changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpusNames), fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), (name, a, b) => {
        const words = splitFieldName(name);
        // A run of digits glued to the next word ("4x") would merge differently: the corpus has none.
        const left = classifyField(join(words, a));
        const right = classifyField(join(words, b));
        expect(left.category).toBe(right.category);
        expect(left.category).toBe(classifyField(name).category);
      }),
      { numRuns: 2000 },
    );
  });

  it('classification is stable under random case and separators on generated names', () => {
    const word = fc.constantFrom('country', 'of', 'birth', 'preferred', 'language', 'ssn', 'citizen', 'status', 'city', 'religion', 'id', 'number', 'place', 'date', 'senior', 'portal');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), (words, a, b) => {
        expect(classifyField(join(words, a)).category).toBe(classifyField(join(words, b)).category);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary strings and keeps its output well-formed', () => {
    const separatorsAndWords = fc.string({ unit: fc.constantFrom('_', '-', ' ', '#', 'A', 'a', 'us', 'U.S.', 'ñ', 'ctzn', 'no', 'i', '94', '¿', '?', 'lang', 'citizen') });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }), separatorsAndWords), (s) => {
        const c = classifyField(s);
        expect(c.confidence).toBeGreaterThanOrEqual(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        expect(c.sensitive).toBe(c.category !== 'NONE');
        for (const e of c.evidence) expect(s).toContain(e.text.replace(/…$/, ''));
      }),
      { numRuns: 1500 },
    );
  });

  it('the HTML tokenizer and form reader never throw on arbitrary input', () => {
    const markup = fc.string({
      unit: fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', '!', '-', '?', '&', '#', ';', 'x', '9', 'input', 'label', 'for', 'id', 'name', 'select', 'option', 'fieldset', 'legend', 'textarea', 'script', 'aria-labelledby', '<!--', '-->', '</', 'é', '\n'),
      maxLength: 120,
    });
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ unit: 'binary', maxLength: 300 })), (html) => {
        let count = 0;
        _tokenizeHtml(html, () => count++);
        expect(count).toBeLessThanOrEqual(html.length + 1);
        expect(Array.isArray(readHtmlForm(html))).toBe(true);
        const report = auditHtmlForm(html);
        expect(report.items.length).toBe(report.byCategory.NONE + report.sensitive);
      }),
      { numRuns: 3000 },
    );
  });

  it('CSV and JSON Schema audits either return a report or throw a civicveil error', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ssn', ',', '"', '\n', '\r', ' ', 'A#123456789', '123-45-6789') , maxLength: 60 }), (text) => {
        try {
          auditCsv(text);
        } catch (e) {
          expect((e as { code?: string }).code).toMatch(/^(FORMAT|INPUT|OPTION)_INVALID$/);
        }
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          auditJsonSchema(value);
        } catch (e) {
          expect((e as { code?: string }).code).toMatch(/^(FORMAT|INPUT)_INVALID$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
