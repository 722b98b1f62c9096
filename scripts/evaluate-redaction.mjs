#!/usr/bin/env node
/**
 * Measures the redaction detectors on the labelled corpus (test/redact/corpus/snippets.jsonl):
 * per-type precision, recall, F1 and support, with an exact match (same type, same offsets) and a
 * lenient one (same type, overlapping offsets), macro F1 over the ten types, and issue 5's targets.
 *
 *     npm run build && node scripts/evaluate-redaction.mjs
 *     node scripts/evaluate-redaction.mjs --errors            # also list false positives and negatives
 *     node scripts/evaluate-redaction.mjs --json > figures.json
 *
 * Options:
 *   --module PATH     module exporting `detect(text, options?)` (default: dist/redact/index.js)
 *   --corpus PATH     snippets file (default: test/redact/corpus/snippets.jsonl)
 *   --lang en|es      only the snippets in this language
 *   --min-score X     drop predictions scored below X
 *   --errors          list false positives and negatives: id, type, offsets, never the values
 *   --json            print the figures (and the error lists) as JSON instead of a table
 *   --strict          exit with status 1 when a target is missed
 *
 * The scoring itself lives in test/redact/corpus/evaluate.mjs, shared with test/redact/quality.test.ts.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_PATH, evaluate, formatReport, loadCorpus } from '../test/redact/corpus/evaluate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    module: { type: 'string', default: join(ROOT, 'dist/redact/index.js') },
    corpus: { type: 'string', default: CORPUS_PATH },
    lang: { type: 'string' },
    'min-score': { type: 'string' },
    errors: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('usage: node scripts/evaluate-redaction.mjs [--module PATH] [--corpus PATH] [--lang en|es] [--min-score X] [--errors] [--json] [--strict]\n');
  process.exit(0);
}

const modulePath = resolve(args.module);
if (!existsSync(modulePath)) {
  process.stderr.write(`evaluate-redaction: ${modulePath} not found; build first (npm run build) or pass --module PATH\n`);
  process.exit(2);
}
const { detect } = await import(pathToFileURL(modulePath).href);
if (typeof detect !== 'function') {
  process.stderr.write(`evaluate-redaction: ${modulePath} exports no detect function\n`);
  process.exit(2);
}

let snippets = loadCorpus(resolve(args.corpus));
if (args.lang) snippets = snippets.filter((s) => s.lang === args.lang);
const minScore = args['min-score'] === undefined ? undefined : Number(args['min-score']);
if (minScore !== undefined && Number.isNaN(minScore)) {
  process.stderr.write('evaluate-redaction: --min-score takes a number\n');
  process.exit(2);
}

const report = evaluate(snippets, detect, minScore === undefined ? {} : { minScore });
if (args.json) {
  const { errors, ...figures } = report;
  process.stdout.write(`${JSON.stringify(args.errors ? report : figures, null, 2)}\n`);
} else {
  process.stdout.write(`${formatReport(report, { errors: args.errors })}\n`);
}
if (args.strict && report.targets.some((t) => !t.met)) process.exitCode = 1;
