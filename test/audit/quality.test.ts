/**
 * Measured quality of the field classifier on the labelled corpus (test/audit/corpus/fields.jsonl).
 * Prints per-category precision/recall tables (run `CIVICVEIL_SKIP_BUILD=1 npx vitest run
 * test/audit/quality.test.ts` and read the log) for the development corpus, its English and Spanish
 * parts, and the held-out set (corpus/holdout.jsonl), and holds the target on the
 * development corpus: recall at least 0.95 on sensitive fields (sensitive vs not). The held-out
 * figures are printed, not asserted: they are the honest estimate (see corpus/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, classifyField, type Category } from '../../src/audit/index.js';

interface Labelled {
  field: string;
  category: Category;
  lang: 'en' | 'es';
  kind: 'name' | 'question';
  note?: string;
}

const read = (file: string): Labelled[] =>
  readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);

/** The development corpus: written before the classifier, then used to develop it. */
const corpus = read('fields.jsonl');
/** Field names and questions modelled on real schemas, written after the classifier (see corpus/README.md). */
const holdout = read('holdout.jsonl');

interface Figures {
  tp: number;
  fp: number;
  fn: number;
}
const precision = (f: Figures) => (f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp));
const recall = (f: Figures) => (f.tp + f.fn === 0 ? 1 : f.tp / (f.tp + f.fn));
const f1 = (f: Figures) => {
  const p = precision(f);
  const r = recall(f);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

function evaluate(rows: readonly Labelled[]) {
  const perCategory = new Map<Category, Figures>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const sensitive: Figures = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  for (const row of rows) {
    const got = classifyField(row.field).category;
    const want = row.category;
    if (got === want) perCategory.get(want)!.tp++;
    else {
      perCategory.get(got)!.fp++;
      perCategory.get(want)!.fn++;
      errors.push(`  ${JSON.stringify(row.field)}: expected ${want}, got ${got}`);
    }
    const g = got !== 'NONE';
    const w = want !== 'NONE';
    if (g && w) sensitive.tp++;
    else if (g) sensitive.fp++;
    else if (w) sensitive.fn++;
  }
  return { perCategory, sensitive, errors };
}

function table(title: string, rows: readonly Labelled[]): string {
  const { perCategory, sensitive, errors } = evaluate(rows);
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3);
  const lines = [`${title} (${rows.length} fields)`, `  ${pad('category', 26)} support  precision  recall  F1`];
  for (const [category, f] of perCategory) {
    lines.push(`  ${pad(category, 26)} ${String(f.tp + f.fn).padStart(7)}  ${num(precision(f)).padStart(9)}  ${num(recall(f)).padStart(6)}  ${num(f1(f))}`);
  }
  lines.push(`  ${pad('sensitive vs not', 26)} ${String(sensitive.tp + sensitive.fn).padStart(7)}  ${num(precision(sensitive)).padStart(9)}  ${num(recall(sensitive)).padStart(6)}  ${num(f1(sensitive))}`);
  if (errors.length > 0) lines.push('  misclassified:', ...errors);
  return lines.join('\n');
}

describe('audit quality on the labelled corpus', () => {
  it('is a corpus of at least 240 labelled fields, about a quarter Spanish, with hard negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240);
    const spanish = corpus.filter((r) => r.lang === 'es').length / corpus.length;
    expect(spanish).toBeGreaterThanOrEqual(0.2);
    expect(corpus.filter((r) => r.category === 'NONE').length).toBeGreaterThanOrEqual(80);
    for (const r of corpus) expect(CATEGORIES).toContain(r.category);
    expect(new Set(corpus.map((r) => r.field)).size).toBe(corpus.length);
    for (const r of holdout) expect(CATEGORIES).toContain(r.category);
  });

  it('reaches recall ≥ 0.95 on sensitive fields (and prints per-category figures)', () => {
    const report = [
      table('all', corpus),
      table('English', corpus.filter((r) => r.lang === 'en')),
      table('Spanish', corpus.filter((r) => r.lang === 'es')),
      table('held-out (real-schema names; see corpus/README.md)', holdout),
    ].join('\n\n');
    console.log(report);
    const { sensitive } = evaluate(corpus);
    expect(recall(sensitive)).toBeGreaterThanOrEqual(0.95);
  });
});
