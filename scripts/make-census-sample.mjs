#!/usr/bin/env node
/**
 * Writes a synthetic census-like table: the nine columns of the UCI Adult data set as the
 * k-anonymity literature and ARX use it (sex, age, race, marital-status, education,
 * native-country, workclass, occupation, salary-class), with the same value labels, so that the
 * same generalization hierarchies apply. Every row is made up: it is drawn from hand-set
 * distributions (skewed marginals, age-dependent marital status and schooling, occupation by
 * schooling and sex, native country by race, salary class from a logistic score of schooling,
 * age, sex, marriage, occupation and workclass). No row comes from, or stands for, a real person.
 *
 *     node scripts/make-census-sample.mjs --rows N [--out FILE] [--seed S] [--delimiter C]
 *
 * - `--rows N`: number of data rows (a header line comes first).
 * - `--out FILE`: write to FILE instead of standard output.
 * - `--seed S`: any string (default `civicveil`); the same seed gives the same bytes.
 * - `--delimiter C`: field separator (default `;`); values never contain `;`, `,`, tabs or quotes.
 *
 * Deterministic: a seeded sfc32 generator draws 32-bit integers, compared with integer thresholds
 * computed once from the weights (`Math.exp` is used only there: for the age weights and, memoized,
 * for each combination of the salary score's terms), so the same seed gives the same bytes.
 * Lines end in `\n`. Output is streamed in chunks of about 64 KiB with back-pressure, so memory
 * stays flat: a million rows (about 80 MB) take a few seconds.
 *
 * The committed test fixture is
 *
 *     node scripts/make-census-sample.mjs --rows 2000 --out test/fixtures/census-sample.csv
 *
 * and test/privacy/adult.test.ts checks that it still equals this script's output.
 */
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const HEADER = ['sex', 'age', 'race', 'marital-status', 'education', 'native-country', 'workclass', 'occupation', 'salary-class'];

// ---------------------------------------------------------------------------------------------
// Random numbers: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, as in PractRand),
// seeded from the seed string by a 32-bit FNV-1a hash, expanded to four words by golden-ratio
// increments, each mixed with MurmurHash3's 32-bit finalizer.

function _seedWords(seed) {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed)) h = Math.imul(h ^ byte, 0x01000193);
  const words = [];
  for (let i = 0; i < 4; i++) {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  return words;
}

/** Returns a function giving uniform 32-bit unsigned integers. */
export function createRandom(seed) {
  let [a, b, c, d] = _seedWords(String(seed));
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next(); // mix the seed in
  return next;
}

// ---------------------------------------------------------------------------------------------
// Weighted choices: weights become cumulative integer thresholds out of 2^32, compared with one
// 32-bit draw, so a choice is exact integer arithmetic.

const TWO32 = 2 ** 32;

/** A chooser over `entries` ([value, weight] pairs): returns value indices. */
function _chooser(entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const thresholds = new Float64Array(entries.length);
  let running = 0;
  entries.forEach(([, weight], i) => {
    running += weight;
    thresholds[i] = i === entries.length - 1 ? TWO32 : Math.floor((running / total) * TWO32);
  });
  return { values: entries.map(([value]) => value), thresholds };
}

function _pick(chooser, random) {
  const r = random();
  const { thresholds } = chooser;
  let i = 0;
  while (r >= thresholds[i]) i++;
  return i;
}

/** Multiplies the weights of `entries` by `factors` (value → factor, default 1). */
const _scaled = (entries, factors) => entries.map(([value, weight]) => [value, weight * (factors[value] ?? 1)]);

// ---------------------------------------------------------------------------------------------
// The model. Weights are hand-set, rounded and only roughly census-like.

const SEX = [['Male', 67], ['Female', 33]];

// Ages 17..90: a skewed hump peaking near thirty, w = (a−16)^1.5·e^(−(a−16)/9).
const AGES = [];
for (let age = 17; age <= 90; age++) AGES.push([String(age), Math.round(1000 * (age - 16) ** 1.5 * Math.exp(-(age - 16) / 9))]);

const RACE = [['White', 860], ['Black', 93], ['Asian-Pac-Islander', 30], ['Amer-Indian-Eskimo', 10], ['Other', 7]];

const COUNTRY_BY_RACE = {
  White: [
    ['United-States', 9300], ['Mexico', 260], ['Germany', 45], ['Canada', 40], ['England', 30], ['Cuba', 30], ['El-Salvador', 30],
    ['Italy', 25], ['Puerto-Rico', 20], ['Poland', 20], ['Guatemala', 20], ['Columbia', 18], ['Dominican-Republic', 15], ['Iran', 12],
    ['Portugal', 12], ['Greece', 10], ['France', 10], ['Nicaragua', 10], ['Peru', 10], ['Ireland', 9], ['Ecuador', 9], ['Yugoslavia', 5],
    ['Hungary', 4], ['Scotland', 4], ['Honduras', 4], ['Holand-Netherlands', 1],
  ],
  Black: [
    ['United-States', 9000], ['Jamaica', 300], ['Haiti', 150], ['Trinadad&Tobago', 60], ['Dominican-Republic', 60], ['Puerto-Rico', 60],
    ['South', 40], ['England', 30], ['Cuba', 30], ['Columbia', 20], ['Honduras', 10],
  ],
  'Asian-Pac-Islander': [
    ['United-States', 4500], ['Philippines', 2000], ['India', 1000], ['China', 600], ['Vietnam', 600], ['Japan', 500], ['Taiwan', 400],
    ['South', 300], ['Hong', 200], ['Cambodia', 200], ['Laos', 150], ['Thailand', 150], ['Outlying-US(Guam-USVI-etc)', 100],
  ],
  'Amer-Indian-Eskimo': [['United-States', 9700], ['Mexico', 100], ['Canada', 100], ['Columbia', 50], ['Peru', 50]],
  Other: [
    ['United-States', 6000], ['Mexico', 1500], ['Puerto-Rico', 500], ['Dominican-Republic', 400], ['El-Salvador', 300], ['Guatemala', 300],
    ['Columbia', 300], ['Ecuador', 200], ['Peru', 200], ['Cuba', 200], ['India', 100],
  ],
};

// Age bands for the conditional tables.
const BANDS = [19, 24, 34, 49, 64, 90]; // upper ends: 17–19, 20–24, 25–34, 35–49, 50–64, 65+
const _band = (age) => BANDS.findIndex((upper) => age <= upper);

const MARITAL_BY_BAND = [
  [['Never-married', 970], ['Married-civ-spouse', 20], ['Separated', 5], ['Divorced', 5]],
  [['Never-married', 780], ['Married-civ-spouse', 170], ['Divorced', 20], ['Separated', 20], ['Married-spouse-absent', 8], ['Married-AF-spouse', 2]],
  [['Never-married', 380], ['Married-civ-spouse', 450], ['Divorced', 110], ['Separated', 40], ['Married-spouse-absent', 15], ['Widowed', 3], ['Married-AF-spouse', 2]],
  [['Never-married', 120], ['Married-civ-spouse', 580], ['Divorced', 200], ['Separated', 40], ['Married-spouse-absent', 15], ['Widowed', 20], ['Married-AF-spouse', 1]],
  [['Never-married', 60], ['Married-civ-spouse', 620], ['Divorced', 170], ['Separated', 30], ['Married-spouse-absent', 15], ['Widowed', 80]],
  [['Never-married', 40], ['Married-civ-spouse', 550], ['Divorced', 90], ['Separated', 10], ['Married-spouse-absent', 10], ['Widowed', 300]],
];
// Women in the table are less often married to a civilian spouse and more often widowed or divorced.
const MARITAL_FEMALE = { 'Married-civ-spouse': 0.35, Widowed: 2, Divorced: 1.4, Separated: 1.8, 'Never-married': 1.4 };

const EDUCATION = [
  ['HS-grad', 330], ['Some-college', 220], ['Bachelors', 170], ['Masters', 54], ['Assoc-voc', 43], ['11th', 35], ['Assoc-acdm', 33],
  ['10th', 27], ['7th-8th', 18], ['Prof-school', 18], ['9th', 15], ['12th', 12], ['Doctorate', 12], ['5th-6th', 10], ['1st-4th', 5],
  ['Preschool', 2],
];
const EDUCATION_BY_BAND = [
  _scaled(EDUCATION, { '11th': 7, '12th': 9, '10th': 4, '9th': 2, 'Some-college': 0.8, Bachelors: 0.02, Masters: 0, 'Prof-school': 0, Doctorate: 0, 'Assoc-voc': 0.1, 'Assoc-acdm': 0.1 }),
  _scaled(EDUCATION, { 'Some-college': 1.8, Bachelors: 0.6, Masters: 0.1, 'Prof-school': 0.05, Doctorate: 0.01 }),
  EDUCATION,
  EDUCATION,
  _scaled(EDUCATION, { '7th-8th': 1.6, '5th-6th': 1.3, '1st-4th': 1.3, 'Some-college': 0.8 }),
  _scaled(EDUCATION, { '7th-8th': 3, '5th-6th': 2, '1st-4th': 2, '9th': 1.5, 'Some-college': 0.6, Bachelors: 0.8 }),
];

const WORKCLASS = [['Private', 740], ['Self-emp-not-inc', 83], ['Local-gov', 69], ['State-gov', 42], ['Self-emp-inc', 36], ['Federal-gov', 31], ['Without-pay', 1]];
const WORKCLASS_HIGHER_EDUCATION = { 'Local-gov': 1.8, 'State-gov': 1.8, 'Federal-gov': 1.5, 'Self-emp-inc': 1.5, Private: 0.85 };

const OCCUPATIONS = [
  'Prof-specialty', 'Craft-repair', 'Exec-managerial', 'Adm-clerical', 'Sales', 'Other-service', 'Machine-op-inspct',
  'Transport-moving', 'Handlers-cleaners', 'Farming-fishing', 'Tech-support', 'Protective-serv', 'Priv-house-serv', 'Armed-Forces',
];
// Occupation weights by schooling tier (same order as OCCUPATIONS).
const OCCUPATION_BY_TIER = {
  primary: [3, 160, 20, 40, 40, 250, 200, 100, 150, 150, 5, 15, 40, 0.3],
  secondary: [20, 170, 60, 100, 110, 190, 120, 90, 120, 50, 20, 20, 10, 0.5],
  college: [80, 130, 110, 170, 130, 100, 50, 50, 40, 30, 50, 25, 3, 0.5],
  bachelors: [250, 50, 250, 100, 170, 30, 10, 15, 8, 15, 50, 20, 1, 0.5],
  graduate: [600, 10, 250, 30, 60, 10, 3, 3, 2, 5, 20, 5, 0.5, 0.5],
};
const TIER_OF_EDUCATION = {
  Preschool: 'primary', '1st-4th': 'primary', '5th-6th': 'primary', '7th-8th': 'primary', '9th': 'primary', '10th': 'primary',
  '11th': 'secondary', '12th': 'secondary', 'HS-grad': 'secondary', 'Some-college': 'college', 'Assoc-voc': 'college',
  'Assoc-acdm': 'college', Bachelors: 'bachelors', Masters: 'graduate', 'Prof-school': 'graduate', Doctorate: 'graduate',
};
const OCCUPATION_BY_SEX = {
  Male: { 'Craft-repair': 1.8, 'Transport-moving': 1.8, 'Farming-fishing': 1.6, 'Handlers-cleaners': 1.5, 'Protective-serv': 1.6, 'Armed-Forces': 2, 'Adm-clerical': 0.5, 'Priv-house-serv': 0.15, 'Other-service': 0.7 },
  Female: { 'Craft-repair': 0.12, 'Transport-moving': 0.15, 'Farming-fishing': 0.25, 'Handlers-cleaners': 0.35, 'Protective-serv': 0.3, 'Armed-Forces': 0.05, 'Adm-clerical': 2.2, 'Priv-house-serv': 4, 'Other-service': 1.6 },
};

// Salary class: P(>50K) = 1/(1+e^−score), score = a sum of the terms below.
const SALARY_INTERCEPT = -2.6;
const SALARY_EDUCATION = {
  Preschool: -1.5, '1st-4th': -1.3, '5th-6th': -1.2, '7th-8th': -1.0, '9th': -0.9, '10th': -0.8, '11th': -0.8, '12th': -0.6,
  'HS-grad': 0, 'Some-college': 0.3, 'Assoc-voc': 0.5, 'Assoc-acdm': 0.5, Bachelors: 1.3, Masters: 1.8, 'Prof-school': 2.5, Doctorate: 2.4,
};
const SALARY_AGE_BAND = [-3.5, -2.2, -0.5, 0.3, 0.2, -0.5];
const SALARY_MARRIED = { 'Married-civ-spouse': 1.6, 'Married-AF-spouse': 1.4 };
const SALARY_OCCUPATION = {
  'Exec-managerial': 0.8, 'Prof-specialty': 0.6, 'Tech-support': 0.3, 'Protective-serv': 0.3, Sales: 0.2, 'Adm-clerical': -0.3,
  'Machine-op-inspct': -0.5, 'Farming-fishing': -0.8, 'Handlers-cleaners': -1.0, 'Other-service': -1.2, 'Priv-house-serv': -2.0,
};
const SALARY_WORKCLASS = { 'Self-emp-inc': 0.7, 'Federal-gov': 0.4, 'Without-pay': -4 };
const SALARY_MALE = 0.4;

/**
 * Builds the samplers once. Conditional tables are indexed by integers so that a row costs a
 * handful of array reads, nine 32-bit draws and one string concatenation.
 */
function _model() {
  const sex = _chooser(SEX);
  const age = _chooser(AGES);
  const race = _chooser(RACE);
  const countryByRace = race.values.map((r) => _chooser(COUNTRY_BY_RACE[r]));
  // [band][sex]
  const marital = MARITAL_BY_BAND.map((entries) => sex.values.map((s) => _chooser(s === 'Female' ? _scaled(entries, MARITAL_FEMALE) : entries)));
  const education = EDUCATION_BY_BAND.map(_chooser);
  const workclassLower = _chooser(WORKCLASS);
  const workclassHigher = _chooser(_scaled(WORKCLASS, WORKCLASS_HIGHER_EDUCATION));
  // [tier][sex]
  const tiers = Object.keys(OCCUPATION_BY_TIER);
  const occupation = tiers.map((tier) =>
    sex.values.map((s) => _chooser(_scaled(OCCUPATIONS.map((o, i) => [o, OCCUPATION_BY_TIER[tier][i]]), OCCUPATION_BY_SEX[s]))),
  );
  const bandOfAge = age.values.map((a) => _band(Number(a)));
  return { sex, age, race, countryByRace, marital, education, workclassLower, workclassHigher, occupation, tiers, bandOfAge };
}

/** P(>50K) as a threshold out of 2^32, memoized per combination of the score's terms. */
function _salaryThreshold(cache, key, score) {
  let threshold = cache.get(key);
  if (threshold === undefined) {
    threshold = Math.floor(TWO32 / (1 + Math.exp(-score)));
    cache.set(key, threshold);
  }
  return threshold;
}

/**
 * Yields the output in chunks of about `chunkBytes` characters: the header line, then `rows` rows.
 * @example for (const chunk of generateCensusRows({ rows: 10, seed: 'x' })) process.stdout.write(chunk);
 */
export function* generateCensusRows({ rows, seed = 'civicveil', delimiter = ';', chunkBytes = 1 << 16 }) {
  const random = createRandom(seed);
  const m = _model();
  const d = delimiter;
  const higher = new Set(['Bachelors', 'Masters', 'Prof-school', 'Doctorate']);
  const tierIndex = Object.fromEntries(m.tiers.map((t, i) => [t, i]));
  const salaryCache = new Map();
  let chunk = HEADER.join(d) + '\n';
  for (let row = 0; row < rows; row++) {
    const sexIndex = _pick(m.sex, random);
    const sex = m.sex.values[sexIndex];
    const ageIndex = _pick(m.age, random);
    const age = m.age.values[ageIndex];
    const band = m.bandOfAge[ageIndex];
    const raceIndex = _pick(m.race, random);
    const race = m.race.values[raceIndex];
    const maritalChooser = m.marital[band][sexIndex];
    const marital = maritalChooser.values[_pick(maritalChooser, random)];
    const educationChooser = m.education[band];
    const education = educationChooser.values[_pick(educationChooser, random)];
    const countryChooser = m.countryByRace[raceIndex];
    const country = countryChooser.values[_pick(countryChooser, random)];
    const workclassChooser = higher.has(education) ? m.workclassHigher : m.workclassLower;
    const workclass = workclassChooser.values[_pick(workclassChooser, random)];
    const occupationChooser = m.occupation[tierIndex[TIER_OF_EDUCATION[education]]][sexIndex];
    const occupation = occupationChooser.values[_pick(occupationChooser, random)];
    const key = `${education}|${band}|${sex}|${marital}|${occupation}|${workclass}`;
    const score =
      SALARY_INTERCEPT + SALARY_EDUCATION[education] + SALARY_AGE_BAND[band] + (sex === 'Male' ? SALARY_MALE : 0) +
      (SALARY_MARRIED[marital] ?? 0) + (SALARY_OCCUPATION[occupation] ?? 0) + (SALARY_WORKCLASS[workclass] ?? 0);
    const salary = random() < _salaryThreshold(salaryCache, key, score) ? '>50K' : '<=50K';
    chunk += sex + d + age + d + race + d + marital + d + education + d + country + d + workclass + d + occupation + d + salary + '\n';
    if (chunk.length >= chunkBytes) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

// ---------------------------------------------------------------------------------------------
// Command line.

const USAGE = 'usage: node scripts/make-census-sample.mjs --rows N [--out FILE] [--seed S] [--delimiter C]';

function _fail(message) {
  process.stderr.write(`make-census-sample: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function _main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        rows: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: 'civicveil' },
        delimiter: { type: 'string', default: ';' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    _fail(error.message);
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (values.rows === undefined || !/^\d+$/.test(values.rows) || !Number.isSafeInteger(Number(values.rows))) {
    _fail('--rows must be a whole number');
  }
  const delimiter = values.delimiter;
  if (delimiter === '' || /[\r\n"]/.test(delimiter) || /[A-Za-z0-9<>=+().&_-]/.test(delimiter)) {
    _fail('--delimiter must not be empty, a quote, a line break or a character that occurs in values');
  }
  const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
  let failed = false;
  out.on('error', (error) => {
    failed = true;
    // A closed pipe (`… | head`) is not an error for the user.
    if (error.code !== 'EPIPE') process.stderr.write(`make-census-sample: ${error.message}\n`);
    process.exitCode = error.code === 'EPIPE' ? 0 : 1;
  });
  for (const chunk of generateCensusRows({ rows: Number(values.rows), seed: values.seed, delimiter })) {
    if (failed) return;
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve).once('error', resolve));
  }
  if (out !== process.stdout) await new Promise((resolve) => out.end(resolve));
}

// Run as a command; importing the module (for its generator) does nothing.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await _main();
}
