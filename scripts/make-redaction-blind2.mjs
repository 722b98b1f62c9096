#!/usr/bin/env node
// Generates test/redact/corpus/blind2.jsonl: a second blind corpus for civicveil/redact.
// Written from the labelling rules in test/redact/corpus/README.md only (see BLIND2.md).
//
//   node scripts/make-redaction-blind2.mjs                 write blind2.jsonl and print statistics
//   node scripts/make-redaction-blind2.mjs --check         exit 1 if blind2.jsonl differs from what this makes
//   node scripts/make-redaction-blind2.mjs --stats         print statistics only
//   node scripts/make-redaction-blind2.mjs --seed 7 --out /tmp/b2.jsonl
//
// Templates: {{TYPE:gen(args)}} is a labelled value, {{~kind:gen(args)}} a hard negative,
// {{TYPE=literal}} / {{~kind=literal}} a fixed value, {{?a|b|c}} a plain-text choice,
// {{name}} {{nombre}} {{first}} {{surname}} {{apellido}} plain invented names.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = resolve(ROOT, 'test/redact/corpus/blind2.jsonl');
const DEFAULT_SEED = 20261125;
const TARGET = 250;

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(DEFAULT_SEED);
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[int(0, arr.length - 1)];
const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
const pad = (n, w) => String(n).padStart(w, '0');
const letters = (n, set = 'ABCDEFGHJKLMNPRSTUVWXYZ') => Array.from({ length: n }, () => pick(set.split(''))).join('');

// ---------------------------------------------------------------- rules
const onlyDigits = (s) => s.replace(/\D/g, '');
const PLACEHOLDERS = new Set(['000000000', '123456789', '999999999', '078051120', '111111111']);
function ssnValid(d) {
  if (!/^\d{9}$/.test(d)) return false;
  const a = +d.slice(0, 3), g = +d.slice(3, 5), s = +d.slice(5);
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}
function itinValid(d) {
  if (!/^9\d{8}$/.test(d)) return false;
  const g = +d.slice(3, 5);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
function luhn(num) {
  const d = onlyDigits(num);
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function ipv4Valid(s) {
  const m = s.split('.');
  return m.length === 4 && m.every((p) => /^\d{1,3}$/.test(p) && +p <= 255);
}
const RECEIPT_PREFIXES = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];

// ---------------------------------------------------------------- formatting helpers
const fmt9 = (d, f) => {
  const a = d.slice(0, 3), g = d.slice(3, 5), s = d.slice(5);
  switch (f) {
    case 'dash': return `${a}-${g}-${s}`;
    case 'space': return `${a} ${g} ${s}`;
    case 'dot': return `${a}.${g}.${s}`;
    case 'plain': return d;
    case 'spaced': return d.split('').join(' ');
    case 'spoken': return `${a} dash ${g} dash ${s}`;
    case 'spoken-es': return `${a} guion ${g} guion ${s}`;
    default: throw new Error(`fmt9: ${f}`);
  }
};
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ORD = (n) => n + (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
function fmtDate(y, m, d, f) {
  switch (f) {
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'us1': return `${m}/${d}/${y}`;
    case 'us2': return `${m}/${d}/${String(y).slice(2)}`;
    case 'dash': return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'en': return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case 'dmy': return `${d} ${MONTHS_EN[m - 1].slice(0, 3).toUpperCase()} ${y}`;
    case 'vm': return `${MONTHS_EN[m - 1].toLowerCase()} ${ORD(d)} ${y}`;
    case 'es': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'esdash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'eslong': return `${d} de ${MONTHS_ES[m - 1]} de ${y}`;
    case 'esvm': return `${d} de ${MONTHS_ES[m - 1]} del ${y}`;
    default: throw new Error(`fmtDate: ${f}`);
  }
}

// ---------------------------------------------------------------- value generators
const AREA = ['212', '718', '347', '646', '917', '929', '312', '773', '213', '323', '305', '786', '915', '617', '412', '510'];
const FIRST_EN = ['Maria', 'James', 'Xiaoling', 'Aisha', 'Dmitri', 'Keisha', 'Tomasz', 'Priya', 'Kwame', 'Fatoumata', 'Olga', 'Mohammed', 'Jean-Baptiste', 'Lan', 'Samuel', 'Grace'];
const LAST_EN = ['Okafor', 'Chen', 'Kowalski', 'Haddad', 'Baptiste', 'Nguyen', 'Petrova', 'Mensah', 'Rahman', 'Diallo', 'Brooks', 'Ortiz', 'Singh', 'Cohen'];
const FIRST_ES = ['María Guadalupe', 'José Luis', 'Yesenia', 'Juan Carlos', 'Ana Lucía', 'Wilmer', 'Dulce', 'Héctor', 'Marisol', 'Óscar', 'Brenda', 'Efraín', 'Reina', 'Maribel', 'Kevin', 'Yadira'];
const LAST_ES = ['Hernández', 'López', 'Ramírez', 'Tzoc', 'Morales', 'Castillo', 'Guzmán', 'Aguilar', 'Pérez', 'Xicará', 'Rosales', 'Cruz', 'Méndez', 'Batz'];
const DOMAINS_EN = ['example.com', 'example.org', 'example.net', 'mail.example', 'inbox.example.com'];
const DOMAINS_ES = ['example.com', 'correo.example', 'example.com.mx', 'example.net', 'hotmail.example'];
const CITY_MAIL = ['intake@legalaid.example.org', 'benefits@city.example.gov', 'interpreters@courts.example.gov', 'ayuda@ciudad.example.gov', 'enroll@schools.example.gov', 'idcard@city.example.gov', 'vita@taxhelp.example.org'];
const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

function age(kind) {
  const [lo, hi] = { adult: [1952, 2003], kid: [2008, 2021], senior: [1934, 1958], recent: [2024, 2026] }[kind || 'adult'];
  return [int(lo, hi), int(1, 12), int(1, 28)];
}
function ssnDigits() {
  for (;;) {
    const d = pad(int(1, 899), 3) + pad(int(1, 99), 2) + pad(int(1, 9999), 4);
    if (ssnValid(d) && !PLACEHOLDERS.has(d)) return d;
  }
}
function itinDigits() {
  const groups = [];
  for (let g = 50; g <= 99; g++) if (itinValid('900' + pad(g, 2) + '0001')) groups.push(g);
  return '9' + digits(2) + pad(pick(groups), 2) + pad(int(1, 9999), 4);
}
function cardDigits(brand) {
  const [prefix, len] = {
    visa: [() => '4' + digits(5), 16],
    mc: [() => '5' + int(1, 5) + digits(4), 16],
    amex: [() => '3' + pick(['4', '7']) + digits(4), 15],
    disc: [() => '6011' + digits(2), 16],
  }[brand];
  let body = prefix() + digits(len - 7);
  for (let c = 0; c <= 9; c++) if (luhn(body + c)) return body + c;
  throw new Error('luhn');
}
function fmtCard(d, f) {
  if (f === 'plain') return d;
  const sep = f === 'dash' ? '-' : ' ';
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
const hex = (n) => Array.from({ length: n }, () => pick('0123456789abcdef'.split(''))).join('');

const GEN = {
  ssn: (f = 'dash') => fmt9(ssnDigits(), f),
  itin: (f = 'dash') => fmt9(itinDigits(), f),
  badssn: (kind, f = 'dash') => {
    let d;
    const g = () => pad(int(1, 99), 2), s = () => pad(int(1, 9999), 4), a = () => pad(pick([int(1, 665), int(667, 899)]), 3);
    if (kind === '000') d = '000' + g() + s();
    else if (kind === '666') d = '666' + g() + s();
    else if (kind === '9xx') d = '9' + digits(2) + pad(pick([int(10, 49), 66, 67, 68, 69, 89, 93]), 2) + s();
    else if (kind === 'g00') d = a() + '00' + s();
    else if (kind === 's0000') d = a() + g() + '0000';
    return fmt9(d, f);
  },
  ssnph: () => pick(['000-00-0000', '123-45-6789', '999-99-9999']),
  ssnmask: () => pick(['XXX-XX-', '***-**-', 'xxx-xx-']) + pad(int(1, 9999), 4),
  last4: () => pad(int(1, 9999), 4),
  anum: (f = 'a9') => {
    const n9 = pick(['0', '1', '2']) + digits(8);
    const n8 = String(int(1, 9)) + digits(7);
    switch (f) {
      case 'a9': return 'A' + n9;
      case 'a8': return 'A' + n8;
      case 'a7': return 'A' + String(int(1, 9)) + digits(6);
      case 'dash': return `A-${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
      case 'space': return `A ${n9.slice(0, 3)} ${n9.slice(3, 6)} ${n9.slice(6)}`;
      case 'bare9': return n9;
      case 'bare8': return n8;
      case 'bare9dash': return `${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
      case 'spaced': return n9.split('').join(' ');
      default: throw new Error(`anum: ${f}`);
    }
  },
  rcpt: (f = 'plain', use = 'receipt') => {
    const p = use === 'card' ? pick(['SRC', 'EAC', 'LIN', 'MSC', 'IOE', 'WAC']) : pick(RECEIPT_PREFIXES);
    const fy = pick(['19', '20', '21', '22', '23', '24', '25', '09']);
    const day = pad(int(1, 999), 3), seq = digits(5);
    if (f === 'plain') return p + fy + day + seq;
    if (f === 'dash') return `${p}-${fy}-${day}-${seq}`;
    if (f === 'space') return `${p} ${fy}${day}${seq}`;
    throw new Error(`rcpt: ${f}`);
  },
  pp: (c) => {
    switch (c) {
      case 'us': return pick(['5', '6']) + digits(8);
      case 'usnext': return 'A' + pad(int(1, 99999999), 8);
      case 'mx': return pick(['G', 'N']) + digits(8);
      case 'gt': return String(int(1, 3)) + digits(8);
      case 'sv': return 'B' + digits(8);
      case 'hn': return pick(['E', 'F']) + digits(6);
      case 'co': return pick(['AQ', 'AV', 'PE']) + digits(6);
      case 'ec': return 'A' + digits(7);
      case 'do': return 'SC' + digits(7);
      case 'in': return letters(1) + digits(7);
      case 'ph': return 'P' + digits(7) + letters(1);
      case 'cn': return 'E' + digits(8);
      case 'ua': return letters(2) + digits(6);
      case 'ht': return 'R' + letters(1) + digits(7);
      case 'uk': return digits(9);
      default: throw new Error(`pp: ${c}`);
    }
  },
  ph: (f = 'dash') => {
    const a = pick(AREA), l = '01' + digits(2);
    switch (f) {
      case 'paren': return `(${a}) 555-${l}`;
      case 'dash': return `${a}-555-${l}`;
      case 'dot': return `${a}.555.${l}`;
      case 'plus1': return `+1 ${a} 555 ${l}`;
      case 'plus1dash': return `+1-${a}-555-${l}`;
      case 'plain': return `${a}555${l}`;
      case 'seven': return `555-${l}`;
      case 'spaced': return `${a}555${l}`.split('').join(' ');
      case 'mx': return `+52 55 ${digits(4)} ${digits(4)}`;
      case 'mxlocal': return `55 ${digits(4)} ${digits(4)}`;
      case 'gt': return `+502 ${int(3, 5)}${digits(3)} ${digits(4)}`;
      case 'sv': return `+503 7${digits(3)}-${digits(4)}`;
      case 'hn': return `+504 9${digits(3)}-${digits(4)}`;
      case 'do': return `+1 (809) 555-${l}`;
      case 'co': return `+57 3${digits(2)} ${digits(3)} ${digits(4)}`;
      case 'jm': return `+1 876 555 ${l}`;
      case 'uk': return `+44 20 7946 0${digits(3)}`;
      default: throw new Error(`ph: ${f}`);
    }
  },
  email: (kind = 'en') => {
    if (kind === 'city') return pick(CITY_MAIL);
    const es = kind === 'es';
    const f = strip(pick(es ? FIRST_ES : FIRST_EN)), l = strip(pick(es ? LAST_ES : LAST_EN));
    const local = pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}_${int(70, 99)}`]);
    return `${local}@${pick(es ? DOMAINS_ES : DOMAINS_EN)}`;
  },
  dob: (f = 'us', a = 'adult') => { const [y, m, d] = age(a); return fmtDate(y, m, d, f); },
  date: (f = 'us') => { const [y, m, d] = age('recent'); return fmtDate(y, m, d, f); },
  cc: (brand = 'visa', f = 'space') => fmtCard(cardDigits(brand), f),
  ccbad: (brand = 'visa', f = 'space') => {
    const d = cardDigits(brand);
    const last = (+d[d.length - 1] + int(1, 9)) % 10;
    return fmtCard(d.slice(0, -1) + last, f);
  },
  ip4: (k = 'doc') => {
    if (k === 'doc') return `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`;
    if (k === 'priv') return pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
    if (k === 'loop') return '127.0.0.1';
    throw new Error(`ip4: ${k}`);
  },
  ip6: (k = 'short') => {
    if (k === 'full') return `2001:db8:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}`;
    if (k === 'short') return `2001:db8:${hex(3)}::${hex(2)}${hex(2)}`;
    if (k === 'loop') return '::1';
    if (k === 'mapped') return `::ffff:203.0.113.${int(1, 254)}`;
    throw new Error(`ip6: ${k}`);
  },
  // hard negatives
  order: (f = 'plain') => {
    if (f === 'ssnshape') return fmt9(ssnDigits(), 'dash');
    if (f === 'nine') return ssnDigits();
    return '10' + digits(7);
  },
  ocrorder: () => {
    const d = ssnDigits().split('');
    d[int(1, 8)] = 'O'; if (rand() < 0.5) d[int(1, 8)] = 'O';
    return fmt9(d.join(''), 'dash');
  },
  caseno: (f = 'plain') => {
    if (f === 'court') return pick([`LT-${digits(6)}-${int(24, 26)}/QU`, `CV-2025-${digits(6)}`, `${digits(3)}-${digits(3)}-${digits(3)}`]);
    if (f === 'hpd') return `HP ${digits(4)}/${int(24, 26)}`;
    if (f === 'ocr') return `2O2${int(4, 6)}-LT-0O${digits(4)}`;
    return digits(9);
  },
  cid: () => 'C' + digits(6),
  claim: () => pick([`WC-2025-${digits(5)}`, `LS${digits(7)}`, `${digits(3)}-${digits(2)}-${digits(4)}`]),
  ticket: () => pick([`T${digits(4)}`, `B-${digits(3)}`, `${digits(7)}`]),
  n311: () => `311-${digits(8)}`,
  sr: () => `${int(24, 26)}-${digits(8)}`,
  zip4: () => `${pick(['10', '11', '07', '60', '90', '02'])}${digits(3)}-${digits(4)}`,
  barcode: () => '2' + pick(['1234', '3327', '0917']) + digits(9),
  tracking: (c = 'ups') => {
    if (c === 'ups') return '1Z' + letters(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + '03' + digits(8);
    if (c === 'usps') return ('9400' + digits(18)).match(/.{1,4}/g).join(' ');
    if (c === 'fedex') return digits(12);
    throw new Error(`tracking: ${c}`);
  },
  invoice: () => pick([`INV-2025-${digits(5)}`, `F-${digits(6)}`, `${digits(8)}`]),
  txn: () => 'TX' + digits(8),
  version: (n = '3') => n === '4' ? `${int(1, 12)}.${int(0, 9)}.${int(0, 40)}.${int(100, 250)}` : `${int(1, 9)}.${int(0, 20)}.${int(0, 9)}`,
  formrev: () => `${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(19, 25)}`,
  section: () => `${int(1, 9)}.${int(1, 9)}.${int(1, 20)}.${int(1, 9)}`,
  time: (l = 'en') => {
    const h = int(8, 16), m = pick(['00', '15', '30', '45']);
    if (l === 'hm') return `${pad(h, 2)}:${m}`;
    if (l === 'es') return pick([`${pad(h, 2)}:${m} h`, `${h > 12 ? h - 12 : h}:${m} ${h < 12 ? 'a. m.' : 'p. m.'}`]);
    return `${h > 12 ? h - 12 : h}:${m} ${h < 12 ? pick(['a.m.', 'am', 'AM']) : pick(['p.m.', 'pm', 'PM'])}`;
  },
  price: (l = 'en') => {
    const whole = int(40, 4800), cents = pad(int(0, 99), 2);
    if (l === 'es') return `${whole.toLocaleString('en-US')}.${cents} dólares`;
    if (l === 'plain') return `${whole}.${cents}`;
    return `$${whole.toLocaleString('en-US')}.${cents}`;
  },
  mac: () => Array.from({ length: 6 }, () => hex(2).toUpperCase()).join(':'),
  i94: () => digits(9) + letters(1) + digits(1),
  visafoil: () => digits(8),
  sevis: () => 'N00' + digits(8),
  curp: () => letters(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + digits(6) + pick(['H', 'M']) + pick(['DF', 'PL', 'OC', 'GR', 'MC']) + letters(3, 'BCDFGHJKLMNPRSTVZ') + '0' + digits(1),
  matricula: () => digits(10),
  nssmx: () => digits(11),
  dpi: () => `${digits(4)} ${digits(5)} ${pick(['0101', '1401', '0901', '1301'])}`,
  cedula: () => `1.0${digits(2)}.${digits(3)}.${digits(3)}`,
  ein: () => `${digits(2)}-${digits(7)}`,
  mrn: () => digits(8),
  acct: () => digits(10),
  studentid: () => '2' + digits(8),
  ts: () => { const [y, m, d] = age('recent'); return `${y}-${pad(m, 2)}-${pad(d, 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}Z`; },
  apachets: () => { const [y, m, d] = age('recent'); return `${pad(d, 2)}/${MONTHS_EN[m - 1].slice(0, 3)}/${y}:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000`; },
};
const PLAIN = {
  name: () => `${pick(FIRST_EN)} ${pick(LAST_EN)}`,
  nombre: () => `${pick(FIRST_ES)} ${pick(LAST_ES)}`,
  first: () => pick(FIRST_EN),
  primer: () => pick(FIRST_ES),
  surname: () => pick(LAST_EN),
  apellido: () => pick(LAST_ES),
};

// ---------------------------------------------------------------- checks on values
const TYPES = ['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS'];
function checkPositive(type, v) {
  const d = onlyDigits(v);
  const ok = {
    SSN: () => ssnValid(d) && !itinValid(d) && !PLACEHOLDERS.has(d),
    ITIN: () => itinValid(d),
    A_NUMBER: () => /^(A[- ]?)?[\d -]+$/.test(v) && d.length >= 7 && d.length <= 9,
    USCIS_RECEIPT: () => RECEIPT_PREFIXES.includes(v.slice(0, 3)) && d.length === 10,
    PASSPORT: () => /^[A-Z0-9]{6,10}$/.test(v),
    PHONE: () => d.length >= 7 && d.length <= 15,
    EMAIL: () => /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
    DATE_OF_BIRTH: () => /\b(19|20)\d\d\b/.test(v) || /^\d{1,2}\/\d{1,2}\/\d\d$/.test(v),
    CREDIT_CARD: () => d.length >= 13 && d.length <= 19 && luhn(d),
    IP_ADDRESS: () => ipv4Valid(v) || (/^[0-9a-f:.]+$/.test(v) && v.includes(':')),
  }[type];
  if (!ok) throw new Error(`unknown type ${type}`);
  if (!ok()) throw new Error(`${type} value fails its rules: ${v}`);
}
function checkDecoy(kind, v) {
  const d = onlyDigits(v);
  if (kind.startsWith('ssn-invalid')) {
    if (d.length !== 9 || ssnValid(d) || itinValid(d)) throw new Error(`${kind} is valid: ${v}`);
  }
  if (kind === 'luhn-fail' && luhn(d)) throw new Error(`luhn-fail passes Luhn: ${v}`);
  if (kind === 'zip4' && !/^\d{5}-\d{4}$/.test(v)) throw new Error(`zip4: ${v}`);
  if (kind === 'ssn-masked' && d.length !== 4) throw new Error(`masked: ${v}`);
}

// ---------------------------------------------------------------- templates
// g: group, l: language, t: text, n: note
const EN = [
  { g: 'benefits', t: 'hi its {{first}} from the snap line u asked for my ss# its {{SSN:ssn(plain)}} and my bday {{DATE_OF_BIRTH:dob(us2,adult)}} pls call me back {{PHONE:ph(plain)}} i work til 6', n: 'sms, no punctuation' },
  { g: 'housing', t: 'ok so the landlord lawyer says case # is {{~case-number:caseno(hpd)}} not my social lol. court date is {{~date-not-birth:date(us1)}} at {{~time:time(en)}} can u come w me', n: 'sms' },
  { g: 'intake', t: 'Voicemail transcript (auto): hi this is {{name}} um calling about the rent relief application my social security number is {{SSN:ssn(spoken)}} and uh date of birth {{DATE_OF_BIRTH:dob(vm,adult)}} you can reach me at {{PHONE:ph(spaced)}} thank you bye', n: 'voicemail, spoken separators' },
  { g: 'intake', t: 'Voicemail transcript: yes hello im calling for my mother she has the interview {{~date-not-birth:date(vm)}} and her A number is {{A_NUMBER:anum(spaced)}} um she needs a interpreter for Fulani please call {{PHONE:ph(dash)}}', n: 'voicemail' },
  { g: 'benefits', t: 'APPLICATION FOR FEE WAIVER\nNAME (LAST, FIRST)\n{{surname}}, {{first}}\nDATE OF BIRTH          SOCIAL SECURITY NO.\n{{DATE_OF_BIRTH:dob(us,adult)}}             {{SSN:ssn(dash)}}\nCASE NO.   {{~case-number:caseno(ocr)}}', n: 'scanned form OCR, labels above values' },
  { g: 'record', t: 'Name | DOB | SSN | Phone\n{{name}} | {{DATE_OF_BIRTH:dob(us,adult)}} | {{SSN:ssn(dash)}} | {{PHONE:ph(dash)}}\n{{name}} | {{DATE_OF_BIRTH:dob(us,kid)}} | {{~ssn-masked:ssnmask}} | {{PHONE:ph(dash)}}', n: 'OCR table' },
  { g: 'it', t: '{"ts":"{{~timestamp:ts}}","level":"info","route":"/api/intake/submit","clientIp":"{{IP_ADDRESS:ip4(doc)}}","applicant":{"dob":"{{DATE_OF_BIRTH:dob(iso,adult)}}","ssnLast":"{{~ssn-last4:last4}}","alienNumber":"{{A_NUMBER:anum(a9)}}"}}', n: 'JSON log line' },
  { g: 'it', t: '{{IP_ADDRESS:ip4(doc)}} - - [{{~timestamp:apachets}}] "POST /benefits/upload HTTP/1.1" 413 512 "-" "CivicApp/{{~version-number:version(3)}} (Android 14)"', n: 'access log' },
  { g: 'it', t: '{{~timestamp:ts}} WARN auth: 5 failed logins for {{EMAIL:email(en)}} from {{IP_ADDRESS:ip6(full)}} (gateway fw {{~version-number:version(4)}})', n: 'log line, firmware version shaped like IPv4' },
  { g: 'record', t: 'client_id,last_name,dob,phone,zip\n{{~client-id:cid}},{{surname}},{{DATE_OF_BIRTH:dob(iso,adult)}},{{PHONE:ph(plain)}},{{~zip4:zip4}}\n{{~client-id:cid}},{{surname}},{{DATE_OF_BIRTH:dob(iso,senior)}},{{PHONE:ph(plain)}},{{~zip4:zip4}}', n: 'CSV export' },
  { g: 'intake', t: 'INTAKE - Immigration unit. Client {{name}}, A# {{A_NUMBER:anum(bare9)}}, DOB {{DATE_OF_BIRTH:dob(us,adult)}}. Pending I-485, receipt {{USCIS_RECEIPT:rcpt(plain)}}. Biometrics appt {{~date-not-birth:date(us)}}. Client cell {{PHONE:ph(paren)}}.', n: 'legal aid intake' },
  { g: 'intake', t: 'Conflict check run on {{name}} (alien reg no. {{A_NUMBER:anum(dash)}}). No conflicts. Master calendar hearing {{~date-not-birth:date(en)}}. Old receipt notice {{USCIS_RECEIPT:rcpt(dash)}} lost, client will look at home.' },
  { g: 'ids', t: 'Counter note, window 4: customer presented foreign passport no. {{PASSPORT:pp(hn)}} + utility bill. Date of birth on passport {{DATE_OF_BIRTH:dob(dmy,adult)}}. Told to return with SSA letter. Ticket {{~ticket-number:ticket}} closed at {{~time:time(en)}} by clerk 7.', n: 'DMV counter note' },
  { g: 'idnyc', t: 'Municipal ID enrolment - docs: passport (Ukraine) {{PASSPORT:pp(ua)}}, lease. Applicant born {{DATE_OF_BIRTH:dob(en,adult)}}. Card pickup {{~date-not-birth:date(en)}}. Enrolment center phone {{PHONE:ph(paren)}}.' },
  { g: 'clinic', t: 'Financial assistance screening. Pt DOB {{DATE_OF_BIRTH:dob(us,adult)}}. No SSN - pt has ITIN {{ITIN:itin(dash)}}. Household of 4, income {{~price:price}}/mo. MRN {{~mrn:mrn}}. Visit {{~date-not-birth:date(us)}}.', n: 'hospital financial assistance' },
  { g: 'work', t: 'Wage claim #{{~claim-number:claim}}: worker {{name}} says employer paid cash; only paystub shows SSN {{~ssn-invalid-area-666:badssn(666,dash)}} which is not hers. Owed {{~price:price}}. Contact {{PHONE:ph(dash)}}.', n: 'worker centre, invalid SSN area 666' },
  { g: 'record', t: 'Library card signup - online form\nFirst name: {{first}}\nEmail: {{EMAIL:email(en)}}\nPhone: {{PHONE:ph(dot)}}\nBirthdate: {{DATE_OF_BIRTH:dob(iso,kid)}}\nCard barcode assigned: {{~library-barcode:barcode}}\nZIP: {{~zip4:zip4}}', n: 'library signup' },
  { g: 'tax', t: 'VITA intake notes: taxpayer uses ITIN {{ITIN:itin(dash)}}, spouse ITIN {{ITIN:itin(plain)}}, dependent child SSN {{SSN:ssn(dash)}} born {{DATE_OF_BIRTH:dob(us,kid)}}. Prior-year return filed {{~date-not-birth:date(us)}}.' },
  { g: 'tax', t: 'Quality review: SS# on the W-2 is {{ITIN:itin(dash)}} - that is her ITIN, payroll put it in the SSN box. Employer EIN {{~ein:ein}}.', n: 'ITIN after SSN label (rule 4)' },
  { g: 'tax', t: 'Preparer note: client brought a card showing {{~ssn-invalid-area-9xx:badssn(9xx,dash)}}; not in any ITIN range, asked for the IRS assignment letter. Next appointment {{~date-not-birth:date(us)}} {{~time:time(en)}} (bring W-2s).' },
  { g: 'consular', t: 'Passport renewal checklist for {{name}}: old passport no. {{PASSPORT:pp(ph)}} (Philippines), expires {{~date-not-birth:date(en)}}. Born {{DATE_OF_BIRTH:dob(en,adult)}}. Email {{EMAIL:email(en)}}.' },
  { g: 'court', t: 'REQUEST FOR INTERPRETER\nLanguage: Haitian Creole\nCase No. {{~case-number:caseno(court)}}\nHearing date {{~date-not-birth:date(us)}} at {{~time:time(en)}}\nRespondent A-Number: {{A_NUMBER:anum(bare9)}}\nRespondent DOB {{DATE_OF_BIRTH:dob(us,adult)}}\nClerk: {{PHONE:ph(paren)}} ext 204', n: 'court interpreter request' },
  { g: '311', t: '{{~service-number=311}} call transcript, SR {{~311-number:sr}}\nAGENT: can I get a callback number\nCALLER: {{PHONE:ph(seven)}} no wait with the area code its {{PHONE:ph(dash)}}\nAGENT: and the zip\nCALLER: {{~zip4:zip4}}', n: '311 transcript, phone without area code' },
  { g: '311', t: 'Complaint {{~311-number:n311}}: caller reports package {{~tracking-number:tracking(ups)}} left at wrong building, delivered {{~date-not-birth:date(us)}}. Caller email {{EMAIL:email(en)}}.' },
  { g: 'pay', t: 'Payment log: card {{CREDIT_CARD:cc(visa,space)}} declined, resident retried with {{CREDIT_CARD:cc(mc,dash)}} approved. Amount {{~price:price}}. Invoice {{~invoice-number:invoice}}.' },
  { g: 'pay', t: 'Parking ticket chat: user typed card {{~luhn-fail:ccbad(visa,plain)}} (rejected, bad check digit) then {{CREDIT_CARD:cc(amex,space)}}. Ticket no. {{~ticket-number:ticket}}.' },
  { g: 'it', t: 'Kiosk 12 (firmware {{~version-number:version(4)}}) lost network; DHCP lease {{IP_ADDRESS:ip4(priv)}}, gateway {{IP_ADDRESS:ip4(priv)}}. MAC {{~mac-address:mac}}.' },
  { g: 'it', t: 'fw-edge: DROP src={{IP_ADDRESS:ip6(short)}} dst={{IP_ADDRESS:ip4(doc)}}:443 rule {{~section-number:section}} count=17' },
  { g: 'mail', t: 'From: {{EMAIL:email(en)}}\nTo: {{EMAIL=intake@legalaid.example.org}}\nSubject: replacement green card\n\nmy card number is {{USCIS_RECEIPT:rcpt(plain,card)}} and the A# on it is {{A_NUMBER:anum(a9)}}. I mailed the I-90 on {{~date-not-birth:date(en)}}.', n: 'card number shaped like a receipt number' },
  { g: 'benefits', t: '[{{~time=10:02}}] Caseworker: can u text me ur A number\n[{{~time=10:05}}] Client: {{A_NUMBER:anum(space)}}\n[{{~time=10:05}}] Client: and my bday {{DATE_OF_BIRTH:dob(us1,adult)}}', n: 'chat export' },
  { g: 'work', t: 'E-Verify: tentative nonconfirmation, SSN entered {{~ssn-invalid-group-00:badssn(g00,dash)}} looks mistyped. Employee showed card, correct SSN {{SSN:ssn(dash)}}.', n: 'invalid SSN group 00' },
  { g: 'housing', t: 'Section 8 recert: tenant listed SSN {{~ssn-invalid-serial-0000:badssn(s0000,dash)}} for her son (serial 0000, cannot be right). Son DOB {{DATE_OF_BIRTH:dob(us,kid)}}. Recert due {{~date-not-birth:date(us)}}.' },
  { g: 'benefits', t: 'Form returned: applicant wrote {{~ssn-placeholder:ssnph}} in the SSN box and N/A under A-Number. Mailed back {{~date-not-birth:date(us)}}.' },
  { g: 'record', t: 'pls update, number on file should be {{SSN:ssn(dash)}} and mailing zip {{~zip4:zip4}}', n: 'SSN by layout, no label' },
  { g: 'mail', t: 'Order #{{~order-number:order(ssnshape)}} shipped via USPS {{~tracking-number:tracking(usps)}}; expected {{~date-not-birth:date(us)}}.', n: 'SSN-shaped order number' },
  { g: 'benefits', t: 'SSN            DOB            PHONE\n{{SSN:ssn(space)}}    {{DATE_OF_BIRTH:dob(us,adult)}}    {{PHONE:ph(paren)}}\nRECEIVED  {{~date-not-birth:date(us)}}', n: 'OCR, labels on one line, values on the next' },
  { g: 'intake', t: 'Alien Registration\nNumber:\n{{A_NUMBER:anum(bare9)}}\nDate of Birth\n(mm/dd/yyyy):\n{{DATE_OF_BIRTH:dob(us,adult)}}\nForm edition {{~form-edition:formrev}}', n: 'OCR, line break between label and value' },
  { g: 'clinic', t: 'Pt called re bill {{~invoice-number:invoice}}. Verified with DOB {{DATE_OF_BIRTH:dob(en,senior)}} and last 4 of SS {{~ssn-last4:last4}}. Call back {{PHONE:ph(dash)}} after {{~time:time(en)}} today.' },
  { g: 'benefits', t: 'SNAP interview moved to {{~date-not-birth:date(en)}}. Household member {{first}} born {{DATE_OF_BIRTH:dob(en,kid)}}, SSN applied for on {{~date-not-birth:date(us)}}.' },
  { g: 'ids', t: 'EAD card # {{USCIS_RECEIPT:rcpt(plain,card)}}, category C08, valid until {{~date-not-birth:date(us)}}. Customer phone {{PHONE:ph(plus1)}}.' },
  { g: 'work', t: 'sign-in sheet export\nname,phone,hours,rate\n{{name}},{{PHONE:ph(dash)}},8,{{~price:price}}\n{{name}},{{PHONE:ph(dash)}},6,{{~price:price}}', n: 'worker centre CSV' },
  { g: 'pay', t: 'txn_id,card,amount,ip\n{{~invoice-number:txn}},{{CREDIT_CARD:cc(visa,plain)}},{{~price:price(plain)}},{{IP_ADDRESS:ip4(doc)}}\n{{~invoice-number:txn}},{{~luhn-fail:ccbad(mc,plain)}},{{~price:price(plain)}},{{IP_ADDRESS:ip6(short)}}', n: 'CSV, Luhn-invalid card' },
  { g: 'ids', t: 'Applicant is a US citizen; US passport no. {{PASSPORT:pp(usnext)}} (not an A-number). DOB {{DATE_OF_BIRTH:dob(us,adult)}}.', n: 'passport with A-number shape' },
  { g: 'intake', t: 'client gave SS {{SSN:ssn(dot)}} over phone, double check against card next visit' },
  { g: 'court', t: 'Interpreter confirmed: {{?Mandarin|Fuzhounese|Kiche}} for respondent ({{A_NUMBER:anum(a8)}}); hearing {{~date-not-birth:date(en)}}, courtroom 14; clerk {{EMAIL=interpreters@courts.example.gov}}.' },
  { g: 'consular', t: 'Docs reviewed: passport {{PASSPORT:pp(in)}}, visa foil {{~visa-foil:visafoil}}, I-94 {{~i94-number:i94}}, SEVIS {{~sevis-id:sevis}}.', n: 'visa, I-94 and SEVIS numbers are not passports' },
  { g: 'it', t: 'healthcheck ok on {{IP_ADDRESS:ip6(loop)}} and {{IP_ADDRESS:ip4(loop)}}, build {{~version-number:version(3)}}' },
  { g: 'school', t: 'Enrollment: student DOB {{DATE_OF_BIRTH:dob(en,kid)}}, parent phone {{PHONE:ph(plus1)}}. Immunization record dated {{~date-not-birth:date(us)}}. Student ID {{~student-id:studentid}}.' },
  { g: '311', t: 'For help call {{~service-number=311}} or for crisis {{~service-number=988}}. Our office line is {{PHONE:ph(dash)}}.', n: 'short service numbers' },
  { g: 'benefits', t: 'sorry my bday is {{DATE_OF_BIRTH:dob(us1,adult)}} not {{~date-not-birth:date(us1)}} thats when i got to the US lol', n: 'sms' },
  { g: 'intake', t: 'Emergency contact: sister in Kingston {{PHONE:ph(jm)}}, cousin in London {{PHONE:ph(uk)}}.' },
  { g: 'clinic', t: 'Charity care approved. Account {{~account-number:acct}}. Pt born {{DATE_OF_BIRTH:dob(iso,senior)}}. Statement date {{~date-not-birth:date(iso)}}.' },
  { g: 'tax', t: 'VITA: TP has SSN {{SSN:ssn(plain)}}, spouse ITIN {{ITIN:itin(space)}}. Direct deposit, check mailed to zip {{~zip4:zip4}}. Appt {{~date-not-birth:date(en)}}.' },
  { g: 'consular', t: 'Walk-in: Chinese passport {{PASSPORT:pp(cn)}} expired {{~date-not-birth:date(iso)}}; born {{DATE_OF_BIRTH:dob(iso,adult)}}; daughter phone {{PHONE:ph(dot)}}.' },
  { g: 'intake', t: 'Legal aid intake (web form)\nfull_name: {{name}}\ndate_of_birth: {{DATE_OF_BIRTH:dob(dash,adult)}}\nanumber: {{A_NUMBER:anum(a9)}}\nreceipt: {{USCIS_RECEIPT:rcpt(space)}}\nemail: {{EMAIL:email(en)}}\nsubmitted_from: {{IP_ADDRESS:ip4(doc)}}' },
  { g: 'it', t: 'ERROR validation failed field=ssn value="{{~ssn-invalid-area-000:badssn(000,plain)}}" reason=area_000 ip={{IP_ADDRESS:ip6(mapped)}}' },
  { g: 'work', t: 'Claimant said her boss used SS {{~ssn-invalid-area-9xx:badssn(9xx,space)}} on the W-2, it is not a real number. Unpaid since the week of {{~date-not-birth:date(us)}}.' },
  { g: 'ids', t: 'Haitian passport {{PASSPORT:pp(ht)}} presented; TPS receipt {{USCIS_RECEIPT:rcpt(plain)}}; DOB {{DATE_OF_BIRTH:dob(us,adult)}}.' },
  { g: 'pay', t: 'Water bill IVR log: caller keyed card {{CREDIT_CARD:cc(disc,plain)}}, exp {{~card-expiry=08/27}}, billing zip {{~zip4:zip4}}. Confirmation {{~invoice-number:txn}}.' },
  { g: 'pay', t: 'Chargeback dispute: resident says card ending {{~card-last4:last4}} was charged twice. Full number on the form {{CREDIT_CARD:cc(mc,space)}}; a second number written below, {{~luhn-fail:ccbad(amex,space)}}, fails the check digit.' },
];

const ES = [
  { g: 'benefits', t: 'hola buenas tardes le mando mi numero de seguro {{SSN:ssn(plain)}} y mi fecha de nacimiento {{DATE_OF_BIRTH:dob(es,adult)}} ok gracias', n: 'WhatsApp, sin puntuación' },
  { g: 'housing', t: 'oiga la cita es el {{~date-not-birth:date(es)}} o la cambiaron?? mi numero de caso es {{~case-number:caseno(plain)}}', n: 'WhatsApp' },
  { g: 'consular', t: 'Transcripción de buzón de voz: hola habla {{nombre}} le llamo por lo del pasaporte mi número de extranjero es {{A_NUMBER:anum(spaced)}} y mi teléfono es {{PHONE:ph(spaced)}} gracias', n: 'buzón de voz' },
  { g: 'benefits', t: 'Buzón de voz (transcripción automática): sí buenos días es para la cita de estampillas mi seguro social es {{SSN:ssn(spoken-es)}} y nací el {{DATE_OF_BIRTH:dob(esvm,adult)}} me puede llamar al {{PHONE:ph(dash)}}', n: 'buzón de voz, separadores hablados' },
  { g: 'school', t: 'Asunto: inscripción de mi hija\n\nBuenos días, quiero inscribir a mi hija {{primer}} en kínder. Nació el {{DATE_OF_BIRTH:dob(eslong,kid)}}. Mi correo es {{EMAIL:email(es)}} y mi celular {{PHONE:ph(dash)}}. ¿La reunión de orientación es el {{~date-not-birth:date(eslong)}}?', n: 'correo escolar' },
  { g: 'school', t: 'Estimada familia {{apellido}}: recibimos los documentos de {{primer}} (fecha de nacimiento {{DATE_OF_BIRTH:dob(es,kid)}}). El primer día de clases es el {{~date-not-birth:date(eslong)}}. Para dudas escriba a {{EMAIL=enroll@schools.example.gov}}.' },
  { g: 'consular', t: 'Consulado - renovación de pasaporte. Pasaporte anterior núm. {{PASSPORT:pp(mx)}}. CURP {{~curp:curp}}. Fecha de nacimiento: {{DATE_OF_BIRTH:dob(es,adult)}}. Cita: {{~date-not-birth:date(es)}} a las {{~time:time(es)}}.' },
  { g: 'consular', t: 'El solicitante presenta DPI {{~dpi:dpi}} y pasaporte guatemalteco {{PASSPORT:pp(gt)}} vencido el {{~date-not-birth:date(es)}}.', n: 'DPI no es ninguno de los tipos' },
  { g: 'consular', t: 'Matrícula consular {{~matricula:matricula}}; no tiene pasaporte vigente. Teléfono en Puebla {{PHONE:ph(mx)}}.' },
  { g: 'tax', t: 'Notas de preparación (VITA): contribuyente con ITIN {{ITIN:itin(dash)}}; hijo con seguro social {{SSN:ssn(dash)}}, nacido el {{DATE_OF_BIRTH:dob(eslong,kid)}}.' },
  { g: 'tax', t: 'El cliente escribió en el W-7 el número {{~ssn-invalid-area-9xx:badssn(9xx,dash)}}, que no es un ITIN válido. Fecha de presentación {{~date-not-birth:date(es)}}.' },
  { g: 'clinic', t: 'Asistencia financiera: paciente sin seguro social, presenta ITIN {{ITIN:itin(space)}}. F. nac. {{DATE_OF_BIRTH:dob(es,adult)}}. Factura {{~invoice-number:invoice}} por {{~price:price(es)}}.' },
  { g: 'work', t: 'Reclamo de salario {{~claim-number:claim}}. Trabajador: {{nombre}}. Tel. {{PHONE:ph(paren)}}. El patrón le dio un talón con seguro {{~ssn-invalid-area-000:badssn(000,dash)}}. Le deben {{~price:price(es)}} desde el {{~date-not-birth:date(es)}}.', n: 'centro de trabajadores' },
  { g: 'intake', t: 'Hoja de admisión - Cliente: {{nombre}}. Número A: {{A_NUMBER:anum(bare9)}}. Fecha de nac.: {{DATE_OF_BIRTH:dob(es,adult)}}. Recibo de USCIS {{USCIS_RECEIPT:rcpt(plain)}}. Audiencia {{~date-not-birth:date(eslong)}}.' },
  { g: 'intake', t: 'La clienta trae el aviso de recibo {{USCIS_RECEIPT:rcpt(dash)}} del I-130 y su número de extranjero {{A_NUMBER:anum(a9)}}. Tel. {{PHONE:ph(plus1)}}.' },
  { g: 'ids', t: 'Ventanilla 3: la señora presentó pasaporte de El Salvador n.º {{PASSPORT:pp(sv)}} y recibo de luz. Turno {{~ticket-number:ticket}}. Nacida el {{DATE_OF_BIRTH:dob(eslong,adult)}}.', n: 'nota de ventanilla' },
  { g: '311', t: 'Llamada al {{~service-number=311}} (español) - solicitud {{~311-number:sr}}. Reporta que no hay calefacción. Teléfono de contacto {{PHONE:ph(plus1)}}. Código postal {{~zip4:zip4}}.' },
  { g: '311', t: 'AGENTE: ¿me da un número para devolverle la llamada?\nPERSONA: sí es el {{PHONE:ph(dash)}}\nAGENTE: ¿y un correo?\nPERSONA: {{EMAIL:email(es)}}\nAGENTE: su número de reporte es {{~311-number:n311}}', n: 'transcripción 311' },
  { g: 'record', t: 'Inscripción biblioteca\nNombre: {{nombre}}\nFecha de nacimiento: {{DATE_OF_BIRTH:dob(es,kid)}}\nTeléfono: {{PHONE:ph(dot)}}\nCódigo de barras de la tarjeta: {{~library-barcode:barcode}}', n: 'tarjeta de biblioteca' },
  { g: 'it', t: '{"evento":"registro","ip":"{{IP_ADDRESS:ip4(doc)}}","fechaNacimiento":"{{DATE_OF_BIRTH:dob(iso,adult)}}","numeroA":"{{A_NUMBER:anum(a9)}}","versionApp":"{{~version-number:version(3)}}"}', n: 'registro JSON' },
  { g: 'record', t: 'nombre,fecha_nac,telefono,correo\n{{nombre}},{{DATE_OF_BIRTH:dob(es,adult)}},{{PHONE:ph(dash)}},{{EMAIL:email(es)}}\n{{nombre}},{{DATE_OF_BIRTH:dob(es,kid)}},,', n: 'exportación CSV' },
  { g: 'benefits', t: 'Nombre | F. nac. | Seguro social\n{{nombre}} | {{DATE_OF_BIRTH:dob(es,adult)}} | {{SSN:ssn(dash)}}\n{{nombre}} | {{DATE_OF_BIRTH:dob(es,kid)}} | {{~ssn-masked:ssnmask}}', n: 'tabla escaneada' },
  { g: 'benefits', t: 'NÚMERO DE SEGURO SOCIAL\n{{SSN:ssn(dash)}}\nFECHA DE NACIMIENTO (DD/MM/AAAA)\n{{DATE_OF_BIRTH:dob(es,adult)}}\nFECHA DE RECIBIDO  {{~date-not-birth:date(es)}}', n: 'formulario escaneado' },
  { g: 'mail', t: 'No. de orden {{~order-number:ocrorder}}   Fecha {{~date-not-birth:date(es)}}\nEnviar a: {{nombre}}, {{~zip4:zip4}}', n: 'OCR, O por 0 en el número de orden' },
  { g: 'court', t: 'Solicitud de intérprete: idioma mam. Expediente {{~case-number:caseno(court)}}. Audiencia el {{~date-not-birth:date(eslong)}} a las {{~time:time(es)}}. Número de extranjero {{A_NUMBER:anum(dash)}}.', n: 'solicitud de intérprete' },
  { g: 'pay', t: 'Pago en línea: tarjeta {{CREDIT_CARD:cc(visa,space)}} aprobada; intento previo con {{~luhn-fail:ccbad(visa,space)}} rechazado.' },
  { g: 'ids', t: 'ya le mande el numero de la tarjeta verde {{USCIS_RECEIPT:rcpt(plain,card)}} y el numero A {{A_NUMBER:anum(bare9)}} falta algo?', n: 'WhatsApp' },
  { g: 'benefits', t: 'Dice que su seguro social es {{ITIN:itin(dash)}} pero es el ITIN que le dio el IRS.', n: 'ITIN con etiqueta de seguro social (regla 4)' },
  { g: 'work', t: 'número de seguro en el talón: {{~ssn-invalid-area-666:badssn(666,dash)}} (no válido). Contacto del trabajador {{PHONE:ph(seven)}}.' },
  { g: 'housing', t: 'La solicitante puso {{~ssn-placeholder:ssnph}} porque no tiene seguro social. Fecha de entrevista {{~date-not-birth:date(es)}}.' },
  { g: 'housing', t: 'Recertificación: inquilina nacida el {{DATE_OF_BIRTH:dob(eslong,senior)}}; la inspección es el {{~date-not-birth:date(eslong)}}. Teléfono {{PHONE:ph(paren)}}.' },
  { g: 'clinic', t: 'WIC: FUM {{~date-not-birth:date(es)}}, FPP {{~date-not-birth:date(es)}}. El bebé anterior nació el {{DATE_OF_BIRTH:dob(es,kid)}}.', n: 'FUM y FPP no son fechas de nacimiento' },
  { g: 'consular', t: 'Pasaporte colombiano {{PASSPORT:pp(co)}}; cédula {{~cedula:cedula}}. Celular {{PHONE:ph(co)}}.' },
  { g: 'mail', t: 'Su paquete con número de rastreo {{~tracking-number:tracking(fedex)}} llegará el {{~date-not-birth:date(es)}} entre las {{~time=9:00}} y las {{~time=13:00}}.' },
  { g: 'it', t: 'Registro del kiosco: ip={{IP_ADDRESS:ip4(priv)}} versión={{~version-number:version(4)}} hora={{~time:time(hm)}}', n: 'versión con forma de IPv4' },
  { g: 'clinic', t: 'Llamó la paciente, nacida el {{DATE_OF_BIRTH:dob(es,adult)}}, pide plan de pagos. Cuenta {{~account-number:acct}}. Devolver llamada al {{PHONE:ph(dash)}}.' },
  { g: 'intake', t: 'Nota: el cliente dijo "my A number is {{A_NUMBER:anum(a9)}}" y luego dio su pasaporte hondureño {{PASSPORT:pp(hn)}}.', n: 'mixed' },
  { g: 'mail', t: 'De: {{EMAIL:email(es)}}\nPara: {{EMAIL=enroll@schools.example.gov}}\nAsunto: constancia\n\nbuenas tardes necesito la constancia para mi hijo nacido el {{DATE_OF_BIRTH:dob(es,kid)}} mi numero es {{PHONE:ph(plain)}}' },
  { g: 'idnyc', t: 'IDNYC: solicitante presentó pasaporte mexicano {{PASSPORT:pp(mx)}} y comprobante de domicilio. Fecha de nac. {{DATE_OF_BIRTH:dob(es,adult)}}. Cita de entrega {{~date-not-birth:date(es)}}.' },
  { g: 'benefits', t: 'Tiene NSS de México {{~nss-mx:nssmx}} pero no tiene seguro social de EE. UU.; sí tiene número A {{A_NUMBER:anum(bare8)}}.' },
  { g: 'intake', t: 'Contacto de emergencia en Guatemala: {{PHONE:ph(gt)}}; en El Salvador {{PHONE:ph(sv)}}.' },
  { g: 'consular', t: 'disculpe no le puedo mandar foto del pasaporte porq se me perdio pero el numero era {{PASSPORT:pp(gt)}} creo', n: 'WhatsApp' },
  { g: '311', t: 'Buzón de voz: hola es para la queja del ruido mi número de reporte es el {{~311-number:n311}} y mi cel {{PHONE:ph(spaced)}} gracias' },
  { g: 'pay', t: 'Factura {{~invoice-number:invoice}}: total {{~price:price(es)}}, vence el {{~date-not-birth:date(es)}}. Pago con tarjeta terminada en {{~card-last4:last4}}.' },
  { g: 'it', t: '[{{~timestamp:ts}}] acceso denegado desde {{IP_ADDRESS:ip6(full)}} usuario {{EMAIL:email(es)}}' },
  { g: 'school', t: 'Hijos: {{primer}} ({{DATE_OF_BIRTH:dob(es,kid)}}), {{primer}} ({{DATE_OF_BIRTH:dob(es,kid)}}). Escuela anterior en Honduras, tel. {{PHONE:ph(hn)}}.' },
  { g: 'housing', t: 'El número {{~ssn-invalid-serial-0000:badssn(s0000,dash)}} que aparece en la carta de la agencia es inválido; pedimos copia de la tarjeta.' },
  { g: 'pay', t: 'Pagó la multa con tarjeta {{CREDIT_CARD:cc(amex,dash)}}; recibo {{~invoice-number:txn}}; hora {{~time:time(hm)}}.' },
  { g: 'intake', t: 'Número de\nextranjero:\n{{A_NUMBER:anum(a8)}}\nFecha de\nnacimiento:\n{{DATE_OF_BIRTH:dob(esdash,adult)}}', n: 'OCR, etiqueta partida en dos líneas' },
  { g: 'benefits', t: 'El patrón reportó el número {{~ssn-invalid-group-00:badssn(g00,space)}} para la trabajadora; el grupo 00 no existe. Su seguro correcto es {{SSN:ssn(space)}}.' },
  { g: 'court', t: 'Intérprete para la audiencia del {{~date-not-birth:date(es)}}: demandado nacido el {{DATE_OF_BIRTH:dob(eslong,adult)}}, A# {{A_NUMBER:anum(bare9dash)}}. Correo de la secretaría {{EMAIL=interpreters@courts.example.gov}}.' },
  { g: 'tax', t: 'Preparación de impuestos: la esposa tiene seguro social {{SSN:ssn(dot)}}, él tiene ITIN {{ITIN:itin(plain)}}. Reembolso por depósito; cita el {{~date-not-birth:date(eslong)}}.' },
  { g: 'consular', t: 'Renovación pasaporte dominicano {{PASSPORT:pp(do)}}; teléfono en Santo Domingo {{PHONE:ph(do)}}; nacido el {{DATE_OF_BIRTH:dob(es,adult)}}.' },
  { g: 'pay', t: 'le paso la tarjeta {{CREDIT_CARD:cc(visa,dash)}} vence {{~card-expiry=11/28}} y el codigo postal es {{~zip4:zip4}}', n: 'WhatsApp' },
  { g: 'it', t: 'auditoria;usuario={{EMAIL:email(es)}};ip_origen={{IP_ADDRESS:ip4(doc)}};ip_destino={{IP_ADDRESS:ip4(priv)}};fecha={{~timestamp:ts}}', n: 'registro de auditoría' },
  { g: 'pay', t: 'El número de tarjeta {{~luhn-fail:ccbad(disc,space)}} que dejó en el buzón de voz no es válido; se le pidió que llame al {{PHONE:ph(paren)}}.' },
  { g: 'ids', t: 'Cliente trae permiso de trabajo, número de tarjeta {{USCIS_RECEIPT:rcpt(plain,card)}}, vence {{~date-not-birth:date(es)}}. Pasaporte ecuatoriano {{PASSPORT:pp(ec)}}.' },
];

// A few English snippets that switch to Spanish are marked as mixed in their note.
EN.push(
  { g: 'intake', t: 'Client prefers Spanish. Said "mi número de seguro es {{SSN:ssn(space)}}" and gave DOB {{DATE_OF_BIRTH:dob(us,adult)}}.', n: 'mixed' },
  { g: 'clinic', t: 'Pt speaks Spanish, daughter interpreted: "nació el {{DATE_OF_BIRTH:dob(eslong,senior)}}". Billing phone {{PHONE:ph(paren)}}.', n: 'mixed' },
);

// ---------------------------------------------------------------- rendering
const PH = /\{\{([^{}]*)\}\}/g;
function callGen(spec) {
  const m = /^([a-z0-9]+)(?:\(([^)]*)\))?$/.exec(spec);
  if (!m || !GEN[m[1]]) throw new Error(`unknown generator ${spec}`);
  return GEN[m[1]](...(m[2] ? m[2].split(',').map((s) => s.trim()) : []));
}
function render(tpl) {
  let text = '';
  const spans = [], decoys = [];
  let last = 0;
  for (const m of tpl.t.matchAll(PH)) {
    text += tpl.t.slice(last, m.index);
    last = m.index + m[0].length;
    const body = m[1];
    if (body.startsWith('?')) { text += pick(body.slice(1).split('|')); continue; }
    if (PLAIN[body]) { text += PLAIN[body](); continue; }
    const decoy = body.startsWith('~');
    const b = decoy ? body.slice(1) : body;
    const mm = /^([A-Za-z0-9_-]+)([:=])(.*)$/.exec(b);
    if (!mm) throw new Error(`bad placeholder {{${body}}}`);
    const [, label, op, rest] = mm;
    const value = op === '=' ? rest : callGen(rest);
    if (decoy) checkDecoy(label, value);
    else { if (!TYPES.includes(label)) throw new Error(`bad type ${label}`); checkPositive(label, value); }
    const start = text.length;
    text += value;
    const rec = decoy ? { kind: label, start, end: text.length } : { type: label, start, end: text.length };
    (decoy ? decoys : spans).push({ rec, value });
  }
  text += tpl.t.slice(last);
  // self-verification: every offset slices to the inserted value; nothing overlaps
  const all = [...spans, ...decoys].sort((a, b) => a.rec.start - b.rec.start);
  for (let i = 0; i < all.length; i++) {
    const { rec, value } = all[i];
    if (text.slice(rec.start, rec.end) !== value) throw new Error(`span does not slice to value: ${value}`);
    if (value !== value.trim() || value.length === 0) throw new Error(`value has surrounding space: "${value}"`);
    if (i > 0 && all[i - 1].rec.end > rec.start) throw new Error(`overlapping spans in: ${text}`);
  }
  return { text, spans: spans.map((s) => s.rec), decoys: decoys.map((d) => d.rec) };
}

function build(seed) {
  rand = mulberry32(seed);
  const en = EN.map((t) => ({ ...t, l: 'en' })), es = ES.map((t) => ({ ...t, l: 'es' }));
  const order = [];
  // passes over all templates, interleaving the languages, until TARGET snippets
  const inter = [];
  for (let i = 0; i < Math.max(en.length, es.length); i++) { if (es[i]) inter.push(es[i]); if (en[i]) inter.push(en[i]); }
  while (order.length < TARGET) for (const t of inter) { if (order.length < TARGET) order.push(t); }
  const counters = new Map();
  const lines = [];
  for (const tpl of order) {
    const key = `${tpl.g}-${tpl.l}`;
    const n = (counters.get(key) || 0) + 1;
    counters.set(key, n);
    const r = render(tpl);
    const rec = { id: `${key}-${pad(n, 3)}`, lang: tpl.l, text: r.text, spans: r.spans, decoys: r.decoys };
    if (tpl.n) rec.note = tpl.n;
    lines.push(rec);
  }
  const ids = new Set(lines.map((r) => r.id));
  if (ids.size !== lines.length) throw new Error('duplicate ids');
  return lines;
}

function stats(recs) {
  const out = [];
  const byLang = {}, byType = {}, byTypeLang = {}, byKind = {};
  let empty = 0, decoyCount = 0;
  for (const r of recs) {
    byLang[r.lang] = (byLang[r.lang] || 0) + 1;
    if (r.spans.length === 0) empty++;
    for (const s of r.spans) {
      byType[s.type] = (byType[s.type] || 0) + 1;
      byTypeLang[`${s.type}/${r.lang}`] = (byTypeLang[`${s.type}/${r.lang}`] || 0) + 1;
    }
    for (const d of r.decoys) { byKind[d.kind] = (byKind[d.kind] || 0) + 1; decoyCount++; }
  }
  const total = recs.length;
  out.push(`snippets: ${total}  (en ${byLang.en || 0}, es ${byLang.es || 0} = ${(100 * (byLang.es || 0) / total).toFixed(1)}% Spanish; ${empty} with no spans)`);
  out.push(`spans: ${Object.values(byType).reduce((a, b) => a + b, 0)}`);
  for (const t of TYPES) out.push(`  ${t.padEnd(14)} ${String(byType[t] || 0).padStart(4)}   en ${String(byTypeLang[`${t}/en`] || 0).padStart(3)}  es ${String(byTypeLang[`${t}/es`] || 0).padStart(3)}`);
  out.push(`hard negatives (decoys): ${decoyCount}`);
  for (const k of Object.keys(byKind).sort()) out.push(`  ${k.padEnd(28)} ${String(byKind[k]).padStart(4)}`);
  return out.join('\n');
}

// ---------------------------------------------------------------- CLI
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const seed = opt('--seed') !== undefined ? Number(opt('--seed')) : DEFAULT_SEED;
if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
const out = opt('--out') ? resolve(opt('--out')) : DEFAULT_OUT;
const recs = build(seed);
const content = recs.map((r) => JSON.stringify(r)).join('\n') + '\n';

if (args.includes('--check')) {
  let current = null;
  try { current = readFileSync(out, 'utf8'); } catch { /* missing */ }
  if (current !== content) { console.error(`${out} is not what the script makes (run it without --check)`); process.exit(1); }
  console.log(`${out} is up to date (${recs.length} snippets)`);
} else if (args.includes('--stats')) {
  console.log(stats(recs));
} else {
  writeFileSync(out, content);
  console.log(`wrote ${out}`);
  console.log(stats(recs));
}
