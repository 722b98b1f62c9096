#!/usr/bin/env node
/**
 * Writes test/redact/corpus/snippets.jsonl: the labelled snippets that measure the redaction
 * detectors (issue 5, item 5). Read test/redact/corpus/README.md for the labelling rules.
 *
 *     node scripts/make-redaction-corpus.mjs           # write the file, print its statistics
 *     node scripts/make-redaction-corpus.mjs --check   # exit 1 if the committed file is not current
 *     node scripts/make-redaction-corpus.mjs --stats   # statistics only, write nothing
 *     node scripts/make-redaction-corpus.mjs --seed 7 --out /tmp/heldout.jsonl
 *                                        # same templates, other values: a fresh draw to check that a
 *                                        # detector was not fitted to the committed values
 *
 * Each snippet is written below as a template: realistic municipal text (case notes, intake
 * comments, 311 tickets, e-mails to a city office, benefit applications, court and ID-program
 * notes, clinic referrals, payment and IT records) in which every identifier a careful human
 * reviewer would mark is wrapped as `{{TYPE:value}}`, and every hard negative (a value that looks
 * like an identifier but is not one: an invalid SSN, a ZIP+4, a hearing date, a tracking number)
 * as `{{~kind:value}}`. The script removes the markers and records the offsets (JavaScript string
 * indices, end exclusive) of the values: `spans` for identifiers, `decoys` for hard negatives.
 * Nobody counts offsets by hand.
 *
 * The values are drawn from a seeded PRNG in a fixed order, so the output is the same byte for
 * byte on every run. Positive values respect their format's rules (SSN and ITIN structure, Luhn
 * for cards); hard negatives break them on purpose. Every person, number and address is invented:
 * phone numbers mostly use the 555-01xx range kept for fiction, e-mail domains are example.* or
 * made up, IP addresses are mostly from the documentation ranges (RFC 5737, RFC 3849).
 *
 * The corpus describes text as it is written, not any detector: no template was written or changed
 * by looking at detector output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
});
const OUT = args.out ? resolve(args.out) : join(ROOT, 'test/redact/corpus/snippets.jsonl');
if (args.check && (args.seed !== undefined || args.out !== undefined)) throw new Error('--check compares the committed file only');

/** The ten types of issue 5, item 1. */
const TYPES = ['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS'];

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and small helpers. Every draw happens in template order.

let state = args.seed === undefined ? 0x5eed_2025 : Number(args.seed) | 0;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const pad = (n, width) => String(n).padStart(width, '0');
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const chance = (p) => random() < p;

/** `{{TYPE:value}}`: an identifier a reviewer would mark. */
const mark = (type, value) => {
  if (!TYPES.includes(type)) throw new Error(`unknown type ${type}`);
  return `{{${type}:${value}}}`;
};
/** `{{~kind:value}}`: a hard negative, recorded in `decoys` so that false positives can be explained. */
const decoy = (kind, value) => `{{~${kind}:${value}}}`;

// ---------------------------------------------------------------------------------------------
// People and places (invented).

const FIRST = [
  'María', 'José', 'Guadalupe', 'Juan Carlos', 'Ana Lucía', 'Luis', 'Rosa', 'Miguel', 'Carmen', 'Jorge', 'Yesenia',
  'Alejandro', 'Daniela', 'Wilfredo', 'Marisol', 'Fernando', 'Xiomara', 'Héctor', 'Itzel', 'Santiago', 'Beatriz',
  'Kwame', 'Aminata', 'Oluwaseun', 'Fatoumata', 'Ibrahima', 'Jean-Baptiste', 'Wideline', 'Fritznel', 'Nadège',
  'Priya', 'Rahul', 'Nasrin', 'Tenzin', 'Mei', 'Wei', 'Xiaoling', 'Thanh', 'Olena', 'Dmytro', 'Svetlana', 'Ahmed',
  'Fatima', 'Yusuf', 'Layla', 'Darnell', 'Keisha', 'Tyrone', 'Shanice', 'Patrick', 'Bridget', 'Moshe', 'Esther',
];
const LAST = [
  'García', 'Hernández', 'López', 'Martínez', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Reyes',
  'Morales', 'Ortiz', 'Gutiérrez', 'Chávez', 'Vásquez', 'Castillo', 'Jiménez', 'Mendoza', 'Aguilar', 'Quispe',
  'Mamani', 'Tzoc', 'Ajú', 'Diallo', 'Traoré', 'Okafor', 'Mensah', 'Boateng', 'Koné', 'Joseph', 'Pierre', 'Jean-Louis',
  'Desrosiers', 'Patel', 'Chowdhury', 'Rahman', 'Sherpa', 'Chen', 'Lin', 'Zhang', 'Nguyen', 'Kovalenko', 'Shevchenko',
  'Hassan', 'Abdullah', 'Haddad', 'Washington', 'Brooks', 'O\u2019Connor', 'Murphy', 'Friedman', 'Katz',
];
const STREETS = [
  'Grand Concourse', 'Roosevelt Ave', 'Nostrand Ave', 'Fordham Rd', 'W 181st St', 'Broadway', 'Junction Blvd',
  'Jamaica Ave', 'Southern Blvd', 'Knickerbocker Ave', 'E 116th St', 'Flatbush Ave', 'Main St', 'Bergenline Ave',
  'Calle 8', 'Westchester Ave', 'Liberty Ave', 'Fulton St', 'Myrtle Ave', 'St Nicholas Ave',
];
const PLACES = [
  ['Bronx', 'NY', '104'], ['Brooklyn', 'NY', '112'], ['Queens', 'NY', '113'], ['New York', 'NY', '100'],
  ['Jersey City', 'NJ', '073'], ['Newark', 'NJ', '071'], ['Yonkers', 'NY', '107'], ['Elizabeth', 'NJ', '072'],
];
const STAFF = ['R. Okafor', 'M. Tzoc', 'D. Brooks', 'L. Chen', 'S. Haddad', 'J. Pierre', 'A. Castillo', 'P. Murphy', 'K. Mensah'];
const ORGS = ['Office of Immigrant Affairs', 'HRA Benefits Center', 'IDNYC Enrollment Center', 'Community Legal Clinic', 'Tenant Protection Unit'];

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z-]/g, '');
function person() {
  const first = pick(FIRST);
  const last = chance(0.25) ? `${pick(LAST)} ${pick(LAST)}` : pick(LAST);
  return { first, last, full: `${first} ${last}` };
}
const staff = () => pick(STAFF);
const street = () => `${int(2, 2999)} ${pick(STREETS)}`;
function place() {
  const [city, st, zip3] = pick(PLACES);
  return { city, st, zip: `${zip3}${pad(int(1, 99), 2)}` };
}

// ---------------------------------------------------------------------------------------------
// Positive values. Each returns the marked value.

const FAMOUS_SSNS = new Set(['078-05-1120', '219-09-9999', '123-45-6789', '457-55-5462', '111-11-1111']);
/** SSA rules: area 001-899 except 666, group 01-99, serial 0001-9999. */
function ssnParts() {
  for (;;) {
    const area = int(1, 899);
    if (area === 666) continue;
    const parts = [pad(area, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)];
    if (!FAMOUS_SSNS.has(parts.join('-'))) return parts;
  }
}
const join3 = (parts, fmt) => parts.join({ dash: '-', space: ' ', bare: '', dot: '.' }[fmt]);
const SSN = (fmt = 'dash') => mark('SSN', join3(ssnParts(), fmt));

/** IRS ITIN ranges for digits 4-5: 50-65, 70-88, 90-92, 94-99. */
const ITIN_GROUPS = [...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)];
function range(a, b) {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
const itinParts = () => [`9${pad(int(0, 99), 2)}`, pad(pick(ITIN_GROUPS), 2), pad(int(1, 9999), 4)];
const ITIN = (fmt = 'dash') => mark('ITIN', join3(itinParts(), fmt));

/** USCIS A-number digits: 9 digits (A2xxxxxxxx today, 0-padded older ones), 8 or 7 digits for old files. */
function aDigits(n = pick([9, 9, 9, 9, 8, 8, 7])) {
  if (n === 9) return chance(0.6) ? `2${digits(8)}` : `0${int(1, 9)}${digits(7)}`;
  return `${int(1, 9)}${digits(n - 1)}`;
}
/**
 * fmt: 'A' (A123456789), 'A-' (A-123-456-789), 'A ' (A 123 456 789), 'bare' (digits only, after a
 * label; the label is not part of the span), 'bare9', 'bare8'.
 */
function ANUM(fmt = 'A') {
  if (fmt === 'A-' || fmt === 'A ') {
    const d = aDigits(9);
    const sep = fmt[1];
    return mark('A_NUMBER', `A${sep}${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`);
  }
  if (fmt === 'bare9') return mark('A_NUMBER', aDigits(9));
  if (fmt === 'bare8') return mark('A_NUMBER', aDigits(8));
  if (fmt === 'bare') return mark('A_NUMBER', aDigits());
  if (fmt === 'dashes9') {
    const d = aDigits(9);
    return mark('A_NUMBER', `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`);
  }
  return mark('A_NUMBER', `A${aDigits()}`);
}

const SERVICE_CENTERS = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];
/** Three letters, then 10 digits: fiscal year (2), day/computer (3), sequence (5); IOE/YSC: 10 digits. */
function RCPT(prefix = pick(SERVICE_CENTERS), fmt = 'plain') {
  const body = prefix === 'IOE' || prefix === 'YSC' ? `${int(0, 9)}${digits(9)}` : `${pad(int(15, 25), 2)}${digits(3)}${digits(5)}`;
  if (fmt === 'dash') return mark('USCIS_RECEIPT', `${prefix}-${body.slice(0, 2)}-${body.slice(2, 5)}-${body.slice(5)}`);
  if (fmt === 'space') return mark('USCIS_RECEIPT', `${prefix} ${body.slice(0, 2)} ${body.slice(2, 5)} ${body.slice(5)}`);
  return mark('USCIS_RECEIPT', `${prefix}${body}`);
}

/** kind: 'us9' (US book, 9 digits), 'usnext' (US book, letter + 8 digits), 'uscard' (US passport card, C + 8 digits), 'mx' (letter + 8 digits), 'two' (2 letters + 7 digits). */
function PASS(kind = 'us9') {
  const letter = () => pick('ACEFGHJKLMNPRSTXYZ'.split(''));
  if (kind === 'us9') return mark('PASSPORT', `${int(1, 6)}${digits(8)}`);
  if (kind === 'usnext') return mark('PASSPORT', `${pick(['A', 'E', 'N', 'Z'])}${digits(8)}`);
  if (kind === 'uscard') return mark('PASSPORT', `C${digits(8)}`);
  if (kind === 'mx') return mark('PASSPORT', `${pick(['G', 'N', 'E'])}${digits(8)}`);
  return mark('PASSPORT', `${letter()}${letter()}${digits(7)}`);
}

const AREA_CODES = ['212', '646', '332', '718', '347', '929', '917', '201', '551', '973', '862', '914', '516', '631', '305', '786', '213', '773', '956', '832'];
/** Exchange 555 with lines 0100-0199 (kept for fiction) most of the time. */
function phoneParts() {
  const area = pick(AREA_CODES);
  if (chance(0.7)) return [area, '555', `01${pad(int(0, 99), 2)}`];
  let exchange;
  do exchange = `${int(2, 9)}${pad(int(0, 99), 2)}`;
  while (exchange.endsWith('11') || exchange === '555');
  return [area, exchange, `${int(0, 9)}${digits(3)}`];
}
const PHONE_FORMATS = {
  paren: ([a, e, l]) => `(${a}) ${e}-${l}`,
  parenTight: ([a, e, l]) => `(${a})${e}-${l}`,
  dash: ([a, e, l]) => `${a}-${e}-${l}`,
  dot: ([a, e, l]) => `${a}.${e}.${l}`,
  space: ([a, e, l]) => `${a} ${e} ${l}`,
  bare: ([a, e, l]) => `${a}${e}${l}`,
  plus1: ([a, e, l]) => `+1 ${a} ${e} ${l}`,
  plus1dash: ([a, e, l]) => `+1-${a}-${e}-${l}`,
  plus1paren: ([a, e, l]) => `+1 (${a}) ${e}-${l}`,
  one: ([a, e, l]) => `1-${a}-${e}-${l}`,
  local: ([, e, l]) => `${e}-${l}`,
};
/** fmt: a key of PHONE_FORMATS, 'mx' (+52 55 1234 5678), 'gt' (+502 5123 4567), 'any'. */
function PHONE(fmt = 'any') {
  if (fmt === 'mx') return mark('PHONE', `+52 ${pick(['55', '33', '81', '222'])} ${digits(4)} ${digits(4)}`);
  if (fmt === 'gt') return mark('PHONE', `+502 ${int(3, 5)}${digits(3)} ${digits(4)}`);
  if (fmt === 'do') return mark('PHONE', `+1 (809) ${int(2, 9)}${digits(2)}-${digits(4)}`);
  const f = fmt === 'any' ? pick(['paren', 'paren', 'dash', 'dash', 'dot', 'space', 'plus1', 'plus1paren', 'one', 'parenTight']) : fmt;
  return mark('PHONE', PHONE_FORMATS[f](phoneParts()));
}

const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'correo.example.mx', 'hra.city.example.gov',
  'clinic-esperanza.example.org', 'legalaid.example.org', 'gmail.example', 'yahoo.example', 'outlook.example', 'school.example.edu'];
function EMAIL(p = person(), domain = pick(DOMAINS)) {
  const f = ascii(p.first.split(/[ -]/)[0]).toLowerCase();
  const l = ascii(p.last.split(' ')[0]).toLowerCase();
  const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${l}_${f}`, `${f}.${l}${int(70, 99)}`, `${f}-${l}`, `${f}${int(1980, 2005)}`]);
  return mark('EMAIL', `${local}@${domain}`);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Month abbreviations as the AP stylebook writes them. */
const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
function someDate(y0, y1) {
  const y = int(y0, y1);
  const m = int(1, 12);
  return { y, m, d: int(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]) };
}
/** A date written one of the ways people write it. */
function formatDate({ y, m, d }, fmt) {
  switch (fmt) {
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'usShort': return `${m}/${d}/${y}`;
    case 'usDash': return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
    case 'us2': return `${pad(m, 2)}/${pad(d, 2)}/${pad(y % 100, 2)}`;
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'long': return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 'abbr': return `${MONTHS_AP[m - 1]} ${d}, ${y}`;
    case 'dayFirst': return `${d} ${MONTHS_EN[m - 1]} ${y}`;
    case 'es': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'esShort': return `${d}/${m}/${y}`;
    case 'esDash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'esLong': return `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
    case 'esLongDel': return `${d} de ${MONTHS_ES[m - 1]} del ${y}`;
    case 'esAbbr': return `${d}-${MONTHS_ES[m - 1].slice(0, 3)}-${y}`;
    default: throw new Error(`date format ${fmt}`);
  }
}
const EN_DATE_FORMATS = ['us', 'us', 'usShort', 'usDash', 'iso', 'long', 'long', 'abbr', 'dayFirst', 'us2'];
const ES_DATE_FORMATS = ['es', 'es', 'esShort', 'esDash', 'esLong', 'esLong', 'esLongDel', 'esAbbr', 'iso'];
const YEARS = { adult: [1938, 2006], child: [2007, 2024], parent: [1978, 2004], past: [2016, 2024], future: [2025, 2027], any: [2017, 2027] };
/** A birth date in an English or Spanish layout; who: adult, child or parent (of a young child). */
const DOB = (lang = 'en', fmt = pick(lang === 'es' ? ES_DATE_FORMATS : EN_DATE_FORMATS), who = 'adult') =>
  mark('DATE_OF_BIRTH', formatDate(someDate(...YEARS[who]), fmt));
/** A date that is not a birth date (an appointment, hearing, filing or received date); when: past, future, any. */
const notBirth = (lang = 'en', fmt = pick(lang === 'es' ? ES_DATE_FORMATS : EN_DATE_FORMATS), when = 'any') =>
  decoy('date-not-birth', formatDate(someDate(...YEARS[when]), fmt));
/** Last menstrual period and the due date 280 days later: two dates of a pregnancy, neither a birth date. */
function pregnancyDates(fmt) {
  const { y, m, d } = someDate(2023, 2025);
  const due = new Date(Date.UTC(y, m - 1, d + 280));
  const edd = { y: due.getUTCFullYear(), m: due.getUTCMonth() + 1, d: due.getUTCDate() };
  return [decoy('date-not-birth', formatDate({ y, m, d }, fmt)), decoy('date-not-birth', formatDate(edd, fmt))];
}

function luhnCheckDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
function luhnValid(number) {
  const d = number.replace(/\D/g, '');
  return luhnCheckDigit(d.slice(0, -1)) === d.slice(-1);
}
function cardDigits(brand) {
  const start = { visa: '4', mc: pick(['51', '52', '53', '54', '55', '2221', '2720']), amex: pick(['34', '37']), disc: '6011' }[brand];
  const len = brand === 'amex' ? 15 : 16;
  const body = start + digits(len - 1 - start.length);
  return body + luhnCheckDigit(body);
}
function groupCard(d, fmt) {
  const sep = { space: ' ', dash: '-', bare: '' }[fmt];
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/\d{4}/g).join(sep);
}
/** A Luhn-valid card number. brand: visa, mc, amex, disc; fmt: space, dash, bare. */
const CARD = (brand = pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc']), fmt = pick(['space', 'space', 'dash', 'bare'])) =>
  mark('CREDIT_CARD', groupCard(cardDigits(brand), fmt));
/** A card-shaped number whose check digit is wrong. */
function luhnFail(fmt = 'space', kind = 'luhn-fail') {
  const d = cardDigits(pick(['visa', 'mc', 'disc']));
  const wrong = String((Number(d.at(-1)) + int(1, 9)) % 10);
  return decoy(kind, groupCard(d.slice(0, -1) + wrong, fmt));
}

/** kind: 'doc' (RFC 5737), 'private', 'public', 'v6doc' (RFC 3849), 'v6full', 'v6link'. */
function IP(kind = pick(['doc', 'doc', 'private', 'public', 'v6doc'])) {
  const h = () => int(0, 0xffff).toString(16);
  switch (kind) {
    case 'doc': return mark('IP_ADDRESS', `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`);
    case 'private': return mark('IP_ADDRESS', pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]));
    case 'public': return mark('IP_ADDRESS', `${pick([24, 38, 64, 71, 73, 96, 107, 146, 162, 172, 184, 199, 207])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`);
    case 'v6doc': return mark('IP_ADDRESS', `2001:db8:${h()}:${h()}::${h()}`);
    case 'v6full': return mark('IP_ADDRESS', `2001:0db8:${pad(h(), 4)}:${pad(h(), 4)}:${pad(h(), 4)}:${pad(h(), 4)}:${pad(h(), 4)}:${pad(h(), 4)}`);
    case 'v6link': return mark('IP_ADDRESS', `fe80::${h()}:${h()}ff:fe${pad(int(0, 255).toString(16), 2)}:${h()}`);
    default: throw new Error(`ip kind ${kind}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Hard negatives. Each returns the marked decoy.

const NEG = {
  /** An SSN-shaped number that the SSA never issues; rule: area-000, area-666, area-9xx (not an ITIN group), group-00, serial-0000. */
  ssnInvalid(rule = pick(['area-000', 'area-666', 'area-9xx', 'group-00', 'serial-0000']), fmt = 'dash') {
    let [a, g, s] = ssnParts();
    if (rule === 'area-000') a = '000';
    if (rule === 'area-666') a = '666';
    if (rule === 'area-9xx') {
      a = `9${pad(int(0, 99), 2)}`;
      g = pad(pick([...range(1, 49), 66, 67, 68, 69, 89, 93]), 2);
    }
    if (rule === 'group-00') g = '00';
    if (rule === 'serial-0000') s = '0000';
    return decoy(`ssn-invalid-${rule}`, join3([a, g, s], fmt));
  },
  ssnPlaceholder: () => decoy('ssn-placeholder', pick(['000-00-0000', '999-99-9999', '000000000', '111-11-1111', '123-45-6789'])),
  ssnMasked: () => decoy('ssn-masked', pick([`XXX-XX-${digits(4)}`, `***-**-${digits(4)}`, `xxx-xx-${digits(4)}`, `###-##-${digits(4)}`])),
  last4: (kind = 'last-four') => decoy(kind, pad(int(1, 9999), 4)),
  /** 9xx with group 93 (ATIN) or outside every ITIN range. */
  itinInvalid: () => decoy('itin-invalid-group', `9${pad(int(0, 99), 2)}-${pad(pick([93, 93, ...range(10, 49)]), 2)}-${pad(int(1, 9999), 4)}`),
  zip4: (zip3 = pick(PLACES)[2], fmt = 'dash') => decoy('zip4', `${zip3}${pad(int(1, 99), 2)}${fmt === 'dash' ? '-' : ''}${pad(int(1, 9999), 4)}`),
  sr311: () => decoy('311-number', pick([`311-${int(1, 3)}${digits(7)}`, `311-${digits(8)}`, `1-1-${int(1, 3)}${digits(9)}`])),
  caseNo: () => decoy('case-number', pick([
    `${int(2019, 2025)}-${pick(['CV', 'HC', 'LT', 'FAM'])}-${pad(int(1, 99999), 6)}`, `${pad(int(1, 999999), 6)}/${int(2019, 2025)}`,
    `${pick(['CN', 'HRA', 'OIA'])}-${int(2021, 2025)}-${pad(int(1, 99999), 5)}`, `${int(2, 9)}${digits(8)}`, `L&T ${pad(int(1, 99999), 6)}-${pad(int(19, 25), 2)}`,
  ])),
  orderNo: () => decoy('order-number', pick([`${int(100, 999)}-${digits(7)}-${digits(7)}`, `${int(1, 9)}${digits(9)}`, `W${digits(9)}`, `${digits(3)}-${digits(2)}-${digits(4)}`])),
  confirmation: () => decoy('confirmation-number', pick([`${pick(['CNF', 'CONF', 'REF'])}-${digits(8)}`, `${int(1, 9)}${digits(8)}`, `${digits(3)} ${digits(3)} ${digits(3)}`, `${int(1, 9)}${digits(11)}`])),
  invoice: () => decoy('invoice-number', pick([`INV-${int(2022, 2025)}-${pad(int(1, 99999), 5)}`, `INV${int(2022, 2025)}${pad(int(1, 999999), 6)}`, `${int(10, 99)}-${digits(7)}`])),
  ticket: () => decoy('ticket-number', pick([`#${int(10000, 999999)}`, `TKT-${digits(6)}`, `INC${pad(int(1, 9999999), 7)}`, `${int(4, 9)}${digits(9)}`])),
  library: () => decoy('library-barcode', libraryBarcode()),
  ups: () => decoy('ups-tracking', `1Z${Array.from({ length: 6 }, () => pick('0123456789ABCDEFGHJKLMNPRSTVWXY'.split(''))).join('')}${pick(['01', '02', '03', '12', '13'])}${digits(8)}`),
  usps: () => decoy('usps-tracking', pick([`9400 1${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `9205${digits(18)}`, `9405 5${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `EJ${digits(9)}US`])),
  version: () => decoy('version-number', pick([`${int(1, 12)}.${int(0, 20)}.${int(0, 9)}.${int(0, 250)}`, `10.0.${int(17000, 26000)}.${int(100, 4000)}`, `${int(1, 5)}.${int(0, 9)}.${int(0, 30)}`])),
  section: () => decoy('section-number', `${int(1, 9)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)}`),
  mac: () => decoy('mac-address', Array.from({ length: 6 }, () => pad(int(0, 255).toString(16).toUpperCase(), 2)).join(pick([':', '-']))),
  price: () => decoy('price', pick([`$${int(1, 9)},${digits(3)}.${digits(2)}`, `$${int(10, 999)}.${digits(2)}`, `$${int(1, 99)}`])),
  smallPrice: () => decoy('price', pick([`$${int(1, 40)}.${digits(2)}`, `$${int(1, 60)}`])),
  income: () => decoy('price', pick([`$${int(12, 68)},${digits(3)}`, `$${int(1, 4)},${digits(3)}/month`, `$${int(12, 68)},${digits(3)}.00 per year`])),
  room: () => decoy('room-number', pick([`Room ${int(1, 30)}${pad(int(1, 40), 2)}`, `Suite ${int(100, 2400)}`, `Apt ${int(1, 30)}${pick('ABCDEFGH'.split(''))}`, `Floor ${int(2, 40)}`, `Window ${int(1, 40)}`])),
  ein: () => decoy('ein', `${pick(['13', '11', '20', '26', '27', '45', '82'])}-${digits(7)}`),
  dl: () => decoy('drivers-license', pick([`${digits(3)} ${digits(3)} ${digits(3)}`, `${digits(9)}`, `${pick('ABDFGHKLMPRSTW'.split(''))}${digits(4)} ${digits(5)} ${digits(5)}`])),
  routing: () => decoy('routing-number', pick(['021000021', '026009593', '021000089', '011000138', '031201360', '021200339'])),
  i94: () => decoy('i94-number', `${int(1, 9)}${digits(8)} ${pick(['A', 'B'])}${int(1, 9)}`.replace(' ', '')),
  onlineAccount: () => decoy('uscis-online-account', pick([`${digits(4)}-${digits(4)}-${digits(4)}`, `${int(1, 9)}${digits(11)}`])),
  medicaid: () => decoy('medicaid-cin', `${pick(['AB', 'CD', 'JK', 'LM', 'QR', 'XY', 'TV'])}${digits(5)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))}`),
  mbi: () => decoy('medicare-mbi', `${int(1, 9)}${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${int(0, 9)}-${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${int(0, 9)}-${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${pick('ACDEFGHJKMNPQRTUVWXY'.split(''))}${int(0, 9)}${int(0, 9)}`),
  curp: (p = person()) => decoy('foreign-id', `${ascii(p.last).slice(0, 2).toUpperCase()}${ascii(p.first).slice(0, 2).toUpperCase()}${pad(int(50, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['H', 'M'])}${pick(['DF', 'PL', 'OC', 'GR', 'MC', 'VZ'])}${pick(['R', 'P', 'L', 'N'])}${pick(['R', 'D', 'Z', 'T'])}${pick(['S', 'N', 'M'])}${pad(int(0, 99), 2)}`),
  dpi: () => decoy('foreign-id', `${digits(4)} ${digits(5)} ${pad(int(1, 22), 2)}${pad(int(1, 30), 2)}`),
  nss: () => decoy('foreign-id', `${digits(2)}${pad(int(50, 99), 2)}${pad(int(50, 99), 2)}${digits(5)}`),
  matricula: () => decoy('foreign-id', `${pick(['I', 'N'])}${digits(8)}`),
  bare9: (kind = 'bare-9-digits') => decoy(kind, `${int(1, 9)}${digits(8)}`),
  aLike: () => decoy('a-number-like', pick([`A-${int(1, 9)}`, `A${int(10, 999)}`, `A-${int(10, 40)}B`, `A${int(1, 9)}${digits(2)}-${digits(2)}`, `A${int(1, 9)}${digits(4)}`])),
  receiptLike: () => decoy('receipt-like', `${pick(['INV', 'ORD', 'TKT', 'NYC', 'HRA', 'REF', 'ABC', 'CON'])}${int(2019, 2025)}${digits(6)}`),
  sevis: () => decoy('sevis-id', `N00${digits(8)}`),
  ebt: () => decoy('ebt-card', `6${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(3)}`),
  time: () => decoy('time', `${int(8, 17)}:${pick(['00', '15', '30', '45'])}`),
  year: () => decoy('year', String(int(1998, 2024))),
};

/** A 14-digit library barcode: patron (2) or item (3), institution 4 digits, 8 digits, check digit. */
function libraryBarcode() {
  const body = `${pick(['2', '3'])}${pick(['3333', '1234', '0010', '4321'])}${digits(8)}`;
  const d = body + luhnCheckDigit(body);
  return chance(0.5) ? d : `${d[0]} ${d.slice(1, 5)} ${d.slice(5, 10)} ${d.slice(10)}`;
}

// ---------------------------------------------------------------------------------------------
// Templates. T(group, lang, count, fn, note): fn(i) is called `count` times (i = 0, 1, ...) and
// returns the marked text of one snippet; `i` lets a template cycle through formats.

const SNIPPETS = [];
const seen = new Map();
function T(group, lang, count, fn, note) {
  for (let i = 0; i < count; i++) {
    const key = `${group}-${lang}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    SNIPPETS.push({ id: `${key}-${pad(n, 3)}`, lang, marked: fn(i), note });
  }
}
const cycle = (i, xs) => xs[i % xs.length];

// ===== English: intake and case notes (immigrant affairs, legal clinics) =====================

T('intake', 'en', 4, (i) => {
  const p = person();
  return `Intake ${staff()}: ${p.full} walked in re: renewal of work permit. SSN ${SSN(cycle(i, ['dash', 'space', 'bare', 'dash']))}, ` +
    `best number ${PHONE()}. Prefers text. Referred to ${pick(ORGS)}.`;
});
T('intake', 'en', 3, (i) => {
  const p = person();
  return `Client ${p.first} ${p.last[0]}. states she has an ITIN (${ITIN(cycle(i, ['dash', 'space', 'dash']))}) but no SSN. ` +
    `Filed 2023 taxes with it. Needs letter for landlord.`;
});
T('intake', 'en', 3, (i) => {
  const p = person();
  return `A# ${ANUM(cycle(i, ['bare9', 'bare8', 'bare9']))} - ${p.full}, pending I-589 since ${notBirth('en', 'usShort', 'past')}. ` +
    `Next master calendar hearing ${notBirth('en', 'long', 'future')} at ${decoy('time', '8:30')} am, Varick St.`;
}, 'hearing and filing dates are not birth dates');
T('intake', 'en', 4, (i) => {
  const p = person();
  return `${p.full} brought green card, USCIS# ${ANUM(cycle(i, ['A', 'A', 'A-', 'A ']))}, card exp. ${notBirth('en', 'us', 'future')}. ` +
    `Wants to apply for naturalization, fee waiver (I-912). Phone ${PHONE('dash')}.`;
}, 'USCIS# on a green card is the A-number');
T('intake', 'en', 3, (i) => {
  const p = person();
  return `Spoke w/ ${p.first} today. He gave SS# ${SSN(cycle(i, ['dash', 'bare', 'space']))} and DOB ${DOB('en', cycle(i, ['us', 'usShort', 'iso']))}. ` +
    `Verified against prior file ${NEG.caseNo()}.`;
});
T('intake', 'en', 2, () => {
  const p = person();
  return `Note: client's SSN is on file as ${NEG.ssnPlaceholder()} (placeholder - client has no SSN). Do NOT submit to state system. ` +
    `Contact ${p.first} at ${EMAIL(p)}.`;
}, 'placeholder SSN is not an SSN');
T('intake', 'en', 3, (i) => {
  const p = person();
  return `Resident ${p.full}, DOB ${DOB('en', cycle(i, ['long', 'abbr', 'us']))}, arrived ${notBirth('en', 'long', 'past')}; ` +
    `entry record I-94 ${NEG.i94()}. Passport ${PASS(cycle(i, ['mx', 'two', 'mx']))} (${pick(['Mexico', 'Ecuador', 'Honduras', 'Guatemala', 'Colombia', 'Peru'])}).`;
}, 'I-94 number is none of the ten types');
T('intake', 'en', 3, () => `Per client, SSN on old paystubs was ${NEG.ssnInvalid('area-000')} which cannot be right - payroll error? ` +
  `Told client not to use any number that is not hers. Case ${NEG.caseNo()}.`, 'invalid SSN (area 000)');
T('intake', 'en', 2, () => `Employer W-2 shows SSN ${NEG.ssnInvalid('area-666')}; SSA says never issued. Flagged for tax clinic.`, 'invalid SSN (area 666)');
T('intake', 'en', 2, () => `Checked the number on the 1099: ${NEG.ssnInvalid('group-00')} (group 00, invalid). Client will bring the correct card.`, 'invalid SSN (group 00)');
T('intake', 'en', 2, () => `Pay stub lists ${NEG.ssnInvalid('serial-0000')} in the SSN box; employer confirmed it is a dummy value.`, 'invalid SSN (serial 0000)');
T('intake', 'en', 3, () => `Form shows tax ID ${NEG.ssnInvalid('area-9xx')}, which is neither a valid SSN nor a valid ITIN. Client to check the IRS letter.`, '9xx number outside the ITIN groups');
T('intake', 'en', 3, (i) => {
  const p = person();
  return `${p.full} - SSN: ${SSN(cycle(i, ['dash', 'bare', 'dash']))} | Phone: ${PHONE(cycle(i, ['paren', 'dot', 'bare']))} | Email: ${EMAIL(p)} | Address: ${street()}, ${NEG.room()}`;
});
T('intake', 'en', 2, () => {
  const p = person();
  return `${p.first} asked whether to give her SSN to the landlord. Told her she doesn't have to. She read it out anyway: ${SSN('dash')}. ` +
    `Do not copy into the shared sheet.`;
});
T('intake', 'en', 3, (i) => {
  const p = person();
  const q = person();
  return `Household: ${p.full} (head), SSN ${SSN()}; spouse ${q.first} ${p.last.split(' ')[0]}, ITIN ${ITIN(cycle(i, ['dash', 'bare', 'dash']))}; ` +
    `2 children, both USC, DOB ${DOB('en', 'us', 'child')} and ${DOB('en', 'us', 'child')}.`;
}, 'mixed-status household');
T('intake', 'en', 2, () => `Last 4 of SSN given for verification: ${NEG.last4('ssn-last-four')}. Full number not collected (policy).`, 'last four digits only');
T('intake', 'en', 2, () => `Client's SSN (${NEG.ssnMasked()}) matches the masked one on the SSA letter.`, 'masked SSN');
T('intake', 'en', 3, (i) => `Alien number ${ANUM(cycle(i, ['A', 'A-', 'bare9']))}; receipt ${RCPT(cycle(i, ['IOE', 'MSC', 'NBC']))} for I-765 (c)(8). ` +
  `Biometrics done. EAD should arrive in about ${int(2, 6)} months.`);
T('intake', 'en', 2, () => {
  const p = person();
  return `Walk-in. ${p.full} lost her wallet with her SS card. Gave # from memory ${SSN('bare')} - confirm w/ SSA printout before using.`;
}, 'bare 9 digits after "SS card ... #"');
T('intake', 'en', 2, () => `Prior counsel's file: A-File ${ANUM('A ')}, case also under receipt ${RCPT('LIN', 'dash')}. Their office # ${PHONE('one')}.`);
T('intake', 'en', 2, () => `Client wrote his number as ${SSN('dash')} on the intake sheet but the card says ${SSN('dash')}. Using the card.`,
  'two SSNs in one note');
T('intake', 'en', 2, () => `Screened for DACA renewal. Prior approval notice ${RCPT(pick(['NBC', 'MSC', 'IOE']))}; A-number ${ANUM('A')}. ` +
  `Renewal window opens ${notBirth('en', 'abbr', 'future')}. Fee $${int(5, 6)}${pick(['05', '20', '55'])} - discussed fee assistance.`);
T('intake', 'en', 2, () => {
  const p = person();
  return `Unlabelled number in client's notes app: "${SSN('dash')}" - client confirmed this is her social. Advised to delete screenshot.`;
}, 'SSN in ddd-dd-dddd layout, no label next to it');
T('intake', 'en', 3, (i) => `tax id on the 1040: ${ITIN(cycle(i, ['dash', 'dash', 'space']))} (ITIN issued ${NEG.year()}). Refund pending.`);
T('intake', 'en', 2, () => `Client listed "SSN" ${ITIN('dash')} on the lease application; that is her ITIN, not an SSN. Explained the difference.`,
  'labelled SSN but ITIN structure: a reviewer marks ITIN');
T('intake', 'en', 2, () => `SS#: ${ITIN('dash')} per the W-7 approval letter.`, 'SS# label on an ITIN-structured number');
T('intake', 'en', 3, () => `ITIN renewal: old number ${ITIN('bare')} expired ${notBirth('en', 'usShort')}; new W-7 mailed with passport copy (${PASS('mx')}).`);
T('intake', 'en', 2, () => `Number on the IRS CP565 notice looks like ${NEG.itinInvalid()} - digits 4-5 are not an ITIN range (ATIN?). Asked client for the letter.`,
  '9xx number with group 93 or below 50');
T('intake', 'en', 2, () => `Client gave "${NEG.bare9()}" but could not say what it is (maybe old account #). Not recorded as an ID.`, 'bare 9 digits, no context');

// ===== English: benefit applications ==========================================================

T('benefits', 'en', 4, (i) => {
  const p = person();
  return `SNAP recertification - applicant ${p.full}\nSSN: ${SSN(cycle(i, ['dash', 'bare', 'dash', 'space']))}\nDate of birth: ${DOB('en', cycle(i, ['us', 'long', 'usShort', 'iso']))}\n` +
    `Phone: ${PHONE()}\nInterview scheduled: ${notBirth('en', 'us', 'future')} ${decoy('time', '10:15')}`;
}, 'interview date is not a birth date');
T('benefits', 'en', 3, (i) => {
  const p = person();
  return `Cash assistance application for ${p.full}. Non-applying member (no SSN, not requesting benefits for self). ` +
    `Child ${person().first}, born ${DOB('en', cycle(i, ['long', 'us', 'abbr']), 'child')}, SSN ${SSN()}.`;
});
T('benefits', 'en', 2, () => {
  const p = person();
  return `Medicaid: CIN ${NEG.medicaid()}, DOB ${DOB('en', 'us')}. Member services ${PHONE('one')}. Renewal due ${notBirth('en', 'us')}.`;
}, 'Medicaid CIN is none of the ten types');
T('benefits', 'en', 2, () => `HEAP application received ${notBirth('en', 'us')}. Utility acct ${NEG.bare9('account-number')}, ZIP ${NEG.zip4(undefined, 'dash')}.`,
  'utility account number, ZIP+4 and received date');
T('benefits', 'en', 2, () => `Fair Fares: applicant's EBT card ${NEG.ebt()} shown as proof of SNAP. Do not store card number.`, 'EBT card number');
T('benefits', 'en', 3, (i) => {
  const p = person();
  return `Emergency rental assistance. Tenant: ${p.full}, d.o.b. ${DOB('en', cycle(i, ['usShort', 'us2', 'usDash']))}, ` +
    `tel ${PHONE(cycle(i, ['dot', 'paren', 'space']))}, email ${EMAIL(p)}. Landlord EIN ${NEG.ein()}.`;
}, 'EIN is not an SSN');
T('benefits', 'en', 2, () => `WIC referral - mom born ${DOB('en', 'long', 'parent')}, baby born ${DOB('en', 'long', 'child')}. Appointment ${notBirth('en', 'long', 'future')}.`);
T('benefits', 'en', 2, () => `Applicant reports income from cleaning jobs; paid via Zelle to ${EMAIL()}. Bank routing ${NEG.routing()} (not needed, removed).`,
  'bank routing number');
T('benefits', 'en', 2, (i) => `Tax ID for EITC screening: ITIN ${ITIN(cycle(i, ['dash', 'bare']))} (not eligible for federal EITC with ITIN; check state credit).`);
T('benefits', 'en', 2, () => `SSI denial letter dated ${notBirth('en', 'long')}; claimant SSN ${SSN()} appears in the header. BNC# ${NEG.confirmation()}.`,
  'letter date and BNC number');
T('benefits', 'en', 2, () => `Age: ${int(19, 80)}. Household size ${int(1, 7)}. Monthly rent ${NEG.price()}. No SSN (applying for children only).`, 'no identifier');
T('benefits', 'en', 2, () => {
  const p = person();
  return `${p.last.toUpperCase()}, ${p.first.toUpperCase()}\tDOB ${DOB('en', 'us')}\tSSN ${SSN('bare')}\tCASE ${NEG.caseNo()}\tPH ${PHONE('bare')}`;
}, 'tab-separated export');

// ===== English: 311 tickets ==================================================================

T('311', 'en', 3, (i) => {
  const p = person();
  return `SR ${NEG.sr311()} - Heat/hot water. Caller ${p.first} reports no heat since ${notBirth('en', 'usShort')} at ${street()} ${NEG.room()}. Callback ${PHONE(cycle(i, ['paren', 'dash', 'plus1']))}.`;
}, '311 number is not a phone or an SSN');
T('311', 'en', 3, () => `Noise complaint (loud music) ${street()}, ${place().city}, ${NEG.zip4()}. Anonymous caller. Ticket ${NEG.sr311()}.`,
  'ZIP+4 and 311 number, no identifier');
T('311', 'en', 2, () => `Illegal dumping reported via app. Reporter email ${EMAIL()}. Photo attached. SR# ${NEG.sr311()}, closed ${notBirth('en', 'us')}.`);
T('311', 'en', 2, () => `Caller asked for info about IDNYC and gave her A number without being asked: ${ANUM('A')}. Agent did not record it in the SR.`,
  'A-number volunteered on a 311 call');
T('311', 'en', 2, () => `Pothole, ${street()}. Dept. ref ${NEG.ticket()}; caller ${PHONE('dot')}. Status: referred to DOT.`);
T('311', 'en', 2, () => `Caller says landlord asked for SSN ${SSN('space')} to fix the boiler?? Referred to tenant helpline ${decoy('helpline', '311')} and ${PHONE('one')}.`);
T('311', 'en', 2, () => `Street light out at ${street()} near ${pick(['P.S. 33', 'Hostos', 'the bodega'])}. Call back not needed. ${NEG.sr311()}`);
T('311', 'en', 2, () => `Missed recycling pickup - caller ${person().full}, ${PHONE('space')}, building ${NEG.room()}. Complaint # ${NEG.bare9('complaint-number')}.`,
  'complaint number of 9 digits');
T('311', 'en', 1, () => `Caller 🙏 thanked agent; needed number for immigrant legal services: ${PHONE('paren')}. Also asked about ${decoy('helpline', '988')}.`,
  'emoji before the span (UTF-16 offsets)');

// ===== English: e-mails to a city office =====================================================

T('email', 'en', 3, (i) => {
  const p = person();
  return `From: ${p.full} <${EMAIL(p)}>\nTo: ${mark('EMAIL', 'idnyc-help@city.example.gov')}\nSubject: appointment\n\nHello, I have an appointment on ${notBirth('en', 'long')} ` +
    `but I lost my passport. Can I bring my consular ID? My cell is ${PHONE(cycle(i, ['dash', 'paren', 'dot']))}. Thank you`;
}, 'the office address is a role address of the city and still an e-mail address');
T('email', 'en', 2, () => {
  const p = person();
  return `Hi, this is ${p.first}. My receipt number is ${RCPT(undefined, 'plain')} and my A number is ${ANUM(pick(['A', 'A-']))}. ` +
    `USCIS sent a request for evidence and I need help. Reply to ${EMAIL(p)}`;
});
T('email', 'en', 3, (i) => {
  const p = person();
  return `Dear Office of Immigrant Affairs,\n\nI am writing for my mother ${p.full} (date of birth ${DOB('en', cycle(i, ['long', 'us', 'dayFirst']))}). ` +
    `She needs help renewing her green card. Her A# is ${ANUM(cycle(i, ['bare9', 'bare8', 'bare9']))}. You can reach me at ${PHONE()}.\n\nThanks,\n${person().first}`;
});
T('email', 'en', 2, () => `Re: Order ${NEG.orderNo()} - the replacement ID card was shipped via UPS ${NEG.ups()}. Questions: ${EMAIL(undefined, 'support.example.com')}`,
  'order number and UPS tracking number');
T('email', 'en', 2, () => `Your certified letter ${NEG.usps()} was delivered ${notBirth('en', 'usShort')}. Confirmation ${NEG.confirmation()}.`,
  'USPS tracking number and confirmation number');
T('email', 'en', 2, () => {
  const p = person();
  return `-----Original Message-----\nFrom: ${EMAIL(p)}\nSent: ${notBirth('en', 'us')} ${decoy('time', '4:12')} PM\nSubject: RE: SSN for payroll\n\n` +
    `its ${SSN('dash')}. sorry for the delay\n${p.first}\nSent from my iPhone`;
});
T('email', 'en', 2, () => `Please update my phone to ${PHONE('plus1dash')} and my email to ${EMAIL()}. Old number ${PHONE('dash')} is disconnected.`);
T('email', 'en', 2, () => `Invoice ${NEG.invoice()} for interpreting services (${int(2, 9)} hrs) - total ${NEG.price()}. Remit to ${EMAIL(undefined, 'lang-services.example.com')}.`);
T('email', 'en', 2, () => `Reminder: webinar on public charge ${notBirth('en', 'long')}, ${decoy('time', '6:00')} pm. Dial-in ${PHONE('one')}, meeting ID ${NEG.confirmation()}.`,
  'meeting ID is not a phone');
T('email', 'en', 2, () => {
  const p = person();
  return `Thank you ${p.first}, we received your documents: copy of passport (no. ${PASS(pick(['us9', 'usnext']))}), birth certificate, and lease. ` +
    `Your file number is ${NEG.caseNo()}.`;
});
T('email', 'en', 1, () => `Contact the Mayor's Office at ${EMAIL(undefined, 'moia.city.example.gov')} or follow @NYCImmigrants. Do not e-mail SSNs.`,
  'handle is not an e-mail');

// ===== English: court and ID-program notes ===================================================

T('court', 'en', 3, (i) => {
  const p = person();
  return `EOIR automated case status for A-Number: ${ANUM(cycle(i, ['bare9', 'dashes9', 'bare9']))} - ${p.last.toUpperCase()}, ${p.first.toUpperCase()}. ` +
    `Next hearing: ${notBirth('en', 'us', 'future')} ${decoy('time', '1:00')} PM, Judge ${pick(['Ruiz', 'Kaplan', 'Osei', 'Brennan'])}. Court hotline ${PHONE('one')}.`;
}, 'bare A-number after "A-Number:"; a public hotline is still a phone number');
T('court', 'en', 3, (i) => `Housing court: index no. ${NEG.caseNo()}, ${pick(['Bronx', 'Kings', 'Queens'])} County. Return date ${notBirth('en', cycle(i, ['us', 'long', 'abbr']))}. ` +
  `Tenant (DOB ${DOB('en', 'us')}) requests interpreter.`, 'return date is not a birth date');
T('court', 'en', 2, () => `Motion to reopen filed ${notBirth('en', 'long')}; respondent ${person().full}, ${ANUM('A-')}. Opposing counsel: ${EMAIL(undefined, 'ice.example.gov')}.`);
T('court', 'en', 2, () => `Family court docket ${NEG.caseNo()}. Child born ${DOB('en', 'long', 'child')}; SIJS predicate order signed ${notBirth('en', 'long')}. I-360 receipt ${RCPT('IOE')}.`);
T('court', 'en', 2, () => `Criminal court - DAT issued ${notBirth('en', 'usShort')}, arrest # ${decoy('arrest-number', `${pick(['K', 'B', 'Q', 'M'])}${digits(8)}`)}. ` +
  `No ICE detainer. Client's NYSID ${decoy('nysid', `${digits(8)}${pick('ABCDEFGHJKLMN'.split(''))}`)} not recorded here.`, 'arrest and NYSID numbers are none of the ten types');
T('court', 'en', 2, () => `Bond hearing set for ${notBirth('en', 'abbr')}; bond obligor phone ${PHONE('paren')}. Detainee ${ANUM('A')}.`);
T('idnyc', 'en', 3, (i) => {
  const p = person();
  return `IDNYC enrollment - ${p.full}. Proof of identity: foreign passport ${PASS(cycle(i, ['mx', 'two', 'mx']))} (3 pts). Proof of residency: lease. ` +
    `DOB ${DOB('en', 'us')}. Appointment confirmation ${NEG.confirmation()}.`;
});
T('idnyc', 'en', 2, () => `IDNYC card ${decoy('idnyc-card', `${int(1, 9)}${digits(11)}`)} issued ${notBirth('en', 'us')}; card mailed to ${street()}, ${NEG.zip4()}.`,
  '12-digit card number and ZIP+4');
T('idnyc', 'en', 2, () => `Applicant presented US passport card, number ${PASS('uscard')}, and utility bill. Center: ${pick(['Bronx Library', 'Queens Borough Hall', 'Brooklyn Public Library'])}, ${NEG.room()}.`,
  'US passport card number (letter + 8 digits)');
T('idnyc', 'en', 2, () => `Applicant's US passport no. ${PASS(pick(['us9', 'usnext']))}, issued ${notBirth('en', 'us', 'past')}, expires ${notBirth('en', 'us', 'future')}.`, 'issue and expiry dates');
T('idnyc', 'en', 1, () => `Passport photo appointment ${notBirth('en', 'long')} - bring ${NEG.smallPrice()} for photos. No ID number needed.`, 'passport without a number');
T('idnyc', 'en', 2, () => `Employment authorization card: USCIS# ${ANUM('bare9')}, Card# ${RCPT(pick(['SRC', 'LIN', 'IOE', 'EAC']))}, Category C09.`,
  'EAD card number has the receipt shape');
T('idnyc', 'en', 2, () => `Green card fields: USCIS# ${ANUM('dashes9')} | Category IR1 | Card# ${RCPT(pick(['MSC', 'IOE', 'WAC']))} | Resident since ${notBirth('en', 'us')} | DOB ${DOB('en', 'us')}`,
  'resident-since date is not a birth date');

// ===== English: clinic referrals =============================================================

T('clinic', 'en', 3, (i) => {
  const p = person();
  return `Referral to ${pick(['Esperanza Clinic', 'Sunset Park FQHC', 'Lincoln Hospital OB'])}. Pt: ${p.full}, DOB: ${DOB('en', cycle(i, ['us', 'usShort', 'iso']))}. ` +
    `Uninsured, eligible for NYC Care. Contact pt at ${PHONE()}. Seen ${notBirth('en', 'us')}.`;
});
T('clinic', 'en', 2, () => `Pt reports ${int(2, 9)} weeks of cough. MRN ${digits(7)}. Follow-up ${notBirth('en', 'us', 'future')}. Room ${int(100, 420)}. Pt declined to give SSN.`,
  'MRN, follow-up date, room: no identifier');
T('clinic', 'en', 2, () => `Medicare MBI ${NEG.mbi()}; secondary Medicaid ${NEG.medicaid()}. Pt born ${DOB('en', 'long')}, lives alone.`, 'MBI and CIN');
T('clinic', 'en', 2, () => `Patient portal login from ${IP('public')} failed ${int(3, 9)} times; account locked. Patient email on file ${EMAIL()}.`);
T('clinic', 'en', 2, () => {
  const [lmp, edd] = pregnancyDates('usShort');
  return `Prenatal intake: LMP ${lmp}, EDD ${edd}. Mother's date of birth ${DOB('en', 'usShort', 'parent')}.`;
},
  'EDD (due date) is not a birth date yet');
T('clinic', 'en', 2, () => `Rx for pt ${person().full} (dob ${DOB('en', 'us2')}) sent to pharmacy fax ${PHONE('dash')}. Order ${NEG.orderNo()}.`);

// ===== English: payments and fees ============================================================

T('pay', 'en', 4, (i) => `Paid application fee by card ${CARD(undefined, cycle(i, ['space', 'dash', 'bare', 'space']))}, exp ${pad(int(1, 12), 2)}/${int(26, 31)}. ` +
  `Receipt ${NEG.confirmation()}. Amount ${NEG.price()}.`);
T('pay', 'en', 2, () => `Customer read card number over the phone: ${CARD('visa', 'space')}. Agent should not have typed it in the notes - purge.`);
T('pay', 'en', 2, () => `Amex ${CARD('amex', 'space')} declined; tried again with ${CARD('mc', 'dash')}.`);
T('pay', 'en', 3, () => `Parking ticket ${NEG.ticket()} paid ${notBirth('en', 'us')}; transaction ${luhnFail('bare', 'luhn-fail')}. Total ${NEG.price()}.`,
  'transaction id of 16 digits that fails Luhn');
T('pay', 'en', 2, () => `Gift card ${luhnFail('space', 'luhn-fail')} (balance ${NEG.price()}) given as incentive; not a payment card number.`,
  '16 digits, fails Luhn');
T('pay', 'en', 2, () => `Card ending in ${NEG.last4('card-last-four')} charged ${NEG.price()} on ${notBirth('en', 'usShort')}.`, 'last four of a card');
T('pay', 'en', 2, () => `Water bill acct ${decoy('account-number', `${int(1, 9)}${digits(9)}`)}, service address ${street()}, ${NEG.zip4()}. Payment plan ${NEG.price()}/mo.`);
T('pay', 'en', 2, () => `Refund issued to ${CARD('disc', 'dash')} for duplicate permit fee, ref ${NEG.invoice()}.`);
T('pay', 'en', 2, () => `MetroCard serial ${decoy('metrocard-serial', `${int(1, 9)}${digits(9)}`)} reported lost; Fair Fares replacement requested.`, 'MetroCard serial, 10 digits');

// ===== English: IT and access logs ===========================================================

T('it', 'en', 3, (i) => `${notBirth('en', 'iso')} ${decoy('time', '09:14')} login ok user=${EMAIL()} src=${IP(cycle(i, ['doc', 'private', 'doc']))} client=${pick(['Chrome', 'Edge', 'Firefox'])}/${NEG.version()}`,
  'browser version is not an IP');
T('it', 'en', 3, (i) => `Blocked request from ${IP(cycle(i, ['v6doc', 'v6full', 'v6link']))} to /intake/upload (rate limit). Case portal build ${NEG.version()}.`);
T('it', 'en', 2, () => `Kiosk at ${NEG.room()} - IP ${IP('private')}, MAC ${NEG.mac()}, firmware ${NEG.version()}. Rebooted.`, 'MAC address and firmware version');
T('it', 'en', 2, () => `Updated the intake app to ${NEG.version()}. See policy section ${NEG.section()} on retention.`, 'version and section numbers look like IPv4');
T('it', 'en', 2, () => `Audit: record for client with SSN ${SSN()} viewed by ${staff()} from ${IP('doc')} at ${decoy('time', '16:45')}.`);
T('it', 'en', 2, () => `Printer ${IP('private')} jammed; ticket ${NEG.ticket()}. Helpdesk ${PHONE('local')}.`, 'phone number without area code');
T('it', 'en', 1, () => `VPN assigned ${IP('private')} and ${IP('v6doc')}; DNS ${IP('doc')}.`);

// ===== English: mail, library and shipping ===================================================

T('mail', 'en', 3, () => `Library card ${NEG.library()} renewed for ${person().full}; books due ${notBirth('en', 'us')}.`, 'library barcode');
T('mail', 'en', 2, () => `Item barcode ${NEG.library()} (ESL workbook) returned damaged. Fine ${NEG.smallPrice()}.`, 'library item barcode');
T('mail', 'en', 2, () => `Mailed the RFE response by USPS Priority, tracking ${NEG.usps()}. USCIS received ${notBirth('en', 'us')}.`);
T('mail', 'en', 2, () => `Documents sent to Chicago lockbox via UPS ${NEG.ups()} for receipt ${RCPT(pick(['IOE', 'MSC']))}.`);
T('mail', 'en', 2, () => `Returned mail for ${person().full}: ${street()}, ${NEG.room()}, ${place().city} ${NEG.zip4()}. New address unknown.`, 'ZIP+4');
T('mail', 'en', 1, () => `Pkg ${NEG.usps()} and ${NEG.ups()} both delivered to mailroom.`, 'tracking numbers only');

// ===== English: housing, school, workforce ===================================================

T('housing', 'en', 3, (i) => {
  const p = person();
  return `Housing Connect applicant ${p.full}, app # ${NEG.confirmation()}. Household income ${NEG.income()}. SSN/ITIN: ${cycle(i, [SSN(), ITIN(), SSN()])}. ` +
    `Lottery log ${NEG.caseNo()}.`;
});
T('housing', 'en', 2, () => `HPD violation ${NEG.ticket()} at ${street()} ${NEG.room()}. Tenant phone ${PHONE('paren')}. Inspection ${notBirth('en', 'us')}.`);
T('housing', 'en', 2, () => `Section 8 voucher ${NEG.caseNo()}; landlord tax ID ${NEG.ein()}. Tenant DOB ${DOB('en', 'us')}.`, 'EIN after "tax ID"');
T('school', 'en', 2, () => `Enrollment: student OSIS ${NEG.bare9('student-id')}, born ${DOB('en', 'us', 'child')}. Parent contact ${PHONE()} / ${EMAIL()}. School does not ask immigration status.`,
  'OSIS student number (9 digits) is not an SSN');
T('school', 'en', 2, () => `Adult ed registration - ${person().full}, class ${pick(['ESOL 2', 'HSE prep', 'Citizenship'])} in ${NEG.room()}, starts ${notBirth('en', 'long')}.`,
  'no identifier');
T('work', 'en', 2, () => `Wage theft claim: worker ${person().full}, paid cash, no SSN; employer ${pick(['Sunrise Deli Corp', 'ABC Cleaning LLC', 'Top Builders Inc'])}, EIN ${NEG.ein()}. ` +
  `Claim # ${NEG.caseNo()}. Worker cell ${PHONE()}.`);
T('work', 'en', 2, () => `I-9 section 2: List A - foreign passport ${PASS('two')} with I-94 ${NEG.i94()}; list C none. Employee SSN ${SSN()}.`);
T('work', 'en', 2, () => `Driver license ${NEG.dl()} (NY), class D, exp ${notBirth('en', 'us')}. Customer DOB ${DOB('en', 'us')}.`, 'driver license number');

// ===== Spanish: intake, benefits, e-mails, 311, clinic, court ================================

T('intake', 'es', 4, (i) => {
  const p = person();
  return `Nota de admisión (${staff()}): ${p.full} vino por la renovación del permiso de trabajo. Número de seguro social ${SSN(cycle(i, ['dash', 'space', 'bare', 'dash']))}, ` +
    `teléfono ${PHONE()}. Prefiere mensajes de texto.`;
});
T('intake', 'es', 3, (i) => {
  const p = person();
  return `La Sra. ${p.last.split(' ')[0]} tiene ITIN ${ITIN(cycle(i, ['dash', 'bare', 'space']))} pero no tiene seguro social. Declaró impuestos ${NEG.year()} con el ITIN.`;
});
T('intake', 'es', 4, (i) => {
  const p = person();
  return `Cliente: ${p.full}. Número de extranjero: ${ANUM(cycle(i, ['bare9', 'A', 'bare8', 'A-']))}. Fecha de nacimiento: ${DOB('es', cycle(i, ['es', 'esLong', 'esShort', 'esDash']))}. ` +
    `Próxima audiencia en corte de inmigración: ${notBirth('es', 'es', 'future')}.`;
}, 'la fecha de la audiencia no es fecha de nacimiento');
T('intake', 'es', 3, (i) => {
  const p = person();
  return `${p.first} nació el ${DOB('es', cycle(i, ['esLong', 'esLongDel', 'es']))} en ${pick(['Puebla', 'San Pedro Sula', 'Quetzaltenango', 'Cuenca', 'Santo Domingo', 'Oaxaca'])}. ` +
    `Llegó a EE. UU. el ${notBirth('es', 'esLong', 'past')}. Pasaporte ${PASS(cycle(i, ['mx', 'two', 'mx']))}.`;
}, 'fecha de llegada no es de nacimiento');
T('intake', 'es', 3, () => `CURP ${NEG.curp()} y matrícula consular ${NEG.matricula()} presentadas como identificación. No tiene número de seguro social.`,
  'CURP y matrícula consular no son ninguno de los diez tipos');
T('intake', 'es', 2, () => `El cliente dio el NSS del IMSS (${NEG.nss()}), que es de México, no el seguro social de EE. UU. No se anota.`, 'NSS mexicano de 11 dígitos');
T('intake', 'es', 2, () => `DPI de Guatemala ${NEG.dpi()}. Número A ${ANUM('A')}. Recibo de USCIS ${RCPT(pick(['IOE', 'NBC', 'MSC']))}.`, 'DPI guatemalteco');
T('intake', 'es', 2, () => `En la planilla de pago aparece el seguro social ${NEG.ssnInvalid('area-666')}, que no es válido. Se le explicó al cliente.`, 'SSN inválido (666)');
T('intake', 'es', 2, () => `Seguro social en el formulario: ${decoy('ssn-placeholder', pick(['000-00-0000', '000000000', '000 00 0000']))} (no tiene; el empleador puso ceros).`, 'SSN de relleno');
T('intake', 'es', 2, () => `Últimos 4 del seguro social: ${NEG.last4('ssn-last-four')}. No se pidió el número completo.`, 'solo los últimos cuatro dígitos');
T('intake', 'es', 2, () => `Núm. de seguro social ${NEG.ssnInvalid('group-00')} en el W-2 (grupo 00, no existe). Caso ${NEG.caseNo()}.`, 'SSN inválido (grupo 00)');
T('intake', 'es', 2, () => {
  const p = person();
  return `Hogar: ${p.full} (jefe de hogar), SS ${SSN()}; esposa con ITIN ${ITIN()}; hijos nacidos el ${DOB('es', 'es', 'child')} y el ${DOB('es', 'es', 'child')}.`;
});
T('intake', 'es', 2, (i) => `A# ${ANUM(cycle(i, ['bare9', 'bare8']))}, caso de asilo pendiente desde ${notBirth('es', 'esLong', 'past')}. Tel. ${PHONE(cycle(i, ['dash', 'paren']))}.`);
T('intake', 'es', 2, () => `Número de registro de extranjero ${ANUM('A ')} según la tarjeta de residencia; tarjeta vence el ${notBirth('es', 'es')}.`);
T('intake', 'es', 2, () => `Le pregunté por su "social" y dijo ${SSN('dash')}. Lo verificamos con la tarjeta.`);
T('benefits', 'es', 3, (i) => {
  const p = person();
  return `Solicitud de cupones (SNAP)\nNombre: ${p.full}\nNúmero de Seguro Social: ${SSN(cycle(i, ['dash', 'bare', 'space']))}\nFecha de nacimiento: ${DOB('es', cycle(i, ['es', 'esShort', 'esLong']))}\n` +
    `Teléfono: ${PHONE()}\nFecha de la entrevista: ${notBirth('es', 'es', 'future')}`;
});
T('benefits', 'es', 2, () => `Medicaid de emergencia para ${person().full}, F. nac. ${DOB('es', 'es')}. CIN ${NEG.medicaid()}. Renovación antes del ${notBirth('es', 'esLong')}.`);
T('benefits', 'es', 2, () => `Asistencia de alquiler: inquilina ${person().full}, correo ${EMAIL()}, cel. ${PHONE('dot')}. Código postal ${NEG.zip4()}.`);
T('benefits', 'es', 2, () => `Ingresos: trabajo de limpieza, pago en efectivo ${NEG.price()} por semana. No tiene ITIN ni seguro social. Número de caso ${NEG.caseNo()}.`, 'sin identificador');
T('benefits', 'es', 2, () => `Número de identificación personal del contribuyente (ITIN): ${ITIN('dash')}. Crédito estatal por ingreso del trabajo: elegible.`);
T('311', 'es', 3, (i) => `Llamada al 311 en español - queja por falta de calefacción en ${street()}, ${NEG.room()}. Número de la queja ${NEG.sr311()}. ` +
  `Volver a llamar al ${PHONE(cycle(i, ['paren', 'dash', 'space']))}.`);
T('311', 'es', 2, () => `Ruido de construcción fuera de horario, ${place().city} ${NEG.zip4()}. Llamante anónimo. SR ${NEG.sr311()}.`, 'código ZIP+4 y número del 311');
T('311', 'es', 2, () => `La señora dejó su correo ${EMAIL()} para recibir respuesta sobre la recogida de basura del ${notBirth('es', 'es')}.`);
T('email', 'es', 3, (i) => {
  const p = person();
  return `De: ${EMAIL(p)}\nAsunto: ayuda con mi caso\n\nBuenos días, mi número de recibo es ${RCPT(undefined, cycle(i, ['plain', 'plain', 'dash']))} y mi número A es ${ANUM(cycle(i, ['A', 'A-', 'A']))}. ` +
    `Me llegó una carta de USCIS y no la entiendo. Mi teléfono es ${PHONE()}. Gracias, ${p.first}`;
});
T('email', 'es', 2, () => {
  const p = person();
  return `Estimados: escribo por mi papá, ${p.full}, fecha de nacimiento ${DOB('es', 'esLong')}. Necesita renovar su green card; su número de extranjero es ${ANUM('bare9')}. ` +
    `Pueden llamarme al ${PHONE('paren')} o escribirme a ${EMAIL()}.`;
});
T('email', 'es', 2, () => `Su pedido ${NEG.orderNo()} fue enviado por UPS, número de rastreo ${NEG.ups()}. Entrega estimada: ${notBirth('es', 'esLong')}.`, 'pedido y rastreo');
T('email', 'es', 2, () => `Confirmación de cita ${NEG.confirmation()}: ${notBirth('es', 'esLong')} a las ${decoy('time', '10:30')}, ventanilla ${int(1, 20)}. Traiga su pasaporte.`,
  'cita, sin identificador');
T('email', 'es', 2, () => `Gracias por su pago con tarjeta ${CARD(undefined, 'space')}. Factura ${NEG.invoice()}, total ${NEG.price()}.`);
T('court', 'es', 2, (i) => `Corte de inmigración - Número A: ${ANUM(cycle(i, ['dashes9', 'bare9']))}. Audiencia individual el ${notBirth('es', 'esLong')}. Juez ${pick(['Ruiz', 'Kaplan', 'Osei'])}. ` +
  `Intérprete de ${pick(['mam', 'k\u2019iche\u2019', 'español', 'q\u2019anjob\u2019al'])} solicitado.`);
T('court', 'es', 2, () => `Corte de vivienda, índice ${NEG.caseNo()}. Fecha de comparecencia ${notBirth('es', 'es')}. Inquilino nacido el ${DOB('es', 'es')}.`);
T('court', 'es', 2, () => `Petición I-360 (SIJS) recibida, recibo ${RCPT('IOE')}. Menor nacido el ${DOB('es', 'esLong', 'child')}; orden del tribunal de familia del ${notBirth('es', 'esLong')}.`);
T('idnyc', 'es', 3, (i) => `Inscripción IDNYC: pasaporte ${cycle(i, [pick(['mexicano', 'hondureño', 'salvadoreño']), pick(['ecuatoriano', 'dominicano', 'colombiano']), 'estadounidense'])} no. ${PASS(cycle(i, ['mx', 'two', 'us9']))}, ` +
  `fecha de nac. ${DOB('es', 'es')}, comprobante de domicilio: factura de luz.`);
T('idnyc', 'es', 2, () => `Tarjeta de permiso de trabajo: USCIS# ${ANUM('bare9')}, Tarjeta# ${RCPT(pick(['SRC', 'LIN', 'IOE']))}, categoría C08.`);
T('clinic', 'es', 3, (i) => `Referido a la clínica. Paciente ${person().full}, fecha de nacimiento ${DOB('es', cycle(i, ['es', 'esShort', 'esLong']))}, sin seguro médico. ` +
  `Contactar al ${PHONE()}. Cita de seguimiento el ${notBirth('es', 'es', 'future')}.`, 'cita de seguimiento no es fecha de nacimiento');
T('clinic', 'es', 2, () => {
  const [fum, fpp] = pregnancyDates('esShort');
  return `Control prenatal: FUM ${fum}, FPP ${fpp}. Madre nacida el ${DOB('es', 'es', 'parent')}.`;
}, 'FUM y FPP no son fechas de nacimiento');
T('clinic', 'es', 2, () => `Receta enviada por fax al ${PHONE('dash')}. Expediente ${digits(7)}, habitación ${int(100, 420)}.`);
T('pay', 'es', 2, (i) => `Pagó la multa con tarjeta ${CARD(undefined, cycle(i, ['dash', 'bare']))}; recibo ${NEG.confirmation()}. Monto ${NEG.price()}.`);
T('pay', 'es', 2, () => `Tarjeta de regalo ${luhnFail('space', 'luhn-fail')} entregada como incentivo por la encuesta.`, '16 dígitos que no pasan Luhn');
T('pay', 'es', 1, () => `Tarjeta terminada en ${NEG.last4('card-last-four')}, cargo de ${NEG.price()} el ${notBirth('es', 'es')}.`);
T('it', 'es', 2, (i) => `Acceso al portal desde la IP ${IP(cycle(i, ['doc', 'v6doc']))}, usuario ${EMAIL()}. Versión de la app ${NEG.version()}.`);
T('mail', 'es', 2, () => `Carnet de biblioteca ${NEG.library()} renovado; devolver libros antes del ${notBirth('es', 'es')}.`, 'código de barras de biblioteca');
T('mail', 'es', 2, () => `Enviamos los documentos por correo certificado, número de seguimiento ${NEG.usps()}. USCIS los recibió el ${notBirth('es', 'esLong')}.`);
T('housing', 'es', 2, () => `Solicitud de vivienda: ${person().full}, solicitud # ${NEG.confirmation()}, ingresos ${NEG.income()}. SS/ITIN: ${ITIN()}. Tel. ${PHONE()}.`);
T('work', 'es', 2, () => `Reclamo de salario: trabajador sin seguro social, patrón con EIN ${NEG.ein()}. Número de reclamo ${NEG.caseNo()}. Cel. del trabajador ${PHONE('mx')}.`,
  'número mexicano');
T('work', 'es', 2, () => `Familia en Guatemala: ${PHONE('gt')}. Familia en República Dominicana: ${PHONE('do')}. Correo: ${EMAIL()}.`);

// ===== Mixed English and Spanish ==============================================================

T('mixed', 'en', 3, (i) => `Client said "mi número de seguro social es ${SSN(cycle(i, ['dash', 'space', 'bare']))}" - confirmed at intake. Callback ${PHONE()}.`,
  'mixed en/es');
T('mixed', 'en', 2, () => `Mom's fecha de nacimiento: ${DOB('es', 'es')}; her A# ${ANUM('bare9')}. Hearing ${notBirth('en', 'us')}.`, 'mixed en/es, day-first birth date');
T('mixed', 'es', 3, (i) => `Cliente trae su work permit, receipt ${RCPT(undefined, 'plain')}, y su ITIN ${ITIN(cycle(i, ['dash', 'bare', 'dash']))}. Le dimos cita para el ${notBirth('es', 'es')}.`,
  'mixed es/en');
T('mixed', 'es', 2, () => `Llamó ${person().first}: "my green card number es ${ANUM('A')}, y mi birthday es ${DOB('en', 'us')}". Tel ${PHONE('dash')}.`, 'mixed es/en');
T('mixed', 'en', 2, () => `Texto del cliente: "hola, mi email es ${EMAIL()} y mi cel ${PHONE('bare')}". Replied in Spanish.`, 'mixed en/es');

// ===== English: structured records, exports and forms ========================================

T('record', 'en', 3, (i) => {
  const p = person();
  return `last,first,ssn,dob,phone,zip\n${ascii(p.last.split(' ')[0])},${ascii(p.first.split(' ')[0])},${SSN(cycle(i, ['dash', 'bare', 'dash']))},${DOB('en', 'us')},${PHONE('dash')},${NEG.zip4(undefined, 'dash')}`;
}, 'CSV header and row pasted into a note; the header gives the context');
T('record', 'en', 2, () => `{"first":"${ascii(person().first)}","ssn":"${SSN('bare')}","dob":"${DOB('en', 'iso')}","status":"pending","updated":"${notBirth('en', 'iso')}"}`,
  'JSON pasted into a note');
T('record', 'en', 2, () => `GET /intake/submit?applicant_ssn=${SSN('bare')}&a_number=${ANUM('A')}&lang=es HTTP/1.1 from ${IP('doc')}`, 'query string in a web log');
T('record', 'en', 2, () => `POST /api/v2/cases ${decoy('http-status', '201')} ${int(40, 900)}ms ip=${IP(pick(['public', 'doc']))} ua="okhttp/${NEG.version()}" case=${NEG.caseNo()}`, 'log line');
T('record', 'en', 2, () => `Name: ${person().full}\nSocial Security No.: ${SSN('dash')}\nAlien Registration No.: ${ANUM('dashes9')}\nCountry of birth: ${pick(['Mexico', 'Haiti', 'Bangladesh', 'Ghana', 'Ecuador'])}\nDate of birth: ${DOB('en', 'us')}`,
  'form fields, one per line');
T('record', 'en', 2, () => `SSN\n${SSN('dash')}\nA-Number\n${ANUM('A')}\nPhone\n${PHONE('paren')}`, 'label and value on separate lines');
T('record', 'en', 2, () => `applicant.ssn: ${SSN('bare')}; applicant.itin: null; spouse.itin: ${ITIN('bare')}; household.size: ${int(2, 8)}`, 'key-value dump');
T('record', 'en', 2, () => `| name | ITIN | DOB | phone |\n|---|---|---|---|\n| ${person().full} | ${ITIN('dash')} | ${DOB('en', 'us')} | ${PHONE('dash')} |`, 'Markdown table');
T('record', 'en', 2, () => `Soc. Sec. No. ${SSN('dash')} / Tax ID ${NEG.ein()} (business). Sole proprietor, files Schedule C.`, 'SSN and EIN side by side');
T('record', 'en', 2, () => `TIN: ${ITIN('dash')} (Individual Taxpayer Identification Number). Account opened at ${pick(['Amalgamated', 'Carver', 'the credit union'])} ${notBirth('en', 'us')}.`);
T('record', 'en', 2, () => `TIN ${SSN('dash')} used on the 1099-NEC. Payer TIN ${NEG.ein()}.`, 'TIN of a person with SSN structure; payer EIN');

// ===== English: more SSN, ITIN and A-number contexts =========================================

T('ids', 'en', 3, (i) => `SSN#${SSN(cycle(i, ['bare', 'dash', 'bare']))} verified via SOLQ on ${notBirth('en', 'usShort')}.`, 'no space after the label');
T('ids', 'en', 2, () => `ss ${SSN('dash')} dob ${DOB('en', 'usShort')} ph ${PHONE('bare')}`, 'terse lower-case note');
T('ids', 'en', 2, () => `Copy of SS card in file (${SSN('dash')}). Copy of birth certificate in file.`, 'SSN in parentheses, no label');
T('ids', 'en', 2, () => `Applicant's social is ${SSN('space')}, wife's is ${SSN('space')}.`);
T('ids', 'en', 2, () => `Attached: pay stub (${SSN('dash')} printed at top), bank statement, lease.`, 'unlabelled SSN');
T('ids', 'en', 2, () => `Ref ${NEG.ssnInvalid(pick(['area-000', 'serial-0000']))} on the scanned form is the test record from training. Ignore.`, 'invalid SSN in a test record');
T('ids', 'en', 2, () => `Order #${decoy('order-number', `${int(100, 899)}-${pad(int(10, 99), 2)}-${pad(int(1000, 9999), 4)}`)} for 200 "Know Your Rights" cards shipped.`,
  'order number with the SSN layout: context says order');
T('ids', 'en', 2, () => `Case # ${NEG.bare9('case-number')} reopened; no identifiers in this note.`, 'bare 9 digits after "Case #"');
T('ids', 'en', 2, () => `Account number ${NEG.bare9('account-number')} at ConEd; confirmation ${NEG.confirmation()}.`, 'account and confirmation numbers');
T('ids', 'en', 2, () => `Phone tree: press ${int(1, 9)} for English. Option ${int(1, 9)}: appointment. Ext. ${int(100, 999)}. No personal data.`, 'no identifier');
T('ids', 'en', 3, (i) => `Client's ITIN: ${ITIN(cycle(i, ['dash', 'bare', 'space']))}. W-7 was filed through a CAA in ${NEG.year()}.`);
T('ids', 'en', 2, () => `The refund check was issued to ${person().full}, ITIN ${ITIN('dash')}, mailed ${notBirth('en', 'us')}.`);
T('ids', 'en', 2, () => `Unlabelled on the envelope: ${ITIN('dash')} - matches the IRS letter (ITIN).`, 'unlabelled ITIN layout');
T('ids', 'en', 2, () => `Opened a checking account using ITIN ${ITIN('bare')} and consular ID ${NEG.matricula()}.`);
T('ids', 'en', 2, () => `Invalid tax ID ${NEG.itinInvalid()} rejected by the e-file system; client to call IRS ITIN line ${PHONE('one')}.`, '9xx number outside the ITIN groups');
T('ids', 'en', 3, (i) => `FOIA request for A-file of ${person().full}, ${ANUM(cycle(i, ['A', 'A ', 'A-']))}, DOB ${DOB('en', 'us')}. Tracking number ${decoy('foia-tracking', `NRC${int(2019, 2025)}${pad(int(1, 999999), 6)}`)}.`,
  'FOIA control number is not a receipt');
T('ids', 'en', 2, () => `Alien Reg. No. ${ANUM('dashes9')} on the I-862 Notice to Appear dated ${notBirth('en', 'long')}.`);
T('ids', 'en', 2, () => `alien #: ${ANUM('bare9')} (from the NTA); court: ${pick(['26 Federal Plaza', 'Varick St', 'Newark'])}.`);
T('ids', 'en', 2, () => `Children: ${person().first} ${ANUM('A')}, ${person().first} ${ANUM('A')}, both derivatives on mom's I-589.`, 'two A-numbers in a list');
T('ids', 'en', 2, () => `Old A-number from 1990s: ${ANUM('bare8')} (8 digits; pad with 0 when filing: A0...).`, '8-digit A-number');
T('ids', 'en', 2, () => `A# ${ANUM(pick(['bare9', 'bare8']))} / receipt ${RCPT()} / DOB ${DOB('en', 'us')}`, 'terse list of identifiers');
T('ids', 'en', 2, () => `Family placed in unit ${NEG.aLike()} at the shelter; intake interview in ${NEG.room()}.`, 'A followed by a few digits: unit and plan labels');
T('ids', 'en', 2, () => `Ordered replacement part ${decoy('part-number', `A${int(1, 9)}${digits(6)}`)} for the kiosk printer.`, 'part number with the A + 7 digits shape');
T('ids', 'en', 2, () => `Filed ${pick(['I-130', 'I-485', 'I-765', 'I-131'])} on ${notBirth('en', 'us')}; receipt notice: ${RCPT(undefined, pick(['plain', 'dash']))}. Online account number ${NEG.onlineAccount()}.`,
  'USCIS online account number is none of the ten types');
T('ids', 'en', 2, () => `Student visa: SEVIS ID ${NEG.sevis()}, I-20 issued ${notBirth('en', 'us')}.`, 'SEVIS number');
T('ids', 'en', 2, () => `Vendor invoice ${NEG.receiptLike()} and PO ${NEG.receiptLike()} for interpretation services.`, 'three letters and ten digits, not a USCIS prefix');
T('ids', 'en', 3, (i) => `Receipt numbers for the family: ${RCPT(cycle(i, ['EAC', 'LIN', 'SRC']))}, ${RCPT(cycle(i, ['WAC', 'NBC', 'YSC']))}, ${RCPT(cycle(i, ['MSC', 'IOE', 'EAC']))}.`);
T('ids', 'en', 2, () => `Case status online for ${RCPT(undefined, 'space')}: "Case Was Received" on ${notBirth('en', 'long')}.`, 'receipt with spaces');
T('ids', 'en', 2, () => `Passport #: ${PASS('us9')}, issued by the U.S. Department of State; passport card ${PASS('uscard')}.`);
T('ids', 'en', 2, () => `Passport number ${PASS(pick(['mx', 'two']))} (${pick(['Mexico', 'El Salvador', 'Nepal', 'Senegal', 'Bangladesh'])}), expires ${notBirth('en', 'us')}; visa foil ${decoy('visa-foil', `${pick(['Z', 'R'])}${digits(7)}`)}.`,
  'visa foil number');
T('ids', 'en', 2, () => `Passport renewal form DS-82 mailed; fee ${NEG.price()}. Old passport number not recorded.`, 'no number');

// ===== English: payments, IP addresses ======================================================

T('pay', 'en', 3, (i) => `CC on file: ${CARD(cycle(i, ['visa', 'mc', 'amex']), cycle(i, ['dash', 'space', 'space']))} exp ${pad(int(1, 12), 2)}/${int(26, 31)} CVV ${digits(3)}.`);
T('pay', 'en', 2, () => `Donation via card ${CARD(undefined, 'bare')} - please redact before sharing the spreadsheet.`);
T('pay', 'en', 2, () => `Duplicate charge on card ${CARD('visa', 'dash')}; refund ticket ${NEG.ticket()}.`);
T('pay', 'en', 2, () => `Ticket ID ${luhnFail('dash', 'luhn-fail')} (payment processor reference, not a card).`, '16 digits with dashes, fails Luhn');
T('pay', 'en', 2, () => `Loyalty member # ${luhnFail('bare', 'luhn-fail')} at the pharmacy.`, '16 digits, fails Luhn');
T('it', 'en', 3, (i) => `Suspicious logins to case portal: ${IP(cycle(i, ['public', 'doc', 'public']))}, ${IP(cycle(i, ['doc', 'v6doc', 'private']))}. Account ${EMAIL()} reset.`);
T('it', 'en', 2, () => `Firewall: allow ${IP('doc')}:${int(1024, 9000)} to ${IP('private')} (scanner).`, 'port after the address is not part of the span');
T('it', 'en', 2, () => `Kiosk firmware ${NEG.section()} is outdated; upgrade to ${NEG.version()}.`, 'firmware numbers with the IPv4 shape');
T('it', 'en', 2, () => `Meeting at ${decoy('time', '14:30')}; room ${int(200, 900)}; projector MAC ${NEG.mac()}.`, 'MAC address is not IPv6');

// ===== Spanish: more SSN, ITIN, A-number, receipt, passport, card and IP contexts ===========

T('ids', 'es', 3, (i) => `No. de Seguro Social: ${SSN(cycle(i, ['dash', 'bare', 'space']))}. Estado civil: ${pick(['casada', 'soltero', 'unión libre'])}. Dependientes: ${int(0, 5)}.`);
T('ids', 'es', 2, () => `El seguro social del esposo es ${SSN('dash')}; ella no tiene.`);
T('ids', 'es', 2, () => `Copia de la tarjeta del seguro (${SSN('dash')}) en el expediente.`, 'SSN sin etiqueta junto al número');
T('ids', 'es', 3, (i) => `Número ITIN: ${ITIN(cycle(i, ['dash', 'bare', 'space']))}. Se renovó con el formulario W-7 el ${notBirth('es', 'es')}.`);
T('ids', 'es', 2, () => `Su "tax ID" es ${ITIN('dash')} (es ITIN, no seguro social).`);
T('ids', 'es', 2, () => `Tiene ITIN ${ITIN('bare')} y abrió cuenta de banco con la matrícula ${NEG.matricula()}.`);
T('ids', 'es', 3, (i) => `No. de extranjero ${ANUM(cycle(i, ['bare9', 'A', 'dashes9']))} según el aviso de comparecencia (NTA).`);
T('ids', 'es', 2, () => `Número de registro de extranjero: ${ANUM('A-')}. Residente desde el ${notBirth('es', 'es', 'past')}.`, 'residente desde: no es nacimiento');
T('ids', 'es', 2, () => `Hijos: ${person().first} (${ANUM('A')}) y ${person().first} (${ANUM('A')}), derivados en el asilo de la mamá.`);
T('ids', 'es', 2, () => `Número A de 8 dígitos: ${ANUM('bare8')}. Al llenar el formulario se añade un cero.`);
T('ids', 'es', 2, () => `Recibos: ${RCPT()} (I-485) y ${RCPT()} (I-765). Cita biométrica el ${notBirth('es', 'esLong')}.`);
T('ids', 'es', 2, () => `Consulté el estado del caso ${RCPT(undefined, 'dash')} en línea: "caso recibido".`);
T('ids', 'es', 2, () => `Pasaporte No. ${PASS('mx')} vigente hasta el ${notBirth('es', 'es')}. Visa ${decoy('visa-foil', `${pick(['Z', 'R'])}${digits(7)}`)}.`);
T('ids', 'es', 2, () => `Número de pasaporte estadounidense del hijo: ${PASS('us9')}.`);
T('ids', 'es', 2, () => `Factura ${NEG.receiptLike()} del servicio de traducción; no es número de recibo de USCIS.`, 'tres letras y diez dígitos que no son de USCIS');
T('ids', 'es', 2, () => `Departamento ${NEG.aLike()}, edificio ${pick(['B', 'C', 'D'])}. Tel. de la administración ${PHONE('paren')}.`);
T('ids', 'es', 2, () => `Número de caso ${NEG.bare9('case-number')}; número de cuenta ${NEG.bare9('account-number')}. Sin datos personales.`, 'números de 9 dígitos con contexto de caso y cuenta');
T('ids', 'es', 2, () => `Seguro social ${NEG.ssnInvalid('area-000')} en la solicitud: el empleador lo inventó. No usar.`, 'SSN inválido (000)');
T('ids', 'es', 2, () => `Número ${NEG.itinInvalid()} en la carta: no corresponde a un ITIN válido.`, 'grupo fuera de los rangos de ITIN');
T('pay', 'es', 3, (i) => `Tarjeta de crédito ${CARD(cycle(i, ['visa', 'mc', 'amex']), cycle(i, ['space', 'dash', 'space']))}, vence ${pad(int(1, 12), 2)}/${int(26, 31)}.`);
T('pay', 'es', 2, () => `Número de operación ${luhnFail('bare', 'luhn-fail')} del pago en línea.`, '16 dígitos que no pasan Luhn');
T('it', 'es', 2, () => `Se bloqueó la dirección IP ${IP(pick(['public', 'doc']))} tras ${int(5, 20)} intentos fallidos. Versión del servidor ${NEG.version()}.`);
T('it', 'es', 1, () => `Conexión desde ${IP('v6full')} al portal de citas.`);
T('record', 'es', 2, () => `Nombre: ${person().full}\nSeguro social: ${SSN('dash')}\nNúmero A: ${ANUM('A')}\nFecha de nacimiento: ${DOB('es', 'es')}\nCorreo: ${EMAIL()}`);
T('record', 'es', 2, () => `nombre;itin;fecha_nacimiento;telefono\n${person().full};${ITIN('dash')};${DOB('es', 'es')};${PHONE('dash')}`, 'CSV con punto y coma, con encabezado');

// ===== English: tax clinic, consular and more payment and network records ====================

T('tax', 'en', 3, (i) => {
  const p = person();
  return `VITA intake: ${p.full}, ITIN ${ITIN(cycle(i, ['dash', 'bare', 'dash']))}; dependents ${person().first} (SSN ${SSN()}) and ${person().first} (ITIN ${ITIN()}). Prior-year AGI ${decoy('price', `$${int(12, 68)},${digits(3)}`)}.`;
}, 'mixed-status household at a tax clinic');
T('tax', 'en', 2, () => `IRS letter CP01A mailed ${notBirth('en', 'us')} with IP PIN ${decoy('ip-pin', digits(6))}. Taxpayer ID ${ITIN('dash')}.`, 'IRS IP PIN is not an IP address');
T('tax', 'en', 2, () => `ITIN ${ITIN('dash')} expired: not used on a federal return for three years. Renew before filing.`);
T('tax', 'en', 2, () => `Spouse has no SSN or ITIN; filed W-7 with the return on ${notBirth('en', 'us')}. Preparer PTIN ${decoy('ptin', `P${digits(8)}`)}.`, 'PTIN of the preparer');
T('tax', 'en', 2, () => `1099-K from the app lists TIN ${ITIN('dash')} and account ${EMAIL()}.`);
T('tax', 'en', 2, () => `Form 8962: SSN ${SSN('dash')}; spouse ITIN ${ITIN('dash')}; marketplace policy ${decoy('policy-number', `${pick(['NY', 'NJ'])}${digits(10)}`)}.`, 'policy number');
T('tax', 'en', 2, () => `EFIN ${decoy('efin', digits(6))}, EIN ${NEG.ein()}: clinic identifiers, not client data.`, 'clinic EFIN and EIN');
T('consular', 'en', 3, (i) => `Consulate appointment for passport renewal, ${notBirth('en', 'long')}. Current passport ${PASS(cycle(i, ['mx', 'two', 'mx']))}, birth date on passport ${DOB('en', 'dayFirst')}.`);
T('consular', 'en', 2, () => `Passport No: ${PASS('usnext')} | Surname: ${person().last.toUpperCase()} | Date of Birth: ${DOB('en', 'dayFirst')} | Date of Issue: ${notBirth('en', 'dayFirst', 'past')}`,
  'passport data page layout');
T('consular', 'en', 2, () => `Lost passport reported; police report no. ${NEG.caseNo()}. Old passport ${PASS('us9')}.`);
T('pay', 'en', 3, (i) => `Payment declined for card ${CARD(undefined, cycle(i, ['space', 'bare', 'dash']))}; applicant will pay by money order ${decoy('money-order', digits(11))}.`,
  'money order serial');
T('pay', 'en', 2, () => `Stripe test? No - real card ${CARD('mc', 'space')} pasted into the chat by the resident. Deleted from chat log.`);
T('pay', 'en', 2, () => `Receipt: VISA ${decoy('card-masked', `************${digits(4)}`)} AUTH ${digits(6)} TOTAL ${NEG.price()}.`, 'masked card number');
T('pay', 'en', 2, () => `Corporate card ${CARD('amex', 'dash')} used for the translator's hotel, folio ${NEG.invoice()}.`);
T('pay', 'en', 2, () => `Bill pay confirmation ${luhnFail('space', 'luhn-fail')} - keep for records.`, 'confirmation number in card groups, fails Luhn');
T('it', 'en', 3, (i) => `[${notBirth('en', 'iso')} ${decoy('time', '03:22')}] WARN auth: ${int(3, 12)} failed attempts for ${EMAIL()} from ${IP(cycle(i, ['public', 'v6doc', 'doc']))}`);
T('it', 'en', 2, () => `Office printer moved from ${IP('private')} to ${IP('private')}. Switch firmware ${NEG.version()}.`);
T('it', 'en', 1, () => `Loopback ${mark('IP_ADDRESS', '127.0.0.1')} and ${mark('IP_ADDRESS', '::1')} only; no client data in this ticket.`);
T('ids', 'en', 3, (i) => `Social Security number: ${SSN(cycle(i, ['dash', 'space', 'bare']))}. Medicare number: ${NEG.mbi()}.`);
T('ids', 'en', 2, () => `SSA-1099 shows claimant SSN ${SSN('dash')}; claim number suffix ${pick(['A', 'B', 'D', 'HA'])}.`);
T('ids', 'en', 2, () => `Employer verified SSN ${SSN('dash')} in E-Verify, case ${decoy('everify-case', `${int(2019, 2025)}${digits(3)}${digits(9)}XX`)}.`, 'E-Verify case number');
T('ids', 'en', 2, () => `USCIS A-Number: ${ANUM('A')}; USCIS Online Account Number: ${NEG.onlineAccount()}.`, 'A-number next to the online account number');
T('ids', 'en', 2, () => `A# ${ANUM('A-')} on detention list; transferred ${notBirth('en', 'us')}.`);
T('ids', 'en', 2, () => `A-number (from I-797): ${ANUM('bare9')}.`);

// ---------------------------------------------------------------------------------------------
// Markers to offsets, self-checks, output.

const MARKER = /\{\{(~?)([A-Za-z0-9_-]+):([^{}]*)\}\}/g;

/** Removes the markers; spans and decoys get the offsets of their values in the plain text. */
function unmark(marked) {
  let text = '';
  let last = 0;
  const spans = [];
  const decoys = [];
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(last, m.index);
    const [, negative, kind, value] = m;
    const start = text.length;
    text += value;
    (negative ? decoys : spans).push(negative ? { kind, start, end: text.length } : { type: kind, start, end: text.length });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (/\{\{|\}\}/.test(text)) throw new Error(`unparsed marker in: ${text}`);
  return { text, spans, decoys };
}

const SSA_VALID = (d) => !/^(000|666|9)/.test(d) && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
const ITIN_VALID = (d) => d[0] === '9' && ITIN_GROUPS.includes(Number(d.slice(3, 5)));
/** What each positive value must satisfy, and each kind of hard negative must not. */
const CHECKS = {
  SSN: (v) => /^\d{3}([- .]?)\d{2}\1\d{4}$/.test(v) && SSA_VALID(v.replace(/\D/g, '')),
  ITIN: (v) => /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(v) && ITIN_VALID(v.replace(/\D/g, '')),
  A_NUMBER: (v) => /^(A([- ]?)\d{3}\2\d{3}\2\d{3}|A\d{7,9}|\d{7,9}|\d{3}-\d{3}-\d{3})$/.test(v),
  USCIS_RECEIPT: (v) => new RegExp(`^(${SERVICE_CENTERS.join('|')})([- ]?)\\d{2}\\2\\d{3}\\2\\d{5}$`).test(v),
  PASSPORT: (v) => /^([A-Z]{1,2})?\d{7,9}$/.test(v),
  PHONE: (v) => /^[+(\d][\d ().+-]{6,}\d$/.test(v),
  EMAIL: (v) => /^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/.test(v),
  DATE_OF_BIRTH: (v) => /\d/.test(v),
  CREDIT_CARD: (v) => /^[\d -]{15,19}$/.test(v) && luhnValid(v),
  IP_ADDRESS: (v) => /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)$/.test(v) && (!v.includes('.') || v.split('.').every((x) => Number(x) <= 255)),
};
const NEGATIVE_CHECKS = {
  'luhn-fail': (v) => !luhnValid(v),
  'ssn-invalid-area-9xx': (v) => !SSA_VALID(v.replace(/\D/g, '')) && !ITIN_VALID(v.replace(/\D/g, '')),
  'itin-invalid-group': (v) => !ITIN_VALID(v.replace(/\D/g, '')),
};

function build() {
  const ids = new Set();
  return SNIPPETS.map(({ id, lang, marked, note }) => {
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    const { text, spans, decoys } = unmark(marked);
    const all = [...spans, ...decoys].sort((a, b) => a.start - b.start);
    for (let k = 1; k < all.length; k++) if (all[k].start < all[k - 1].end) throw new Error(`${id}: overlapping marks`);
    for (const s of spans) {
      const value = text.slice(s.start, s.end);
      if (!CHECKS[s.type](value)) throw new Error(`${id}: ${s.type} value breaks its own format rules`);
      if (value !== value.trim()) throw new Error(`${id}: span with surrounding space`);
    }
    for (const d of decoys) {
      if (d.kind.startsWith('ssn-invalid') && SSA_VALID(text.slice(d.start, d.end).replace(/\D/g, ''))) throw new Error(`${id}: ${d.kind} is a valid SSN`);
      if (NEGATIVE_CHECKS[d.kind] && !NEGATIVE_CHECKS[d.kind](text.slice(d.start, d.end))) throw new Error(`${id}: ${d.kind} check`);
    }
    const record = { id, lang, text, spans };
    if (decoys.length) record.decoys = decoys;
    if (note) record.note = note;
    return record;
  });
}

function statistics(records) {
  const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const byLang = count(records.map((r) => r.lang));
  const byType = count(records.flatMap((r) => r.spans.map((s) => s.type)));
  const byDecoy = count(records.flatMap((r) => (r.decoys ?? []).map((d) => d.kind)));
  const mixed = records.filter((r) => /mixed/.test(r.note ?? '')).length;
  const noSpans = records.filter((r) => r.spans.length === 0).length;
  const lines = [
    `snippets: ${records.length} (${[...byLang].map(([k, v]) => `${k} ${v}`).join(', ')}; ${mixed} mixed; ${noSpans} with no span)`,
    `spans: ${[...byType.values()].reduce((a, b) => a + b, 0)}`,
    ...TYPES.map((t) => `  ${t.padEnd(14)} ${String(byType.get(t) ?? 0).padStart(4)}`),
    `hard negatives: ${[...byDecoy.values()].reduce((a, b) => a + b, 0)} in ${records.filter((r) => r.decoys).length} snippets`,
    ...[...byDecoy].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `  ${k.padEnd(28)} ${String(v).padStart(4)}`),
  ];
  return lines.join('\n');
}

const records = build();
const output = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const summary = statistics(records);
if (args.check) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {}
  if (current !== output) {
    console.error(`${OUT} is not current: run node scripts/make-redaction-corpus.mjs`);
    process.exit(1);
  }
  console.log(`${OUT}: ${records.length} snippets, unchanged`);
} else if (args.stats) {
  console.log(summary);
} else {
  writeFileSync(OUT, output);
  console.log(`wrote ${OUT}\n${summary}`);
}
