#!/usr/bin/env node
// make-holders.mjs — deterministic synthetic holder list for civicveil demos, tests and benchmarks.
//
// EVERY ROW IS SYNTHETIC. No row describes a real person: names, dates of birth, SSNs, phone
// numbers, e-mail addresses and street addresses are drawn independently from small embedded
// lists and a seeded PRNG. E-mail addresses use only reserved example domains (RFC 2606 / 6761).
// Phone numbers are NANP-shaped with NYC area codes and random lines that were never looked up;
// any match with a real subscriber is coincidence and is not linked to any real identity.
//
// Usage:
//   node examples/make-holders.mjs [--rows N] [--seed S] [--out FILE] [--dirty | --clean]
//     --rows N    rows to write, 0..9999999 (default 12000)
//     --seed S    integer 0..4294967295, or any other string (hashed)   (default 1)
//     --out FILE  output path (default examples/data/holders.csv next to this script;
//                 a relative --out is resolved against the current directory). Missing
//                 directories are created; the file is written to FILE.tmp-<pid> and renamed.
//     --dirty     format variation ON (this is the default; the flag only makes it explicit)
//     --clean     every value in one canonical format and no impossible SSNs
// Same seed + same mode => the same file, byte for byte (UTF-8, no BOM, "\n" line ends).
// Memory stays flat: rows are generated on the fly and written through a stream in ~70 KiB chunks.
// Prints one summary line to stderr when done.
//
// Columns (header row first; RFC 4180 quoting: a field is quoted only if it contains a comma,
// double quote, CR or LF, and embedded double quotes are doubled):
//   holder_id      H + 7-digit zero-padded sequence number (H0000001, H0000002, ...)
//   first_name     NYC-style mix: Hispanic (with diacritics), Chinese, South Asian, West African,
//   last_name      Haitian and Anglophone Caribbean, Russian/Ukrainian, Polish, Arabic-origin,
//                  Korean and Anglo/other. 85% of last names share the first name's origin.
//                  Some hyphenated / apostrophe names (Jean-Baptiste, O'Brien), Slavic surnames
//                  agree with the first name (Petrov/Petrova, Zieliński/Zielińska); ~17% of Hispanic
//                  surnames are compound (García-López, or García López with a space).
//   date_of_birth  age 16-95 on the fixed as-of date 2026-10-31 (adult-weighted)
//   ssn            area 001-665/667-899, group 01-99, serial 0001-9999; every non-empty valid
//                  SSN in a file is distinct (seeded permutation); 078-05-1120, 219-09-9999 and
//                  123-45-6789 never occur. ~3% of rows are empty (holder has no SSN).
//   phone          NANP: NYC area code (212/718/347/646/917/929), exchange 2xx-9xx without
//                  N11, 555, 950, 958, 959, 976; random 4-digit line; distinct within a file
//   email          derived from the name (diacritics stripped), example domains only; distinct
//                  within a file (a clash gets a number: jose.garcia4821937@example.com)
//   address        "<number> <street> <suffix>" with NYC street names, directionals
//                  (West 181st Street), Queens hyphenated house numbers (37-15 80th Street) and
//                  apartments (", Apt 4B", " #3F") — so some addresses contain commas and get quoted
//   city, zip      Bronx 104xx, Brooklyn 112xx, New York 100xx/101xx/102xx, Queens 11xxx,
//                  Staten Island 103xx; borough weighted by population, ZIPs are real ZIPs
//   language       English, Spanish, Chinese, Russian, Bengali, Haitian Creole, Arabic, Korean,
//                  French, Polish — depends on the name's origin (overall ~60% English, ~17% Spanish)
//   card_issued    YYYY-MM-DD between 2015-01-12 and 2026-10-31, never before the holder was 10
//
// Dirty values (default mode). Percentages are of all rows, approximately, except where "exactly":
//   date_of_birth  85% YYYY-MM-DD, 10% MM/DD/YYYY, 5% M/D/YYYY (no zero padding)
//   ssn            of non-empty: 80% 123-45-6789, 12% 123456789, 8% 123 45 6789.
//                  Exactly every 997th row (holder_id H0000997, H0001994, ...) has an IMPOSSIBLE
//                  SSN, rotating through: area 000, area 666, area 9xx, group 00, serial 0000
//                  (12 rows in a 12,000-row file) — for demonstrating --rejects.
//   phone          45% (212) 555-0123, 35% 212-555-0123, 15% +1 212 555 0123, 5% 2125550123
//   email          90% lower case, 6% Capitalized.Local@example.com, 2% UPPER CASE,
//                  2% mixed-case domain (@Example.COM)
//   address        suffixes spelled out or abbreviated inconsistently (Street/St/St./ST./ST,
//                  Avenue/Ave/Ave./Av/AVE, Boulevard/Blvd/Blvd., ...), directionals West/W/W.,
//                  apartments as ", Apt 4B", " Apt 4B", ", #4B", " #4B", ", Apt. 4B", ", Unit 4B", " APT 4B"
//   first_name     ~0.3% carry a quoted nickname, e.g.  William "Bill"  (exercises "" escaping)
// --clean: DOB always YYYY-MM-DD, SSN always 123-45-6789 (impossible-SSN rows get a valid SSN),
//   phone always 212-555-0123, email lower case, suffixes and directionals spelled out,
//   apartments always ", Apt 4B", no nicknames. Empty SSNs stay (they are real absence, not dirt).
//   The PRNG draws are identical in both modes, so a --clean file is the normalized twin of the
//   dirty file with the same seed (same people, same values, canonical formatting).

import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// ---------------------------------------------------------------------------------------------
// Arguments

const USAGE = 'usage: node examples/make-holders.mjs [--rows N] [--seed S] [--out FILE] [--dirty | --clean]';
const MAX_ROWS = 9_999_999; // holder_id has 7 digits

function fail(msg) {
  process.stderr.write(`make-holders: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      rows: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      dirty: { type: 'boolean' },
      clean: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  fail(err.message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.dirty && args.clean) fail('--dirty and --clean are mutually exclusive');
const DIRTY = !args.clean;

// --rows accepts 1000000, 1_000_000 or 1,000,000
const rowsText = args.rows === undefined ? '12000' : args.rows.replace(/[_,]/g, '');
if (!/^\d+$/.test(rowsText)) fail(`--rows must be a whole number, got "${args.rows}"`);
const rowsN = Number(rowsText);
if (rowsN > MAX_ROWS) fail(`--rows must be 0..${MAX_ROWS}, got ${args.rows}`);

function seedFrom(text) {
  if (/^\d+$/.test(text) && Number(text) <= 0xffffffff) return Number(text) >>> 0;
  let h = 0x811c9dc5; // FNV-1a over UTF-16 code units
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const SEED_TEXT = args.seed ?? '1';
const SEED = seedFrom(SEED_TEXT);

const DEFAULT_OUT = fileURLToPath(new URL('./data/holders.csv', import.meta.url));
if (args.out === '') fail('--out must not be empty');
const OUT = args.out === undefined ? DEFAULT_OUT : resolve(args.out);

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32 with a murmur3-finalized seed (so seeds 1, 2, 3 ... start far apart).

function fmix32(h) {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
let state = fmix32(SEED ^ 0x9e3779b9);
function rnd() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rnd() * n); // 0..n-1
const between = (lo, hi) => lo + int(hi - lo + 1); // lo..hi inclusive
const pick = (arr) => arr[int(arr.length)];

// Weighted choice: build once from [[value, weight], ...]; draws exactly one rnd().
function weighted(pairs) {
  const values = pairs.map((p) => p[0]);
  const cum = [];
  let total = 0;
  for (const [, w] of pairs) cum.push((total += w));
  return () => {
    const r = rnd() * total;
    for (let i = 0; i < cum.length; i++) if (r < cum[i]) return values[i];
    return values[values.length - 1];
  };
}

// ---------------------------------------------------------------------------------------------
// Names. Each origin: first names, last names, weight, language mix.

const ORIGINS = {
  hispanic: {
    weight: 27,
    first: ['José', 'María', 'Juan', 'Luis', 'Carlos', 'Ana', 'Rosa', 'Jesús', 'Ramón', 'Sofía', 'Valentina', 'Camila', 'Andrés', 'Guadalupe', 'Héctor', 'Raúl', 'Inés', 'Lucía', 'Ángel', 'Yesenia', 'Marisol', 'Jorge', 'Miguel', 'Alejandro', 'Daniela', 'Francisco', 'Yolanda', 'Wilfredo'],
    last: ['García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Reyes', 'Cruz', 'Morales', 'Ortiz', 'Gutiérrez', 'Jiménez', 'Ramos', 'Vásquez', 'Castillo', 'Núñez', 'Peña', 'Santiago', 'Colón', 'Acevedo', 'Báez', 'Ortega', 'Muñoz', 'Rosario', 'Almonte', 'Polanco'],
    lang: [['Spanish', 60], ['English', 40]],
  },
  chinese: {
    weight: 11,
    first: ['Wei', 'Jing', 'Xiaoming', 'Mei', 'Jun', 'Yan', 'Hao', 'Ling', 'Qiang', 'Xiuying', 'Yu', 'Feng', 'Lei', 'Ming', 'Ying', 'Zhen', 'Hui', 'Jian', 'Lina', 'Kai'],
    last: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Lin', 'Huang', 'Wu', 'Zhou', 'Yang', 'Zheng', 'Ng', 'Wong', 'Chan', 'Lee', 'Lam', 'Cheung', 'Ho', 'Xu', 'Zhao'],
    lang: [['Chinese', 60], ['English', 40]],
  },
  southAsian: {
    weight: 7,
    first: ['Rahul', 'Priya', 'Anjali', 'Arjun', 'Sanjay', 'Fatema', 'Nusrat', 'Tahmina', 'Rakib', 'Sabrina', 'Imran', 'Deepak', 'Sunita', 'Amit', 'Farhana', 'Harpreet', 'Gurpreet', 'Ravi', 'Shanti', 'Tanvir'],
    last: ['Rahman', 'Hossain', 'Islam', 'Ahmed', 'Uddin', 'Begum', 'Chowdhury', 'Akter', 'Patel', 'Shah', 'Singh', 'Kaur', 'Sharma', 'Gupta', 'Das', 'Miah', 'Khan', 'Reddy', 'Iyer'],
    lang: [['Bengali', 50], ['English', 50]],
  },
  westAfrican: {
    weight: 4,
    first: ['Kwame', 'Ama', 'Kofi', 'Abena', 'Chidi', 'Ngozi', 'Oluwaseun', 'Adebayo', 'Fatoumata', 'Mamadou', 'Aminata', 'Ousmane', 'Ibrahima', 'Aïssatou', 'Yaw', 'Efua', 'Chinonso', 'Folake'],
    last: ['Diallo', 'Traoré', 'Koné', 'Camara', 'Bah', 'Sow', 'Okafor', 'Okeke', 'Adeyemi', 'Mensah', 'Owusu', 'Boateng', 'Asante', 'Nwosu', 'Balogun', 'Ndiaye', 'Touré', 'Cissé'],
    lang: [['English', 65], ['French', 35]],
  },
  haitian: {
    weight: 4,
    first: ['Jean', 'Marie', 'Wilner', 'Rose-Marie', 'Jean-Claude', 'Fabienne', 'Nadège', 'Stéphanie', 'Guerline', 'Frantz'],
    last: ['Jean-Baptiste', 'Pierre', 'Joseph', 'Charles', 'Louis', 'Étienne', 'St. Fleur', 'Désir', 'Toussaint', 'Dorvil'],
    lang: [['Haitian Creole', 60], ['English', 30], ['French', 10]],
  },
  anglCaribbean: {
    weight: 5,
    first: ['Dwayne', 'Tamika', 'Shanice', 'Marcus', 'Andre', 'Keisha', 'Delroy', 'Winston', 'Sharon'],
    last: ['Campbell', 'Thompson', 'Grant', 'McKenzie', 'Francis', 'Alexander', 'Clarke', 'Bailey', 'Richards'],
    lang: [['English', 100]],
  },
  eastSlavic: {
    weight: 5,
    first: ['Oleksandr', 'Natalia', 'Dmitri', 'Svetlana', 'Irina', 'Sergei', 'Olga', 'Yuri', 'Tatiana', 'Anna', 'Vladimir'],
    last: ['Ivanov|Ivanova', 'Petrov|Petrova', 'Smirnov|Smirnova', 'Kuznetsov|Kuznetsova', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Morozov|Morozova', 'Volkov|Volkova', 'Popov|Popova', 'Sokolov|Sokolova'],
    lang: [['Russian', 60], ['English', 40]],
  },
  polish: {
    weight: 2,
    first: ['Piotr', 'Katarzyna', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Wojciech', 'Krzysztof'],
    last: ['Kowalski|Kowalska', 'Nowak', 'Wiśniewski|Wiśniewska', 'Lewandowski|Lewandowska', 'Zieliński|Zielińska', 'Wójcik', 'Kamiński|Kamińska'],
    lang: [['Polish', 55], ['English', 45]],
  },
  arabic: {
    weight: 4,
    first: ['Mohammed', 'Ahmed', 'Fatima', 'Aisha', 'Omar', 'Yusuf', 'Layla', 'Khaled', 'Nour', 'Hassan', 'Mariam', 'Abdullah', 'Samir', 'Rania', 'Tariq'],
    last: ['Al-Sayed', 'Haddad', 'Mansour', 'Saleh', 'Nasser', 'Abdullah', 'Khalil', 'Hamdan', 'El-Amin', 'Aziz', 'Darwish', 'Farah', 'Hussein', 'Ibrahim', 'Al-Hakimi'],
    lang: [['Arabic', 60], ['English', 35], ['French', 5]],
  },
  korean: {
    weight: 3,
    first: ['Min-jun', 'Ji-woo', 'Seo-yeon', 'Hyun-woo', 'Soo-jin', 'Jae-won'],
    last: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon'],
    lang: [['Korean', 55], ['English', 45]],
  },
  anglo: {
    weight: 28,
    first: ['James', 'Mary', 'Michael', 'Jennifer', 'David', 'Sarah', 'Robert', 'Linda', 'John', 'Patricia', 'William', 'Elizabeth', 'Christopher', 'Jessica', 'Brian', 'Megan', 'Kevin', 'Ashley', 'Thomas', 'Emily', 'Sean', 'Kathleen', 'Rachel', 'Daniel'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', "O'Brien", "O'Connor", "O'Neill", 'Murphy', 'Sullivan', 'McCarthy', 'Kelly', 'Walsh', "D'Angelo", 'Russo', 'Esposito', 'Romano', 'Cohen', 'Goldberg', 'Schwartz', 'Friedman', 'Levy', 'Anderson-Smith'],
    lang: [['English', 97], ['Spanish', 2], ['French', 1]],
  },
};
const ORIGIN_KEYS = Object.keys(ORIGINS);
const pickOrigin = weighted(ORIGIN_KEYS.map((k) => [ORIGINS[k], ORIGINS[k].weight]));
for (const o of Object.values(ORIGINS)) {
  o.pickLang = weighted(o.lang);
  o.last = o.last.map((n) => (n.includes('|') ? n.split('|') : n)); // [masculine, feminine]
}

// Surnames written "masculine|feminine" (Slavic) take the form that matches the first name.
const FEMININE_FIRST = new Set(['María', 'Ana', 'Rosa', 'Sofía', 'Valentina', 'Camila', 'Guadalupe', 'Inés', 'Lucía', 'Yesenia', 'Marisol', 'Daniela', 'Yolanda', 'Jing', 'Mei', 'Yan', 'Ling', 'Xiuying', 'Ying', 'Hui', 'Lina', 'Priya', 'Anjali', 'Fatema', 'Nusrat', 'Tahmina', 'Sabrina', 'Sunita', 'Farhana', 'Shanti', 'Ama', 'Abena', 'Ngozi', 'Fatoumata', 'Aminata', 'Aïssatou', 'Efua', 'Folake', 'Marie', 'Rose-Marie', 'Fabienne', 'Nadège', 'Stéphanie', 'Guerline', 'Tamika', 'Shanice', 'Keisha', 'Sharon', 'Natalia', 'Svetlana', 'Irina', 'Olga', 'Tatiana', 'Anna', 'Katarzyna', 'Agnieszka', 'Małgorzata', 'Fatima', 'Aisha', 'Layla', 'Nour', 'Mariam', 'Rania', 'Seo-yeon', 'Soo-jin', 'Mary', 'Jennifer', 'Sarah', 'Linda', 'Patricia', 'Elizabeth', 'Jessica', 'Megan', 'Ashley', 'Emily', 'Kathleen', 'Rachel']);

// Nicknames used (dirty mode only) as:  William "Bill"
const NICKNAMES = {
  Alejandro: 'Alex', Francisco: 'Paco', Guadalupe: 'Lupe', Christopher: 'Chris', William: 'Bill',
  Robert: 'Bob', Elizabeth: 'Liz', Michael: 'Mike', Jennifer: 'Jen', Patricia: 'Pat',
  Katarzyna: 'Kasia', 'Małgorzata': 'Gosia', Wojciech: 'Wojtek', Oleksandr: 'Sasha',
  Vladimir: 'Vova', Tatiana: 'Tanya', Natalia: 'Natasha', Dmitri: 'Dima', Mohammed: 'Mo',
  Oluwaseun: 'Seun', 'Jean-Claude': 'JC', Xiaoming: 'Tommy',
};

// ASCII slug for e-mail local parts: José -> jose, O'Brien -> obrien, Małgorzata -> malgorzata.
const slugCache = new Map();
function slug(name) {
  let s = slugCache.get(name);
  if (s === undefined) {
    s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L')
      .toLowerCase().replace(/[^a-z0-9]/g, '');
    slugCache.set(name, s);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Places

const range = (lo, hi) => Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));

// Street entries: [name, type] with type null when the name is complete as is (Broadway).
const BOROUGHS = [
  {
    city: 'Brooklyn', weight: 31, apt: 0.5, maxNo: 2999, hyphenNo: 0,
    zips: ['11201', ...range(11203, 11226), ...range(11228, 11239)],
    streets: [['Flatbush', 'Avenue'], ['Nostrand', 'Avenue'], ['Atlantic', 'Avenue'], ['Fulton', 'Street'], ['Ocean', 'Parkway'], ['Eastern', 'Parkway'], ['Kings', 'Highway'], ['Bedford', 'Avenue'], ['Myrtle', 'Avenue'], ['Court', 'Street'], ['Brighton Beach', 'Avenue'], ['Church', 'Avenue'], ['Utica', 'Avenue'], ['Pitkin', 'Avenue'], ['Knickerbocker', 'Avenue'], ['Ralph', 'Avenue'], ['Coney Island', 'Avenue'], ['Bay Ridge', 'Parkway'], ['Avenue J', null], ['Avenue U', null]],
    numbered: 0.25, dirs: [['', 60], ['East', 30], ['West', 10]], numTypes: [['Street', 80], ['Avenue', 20]], numMax: 105,
  },
  {
    city: 'Queens', weight: 27, apt: 0.45, maxNo: 260, hyphenNo: 0.7,
    zips: ['11004', ...range(11101, 11106), ...range(11354, 11358), ...range(11360, 11370), ...range(11372, 11375), ...range(11377, 11379), '11385', ...range(11411, 11423), ...range(11426, 11429), ...range(11432, 11436), ...range(11691, 11694), '11697'],
    streets: [['Roosevelt', 'Avenue'], ['Main', 'Street'], ['Northern', 'Boulevard'], ['Jamaica', 'Avenue'], ['Queens', 'Boulevard'], ['Steinway', 'Street'], ['Hillside', 'Avenue'], ['Liberty', 'Avenue'], ['Junction', 'Boulevard'], ['Kissena', 'Boulevard'], ['Francis Lewis', 'Boulevard'], ['Parsons', 'Boulevard'], ['Woodhaven', 'Boulevard'], ['Sutphin', 'Boulevard'], ['Ditmars', 'Boulevard'], ['Linden', 'Boulevard'], ['Myrtle', 'Avenue'], ['Union', 'Turnpike']],
    numbered: 0.55, dirs: [['', 100]], numTypes: [['Street', 45], ['Avenue', 30], ['Road', 15], ['Drive', 10]], numMax: 270,
  },
  {
    city: 'New York', weight: 19, apt: 0.7, maxNo: 2600, hyphenNo: 0,
    zips: [...range(10001, 10007), ...range(10009, 10014), ...range(10016, 10019), ...range(10021, 10040), '10044', '10065', '10069', '10075', '10128', '10280', '10282'],
    streets: [['Broadway', null], ['Amsterdam', 'Avenue'], ['Lexington', 'Avenue'], ['St. Nicholas', 'Avenue'], ['Dyckman', 'Street'], ['Fort Washington', 'Avenue'], ['Columbus', 'Avenue'], ['Avenue B', null], ['Avenue C', null], ['Second', 'Avenue'], ['First', 'Avenue'], ['Madison', 'Avenue'], ['Frederick Douglass', 'Boulevard'], ['Adam Clayton Powell Jr.', 'Boulevard'], ['Riverside', 'Drive'], ['Grand', 'Street'], ['Delancey', 'Street'], ['Canal', 'Street'], ['Pleasant', 'Avenue'], ['Convent', 'Avenue']],
    numbered: 0.45, dirs: [['West', 60], ['East', 40]], numTypes: [['Street', 100]], numMax: 220,
  },
  {
    city: 'Bronx', weight: 17, apt: 0.65, maxNo: 3500, hyphenNo: 0,
    zips: range(10451, 10475),
    streets: [['Grand Concourse', null], ['Fordham', 'Road'], ['Jerome', 'Avenue'], ['Webster', 'Avenue'], ['Southern', 'Boulevard'], ['Tremont', 'Avenue'], ['Westchester', 'Avenue'], ['Gun Hill', 'Road'], ['Bruckner', 'Boulevard'], ['Morris', 'Avenue'], ['Valentine', 'Avenue'], ['Creston', 'Avenue'], ['University', 'Avenue'], ['Sedgwick', 'Avenue'], ['Boston', 'Road'], ['White Plains', 'Road'], ['Castle Hill', 'Avenue'], ['Pelham', 'Parkway']],
    numbered: 0.35, dirs: [['East', 75], ['West', 25]], numTypes: [['Street', 100]], numMax: 240,
  },
  {
    city: 'Staten Island', weight: 6, apt: 0.15, maxNo: 4999, hyphenNo: 0,
    zips: [...range(10301, 10310), '10312', '10314'],
    streets: [['Victory', 'Boulevard'], ['Hylan', 'Boulevard'], ['Richmond', 'Avenue'], ['Forest', 'Avenue'], ['Bay', 'Street'], ['Richmond', 'Road'], ['Castleton', 'Avenue'], ['Port Richmond', 'Avenue'], ['Arthur Kill', 'Road'], ['Targee', 'Street'], ['Amboy', 'Road'], ['Clove', 'Road']],
    numbered: 0.03, dirs: [['', 100]], numTypes: [['Street', 100]], numMax: 20,
  },
];
const pickBorough = weighted(BOROUGHS.map((b) => [b, b.weight]));
for (const b of BOROUGHS) {
  b.pickDir = weighted(b.dirs);
  b.pickNumType = weighted(b.numTypes);
}

// Spelled-out first, then dirty variants with weights.
const SUFFIX_VARIANTS = {
  Street: [['Street', 55], ['St', 30], ['St.', 8], ['ST.', 4], ['ST', 3]],
  Avenue: [['Avenue', 50], ['Ave', 30], ['Ave.', 10], ['Av', 7], ['AVE', 3]],
  Boulevard: [['Boulevard', 50], ['Blvd', 35], ['Blvd.', 15]],
  Road: [['Road', 60], ['Rd', 30], ['Rd.', 10]],
  Parkway: [['Parkway', 60], ['Pkwy', 40]],
  Drive: [['Drive', 60], ['Dr', 40]],
  Highway: [['Highway', 70], ['Hwy', 30]],
  Turnpike: [['Turnpike', 70], ['Tpke', 30]],
};
const pickSuffix = {};
for (const [k, v] of Object.entries(SUFFIX_VARIANTS)) pickSuffix[k] = weighted(v);
const DIR_VARIANTS = {
  West: weighted([['West', 70], ['W', 20], ['W.', 10]]),
  East: weighted([['East', 70], ['E', 20], ['E.', 10]]),
};
const pickAptStyle = weighted([[0, 45], [1, 15], [2, 12], [3, 13], [4, 8], [5, 4], [6, 3]]);
const APT_STYLES = [', Apt ', ' Apt ', ', #', ' #', ', Apt. ', ', Unit ', ' APT '];
const APT_LETTERS = 'ABCDEFGH';

function ordinal(n) {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

// ---------------------------------------------------------------------------------------------
// Dates (days since 1970-01-01, proleptic Gregorian, UTC)

function dayOf(y, m, d) { // H. Hinnant's days_from_civil; Feb 29 of a common year = Mar 1
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}
const AS_OF = { y: 2026, m: 10, d: 31 };
const AS_OF_DAY = dayOf(AS_OF.y, AS_OF.m, AS_OF.d);
const CARD_FIRST_DAY = dayOf(2015, 1, 12);

let cy = 0, cm = 0, cd = 0; // output of civil()
function civil(z) { // H. Hinnant's civil_from_days
  z += 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  cd = doy - Math.floor((153 * mp + 2) / 5) + 1;
  cm = mp < 10 ? mp + 3 : mp - 9;
  cy = yoe + era * 400 + (cm <= 2 ? 1 : 0);
}
const p2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const p3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const p4 = (n) => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`);
const isoDay = (z) => (civil(z), `${cy}-${p2(cm)}-${p2(cd)}`);

// Age bands, adult-weighted: [lo, hi, weight]
const pickAgeBand = weighted([[[16, 24], 14], [[25, 44], 38], [[45, 64], 30], [[65, 79], 13], [[80, 95], 5]]);
const pickDobStyle = weighted([[0, 85], [1, 10], [2, 5]]);

// ---------------------------------------------------------------------------------------------
// SSNs. Valid space: area 1..899 without 666 (898 areas) x group 1..99 x serial 1..9999.
// Row i gets index perm(i - 1) of a seeded 30-bit Feistel permutation, cycle-walked into [0, N),
// so all valid SSNs in one file are distinct without remembering them.

const SSN_PER_AREA = 99 * 9999;
const SSN_N = 898 * SSN_PER_AREA; // 888,951,102 < 2^30
const FEISTEL_KEYS = [int(0x40000000), int(0x40000000), int(0x40000000), int(0x40000000)];
function feistel(x) { // bijection on [0, 2^30)
  let l = x >>> 15, r = x & 0x7fff;
  for (let k = 0; k < 4; k++) {
    const f = fmix32((r ^ FEISTEL_KEYS[k]) >>> 0) & 0x7fff;
    const nl = r;
    r = l ^ f;
    l = nl;
  }
  return (l << 15) | r;
}
function ssnPerm(i) {
  let x = feistel(i);
  while (x >= SSN_N) x = feistel(x);
  return x;
}
// 078-05-1120 (the Woolworth wallet card), 219-09-9999 (an SSA advertising sample), 123-45-6789.
const isAvoidedSsn = (a, g, s) =>
  (a === 78 && g === 5 && s === 1120) || (a === 219 && g === 9 && s === 9999) || (a === 123 && g === 45 && s === 6789);
let sa = 0, sg = 0, ss = 0; // output of ssnParts()
function ssnParts(index) {
  const area0 = Math.floor(index / SSN_PER_AREA);
  const rem = index - area0 * SSN_PER_AREA;
  sa = area0 + 1 >= 666 ? area0 + 2 : area0 + 1;
  sg = Math.floor(rem / 9999) + 1;
  ss = (rem % 9999) + 1;
}
function validSsnParts(row) {
  ssnParts(ssnPerm(row - 1));
  // Replace the avoided values with indices no row can reach (rows <= 9,999,999 << SSN_N).
  for (let k = 1; isAvoidedSsn(sa, sg, ss); k++) ssnParts(ssnPerm(SSN_N - k));
}
const IMPOSSIBLE_EVERY = 997;
const pickSsnStyle = weighted([[0, 80], [1, 12], [2, 8]]);
function renderSsn(a, g, s, style) {
  const A = p3(a), G = p2(g), S = p4(s);
  if (style === 1) return A + G + S;
  if (style === 2) return `${A} ${G} ${S}`;
  return `${A}-${G}-${S}`;
}

// ---------------------------------------------------------------------------------------------
// Phones, e-mail

// Every phone number and every e-mail address in a file is distinct (real holder lists rarely
// share them, and benchmarks should not get free cache hits). A Bloom filter has no false
// negatives, so a value it reports as new really is new; a (rare) false positive only makes the
// generator pick another value. Retries use no PRNG draws, so --clean and dirty stay twins.
// Size: ~16 bits per stored value (32 MiB at most, for 9,999,999 rows; 4 MiB for 1M rows).
// Phones and e-mails share the filter; their hashes differ, so they only cost each other a
// slightly higher false-positive rate.
const BLOOM_LOG2 = Math.min(28, Math.max(16, Math.ceil(Math.log2(Math.max(1, rowsN) * 32))));
const BLOOM_BLOCKS = 2 ** (BLOOM_LOG2 - 9); // blocked Bloom filter: 512-bit (one cache line) blocks
const bloom = new Uint8Array(BLOOM_BLOCKS * 64);
function seenHashes(h1, h2) { // true if (h1, h2) was (probably) added before; otherwise adds it
  const base = (h1 & (BLOOM_BLOCKS - 1)) << 6;
  const step = fmix32(h1 ^ h2) | 1;
  let present = true;
  for (let j = 0; j < 6; j++) {
    const bit = (h2 + Math.imul(j, step)) & 511;
    const at = base + (bit >>> 3), m = 1 << (bit & 7);
    if ((bloom[at] & m) === 0) { present = false; bloom[at] |= m; }
  }
  return present;
}
function seenString(key) {
  let h1 = 0x811c9dc5, h2 = 0x3c6ef372;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return seenHashes(fmix32(h1), fmix32(h2));
}
const seenPhone = (areaExchange, line) => // areaExchange = 718492, line = 8366
  seenHashes(fmix32(Math.imul(areaExchange, 0x9e3779b1) ^ line), fmix32((areaExchange ^ 0x7f4a7c15) + Math.imul(line, 0x85ebca6b)));

const pickAreaCode = weighted([['718', 30], ['347', 20], ['917', 18], ['646', 12], ['212', 10], ['929', 10]]);
const BAD_EXCHANGE = new Set(['555', '950', '958', '959', '976']);
function exchange() {
  for (;;) { // draws until valid; deterministic because it only depends on the PRNG
    const e = between(200, 999);
    const s = String(e);
    if (s[1] === '1' && s[2] === '1') continue; // N11
    if (BAD_EXCHANGE.has(s)) continue;
    return s;
  }
}
const pickPhoneStyle = weighted([[0, 45], [1, 35], [2, 15], [3, 5]]);

const DOMAINS = weighted([['example.com', 35], ['example.org', 20], ['example.net', 15], ['mail.example.net', 15], ['post.example.org', 10], ['nyc.example', 5]]);
const MIXED_DOMAINS = { 'example.com': 'Example.COM', 'example.org': 'Example.org', 'example.net': 'EXAMPLE.NET', 'mail.example.net': 'Mail.Example.net', 'post.example.org': 'Post.Example.ORG', 'nyc.example': 'NYC.example' };
const pickLocalStyle = weighted([[0, 35], [1, 15], [2, 15], [3, 10], [4, 10], [5, 15]]);
const pickEmailNum = weighted([[0, 45], [1, 25], [2, 15], [3, 15]]);
const pickEmailCase = weighted([[0, 90], [1, 6], [2, 2], [3, 2]]);
const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

// ---------------------------------------------------------------------------------------------
// CSV

// RFC 4180: quote a field only if it contains a comma, double quote, CR or LF; double the quotes.
// For speed the row builder does not scan every field: the only fields that can need quoting are
// first_name (nickname in quotes) and address (comma before the apartment), and it knows when.
// This check keeps that true if someone edits the word lists: no list entry may need quoting.
const NEEDS_QUOTES = /[",\r\n]/;
const csv = (s) => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
{
  const all = [
    ...Object.values(ORIGINS).flatMap((o) => [...o.first, ...o.last.flat()]),
    ...Object.values(NICKNAMES),
    ...BOROUGHS.flatMap((b) => [b.city, ...b.zips, ...b.streets.flat().filter(Boolean)]),
    ...Object.values(SUFFIX_VARIANTS).flat().filter((x) => typeof x === 'string'),
    ...APT_STYLES.map((a) => a.replace(',', '')),
  ];
  const bad = all.filter((x) => csv(x) !== x);
  if (bad.length > 0) throw new Error(`word lists must not contain CSV special characters: ${bad.join(' | ')}`);
}
const HEADER = 'holder_id,first_name,last_name,date_of_birth,ssn,phone,email,address,city,zip,language,card_issued\n';

// ---------------------------------------------------------------------------------------------
// One row. Every random draw happens in both modes (never conditioned on DIRTY), so --clean
// and dirty files with the same seed describe the same synthetic people.

let impossibleCount = 0;
let emptyCount = 0;

function makeRow(i) {
  const id = `H${String(10_000_000 + i).slice(1)}`; // H + 7 digits

  // Names
  const origin = pickOrigin();
  let first = pick(origin.first);
  const lastOrigin = rnd() < 0.85 ? origin : pickOrigin();
  const lastEntry = pick(lastOrigin.last);
  let last = typeof lastEntry === 'string' ? lastEntry : lastEntry[FEMININE_FIRST.has(first) ? 1 : 0];
  let lastSlug = slug(last);
  if (lastOrigin === ORIGINS.hispanic) {
    const r = rnd();
    const second = pick(ORIGINS.hispanic.last);
    if (second !== last) {
      if (r < 0.12) last = `${last}-${second}`;
      else if (r < 0.17) last = `${last} ${second}`;
      if (r < 0.17) lastSlug += slug(second);
    }
  }
  const nick = NICKNAMES[first];
  const nickDraw = rnd();
  const baseFirst = first;
  if (DIRTY && nick !== undefined && nickDraw < 0.02) first = csv(`${first} "${nick}"`); // CSV-quoted
  const language = origin.pickLang();

  // Date of birth
  const [lo, hi] = pickAgeBand();
  const age = between(lo, hi);
  const latest = dayOf(AS_OF.y - age, AS_OF.m, AS_OF.d); // turns `age` on AS_OF
  const earliest = dayOf(AS_OF.y - age - 1, AS_OF.m, AS_OF.d) + 1; // turns age+1 the day after
  const dob = earliest + int(latest - earliest + 1);
  civil(dob);
  const dobY = cy, dobM = cm, dobD = cd;
  const dobStyle = pickDobStyle();
  let dobText;
  if (DIRTY && dobStyle === 1) dobText = `${p2(dobM)}/${p2(dobD)}/${dobY}`;
  else if (DIRTY && dobStyle === 2) dobText = `${dobM}/${dobD}/${dobY}`;
  else dobText = `${dobY}-${p2(dobM)}-${p2(dobD)}`;

  // SSN
  const emptyDraw = rnd();
  const ssnStyle = pickSsnStyle();
  let ssn;
  if (i % IMPOSSIBLE_EVERY === 0) {
    const kind = (i / IMPOSSIBLE_EVERY - 1) % 5;
    let a = between(1, 665), g = between(1, 99), s = between(1, 9999);
    const nine = between(900, 999);
    if (kind === 0) a = 0;
    else if (kind === 1) a = 666;
    else if (kind === 2) a = nine;
    else if (kind === 3) g = 0;
    else s = 0;
    if (DIRTY) {
      ssn = renderSsn(a, g, s, ssnStyle);
      impossibleCount++;
    } else {
      validSsnParts(i);
      ssn = renderSsn(sa, sg, ss, 0);
    }
  } else if (emptyDraw < 0.03) {
    ssn = '';
    emptyCount++;
  } else {
    validSsnParts(i);
    ssn = renderSsn(sa, sg, ss, DIRTY ? ssnStyle : 0);
  }

  // Phone
  const ac = pickAreaCode();
  const ex = exchange();
  let lineN = int(10_000);
  const areaExchange = Number(ac) * 1000 + Number(ex);
  for (let k = 1; seenPhone(areaExchange, lineN); k++) {
    if (k > 10_000) throw new Error(`phone exchange ${ac}-${ex} is full`);
    lineN = (lineN + 3877) % 10_000; // 3877 is coprime to 10000: visits every line once
  }
  const line = p4(lineN);
  const phoneStyle = DIRTY ? pickPhoneStyle() : (pickPhoneStyle(), 1);
  const phone = phoneStyle === 0 ? `(${ac}) ${ex}-${line}`
    : phoneStyle === 1 ? `${ac}-${ex}-${line}`
      : phoneStyle === 2 ? `+1 ${ac} ${ex} ${line}`
        : `${ac}${ex}${line}`;

  // E-mail (from the base name, without nickname)
  const f = slug(baseFirst);
  const l = lastSlug;
  const localStyle = pickLocalStyle();
  let local = localStyle === 0 ? `${f}.${l}`
    : localStyle === 1 ? `${f}${l}`
      : localStyle === 2 ? `${f[0]}.${l}`
        : localStyle === 3 ? `${f}_${l}`
          : localStyle === 4 ? `${l}.${f}`
            : `${f}${l[0]}`;
  const stem = local;
  const numStyle = pickEmailNum();
  const numA = between(1, 99), numB = between(1, 999);
  if (numStyle === 1) local += p2(numA);
  else if (numStyle === 2) local += String(dobY);
  else if (numStyle === 3) local += String(numB);
  let domain = DOMAINS();
  for (let k = 0; seenString(`${local}@${domain}`); k++) {
    local = stem + String((i * 7919 + k * 1_000_003) % 10_000_000); // jose.garcia4821937
  }
  const emailCase = pickEmailCase();
  if (DIRTY) {
    if (emailCase === 1) local = local.split(/([._])/).map(cap).join('');
    else if (emailCase === 2) { local = local.toUpperCase(); domain = domain.toUpperCase(); }
    else if (emailCase === 3) domain = MIXED_DOMAINS[domain];
  }
  const email = `${local}@${domain}`;

  // Address
  const b = pickBorough();
  let number;
  const hyphenDraw = rnd();
  const nA = between(1, b.hyphenNo > 0 ? b.maxNo : 1), nB = between(1, 99);
  const skew = rnd();
  if (hyphenDraw < b.hyphenNo) number = `${nA}-${p2(nB)}`;
  else number = String(1 + Math.floor(skew * skew * (b.hyphenNo > 0 ? 250 : b.maxNo)));
  const numberedDraw = rnd();
  const dir = b.pickDir();
  const numType = b.pickNumType();
  const nth = between(1, b.numMax);
  const named = pick(b.streets);
  const dirVariant = dir === '' ? '' : DIR_VARIANTS[dir]();
  let street, type;
  if (numberedDraw < b.numbered) {
    const d = dir === '' ? '' : `${DIRTY ? dirVariant : dir} `;
    street = `${d}${ordinal(nth)}`;
    type = numType;
  } else {
    street = named[0];
    type = named[1];
  }
  const suffixVariant = type === null ? '' : pickSuffix[type]();
  let address = `${number} ${street}`;
  if (type !== null) address += ` ${DIRTY ? suffixVariant : type}`;
  const aptDraw = rnd();
  const aptStyle = pickAptStyle();
  const floor = between(1, 24);
  const unit = rnd() < 0.8 ? APT_LETTERS[int(APT_LETTERS.length)] : String(between(1, 20));
  if (aptDraw < b.apt) {
    const apt = APT_STYLES[DIRTY ? aptStyle : 0];
    address += `${apt}${floor}${unit}`;
    if (apt[0] === ',') address = `"${address}"`; // CSV-quoted; list entries never contain '"'
  }

  const zip = pick(b.zips);

  // Card issued: from max(IDNYC launch, 10th birthday) to AS_OF
  const tenth = dayOf(dobY + 10, dobM, dobD);
  const from = Math.max(CARD_FIRST_DAY, tenth);
  const issued = isoDay(from + int(AS_OF_DAY - from + 1));

  // first_name and address are already CSV-quoted where needed; no other field can need it.
  return `${id},${first},${last},${dobText},${ssn},${phone},${email},${address},${b.city},${zip},${language},${issued}\n`;
}

// ---------------------------------------------------------------------------------------------
// Write

function* chunks() {
  const ROWS_PER_CHUNK = 512; // ~70 KiB per write
  let batch = [HEADER];
  for (let i = 1; i <= rowsN; i++) {
    batch.push(makeRow(i));
    if (batch.length >= ROWS_PER_CHUNK) {
      yield Buffer.from(batch.join(''), 'utf8');
      batch = [];
    }
  }
  if (batch.length > 0) yield Buffer.from(batch.join(''), 'utf8');
}

// mkdir -p without { recursive: true }: Node's recursive mkdir spins forever where the kernel
// answers ENOENT for a child of an existing directory (e.g. under /proc, dangling symlinks).
function ensureDir(dir) {
  const missing = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (err) {
      if (!(err.code === 'EEXIST' && statSync(d).isDirectory())) throw err;
    }
  }
}

const tmp = `${OUT}.tmp-${process.pid}`;
function removeTmp() {
  try {
    rmSync(tmp, { force: true });
  } catch {
    // nothing was written
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    removeTmp();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}
try {
  ensureDir(dirname(OUT));
  await pipeline(Readable.from(chunks()), createWriteStream(tmp));
  renameSync(tmp, OUT);
} catch (err) {
  removeTmp();
  process.stderr.write(`make-holders: cannot write ${OUT}: ${err.message}\n`);
  process.exit(1);
}

const shown = relative(process.cwd(), OUT) || OUT;
process.stderr.write(
  `make-holders: wrote ${rowsN} rows to ${shown.startsWith('..') ? OUT : shown} ` +
    `(seed ${SEED_TEXT}, ${DIRTY ? 'dirty' : 'clean'}): ${impossibleCount} impossible SSNs, ${emptyCount} empty SSNs\n`,
);
