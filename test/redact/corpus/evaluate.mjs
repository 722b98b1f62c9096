// Scores a detector against the labelled snippets of snippets.jsonl: per-type precision, recall
// and F1 (exact match: same type, same start and end), the same with a lenient match (same type,
// overlapping offsets, one prediction per label), macro F1 over the ten types, and the list of false
// positives and false negatives by id, type and offsets. No value of the text is ever copied into the
// report, so it can be printed and committed. Plain JavaScript so that both the Node script
// (scripts/evaluate-redaction.mjs) and the vitest suite (test/redact/quality.test.ts) use it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ten types of issue 5, item 1, in the order reports list them. */
export const TYPES = Object.freeze(['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS']);

/** The targets of issue 5, item 5. */
export const TARGETS = Object.freeze({
  perType: Object.freeze({
    SSN: Object.freeze({ recall: 0.99, precision: 0.95 }),
    ITIN: Object.freeze({ recall: 0.99, precision: 0.95 }),
    A_NUMBER: Object.freeze({ recall: 0.99, precision: 0.95 }),
  }),
  macroF1: 0.95,
});

export const CORPUS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'snippets.jsonl');

/** Reads the snippets (one JSON object a line). */
export function loadCorpus(path = CORPUS_PATH) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const s = JSON.parse(line);
      if (typeof s.id !== 'string' || typeof s.text !== 'string' || !Array.isArray(s.spans)) throw new Error(`${path}:${i + 1}: not a snippet`);
      return s;
    });
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const ratio = (num, den, empty) => (den === 0 ? empty : num / den);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Precision, recall and F1 from counts. With no prediction, precision is 1 when there was nothing to
 * find and 0 otherwise; with nothing to find, recall is 1 when nothing was predicted and 0 otherwise.
 */
function scores(tp, fp, fn) {
  const precision = ratio(tp, tp + fp, tp + fn === 0 ? 1 : 0);
  const recall = ratio(tp, tp + fn, fp === 0 ? 1 : 0);
  return { tp, fp, fn, precision, recall, f1: f1(precision, recall) };
}

/** Runs `detect` on every snippet; returns the predictions per snippet id and the time taken. */
function predictAll(snippets, detect, { detectOptions, minScore = -Infinity } = {}) {
  const predictions = new Map();
  const started = performance.now();
  for (const s of snippets) {
    const found = detectOptions === undefined ? detect(s.text) : detect(s.text, detectOptions);
    predictions.set(
      s.id,
      [...found]
        .filter((p) => (typeof p.score === 'number' ? p.score >= minScore : true))
        .map((p) => ({ type: p.type, start: p.start, end: p.end })),
    );
  }
  return { predictions, milliseconds: performance.now() - started };
}

/**
 * Compares predicted spans with the labels.
 *
 * @param snippets from loadCorpus()
 * @param detect `detect(text, options?)` returning `{ type, start, end, score }` objects
 * @param options `detectOptions` passed to detect; `minScore` drops predictions scored below it
 */
export function evaluate(snippets, detect, options = {}) {
  const { predictions, milliseconds } = predictAll(snippets, detect, options);
  const count = () => Object.fromEntries(TYPES.map((t) => [t, { support: 0, predicted: 0, tp: 0, lenientTp: 0 }]));
  const all = count();
  const byLanguage = {};
  const falsePositives = [];
  const falseNegatives = [];
  const malformed = [];
  const otherTypes = {};
  const decoysHit = {};
  let decoyTotal = 0;

  for (const s of snippets) {
    const lang = (byLanguage[s.lang] ??= count());
    const gold = s.spans;
    decoyTotal += s.decoys?.length ?? 0;
    const predicted = [];
    for (const p of predictions.get(s.id)) {
      const wellFormed = Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start < p.end && p.end <= s.text.length;
      if (!wellFormed) malformed.push({ id: s.id, type: p.type, start: p.start, end: p.end });
      if (!TYPES.includes(p.type)) otherTypes[p.type] = (otherTypes[p.type] ?? 0) + 1;
      else predicted.push(p);
    }
    for (const g of gold) {
      all[g.type].support++;
      lang[g.type].support++;
    }
    for (const p of predicted) {
      all[p.type].predicted++;
      lang[p.type].predicted++;
    }

    // Exact: a label matches at most one prediction of its type with the same offsets.
    const exact = new Set();
    const exactGold = new Set();
    gold.forEach((g, gi) => {
      const pi = predicted.findIndex((p, k) => !exact.has(k) && p.type === g.type && p.start === g.start && p.end === g.end);
      if (pi >= 0) {
        exact.add(pi);
        exactGold.add(gi);
        all[g.type].tp++;
        lang[g.type].tp++;
      }
    });
    // Lenient: same type and overlapping offsets, one prediction per label (exact matches first).
    const lenient = new Set(exact);
    const lenientGold = new Set(exactGold);
    gold.forEach((g, gi) => {
      if (lenientGold.has(gi)) return;
      const pi = predicted.findIndex((p, k) => !lenient.has(k) && p.type === g.type && overlaps(p, g));
      if (pi >= 0) {
        lenient.add(pi);
        lenientGold.add(gi);
      }
    });
    for (const gi of lenientGold) {
      all[gold[gi].type].lenientTp++;
      lang[gold[gi].type].lenientTp++;
    }

    gold.forEach((g, gi) => {
      if (exactGold.has(gi)) return;
      const other = predicted.find((p) => overlaps(p, g));
      const entry = { id: s.id, type: g.type, start: g.start, end: g.end };
      if (other) {
        if (other.type !== g.type) entry.predictedAs = other.type;
        else entry.boundary = { start: other.start, end: other.end };
      }
      falseNegatives.push(entry);
    });
    predicted.forEach((p, pi) => {
      if (exact.has(pi)) return;
      const entry = { id: s.id, type: p.type, start: p.start, end: p.end };
      const g = gold.find((x) => overlaps(x, p));
      if (g) {
        if (g.type !== p.type) entry.labelled = g.type;
        else entry.boundary = { start: g.start, end: g.end };
      }
      const d = (s.decoys ?? []).find((x) => overlaps(x, p));
      if (d) {
        entry.decoy = d.kind;
        decoysHit[d.kind] = (decoysHit[d.kind] ?? 0) + 1;
      }
      falsePositives.push(entry);
    });
  }

  const summarize = (counts) => {
    const types = {};
    for (const t of TYPES) {
      const c = counts[t];
      types[t] = {
        support: c.support,
        predicted: c.predicted,
        ...scores(c.tp, c.predicted - c.tp, c.support - c.tp),
        lenient: scores(c.lenientTp, c.predicted - c.lenientTp, c.support - c.lenientTp),
      };
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const sum = (key) => TYPES.reduce((a, t) => a + types[t][key], 0);
    return {
      types,
      macroF1: mean(TYPES.map((t) => types[t].f1)),
      lenientMacroF1: mean(TYPES.map((t) => types[t].lenient.f1)),
      micro: scores(sum('tp'), sum('fp'), sum('fn')),
    };
  };

  const overall = summarize(all);
  const targets = checkTargets(overall);
  return {
    snippets: snippets.length,
    spans: TYPES.reduce((a, t) => a + all[t].support, 0),
    languages: Object.fromEntries(Object.entries(byLanguage).map(([lang, counts]) => [lang, { snippets: snippets.filter((s) => s.lang === lang).length, ...summarize(counts) }])),
    ...overall,
    targets,
    hardNegatives: { total: decoyTotal, hit: decoysHit },
    otherTypes,
    malformed,
    milliseconds,
    errors: { falsePositives, falseNegatives },
  };
}

/** Each target of issue 5 with the measured figure and whether it is met. */
function checkTargets({ types, macroF1 }) {
  const rows = [];
  for (const [type, t] of Object.entries(TARGETS.perType)) {
    rows.push({ name: `${type} recall`, target: t.recall, value: types[type].recall, met: types[type].recall >= t.recall });
    rows.push({ name: `${type} precision`, target: t.precision, value: types[type].precision, met: types[type].precision >= t.precision });
  }
  rows.push({ name: 'macro F1', target: TARGETS.macroF1, value: macroF1, met: macroF1 >= TARGETS.macroF1 });
  return rows;
}

const fixed = (x) => x.toFixed(3);
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? `-${'-'.repeat(w)}-` : `-${'-'.repeat(w)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The report as Markdown text; with `errors: true`, the false positives and negatives too (ids and types, never values). */
export function formatReport(report, { errors = false } = {}) {
  const rows = TYPES.map((t) => {
    const r = report.types[t];
    return [t, r.support, r.predicted, fixed(r.precision), fixed(r.recall), fixed(r.f1), fixed(r.lenient.precision), fixed(r.lenient.recall), fixed(r.lenient.f1)];
  });
  const out = [
    `${report.snippets} snippets, ${report.spans} labelled spans, ${report.hardNegatives.total} hard negatives; detect took ${report.milliseconds.toFixed(0)} ms.`,
    '',
    table(['type', 'support', 'predicted', 'precision', 'recall', 'F1', 'lenient P', 'lenient R', 'lenient F1'], rows),
    '',
    `Macro F1 over the ten types: ${fixed(report.macroF1)} (lenient ${fixed(report.lenientMacroF1)}); micro P ${fixed(report.micro.precision)}, R ${fixed(report.micro.recall)}, F1 ${fixed(report.micro.f1)}.`,
    `By language: ${Object.entries(report.languages).map(([lang, l]) => `${lang} ${l.snippets} snippets, macro F1 ${fixed(l.macroF1)}`).join('; ')}.`,
    '',
    'Targets (issue 5, item 5):',
    ...report.targets.map((t) => `  ${t.met ? 'met ' : 'MISS'} ${t.name.padEnd(20)} ${fixed(t.value)} (target ${t.target})`),
  ];
  const hit = Object.entries(report.hardNegatives.hit).sort((a, b) => b[1] - a[1]);
  out.push('', `False positives on hard negatives: ${hit.length ? hit.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}.`);
  const other = Object.entries(report.otherTypes);
  if (other.length) out.push(`Predictions of other types (not scored): ${other.map(([k, n]) => `${k} ${n}`).join(', ')}.`);
  if (report.malformed.length) out.push(`Malformed spans (offsets outside the text or empty): ${report.malformed.length}.`);
  if (errors) {
    const where = (e) => `${e.id} ${e.type} [${e.start}, ${e.end})`;
    out.push('', `False negatives (${report.errors.falseNegatives.length}):`);
    for (const e of report.errors.falseNegatives) {
      const why = e.predictedAs ? ` - found as ${e.predictedAs}` : e.boundary ? ` - found as [${e.boundary.start}, ${e.boundary.end})` : '';
      out.push(`  ${where(e)}${why}`);
    }
    out.push('', `False positives (${report.errors.falsePositives.length}):`);
    for (const e of report.errors.falsePositives) {
      const why = [e.labelled && `labelled ${e.labelled}`, e.boundary && `labelled [${e.boundary.start}, ${e.boundary.end})`, e.decoy && `on ${e.decoy}`].filter(Boolean);
      out.push(`  ${where(e)}${why.length ? ` - ${why.join(', ')}` : ''}`);
    }
    for (const e of report.malformed) out.push(`  malformed: ${where(e)}`);
  }
  return out.join('\n');
}
