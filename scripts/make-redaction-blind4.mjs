#!/usr/bin/env node
// Blind corpus 4 for civicveil/redact: ordinary municipal text (caseworker notes, resident e-mails,
// 311 and call-center notes, school and clinic messages, legal-aid notes, court reminders,
// payment chats, IT tickets), English and Spanish, with hard negatives.
// Written without reading the detectors; see test/redact/corpus/BLIND4.md.
//
//   node scripts/make-redaction-blind4.mjs                 write test/redact/corpus/blind4.jsonl, print stats
//   node scripts/make-redaction-blind4.mjs --check         exit 1 if the file is not what the script makes
//   node scripts/make-redaction-blind4.mjs --stats         print statistics only
//   node scripts/make-redaction-blind4.mjs --seed 7 --out /some/file.jsonl
//
// Template syntax: {{TYPE:opts}} is a positive span, {{~kind:opts}} a hard negative (decoy);
// {{TYPE=value}} / {{~kind=value}} inserts a literal value (still validated).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_OUT = resolve(here, '../test/redact/corpus/blind4.jsonl');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
let seed = 4004;
let out = DEFAULT_OUT;
let check = false;
let statsOnly = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--check') check = true;
  else if (a === '--stats') statsOnly = true;
  else if (a === '--seed') seed = Number(argv[++i]);
  else if (a === '--out') out = resolve(argv[++i]);
  else throw new Error(`unknown argument ${a}`);
}
if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed);
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(int(0, 9)); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';

// ---------------------------------------------------------------- rule helpers
const ITIN_GROUPS = [];
for (let g = 50; g <= 65; g++) ITIN_GROUPS.push(g);
for (let g = 70; g <= 88; g++) ITIN_GROUPS.push(g);
for (const g of [90, 91, 92, 94, 95, 96, 97, 98, 99]) ITIN_GROUPS.push(g);
const PLACEHOLDERS = new Set(['000000000', '999999999', '123456789']);

function ssnParts(v) {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v);
  return m ? [m[1], m[3], m[4]] : null;
}
function ssaValid(v) {
  const p = ssnParts(v);
  if (!p) return false;
  const [a, g, s] = p;
  if (PLACEHOLDERS.has(a + g + s)) return false;
  if (a === '000' || a === '666' || a[0] === '9' || g === '00' || s === '0000') return false;
  return true;
}
function itinValid(v) {
  const p = ssnParts(v);
  if (!p) return false;
  return p[0][0] === '9' && ITIN_GROUPS.includes(Number(p[1])) && p[2] !== '0000';
}
function luhnOk(num) {
  const d = num.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function luhnComplete(partial) { // append check digit
  for (let c = 0; c <= 9; c++) if (luhnOk(partial + c)) return partial + c;
  throw new Error('unreachable');
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
function realDate(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
function monthIndex(name) {
  const n = name.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < 12; i++) {
    if (MONTHS_EN[i].toLowerCase() === n || MONTHS_EN[i].toLowerCase().slice(0, 3) === n) return i + 1;
    if (MONTHS_ES[i] === n || MONTHS_ES[i].slice(0, 3) === n || (n === 'setiembre' && i === 8)) return i + 1;
  }
  return 0;
}
function parseDate(s) { // returns true if s is a real calendar date in one of the layouts used here
  let m;
  const y4 = (y) => (y.length === 2 ? (Number(y) > 30 ? 1900 : 2000) + Number(y) : Number(y));
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(s))) {
    const a = Number(m[1]), b = Number(m[2]), y = y4(m[3]);
    return realDate(y, a, b) || realDate(y, b, a);
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(s))) return realDate(Number(m[3]), monthIndex(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(s))) return realDate(Number(m[3]), monthIndex(m[2]), Number(m[1]));
  if ((m = /^(\d{1,2}) (?:de )?([a-záéíóú]+) (?:de |del )?(\d{4})$/i.exec(s))) return realDate(Number(m[3]), monthIndex(m[2]), Number(m[1]));
  return false;
}

// ---------------------------------------------------------------- value generators
const AREA = ['212', '718', '347', '929', '646', '917', '332', '516', '914', '201', '845', '631'];
const FIRST = ['maria', 'jose', 'luis', 'ana', 'carmen', 'david', 'keisha', 'wei', 'fatima', 'tyrone', 'rosa', 'miguel', 'olga', 'samir', 'yesenia', 'kwame', 'linda', 'jorge', 'mei', 'ibrahim'];
const LAST = ['lopez', 'garcia', 'ruiz', 'baptiste', 'okafor', 'chen', 'diallo', 'morales', 'smith', 'hernandez', 'rahman', 'castillo', 'nguyen', 'pierre', 'vargas', 'santos', 'kowalski', 'medina'];
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'correo.example.net', 'inbox.example.org'];
const CITY_BOX = ['benefits.help', 'idnyc.appointments', 'housing.intake', 'legalaid.queens', 'tenant.help', 'school.enrollment', 'servicedesk', 'ayuda.beneficios', 'seniors.outreach', 'payments.support'];
const CITY_DOM = ['city.example.gov', 'example.gov', 'nyc.example.org'];

function dateParts(opts) {
  const range = opts.includes('baby') ? [2023, 2025] : opts.includes('child') ? [2009, 2020]
    : opts.includes('teen') ? [2006, 2010] : opts.includes('senior') ? [1931, 1959]
      : opts.includes('event') ? [2024, 2026] : opts.includes('past') ? [2015, 2023] : [1958, 2004];
  return [int(range[0], range[1]), int(1, 12), int(1, 28)];
}
function fmtDate([y, m, d], opts) {
  const f = opts.find((o) => ['us', 'us0', 'us2', 'long', 'abbr', 'dmy', 'iso', 'es', 'es0', 'esdash', 'eslong', 'esshort', 'esdel', 'usdash'].includes(o)) || 'us';
  switch (f) {
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'us0': return `${m}/${d}/${y}`;
    case 'us2': return `${m}/${d}/${pad(y % 100, 2)}`;
    case 'usdash': return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
    case 'long': return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 'abbr': return `${MONTHS_EN[m - 1].slice(0, 3)} ${d} ${y}`;
    case 'dmy': return `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`;
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'es': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'es0': return `${d}/${m}/${y}`;
    case 'esdash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'eslong': return `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
    case 'esshort': return `${d} ${MONTHS_ES[m - 1]} ${y}`;
    case 'esdel': return `${d} de ${MONTHS_ES[m - 1]} del ${y}`;
  }
  throw new Error(f);
}
function fmtSsn(a, g, s, opts) {
  if (opts.includes('space')) return `${a} ${g} ${s}`;
  if (opts.includes('plain')) return `${a}${g}${s}`;
  return `${a}-${g}-${s}`;
}
function genSsnValid(opts) {
  for (;;) {
    const a = pad(int(1, 899), 3), g = pad(int(1, 99), 2), s = pad(int(1, 9999), 4);
    if (a === '666') continue;
    const v = fmtSsn(a, g, s, opts);
    if (ssaValid(v)) return v;
  }
}
function genItin(opts) {
  return fmtSsn('9' + digits(2), pad(pick(ITIN_GROUPS), 2), pad(int(1, 9999), 4), opts);
}
function genPhone(opts) {
  const a = pick(AREA), x = '555', l = '01' + digits(2);
  const f = opts[0] || 'dash';
  switch (f) {
    case 'dash': return `${a}-${x}-${l}`;
    case 'paren': return `(${a}) ${x}-${l}`;
    case 'parennosp': return `(${a})${x}-${l}`;
    case 'dot': return `${a}.${x}.${l}`;
    case 'plain': return `${a}${x}${l}`;
    case 'space': return `${a} ${x} ${l}`;
    case 'plus1': return `+1 ${a} ${x} ${l}`;
    case 'plus1dash': return `+1-${a}-${x}-${l}`;
    case '1dash': return `1-${pick(['800', '888', '877'])}-${x}-${l}`;
    case 'local': return `${x}-${l}`;
    case 'mx': return `+52 55 ${digits(4)} ${digits(4)}`;
    case 'mxlocal': return `55 ${digits(4)} ${digits(4)}`;
    case 'gt': return `+502 ${int(3, 5)}${digits(3)} ${digits(4)}`;
    case 'do': return `+1 (809) ${x}-${l}`;
    case 'hn': return `+504 ${int(3, 9)}${digits(3)}-${digits(4)}`;
  }
  throw new Error('phone ' + f);
}
function genEmail(opts) {
  if (opts.includes('city')) return `${pick(CITY_BOX)}@${pick(CITY_DOM)}`;
  const f = pick(FIRST), l = pick(LAST);
  const local = pick([`${f}.${l}`, `${f[0]}${l}${int(1, 99)}`, `${f}${l}`, `${f}_${l}${int(60, 99)}`, `${l}.${f}`]);
  return `${local}@${pick(DOMAINS)}`;
}
function genANumber(opts) {
  const n9 = pick(['2', '0', '2']) + digits(8);
  const n8 = String(int(1, 9)) + digits(7);
  const n7 = String(int(1, 9)) + digits(6);
  const f = opts[0] || 'A';
  switch (f) {
    case 'A': return 'A' + n9;
    case 'A8': return 'A' + n8;
    case 'A7': return 'A' + n7;
    case 'Adash': return `A-${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
    case 'Aspace': return `A ${n9.slice(0, 3)} ${n9.slice(3, 6)} ${n9.slice(6)}`;
    case 'Asp1': return `A ${n9}`;
    case 'bare9': return n9;
    case 'bare8': return n8;
    case 'bare7': return n7;
    case 'bare9dash': return `${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
  }
  throw new Error('anum ' + f);
}
const RECEIPT_PREFIX = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];
function genReceipt(opts) {
  const p = opts.find((o) => RECEIPT_PREFIX.includes(o)) || pick(RECEIPT_PREFIX);
  const yy = String(int(19, 25)), mid = p === 'IOE' ? String(int(0, 9)) + digits(2) : String(int(1, 9)) + digits(2), tail = digits(5);
  if (opts.includes('dash')) return `${p}-${yy}-${mid}-${tail}`;
  if (opts.includes('space')) return `${p} ${yy}${mid}${tail}`;
  return `${p}${yy}${mid}${tail}`;
}
function genPassport(opts) {
  const f = opts[0] || 'us';
  switch (f) {
    case 'us': return String(int(5, 6)) + digits(8);
    case 'usnew': return 'A' + digits(8);
    case 'card': return 'C' + digits(8);
    case 'mx': return pick(['G', 'N', 'P']) + digits(8);
    case 'gt': return digits(9);
    case 'hn': return pick(['E', 'F']) + digits(7);
    case 'co': return pick(['AS', 'AT', 'PE']) + digits(6);
    case 've': return digits(9);
    case 'ec': return 'A' + digits(7);
    case 'sv': return 'B' + digits(8);
    case 'do': return pick(['SC', 'RD']) + digits(7);
    case 'cn': return 'E' + digits(8);
    case 'in': return pick(UP.split('')) + digits(7);
    case 'uk': return digits(9);
  }
  throw new Error('passport ' + f);
}
function genCard(opts) {
  const brand = opts.find((o) => ['visa', 'mc', 'amex', 'disc'].includes(o)) || 'visa';
  let partial;
  if (brand === 'visa') partial = '4' + digits(14);
  else if (brand === 'mc') partial = '5' + int(1, 5) + digits(13);
  else if (brand === 'amex') partial = pick(['34', '37']) + digits(12);
  else partial = '6011' + digits(11);
  return fmtCard(luhnComplete(partial), opts);
}
function fmtCard(n, opts) {
  const sep = opts.includes('dash') ? '-' : opts.includes('sp') ? ' ' : '';
  if (!sep) return n;
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{1,4}/g).join(sep);
}
function genIp(opts) {
  const f = opts[0] || 'doc';
  switch (f) {
    case 'doc': return `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`;
    case 'priv': return pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 20)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
    case 'lo': return '127.0.0.1';
    case 'v6': return `2001:db8:${int(1, 0xffff).toString(16)}:${int(1, 0xffff).toString(16)}::${int(1, 0xfff).toString(16)}`;
    case 'v6full': return `2001:0db8:${[0, 0, 0, 0, 0, 0].map(() => pad(int(0, 0xffff).toString(16), 4)).join(':')}`;
    case 'v6ll': return `fe80::${int(1, 0xffff).toString(16)}:${int(1, 0xffff).toString(16)}`;
    case 'v6lo': return '::1';
  }
  throw new Error('ip ' + f);
}

const POS = {
  SSN: genSsnValid,
  ITIN: genItin,
  A_NUMBER: genANumber,
  USCIS_RECEIPT: genReceipt,
  PASSPORT: genPassport,
  PHONE: genPhone,
  EMAIL: genEmail,
  DATE_OF_BIRTH: (o) => fmtDate(dateParts(o), o),
  CREDIT_CARD: genCard,
  IP_ADDRESS: genIp,
};

// decoy generators; opts 'ssn' = valid SSN layout, 'd9' = bare 9 digits that pass SSA rules
function ssnLayoutOr(opts, other) {
  if (opts.includes('ssn')) return genSsnValid([]);
  if (opts.includes('d9')) return genSsnValid(['plain']);
  return other();
}
const NEG = {
  'ssn-invalid-area-000': (o) => fmtSsn('000', pad(int(1, 99), 2), pad(int(1, 9999), 4), o),
  'ssn-invalid-area-666': (o) => fmtSsn('666', pad(int(1, 99), 2), pad(int(1, 9999), 4), o),
  'ssn-invalid-area-9xx': (o) => { let g; do g = int(1, 99); while (ITIN_GROUPS.includes(g)); return fmtSsn('9' + digits(2), pad(g, 2), pad(int(1, 9999), 4), o); },
  'ssn-invalid-group-00': (o) => fmtSsn(pad(int(1, 665), 3), '00', pad(int(1, 9999), 4), o),
  'ssn-invalid-serial-0000': (o) => fmtSsn(pad(int(1, 665), 3), pad(int(1, 99), 2), '0000', o),
  'ssn-placeholder': () => pick(['000-00-0000', '999-99-9999', '123-45-6789']),
  'ssn-masked': () => pick(['XXX-XX-', '***-**-', 'xxx-xx-']) + pad(int(1, 9999), 4),
  'last-four': () => pad(int(1, 9999), 4),
  'order-number': (o) => ssnLayoutOr(o, () => pick([`${digits(3)}-${digits(7)}-${digits(7)}`, String(int(1, 9)) + digits(9), 'W' + digits(9)])),
  'case-number': (o) => ssnLayoutOr(o, () => pick([String(int(1, 9)) + digits(8), `${int(2023, 2026)}-${digits(6)}`, 'HS-' + digits(7)])),
  'claim-number': (o) => ssnLayoutOr(o, () => pick([String(int(1, 9)) + digits(9), 'CLM-' + digits(8), `${digits(2)}-${digits(6)}-${digits(3)}`])),
  'ticket-number': (o) => ssnLayoutOr(o, () => pick(['INC' + pad(int(1, 9999999), 7), String(int(1, 9)) + digits(5), 'PV' + digits(8)])),
  '311-number': (o) => ssnLayoutOr(o, () => pick([`311-${digits(8)}`, `311-${digits(8)}`, `1-${digits(10)}`])),
  'invoice-number': (o) => ssnLayoutOr(o, () => pick(['INV-' + digits(6), String(int(1, 9)) + digits(7), `${int(2024, 2026)}-${digits(5)}`])),
  'account-number': (o) => ssnLayoutOr(o, () => pick([String(int(1, 9)) + digits(9), `${digits(2)}-${digits(4)}-${digits(4)}-${digits(1)}`, String(int(1, 9)) + digits(11)])),
  'confirmation-number': (o) => ssnLayoutOr(o, () => pick([Array.from({ length: 8 }, () => pick((UP + '23456789').split(''))).join(''), String(int(1, 9)) + digits(9), 'CNF' + digits(7)])),
  'receipt-number': () => pick([String(int(1, 9)) + digits(11), `${digits(4)}-${digits(4)}-${digits(4)}`]),
  'student-id': () => String(int(1, 3)) + digits(8),
  mrn: () => String(int(1, 9)) + digits(int(6, 7)),
  'medicaid-id': () => `${pick(UP.split(''))}${pick(UP.split(''))}${digits(5)}${pick(UP.split(''))}`,
  'index-number': () => pick([`LT-${digits(6)}-${int(23, 25)}/${pick(['BX', 'KI', 'QU', 'NY', 'RI'])}`, `${digits(5)}/${int(2023, 2025)}`]),
  zip4: () => `${pick(['10', '11'])}${digits(3)}-${digits(4)}`,
  'date-not-birth': (o) => fmtDate(dateParts(o.includes('past') ? o : [...o, 'event']), o),
  'library-barcode': () => pick(['2', '3']) + digits(13),
  'tracking-number': (o) => {
    const f = o[0] || pick(['ups', 'usps', 'fedex']);
    if (f === 'ups') return '1Z' + Array.from({ length: 6 }, () => pick((UP + '0123456789').split(''))).join('') + digits(10);
    if (f === 'usps') return pick(['9400', '9205', '9361']) + digits(18);
    if (f === 'uspssp') return (pick(['9400', '9205']) + digits(18)).match(/.{1,4}/g).join(' ');
    return String(int(1, 9)) + digits(11);
  },
  'version-number': (o) => (o.includes('ip')
    ? `${int(1, 12)}.${int(0, 9)}.${int(0, 30)}.${int(1, 250)}`
    : pick([`${int(1, 20)}.${int(0, 12)}.${int(0, 40)}`, `${int(100, 131)}.0.${int(1000, 6999)}.${int(10, 200)}`, `${int(1, 9)}.${int(0, 9)}`])),
  time: (o) => (o.includes('24') ? `${int(7, 19)}:${pick(['00', '15', '30', '45'])}`
    : `${int(1, 12)}:${pick(['00', '15', '30', '45'])}${pick([' am', ' pm', 'pm', ' a.m.', ' p.m.', 'am'])}`),
  price: () => pick([`$${int(12, 999)}.${digits(2)}`, `$${int(1, 9)},${digits(3)}.${digits(2)}`, `$${int(1, 4)},${int(1, 9)}00`]),
  'luhn-fail': (o) => {
    const good = genCard(o.filter((x) => ['visa', 'mc', 'amex', 'disc'].includes(x)));
    const d = good.replace(/\D/g, '');
    const bad = d.slice(0, -1) + String((Number(d.at(-1)) + int(1, 9)) % 10);
    return fmtCard(bad, o);
  },
  'card-expiry': () => `${pad(int(1, 12), 2)}/${int(26, 31)}`,
  'service-number': () => pick(['311', '911', '988']),
  'mac-address': () => Array.from({ length: 6 }, () => pad(int(0, 255).toString(16).toUpperCase(), 2)).join(pick([':', '-'])),
  'i94-number': () => pick([digits(9) + pick(UP.split('')) + digits(1), String(int(1, 9)) + digits(10)]),
  curp: () => {
    const L = () => pick(UP.split(''));
    return `${L()}${pick(['A', 'E', 'O', 'U'])}${L()}${L()}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['H', 'M'])}${pick(['DF', 'PL', 'OC', 'GR', 'MC', 'VZ'])}${L()}${L()}${L()}${pick(['0', 'A'])}${int(0, 9)}`;
  },
  'matricula-number': () => String(int(1, 9)) + digits(int(8, 9)),
  ein: () => `${pad(int(10, 99), 2)}-${digits(7)}`,
  'sevis-number': () => 'N' + String(int(0, 9)) + digits(9),
  'birth-year': () => String(int(1950, 2000)),
  'visa-foil': () => pick(UP.split('')) + digits(7),
  'ip-port-only': () => String(pick([8080, 8443, 3389, 443])),
  'section-number': () => `${int(1, 12)}.${int(1, 9)}.${int(1, 9)}.${int(1, 9)}`,
};

// ---------------------------------------------------------------- validation
const BIRTH_WORDS = /DOB|D\.O\.B|birth|born|b\. |naci|nac\.|FDN|F\/N|fecha nac|cumplea|F\. nac/i;
function checkPositive(type, v, text, start, end) {
  const before = text.slice(0, start), after = text.slice(end, end + 50);
  const bad = (why) => { throw new Error(`${type} ${JSON.stringify(v)}: ${why}\n  in: ${text}`); };
  switch (type) {
    case 'SSN': if (!ssaValid(v) || itinValid(v)) bad('not an SSA-valid SSN'); break;
    case 'ITIN': if (!itinValid(v)) bad('not an ITIN'); break;
    case 'A_NUMBER': {
      if (/^A[- ]?\d{7,9}$/.test(v) || /^A[- ]\d{3}[- ]\d{3}[- ]\d{3}$/.test(v)) break;
      if (/^\d{7,9}$/.test(v) || /^\d{3}-\d{3}-\d{3}$/.test(v)) {
        if (!/(A#|A-?\s?number|A-?\s?no\.?|A #|n[uú]mero A|n[uú]m\. A|alien|extranjero|Nº A|A-Nr)\W{0,4}$/i.test(before.slice(-30))) bad('bare digits without an A-number label right before');
        break;
      }
      bad('bad layout'); break;
    }
    case 'USCIS_RECEIPT': if (!new RegExp(`^(${RECEIPT_PREFIX.join('|')})\\d{10}$`).test(v.replace(/[- ]/g, ''))) bad('bad receipt'); break;
    case 'PASSPORT':
      if (!/^[A-Z0-9]{6,9}$/.test(v)) bad('bad passport');
      if (!/passport|pasaporte|pasaport|pass\. ?#|\bPP\b/i.test(before.slice(-120) + after)) bad('no passport context');
      break;
    case 'PHONE': { const n = v.replace(/\D/g, '').length; if (n < 7 || n > 13 || /[^\d ()+.-]/.test(v)) bad('bad phone'); break; }
    case 'EMAIL': if (!/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v)) bad('bad email'); break;
    case 'DATE_OF_BIRTH':
      if (!parseDate(v)) bad('not a date');
      if (!BIRTH_WORDS.test(before.slice(-160) + ' ' + after.slice(0, 40)) && !/\bDOB\b|nacimiento|birth/i.test(before)) bad('no birth context');
      break;
    case 'CREDIT_CARD': { const d = v.replace(/[ -]/g, ''); if (!/^\d{13,19}$/.test(d) || !luhnOk(d)) bad('not Luhn-valid'); break; }
    case 'IP_ADDRESS': if (!isIP(v)) bad('not an IP'); break;
    default: bad('unknown type');
  }
}
const CONTEXT = {
  'order-number': /order|pedido|orden|compra/i,
  'case-number': /case|caso|expediente|FOIL/i,
  'claim-number': /claim|reclam/i,
  'ticket-number': /ticket|tkt|incident|multa|boleto/i,
  '311-number': /311|SR|service request|solicitud/i,
  'invoice-number': /invoice|factura|inv/i,
  'account-number': /account|acct|cuenta|cta/i,
  'confirmation-number': /confirm/i,
  'receipt-number': /receipt|recibo/i,
  'student-id': /student|OSIS|estudiante|alumno/i,
  mrn: /MRN|record|expediente|historia/i,
  'library-barcode': /library|biblioteca|barcode|c[oó]digo de barras/i,
  'tracking-number': /tracking|rastreo|gu[ií]a|UPS|USPS|FedEx|seguimiento/i,
  'version-number': /version|versi[oó]n|firmware|build|update|actualiz|release|Chrome|Edge|driver|client|v\d/i,
  'index-number': /index|docket|L&T|[ií]ndice|expediente/i,
  'matricula-number': /matr[ií]cula/i,
  'last-four': /last four|last 4|[uú]ltimos (4|cuatro)|ending|ends in|termina/i,
  'i94-number': /I-94/i,
  'sevis-number': /SEVIS/i,
  'visa-foil': /visa/i,
  'medicaid-id': /medicaid|CIN|seguro/i,
  ein: /EIN/,
  'birth-year': /born|naci|birth/i,
  'ip-port-only': /port|puerto|:/i,
  'section-number': /section|secci[oó]n/i,
};
function checkDecoy(kind, v, text, start, end) {
  const bad = (why) => { throw new Error(`decoy ${kind} ${JSON.stringify(v)}: ${why}\n  in: ${text}`); };
  const p = ssnParts(v);
  switch (kind) {
    case 'ssn-invalid-area-000': if (!p || p[0] !== '000') bad('shape'); break;
    case 'ssn-invalid-area-666': if (!p || p[0] !== '666') bad('shape'); break;
    case 'ssn-invalid-area-9xx': if (!p || p[0][0] !== '9' || itinValid(v)) bad('shape'); break;
    case 'ssn-invalid-group-00': if (!p || p[1] !== '00') bad('shape'); break;
    case 'ssn-invalid-serial-0000': if (!p || p[2] !== '0000') bad('shape'); break;
    case 'ssn-placeholder': if (!PLACEHOLDERS.has(v.replace(/\D/g, ''))) bad('shape'); break;
    case 'ssn-masked': if (!/^[X*x]{3}-[X*x]{2}-\d{4}$/.test(v)) bad('shape'); break;
    case 'last-four': if (!/^\d{4}$/.test(v)) bad('shape'); break;
    case 'zip4': if (!/^\d{5}-\d{4}$/.test(v)) bad('shape'); break;
    case 'date-not-birth':
      if (!parseDate(v)) bad('not a date');
      if (BIRTH_WORDS.test(text.slice(Math.max(0, start - 25), start))) bad('birth word right before a non-birth date');
      break;
    case 'library-barcode': if (!/^[23]\d{13}$/.test(v)) bad('shape'); break;
    case 'tracking-number': if (!/^1Z[0-9A-Z]{16}$/.test(v) && !/^9[2-4]\d{20}$/.test(v.replace(/ /g, '')) && !/^\d{12}$/.test(v)) bad('shape'); break;
    case 'section-number': if (!/^\d+(\.\d+){2,3}$/.test(v)) bad('shape'); break;
    case 'version-number': if (!/^\d+(\.\d+){1,3}$/.test(v)) bad('shape'); break;
    case 'time': if (!/^\d{1,2}:\d{2}(\s?(am|pm|a\.m\.|p\.m\.))?$/i.test(v)) bad('shape'); break;
    case 'price': if (!/^\$\d{1,3}(,\d{3})*(\.\d{2})?$/.test(v)) bad('shape'); break;
    case 'luhn-fail': { const d = v.replace(/[ -]/g, ''); if (!/^\d{13,19}$/.test(d) || luhnOk(d)) bad('passes Luhn'); break; }
    case 'card-expiry': if (!/^\d{2}\/\d{2}$/.test(v)) bad('shape'); break;
    case 'service-number': if (!['311', '911', '988', '211'].includes(v)) bad('shape'); break;
    case 'mac-address': if (!/^([0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/i.test(v)) bad('shape'); break;
    case 'i94-number': if (!/^\d{9}[A-Z]\d$|^\d{11}$/.test(v)) bad('shape'); break;
    case 'curp': if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v)) bad('shape'); break;
    case 'ein': if (!/^\d{2}-\d{7}$/.test(v)) bad('shape'); break;
    case 'sevis-number': if (!/^N\d{10}$/.test(v)) bad('shape'); break;
    case 'medicaid-id': if (!/^[A-Z]{2}\d{5}[A-Z]$/.test(v)) bad('shape'); break;
    case 'birth-year': if (!/^(19|20)\d{2}$/.test(v)) bad('shape'); break;
    case 'visa-foil': if (!/^[A-Z]\d{7}$/.test(v)) bad('shape'); break;
    case 'ip-port-only': if (!/^\d{2,5}$/.test(v)) bad('shape'); break;
    default:
      if (!CONTEXT[kind]) bad('unknown kind');
      if (!/^[A-Z0-9][A-Z0-9/-]*$/.test(v)) bad('shape');
  }
  if (CONTEXT[kind]) {
    const win = text.slice(Math.max(0, start - 60), start) + ' ' + v + ' ' + text.slice(end, end + 40);
    if (!CONTEXT[kind].test(win)) bad('context does not say what it is');
  }
}
// text outside any span or decoy must hold no unlabelled identifier-like value
function checkLeftovers(rec) {
  let t = rec.text.split('');
  for (const s of [...rec.spans, ...(rec.decoys || [])]) for (let i = s.start; i < s.end; i++) t[i] = '\u0000';
  t = t.join('');
  const fail = (why) => { throw new Error(`${rec.id}: unlabelled ${why}: ${rec.text}`); };
  if (/@/.test(t)) fail('@');
  if (/\d{3}[- ]\d{2}[- ]\d{4}/.test(t)) fail('SSN-shaped number');
  if (/\d{5,}/.test(t)) fail('long digit run');
  if (/\d+\.\d+\.\d+/.test(t)) fail('dotted number');
  if (/\b(EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)\d/.test(t)) fail('receipt');
}

// ---------------------------------------------------------------- templates
// [group, lang, text, note?]
const T = [
  // ---------------- benefits (EN)
  ['benefits', 'en', 'Cl came in for SNAP recert. DOB {{DATE_OF_BIRTH:us}}, SS# {{SSN}}. Verified ID, still needs paystubs for last 30 days. Next appt {{~date-not-birth:us}} at {{~time}}.'],
  ['benefits', 'en', 'Called client at {{PHONE:dash}} re: missing docs for Medicaid renewal, left VM. Case {{~case-number:d9}}.'],
  ['benefits', 'en', 'HH of 3. HOH DOB {{DATE_OF_BIRTH:us0}}, child 1 DOB {{DATE_OF_BIRTH:us0,child}}, child 2 DOB {{DATE_OF_BIRTH:us0,child}}. Only HOH has SSN ({{SSN}}), kids SSNs pending w/ SSA.'],
  ['benefits', 'en', '{{SSN}} is her SSN per the award letter. The one typed on the application ({{~ssn-invalid-group-00}}) was wrong, fixed in system.'],
  ['benefits', 'en', 'Client reports she uses ITIN {{ITIN}} for taxes, no SSN. Not eligible for SNAP herself, kids are USC. Applied for kids only.'],
  ['benefits', 'en', 'Cash assistance: client said her SSN is {{ITIN}} but thats an ITIN, explained the difference. Will apply for SS card when status allows.', 'ITIN after an SSN label'],
  ['benefits', 'en', 'Emergency utility grant - ConEd acct {{~account-number}}, amount owed {{~price}}. Shutoff notice dated {{~date-not-birth:us}}.'],
  ['benefits', 'en', 'Recert interview done by phone. Client cell {{PHONE:plain}}, alt # (daughter) {{PHONE:paren}}. Email on file {{EMAIL}}.'],
  ['benefits', 'en', 'Pls note SSN on page 2 of the app is {{~ssn-placeholder=123-45-6789}}, obviously a placeholder. Ask cl to bring SS card.'],
  ['benefits', 'en', "Client's SSN ends in {{~last-four}}; did not take full number over the phone per policy."],
  ['benefits', 'en', 'Fair hearing scheduled {{~date-not-birth:long}}, 10am. Client DOB {{DATE_OF_BIRTH:long}}. Tel {{PHONE:dash}}.'],
  ['benefits', 'en', "WIC referral. Baby born {{DATE_OF_BIRTH:us,baby}}, postpartum visit {{~date-not-birth:us}}. Mom cell {{PHONE:dash}}."],
  ['benefits', 'en', 'HEAP application received {{~date-not-birth:us}}. Applicant lives in senior housing, date of birth {{DATE_OF_BIRTH:us,senior}}. No phone, contact through niece at {{PHONE:paren}}.'],
  ['benefits', 'en', 'Senior center outreach: Mr. Ivanov (b. {{DATE_OF_BIRTH:abbr,senior}}) asked about SCRIE. Gave him the flyer and our # {{PHONE:dash}}.'],
  ['benefits', 'en', 'Pt/cl confused SS# with Medicaid CIN. CIN is {{~medicaid-id}}, SS# {{SSN}}. Updated both fields.'],
  ['benefits', 'en', 'Client gave SSN as {{~ssn-invalid-serial-0000}}, which cannot be right (serial 0000). Requested SSA printout.'],
  ['benefits', 'en', 'Worker note\n- called cl {{~date-not-birth:abbr}}, no answer\n- called again, spoke w/ cl, confirmed DOB {{DATE_OF_BIRTH:us}}\n- sent checklist to {{EMAIL}}\n- f/u in 2 wks'],
  ['benefits', 'en', 'Client asked us to use her work number instead, {{PHONE:dot}}, between {{~time}} and {{~time}} only.'],
  ['benefits', 'en', 'Verified SS# over the phone: {{SSN:plain}}. Client DOB {{DATE_OF_BIRTH:us2}}.'],
  ['benefits', 'en', 'Budget: rent {{~price}}, utilities {{~price}}, income {{~price}}/mo. Claim {{~claim-number}} for UI still pending.'],
  // ---------------- housing (EN)
  ['housing', 'en', 'Tenant called about no heat. 311 SR {{~311-number}}. Callback {{PHONE:paren}}.'],
  ['housing', 'en', 'Rental assistance app: applicant DOB {{DATE_OF_BIRTH:iso}}, SSN {{SSN:space}}, landlord phone {{PHONE:dash}}, landlord email {{EMAIL}}. Arrears {{~price}}.'],
  ['housing', 'en', 'Lease start {{~date-not-birth:us}}. Unit 4C, 1455 Westchester Ave, Bronx NY {{~zip4}}.'],
  ['housing', 'en', 'Applicant: R. Okafor\nDOB: {{DATE_OF_BIRTH:us}}\nSSN: {{SSN}}\nPhone: {{PHONE:paren}}\nEmail: {{EMAIL}}\nHousehold size: 4\nIncome: {{~price}}/mo', 'key: value block'],
  ['housing', 'en', 'Section 8 inspection {{~date-not-birth:long}} between {{~time}} and {{~time}}. Landlord cell {{PHONE:dot}}.'],
  ['housing', 'en', 'Shelter intake. Client presented US passport {{PASSPORT:us}} as ID, DOB {{DATE_OF_BIRTH:us}}. No SS card, will request replacement.'],
  ['housing', 'en', 'Shelter bed confirmation {{~confirmation-number:ssn}} - client must arrive by {{~time}} or bed is released.', 'confirmation number in SSN layout'],
  ['housing', 'en', 'HPD complaint case {{~case-number}} opened for mold. Super phone {{PHONE:local}}, mgmt office {{PHONE:paren}}.'],
  ['housing', 'en', 'Family of 5 placed at Tier II. Mother DOB {{DATE_OF_BIRTH:us}}; children born {{DATE_OF_BIRTH:us,child}}, {{DATE_OF_BIRTH:us,child}} and {{DATE_OF_BIRTH:us,baby}}. School transport request sent.'],
  ['housing', 'en', 'Mgmt co. email: {{EMAIL}}. They say the ledger shows {{~price}} owed as of {{~date-not-birth:us}}, invoice {{~invoice-number}}.'],
  ['housing', 'en', 'Client A# {{A_NUMBER:bare8}}, in shelter since {{~date-not-birth:us,past}}. Asylum pending, EAD receipt {{USCIS_RECEIPT}}.'],
  ['housing', 'en', 'Tenant says landlord texts from {{PHONE:plus1}} threatening lockout. Advised to save texts, call legal aid.'],
  // ---------------- 311 (EN)
  ['311', 'en', 'Caller reports missed bulk pickup, SR# {{~311-number}}. Wants callback at {{PHONE:plain}} after 5pm.'],
  ['311', 'en', 'Caller gave ZIP {{~zip4}} and phone {{PHONE:dash}}. Noise complaint, ongoing since {{~date-not-birth:us}}.'],
  ['311', 'en', 'Caller asking status of residential parking permit, order #{{~order-number:ssn}}. Transferred to DOT.', 'order number in SSN layout'],
  ['311', 'en', 'Senior caller, DOB {{DATE_OF_BIRTH:us,senior}}, needs help with Access-A-Ride. Phone {{PHONE:paren}}. Told her she can also dial {{~service-number=311}} any time.'],
  ['311', 'en', 'Pothole ticket {{~ticket-number}} reopened by resident. Resident email {{EMAIL}}.'],
  ['311', 'en', 'Caller in crisis, gave warm transfer to {{~service-number=988}}. No callback number given.'],
  ['311', 'en', 'Caller: Mrs. Pham\nCB: {{PHONE:dash}}\nIssue: street light out since {{~date-not-birth:abbr}}\nSR: {{~311-number}}'],
  ['311', 'en', 'Agent note: caller would not give full SSN, only {{~ssn-masked}}. Could not look up the tax bill.'],
  ['311', 'en', 'Caller wants to dispute parking ticket {{~ticket-number}} issued {{~date-not-birth:us}} at {{~time}}. Sent link to {{EMAIL}}.'],
  ['311', 'en', 'Caller says she was charged {{~price}} twice. Account {{~account-number}}. Call back at {{PHONE:space}}.'],
  // ---------------- email (EN)
  ['email', 'en', "Hi, I applied for the fee waiver last month and haven't heard back. My confirmation number is {{~confirmation-number}}. You can reach me at {{PHONE:dash}} or this email. Thanks, Dana"],
  ['email', 'en', 'Hello, my mother needs help with her benefits. Her name is Rosa Delgado, born {{DATE_OF_BIRTH:long,senior}}. Her phone is {{PHONE:paren}} but please call me instead: {{PHONE:plus1}}. - Carmen ({{EMAIL}})'],
  ['email', 'en', 'To whom it may concern, I was told to send my A number for the IDNYC appointment. It is {{A_NUMBER:A}}. My appointment is on {{~date-not-birth:abbr}}.'],
  ['email', 'en', 'I paid invoice {{~invoice-number}} ({{~price}}) with my card ending {{~last-four}} but the portal still says unpaid. Please advise.'],
  ['email', 'en', 'Sorry for the typo in my last email, my SSN is {{SSN}} not {{~ssn-invalid-area-666}}. Please update my file.'],
  ['email', 'en', 'Good morning,\nAttached is my lease and my daughters birth certificate (she was born {{DATE_OF_BIRTH:us,child}}). My new cell is {{PHONE:dash}}.\nThank you,\nYesenia Morales\n{{EMAIL}}'],
  ['email', 'en', 'Hi Ms. Chen, following up on the voicemail. Your hearing was moved to {{~date-not-birth:long}}. Call me at {{PHONE:paren}} ext. 22 if you have questions.\n--\nJordan Smith, Case Manager\nT {{PHONE:dash}} | F {{PHONE:dash}}\n{{EMAIL:city}}', 'fax numbers are phone numbers'],
  ['email', 'en', 'hi my name is tyrone i lost my SS card. the number is {{SSN}} and my birthday is {{DATE_OF_BIRTH:us0}}. can u help me get a new one. my phone {{PHONE:plain}}'],
  ['email', 'en', 'Dear team, my USCIS receipt number is {{USCIS_RECEIPT}} and I have not received my work permit. My case was received {{~date-not-birth:us,past}}. Thanks, Samir'],
  ['email', 'en', 'Please send the form to my wife instead: {{EMAIL}}. Her number is {{PHONE:dash}}. We moved, new ZIP is {{~zip4}}.'],
  ['email', 'en', 'Is my tracking number {{~tracking-number:usps}} for the ID card? It says delivered {{~date-not-birth:us}} but I never got it.'],
  ['email', 'en', "I'm writing on behalf of my brother Luis. His passport number is {{PASSPORT:usnew}} and his date of birth is {{DATE_OF_BIRTH:long}}. He needs a letter for the consulate."],
  // ---------------- court / legal aid (EN)
  ['court', 'en', 'Reminder: your court date is {{~date-not-birth:long}} at {{~time}}, Bronx Housing Court, Part F. Index No. {{~index-number}}. Questions? Call {{PHONE:dash}}.'],
  ['court', 'en', 'Immigration court hearing {{~date-not-birth:us}}. Client A# {{A_NUMBER:bare9}}. Checked EOIR line ({{PHONE:1dash}}), hearing confirmed.'],
  ['court', 'en', "Legal aid note: client's I-130 receipt {{USCIS_RECEIPT}}, priority date {{~date-not-birth:us,past}}. A-number {{A_NUMBER:Adash}}. DOB {{DATE_OF_BIRTH:us}}."],
  ['court', 'en', 'Client brought I-797C, receipt # {{USCIS_RECEIPT:dash}}, received date {{~date-not-birth:long,past}}, notice date {{~date-not-birth:long,past}}.'],
  ['court', 'en', 'Asylum. A-Number {{A_NUMBER:bare9}} (from NTA). Venezuelan passport {{PASSPORT:ve}}, expired {{~date-not-birth:us,past}}. I-94 {{~i94-number}}.'],
  ['court', 'en', 'Hi Mr. Baptiste, reminder of your hearing on {{~date-not-birth:us}} at {{~time}}. Reply STOP to opt out. Info: {{PHONE:local}}'],
  ['court', 'en', 'Intake (legal aid)\nName: F. Diallo\nA-Number: {{A_NUMBER:bare9}}\nDate of Birth: {{DATE_OF_BIRTH:dmy}}\nCountry: Guinea\nPhone: {{PHONE:paren}}\nNext hearing: {{~date-not-birth:dmy}}', 'key: value block'],
  ['court', 'en', '{{A_NUMBER:A}} is the A# on the NTA; the one on the EAD is the same. Receipt for I-765 {{USCIS_RECEIPT:IOE}}.', 'label after value'],
  ['court', 'en', 'Client says his old A number was {{A_NUMBER:A8}} from the 90s. Ran FOIA request, case {{~case-number}}.'],
  ['court', 'en', 'Docket {{~index-number}}, adjourned to {{~date-not-birth:us}}. Opposing counsel {{EMAIL}}, {{PHONE:dash}}.'],
  ['court', 'en', 'SIJS petition for minor born {{DATE_OF_BIRTH:us,teen}}, A# {{A_NUMBER:Aspace}}. Family court date {{~date-not-birth:us}}.'],
  ['court', 'en', 'Student visa client, SEVIS ID {{~sevis-number}}, passport {{PASSPORT:cn}}. DOB {{DATE_OF_BIRTH:iso}}.'],
  ['court', 'en', 'TPS re-registration: A-number\n{{A_NUMBER:bare9}}\nReceipt\n{{USCIS_RECEIPT}}', 'label on the previous line'],
  // ---------------- clinic (EN)
  ['clinic', 'en', 'Pt called to reschedule. DOB {{DATE_OF_BIRTH:us}}, MRN {{~mrn}}. New appt {{~date-not-birth:us}} {{~time}}. Cb# {{PHONE:dash}}.'],
  ['clinic', 'en', 'Prenatal intake: LMP {{~date-not-birth:us,past}}, EDD {{~date-not-birth:us}}. Pt DOB {{DATE_OF_BIRTH:us}}. Medicaid CIN {{~medicaid-id}}.'],
  ['clinic', 'en', 'Immunization record request for child born {{DATE_OF_BIRTH:long,child}}. Send to parent email {{EMAIL}}.'],
  ['clinic', 'en', 'Copay {{~price}} paid w/ card {{CREDIT_CARD:visa,sp}} exp {{~card-expiry}}.'],
  ['clinic', 'en', 'Lab results ready. Pt (dob {{DATE_OF_BIRTH:us2}}) asked we text {{PHONE:plain}} not call.'],
  ['clinic', 'en', 'Msg from front desk: Mrs. Santos DOB {{DATE_OF_BIRTH:usdash}} called re refill, pharmacy fax {{PHONE:paren}}.'],
  ['clinic', 'en', 'Telehealth link failed, pt on {{IP_ADDRESS:priv}} behind clinic wifi. Rescheduled for {{~date-not-birth:us}}.'],
  // ---------------- school (EN)
  ['school', 'en', "Dear parent, your child's enrollment is incomplete. Please bring proof of age (student DOB on file: {{DATE_OF_BIRTH:us,child}}) and proof of address. Questions: {{PHONE:paren}} or {{EMAIL:city}}."],
  ['school', 'en', 'Student ID {{~student-id}}, absent {{~date-not-birth:abbr}} and {{~date-not-birth:abbr}}. Mom cell {{PHONE:dash}}.'],
  ['school', 'en', 'Lunch form reminder: do not write a guardian SSN. If you already did (e.g. {{~ssn-masked}}) we will black it out.'],
  ['school', 'en', 'Emergency contacts\nMother: {{PHONE:dash}}\nAunt: {{PHONE:paren}}\nDoctor: {{PHONE:dash}}'],
  ['school', 'en', 'Parent-teacher conf {{~date-not-birth:long}} at {{~time}}, room 214. Reply to {{EMAIL:city}}.'],
  ['school', 'en', 'Transfer request for Kwame O., date of birth {{DATE_OF_BIRTH:long,child}}, OSIS {{~student-id}}. Parent email {{EMAIL}}.'],
  ['school', 'en', 'Library notice: item barcode {{~library-barcode}} overdue since {{~date-not-birth:us}}. Fine {{~price}}.'],
  // ---------------- pay (EN)
  ['pay', 'en', 'Chat\nResident: hi i tried paying my parking ticket {{~ticket-number}} with {{CREDIT_CARD:mc}} and it declined\nAgent: Please confirm the billing ZIP\nResident: {{~zip4}}'],
  ['pay', 'en', 'Payment failed: card number {{~luhn-fail:visa,sp}} did not pass validation. Asked resident to re-enter it.'],
  ['pay', 'en', 'Refund of {{~price}} issued to Amex {{CREDIT_CARD:amex,sp}}, confirmation {{~confirmation-number}}.'],
  ['pay', 'en', 'Resident read card back as {{CREDIT_CARD:disc,dash}}; processed water bill acct {{~account-number}} for {{~price}}.'],
  ['pay', 'en', 'Resident typed {{~luhn-fail:mc}} twice, both rejected. Third try with {{CREDIT_CARD:visa}} went through. Receipt {{~receipt-number}} emailed to {{EMAIL}}.'],
  ['pay', 'en', 'Caller wants to pay property tax by phone. BBL given, amount {{~price}}, due {{~date-not-birth:us}}. Callback {{PHONE:dash}}.'],
  ['pay', 'en', 'Chargeback on order {{~order-number}} for {{~price}}. Card on file {{CREDIT_CARD:visa,dash}}. Customer tel {{PHONE:paren}}.'],
  ['pay', 'en', 'Dog license renewal: paid {{~price}} on {{~date-not-birth:us}}, confirmation {{~confirmation-number:ssn}}.', 'confirmation number in SSN layout'],
  // ---------------- it (EN)
  ['it', 'en', 'Ticket {{~ticket-number}}: user cannot reach the benefits portal from workstation {{IP_ADDRESS:priv}}. Gateway {{IP_ADDRESS:priv}}. Chrome version {{~version-number}}.'],
  ['it', 'en', 'Blocked login attempts from {{IP_ADDRESS:doc}}:{{~ip-port-only=8443}} and {{IP_ADDRESS:doc}}. Firewall firmware is {{~version-number:ip}}.', 'IPv4-shaped firmware version'],
  ['it', 'en', 'Printer at {{IP_ADDRESS:priv}} (MAC {{~mac-address}}) offline again. Driver version {{~version-number}}.'],
  ['it', 'en', 'VPN client {{~version-number:ip}} fails on IPv6 {{IP_ADDRESS:v6}}. User jperez, cell {{PHONE:dash}}.'],
  ['it', 'en', 'Loopback test {{IP_ADDRESS:lo}} OK; DNS {{IP_ADDRESS:doc}} not responding since {{~time:24}}.'],
  ['it', 'en', 'User reported phishing email from {{EMAIL}} asking for their SSN. Header shows origin {{IP_ADDRESS:doc}}.'],
  ['it', 'en', 'INC update: upgraded case-mgmt app to build {{~version-number:ip}}. Old server {{IP_ADDRESS:priv}} decommissioned {{~date-not-birth:us}}.'],
  ['it', 'en', 'host,ip,owner\nkiosk-03,{{IP_ADDRESS:priv}},{{EMAIL:city}}\nkiosk-04,{{IP_ADDRESS:priv}},{{EMAIL:city}}', 'CSV paste'],
  ['it', 'en', 'Link-local {{IP_ADDRESS:v6ll}} on the tablet, no global address. Section {{~section-number}} of the runbook applies.', 'IPv4-shaped section number'],
  ['it', 'en', 'Reset password for caseworker, called from desk phone {{PHONE:dash}}. Last login {{~date-not-birth:us}} {{~time:24}} from {{IP_ADDRESS:doc}}.'],
  // ---------------- mail / work / tax / idnyc / ids / consular / record / intake (EN)
  ['mail', 'en', 'Notice mailed {{~date-not-birth:long}} via USPS tracking {{~tracking-number:usps}} to 88-10 Roosevelt Ave, Queens NY {{~zip4}}.'],
  ['mail', 'en', 'Returned mail: UPS {{~tracking-number:ups}}, addressee moved. Forwarding phone on envelope {{PHONE:paren}}.'],
  ['mail', 'en', 'FedEx {{~tracking-number:fedex}} with original birth certificate (DOB {{DATE_OF_BIRTH:us,child}}) sent to the family.'],
  ['work', 'en', 'Job readiness intake: SSN {{SSN}}. EAD category C08, receipt {{USCIS_RECEIPT:IOE}}.'],
  ['work', 'en', 'I-9 verified: List A doc US passport {{PASSPORT:us}}, exp {{~date-not-birth:us}}.'],
  ['work', 'en', 'SYEP application: youth DOB {{DATE_OF_BIRTH:us,teen}}, parent phone {{PHONE:paren}}, youth email {{EMAIL}}.'],
  ['work', 'en', 'Timesheet: in {{~time}}, out {{~time}}. Payroll question re check {{~price}}. Employee # is not the SSN.'],
  ['tax', 'en', 'VITA: client files w/ ITIN {{ITIN}}, spouse SSN {{SSN}}, dependent born {{DATE_OF_BIRTH:us,child}}. Refund to acct {{~account-number}}.'],
  ['tax', 'en', 'Client brought W-2 with SSN {{~ssn-invalid-area-9xx}}, not valid as SSN or ITIN (employer error). Told client to ask for W-2c.'],
  ['tax', 'en', 'Daycare provider EIN {{~ein}}, provider phone {{PHONE:dash}}.'],
  ['tax', 'en', 'Name\tSSN/ITIN\tDOB\nJ. Ruiz\t{{ITIN}}\t{{DATE_OF_BIRTH:us}}\nM. Ruiz\t{{SSN}}\t{{DATE_OF_BIRTH:us}}\nA. Ruiz\t{{SSN}}\t{{DATE_OF_BIRTH:us,child}}', 'tab-separated table'],
  ['tax', 'en', 'TIN on the 1099 is {{ITIN}}; client thought it was her SSN. Prior yr AGI {{~price}}.'],
  ['tax', 'en', 'SSN 000-12-3456? No, client corrected: {{SSN}}. First one was a guess.'.replace('000-12-3456', '{{~ssn-invalid-area-000}}')],
  ['idnyc', 'en', 'IDNYC appt confirmation {{~confirmation-number}} for {{~date-not-birth:long}} at {{~time}}. Bring passport or consular ID. Contact {{EMAIL:city}}.'],
  ['idnyc', 'en', 'Applicant showed foreign passport (Mexico) {{PASSPORT:mx}} and a utility bill. DOB {{DATE_OF_BIRTH:us}}.'],
  ['idnyc', 'en', 'Card reprint: resident since {{~date-not-birth:us,past}}, tel {{PHONE:dash}}, email {{EMAIL}}.'],
  ['ids', 'en', 'Passport card # {{PASSPORT:card}}, DL not available. DOB {{DATE_OF_BIRTH:long}}.'],
  ['ids', 'en', 'Documents seen: birth cert (DOB {{DATE_OF_BIRTH:us}}), SS card ({{SSN}}), library card {{~library-barcode}}.'],
  ['ids', 'en', 'Visa foil {{~visa-foil}} and I-94 {{~i94-number}} copied; passport {{PASSPORT:in}} scanned.'],
  ['consular', 'en', 'Client has matricula {{~matricula-number}} and Mexican passport {{PASSPORT:mx}}. CURP {{~curp}}.'],
  ['record', 'en', 'FOIL request case {{~case-number}}: requester wants records of an incident on {{~date-not-birth:us,past}}. Reply to {{EMAIL}}.'],
  ['record', 'en', 'Vital records: requesting birth certificate for person born {{DATE_OF_BIRTH:long,senior}} in Brooklyn. Order {{~order-number}}, paid {{~price}}.'],
  ['record', 'en', 'Death certificate request, decedent DOB {{DATE_OF_BIRTH:us,senior}}, date of death {{~date-not-birth:us,past}}. Informant phone {{PHONE:paren}}.'],
  ['intake', 'en', 'Walk-in. Needs help with rent. Says SS# is on file. Cell {{PHONE:dash}}. Will come back {{~date-not-birth:abbr}}.'],
  ['intake', 'en', 'New client. DOB {{DATE_OF_BIRTH:us}} SSN {{SSN}} A# none, USC. Phone {{PHONE:paren}}. Email none.'],
  ['intake', 'en', 'Client born in {{~birth-year}}, could not remember exact date. Will bring ID next visit.', 'a birth year alone is not a date'],
  ['intake', 'en', 'Case {{~case-number:ssn}} transferred from Brooklyn office. No SSN on file.', 'case number in SSN layout'],
  ['intake', 'en', 'Caller gave claim number {{~claim-number:ssn}} for her storm damage, not her SSN.', 'claim number in SSN layout'],
  ['intake', 'en', 'Invoice {{~invoice-number:ssn}} from the moving company, {{~price}}, due {{~date-not-birth:us}}.', 'invoice number in SSN layout'],
  ['intake', 'en', 'Acct # {{~account-number:ssn}} at the credit union; client wants a letter for the bank.', 'account number in SSN layout'],
  ['intake', 'en', 'Ticket {{~ticket-number:ssn}} - client still waiting for callback about HRA card.', 'ticket number in SSN layout'],
  ['intake', 'en', 'SR {{~311-number:ssn}} for illegal dumping, caller anonymous.', '311 number in SSN layout'],
  ['intake', 'en', 'Wife: {{PHONE:dash}} / husband: {{PHONE:dash}}. Both speak some English. Kids DOBs {{DATE_OF_BIRTH:us0,child}} and {{DATE_OF_BIRTH:us0,child}}.'],
  ['intake', 'en', 'Client version of events: she was evicted {{~date-not-birth:us,past}}, born {{DATE_OF_BIRTH:long}}, no income since.'],
  ['intake', 'en', 'DOB\n{{DATE_OF_BIRTH:us}}\nSSN\n{{SSN}}\nPhone\n{{PHONE:dash}}', 'labels on the previous line'],
  ['intake', 'en', 'SS # {{SSN:space}}, DOB {{DATE_OF_BIRTH:abbr}}, lives w/ sister, sister tel {{PHONE:parennosp}}.'],
  ['intake', 'en', 'Client has two phones: {{PHONE:dash}} (work) and {{PHONE:dash}}. Prefers text. Email {{EMAIL}}. A-number {{A_NUMBER:A7}}.'],

  // ---------------- Spanish
  ['benefits', 'es', 'Cliente vino para renovar SNAP. Fecha de nac. {{DATE_OF_BIRTH:es}}, seguro social {{SSN}}. Cel. {{PHONE:dash}}.'],
  ['benefits', 'es', 'La señora no tiene seguro social, usa su ITIN {{ITIN}} para los impuestos. Solicitud solo para los niños.'],
  ['benefits', 'es', 'Se llamó a la clienta al {{PHONE:paren}}, no contestó. Caso {{~case-number:d9}}. Volver a llamar el {{~date-not-birth:es}}.'],
  ['benefits', 'es', 'Nacio el {{DATE_OF_BIRTH:eslong}} en Puebla. Vive con 2 hijos. Tel. {{PHONE:plain}}.'],
  ['benefits', 'es', 'Cliente dice que su numero de seguro social es {{ITIN}} pero es ITIN, se le explico la diferencia.', 'ITIN after an SSN label'],
  ['benefits', 'es', 'Entrevista de recertificacion por telefono. FDN {{DATE_OF_BIRTH:es}}. SS# {{SSN}}. Correo {{EMAIL}}.'],
  ['benefits', 'es', 'Hogar de 4 personas:\n- madre, nacida {{DATE_OF_BIRTH:es}}\n- hijo, nacido {{DATE_OF_BIRTH:es,child}}\n- hija, nacida {{DATE_OF_BIRTH:es,child}}\n- abuela, nacida {{DATE_OF_BIRTH:es,senior}}'],
  ['benefits', 'es', 'El seguro social que aparece en la carta ({{~ssn-invalid-area-666}}) no es valido. Pedir tarjeta original.'],
  ['benefits', 'es', 'Audiencia imparcial el {{~date-not-birth:eslong}} a las {{~time}}. Clienta nacio el {{DATE_OF_BIRTH:eslong}}.'],
  ['benefits', 'es', 'Los últimos 4 del seguro social son {{~last-four}}; no dio el numero completo por telefono.'],
  ['benefits', 'es', 'Ayuda de emergencia: cuenta de ConEd {{~account-number}}, debe {{~price}}. Aviso de corte del {{~date-not-birth:es}}.'],
  ['benefits', 'es', 'Adulto mayor, fecha de nacimiento {{DATE_OF_BIRTH:esdel,senior}}. Su hija llama desde {{PHONE:dash}}.'],
  ['benefits', 'es', 'WIC: bebé nació el {{DATE_OF_BIRTH:es,baby}}. Mamá cel {{PHONE:plain}}, correo {{EMAIL}}.'],
  ['benefits', 'es', 'El SS# que puso en la solicitud, {{~ssn-placeholder}}, es de relleno. Se le pidió el número real.'],
  ['benefits', 'es', 'Reclamo de desempleo {{~claim-number}} sigue pendiente desde {{~date-not-birth:es,past}}.'],
  ['benefits', 'es', 'Datos del cliente\nNombre: J. Castillo\nFecha de nacimiento: {{DATE_OF_BIRTH:es}}\nSeguro social: {{SSN}}\nTeléfono: {{PHONE:paren}}\nCorreo: {{EMAIL}}', 'key: value block'],
  ['benefits', 'es', '{{SSN}} es el numero de seguro social de su esposo, lo confirmo con la carta del SSA.', 'label after value'],
  // housing es
  ['housing', 'es', 'Inquilina llamó por falta de calefacción. Numero de 311: {{~311-number}}. Devolver llamada al {{PHONE:dash}}.'],
  ['housing', 'es', 'Solicitud de ayuda de renta: FDN {{DATE_OF_BIRTH:es}}, SS {{SSN}}, tel del dueño {{PHONE:paren}}. Deuda {{~price}}.'],
  ['housing', 'es', 'Contrato empieza el {{~date-not-birth:es}}. Apto 3B, Bronx NY {{~zip4}}.'],
  ['housing', 'es', 'Ingreso al albergue. Presento pasaporte de Guatemala {{PASSPORT:gt}}. Fecha de nacimiento {{DATE_OF_BIRTH:es}}. Sin seguro social.'],
  ['housing', 'es', 'Confirmacion de cama {{~confirmation-number:ssn}}. Tiene que llegar antes de las {{~time}}.', 'confirmation number in SSN layout'],
  ['housing', 'es', 'Familia de 5 en albergue desde {{~date-not-birth:es,past}}. Numero A del papá {{A_NUMBER:A}}, la mamá no tiene.'],
  ['housing', 'es', 'El dueño le manda mensajes desde el {{PHONE:plus1}} amenazando con sacarla. Se le aconsejó guardar los mensajes.'],
  ['housing', 'es', 'Inspección de Sección 8 el {{~date-not-birth:eslong}} entre {{~time}} y {{~time}}. Cel del dueño {{PHONE:dot}}.'],
  ['housing', 'es', 'La administración dice que debe {{~price}}, factura {{~invoice-number}}. Su correo: {{EMAIL}}.'],
  ['housing', 'es', 'Caso de HPD {{~case-number}} por moho. Super tel {{PHONE:local}}.'],
  // 311 es
  ['311', 'es', 'Llamante reporta que no recogieron la basura. Solicitud {{~311-number}}. Quiere que le llamen al {{PHONE:plain}} despues de las 5.'],
  ['311', 'es', 'Señora mayor (nacida {{DATE_OF_BIRTH:es0,senior}}) necesita transporte. Tel {{PHONE:paren}}. Se le dijo que puede marcar {{~service-number=311}}.'],
  ['311', 'es', 'Queja de ruido desde el {{~date-not-birth:es}}, codigo postal {{~zip4}}, cel {{PHONE:dash}}.'],
  ['311', 'es', 'Llamante pregunta por su pedido de permiso, orden #{{~order-number:ssn}}. Se transfirió.', 'order number in SSN layout'],
  ['311', 'es', 'Quiere disputar la multa {{~ticket-number}} del {{~date-not-birth:es}}. Se le mando el enlace a {{EMAIL}}.'],
  ['311', 'es', 'Nombre: Sra. Vargas\nTel: {{PHONE:dash}}\nProblema: luz de calle apagada desde {{~date-not-birth:esshort}}\nSR: {{~311-number}}'],
  ['311', 'es', 'Llamante no quiso dar el seguro social completo, solo {{~ssn-masked}}.'],
  // email es
  ['email', 'es', 'Hola buenas tardes, le escribo porque no me ha llegado la tarjeta. Mi numero de caso es {{~case-number:ssn}}. Mi cel es {{PHONE:plain}}. Gracias', 'case number in SSN layout'],
  ['email', 'es', 'Buenos días, mi mamá necesita ayuda. Se llama Rosa Medina, nació el {{DATE_OF_BIRTH:eslong,senior}}. Su teléfono es {{PHONE:paren}}, pero mejor llámeme a mí al {{PHONE:dash}}.\nSaludos, Carmen\n{{EMAIL}}'],
  ['email', 'es', 'Me pidieron mi número A para la cita de IDNYC. Es {{A_NUMBER:A}}. La cita es el {{~date-not-birth:es}}.'],
  ['email', 'es', 'Perdon, me equivoque en el correo anterior. Mi seguro social es {{SSN}}, no {{~ssn-invalid-group-00}}.'],
  ['email', 'es', 'Hola, pague la factura {{~invoice-number}} ({{~price}}) con la tarjeta que termina en {{~last-four}} y todavia sale sin pagar.'],
  ['email', 'es', 'Estimados, mi numero de recibo de USCIS es {{USCIS_RECEIPT}} y todavia no recibo el permiso de trabajo. Saludos, Miguel'],
  ['email', 'es', 'Buenas, le mando el acta de nacimiento de mi hija (nacio el {{DATE_OF_BIRTH:es,child}}). Mi nuevo numero es {{PHONE:dash}}.\nGracias\nYesenia'],
  ['email', 'es', 'Le escribo por mi hermano. Su pasaporte es {{PASSPORT:hn}} y su fecha de nacimiento {{DATE_OF_BIRTH:es}}. Necesita una carta para el consulado.'],
  ['email', 'es', 'hola mi nombre es jose perdi mi tarjeta del social. el numero es {{SSN}} y naci el {{DATE_OF_BIRTH:es0}}. mi tel {{PHONE:plain}}'],
  ['email', 'es', '¿El número de rastreo {{~tracking-number:usps}} es de mi tarjeta? Dice entregado el {{~date-not-birth:es}} pero no me llegó.'],
  ['email', 'es', 'Hola Sra. Chen, su audiencia se cambió al {{~date-not-birth:eslong}}. Llámeme al {{PHONE:paren}} si tiene preguntas.\n--\nLucía Santos, Manejadora de Casos\nTel {{PHONE:dash}} | Fax {{PHONE:dash}}\n{{EMAIL:city}}', 'fax numbers are phone numbers'],
  ['email', 'es', 'Mi esposa no tiene email, mande todo a mi correo {{EMAIL}}. Nos mudamos, el nuevo codigo postal es {{~zip4}}.'],
  // court es
  ['court', 'es', 'Recordatorio: su cita en la corte es el {{~date-not-birth:eslong}} a las {{~time}}, Corte de Vivienda del Bronx. Índice {{~index-number}}. Preguntas: {{PHONE:dash}}.'],
  ['court', 'es', 'Audiencia de inmigración el {{~date-not-birth:es}}. Numero A {{A_NUMBER:bare9}}. Cliente nacio el {{DATE_OF_BIRTH:es}}.'],
  ['court', 'es', 'Nota de asistencia legal: recibo del I-130 {{USCIS_RECEIPT}}, fecha de prioridad {{~date-not-birth:es,past}}. A# {{A_NUMBER:bare9dash}}.'],
  ['court', 'es', 'Cliente trajo el I-797C, recibo {{USCIS_RECEIPT:dash}}, fecha de recibido {{~date-not-birth:es,past}}.'],
  ['court', 'es', 'Asilo. Número de extranjero {{A_NUMBER:bare9}}. Pasaporte venezolano {{PASSPORT:ve}}, vencido el {{~date-not-birth:es,past}}.'],
  ['court', 'es', 'Hola Sr. Pierre, le recordamos su audiencia el {{~date-not-birth:es}} a las {{~time}}. Info: {{PHONE:local}}'],
  ['court', 'es', 'Datos\nNombre: A. Morales\nNúmero A: {{A_NUMBER:bare8}}\nFecha de nacimiento: {{DATE_OF_BIRTH:esdash}}\nPaís: El Salvador\nTel: {{PHONE:paren}}\nPróxima audiencia: {{~date-not-birth:esdash}}', 'key: value block'],
  ['court', 'es', '{{A_NUMBER:Adash}} es su numero de extranjero segun el NTA. Recibo del I-765: {{USCIS_RECEIPT:IOE}}.', 'label after value'],
  ['court', 'es', 'Menor (SIJS) nacido el {{DATE_OF_BIRTH:es,teen}}, A# {{A_NUMBER:A}}. Corte familiar {{~date-not-birth:es}}.'],
  ['court', 'es', 'TPS: numero A\n{{A_NUMBER:bare9}}\nrecibo\n{{USCIS_RECEIPT}}', 'label on the previous line'],
  ['court', 'es', 'Expediente {{~index-number}}, aplazado al {{~date-not-birth:es}}. Abogado contrario {{EMAIL}}.'],
  // clinic es
  ['clinic', 'es', 'Paciente llamo para cambiar cita. FDN {{DATE_OF_BIRTH:es}}, expediente {{~mrn}}. Nueva cita {{~date-not-birth:es}} {{~time}}. Tel {{PHONE:dash}}.'],
  ['clinic', 'es', 'Control prenatal: FUM {{~date-not-birth:es,past}}, FPP {{~date-not-birth:es}}. Paciente nacida el {{DATE_OF_BIRTH:es}}. Medicaid {{~medicaid-id}}.'],
  ['clinic', 'es', 'Solicitan cartilla de vacunas del niño nacido el {{DATE_OF_BIRTH:eslong,child}}. Enviar al correo de la mamá {{EMAIL}}.'],
  ['clinic', 'es', 'Copago {{~price}} pagado con tarjeta {{CREDIT_CARD:mc,sp}}, vence {{~card-expiry}}.'],
  ['clinic', 'es', 'Resultados listos. Paciente pide que le manden texto al {{PHONE:plain}}, no llamadas. Cumpleaños: {{DATE_OF_BIRTH:es0}}.'],
  // school es
  ['school', 'es', 'Estimado padre, la inscripción está incompleta. Traiga comprobante de edad (fecha de nacimiento del alumno: {{DATE_OF_BIRTH:es,child}}). Preguntas: {{PHONE:paren}} o {{EMAIL:city}}.'],
  ['school', 'es', 'ID de estudiante {{~student-id}}, faltó el {{~date-not-birth:es}}. Cel de la mamá {{PHONE:dash}}.'],
  ['school', 'es', 'Contactos de emergencia\nMamá: {{PHONE:dash}}\nTía: {{PHONE:paren}}\nAbuelo (México): {{PHONE:mx}}'],
  ['school', 'es', 'Reunión de padres el {{~date-not-birth:eslong}} a las {{~time}}. Responder a {{EMAIL:city}}.'],
  ['school', 'es', 'Aviso de la biblioteca: libro con código de barras {{~library-barcode}} vencido desde {{~date-not-birth:es}}.'],
  // pay es
  ['pay', 'es', 'Chat\nResidente: hola intente pagar la multa {{~ticket-number}} con la tarjeta {{CREDIT_CARD:visa}} y no pasó\nAgente: Confirme el código postal\nResidente: {{~zip4}}'],
  ['pay', 'es', 'Pago rechazado: la tarjeta {{~luhn-fail:mc,sp}} no pasó la validación. Se le pidió volver a escribirla.'],
  ['pay', 'es', 'Reembolso de {{~price}} a la tarjeta {{CREDIT_CARD:amex}}, confirmación {{~confirmation-number}}.'],
  ['pay', 'es', 'Residente leyó la tarjeta como {{CREDIT_CARD:visa,dash}}; se procesó la cuenta de agua {{~account-number}} por {{~price}}.'],
  ['pay', 'es', 'Pago de la licencia del perro: {{~price}} el {{~date-not-birth:es}}, confirmación {{~confirmation-number:ssn}}.', 'confirmation number in SSN layout'],
  ['pay', 'es', 'Recibo {{~receipt-number}} enviado a {{EMAIL}}. La tarjeta {{~luhn-fail:visa}} fue rechazada antes.'],
  // it es
  ['it', 'es', 'Ticket {{~ticket-number}}: el usuario no entra al portal desde la PC {{IP_ADDRESS:priv}}. Versión del navegador {{~version-number}}.'],
  ['it', 'es', 'Intentos de acceso bloqueados desde {{IP_ADDRESS:doc}} y {{IP_ADDRESS:v6}}. Firmware del firewall {{~version-number:ip}}.', 'IPv4-shaped firmware version'],
  ['it', 'es', 'Impresora en {{IP_ADDRESS:priv}} (MAC {{~mac-address}}) sin conexión. Contacto: {{PHONE:dash}}.'],
  ['it', 'es', 'Correo sospechoso de {{EMAIL}} pidiendo el seguro social. IP de origen {{IP_ADDRESS:doc}}.'],
  ['it', 'es', 'Se actualizó la app a la versión {{~version-number:ip}}. Servidor viejo {{IP_ADDRESS:priv}} apagado el {{~date-not-birth:es}}.'],
  // mail/work/tax/idnyc/ids/consular/record/intake es
  ['mail', 'es', 'Aviso enviado el {{~date-not-birth:eslong}} por USPS, guía {{~tracking-number:uspssp}}, código postal {{~zip4}}.'],
  ['work', 'es', 'Entrevista de empleo: seguro social {{SSN:space}}. Permiso de trabajo, recibo {{USCIS_RECEIPT:IOE}}.'],
  ['work', 'es', 'Joven del SYEP nacido el {{DATE_OF_BIRTH:es,teen}}, tel de la mamá {{PHONE:paren}}, correo del joven {{EMAIL}}.'],
  ['work', 'es', 'I-9: pasaporte de EE.UU. {{PASSPORT:us}}, vence {{~date-not-birth:es}}.'],
  ['tax', 'es', 'VITA: cliente declara con ITIN {{ITIN}}, esposa con SS {{SSN}}, dependiente nacido el {{DATE_OF_BIRTH:es,child}}. Reembolso a la cuenta {{~account-number}}.'],
  ['tax', 'es', 'El W-2 tiene el numero {{~ssn-invalid-area-9xx}}, que no es ni seguro social ni ITIN valido. Pedir W-2c al patrón.'],
  ['tax', 'es', 'Nombre,ITIN/SSN,Fecha nac.\nM. Hernández,{{ITIN}},{{DATE_OF_BIRTH:es}}\nL. Hernández,{{SSN}},{{DATE_OF_BIRTH:es,child}}', 'comma-separated table'],
  ['tax', 'es', 'EIN de la guardería {{~ein}}, teléfono de la proveedora {{PHONE:dash}}.'],
  ['idnyc', 'es', 'Confirmación de cita IDNYC {{~confirmation-number}} para el {{~date-not-birth:eslong}} a las {{~time}}. Traiga pasaporte o matrícula.'],
  ['idnyc', 'es', 'Solicitante presentó pasaporte mexicano {{PASSPORT:mx}} y recibo de luz. FDN {{DATE_OF_BIRTH:es}}.'],
  ['idnyc', 'es', 'Reimpresión de tarjeta: vive en NYC desde {{~date-not-birth:es,past}}, tel {{PHONE:dash}}, correo {{EMAIL}}.'],
  ['ids', 'es', 'Documentos vistos: acta de nacimiento (nació {{DATE_OF_BIRTH:es}}), tarjeta de seguro social ({{SSN}}), tarjeta de biblioteca {{~library-barcode}}.'],
  ['ids', 'es', 'Pasaporte colombiano {{PASSPORT:co}}, visa {{~visa-foil}}, I-94 {{~i94-number}}.'],
  ['consular', 'es', 'Tiene matrícula consular {{~matricula-number}} y pasaporte mexicano {{PASSPORT:mx}}. CURP {{~curp}}. Cel en México {{PHONE:mx}}.'],
  ['consular', 'es', 'Pasaporte de Honduras {{PASSPORT:hn}}, vencido {{~date-not-birth:es,past}}. Familia en Honduras tel {{PHONE:hn}}.'],
  ['consular', 'es', 'Cita en el consulado de Guatemala el {{~date-not-birth:es}}. Número de pasaporte: {{PASSPORT:gt}}. Tel. en Guate {{PHONE:gt}}.'],
  ['record', 'es', 'Solicitud de acta de nacimiento de persona nacida el {{DATE_OF_BIRTH:eslong,senior}} en Brooklyn. Pedido {{~order-number}}, pagado {{~price}}.'],
  ['intake', 'es', 'Cliente nuevo sin cita. Necesita ayuda con la renta. Cel. {{PHONE:dash}}. Regresa el {{~date-not-birth:es}}.'],
  ['intake', 'es', 'Cliente nuevo. FDN {{DATE_OF_BIRTH:es}} SS# {{SSN}} A# no tiene, ciudadano. Tel {{PHONE:paren}}.'],
  ['intake', 'es', 'Nació en {{~birth-year}}, no recuerda la fecha exacta. Traerá ID.', 'a birth year alone is not a date'],
  ['intake', 'es', 'Caso {{~case-number:ssn}} transferido de la oficina de Queens. No hay seguro social en el archivo.', 'case number in SSN layout'],
  ['intake', 'es', 'Cuenta # {{~account-number:ssn}} del banco; quiere una carta.', 'account number in SSN layout'],
  ['intake', 'es', 'Fecha de nacimiento\n{{DATE_OF_BIRTH:es}}\nSeguro social\n{{SSN}}\nCelular\n{{PHONE:dash}}', 'labels on the previous line'],
  ['intake', 'es', 'Esposa: {{PHONE:dash}} / esposo: {{PHONE:dash}}. Niños nacidos el {{DATE_OF_BIRTH:es0,child}} y el {{DATE_OF_BIRTH:es0,child}}.'],
  ['intake', 'es', 'Cliente fue desalojada el {{~date-not-birth:es,past}}; nacida el {{DATE_OF_BIRTH:esdel}}; sin ingresos desde entonces.'],
  ['intake', 'es', 'Tiene pasaporte de Ecuador {{PASSPORT:ec}} y A# {{A_NUMBER:A8}}. Cel {{PHONE:dot}}.'],
  ['intake', 'es', 'Número de pasaporte dominicano {{PASSPORT:do}}, tel. en RD {{PHONE:do}}, aquí {{PHONE:dash}}.'],
  ['intake', 'es', 'El seguro social que dio ({{~ssn-invalid-serial-0000}}) termina en 0000, no puede ser. Pedir carta del SSA.'],

  // ---------------- mixed English / Spanish
  ['mixed', 'es', 'Cliente llamó, dice que her SSN is {{SSN}} y que el DOB es {{DATE_OF_BIRTH:us}}. Necesita ayuda con Medicaid.', 'mixed'],
  ['mixed', 'en', 'Spoke w/ client in Spanish. Tiene ITIN {{ITIN}}, no SS#. Cel {{PHONE:dash}}. Appt {{~date-not-birth:us}}.', 'mixed'],
  ['mixed', 'es', 'Hola, my son needs his records. Nació el {{DATE_OF_BIRTH:es,child}}, student ID {{~student-id}}. Mi email es {{EMAIL}}.', 'mixed'],
  ['mixed', 'en', 'Client (habla español) gave A# {{A_NUMBER:Asp1}} and receipt {{USCIS_RECEIPT}}. Audiencia {{~date-not-birth:us}}.', 'mixed'],
  ['mixed', 'es', 'La clienta paid with card {{CREDIT_CARD:visa,sp}}, confirmation {{~confirmation-number}}. Tel {{PHONE:paren}}.', 'mixed'],
  ['mixed', 'en', 'Niece translated. Aunt DOB {{DATE_OF_BIRTH:es,senior}} (dd/mm), pasaporte {{PASSPORT:sv}}. Cel {{PHONE:dash}}.', 'mixed; day-first date'],
  ['mixed', 'es', 'Ticket {{~ticket-number}}: la compu de recepción {{IP_ADDRESS:priv}} no conecta. Router {{IP_ADDRESS:priv}}, firmware {{~version-number:ip}}.', 'mixed'],
  ['mixed', 'en', 'Caller mixed Spanish/English: "mi numero es {{PHONE:dash}}", order {{~order-number}}, ZIP {{~zip4}}.', 'mixed'],
];

// ---------------------------------------------------------------- build
const TOKEN = /\{\{(~?)([A-Za-z0-9_-]+)(?::([^}=]*))?(?:=([^}]*))?\}\}/g;
function build() {
  const counters = new Map();
  const records = [];
  for (const [group, lang, tpl, note] of T) {
    const key = `${group}-${lang}`;
    const n = (counters.get(key) || 0) + 1;
    counters.set(key, n);
    const id = `${key}-${pad(n, 3)}`;
    let text = '';
    let last = 0;
    const spans = [], decoys = [], checks = [];
    for (const m of tpl.matchAll(TOKEN)) {
      text += tpl.slice(last, m.index);
      last = m.index + m[0].length;
      const [, neg, name, optStr, literal] = m;
      const opts = optStr ? optStr.split(',') : [];
      let value;
      if (literal !== undefined) value = literal;
      else if (neg) { if (!NEG[name]) throw new Error(`${id}: unknown decoy ${name}`); value = NEG[name](opts); }
      else { if (!POS[name]) throw new Error(`${id}: unknown type ${name}`); value = POS[name](opts); }
      const start = text.length;
      text += value;
      const end = text.length;
      (neg ? decoys : spans).push(neg ? { kind: name, start, end } : { type: name, start, end });
      checks.push([neg, name, value, start, end]);
    }
    text += tpl.slice(last);
    if (/\{\{|\}\}/.test(text)) throw new Error(`${id}: unparsed token`);
    for (const [neg, name, value, start, end] of checks) {
      if (text.slice(start, end) !== value) throw new Error(`${id}: span does not slice to value`);
      if (value !== value.trim() || value === '') throw new Error(`${id}: untrimmed value`);
      if (neg) checkDecoy(name, value, text, start, end);
      else checkPositive(name, value, text, start, end);
    }
    const all = [...spans, ...decoys].sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) throw new Error(`${id}: overlapping spans`);
    const rec = { id, lang, text, spans };
    if (decoys.length) rec.decoys = decoys;
    if (note) rec.note = note;
    checkLeftovers(rec);
    records.push(rec);
  }
  const ids = new Set(records.map((r) => r.id));
  if (ids.size !== records.length) throw new Error('duplicate ids');
  for (const r of records) if (r.note && /mixed/.test(r.note) && r.id.startsWith('mixed') === false) throw new Error('mixed note outside mixed group');
  return records;
}

function stats(records) {
  const lines = [];
  const langs = ['en', 'es'];
  const byLang = Object.fromEntries(langs.map((l) => [l, records.filter((r) => r.lang === l).length]));
  lines.push(`snippets: ${records.length} (en ${byLang.en}, es ${byLang.es}; ${(100 * byLang.es / records.length).toFixed(0)}% Spanish)`);
  lines.push(`snippets with no span: ${records.filter((r) => r.spans.length === 0).length}; with decoys: ${records.filter((r) => r.decoys).length}; mixed-language: ${records.filter((r) => /mixed/.test(r.note || '')).length}`);
  const types = Object.keys(POS);
  lines.push('', 'spans by type        en    es  total');
  let te = 0, ts = 0;
  for (const t of types) {
    const c = (l) => records.filter((r) => r.lang === l).reduce((s, r) => s + r.spans.filter((x) => x.type === t).length, 0);
    const e = c('en'), s = c('es'); te += e; ts += s;
    lines.push(`  ${t.padEnd(16)} ${String(e).padStart(5)} ${String(s).padStart(5)} ${String(e + s).padStart(6)}`);
  }
  lines.push(`  ${'total'.padEnd(16)} ${String(te).padStart(5)} ${String(ts).padStart(5)} ${String(te + ts).padStart(6)}`);
  const kinds = new Map();
  for (const r of records) for (const d of r.decoys || []) {
    const k = kinds.get(d.kind) || { en: 0, es: 0 };
    k[r.lang]++; kinds.set(d.kind, k);
  }
  lines.push('', 'decoys by kind                 en    es  total');
  let de = 0, ds = 0;
  for (const [k, v] of [...kinds].sort((a, b) => (b[1].en + b[1].es) - (a[1].en + a[1].es) || a[0].localeCompare(b[0]))) {
    de += v.en; ds += v.es;
    lines.push(`  ${k.padEnd(26)} ${String(v.en).padStart(5)} ${String(v.es).padStart(5)} ${String(v.en + v.es).padStart(6)}`);
  }
  lines.push(`  ${'total'.padEnd(26)} ${String(de).padStart(5)} ${String(ds).padStart(5)} ${String(de + ds).padStart(6)}`);
  const ssnLayout = records.reduce((s, r) => s + (r.decoys || []).filter((d) => !d.kind.startsWith('ssn-') && ssaValid(r.text.slice(d.start, d.end))).length, 0);
  lines.push(`  (of which non-SSN numbers that pass the SSA rules, ddd-dd-dddd or 9 bare digits: ${ssnLayout})`);
  const ipShaped = records.reduce((s, r) => s + (r.decoys || []).filter((d) => d.kind === 'version-number' && isIP(r.text.slice(d.start, d.end))).length, 0);
  lines.push(`  (of which version numbers that are valid IPv4 strings: ${ipShaped})`);
  return lines.join('\n');
}

const records = build();
const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (check) {
  const cur = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (cur !== body) { console.error(`${out} differs from what the script makes`); process.exit(1); }
  console.log(`${out} is up to date (${records.length} snippets)`);
} else if (statsOnly) {
  console.log(stats(records));
} else {
  writeFileSync(out, body);
  console.log(`wrote ${out}\n`);
  console.log(stats(records));
}
