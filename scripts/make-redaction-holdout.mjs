#!/usr/bin/env node
/**
 * Writes test/redact/corpus/holdout.jsonl: a HELD-OUT set of labelled snippets for the redaction
 * detectors, written independently of the main corpus (scripts/make-redaction-corpus.mjs) and
 * without looking at the detectors, so that detector quality can be reported on text their authors
 * never saw. Same JSONL format and labelling rules as the main corpus (test/redact/corpus/README.md);
 * how it was made and its statistics: test/redact/corpus/HOLDOUT.md.
 *
 *     node scripts/make-redaction-holdout.mjs           # write the file, print its statistics
 *     node scripts/make-redaction-holdout.mjs --check   # exit 1 if the committed file is not current
 *     node scripts/make-redaction-holdout.mjs --stats   # statistics only, write nothing
 *     node scripts/make-redaction-holdout.mjs --seed other --out /tmp/holdout-b.jsonl   # other values
 *
 * The styles differ on purpose from the main corpus: forwarded e-mail threads with signatures and
 * quoted replies, OCR text of scanned forms, SMS and chat exports, call-centre transcripts,
 * spreadsheets pasted as text, legal-aid intake notes, school enrolment notes, shelter logs, JSON
 * fragments, URLs with query strings, court dockets, clinic referrals, server logs, billing records,
 * mail-room logs and Spanglish. Identifiers are wrapped as `{{TYPE:value}}` and hard negatives as
 * `{{~kind:value}}`; the markers are removed and the offsets (JavaScript string indices, end
 * exclusive) recorded by the script, never counted by hand.
 *
 * Values come from a seeded PRNG (xmur3 + sfc32, not the main corpus's generator), drawn in template
 * order, so the output is byte-for-byte identical on every run. Every positive value is checked
 * against its format rules (SSA structure for SSNs, IRS ranges for ITINs, Luhn for cards, node:net
 * for IP addresses, reserved domains for e-mail) and every hard negative against the rule it breaks,
 * before anything is written. All people, numbers and addresses are invented: phone numbers are in
 * 555-01xx (or clearly fictitious foreign numbers), e-mail domains are example.* or *.example, IP
 * addresses are documentation, private or loopback addresses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
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
const OUT = args.out ? resolve(args.out) : join(ROOT, 'test/redact/corpus/holdout.jsonl');
if (args.check && (args.seed !== undefined || args.out !== undefined)) throw new Error('--check compares the committed file only');

const TYPES = ['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS'];

// =============================================================================================
// PRNG: xmur3 string hash seeding sfc32. Every draw happens in template order.

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const seedHash = xmur3(args.seed ?? 'civicveil-holdout-v1');
const rand = sfc32(seedHash(), seedHash(), seedHash(), seedHash());
for (let k = 0; k < 16; k++) rand(); // warm-up

const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const chance = (p) => rand() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const nd = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const nzd = (n) => `${int(1, 9)}${nd(n - 1)}`; // n digits, no leading zero
const cyc = (i, xs) => xs[i % xs.length];
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

// =============================================================================================
// Markers.

const M = (type, value) => {
  if (!TYPES.includes(type)) throw new Error(`unknown type ${type}`);
  return `{{${type}:${value}}}`;
};
/** A hard negative: recorded in `decoys`, never in `spans`. */
const X = (kind, value) => `{{~${kind}:${value}}}`;

// =============================================================================================
// People, staff, places (all invented).

const GIVEN_ES = {
  f: ['Nayeli', 'Rocío', 'Yanira', 'Dulce', 'Marleny', 'Zulema', 'Karina', 'Glenda', 'Wendy', 'Lucrecia', 'Noemí', 'Graciela', 'Yoselin',
    'Kimberly', 'Heydi', 'Evelyn', 'Sonia'],
  m: ['Edgardo', 'Brayan', 'Osvaldo', 'Fabián', 'Elmer', 'Ulises', 'Abelardo', 'Esteban', 'Genaro', 'Anselmo', 'Marvin', 'Jefferson',
    'Wilmer', 'Byron', 'Ariel'],
};
const FAMILY_ES = ['Velásquez', 'Portillo', 'Argueta', 'Cifuentes', 'Tum', 'Xol', 'Caal', 'Barrientos', 'Zelaya', 'Maldonado', 'Espinal',
  'Paredes', 'Villatoro', 'Ochoa', 'Benítez', 'Santos', 'Alvarado', 'Galeano', 'Funes', 'Recinos', 'Coj', 'Pineda', 'Ordóñez', 'Lemus'];
const GIVEN_OTHER = {
  f: ['Adaeze', 'Awa', 'Pema', 'Ngozi', 'Mirlande', 'Anh', 'Iryna', 'Zainab', 'Samira', 'Dilnoza', 'Keziah', 'Imani', 'Colleen', 'Oksana'],
  m: ['Chinedu', 'Mamadou', 'Tsering', 'Roodly', 'Bao', 'Bohdan', 'Omar', 'Rustam', 'Trevor', 'Farid'],
};
const FAMILY_OTHER = ['Nwosu', 'Eze', 'Bah', 'Camara', 'Dorjee', 'Lhamo', 'Étienne', 'Charles', 'Tran', 'Pham', 'Bondarenko', 'Melnyk',
  'Karimov', 'Yusupova', 'Qureshi', 'Siddiqui', 'Fofana', 'Sesay', 'Baptiste', 'Okonkwo', 'Haidari', 'Rasulov'];
const STAFF = [
  ['Nadia', 'Ferreira'], ['Tomás', 'Ibarra'], ['Colleen', 'Walsh'], ['Priscila', 'Montes'], ['Harold', 'Kim'], ['Ifeoma', 'Obi'],
  ['Renata', 'Solís'], ['Curtis', 'Boyd'], ['Mónica', 'Aranda'], ['Lena', 'Hoffmann'], ['Gabriel', 'Ostrowski'], ['Yadira', 'Cuéllar'],
];
const COUNTRIES_EN = ['Guatemala', 'Honduras', 'El Salvador', 'Ecuador', 'Mexico', 'Venezuela', 'Haiti', 'Senegal', 'Guinea', 'Nepal', 'Ukraine', 'Uzbekistan'];
const COUNTRIES_ES = ['Guatemala', 'Honduras', 'El Salvador', 'Ecuador', 'México', 'Venezuela', 'Colombia', 'Perú', 'República Dominicana', 'Nicaragua'];
const BORO = ['Bronx', 'Brooklyn', 'Queens', 'Manhattan', 'Staten Island'];
const ZIP5 = ['10452', '10453', '10457', '10458', '10468', '11206', '11207', '11221', '11368', '11372', '11373', '11435', '10032', '10034', '10040', '10302'];
const STREETS = ['Tremont Ave', 'Burnside Ave', 'Wyckoff Ave', 'Gates Ave', '37th Ave', 'Corona Ave', 'Hillside Ave', 'Dyckman St',
  'Audubon Ave', 'Port Richmond Ave', 'Webster Ave', 'Bushwick Ave'];

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '');
/** An invented resident; g = 'f' or 'm' when the text needs it (pronouns, "madre", "la clienta"). */
function who(lang = 'en', g = pick(['f', 'm'])) {
  const hisp = lang === 'es' || chance(0.45);
  const first = pick((hisp ? GIVEN_ES : GIVEN_OTHER)[g]);
  const fam = hisp ? FAMILY_ES : FAMILY_OTHER;
  const last = hisp && chance(0.4) ? `${pick(fam)} ${pick(fam)}` : pick(fam);
  return { first, last, g, full: `${first} ${last}`, initial: `${first} ${last[0]}.` };
}
/** A staff member, never one of `others` (so a reply is not addressed to its own author). */
function staffer(...others) {
  for (;;) {
    const [first, last] = pick(STAFF);
    if (!others.some((o) => o.last === last)) return { first, last, full: `${first} ${last}`, initial: `${first[0]}. ${last}` };
  }
}
/** Upper case without accents, as scanned IDs print names. */
const up = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
const addr = () => `${int(12, 2890)} ${pick(STREETS)}${chance(0.5) ? `, Apt ${int(1, 6)}${pick(['A', 'B', 'C', 'D', 'F', 'R'])}` : ''}`;

// =============================================================================================
// Positive values. Each returns a marked value; the validators at the bottom re-check every span.

const ITIN_GROUPS = [...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)];
const PLACEHOLDERS = new Set(['000000000', '111111111', '123456789', '999999999', '078051120', '219099999', '987654321', '123121234']);
const ssaValid = (d) => /^\d{9}$/.test(d) && !/^(000|666|9)/.test(d) && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
const itinValid = (d) => /^9\d{8}$/.test(d) && ITIN_GROUPS.includes(Number(d.slice(3, 5)));

function ssnDigits() {
  for (;;) {
    const d = `${pad(int(1, 899), 3)}${pad(int(1, 99), 2)}${pad(int(1, 9999), 4)}`;
    if (ssaValid(d) && !PLACEHOLDERS.has(d) && !/^(\d)\1+$/.test(d)) return d;
  }
}
const itinDigits = () => `9${pad(int(0, 99), 2)}${pad(pick(ITIN_GROUPS), 2)}${pad(int(1, 9999), 4)}`;
function nine(d, style) {
  const [a, g, s] = [d.slice(0, 3), d.slice(3, 5), d.slice(5)];
  return { dash: `${a}-${g}-${s}`, space: `${a} ${g} ${s}`, dot: `${a}.${g}.${s}`, bare: d, ocr: `${a} - ${g} - ${s}` }[style];
}
const SSN = (style = 'dash') => M('SSN', nine(ssnDigits(), style));
const ITIN = (style = 'dash') => M('ITIN', nine(itinDigits(), style));

function aDigits(n) {
  if (n === 9) return chance(0.6) ? `2${nd(8)}` : `0${int(1, 9)}${nd(7)}`;
  return nzd(n);
}
/** 'A9' 'A8' 'A7': A + digits; 'A-' / 'A ': A-123-456-789 / A 123 456 789; 'A_9': "A 123456789";
 *  'b9' 'b8' 'b7': digits only (after a label); 'b3-3-3' / 'b3 3 3': 123-456-789 / 123 456 789 after a label. */
function ANUM(style = 'A9') {
  const d9 = aDigits(9);
  const g = `${d9.slice(0, 3)}|${d9.slice(3, 6)}|${d9.slice(6)}`;
  const v = {
    A9: `A${d9}`, A8: `A${aDigits(8)}`, A7: `A${aDigits(7)}`,
    'A-': `A-${g.replaceAll('|', '-')}`, 'A ': `A ${g.replaceAll('|', ' ')}`, A_9: `A ${d9}`,
    b9: d9, b8: aDigits(8), b7: aDigits(7),
    'b3-3-3': g.replaceAll('|', '-'), 'b3 3 3': g.replaceAll('|', ' '),
  }[style];
  if (v === undefined) throw new Error(`A-number style ${style}`);
  return M('A_NUMBER', v);
}

const CENTERS = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];
/** 'plain' EAC2290123456, 'dash' EAC-22-901-23456, 'sp1' EAC 2290123456, 'sp4' EAC 22 901 23456. */
function RCPT(prefix = pick(CENTERS), style = 'plain') {
  const body = prefix === 'IOE' || prefix === 'YSC' ? `${int(0, 9)}${nd(9)}` : `${pad(int(16, 25), 2)}${nd(8)}`;
  const v = {
    plain: `${prefix}${body}`,
    dash: `${prefix}-${body.slice(0, 2)}-${body.slice(2, 5)}-${body.slice(5)}`,
    sp1: `${prefix} ${body}`,
    sp4: `${prefix} ${body.slice(0, 2)} ${body.slice(2, 5)} ${body.slice(5)}`,
  }[style];
  return M('USCIS_RECEIPT', v);
}

/** us9: US book, 9 digits; usN: US next generation, letter + 8 digits; card: US passport card;
 *  mx: Mexico, letter + 8; ua: Ukraine, 2 letters + 6; in: India, letter + 7; gt: 9 digits; ec: letter + 7. */
function PASS(kind = 'us9') {
  const L = 'ABCEFGHJKLMNPRSTUVWXYZ';
  const v = {
    us9: `${int(5, 6)}${nd(8)}`,
    usN: `${pick(['A', 'E', 'N'])}${nd(8)}`,
    card: `C${nd(8)}`,
    mx: `${pick(['G', 'N', 'E'])}${nd(8)}`,
    ua: `${pick(L.split(''))}${pick(L.split(''))}${nd(6)}`,
    in: `${pick(L.split(''))}${nd(7)}`,
    gt: `${nzd(9)}`,
    ec: `A${nd(7)}`,
  }[kind];
  return M('PASSPORT', v);
}

const AREAS = ['212', '646', '917', '718', '347', '929', '332', '516', '914', '201', '973', '862', '732', '631'];
function phoneParts(area = pick(AREAS)) {
  return [area, '555', `01${pad(int(0, 99), 2)}`];
}
const PHONE_STYLES = {
  paren: ([a, e, l]) => `(${a}) ${e}-${l}`,
  parenT: ([a, e, l]) => `(${a})${e}-${l}`,
  dash: ([a, e, l]) => `${a}-${e}-${l}`,
  dot: ([a, e, l]) => `${a}.${e}.${l}`,
  space: ([a, e, l]) => `${a} ${e} ${l}`,
  bare: ([a, e, l]) => `${a}${e}${l}`,
  p1dash: ([a, e, l]) => `+1-${a}-${e}-${l}`,
  p1sp: ([a, e, l]) => `+1 ${a} ${e} ${l}`,
  p1paren: ([a, e, l]) => `+1 (${a}) ${e}-${l}`,
  p1dot: ([a, e, l]) => `+1.${a}.${e}.${l}`,
  p1bare: ([a, e, l]) => `+1${a}${e}${l}`,
  one: ([a, e, l]) => `1-${a}-${e}-${l}`,
  oneParen: ([a, e, l]) => `1 (${a}) ${e}-${l}`,
  local: ([, e, l]) => `${e}-${l}`,
};
const PHONE = (style = 'dash', area) => M('PHONE', PHONE_STYLES[style](phoneParts(area)));
/** Foreign mobile numbers, invented. */
function FPHONE(country) {
  const v = {
    mx: `+52 55 ${nd(4)} ${nd(4)}`,
    mx1: `+52 1 33 ${nd(4)} ${nd(4)}`,
    gt: `+502 ${int(3, 5)}${nd(3)} ${nd(4)}`,
    hn: `+504 ${int(3, 9)}${nd(3)}-${nd(4)}`,
    sv: `+503 7${nd(3)}-${nd(4)}`,
    ec: `+593 9${int(5, 9)} ${nd(3)} ${nd(4)}`,
    do: `+1 (809) 555-01${pad(int(0, 99), 2)}`,
    co: `+57 3${nd(2)} ${nd(3)} ${nd(4)}`,
  }[country];
  return M('PHONE', v);
}
/** A vanity number: the last four as letters. */
const VANITY = (style, word) => M('PHONE', style === 'tollfree' ? `1-888-555-${word}` : `(${pick(AREAS)}) 555-${word}`);

function emailLocal(p, pattern) {
  const f = ascii(p.first).toLowerCase();
  const l = ascii(p.last.split(' ')[0]).toLowerCase();
  switch (pattern) {
    case 'first.last': return `${f}.${l}`;
    case 'flast': return `${f[0]}${l}`;
    case 'first_last': return `${f}_${l}${int(70, 99)}`;
    case 'firstl': return `${f}${l[0]}${int(1, 9)}`;
    case 'plus': return `${f}.${l}+${pick(['housing', 'uscis', 'school', 'benefits', 'docs', 'court'])}`;
    case 'plus2': return `${f}${l}+${pick(['intake', 'legal', 'clinic'])}`;
    case 'Caps': return `${p.first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '')}.${ascii(p.last.split(' ')[0])}`;
    case 'dash': return `${f}-${l}`;
    default: throw new Error(`email pattern ${pattern}`);
  }
}
const DOMAINS = ['example.org', 'example.com', 'example.net', 'mail.example.com', 'correo.example.net', 'inbox.example.org'];
const EMAIL = (p, pattern = 'first.last', domain = pick(DOMAINS)) => M('EMAIL', `${emailLocal(p, pattern)}@${domain}`);
const EMAILX = (local, domain) => M('EMAIL', `${local}@${domain}`);

// ---- dates

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ORD = (d) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const YEARS = { adult: [1952, 2004], elder: [1936, 1958], fertile: [1983, 2004], school: [2010, 2019], child: [2008, 2021], baby: [2021, 2022], teen: [2006, 2011],
  recent: [2023, 2024], soon: [2024, 2026], future: [2027, 2034], past: [2015, 2022] };
function dateIn(span = 'adult') {
  const [y0, y1] = YEARS[span];
  return { y: int(y0, y1), m: int(1, 12), d: int(1, 28) };
}
function fmtDate({ y, m, d }, f) {
  const mm = pad(m, 2);
  const dd = pad(d, 2);
  const yy = pad(y % 100, 2);
  const mon = MON_EN[m - 1];
  const mes = MON_ES[m - 1];
  switch (f) {
    // English / US
    case 'mdyy': return `${m}/${d}/${yy}`;
    case 'mmddyyyy': return `${mm}/${dd}/${y}`;
    case 'mdyyyy': return `${m}/${d}/${y}`;
    case 'mmddyyyyDash': return `${mm}-${dd}-${y}`;
    case 'mmddyy': return `${mm}/${dd}/${yy}`;
    case 'iso': return `${y}-${mm}-${dd}`;
    case 'long': return `${mon} ${d}, ${y}`;
    case 'longTh': return `${mon} ${ORD(d)}, ${y}`;
    case 'ofTh': return `${ORD(d)} of ${mon} ${y}`;
    case 'dMonthY': return `${d} ${mon} ${y}`;
    case 'abbr': return `${['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][m - 1]} ${d}, ${y}`;
    case 'abbrNoDot': return `${mon.slice(0, 3)} ${d} ${y}`;
    case 'mil': return `${dd}${mon.slice(0, 3).toUpperCase()}${y}`;
    case 'passport': return `${dd} ${mon.slice(0, 3).toUpperCase()} ${y}`;
    case 'dMonY': return `${d}-${mon.slice(0, 3)}-${y}`;
    case 'eu': return `${dd}.${mm}.${y}`;
    // Spanish
    case 'ddmmyyyy': return `${dd}/${mm}/${y}`;
    case 'dmyyyy': return `${d}/${m}/${y}`;
    case 'ddmmyyyyDash': return `${dd}-${mm}-${y}`;
    case 'dmyy': return `${d}/${m}/${yy}`;
    case 'largo': return `${d} de ${mes} de ${y}`;
    case 'largoDel': return `${d} de ${mes} del ${y}`;
    case 'largoMay': return `${d} de ${mes[0].toUpperCase()}${mes.slice(1)} de ${y}`;
    case 'abbrEs': return `${d}/${mes.slice(0, 3)}/${y}`;
    case 'abbrEsUp': return `${dd}-${mes.slice(0, 3).toUpperCase()}-${y}`;
    case 'romano': return `${d}/${ROMAN[m - 1]}/${y}`;
    default: throw new Error(`date format ${f}`);
  }
}
const DOB = (f, span = 'adult') => M('DATE_OF_BIRTH', fmtDate(dateIn(span), f));
/** A date that is not a birth date; kind says what it is (date-hearing, date-appointment...). */
const NOTDOB = (kind, f, span = 'soon') => X(kind, fmtDate(dateIn(span), f));
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_ES = ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'];
function emailHeaderDate(lang = 'en') {
  const t = dateIn('recent');
  const wd = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return lang === 'en'
    ? `${WD_EN[wd]}, ${MON_EN[t.m - 1].slice(0, 3)} ${t.d}, ${t.y}`
    : `${WD_ES[wd]}, ${t.d} ${MON_ES[t.m - 1].slice(0, 3)} ${t.y}`;
}
/** Last menstrual period and the due date 280 days later (never birth dates). */
function pregnancy() {
  const lmp = dateIn('recent');
  const due = new Date(Date.UTC(lmp.y, lmp.m - 1, lmp.d + 280));
  return { lmp, edd: { y: due.getUTCFullYear(), m: due.getUTCMonth() + 1, d: due.getUTCDate() } };
}
/** A school-age child: birth date and the grade that goes with it in the 2024-25 school year. */
function schoolKid() {
  const dt = dateIn('school');
  return { dt, grade: Math.min(12, 2024 - dt.y - 5) };
}
const gradeEn = (g) => (g === 0 ? 'K' : String(g));
const gradeEs = (g) => (g === 0 ? 'kínder' : `${g}.º`);
/** Times of day in increasing order, for logs. */
const timesUp = (n, h0 = 6, h1 = 23) => Array.from({ length: n }, () => int(h0 * 60, h1 * 60 + 59)).sort((a, b) => a - b).map((t) => `${pad(Math.floor(t / 60), 2)}:${pad(t % 60, 2)}`);
const timeBiz = () => { const h = int(8, 17); return `${h > 12 ? h - 12 : h}:${pick(['00', '15', '30', '45'])} ${h >= 12 ? 'PM' : 'AM'}`; };
const time12 = () => `${int(1, 12)}:${pad(int(0, 59), 2)} ${pick(['AM', 'PM'])}`;
const time24 = () => `${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`;
const isoStamp = () => {
  const t = dateIn('recent');
  return `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}T${time24()}:${pad(int(0, 59), 2)}Z`;
};

// ---- cards

function luhnSum(digits) {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let x = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum;
}
const luhnValid = (s) => {
  const d = s.replace(/\D/g, '');
  return d.length >= 12 && luhnSum(d) % 10 === 0;
};
const luhnComplete = (body) => `${body}${(10 - (luhnSum(`${body}0`) % 10)) % 10}`;
function cardNumber(brand) {
  const body = {
    visa: () => `4${nd(14)}`,
    mc: () => `5${int(1, 5)}${nd(13)}`,
    mc2: () => `2${int(221, 720)}${nd(11)}`,
    amex: () => `3${pick(['4', '7'])}${nd(12)}`,
    disc: () => `6011${nd(11)}`,
  }[brand]();
  return luhnComplete(body);
}
function groupCard(d, style) {
  const sep = { space: ' ', dash: '-', bare: '' }[style];
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
const CARD = (brand = 'visa', style = 'space') => M('CREDIT_CARD', groupCard(cardNumber(brand), style));
/** A card-shaped number whose check digit is wrong. */
function luhnFail(brand = 'visa', style = 'space', kind = 'luhn-fail') {
  const good = cardNumber(brand);
  const bad = `${good.slice(0, -1)}${(Number(good.at(-1)) + int(1, 9)) % 10}`;
  return X(kind, groupCard(bad, style));
}

// ---- IP addresses

function IP(kind = 'doc') {
  const o = () => int(1, 254);
  const h = () => int(1, 0xffff).toString(16);
  const v = {
    doc: () => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${o()}`,
    p10: () => `10.${int(0, 255)}.${int(0, 255)}.${o()}`,
    p192: () => `192.168.${int(0, 255)}.${o()}`,
    p172: () => `172.${int(16, 31)}.${int(0, 255)}.${o()}`,
    lo: () => '127.0.0.1',
    v6full: () => `2001:db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    v6: () => `2001:db8:${h()}:${h()}::${h()}`,
    v6short: () => `2001:db8::${h()}`,
    v6ll: () => `fe80::${h()}:${h()}:${h()}:${h()}`,
    v6lo: () => '::1',
    v6mapped: () => `::ffff:203.0.113.${o()}`,
    v6up: () => `2001:DB8:${h().toUpperCase()}::${h().toUpperCase()}`,
  }[kind]();
  return M('IP_ADDRESS', v);
}

// =============================================================================================
// Hard negatives.

/** SSN-shaped numbers the SSA never issues, and 9xx numbers outside the ITIN groups. */
function badNine(kind, style = 'dash') {
  const g = () => pad(int(1, 99), 2);
  const s = () => pad(int(1, 9999), 4);
  const nonItinGroup = () => pad(pick([...range(1, 49), 66, 67, 68, 69, 89, 93]), 2);
  const d = {
    'ssn-invalid-area-000': () => `000${g()}${s()}`,
    'ssn-invalid-area-666': () => `666${g()}${s()}`,
    'ssn-invalid-area-9xx': () => `9${pad(int(0, 99), 2)}${nonItinGroup()}${s()}`,
    'itin-invalid-group': () => `9${pad(int(0, 99), 2)}${nonItinGroup()}${s()}`,
    'ssn-invalid-group-00': () => `${pad(int(1, 665), 3)}00${s()}`,
    'ssn-invalid-serial-0000': () => `${pad(int(1, 665), 3)}${g()}0000`,
  }[kind]();
  return X(kind, nine(d, style));
}
const PLACEHOLDER_SHOWN = ['123-45-6789', '000-00-0000', '999-99-9999', '111-11-1111', '123456789'];
const placeholder = (v = pick(PLACEHOLDER_SHOWN)) => X('ssn-placeholder', v);
const masked = (style = 'X') => X('ssn-masked', { X: `XXX-XX-${nd(4)}`, star: `***-**-${nd(4)}`, x: `xxx-xx-${nd(4)}`, hash: `###-##-${nd(4)}` }[style]);
const lastFour = () => X('last-four', nd(4));
const zip4 = () => X('zip4', `${pick(ZIP5)}-${nd(4)}`);
const ein = () => X('ein', `${pad(int(10, 98), 2)}-${nd(7)}`);
const price = (lo = 20, hi = 4000) => X('price', `$${int(lo, hi).toLocaleString('en-US')}.${pad(int(0, 99), 2)}`);
/** SSN-shaped but valid digits that the text says are something else (README rule 5). */
const ssnShaped = (kind) => X(kind, nine(ssnDigits(), 'dash'));
const sr311 = () => X('311-number', `311-${nzd(8)}`);
const nine9 = (kind) => X(kind, nzd(9));
function upsTracking(spaced = false) {
  const body = `${pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'E', 'V', 'W', 'X', 'Y'])}${nd(2)}${pick(['A', 'E', 'X', 'V', 'W', 'R'])}${pick(['0', '1', '2', '4'])}${int(1, 9)}${nd(9)}`;
  // UPS check digit: letters map to (code - 63) % 10; odd positions x1, even positions x2.
  const vals = body.split('').map((c) => (/\d/.test(c) ? Number(c) : (c.charCodeAt(0) - 63) % 10));
  const sum = vals.reduce((acc, x, k) => acc + (k % 2 === 1 ? 2 * x : x), 0);
  const full = `1Z${body}${(10 - (sum % 10)) % 10}`;
  return X('ups-tracking', spaced ? `${full.slice(0, 2)} ${full.slice(2, 5)} ${full.slice(5, 8)} ${full.slice(8, 10)} ${full.slice(10, 14)} ${full.slice(14)}` : full);
}
const fedexTracking = (spaced = false) => {
  const d = `7${nd(11)}`;
  return X('fedex-tracking', spaced ? d.match(/.{4}/g).join(' ') : d);
};
function uspsTracking(spaced = true) {
  const body = `${pick(['9400', '9205', '9361', '9270'])}${nd(17)}`;
  let sum = 0;
  for (let k = 0; k < body.length; k++) sum += Number(body[body.length - 1 - k]) * (k % 2 === 0 ? 3 : 1);
  const full = `${body}${(10 - (sum % 10)) % 10}`;
  return X('usps-tracking', spaced ? `${full.slice(0, 4)} ${full.slice(4, 8)} ${full.slice(8, 12)} ${full.slice(12, 16)} ${full.slice(16, 20)} ${full.slice(20)}` : full);
}
const uspsIntl = () => X('usps-tracking', `${pick(['EJ', 'RR', 'LZ', 'CP'])}${nd(9)}US`);
/** Library barcodes carry a mod-10 (Luhn) check digit, like real Codabar library cards. */
const libraryBarcode = (what = 'item') => X('library-barcode', luhnComplete(what === 'item' ? `33${pick(['433', '333', '071'])}${nd(8)}` : `2${pick(['1234', '9876', '3333', '0912'])}${nd(8)}`));
const mac = (style = 'colon') => {
  const b = Array.from({ length: 6 }, () => pad(int(0, 255).toString(16), 2));
  const v = { colon: b.join(':'), COLON: b.join(':').toUpperCase(), dash: b.join('-').toUpperCase(), cisco: `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}` }[style];
  return X('mac-address', v);
};
const version4 = (kind = 'version-number') => X(kind, `${int(1, 19)}.${int(0, 12)}.${int(0, 40)}.${int(1, 250)}`);

// =============================================================================================
// Snippets.

const SNIPPETS = [];
const counters = new Map();
/** Adds `count` snippets of group `group` in language `lang`, made by `fn(i)`. */
function T(group, lang, count, fn, note) {
  for (let i = 0; i < count; i++) {
    const key = `${group}-${lang}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const marked = fn(i);
    SNIPPETS.push({ id: `${key}-${pad(n, 3)}`, lang, marked, note: typeof note === 'function' ? note(i) : note });
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers used by the templates.

const hex = (n) => Array.from({ length: n }, () => int(0, 15).toString(16)).join('');
const year = () => int(2023, 2025);
const yy2 = () => pad(int(23, 25), 2);
const alnum = (n) => Array.from({ length: n }, () => pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('');
function routingNumber() {
  const d = `${pick(['02', '03', '21', '22', '26'])}${nd(6)}`.split('').map(Number);
  const s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
  return `${d.join('')}${(10 - (s % 10)) % 10}`;
}
const medicaidCin = () => `${pick(['AB', 'KT', 'ZX', 'LM', 'RW', 'CQ'])}${nd(5)}${pick(['A', 'B', 'C', 'D', 'E'])}`;
const ltIndex = () => `LT-${nzd(6)}-${yy2()}/${pick(['BX', 'KI', 'QU', 'NY', 'RI'])}`;
const LLC = () => `${pick(['Tremont', 'Gates', 'Dyckman', 'Corona', 'Webster', 'Audubon'])} ${pick(['Realty', 'Holdings', 'Equities', 'Owners'])} ${pick(['LLC', 'Corp.', 'Assoc. LP'])}`;
const FIRMS = [['Kessler & Vance LLP', 'kesslervance.example.com'], ['Rourke Marsh PC', 'rourkemarsh.example.com'], ['Delacroix Group', 'delacroixlaw.example.net']];
function curp(p, dt) {
  const last = ascii(p.last.split(' ')[0]).toUpperCase();
  const first = ascii(p.first).toUpperCase();
  const vowel = last.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const cons = 'BCDFGHJKLMNPRSTVXZ'.split('');
  return `${last[0]}${vowel}${pick(cons)}${first[0]}${pad(dt.y % 100, 2)}${pad(dt.m, 2)}${pad(dt.d, 2)}${p.g === 'f' ? 'M' : 'H'}${pick(['DF', 'JC', 'MC', 'GR', 'PL', 'OC', 'VZ'])}${pick(cons)}${pick(cons)}${pick(cons)}${pick(['0', 'A'])}${int(0, 9)}`;
}
const svc = (n = pick(['311', '988', '911'])) => X('service-number', n);

// =============================================================================================
// ENGLISH

// ---- Forwarded e-mail threads, signatures, quoted replies

T('thread', 'en', 4, (i) => {
  const c = who('en');
  const st = staffer();
  const label = cyc(i, ['SS#', 'soc sec no.', 'social (SSN)', 'SSN, no dashes,']);
  const ssn = SSN(cyc(i, ['dash', 'dot', 'space', 'bare']));
  return `---------- Forwarded message ---------
From: ${st.full} <${EMAIL(st, 'first.last', 'legalaid.example.org')}>
Date: ${X('date-sent', emailHeaderDate())} at ${time12()}
Subject: ${cyc(i, ['SNAP recert', 'missing info for recert', 'Re: recert packet', 'HEAP + SNAP'])} - ${c.last}
To: Benefits Team <${EMAILX('benefits+recert', 'hra.city.example')}>

Hi all, passing this along so whoever is on duty can finish the recert. ${c.first} gave ${label} ${ssn} and DOB ${DOB(cyc(i, ['mdyy', 'mmddyyyy', 'long', 'iso']))}. Best callback ${PHONE(cyc(i, ['paren', 'dot', 'p1sp', 'parenT']))}, texts ok after 6pm. HRA case no. ${nine9('case-number')}.

Thanks,
${st.full}
Paralegal | Westside Legal Aid Collective
${PHONE('dash')} ext. ${int(100, 499)}`;
});

T('thread', 'en', 3, (i) => {
  const c = who('en');
  const st = staffer();
  const att = staffer(st);
  const [pre, style] = cyc(i, [['IOE', 'plain'], ['EAC', 'dash'], ['YSC', 'sp1']]);
  return `Thanks ${att.first}, I'll add it to the file and calendar it.

${st.first}

On ${X('date-sent', emailHeaderDate())} at ${time12()}, ${att.full} <${EMAIL(att, 'flast', 'bridgeway.example.org')}> wrote:
> Quick update on ${c.full}.
> ${cyc(i, ['A-number:', 'A#', 'Alien Reg. No.'])} ${ANUM(cyc(i, ['A-', 'b9', 'b3-3-3']))}
> I-765 receipt ${RCPT(pre, style)} (received ${NOTDOB('date-received', 'mmddyyyy', 'recent')})
> Master calendar hearing ${NOTDOB('date-hearing', 'long')}, 8:30 AM, 12th floor.
> Please do not forward outside the team.
>
> --
> ${att.full}, Esq.
> Bridgeway Immigrant Defense
> Direct: ${PHONE('dot')} | Fax: ${PHONE('dot')}`;
});

T('thread', 'en', 3, (i) => {
  const c = who('en');
  return `Subject: Fwd: Fwd: scan of my passport
From: ${c.full} <${EMAIL(c, 'plus', 'mail.example.com')}>
To: ${EMAILX('intake', 'casapuente.example.org')}

sorry the pic is blurry. passport number is ${PASS(cyc(i, ['gt', 'mx', 'ec']))}, issued ${NOTDOB('date-issued', 'dMonthY', 'past')}, expires ${NOTDOB('date-expiry', 'dMonthY', 'future')}. I was born on ${DOB(cyc(i, ['longTh', 'ofTh', 'long']))} in ${cyc(i, ['Guatemala', 'Mexico', 'Ecuador'])}.

Sent from my iPhone

-------- Original message --------
From: ${EMAIL(c, 'firstl', 'correo.example.net')}
Date: ${X('date-sent', fmtDate(dateIn('recent'), 'mmddyy'))} ${time12()}
To: ${EMAIL(c, 'first_last', 'example.com')}
Subject: (no subject)
[image0.jpeg] [image1.jpeg]`;
});

T('thread', 'en', 2, (i) => `FW: Supplies order / invoice ${X('invoice-number', `INV-${year()}-${nd(5)}`)}

From: Facilities <${EMAILX(cyc(i, ['facilities', 'ops.desk']), 'dcas.city.example')}>
Order #${ssnShaped('order-number')} shipped ${cyc(i, ['UPS', 'FedEx'])} ${i === 0 ? upsTracking() : fedexTracking()}. Invoice total ${price(150, 2400)}, due ${NOTDOB('date-due', 'mmddyyyy')}. Ship-to: 1 Centre St, New York NY ${zip4()}. Vendor EIN ${ein()}.
Questions about the delivery: call ${svc('311')} or the supply desk at ${PHONE(cyc(i, ['dot', 'local']))}.
-- 
This message was sent from a no-reply mailbox: ${EMAILX('no-reply', 'notify.city.example')}`, 'no resident data; vendor numbers only');

T('thread', 'en', 2, (i) => {
  const c = who('en');
  return `RE: tax appointment

Hi ${c.first}, yes we can file with your ITIN ${ITIN(cyc(i, ['dash', 'space']))}. Bring last year's return and the CP565 letter dated ${NOTDOB('date-letter', 'long', 'past')}. ${i === 0 ? `The number you wrote on the form, ${X('itin-invalid-group', nine(`9${nd(2)}${pick(['40', '66', '89', '93'])}${pad(int(1, 9999), 4)}`, 'dash'))}, is not an ITIN, so please double-check the letter.` : 'We open at 9:00 AM on Saturdays.'}

Free Tax Prep Hotline ${VANITY(cyc(i, ['tollfree', 'area']), cyc(i, ['TAXS', 'HELP']))} | ${EMAILX(cyc(i, ['vita+bronx', 'vita.queens']), 'taxhelp.example.org')}`;
});

// ---- OCR text of scanned forms

T('ocr', 'en', 4, (i) => {
  const c = who('en');
  const idLine = cyc(i, [
    () => `4. Social Security\n   Number ${SSN('ocr')}`,
    () => `4. Social Security\n   Number   ${SSN('space')}`,
    () => `4. Social Security No.\n   or ITIN  ${ITIN('dash')}`,
    () => `4. Social Security\n   Number ${placeholder('000-00-0000')}   (none)`,
  ])();
  return `APPLICATION  FOR  ASSISTANCE          Page 1 of 4
1. Last Name   ${c.last.toUpperCase()}        First   ${c.first.toUpperCase()}
2. Date of
   Birth (mm/dd/yyyy)    ${DOB('mmddyyyy')}          3. Sex  ${pick(['F', 'M', 'X'])}
${idLine}
5. ${cyc(i, ['Alien Registration\n   No. (if any)', 'A# (if any) :', 'Alien no.', 'USCIS # / A#'])}  ${ANUM(cyc(i, ['b9', 'b8', 'b7', 'b3-3-3']))}
6. Home phone ${PHONE('parenT')}     7. ZIP  ${zip4()}
Date signed  ${NOTDOB('date-signed', 'mmddyyyy', 'recent')}               Form HA-4 (Rev. ${X('form-revision', `${pad(int(1, 12), 2)}/${pad(int(18, 23), 2)}`)})`;
});

T('ocr', 'en', 3, (i) => {
  const c = who('en');
  if (i === 1) {
    return `UNITED STATES OF AMERICA          EMPLOYMENT AUTHORIZATION
Surname  ${up(c.last)}
Given Name  ${up(c.first)}
USCIS#  ${ANUM('b3-3-3')}      Category  C08
Card#  ${RCPT('IOE', 'plain')}
Country of Birth  ${pick(COUNTRIES_EN)}
Terms and Conditions  None
Date of Birth  ${DOB('passport')}     Sex  ${pick(['F', 'M'])}
Valid From: ${NOTDOB('date-issued', 'mmddyy', 'recent')}
Card Expires: ${NOTDOB('date-expiry', 'mmddyy', 'future')}
NOT VALID FOR REENTRY TO U.S.`;
  }
  return `UNITED  STATES  OF  AMERICA      PERMANENT  RESIDENT
Surname
${up(c.last)}
Given Name
${up(c.first)}
USCIS#   ${ANUM('b3-3-3')}     Category   ${pick(['IR1', 'CR1', 'F21', 'E26', 'AS6'])}
Country of Birth  ${pick(COUNTRIES_EN)}
Date of Birth   ${DOB(cyc(i, ['passport', 'passport', 'mmddyyyy']))}    Sex  ${pick(['F', 'M'])}
Card Expires:  ${NOTDOB('date-expiry', 'mmddyy', 'future')}
Resident Since:  ${NOTDOB('date-resident-since', 'mmddyy', 'past')}
Card# ${RCPT(pick(['SRC', 'LIN', 'MSC', 'EAC']), 'plain')}`;
});

T('ocr', 'en', 2, (i) => {
  const c = who('en');
  return `a  Employee's social security number        OMB No. ${X('omb-number', '1545-0008')}
   ${SSN(cyc(i, ['dash', 'space']))}
b  Employer identification number (EIN)      1 Wages, tips, other compensation
   ${ein()}                                  ${X('amount', `${int(18, 52)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}`)}
c  Employer's name, address, and ZIP code
   ${pick(['BRIGHT STAR CLEANING LLC', 'NORTHSIDE PRODUCE INC', 'GOLDEN WOK KITCHEN CORP'])}
   ${int(100, 4800)} ${pick(STREETS).toUpperCase()}
   ${pick(BORO).toUpperCase()} NY ${zip4()}
e  Employee's first name and initial   Last name
   ${up(c.first)}   ${up(c.last)}
   Control number ${X('control-number', nd(5))}`;
}, 'W-2 text as it comes out of OCR');

T('ocr', 'en', 3, (i) => {
  const c = who('en');
  const st = staffer();
  return `F A X   C O V E R   S H E E T
To:  ${cyc(i, ['Northside Community Health', 'HRA Medical Assistance', 'Bridgeway Immigrant Defense'])}        Fax #:  ${PHONE(cyc(i, ['dash', 'one', 'dot']))}
From:  ${st.full}          Phone:  ${PHONE('paren')}
Date:  ${NOTDOB('date-sent', 'mmddyyyy', 'recent')}      Pages (incl. cover):  ${int(2, 9)}
RE:  ${c.full}   D.O.B.  ${DOB(cyc(i, ['mmddyy', 'mdyy', 'mmddyyyyDash']))}   Medicaid CIN  ${X('medicaid-cin', medicaidCin())}
CONFIDENTIALITY NOTICE: The documents accompanying this
facsimile contain confidential information. If you received
this in error call ${PHONE('parenT')} immediately.`;
});

// ---- SMS and chat

T('sms', 'en', 4, (i) => {
  const c = who('en');
  const st = staffer();
  const d = dateIn('recent');
  return `[${X('date-message', `${d.m}/${d.d}`)}, 9:41 PM] ${c.first}: hi ms ${st.last} its ${c.first} from the tuesday group 🙂 my new # is ${PHONE(cyc(i, ['dot', 'bare', 'dash', 'space']))}
[${d.m}/${d.d}, 9:44 PM] ${st.first} (Casa Puente): Got it, thanks! Can you text me your A# again? The one on the paper from court
[${d.m}/${d.d}, 9:52 PM] ${c.first}: ${ANUM(cyc(i, ['A ', 'A9', 'A-', 'A_9']))}
[${d.m}/${d.d}, 9:52 PM] ${c.first}: and bday is ${DOB(cyc(i, ['mdyy', 'mdyyyy', 'mmddyy', 'long']))} if u need it
[${d.m}/${d.d + 1}, 8:03 AM] ${st.first} (Casa Puente): 👍 see you ${NOTDOB('date-appointment', 'mdyyyy')} at 10:30, bring the letter`;
});

T('sms', 'en', 4, (i) => {
  const c = who('en');
  return `Rent Relief NYC: Your application ${X('application-number', `RR-${year()}-${nd(6)}`)} was received. Reply STOP to opt out.
Me: my landlord is asking for my social, is that ok? its ${SSN(cyc(i, ['bare', 'dash', 'space', 'dot']))}
Rent Relief NYC: Please do not send Social Security numbers by text. Call ${PHONE('one')} Mon-Fri 9-5 or dial ${svc('311')}.
Me: ok sorry!! also my email changed it's ${EMAIL(c, cyc(i, ['plus', 'first_last', 'Caps', 'dash']))} now`;
});

T('sms', 'en', 4, (i) => {
  const [a, b, c] = [who('en'), who('en'), who('en')];
  const d = dateIn('recent');
  const stamp = `${pad(d.m, 2)}/${pad(d.d, 2)}/${d.y}`;
  return `${X('date-message', stamp)}, 18:02 - ${a.first}: anyone know the food pantry hours on ${pick(STREETS)}?
${stamp}, 18:05 - ${b.first}: 10 to 2 sat. bring any ID. the number is ${PHONE('paren')} ask for ${staffer().first}
${stamp}, 18:09 - ${a.first}: thx. also my pharmacy order ${X('order-number', `${nd(3)}-${nd(7)}`)} never came, tracking says ${uspsTracking()} 🙄
${stamp}, 18:11 - ${c.first}: ${i % 2 === 0 ? `omg someone posted a whole card number in the other group ${CARD('visa', cyc(i, ['space', 'dash']))} pls tell them to delete` : `pantry is closed ${NOTDOB('date-closure', 'mdyyyy')} for the holiday fyi`}`;
}, (i) => (i % 2 === 1 ? 'group chat, no identifier but a phone number' : undefined));

// ---- Call-centre transcripts and call notes

T('call', 'en', 4, (i) => {
  const c = who('en');
  return `[00:00:04] AGENT: Thank you for calling the Westside benefits line, this call may be recorded. Who am I speaking with?
[00:00:09] CALLER: ${c.full}. I'm calling about my mother's SNAP case.
[00:00:15] AGENT: Okay. Can I get the case number?
[00:00:19] CALLER: It's ${X('case-number', nine(nzd(9), 'bare'))}.
[00:00:31] AGENT: And her date of birth?
[00:00:33] CALLER: ${DOB(cyc(i, ['long', 'mdyyyy', 'longTh', 'dMonthY']), 'elder')}.
[00:00:40] AGENT: And the last four of her social?
[00:00:42] CALLER: ${lastFour()}.
[00:00:50] AGENT: What's the best number to reach you?
[00:00:52] CALLER: ${PHONE(cyc(i, ['dash', 'space', 'oneParen', 'local']))}.`;
});

T('call', 'en', 4, (i) => {
  const st = staffer();
  const [lead, value, pro] = cyc(i, [
    ['Caller states her social is', () => SSN('space'), 'She'],
    ['Caller states his soc sec # is', () => SSN('bare'), 'He'],
    ['Caller read her ITIN off the IRS letter:', () => ITIN('dash'), 'She'],
    ['Caller gave SS# (he says it is the one on his tax return)', () => ITIN('space'), 'He'],
  ]);
  return `Call note ${X('ticket-number', `INC${nd(7)}`)} - ${st.initial}, ${timeBiz()}
${lead} ${value()}. ${pro} received a letter dated ${NOTDOB('date-letter', 'long', 'recent')} saying benefits will stop. Caller's DOB ${DOB('mdyy')}. Verified address ${addr()}, ${pick(BORO)}, NY ${zip4()}. Callback ${PHONE(cyc(i, ['p1sp', 'paren', 'dash', 'p1dash']))} after 4pm.`;
}, (i) => (i === 3 ? 'ITIN structure after an SSN-style label (README rule 4)' : undefined));

T('call', 'en', 2, (i) => `311 Call Summary - SR# ${sr311()}
Caller reports no heat and hot water at ${addr()}, ${pick(BORO)} ${zip4()}. Landlord number on lease: ${PHONE('dot')}. Caller's callback ${PHONE('parenT')}. Complaint first reported ${NOTDOB('date-incident', 'mmddyyyy', 'recent')} under SR ${sr311()}. HPD inspection window ${NOTDOB('date-appointment', 'mmddyyyy')} ${X('time', '8:00 AM')}-12:00 PM. ${i === 1 ? `Caller also asked about ${svc('988')}; gave the number.` : 'Caller declined to give name.'}`);

T('call', 'en', 2, (i) => {
  const c = who('en');
  return `Voicemail from ${PHONE('p1bare')} · 0:${int(31, 59)}
"Hi this is ${c.first}... ${c.last}, um I'm calling back about the, the green card renewal. My receipt number is ${RCPT(cyc(i, ['MSC', 'NBC']), cyc(i, ['sp4', 'sp1']))}... and my A number is ${ANUM('b3 3 3')}. You can call me back at this number or my wife's ${PHONE('dash')}. Thank you, bye."
(Transcription confidence: low)`;
});

// ---- Spreadsheets pasted as text

T('sheet', 'en', 3, (i) => {
  const row = () => {
    const c = who('en');
    const id = pick([() => SSN('dash'), () => ITIN('dash'), () => 'none', () => SSN('bare'), () => 'pending']);
    return `${c.last}\t${c.first}\t${DOB('mdyyyy')}\t${id()}\t${PHONE(pick(['dash', 'paren', 'dot']))}\t${NOTDOB('date-intake', 'mdyyyy', 'recent')}\t${pick(ZIP5)}`;
  };
  return `Last\tFirst\tDOB\tSSN/ITIN\tCell\tIntake date\tZIP\n${row()}\n${row()}\n${row()}${i === 2 ? '\n' + row() : ''}`;
}, 'tab-separated rows; the header says which column is a birth date');

T('sheet', 'en', 3, (i) => {
  const line = (k) => {
    const ok = (k + i) % 3 !== 1;
    const card = ok ? CARD(pick(['visa', 'mc', 'amex', 'disc', 'mc2']), pick(['space', 'dash', 'bare'])) : k === 0 ? X('card-masked', `XXXX-XXXX-XXXX-${nd(4)}`) : luhnFail('visa', 'space');
    return `| ${X('transaction-id', `T${nd(8)}`)} | ${NOTDOB('date-transaction', 'iso', 'recent')} | ${price(5, 350)} | ${card} | ${ok ? 'approved' : 'declined'} |`;
  };
  return `| txn_id | date | amount | card_number | status |\n|---|---|---|---|---|\n${line(0)}\n${line(1)}\n${line(2)}`;
});

T('sheet', 'en', 2, () => {
  const row = () => {
    const p = who('en');
    return `CV-${nd(5)}, intake-ws-${int(1, 40)}, ${IP(pick(['p10', 'p192', 'p172']))}, ${mac(pick(['colon', 'COLON', 'dash']))}, ${version4('firmware-version')}, ${p.full} (${EMAIL(p, 'flast', 'casapuente.example.org')})`;
  };
  return `Asset tag, Hostname, IP, MAC, Firmware, Assigned to\n${row()}\n${row()}\n${row()}`;
}, 'device inventory: firmware versions shaped like IPv4 addresses');

// ---- Legal-aid intake notes

T('legalaid', 'en', 4, (i) => {
  const c = who('en');
  const st = staffer();
  const itin = cyc(i, [() => ITIN('dash'), () => 'none', () => `${badNine('itin-invalid-group')} (per PC; looks wrong, verify against CP565)`, () => ITIN('bare')])();
  return `INTAKE - ${st.initial} - ${NOTDOB('date-intake', 'mdyy', 'recent')}
PC: ${c.full}, DOB ${DOB(cyc(i, ['mdyy', 'mmddyyyy', 'iso', 'abbr']))}, COB ${pick(COUNTRIES_EN)}. EWI ${int(2014, 2022)}.
${cyc(i, ['A#', 'Alien no.', 'A-Number:', 'A#:'])} ${ANUM(cyc(i, ['b9', 'b3-3-3', 'b8', 'A9']))} - NTA served ${NOTDOB('date-served', 'mdyy', 'recent')}, MCH ${NOTDOB('date-hearing', 'mdyy')}.
Prior filing: I-589 rcpt ${RCPT(pick(['LIN', 'NBC', 'SRC']), cyc(i, ['plain', 'sp4', 'dash', 'plain']))}.
SSN: none. ITIN: ${itin}.
Contact: ${PHONE(cyc(i, ['dash', 'parenT', 'p1dot', 'space']))} (ok to text; safe to leave VM: N)
Conflicts checked - none.`;
}, (i) => (i === 2 ? 'ITIN label on a number outside the ITIN groups' : undefined));

T('legalaid', 'en', 4, (i) => {
  const c = who('en');
  const [firm, dom] = cyc(i, FIRMS);
  const boro = pick(BORO);
  return `Housing intake - ${boro} Housing Court
Tenant: ${c.full}, ${addr()}, ${boro}, NY ${zip4()}
L&T Index No. ${X('index-number', ltIndex())}; next court date ${NOTDOB('date-hearing', cyc(i, ['long', 'mmddyyyy', 'abbr', 'mdyyyy']))}, Part ${pick(['F', 'G', 'H', 'K'])}, Rm ${int(200, 600)}.
Arrears claimed ${price(2000, 30000)} through ${NOTDOB('date-rent-through', 'mdyyyy', 'recent')}.
Landlord: ${LLC()}; atty ${firm}, ${PHONE(cyc(i, ['dash', 'paren', 'dot', 'p1sp']))} / ${EMAILX(pick(['lt', 'calendar', 'intake']), dom)}
ERAP app #${X('application-number', `${nzd(4)}-${nd(6)}`)}
Tenant cell ${PHONE('dash')}; tenant DOB ${DOB(cyc(i, ['mmddyyyy', 'long', 'mdyy', 'iso']))}.`;
});

T('legalaid', 'en', 4, (i) => {
  const c = who('en');
  const country = cyc(i, ['El Salvador', 'Honduras', 'Venezuela', 'Haiti']);
  return `TPS re-registration - ${country}
Client ${c.initial}  ${cyc(i, ['A-Number', 'A#', 'A-Number', 'A#'])} ${ANUM(cyc(i, ['A-', 'A ', 'b7', 'A8']))}
Last EAD: category A12, card # ${RCPT(pick(['SRC', 'LIN', 'EAC', 'IOE']), 'plain')}, valid through ${NOTDOB('date-expiry', 'mmddyyyy')}
Passport (${country}): ${PASS(cyc(i, ['in', 'in', 'gt', 'ua']))}, exp. ${NOTDOB('date-expiry', 'passport', 'future')}
I-94 no. ${X('i94-number', `${nd(9)}A${int(1, 9)}`)}
Fee ${price(410, 560)} or I-912 fee waiver.
Client DOB ${DOB('dMonY')}; c/b ${PHONE('space')}`;
});

// ---- School enrolment notes

T('enroll', 'en', 4, (i) => {
  const kid = who('en');
  const parent = { ...who('en'), last: kid.last };
  parent.full = `${parent.first} ${parent.last}`;
  const { dt, grade } = schoolKid();
  return `Family Welcome Center - enrollment note (${NOTDOB('date-enrolled', 'mmddyyyy', 'recent')})
Student: ${kid.full}   DOB: ${M('DATE_OF_BIRTH', fmtDate(dt, cyc(i, ['mmddyyyy', 'mdyyyy', 'iso', 'long'])))}   Grade: ${gradeEn(grade)}
OSIS: ${X('student-id', nzd(9))}  (new to NYC DOE)
Parent/guardian: ${parent.full} (${pick(parent.g === 'f' ? ['mother', 'aunt', 'grandmother'] : ['father', 'uncle', 'grandfather'])}). Cell ${PHONE(cyc(i, ['paren', 'dash', 'dot', 'p1paren']))}; email ${EMAIL(parent, cyc(i, ['first.last', 'plus', 'firstl', 'dash']))}
Parent asked whether the school needs an SSN - told no, not required; nothing collected.
Proof of address: Con Edison bill, acct ${X('account-number', `${nd(2)}-${nd(4)}-${nd(4)}-${nd(4)}-${nd(1)}`)}
Sibling: ${who('en').first} (DOB ${DOB('mdyy', 'school')}), already at P.S. ${int(10, 300)}.
Immunizations: MMR #2 ${NOTDOB('date-vaccination', 'mmddyyyy', 'past')}.`;
});

T('enroll', 'en', 2, (i) => {
  const kid = who('en');
  const st = staffer();
  return `Subject: Enrollment docs - ${kid.first} ${kid.last[0]}. (Gr. ${cyc(i, ['10', '9'])})

The family brought the student's passport (${cyc(i, ['India', 'Ukraine'])}) no. ${PASS(cyc(i, ['in', 'ua']))} as proof of age; DOB on it is ${DOB(cyc(i, ['dMonthY', 'eu']), 'teen')}. Arrived in the US ${NOTDOB('date-arrival', 'mmddyyyy', 'recent')}. I made a copy and gave the original back. Guardian phone ${PHONE('p1sp')}.

- ${st.full}, Parent Coordinator
${EMAIL(st, 'flast', 'ps214.schools.example')} | ${PHONE('dot')}`;
});

T('enroll', 'en', 2, () => {
  const row = () => {
    const kid = who('en');
    const { dt, grade } = schoolKid();
    return `${kid.full},${M('DATE_OF_BIRTH', fmtDate(dt, 'iso'))},${gradeEn(grade)},${PHONE(pick(['dash', 'bare']))},${X('pickup-code', nd(4))},${libraryBarcode('patron')}`;
  };
  return `student_name,dob,grade,guardian_phone,pickup_code,library_card\n${row()}\n${row()}\n${row()}`;
}, 'after-school roster; library card barcodes carry a Luhn check digit');

// ---- Shelter logs

T('shelter', 'en', 4, (i) => {
  const c = who('en');
  const their = c.g === 'f' ? 'her' : 'his';
  const kids = int(1, 2);
  return `HARBOR STREET FAMILY SHELTER - NIGHT LOG ${NOTDOB('date-log', 'mmddyyyy', 'recent')}
22:10 New arrival: ${c.full} + ${kids} child${kids > 1 ? 'ren' : ''}, referred by PATH (case ${X('case-number', nzd(7))}).
22:25 Adult DOB ${DOB(cyc(i, ['mmddyyyy', 'mdyy', 'mmddyyyyDash', 'mdyyyy']), 'fertile')}; child ${DOB('mdyy', 'child')}${kids > 1 ? ` and ${DOB('mdyy', 'baby')}` : ''}. Room ${int(100, 420)}.
22:40 Only ID is ${their} passport ${PASS(cyc(i, ['mx', 'gt', 'ec', 'in']))} - stored in office safe, envelope #${X('envelope-number', nd(3))}.
23:55 Quiet. Locker ${X('locker-combination', `${int(1, 39)}-${int(1, 39)}-${int(1, 39)}`)} reassigned.
06:30 Resident asked staff to call relative at ${FPHONE(cyc(i, ['hn', 'gt', 'ec', 'sv']))}; used office line.`;
});

T('shelter', 'en', 4, (i) => {
  const [a, b] = [who('en'), who('en')];
  const st = staffer();
  const ssnPart = cyc(i, [() => `SSN card (${SSN('dash')})`, () => `SS card ending ${lastFour()}`, () => `social security card, number ${SSN('space')}`, () => `SSN card (${masked('X')})`])();
  return `INCIDENT REPORT #${X('incident-number', `IR-${yy2()}-${nd(4)}`)}
Date of incident: ${NOTDOB('date-incident', 'mmddyyyy', 'recent')}   Time: ${X('time', time12())}
Persons involved: ${a.full} (DOB ${DOB('mmddyyyy')}), ${b.full} (DOB unknown)
Summary: Resident reports wallet taken from bunk area: debit card, IDNYC card and ${ssnPart}. Advised to place a fraud alert; gave bank hotline ${PHONE('one')}. NYPD complaint # ${X('police-report-number', `${year()}-${pad(int(1, 123), 3)}-${nd(5)}`)}.
Staff: ${st.full}  ${EMAIL(st, 'first.last', 'shelter.city.example')}`;
});

// ---- JSON fragments

T('json', 'en', 4, (i) => {
  const c = who('en');
  const id = cyc(i, [() => SSN('bare'), () => SSN('dash'), () => badNine('ssn-invalid-group-00', 'bare'), () => ITIN('bare')])();
  return `{"resident":{"id":"${X('record-id', `res_${nd(8)}`)}","name":"${c.full}","dob":"${DOB('iso')}","ssn":"${id}","phone":"${PHONE(cyc(i, ['p1bare', 'dash', 'paren', 'bare']))}","email":"${EMAIL(c, cyc(i, ['first.last', 'plus', 'firstl', 'Caps']))}","address":{"zip":"${zip4()}"}},"case":{"number":"${X('case-number', `CV-${year()}-${nd(5)}`)}","opened":"${NOTDOB('date-opened', 'iso', 'recent')}"},"meta":{"client_ip":"${IP(cyc(i, ['doc', 'v6', 'p192', 'doc']))}","app_version":"${version4()}"}}`;
}, (i) => (i === 3 ? 'ITIN under an "ssn" key (README rule 4)' : i === 2 ? 'SSN with group 00 under an "ssn" key' : undefined));

T('json', 'en', 3, (i) => `{
  "level": "warn",
  "ts": "${X('timestamp', isoStamp())}",
  "msg": "validation failed",
  "field": "${cyc(i, ['ssn', 'ssn', 'itin'])}",
  "value": "${cyc(i, [() => badNine('ssn-invalid-area-666'), () => badNine('ssn-invalid-serial-0000'), () => badNine('itin-invalid-group')])()}",
  "reason": "${cyc(i, ['area 666 is never issued', 'serial 0000 is never issued', 'group not in ITIN ranges'])}",
  "remote_addr": "${IP(cyc(i, ['v6', 'v6short', 'v6full']))}",
  "request_id": "${X('request-id', hex(32))}"
}`, 'log record of a rejected value');

T('json', 'en', 3, (i) => `{"receiptNumber":"${RCPT(cyc(i, ['IOE', 'EAC', 'WAC']), 'plain')}","formType":"${cyc(i, ['I-821D', 'I-765', 'I-130'])}","status":"Case Was Received","statusDate":"${NOTDOB('date-status', 'mmddyyyy', 'recent')}","applicant":{"aNumber":"${ANUM(cyc(i, ['A9', 'A8', 'A9']))}","dateOfBirth":"${DOB(cyc(i, ['mmddyyyy', 'iso', 'mmddyyyy']))}"},"notices":[{"type":"I-797C","mailed":"${NOTDOB('date-mailed', 'iso', 'recent')}"}]}`);

// ---- URLs with query strings

T('url', 'en', 1, () => {
  const c = who('en');
  return `GET /api/v1/clients/search?last=${encodeURIComponent(ascii(c.last))}&dob=${DOB('iso')}&ssn=${SSN('bare')}&page=2 HTTP/1.1
Host: intake.example.org
Referer: https://intake.example.org/clients?order_id=${nine9('order-number')}
X-Forwarded-For: ${IP('doc')}, ${IP('p10')}`;
});
T('url', 'en', 1, () => `https://casetracker.example.org/case/view?anum=${ANUM('A9')}&receipt=${RCPT('WAC', 'plain')}&tab=notes&session=${X('session-id', hex(24))}`);
T('url', 'en', 1, () => {
  const c = who('en');
  return `Shared link: https://forms.example.com/enroll?name=${ascii(c.first)}+${ascii(c.last)}&email=${EMAIL(c, 'plus', 'example.org')}&phone=${PHONE('bare')}&birthdate=${DOB('mmddyyyyDash')}&utm_source=sms`;
});
T('url', 'en', 1, () => `https://track.example.com/status?carrier=ups&tracking=${upsTracking()}&zip=${zip4()}&ts=${X('unix-timestamp', `17${nd(8)}`)}&ref=${X('order-number', nine(ssnDigits(), 'dash'))}`, 'no identifier: tracking link');
T('url', 'en', 2, (i) => {
  const c = who('en');
  return `Password reset requested for ${EMAIL(c, cyc(i, ['first.last', 'dash']), 'example.net')} from ${IP(cyc(i, ['doc', 'v6ll']))}. Link: https://portal.example.org/reset?user=${EMAIL(c, cyc(i, ['first.last', 'dash']), 'example.net')}&token=${X('token', hex(40))}&exp=${X('unix-timestamp', `17${nd(8)}`)}`;
});
T('url', 'en', 2, (i) => `<a href="mailto:${EMAILX(cyc(i, ['ayuda', 'help+housing']), 'casapuente.example.org')}?subject=Intake&case=${X('case-number', nzd(6))}">Email us</a> or <a href="tel:${PHONE('p1bare')}">call</a> · version ${version4()}`, 'HTML with mailto: and tel: links; the scheme is not part of the value');

// ---- Court dockets

T('docket', 'en', 3, (i) => {
  const boro = cyc(i, ['BRONX', 'KINGS', 'QUEENS']);
  const row = () => {
    const [firm] = pick(FIRMS);
    return `${X('index-number', ltIndex())}   ${LLC()} v. ${who('en').last}   ${firm} (${PHONE(pick(['dash', 'dot']))}${chance(0.4) ? ` x${int(10, 99)}` : ''})   ${pick(['9:30 AM', '10:00 AM', '11:30 AM'])}`;
  };
  return `CIVIL COURT OF THE CITY OF NEW YORK, COUNTY OF ${boro}: HOUSING PART ${pick(['F', 'G', 'H', 'J'])}
Calendar for ${NOTDOB('date-calendar', 'abbr')}     Room ${int(200, 600)}
Index No.         Caption                         Atty for Pet.                Time
${row()}
${row()}
${row()}`;
}, 'housing calendar: index numbers and law-firm phone numbers');

T('docket', 'en', 3, (i) => {
  const row = (style) => {
    const p = who('en');
    return `${ANUM(style)}   ${up(p.last)}, ${up(p.first)}   ${pick(['SPA', 'MAM', 'FRE', 'WOL', 'KIC', 'QUE'])}   ${pick(['MAS', 'IND'])}   ${pick(['08:30', '13:00'])}`;
  };
  return `EXECUTIVE OFFICE FOR IMMIGRATION REVIEW - HEARING LIST
IJ ${staffer().last}   Courtroom ${int(1, 30)}   ${NOTDOB('date-hearing', 'mmddyyyy')}
A-Number      Name                      Lang  Type  Time
${row('b3-3-3')}
${row(cyc(i, ['b3-3-3', 'b9', 'b3-3-3']))}
${row(cyc(i, ['b9', 'b3-3-3', 'b8']))}`;
}, 'A-numbers under an "A-Number" column header');

T('docket', 'en', 2, (i) => {
  const c = who('en');
  const st = staffer();
  return `Docket ${X('docket-number', `CR-${nzd(6)}-${yy2()}${pick(['BX', 'KN', 'QN', 'NY'])}`)}   Arrest #${X('arrest-number', `${pick(['B', 'K', 'Q', 'M'])}${yy2()}${nd(6)}`)}   NYSID ${X('nysid', `${nd(8)}${pick(['K', 'M', 'Q', 'H'])}`)}
Def: ${up(c.last)}, ${up(c.first)}   DOB ${DOB(cyc(i, ['mmddyyyy', 'mmddyy']))}   Charges: PL 155.25
Adj. to ${NOTDOB('date-hearing', 'mmddyyyy')} Part AR${int(1, 3)}; ROR.
Def. counsel ${st.full} (${EMAIL(st, 'flast', 'defenders.example.org')})`;
});

// ---- Clinic referrals

T('referral', 'en', 4, (i) => {
  const preg = i % 2 === 0;
  const c = who('en', preg ? 'f' : undefined);
  const st = staffer();
  const { lmp, edd } = pregnancy();
  return `REFERRAL - Northside Community Health -> ${preg ? "Women's Health" : 'Pediatrics'}
Pt: ${c.full}   DOB: ${preg ? DOB(cyc(i, ['mmddyyyy', 'mdyy']), 'fertile') : DOB('mmddyyyy', 'baby')}   MRN: ${X('mrn', nd(8))}
${preg ? `Pt is G${int(1, 4)}P${int(0, 3)}, LMP ${X('date-lmp', fmtDate(lmp, 'mmddyyyy'))}, EDD ${X('date-edd', fmtDate(edd, 'mmddyyyy'))}.` : `Mother's DOB ${DOB('mmddyyyy', 'fertile')}; birth weight 3.1 kg; seen at the clinic on ${NOTDOB('date-visit', 'mmddyyyy', 'recent')}.`} Uninsured - screened for Emergency Medicaid; CIN ${X('medicaid-cin', medicaidCin())} (pending).
Referring provider: ${st.full}, NPI ${X('npi', `1${nd(9)}`)}
Please call ${preg ? 'pt' : 'mother'} at ${PHONE(cyc(i, ['paren', 'dash', 'dot', 'p1paren']))} (Spanish; use interpreter line). Fax records to ${PHONE('dash')}.
Appt requested by ${NOTDOB('date-appointment', 'mmddyyyy')}.`;
});

T('referral', 'en', 2, (i) => {
  const c = who('en');
  return `Behavioral health referral
Client: ${c.initial}, DOB ${DOB(cyc(i, ['mdyy', 'abbrNoDot']))}. Self-pay, sliding scale tier B.
Plan member ID ${X('insurance-member-id', `${pick(['MP', 'HF', 'EM'])}${nd(7)}`)}, group ${X('group-number', nd(5))}.
Client asks that NO immigration information be written in the chart.
Emergency contact: ${pick(['sister', 'partner', 'cousin'])} ${PHONE('p1dash')}. Portal login: ${EMAIL(c, 'plus2', 'clinic.example.org')}`;
});

T('referral', 'en', 2, (i) => {
  const c = who('en');
  return `Sliding-fee application - dental
Patient ${c.full}, born ${DOB(cyc(i, ['long', 'mmddyyyy']))}. Household of ${int(2, 6)}, monthly income ${price(900, 3200)}.
Copay card on file: ${CARD(cyc(i, ['mc', 'visa']), 'dash')} exp ${X('card-expiry', `${pad(int(1, 12), 2)}/${int(26, 30)}`)}; billing ZIP ${zip4()}.
Next cleaning ${NOTDOB('date-appointment', 'mmddyyyy')} at ${X('time', timeBiz())}.`;
});

// ---- Server and network logs

T('log', 'en', 4, (i) => {
  const ts = () => X('timestamp', `${pad(int(1, 28), 2)}/${pick(['Mar', 'Apr', 'May'])}/${year()}:${time24()}:${pad(int(0, 59), 2)} +0000`);
  return `${IP(cyc(i, ['doc', 'p192', 'doc', 'lo']))} - - [${ts()}] "GET /clients/export?fmt=csv HTTP/1.1" 200 ${int(1000, 90000)} "-" "Mozilla/5.0"
${IP(cyc(i, ['v6', 'v6short', 'v6full', 'v6up']))} - intake${pad(int(1, 20), 2)} [${ts()}] "POST /api/login HTTP/2.0" 401 91 "-" "okhttp/4.12.0"
${IP(cyc(i, ['p10', 'doc', 'p172', 'doc']))} - - [${ts()}] "GET /static/app.js?v=${version4()} HTTP/1.1" 304 0 "-" "Mozilla/5.0"`;
}, 'access log: IPv4/IPv6 client addresses, a 4-part asset version');

T('log', 'en', 3, (i) => `${pick(['Apr', 'May'])}  ${int(1, 9)} ${time24()}:${pad(int(0, 59), 2)} gw01 sshd[${int(1000, 40000)}]: Failed password for invalid user admin from ${IP(cyc(i, ['p172', 'doc', 'v6']))} port ${int(1024, 65535)} ssh2
${pick(['Apr', 'May'])}  ${int(1, 9)} ${time24()}:${pad(int(0, 59), 2)} gw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=${mac()} SRC=${IP('doc')} DST=${IP('p10')} PROTO=TCP SPT=${int(1024, 65535)} DPT=22
${pick(['Apr', 'May'])}  ${int(1, 9)} ${time24()}:${pad(int(0, 59), 2)} gw01 dhcpd: DHCPACK on ${IP('p192')} to ${mac(cyc(i, ['colon', 'cisco', 'colon']))} (intake-laptop-${pad(int(1, 20), 2)}) via eth1`, 'syslog: MAC addresses next to IP addresses');

T('log', 'en', 3, (i) => {
  const c = who('en');
  const d = dateIn('recent');
  const stamp = `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
  return `${X('timestamp', `${stamp} ${time24()}:${pad(int(0, 59), 2)},${nd(3)}`)} ERROR [ClientService] duplicate key on insert: ssn=${SSN(cyc(i, ['dash', 'bare', 'dash']))} (client_id=${X('record-id', nzd(7))}) from ${IP(cyc(i, ['v6short', 'v6mapped', 'v6lo']))}
${stamp} ${time24()}:${pad(int(0, 59), 2)},${nd(3)} DEBUG [Mailer] queued notice to ${EMAIL(c, cyc(i, ['first.last', 'plus', 'Caps']))} via relay ${IP('p10')}:587
${stamp} ${time24()}:${pad(int(0, 59), 2)},${nd(3)} WARN  [Search] slow query (${int(900, 4000)} ms) params={dob=${DOB('iso')}, anum=${ANUM(cyc(i, ['A9', 'A8', 'A9']))}}`;
}, 'application log leaking identifiers');

// ---- Billing

T('billing', 'en', 4, (i) => {
  const c = who('en');
  return `PAYMENT RECEIPT - ${cyc(i, ['IDNYC Enrollment', 'Westside Legal Aid Collective', 'Casa Puente Community Center', 'Northside Community Health'])}
Receipt no. ${X('receipt-number', `R${nd(9)}`)}   Date: ${NOTDOB('date-payment', 'mmddyyyy', 'recent')} ${X('time', timeBiz())}
Payer: ${c.full}   ${EMAIL(c, cyc(i, ['first.last', 'firstl', 'plus', 'first_last']))}
Card: ${CARD(cyc(i, ['visa', 'mc', 'amex', 'disc']), cyc(i, ['space', 'dash', 'bare', 'space']))}   Auth ${X('auth-code', alnum(6))}
Amount: ${price(10, 300)}   Memo: ${cyc(i, ['replacement card fee', 'filing fee advance', 'class registration', 'copay'])}
Terminal ${X('terminal-id', `TID-${nd(8)}`)} @ ${IP('p10')}`;
});

T('billing', 'en', 2, (i) => `Payment attempt FAILED - card number ${luhnFail(cyc(i, ['visa', 'mc']), cyc(i, ['space', 'dash']))} rejected (checksum). ${i === 0 ? `Customer re-entered ${CARD('visa', 'space')} - approved.` : `Second try ${luhnFail('mc', 'bare')} also rejected; customer will call back at ${PHONE('parenT')}.`} Invoice ${X('invoice-number', `INV-${year()}-${nd(5)}`)} total ${price(20, 900)}.`);

T('billing', 'en', 2, (i) => `Vendor setup: ${LLC()}, ${i === 0 ? `EIN ${ein()}` : `sole proprietor, TIN ${SSN('dash')} (no EIN)`}, ACH routing ${X('routing-number', routingNumber())}, acct ${X('bank-account-number', nd(10))}; remittance advice to ${EMAILX('ap', 'vendor.example.com')}. Check #${X('check-number', nd(4))} voided. PO ${X('po-number', `PO-${year()}-${nd(5)}`)}.`,
(i) => (i === 1 ? 'TIN label on an SSN-structured number: SSN (README rule 4)' : 'vendor payment numbers only'));

// ---- Mail room and library

T('parcel', 'en', 3, (i, t = timesUp(4, 8, 17)) => `MAILROOM LOG ${NOTDOB('date-log', 'mmddyyyy', 'recent')}
${t[0]} UPS ${upsTracking(i === 1)} -> ${who('en').full}, Rm ${int(100, 900)} (signed)
${t[1]} FedEx ${fedexTracking(true)} -> ${who('en').full}
${t[2]} USPS Certified ${uspsTracking()} -> Legal Dept. (return receipt)
${t[3]} USPS ${uspsIntl()} from ${pick(COUNTRIES_EN)} -> ${who('en').full}
${i === 2 ? 'No notifications sent.' : `Notified recipients by text from ${PHONE('dash')}.`}`, (i) => (i === 2 ? 'tracking numbers only' : undefined));

T('parcel', 'en', 3, (i) => {
  const c = who('en');
  return `NOTICE from ${cyc(i, ['Tremont', 'Corona', 'Inwood'])} Branch Library: the item you requested is ready.
Item barcode ${libraryBarcode('item')}. Patron ${c.initial}, card ${libraryBarcode('patron')}.
Pick up by ${NOTDOB('date-due', 'mmddyyyy')}. ${i === 0 ? `Questions? ${PHONE('dot')} or ${EMAILX('holds', 'library.example.org')}` : 'Renew online with your card number and PIN.'}`;
}, 'library barcodes (14 digits with a Luhn check digit)');

// ---- More hard negatives (English)

T('legalaid', 'en', 4, (i) => {
  const c = who('en');
  const [bad1, bad2, real] = cyc(i, [
    [() => badNine('ssn-invalid-area-000'), () => placeholder('123-45-6789'), () => `Client's own SSN, issued after the asylum grant: ${SSN('dash')}.`],
    [() => badNine('ssn-invalid-area-666', 'space'), () => masked('star'), () => `Client's ITIN (CP565 in file): ${ITIN('dash')}.`],
    [() => badNine('ssn-invalid-group-00'), () => badNine('ssn-invalid-serial-0000', 'bare'), () => 'Client has never had an SSN or an ITIN.'],
    [() => badNine('ssn-invalid-area-9xx'), () => placeholder('999-99-9999'), () => 'No valid number anywhere in the file.'],
  ]);
  return `Doc review - ${c.initial} (wage claim)
- ${int(2017, 2020)} paystubs show "SSN ${bad1()}"; SSA never issues that number, so the employer probably typed one in.
- ${int(2021, 2022)} W-2 lists ${bad2()} in box a.
- ${real()}
- Employer EIN per W-2: ${ein()}. Claim no. ${X('claim-number', `WC-${nd(7)}`)}.`;
}, (i) => (i >= 2 ? 'invalid SSNs only' : 'invalid SSNs next to a valid identifier'));

T('call', 'en', 2, (i) => `Call note - ${staffer().initial}
Caller wanted the status of a replacement ID card. Gave confirmation no. ${X('phone-like-id', `${int(6, 9)}${nd(2)}-${int(2, 9)}${nd(2)}-${nd(4)}`)} and ${i === 0 ? `driver license ID ${X('drivers-license', `${nd(3)} ${nd(3)} ${nd(3)}`)}` : `order ${X('order-number', nine(ssnDigits(), 'dash'))}`}. Told caller the card ships in ${int(7, 14)} business days; fee was ${price(10, 20)}. Caller will call back after ${X('time', timeBiz())}. No other information taken.`,
'no identifier: phone-like and SSN-like reference numbers');

T('log', 'en', 2, (i) => `${X('timestamp', isoStamp())} [error] upstream timed out (110: Connection timed out) while connecting to upstream, client: ${IP('doc')}, server: intake.example.org, request: "GET /health HTTP/1.1", upstream: "http://${IP('p10')}:8080/health"
${i === 0 ? `listening on [${IP('v6short')}]:8443 and ${IP('p192')}:443` : `SNMP trap OID ${X('oid', `1.3.6.1.4.1.${int(1000, 60000)}.${int(1, 9)}.${int(1, 9)}`)} from ${IP('p172')}; see runbook section ${X('section-number', `${int(1, 9)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)}`)}`}`,
'IP addresses with ports (port and brackets not part of the value); OID and section number');

T('ocr', 'en', 2, (i) => {
  const c = who('en');
  if (i === 0) {
    return `UNITED STATES OF AMERICA            VISA
Issuing Post Name  ${pick(['TEGUCIGALPA', 'GUATEMALA', 'QUITO', 'MEXICO CITY'])}      Control Number  ${X('visa-foil', `${year()}${nd(10)}`)}
Surname  ${up(c.last)}
Given Name  ${up(c.first)}
Passport Number  ${PASS(pick(['in', 'mx', 'gt']))}     Sex  ${c.g === 'f' ? 'F' : 'M'}     Nationality  ${pick(['HND', 'GTM', 'ECU', 'MEX'])}
Visa Type/Class  R  B1/B2      Entries  M
Birth Date  ${DOB('passport')}
Issue Date  ${NOTDOB('date-issued', 'passport', 'past')}      Expiration Date  ${NOTDOB('date-expiry', 'passport', 'future')}`;
  }
  return `Form I-20   Certificate of Eligibility for Nonimmigrant Student Status
SEVIS ID: ${X('sevis-id', `N00${nd(8)}`)}
SURNAME/PRIMARY NAME  ${up(c.last)}        GIVEN NAME  ${up(c.first)}
COUNTRY OF BIRTH  ${up(pick(COUNTRIES_EN))}        DATE OF BIRTH  ${DOB('mmddyyyy')}
PROGRAM START DATE  ${NOTDOB('date-program-start', 'mmddyyyy')}        PROGRAM END DATE  ${NOTDOB('date-program-end', 'mmddyyyy', 'future')}
School official: ${staffer().full}   Tel ${PHONE('paren')} x${int(100, 999)}`;
}, (i) => (i === 0 ? 'US visa foil: the control number is not a passport number' : 'I-20: the SEVIS ID is none of the ten types; the extension is not part of the phone number'));

T('thread', 'en', 2, (i) => `Subject: ${cyc(i, ['Community board budget hearing', 'Tenant association update'])}

Reminder: the ${cyc(i, ['budget hearing', 'building meeting'])} is ${NOTDOB('date-meeting', 'long')} at ${X('time', timeBiz())} in the community room (${int(100, 2900)} ${pick(STREETS)}, ${zip4()}). Dues are ${price(5, 25)} a month; the repair fund stands at ${price(1000, 9000)}. Open 311 complaints: ${sr311()} and ${sr311()}. The boiler permit, no. ${X('permit-number', `B${nd(8)}`)}, expires ${NOTDOB('date-expiry', 'mmddyyyy')}. Interpretation in Spanish, Haitian Creole and Bengali will be available.`,
'no identifier');

T('sheet', 'en', 1, () => {
  const row = () => `${sr311()},${NOTDOB('date-created', 'mmddyyyy', 'recent')} ${timeBiz()},${NOTDOB('date-closed', 'mmddyyyy', 'recent')},${pick(['HEAT/HOT WATER', 'NOISE - RESIDENTIAL', 'PLUMBING', 'PAINT/PLASTER'])},${zip4()},Closed`;
  return `SR Number,Created Date,Closed Date,Complaint Type,Incident Zip,Status\n${row()}\n${row()}\n${row()}`;
}, 'no identifier: 311 export');

// =============================================================================================
// SPANISH

// ---- Correos reenviados

T('thread', 'es', 4, (i) => {
  const c = who('es', 'f');
  const st = staffer();
  const idLine = cyc(i, [
    () => `Número de seguro social: ${SSN('dash')}`,
    () => `Seguro social: ${SSN('space')}`,
    () => `No tiene seguro social; su ITIN es ${ITIN('dash')}`,
    () => `Núm. de seguro: ${SSN('dot')}`,
  ])();
  return `---------- Mensaje reenviado ---------
De: ${st.full} <${EMAIL(st, 'first.last', 'casapuente.example.org')}>
Fecha: ${X('date-sent', emailHeaderDate('es'))}, ${time24()}
Asunto: Datos de ${c.full} para la solicitud
Para: <${EMAILX('admisiones', 'casapuente.example.org')}>

Buenas tardes: les reenvío los datos que la señora nos dio por teléfono.
${idLine}
Fecha de nacimiento: ${DOB(cyc(i, ['ddmmyyyy', 'largo', 'dmyyyy', 'ddmmyyyyDash']))}
Cel.: ${PHONE(cyc(i, ['dash', 'paren', 'space', 'p1sp']))}
Su cita en el consulado es el ${NOTDOB('date-appointment', 'largo')}.

Saludos cordiales,
${st.full}
Trabajo Social | Casa Puente
Tel. ${PHONE('paren')} ext. ${int(100, 400)}`;
});

T('thread', 'es', 4, (i) => {
  const c = who('es');
  const a = staffer();
  const att = staffer(a);
  const country = cyc(i, ['Guatemala', 'México', 'Ecuador', 'Honduras']);
  return `Gracias, ${att.first}. Ya lo subí al expediente.

El ${X('date-sent', emailHeaderDate('es'))} a las ${time24()}, ${att.full} <${EMAIL(att, cyc(i, ['flast', 'first.last', 'dash', 'flast']), 'bridgeway.example.org')}> escribió:
> Te confirmo los datos del caso de ${c.first}:
> ${cyc(i, ['Número A:', 'No. de extranjero:', 'A#', 'Número de registro de extranjero:'])} ${ANUM(cyc(i, ['b9', 'b3-3-3', 'A9', 'b8']))}
> Recibo de la I-130: ${RCPT(pick(['NBC', 'MSC', 'IOE']), 'plain')}
> Audiencia: ${NOTDOB('date-hearing', 'largo')}, 8:30 a. m.
> Pasaporte (${country}): ${PASS(cyc(i, ['gt', 'mx', 'ec', 'in']))}, vence el ${NOTDOB('date-expiry', 'ddmmyyyy', 'future')}
>
> ${att.full}
> Equipo legal, Bridgeway Immigrant Defense
> ${PHONE('dot')}

-- 
${a.full}`;
});

// ---- OCR de formularios

T('ocr', 'es', 4, (i) => {
  const c = who('es');
  const ssnLine = cyc(i, [() => SSN('ocr'), () => SSN('dash'), () => SSN('bare'), () => `${placeholder('000-00-0000')}  (no tiene)`])();
  return `SOLICITUD  DE  AYUDA   ·   Hoja 1/2
Apellidos:  ${c.last.toUpperCase()}        Nombre(s):  ${c.first.toUpperCase()}
Fecha de
nacimiento (dd/mm/aaaa):    ${DOB('ddmmyyyy')}
Lugar de nacimiento:  ${pick(COUNTRIES_ES)}
No. de Seguro
Social:   ${ssnLine}
Teléfono :  ${PHONE(cyc(i, ['parenT', 'dash', 'space', 'paren']))}
Correo electrónico :${EMAIL(c, cyc(i, ['first.last', 'firstl', 'first_last', 'plus']))}
Código postal: ${zip4()}
Firma ____________________     Fecha:  ${NOTDOB('date-signed', 'ddmmyyyy', 'recent')}`;
});

T('ocr', 'es', 3, (i) => {
  const c = who('es');
  const dt = dateIn('adult');
  if (i === 0) {
    return `MATRÍCULA  CONSULAR  DE  ALTA  SEGURIDAD
No.  ${X('matricula-number', nzd(9))}
NOMBRE  ${up(c.first)} ${up(c.last)}
FECHA DE NACIMIENTO  ${M('DATE_OF_BIRTH', fmtDate(dt, 'abbrEsUp'))}
CURP  ${X('curp', curp(c, dt))}
EXPEDICIÓN  ${NOTDOB('date-issued', 'abbrEsUp', 'past')}     VENCIMIENTO  ${NOTDOB('date-expiry', 'abbrEsUp', 'future')}
DOMICILIO EN EE.UU.  ${addr().toUpperCase()}, ${pick(BORO).toUpperCase()} NY ${pick(ZIP5)}`;
  }
  if (i === 1) {
    return `ACTA  DE  NACIMIENTO        No. de acta  ${X('birth-certificate-number', nd(5))}
Registrado(a):  ${c.full}
Fecha de nacimiento:  ${M('DATE_OF_BIRTH', fmtDate(dt, 'largoMay'))}
Lugar de nacimiento:  ${pick(['Puebla', 'Oaxaca', 'Guerrero', 'Chiapas'])}, México
Fecha de registro:  ${X('date-registered', fmtDate({ ...dt, y: dt.y + int(0, 1), m: Math.min(12, dt.m + 1) }, 'largo'))}
CURP  ${X('curp', curp(c, dt))}`;
  }
  return `REPÚBLICA DE GUATEMALA  —  DOCUMENTO PERSONAL DE IDENTIFICACIÓN
CUI  ${X('dpi', `${nd(4)} ${nd(5)} ${nd(4)}`)}
Nombre  ${c.full}
Fecha de nacimiento  ${M('DATE_OF_BIRTH', fmtDate(dt, 'ddmmyyyy'))}
Vecindad  ${pick(['Huehuetenango', 'Quiché', 'San Marcos', 'Totonicapán'])}
(anexo) Pasaporte No. ${PASS('gt')}   Fecha de emisión ${NOTDOB('date-issued', 'ddmmyyyy', 'past')}`;
}, (i) => ['matrícula consular: the CURP embeds the birth date but is not one', 'birth certificate: the registration date is not the birth date', 'Guatemalan DPI/CUI is none of the ten types'][i]);

// ---- SMS / WhatsApp

T('sms', 'es', 4, (i) => {
  const c = who('es');
  const st = staffer();
  const d = dateIn('recent');
  const stamp = `${pad(d.d, 2)}/${pad(d.m, 2)}/${pad(d.y % 100, 2)}`;
  const t = timesUp(5, 8, 21);
  const label = cyc(i, ['le mando mi numero de seguro', 'mi social es', 'este es el seguro social de mi esposo', 'mi SSN']);
  return `${X('date-message', stamp)} ${t[0]} - ${c.first}: Buenas seño, ${label} ${SSN(cyc(i, ['dash', 'bare', 'space', 'dash']))}
${stamp} ${t[1]} - ${st.first}: Gracias ${c.first} 🙏 y la fecha de nacimiento?
${stamp} ${t[2]} - ${c.first}: ${DOB(cyc(i, ['dmyyyy', 'largo', 'dmyy', 'ddmmyyyy']))}
${stamp} ${t[3]} - ${c.first}: y mi cel nuevo es ${PHONE(cyc(i, ['dash', 'bare', 'dot', 'space']))}, el otro ya no sirve
${stamp} ${t[4]} - ${st.first}: Listo. Su cita es el ${NOTDOB('date-appointment', 'dmyyyy')} a las 10`;
});

T('sms', 'es', 4, (i) => {
  const c = who('es');
  return cyc(i, [
    () => `Hola! soy ${c.first} de la iglesia, ya llegó el paquete? el tracking es ${upsTracking()}. Mi orden es ${X('order-number', `${nd(3)}-${nd(7)}`)} y costó ${price(15, 90)}. Llámame al ${PHONE('local')} o al ${FPHONE('gt')} si ando en Guate`,
    () => `Mija no se te olvide, la cita del WIC es el ${NOTDOB('date-appointment', 'largo')} a las ${X('time', '9:30')} y hay que llevar el comprobante de domicilio con el código postal ${zip4()}. El número de la oficina es ${PHONE('paren')}`,
    () => `Aviso: Su código de verificación es ${X('verification-code', nd(6))}. No lo comparta con nadie. Si no lo solicitó llame al ${PHONE('one')}.`,
    () => `oye ya me dieron el número de caso del 311, es ${sr311()}, dicen que vienen el ${NOTDOB('date-inspection', 'dmyyyy')}. mi correo por si acaso ${EMAIL(c, 'firstl', 'correo.example.net')}`,
  ])();
});

// ---- Llamadas

T('call', 'es', 4, (i) => {
  const c = who('es');
  const st = staffer();
  return `AGENTE: Línea de ayuda de Casa Puente, le habla ${st.first}. ¿En qué le puedo ayudar?
LLAMANTE: Sí, mire, le llamo por lo de la renovación del permiso de trabajo.
AGENTE: ¿Me da su número de recibo?
LLAMANTE: Es ${RCPT(pick(['IOE', 'EAC', 'SRC']), cyc(i, ['sp1', 'sp4', 'plain', 'sp1']))}.
AGENTE: ¿Y su número A?
LLAMANTE: ${ANUM(cyc(i, ['A ', 'b3 3 3', 'A9', 'b9']))}.
AGENTE: ¿Fecha de nacimiento?
LLAMANTE: El ${DOB(cyc(i, ['largo', 'largoDel', 'largo', 'dmyyyy']))}.
AGENTE: ¿Un número donde le podamos llamar?
LLAMANTE: ${PHONE(cyc(i, ['dash', 'space', 'paren', 'local']))}, es el de mi esposo.`;
});

T('call', 'es', 3, (i) => {
  const st = staffer();
  const [sent, ident] = cyc(i, [
    ['La llamante dice que su seguro social es el', () => SSN('dash')],
    ['El llamante da su número de seguro:', () => SSN('bare')],
    ['La llamante lee su número de ITIN en la carta del IRS:', () => ITIN('space')],
  ]);
  return `Nota de llamada - ${st.initial} - ${NOTDOB('date-call', 'ddmmyyyy', 'recent')}
${sent} ${ident()}. Cuenta que el patrón le pidió otro número; se le explicó que no debe usar números ajenos. Queja previa al 311: ${sr311()}. Código postal ${zip4()}. Dice que nació el ${DOB(cyc(i, ['largo', 'largoDel', 'largoMay']))} en ${pick(COUNTRIES_ES)}. Se le dio el número del consulado, ${PHONE('paren')}.`;
});

// ---- Hojas de cálculo

T('sheet', 'es', 2, (i) => {
  const row = () => {
    const c = who('es');
    const id = pick([() => SSN('dash'), () => 'N/A', () => ITIN('dash'), () => SSN('space')]);
    return `${c.full};${DOB('ddmmyyyy')};${id()};${PHONE(pick(['dash', 'space']))};${NOTDOB('date-intake', 'ddmmyyyy', 'recent')};${X('case-number', `EXP-${nd(5)}`)}`;
  };
  return `Nombre;Fecha de nac.;Núm. seguro social;Teléfono;Fecha de ingreso;Expediente\n${row()}\n${row()}\n${row()}`;
}, 'semicolon-separated rows (Spanish Excel)');

T('sheet', 'es', 2, (i) => {
  const row = (k) => {
    const c = who('es');
    return `${k} | ${c.full} | ${EMAIL(c, pick(['first.last', 'firstl', 'first_last', 'dash']))} | ${PHONE(pick(['dash', 'paren', 'dot']))} | ${pick(['sí', 'no'])}`;
  };
  return `Taller "Conozca sus derechos" del ${NOTDOB('date-event', 'largo', 'recent')}
# | Nombre | Correo | Celular | Asistió
${row(1)}
${row(2)}
${row(3)}`;
});

// ---- Notas de asistencia legal

T('legalaid', 'es', 4, (i) => {
  const c = who('es');
  const st = staffer();
  const itin = cyc(i, [() => ITIN('dash'), () => 'en trámite', () => ITIN('space'), () => `${badNine('ssn-invalid-area-9xx')} (no coincide con la carta; verificar)`])();
  return `Entrevista inicial - ${NOTDOB('date-intake', 'ddmmyyyy', 'recent')} - ${st.initial}
Cliente: ${c.full}. ${cyc(i, ['F.N.:', 'Fecha de nac.:', 'Fec. Nac.:', 'FDN:'])} ${DOB(cyc(i, ['ddmmyyyyDash', 'ddmmyyyy', 'romano', 'abbrEs']))}. País de origen: ${pick(COUNTRIES_ES)}.
Entró por ${pick(['Texas', 'Arizona', 'California'])} en ${int(2015, 2023)}; audiencia el ${NOTDOB('date-hearing', 'largo')} en la corte de inmigración.
${cyc(i, ['No. de extranjero:', 'Número A:', 'Núm. de registro de extranjero:', 'A#:'])} ${ANUM(cyc(i, ['b9', 'b3-3-3', 'b8', 'A9']))}
No tiene seguro social. ITIN: ${itin}.
Pasaporte: ${PASS(cyc(i, ['gt', 'mx', 'in', 'ec']))}. Tel.: ${PHONE(cyc(i, ['dash', 'space', 'p1dash', 'parenT']))}. Correo: ${EMAIL(c, cyc(i, ['first.last', 'plus', 'Caps', 'first_last']))}.
Expediente interno ${X('case-number', `CP-${year()}-${nd(4)}`)}.`;
}, (i) => (i === 3 ? 'ITIN label on a 9xx number outside the ITIN groups' : undefined));

T('legalaid', 'es', 4, (i) => {
  const c = who('es', 'f');
  const kid = who('es', 'f');
  return `La clienta ${c.first} llegó con su hija ${kid.first} (nacida el ${DOB(cyc(i, ['largo', 'ddmmyyyy', 'largoDel', 'dmyyyy']), 'child')}). Presentaron la I-589 el ${NOTDOB('date-filed', 'largo', 'recent')}; el recibo es ${RCPT(pick(['LIN', 'NBC']), cyc(i, ['plain', 'dash', 'sp4', 'plain']))}. La niña tiene número A propio: ${ANUM(cyc(i, ['A-', 'A9', 'A ', 'A8']))}. El esposo está detenido en ${pick(['Elizabeth', 'Batavia', 'Goshen'])}; su número de extranjero es ${ANUM(cyc(i, ['b9', 'b3-3-3', 'b9', 'b7']))}. Próxima cita biométrica: ${NOTDOB('date-appointment', 'ddmmyyyy')}. Teléfono de la clienta ${PHONE(cyc(i, ['dash', 'dot', 'paren', 'p1sp']))}.`;
});

// ---- Inscripción escolar

T('enroll', 'es', 3, (i) => {
  const kid = who('es');
  const mom = who('es', 'f');
  const { dt, grade } = schoolKid();
  return `Inscripción escolar - Centro de Bienvenida Familiar
Alumno/a: ${kid.full}   Fecha de nacimiento: ${M('DATE_OF_BIRTH', fmtDate(dt, cyc(i, ['ddmmyyyy', 'largo', 'dmyyyy'])))}   Grado: ${gradeEs(grade)}
OSIS: ${X('student-id', nzd(9))}
Madre/tutora: ${mom.full}, cel. ${PHONE(cyc(i, ['dash', 'paren', 'p1sp']))}, correo ${EMAIL(mom, cyc(i, ['first.last', 'plus', 'firstl']))}
Se le explicó que la escuela NO pide número de seguro social ni estatus migratorio.
Llegada a EE. UU.: ${NOTDOB('date-arrival', 'ddmmyyyy', 'recent')}. Vacunas pendientes; cita en la clínica escolar el ${NOTDOB('date-appointment', 'largo')}.`;
});

T('enroll', 'es', 2, (i) => {
  const kid = who('es');
  const mom = who('es', 'f');
  return `Buenos días maestra, soy la mamá de ${kid.first}. Le mando los datos que pidió para la excursión: fecha de nacimiento de ${kid.first} ${DOB(cyc(i, ['dmyyyy', 'largo']), 'school')}, mi teléfono ${PHONE('dash')} y el de su papá ${PHONE(cyc(i, ['space', 'dot']))}. El pago de ${price(5, 40)} lo mando el ${NOTDOB('date-payment', 'dmyyyy')}. Mi correo es ${EMAIL(mom, 'first_last', 'correo.example.net')}. Gracias.
${mom.full}`;
});

// ---- Albergue

T('shelter', 'es', 3, (i) => {
  const c = who('es');
  const pais = cyc(i, ['mexicano', 'guatemalteco', 'ecuatoriano']);
  const t = timesUp(4, 19, 23);
  return `BITÁCORA - Albergue Puerto Seguro - turno de noche ${NOTDOB('date-log', 'ddmmyyyy', 'recent')}
${t[0]} Ingresa ${c.full} (F.N. ${DOB(cyc(i, ['ddmmyyyy', 'dmyy', 'ddmmyyyyDash']), 'fertile')}) con ${pick(['1 menor', '2 menores', '3 menores'])}. Cama ${int(1, 60)}.
${t[1]} Entrega pasaporte ${pais} núm. ${PASS(cyc(i, ['mx', 'gt', 'ec']))} para resguardo; sobre #${X('envelope-number', nd(3))}.
${t[3]} Pide llamar a su hermano: ${FPHONE(cyc(i, ['mx1', 'gt', 'ec']))}.
07:10 Sale a su cita; regresa a las 13:00.`;
});

T('shelter', 'es', 2, (i) => {
  const c = who('es', 'f');
  return `REPORTE DE INCIDENTE No. ${X('incident-number', `RI-${yy2()}-${nd(4)}`)}
Fecha del incidente: ${NOTDOB('date-incident', 'ddmmyyyy', 'recent')}   Hora: ${time24()}
La residente ${c.full} reporta que le robaron la cartera con su tarjeta de débito y su tarjeta de seguro social (${i === 0 ? SSN('dash') : `termina en ${lastFour()}`}). Se le ayudó a llamar al banco al ${PHONE('one')}. Denuncia policial ${X('police-report-number', `${year()}-${pad(int(1, 123), 3)}-${nd(5)}`)}.`;
});

// ---- JSON

T('json', 'es', 3, (i) => {
  const c = who('es');
  const body = cyc(i, [
    () => `"numero_seguro_social":"${SSN('bare')}","telefono":"${PHONE('dash')}"`,
    () => `"numero_a":"${ANUM('A9')}","recibo_uscis":"${RCPT('IOE', 'plain')}"`,
    () => `"numero_seguro_social":"${badNine('ssn-invalid-area-666')}","telefono":"${PHONE('p1bare')}"`,
  ])();
  return `{"solicitante":{"nombre":"${c.full}","fecha_nacimiento":"${DOB('ddmmyyyy')}",${body},"correo":"${EMAIL(c, 'first.last')}"},"expediente":"${X('case-number', `CP-${nd(6)}`)}","fecha_solicitud":"${NOTDOB('date-filed', 'iso', 'recent')}","codigo_postal":"${zip4()}"}`;
});

// ---- URLs

T('url', 'es', 1, () => {
  const c = who('es');
  return `Enlace de su cita: https://citas.example.org/reservar?nombre=${ascii(c.first)}&fecha_nac=${DOB('ddmmyyyyDash')}&cel=${PHONE('bare')}&correo=${EMAIL(c, 'firstl')}&fecha_cita=${NOTDOB('date-appointment', 'iso')}&sede=bronx`;
});
T('url', 'es', 1, () => `Consulte su caso en https://ayuda.example.org/seguimiento?expediente=${X('case-number', nzd(6))}&numero_a=${ANUM('A9')}&recibo=${RCPT('EAC', 'plain')}&origen=${IP('doc')}`);

// ---- Agenda de audiencias

T('docket', 'es', 3, (i) => {
  const row = (style) => {
    const p = who('es');
    return `• ${p.last.toUpperCase()}, ${p.first} - ${cyc(i, ['A#', 'Núm. A', 'No. A'])} ${ANUM(style)} - audiencia ${pick(['individual', 'de calendario'])} ${NOTDOB('date-hearing', 'ddmmyyyy')} ${pick(['8:30', '13:00'])} - intérprete ${pick(['mam', "k'iche'", 'español', 'quechua'])}`;
  };
  return `Agenda de audiencias - semana del ${NOTDOB('date-calendar', 'largo')}
${row('b3-3-3')}
${row(cyc(i, ['b9', 'b3-3-3', 'b8']))}
• ${who('es').last.toUpperCase()} - caso de vivienda, índice ${X('index-number', ltIndex())} - ${NOTDOB('date-hearing', 'ddmmyyyy')}`;
});

// ---- Referencias clínicas

T('referral', 'es', 3, (i) => {
  const c = who('es', 'f');
  const st = staffer();
  const { lmp, edd } = pregnancy();
  return `HOJA DE REFERENCIA - Clínica Comunitaria del Norte
Paciente: ${c.full}   ${cyc(i, ['F. de nacimiento:', 'Fecha de nac.:', 'F.N.:'])} ${DOB(cyc(i, ['ddmmyyyy', 'dmyy', 'largo']), 'fertile')}   Expediente clínico: ${X('mrn', nd(8))}
Embarazo de ${int(8, 30)} semanas; FUM ${X('date-lmp', fmtDate(lmp, 'ddmmyyyy'))}; FPP ${X('date-edd', fmtDate(edd, 'ddmmyyyy'))}.
Sin seguro médico. Se refiere a ginecobstetricia para control prenatal.
Teléfono de la paciente: ${PHONE(cyc(i, ['dash', 'paren', 'space']))}; contacto de emergencia (esposo): ${PHONE('dot')}.
Refiere: ${st.full}, NPI ${X('npi', `1${nd(9)}`)}`;
});

T('referral', 'es', 3, (i) => {
  const kid = who('es');
  const mom = who('es', 'f');
  return `Referencia pediátrica: menor ${kid.full}, ${kid.g === 'f' ? 'nacida' : 'nacido'} el ${DOB(cyc(i, ['largo', 'ddmmyyyy', 'largoDel']), 'baby')}; madre ${mom.full} (F.N. ${DOB('ddmmyyyy', 'fertile')}). Peso al nacer 3.2 kg. Vacuna hepatitis B aplicada el ${NOTDOB('date-vaccination', 'ddmmyyyy', 'recent')}. Medicaid CIN ${X('medicaid-cin', medicaidCin())}. Cita con pediatría el ${NOTDOB('date-appointment', 'largo')}. Llamar a la madre al ${PHONE(cyc(i, ['dash', 'p1sp', 'parenT']))} (solo español).`;
});

// ---- Pagos

T('billing', 'es', 2, (i) => {
  const c = who('es');
  return `Comprobante de pago - ${cyc(i, ['Casa Puente', 'Clínica Comunitaria del Norte'])}
Folio: ${X('receipt-number', `F-${nd(8)}`)}   Fecha: ${NOTDOB('date-payment', 'ddmmyyyy', 'recent')}
Tarjeta: ${CARD(cyc(i, ['visa', 'mc2']), cyc(i, ['space', 'dash']))}   Titular: ${c.full}
Monto: ${price(10, 300)}   Concepto: ${cyc(i, ['cuota de solicitud', 'consulta'])}
Correo para el recibo: ${EMAIL(c, 'plus2')}`;
});

T('billing', 'es', 2, (i) => `Pago rechazado: el número de tarjeta ${luhnFail(cyc(i, ['visa', 'amex']), cyc(i, ['dash', 'space']))} no es válido. Intente de nuevo o llame al ${PHONE('one')}. Referencia ${X('reference-number', `REF${nd(10)}`)} · Total ${price(20, 600)}`);

// ---- Paquetes y biblioteca

T('parcel', 'es', 2, (i) => (i === 0
  ? `Aviso de entrega: su envío ${fedexTracking(true)} llegará el ${NOTDOB('date-delivery', 'largo')} entre 9:00 y 13:00. Número de pedido ${X('order-number', `${nd(3)}-${nd(7)}-${nd(7)}`)}. Código postal de entrega ${zip4()}.`
  : `Biblioteca de Corona: su libro está listo. Código de barras del artículo ${libraryBarcode('item')}; tarjeta ${libraryBarcode('patron')}. Recójalo antes del ${NOTDOB('date-due', 'ddmmyyyy')}. Dudas: ${PHONE('dot')}.`), (i) => (i === 0 ? 'no identifier' : undefined));

// ---- Más negativos difíciles (español)

T('legalaid', 'es', 3, (i) => {
  const c = who('es');
  const [bad1, bad2, real] = cyc(i, [
    [() => badNine('ssn-invalid-area-000'), () => placeholder('123-45-6789'), () => `Su número verdadero, de la tarjeta del Seguro Social: ${SSN('space')}.`],
    [() => badNine('ssn-invalid-area-666'), () => masked('X'), () => 'No tiene número de seguro social propio.'],
    [() => badNine('ssn-invalid-serial-0000'), () => badNine('ssn-invalid-area-9xx', 'space'), () => `Tiene ITIN: ${ITIN('dash')}.`],
  ]);
  return `Revisión de documentos - ${c.initial} (reclamo de salarios)
• Los talones de pago de ${int(2017, 2020)} dicen "Seguro Social ${bad1()}": ese número no existe, el patrón lo inventó.
• El W-2 de ${int(2021, 2022)} trae ${bad2()} en la casilla a.
• ${real()}
• Número de reclamo ante el Departamento de Trabajo: ${X('claim-number', `LS${nd(8)}`)}.`;
}, (i) => (i === 1 ? 'invalid SSNs only' : 'invalid SSNs next to a valid identifier'));

T('call', 'es', 1, () => `Nota - ${staffer().initial}: la señora llamó para preguntar por su pedido de despensa. Número de confirmación ${X('phone-like-id', `${int(6, 9)}${nd(2)}-${int(2, 9)}${nd(2)}-${nd(4)}`)}; pedido ${X('order-number', nine(ssnDigits(), 'dash'))}. Se entrega el ${NOTDOB('date-delivery', 'largo')} entre 10:00 y 14:00. No se tomaron otros datos.`, 'no identifier');

T('ocr', 'es', 1, () => {
  const c = who('es');
  const dt = dateIn('adult');
  return `PASAPORTE   ·   ESTADOS UNIDOS MEXICANOS
Tipo  P      Clave del país  MEX      Pasaporte No.  ${PASS('mx')}
Apellidos  ${up(c.last)}
Nombres  ${up(c.first)}
Nacionalidad  MEXICANA      Sexo  ${c.g === 'f' ? 'F' : 'M'}
Fecha de nacimiento  ${M('DATE_OF_BIRTH', fmtDate(dt, 'ddmmyyyy'))}
CURP  ${X('curp', curp(c, dt))}
Fecha de expedición  ${NOTDOB('date-issued', 'ddmmyyyy', 'past')}      Fecha de caducidad  ${NOTDOB('date-expiry', 'ddmmyyyy', 'future')}`;
}, 'Mexican passport page: the CURP embeds the birth date but is not one');

T('sheet', 'es', 1, () => {
  const row = () => `${X('order-number', `${nd(3)}-${nd(7)}`)};${NOTDOB('date-order', 'ddmmyyyy', 'recent')};${price(10, 200)};${chance(0.5) ? fedexTracking() : upsTracking()};${zip4()}`;
  return `Pedido;Fecha;Total;Guía;CP\n${row()}\n${row()}\n${row()}`;
}, 'no identifier: orders');

// =============================================================================================
// SPANGLISH (note: mixed)

T('spanglish', 'es', 6, (i) => {
  const c = who('es');
  const st = staffer();
  return cyc(i, [
    () => `Oye ${st.first}, quick question - mi social es ${SSN('dash')} y el del trabajo dice otro number, que hago?? my cel is ${PHONE('dot')} text me plis`,
    () => `Hi miss, necesito help con la aplicación de food stamps. Mi A number es ${ANUM('A9')} y mi fecha de nacimiento es ${DOB('dmyyyy')}. La appointment es el ${NOTDOB('date-appointment', 'dmyyyy')} at 9am.`,
    () => `Le mandé el email a ${EMAILX('intake', 'casapuente.example.org')} pero me rebotó, the address was wrong? Mi receipt number es ${RCPT('IOE', 'plain')} y el case status dice "Case Was Received". Call me al ${PHONE('paren')}.`,
    () => `Okey so el landlord me pidió el SSN pero yo tengo ITIN, es ${ITIN('dash')}, is that ok for the lease? Mi zip code es ${zip4()} y el apartment es ${int(1, 6)}B.`,
    () => `Ya pagué el filing fee con mi tarjeta ${CARD('visa', 'dash')}, el confirmation number es ${X('confirmation-number', `${alnum(3)}-${nd(6)}`)}, pero no me llegó nada al correo ${EMAIL(c, 'first_last', 'correo.example.net')}.`,
    () => `Mi passport de Honduras es el ${PASS('in')} y vence el ${NOTDOB('date-expiry', 'dmyyyy')}, do I need to renew it antes de la entrevista del ${NOTDOB('date-interview', 'largo')}?`,
  ])();
}, 'mixed Spanish/English');

T('spanglish', 'en', 4, (i) => {
  const dt = dateIn('child');
  const c = who('es', 'f');
  return cyc(i, [
    () => `Client speaks mostly Spanish; said "mi número de seguro es ${SSN('space')}" then corrected herself - that one is her husband's. Hers is ${SSN('dash')}.`,
    () => `Caller said her hija was born "el ${M('DATE_OF_BIRTH', fmtDate(dt, 'largo'))}" - entered in the system as ${M('DATE_OF_BIRTH', fmtDate(dt, 'mmddyyyy'))}. School record shows enrollment ${NOTDOB('date-enrolled', 'mmddyyyy', 'recent')}.`,
    () => `Text from client: "ya tengo la cita del biometrics el ${NOTDOB('date-appointment', 'dmyyyy')}, mi receipt es ${RCPT('MSC', 'sp1')}" - updated file, no other changes.`,
    () => `Per client: "mi correo es ${EMAIL(c, 'first.last', 'correo.example.net')} y el teléfono ${FPHONE('mx')} es de mi mamá en México." Mother's DOB for the affidavit: ${DOB('ddmmyyyy', 'elder')}.`,
  ])();
}, 'mixed English/Spanish');


// =============================================================================================
// Markers to offsets, self-checks, output.

const MARKER = /\{\{(~?)([A-Za-z0-9_-]+):([^{}]*)\}\}/g;

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
    if (negative) decoys.push({ kind, start, end: text.length });
    else spans.push({ type: kind, start, end: text.length });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  // JSON fragments end in "}}" legitimately; only an unparsed marker opening is an error.
  if (/\{\{~?[A-Za-z0-9_-]+:/.test(text)) throw new Error(`unparsed marker in: ${text}`);
  return { text, spans, decoys };
}

const NANP = /^(?:\+1[ .-]?|1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?[\dA-Z]{4}$/;
const INTL = /^\+(?:52|502|503|504|57|593|1) ?(?:\(\d{3}\) ?)?[\d][\d -]{6,14}\d$/;
const LOCAL7 = /^555-01\d\d$/;
const RESERVED_DOMAIN = /(^|\.)example\.(org|com|net)$|\.example$/;
const MONTH_WORD = new RegExp(`(${[...MON_EN, ...MON_EN.map((x) => x.slice(0, 3))].join('|')}|${MON_ES.join('|')}|${MON_ES.map((x) => x.slice(0, 3)).join('|')})`, 'i');
/** What each positive value must satisfy. */
const CHECKS = {
  SSN: (v) => {
    const m = /^(\d{3})( - |[-. ]?)(\d{2})\2(\d{4})$/.exec(v);
    return !!m && ssaValid(m[1] + m[3] + m[4]) && !PLACEHOLDERS.has(m[1] + m[3] + m[4]);
  },
  ITIN: (v) => {
    const m = /^(\d{3})([-. ]?)(\d{2})\2(\d{4})$/.exec(v);
    return !!m && itinValid(m[1] + m[3] + m[4]);
  },
  A_NUMBER: (v) => /^(A([- ])\d{3}\2\d{3}\2\d{3}|A ?\d{7,9}|\d{7,9}|\d{3}([- ])\d{3}\3\d{3})$/.test(v),
  USCIS_RECEIPT: (v) => /^(EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)(\d{10}|-\d{2}-\d{3}-\d{5}| \d{10}| \d{2} \d{3} \d{5})$/.test(v),
  PASSPORT: (v) => /^[A-Z]{0,2}\d{6,9}$/.test(v),
  PHONE: (v) => NANP.test(v) || INTL.test(v) || LOCAL7.test(v),
  EMAIL: (v) => /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(v) && RESERVED_DOMAIN.test(v.split('@')[1].toLowerCase()),
  DATE_OF_BIRTH: (v) => /^\d/.test(v) || MONTH_WORD.test(v),
  CREDIT_CARD: (v) => /^\d{4}([ -]?)(\d{4}\1\d{4}\1\d{4}|\d{6}\1\d{5})$/.test(v) && luhnValid(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
};
const digitsOf = (v) => v.replace(/\D/g, '');
/** What each kind of hard negative must break (or not be). */
const NEGATIVE_CHECKS = {
  'ssn-invalid-area-000': (v) => !ssaValid(digitsOf(v)),
  'ssn-invalid-area-666': (v) => !ssaValid(digitsOf(v)),
  'ssn-invalid-area-9xx': (v) => !ssaValid(digitsOf(v)) && !itinValid(digitsOf(v)),
  'itin-invalid-group': (v) => !ssaValid(digitsOf(v)) && !itinValid(digitsOf(v)),
  'ssn-invalid-group-00': (v) => !ssaValid(digitsOf(v)),
  'ssn-invalid-serial-0000': (v) => !ssaValid(digitsOf(v)),
  'ssn-placeholder': (v) => PLACEHOLDERS.has(digitsOf(v)) || !ssaValid(digitsOf(v)),
  'ssn-masked': (v) => /[X*x#]/.test(v),
  'luhn-fail': (v) => !luhnValid(v),
  'mac-address': (v) => isIP(v) === 0,
  'usps-tracking': (v) => !luhnValid(v) || digitsOf(v).length > 19 || /[A-Z]/.test(v),
};
const IS_DATE_DECOY = /^date-/;

function build() {
  const ids = new Set();
  return SNIPPETS.map(({ id, lang, marked, note }) => {
    if (ids.has(id)) throw new Error(`duplicate id ${id}`);
    ids.add(id);
    const { text, spans, decoys } = unmark(marked);
    const all = [...spans, ...decoys].sort((a, b) => a.start - b.start);
    for (let k = 1; k < all.length; k++) if (all[k].start < all[k - 1].end) throw new Error(`${id}: overlapping marks`);
    for (const s of [...spans, ...decoys]) {
      const value = text.slice(s.start, s.end);
      if (value === '' || value !== value.trim()) throw new Error(`${id}: empty span or span with surrounding space`);
      // No quotes, brackets or final punctuation around a value; "(212) 555-0143" opens its own bracket.
      if (/^[\s"'[<{]|[\s"',;)\]>}.:]$/.test(value) || (value.startsWith('(') && !/^\(\d{3}\)/.test(value))) throw new Error(`${id}: span "${value}" carries punctuation`);
      // A value must not run into letters or digits: it would not be the whole token.
      const before = text[s.start - 1] ?? ' ';
      const after = text[s.end] ?? ' ';
      if (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after)) throw new Error(`${id}: "${value}" is glued to its neighbours`);
    }
    for (const s of spans) if (!CHECKS[s.type](text.slice(s.start, s.end))) throw new Error(`${id}: ${s.type} "${text.slice(s.start, s.end)}" breaks its own format rules`);
    for (const d of decoys) {
      const value = text.slice(d.start, d.end);
      const check = NEGATIVE_CHECKS[d.kind];
      if (check && !check(value)) throw new Error(`${id}: decoy ${d.kind} "${value}" is not what it claims`);
      if (IS_DATE_DECOY.test(d.kind) && !CHECKS.DATE_OF_BIRTH(value)) throw new Error(`${id}: ${d.kind} "${value}" is not a date`);
    }
    if (lang !== 'en' && lang !== 'es') throw new Error(`${id}: lang ${lang}`);
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
  const byTypeEs = count(records.filter((r) => r.lang === 'es').flatMap((r) => r.spans.map((s) => s.type)));
  const byDecoy = count(records.flatMap((r) => (r.decoys ?? []).map((d) => d.kind)));
  const byGroup = count(records.map((r) => r.id.replace(/-\d+$/, '')));
  const mixed = records.filter((r) => /mixed/.test(r.note ?? '')).length;
  const noSpans = records.filter((r) => r.spans.length === 0).length;
  const withDecoys = records.filter((r) => r.decoys).length;
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
  const lines = [
    `snippets: ${records.length} (${[...byLang].map(([k, v]) => `${k} ${v} = ${pct(v, records.length)}`).join(', ')}; ${mixed} mixed; ${noSpans} with no span; ${withDecoys} = ${pct(withDecoys, records.length)} with hard negatives)`,
    `groups: ${[...byGroup].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `spans: ${[...byType.values()].reduce((a, b) => a + b, 0)} (es ${[...byTypeEs.values()].reduce((a, b) => a + b, 0)})`,
    ...TYPES.map((t) => `  ${t.padEnd(14)} ${String(byType.get(t) ?? 0).padStart(4)}   es ${String(byTypeEs.get(t) ?? 0).padStart(3)}`),
    `hard negatives: ${[...byDecoy.values()].reduce((a, b) => a + b, 0)} in ${withDecoys} snippets`,
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
    console.error(`${OUT} is not current: run node scripts/make-redaction-holdout.mjs`);
    process.exit(1);
  }
  console.log(`${OUT}: ${records.length} snippets, unchanged`);
} else if (args.stats) {
  console.log(summary);
} else {
  writeFileSync(OUT, output);
  console.log(`wrote ${OUT}\n${summary}`);
}
