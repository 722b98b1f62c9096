/**
 * The release checks on census-shaped tables, against the slow reference (test/privacy/reference.ts):
 *
 * (a) the committed synthetic sample test/fixtures/census-sample.csv (always on);
 * (b) the UCI Adult data set at ../shared/data/adult.csv, read in place (skipped with a note when absent);
 * (c) Adult generalized with ARX's hierarchies (../shared/data/adult_hierarchy_*.csv) at several
 *     levels: the metrics move the way theory says as the generalization gets coarser;
 * (d) the worked inpatient example of Machanavajjhala et al. 2007 (homogeneity attack).
 *
 * The reference costs about (classes × rows × sensitive values) string comparisons, which is
 * minutes on Adult's finest partitions. So every comparison runs the reference on the whole table
 * for k, classes, uniques and risk (which are cheap for it), and on the whole table for the
 * sensitive metrics when that is affordable, otherwise on every s-th row (the smallest s within
 * a fixed budget): a smaller table of the same shape, checked completely.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTable, type CheckOptions, type CheckReport } from '../../src/privacy/index.js';
import { sharedDataText } from '../helpers/shared-data.js';
import { referenceCheck } from './reference.js';
import { expectClose } from '../helpers/close.js';

type Row = Record<string, string>;

const COLUMNS = ['sex', 'age', 'race', 'marital-status', 'education', 'native-country', 'workclass', 'occupation', 'salary-class'];
const NON_SALARY = COLUMNS.filter((name) => name !== 'salary-class');

/** Parses a `;`-separated file without quoting (Adult and the sample have none); CRLF or LF. */
function parseTable(text: string, delimiter = ';'): { header: string[]; rows: Row[] } {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0]!.split(delimiter);
  const rows = lines.slice(1).map((line, i) => {
    const values = line.split(delimiter);
    if (values.length !== header.length) throw new Error(`line ${i + 2}: ${values.length} fields, expected ${header.length}`);
    const row: Row = {};
    header.forEach((name, j) => (row[name] = values[j]!));
    return row;
  });
  return { header, rows };
}


/** The reference's budget per call, in (class × row × value) steps of about 0.1 µs: a third of a second. */
const REFERENCE_BUDGET = 3e6;

const isNumericColumn = (rows: readonly Row[], name: string): boolean =>
  rows.every((row) => row[name]!.trim() !== '' && Number.isFinite(Number(row[name])));

/**
 * The smallest stride s such that the reference on every s-th row stays within budget. Its
 * t-closeness scans the whole table twice per class and value (numeric comparisons for ordered
 * columns cost about a fifth of the JSON string comparisons of the others), and its recursive
 * (c,l) search recounts the table once per candidate c (c as the full table's report has it).
 */
function referenceStride(rows: readonly Row[], report: CheckReport, sensitive: readonly string[]): number {
  const n = rows.length;
  let perRowAndClass = 0;
  let perRow = 0;
  for (const name of sensitive) {
    const values = new Set(rows.map((row) => row[name])).size;
    perRowAndClass += 1 + 2 * values * (isNumericColumn(rows, name) ? 0.2 : 1);
    perRow += 2 * (report.sensitive[name]!.recursive.c ?? 0);
  }
  const cost = (stride: number): number => Math.min(report.classes, n / stride) * (n / stride) * perRowAndClass + (n / stride) * perRow;
  let stride = 1;
  while (cost(stride) > REFERENCE_BUDGET) stride++;
  return stride;
}

/**
 * Checks `checkTable` against the reference: k, classes, uniques and risk on the whole table;
 * the sensitive metrics on the whole table or on every s-th row. Returns the full report and s.
 */
function expectMatchesReference(rows: readonly Row[], options: CheckOptions): { report: CheckReport; stride: number } {
  const report = checkTable(rows, options);
  const structural = { ...options, sensitive: [] };
  expectClose(checkTable(rows, structural), referenceCheck(rows, structural));
  const sensitive = options.sensitive ?? [];
  const stride = referenceStride(rows, report, sensitive);
  if (sensitive.length > 0) {
    const subset = stride === 1 ? rows : rows.filter((_, i) => i % stride === 0);
    expectClose(stride === 1 ? report : checkTable(subset, options), referenceCheck(subset, options));
  }
  return { report, stride };
}

/** Quasi-identifier sets and the sensitive columns checked with each (age is ordered where it is sensitive). */
const CASES: { quasiIdentifiers: string[]; sensitive: string[] }[] = [
  { quasiIdentifiers: NON_SALARY, sensitive: ['salary-class'] },
  { quasiIdentifiers: ['age', 'sex', 'race'], sensitive: ['salary-class', 'occupation'] },
  { quasiIdentifiers: ['sex', 'race', 'marital-status'], sensitive: ['salary-class', 'occupation', 'age'] },
  { quasiIdentifiers: ['education', 'native-country', 'workclass'], sensitive: ['salary-class', 'age'] },
];

/** The invariants every report satisfies, whatever the data. */
function expectConsistent(report: CheckReport, rows: number): void {
  expect(report.rows).toBe(rows);
  expect(report.k).toBeGreaterThanOrEqual(1);
  expect(report.classes).toBeLessThanOrEqual(rows);
  expect(report.uniques).toBeLessThanOrEqual(report.classes);
  expect(report.uniques > 0).toBe(report.k === 1);
  expect(report.risk.prosecutor.max).toBeCloseTo(1 / report.k, 12);
  expect(report.risk.prosecutor.avg).toBeCloseTo(report.classes / rows, 12);
  expect(report.risk.prosecutor.recordsAtRisk).toBeGreaterThanOrEqual(report.uniques);
  for (const sensitive of Object.values(report.sensitive)) {
    expect(sensitive.lEntropy).toBeGreaterThanOrEqual(1);
    expect(sensitive.lEntropy).toBeLessThanOrEqual(sensitive.lDistinct + 1e-9); // entropy ≤ ln(distinct values)
    expect(sensitive.tCloseness).toBeGreaterThanOrEqual(0);
    expect(sensitive.tCloseness).toBeLessThanOrEqual(1);
  }
}

function describeTable(rows: () => readonly Row[]): void {
  for (const { quasiIdentifiers, sensitive } of CASES) {
    it(`QIs ${quasiIdentifiers.join(', ')}; sensitive ${sensitive.join(', ')}: equals the reference`, () => {
      const table = rows();
      const { report } = expectMatchesReference(table, { quasiIdentifiers, sensitive });
      expectConsistent(report, table.length);
      for (const name of sensitive) expect(report.sensitive[name]!.tDistance).toBe(name === 'age' ? 'ordered' : 'equal');
    });
  }
}

// ---------------------------------------------------------------------------------------------
// (a) The committed synthetic sample.

const SAMPLE_FILE = resolve(__dirname, '../fixtures/census-sample.csv');
const SAMPLE_TEXT = readFileSync(SAMPLE_FILE, 'utf8');
const sample = parseTable(SAMPLE_TEXT);

describe('the committed census-shaped sample', () => {
  it('is what scripts/make-census-sample.mjs writes (2,000 rows, default seed)', () => {
    const script = resolve(__dirname, '../../scripts/make-census-sample.mjs');
    const output = execFileSync(process.execPath, [script, '--rows', '2000'], { encoding: 'utf8' });
    expect(output).toBe(SAMPLE_TEXT.replace(/\r\n/g, '\n')); // whatever line endings a checkout gives it
    expect(Buffer.byteLength(SAMPLE_TEXT)).toBeLessThan(200_000);
  });

  it('has the Adult columns and plausible values', () => {
    expect(sample.header).toEqual(COLUMNS);
    expect(sample.rows).toHaveLength(2000);
    for (const row of sample.rows) {
      const age = Number(row.age);
      expect(Number.isInteger(age) && age >= 17 && age <= 90, row.age).toBe(true);
      expect(['<=50K', '>50K']).toContain(row['salary-class']);
      expect(['Male', 'Female']).toContain(row.sex);
    }
    // Skewed marginals and a salary that follows schooling.
    const share = (rows: readonly Row[], test: (row: Row) => boolean): number => rows.filter(test).length / rows.length;
    const high = (row: Row): boolean => row['salary-class'] === '>50K';
    expect(share(sample.rows, (row) => row.sex === 'Male')).toBeGreaterThan(0.55);
    expect(share(sample.rows, (row) => row['native-country'] === 'United-States')).toBeGreaterThan(0.8);
    const graduates = sample.rows.filter((row) => ['Masters', 'Prof-school', 'Doctorate'].includes(row.education!));
    const school = sample.rows.filter((row) => ['9th', '10th', '11th', '12th', 'HS-grad'].includes(row.education!));
    expect(share(graduates, high)).toBeGreaterThan(share(school, high) + 0.2);
  });

  it('gives other rows with another seed and another delimiter on request', () => {
    const script = resolve(__dirname, '../../scripts/make-census-sample.mjs');
    const output = execFileSync(process.execPath, [script, '--rows', '50', '--seed', 'other', '--delimiter', ','], { encoding: 'utf8' });
    const other = parseTable(output, ',');
    expect(other.header).toEqual(COLUMNS);
    expect(other.rows).toHaveLength(50);
    expect(other.rows.map((row) => Object.values(row).join(';'))).not.toEqual(SAMPLE_TEXT.split('\n').slice(1, 51));
  });

  describeTable(() => sample.rows);
});

// ---------------------------------------------------------------------------------------------
// (b) Adult, read in place.

const ADULT_TEXT = sharedDataText('adult.csv');
const adult = ADULT_TEXT === undefined ? undefined : parseTable(ADULT_TEXT);

describe.skipIf(adult === undefined)('UCI Adult (../shared/data/adult.csv)', () => {
  it('has the 30,162 rows and 9 columns ARX uses', () => {
    expect(adult!.header).toEqual(COLUMNS);
    expect(adult!.rows).toHaveLength(30_162);
  });

  describeTable(() => adult!.rows);

  it('QIs all eight non-salary columns: nearly half the records are unique (k = 1)', () => {
    const report = checkTable(adult!.rows, { quasiIdentifiers: NON_SALARY, sensitive: ['salary-class'] });
    expect(report.k).toBe(1);
    expect(report.uniques).toBe(14_021);
    expect(report.risk.prosecutor.max).toBe(1);
    expect(report.sensitive['salary-class']!.lDistinct).toBe(1);
    expect(report.sensitive['salary-class']!.recursive).toEqual({ l: 1, c: null });
  });
});

// ---------------------------------------------------------------------------------------------
// (c) Generalization with ARX's hierarchies.

type Hierarchy = Map<string, readonly string[]>; // original value → [level 0 (itself), level 1, …, '*']

/** Reads adult_hierarchy_<column>.csv: one row per original value, most specific level first. */
function readHierarchy(text: string): Hierarchy {
  const hierarchy: Hierarchy = new Map();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const levels = line.split(';');
    hierarchy.set(levels[0]!, levels);
  }
  return hierarchy;
}

/** ARX's hierarchies, read only where Adult itself is present (one note is enough when it is not). */
const HIERARCHY_TEXTS = adult === undefined ? {} : Object.fromEntries(COLUMNS.map((name) => [name, sharedDataText(`adult_hierarchy_${name}.csv`)]));
const hierarchies: Record<string, Hierarchy> | undefined =
  adult !== undefined && Object.values(HIERARCHY_TEXTS).every((text) => text !== undefined)
    ? Object.fromEntries(Object.entries(HIERARCHY_TEXTS).map(([name, text]) => [name, readHierarchy(text!)]))
    : undefined;

/** Replaces each quasi-identifier by its ancestor at the given level. */
function generalize(rows: readonly Row[], levels: Readonly<Record<string, number>>): Row[] {
  return rows.map((row) => {
    const out = { ...row };
    for (const [name, level] of Object.entries(levels)) {
      const path = hierarchies![name]!.get(row[name]!);
      if (path === undefined) throw new Error(`${name}: value ${row[name]} is not in the hierarchy`);
      out[name] = path[Math.min(level, path.length - 1)]!;
    }
    return out;
  });
}

/** Level vectors, partly ordered: `a ≤ b` when every level of a is at most b's. */
interface Scenario {
  name: string;
  quasiIdentifiers: string[];
  sensitive: string[];
  levels: Record<string, number>[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'seven QIs, sensitive salary-class and occupation',
    quasiIdentifiers: ['age', 'sex', 'race', 'marital-status', 'education', 'native-country', 'workclass'],
    sensitive: ['salary-class', 'occupation'],
    levels: [
      { age: 0, sex: 0, race: 0, 'marital-status': 0, education: 0, 'native-country': 0, workclass: 0 },
      { age: 1, sex: 0, race: 0, 'marital-status': 0, education: 0, 'native-country': 0, workclass: 0 },
      { age: 0, sex: 0, race: 1, 'marital-status': 1, education: 1, 'native-country': 1, workclass: 1 },
      { age: 2, sex: 0, race: 0, 'marital-status': 1, education: 1, 'native-country': 1, workclass: 1 },
      { age: 3, sex: 0, race: 1, 'marital-status': 1, education: 2, 'native-country': 2, workclass: 1 },
      { age: 4, sex: 1, race: 1, 'marital-status': 2, education: 3, 'native-country': 2, workclass: 2 },
    ],
  },
  {
    name: 'five QIs, age as the ordered sensitive attribute',
    quasiIdentifiers: ['sex', 'race', 'marital-status', 'education', 'native-country'],
    sensitive: ['age'],
    levels: [
      { sex: 0, race: 0, 'marital-status': 0, education: 0, 'native-country': 0 },
      { sex: 0, race: 0, 'marital-status': 0, education: 1, 'native-country': 1 },
      { sex: 0, race: 1, 'marital-status': 1, education: 1, 'native-country': 1 },
      { sex: 0, race: 1, 'marital-status': 1, education: 2, 'native-country': 2 },
      { sex: 1, race: 1, 'marital-status': 2, education: 3, 'native-country': 2 },
    ],
  },
];

const atMost = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean =>
  Object.keys(a).every((name) => a[name]! <= b[name]!);

/**
 * Coarser generalization merges classes (each hierarchy is a tree, so a class at a finer level lies
 * inside one class at a coarser level). Hence k, l (distinct) and entropy l never decrease, while
 * classes, uniques, the prosecutor risks and t never increase: a merged class has at least as many
 * distinct values as any part, its entropy is at least the smallest part's (entropy is concave;
 * Machanavajjhala et al. 2007 use this monotonicity), and its distance to the table's distribution
 * is at most the largest part's (the EMD is convex in the class distribution; Li, Li,
 * Venkatasubramanian 2007 call this the generalization property).
 */
function expectCoarserIsSafer(finer: CheckReport, coarser: CheckReport, label: string): void {
  const tolerance = 1e-12;
  expect(coarser.k, `${label}: k`).toBeGreaterThanOrEqual(finer.k);
  expect(coarser.classes, `${label}: classes`).toBeLessThanOrEqual(finer.classes);
  expect(coarser.uniques, `${label}: uniques`).toBeLessThanOrEqual(finer.uniques);
  expect(coarser.risk.prosecutor.max, `${label}: max risk`).toBeLessThanOrEqual(finer.risk.prosecutor.max);
  expect(coarser.risk.prosecutor.avg, `${label}: avg risk`).toBeLessThanOrEqual(finer.risk.prosecutor.avg);
  expect(coarser.risk.prosecutor.recordsAtRisk, `${label}: records at risk`).toBeLessThanOrEqual(finer.risk.prosecutor.recordsAtRisk);
  for (const [name, fine] of Object.entries(finer.sensitive)) {
    const coarse = coarser.sensitive[name]!;
    expect(coarse.lDistinct, `${label}: ${name} lDistinct`).toBeGreaterThanOrEqual(fine.lDistinct);
    expect(coarse.lEntropy, `${label}: ${name} lEntropy`).toBeGreaterThanOrEqual(fine.lEntropy - tolerance);
    expect(coarse.tCloseness, `${label}: ${name} t`).toBeLessThanOrEqual(fine.tCloseness + tolerance);
  }
}

describe.skipIf(adult === undefined || hierarchies === undefined)("Adult generalized with ARX's hierarchies", () => {
  it('each hierarchy covers every value of its column and is a tree', () => {
    for (const name of COLUMNS) {
      const hierarchy = hierarchies![name]!;
      const uncovered = new Set([...adult!.rows, ...sample.rows].map((row) => row[name]!).filter((value) => !hierarchy.has(value)));
      expect([...uncovered], `${name}: values missing from the hierarchy`).toEqual([]);
      const depth = hierarchy.values().next().value!.length;
      const parent = new Map<string, string>();
      const conflicts: string[] = [];
      for (const path of hierarchy.values()) {
        if (path.length !== depth || path.at(-1) !== '*') conflicts.push(`${path.join(';')}: not ${depth} levels ending in *`);
        for (let level = 1; level < depth - 1; level++) {
          const key = `${level}:${path[level]}`;
          if (parent.has(key) && parent.get(key) !== path[level + 1]) conflicts.push(`${key} has two parents`);
          parent.set(key, path[level + 1]!);
        }
      }
      expect(conflicts, name).toEqual([]);
    }
  });

  for (const [tableName, table] of [
    ['Adult', () => adult!.rows],
    ['the synthetic sample', () => sample.rows],
  ] as const) {
    for (const scenario of SCENARIOS) {
      it(`${tableName}, ${scenario.name}: equals the reference at every level, and coarser is never worse`, () => {
        const rows = table();
        const reports = scenario.levels.map((levels) => {
          const generalized = generalize(rows, levels);
          const { report } = expectMatchesReference(generalized, { quasiIdentifiers: scenario.quasiIdentifiers, sensitive: scenario.sensitive });
          expectConsistent(report, rows.length);
          return report;
        });
        let comparisons = 0;
        scenario.levels.forEach((a, i) =>
          scenario.levels.forEach((b, j) => {
            if (i !== j && atMost(a, b)) {
              expectCoarserIsSafer(reports[i]!, reports[j]!, `${JSON.stringify(a)} ≤ ${JSON.stringify(b)}`);
              comparisons++;
            }
          }),
        );
        expect(comparisons).toBeGreaterThanOrEqual(scenario.levels.length - 1);
        // Generalizing everything to '*' (or nearly) leaves few classes; the finest level leaves many.
        expect(reports.at(-1)!.classes).toBeLessThan(reports[0]!.classes);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// (d) Machanavajjhala, Kifer, Gehrke, Venkitasubramaniam 2007, "l-diversity: privacy beyond
// k-anonymity" (ACM TKDD 1(1); first at ICDE 2006). Transcribed from the paper: the inpatient
// microdata (Figure 3 of the TKDD version, Figure 1 of the ICDE version), its 4-anonymous version
// (Figure 4 / Figure 2) and its 3-diverse version (Figure 3 of the ICDE version). Quasi-identifiers
// are ZIP code, age and nationality; the condition is sensitive.

const INPATIENTS = [
  // #   ZIP code  age  nationality  condition
  [1, '13053', 28, 'Russian', 'Heart Disease'],
  [2, '13068', 29, 'American', 'Heart Disease'],
  [3, '13068', 21, 'Japanese', 'Viral Infection'],
  [4, '13053', 23, 'American', 'Viral Infection'],
  [5, '14853', 50, 'Indian', 'Cancer'],
  [6, '14853', 55, 'Russian', 'Heart Disease'],
  [7, '14850', 47, 'American', 'Viral Infection'],
  [8, '14850', 49, 'American', 'Viral Infection'],
  [9, '13053', 31, 'American', 'Cancer'],
  [10, '13053', 37, 'Indian', 'Cancer'],
  [11, '13068', 36, 'Japanese', 'Cancer'],
  [12, '13068', 35, 'American', 'Cancer'],
] as const;

const FOUR_ANONYMOUS = [
  [1, '130**', '<30', '*', 'Heart Disease'],
  [2, '130**', '<30', '*', 'Heart Disease'],
  [3, '130**', '<30', '*', 'Viral Infection'],
  [4, '130**', '<30', '*', 'Viral Infection'],
  [5, '1485*', '≥40', '*', 'Cancer'],
  [6, '1485*', '≥40', '*', 'Heart Disease'],
  [7, '1485*', '≥40', '*', 'Viral Infection'],
  [8, '1485*', '≥40', '*', 'Viral Infection'],
  [9, '130**', '3*', '*', 'Cancer'],
  [10, '130**', '3*', '*', 'Cancer'],
  [11, '130**', '3*', '*', 'Cancer'],
  [12, '130**', '3*', '*', 'Cancer'],
] as const;

const THREE_DIVERSE = [
  [1, '1305*', '≤40', '*', 'Heart Disease'],
  [4, '1305*', '≤40', '*', 'Viral Infection'],
  [9, '1305*', '≤40', '*', 'Cancer'],
  [10, '1305*', '≤40', '*', 'Cancer'],
  [5, '1485*', '>40', '*', 'Cancer'],
  [6, '1485*', '>40', '*', 'Heart Disease'],
  [7, '1485*', '>40', '*', 'Viral Infection'],
  [8, '1485*', '>40', '*', 'Viral Infection'],
  [2, '1306*', '≤40', '*', 'Heart Disease'],
  [3, '1306*', '≤40', '*', 'Viral Infection'],
  [11, '1306*', '≤40', '*', 'Cancer'],
  [12, '1306*', '≤40', '*', 'Cancer'],
] as const;

type Person = { zip: string; age: number; nationality: string };
const records = (table: readonly (readonly [number, string, string | number, string, string])[]) =>
  table.map(([id, zip, age, nationality, condition]) => ({ id, zip, age, nationality, condition }));

/** Whether a generalized value covers an original one: ZIP prefixes with `*`, age ranges, `*` for anything. */
function covers(record: { zip: string; age: string | number; nationality: string }, person: Person): boolean {
  const zip = record.zip.replace(/\*+$/, '');
  const age = String(record.age);
  const ageOk =
    age === '*' ||
    (age.startsWith('<') && person.age < Number(age.slice(1))) ||
    (age.startsWith('≤') && person.age <= Number(age.slice(1))) ||
    (age.startsWith('>') && person.age > Number(age.slice(1))) ||
    (age.startsWith('≥') && person.age >= Number(age.slice(1))) ||
    (age.endsWith('*') && String(person.age).startsWith(age.slice(0, -1))) ||
    age === String(person.age);
  return person.zip.startsWith(zip) && ageOk && (record.nationality === '*' || record.nationality === person.nationality);
}

/** The conditions an attacker who knows the person's quasi-identifiers narrows them down to. */
const conditionsOf = (table: ReturnType<typeof records>, person: Person): Set<string> =>
  new Set(table.filter((record) => covers(record, person)).map((record) => record.condition));

const QUASI = ['zip', 'age', 'nationality'];
const BOB: Person = { zip: '13053', age: 31, nationality: 'American' };
const UMEKO: Person = { zip: '13068', age: 21, nationality: 'Japanese' };

describe('Machanavajjhala et al. 2007: the inpatient example', () => {
  const original = records(INPATIENTS);
  const fourAnonymous = records(FOUR_ANONYMOUS);
  const threeDiverse = records(THREE_DIVERSE);

  it('the generalized tables are generalizations of the original, record by record', () => {
    for (const table of [fourAnonymous, threeDiverse]) {
      for (const record of table) {
        const source = original.find((row) => row.id === record.id)!;
        expect(covers(record, { zip: source.zip, age: source.age as number, nationality: source.nationality }), `record ${record.id}`).toBe(true);
        expect(record.condition).toBe(source.condition);
      }
    }
  });

  it('the original table: every patient is unique on ZIP code, age and nationality', () => {
    const report = checkTable(original, { quasiIdentifiers: QUASI, sensitive: ['condition'] });
    expect(report).toMatchObject({ rows: 12, classes: 12, uniques: 12, k: 1 });
    expect(report.risk.prosecutor).toEqual({ max: 1, avg: 1, recordsAtRisk: 12 });
  });

  it('the 4-anonymous table: k = 4, but distinct and entropy l are 1 (the homogeneity attack)', () => {
    const report = checkTable(fourAnonymous, { quasiIdentifiers: QUASI, sensitive: ['condition'] });
    expectClose(report, referenceCheck(fourAnonymous, { quasiIdentifiers: QUASI, sensitive: ['condition'] }));
    expect(report).toMatchObject({ rows: 12, classes: 3, uniques: 0, k: 4 });
    expect(report.risk.prosecutor).toEqual({ max: 0.25, avg: 0.25, recordsAtRisk: 12 });
    const condition = report.sensitive.condition!;
    expect(condition.lDistinct).toBe(1);
    expect(condition.lEntropy).toBe(1);
    expect(condition.recursive).toEqual({ l: 1, c: null });
    // Table: heart disease 3, viral infection 4, cancer 5 (of 12). The all-cancer class is
    // ½(3 + 4 + 7)/12 = 7/12 from it under the equal distance.
    expect(condition.tDistance).toBe('equal');
    expect(condition.tCloseness).toBeCloseTo(7 / 12, 12);
    // "Alice knows that Bob's record number is 9, 10, 11, or 12. All of those patients have the
    // same medical condition (cancer), and so Alice concludes that Bob has cancer."
    expect(fourAnonymous.filter((record) => covers(record, BOB)).map((record) => record.id)).toEqual([9, 10, 11, 12]);
    expect(conditionsOf(fourAnonymous, BOB)).toEqual(new Set(['Cancer']));
    // Umeko's class (records 1–4) holds two conditions: l-diversity alone cannot see the paper's
    // background-knowledge attack (heart disease being rare among Japanese patients).
    expect(fourAnonymous.filter((record) => covers(record, UMEKO)).map((record) => record.id)).toEqual([1, 2, 3, 4]);
    expect(conditionsOf(fourAnonymous, UMEKO)).toEqual(new Set(['Heart Disease', 'Viral Infection']));
  });

  it('the 3-diverse table: distinct l = 3, entropy l = 2^1.5, recursive (3, 3), and Bob is no longer exposed', () => {
    const report = checkTable(threeDiverse, { quasiIdentifiers: QUASI, sensitive: ['condition'] });
    expectClose(report, referenceCheck(threeDiverse, { quasiIdentifiers: QUASI, sensitive: ['condition'] }));
    expect(report).toMatchObject({ rows: 12, classes: 3, uniques: 0, k: 4 });
    const condition = report.sensitive.condition!;
    expect(condition.lDistinct).toBe(3);
    // Every class has counts 2, 1, 1: entropy −(½ln½ + 2·¼ln¼) = 1.5·ln 2, so l = 2^1.5 ≈ 2.83.
    expect(condition.lEntropy).toBeCloseTo(2 ** 1.5, 12);
    // Recursive at l = 3: r1 = 2 < c·r3 = c·1 holds from c = 3.
    expect(condition.recursive).toEqual({ l: 3, c: 3 });
    // Classes: (HD 1, VI 1, C 2) twice at ½(0 + 1 + 1)/12 = 1/12; (C 1, HD 1, VI 2) at ½(0 + 2 + 2)/12 = 1/6.
    expect(condition.tCloseness).toBeCloseTo(1 / 6, 12);
    expect(conditionsOf(threeDiverse, BOB)).toEqual(new Set(['Heart Disease', 'Viral Infection', 'Cancer']));
  });
});
