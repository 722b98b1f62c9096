#!/usr/bin/env node
// Blind redaction corpus, third draw: writes test/redact/corpus/blind3.jsonl.
// Written without reading the detectors (see test/redact/corpus/BLIND3.md).
//
//   node scripts/make-redaction-blind3.mjs                 write the file, print a summary
//   node scripts/make-redaction-blind3.mjs --check         exit 1 if the file differs from what this makes
//   node scripts/make-redaction-blind3.mjs --stats         print statistics (does not write)
//   node scripts/make-redaction-blind3.mjs --seed 7 --out /tmp/b3.jsonl
//
// Node built-ins only. Values come from a seeded PRNG in a fixed order. Spans are taken from the
// positions where values are inserted, then checked (slice equals value, no overlap, format rules).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argVal = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const SEED = Number(argVal('--seed', '31337'));
const OUT = resolve(argVal('--out', resolve(ROOT, 'test/redact/corpus/blind3.jsonl')));
const CHECK = args.includes('--check');
const STATS = args.includes('--stats');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[int(0, arr.length - 1)];
const chance = (p) => rand() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- parts
const S = (type, value) => ({ t: 'span', type, value: String(value) });
const D = (kind, value) => ({ t: 'decoy', kind, value: String(value) });
const T = (strings, ...vals) => {
  const out = [];
  strings.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]); });
  return out;
};
function render(frag) {
  let text = '';
  const spans = [];
  const decoys = [];
  const walk = (v) => {
    if (v == null || v === false) return;
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (typeof v === 'object' && v.t === 'span') {
      const start = text.length; text += v.value;
      spans.push({ type: v.type, start, end: text.length, value: v.value });
      return;
    }
    if (typeof v === 'object' && v.t === 'decoy') {
      const start = text.length; text += v.value;
      decoys.push({ kind: v.kind, start, end: text.length, value: v.value });
      return;
    }
    text += String(v);
  };
  walk(frag);
  return { text, spans, decoys };
}

// ---------------------------------------------------------------- names
const EN_FIRST = ['Dana', 'Marcus', 'Priya', 'Tomasz', 'Keisha', 'Owen', 'Latoya', 'Hiroshi', 'Bridget', 'Samuel', 'Nadia', 'Trevor', 'Ifeoma', 'Grace', 'Dmitri', 'Aaliyah', 'Colin', 'Mei', 'Rashad', 'Ingrid'];
const EN_LAST = ['Okafor', 'Brennan', 'Whitfield', 'Kowalski', 'Nguyen', 'Abernathy', 'Chen', 'Mbeki', 'Lindqvist', 'Patel', 'Harrington', 'Osei', 'Fitzgerald', 'Moreau', 'Yilmaz', 'Rosen', 'Achebe', 'Park'];
const ES_FIRST = ['María José', 'Guadalupe', 'Luis Fernando', 'Yesenia', 'Óscar', 'Maricela', 'Jesús', 'Ana Lucía', 'Wilmer', 'Rocío', 'Edgar', 'Dulce', 'Fabiola', 'Nelson', 'Itzel', 'Brayan', 'Xiomara', 'Ramiro', 'Lupita', 'Héctor'];
const ES_LAST = ['Hernández', 'Ramírez', 'Castillo', 'Morales', 'Quiñónez', 'Gutiérrez', 'Aguilar', 'Villatoro', 'Peña', 'Ortiz', 'Cifuentes', 'Zelaya', 'Domínguez', 'Barrios', 'Mejía', 'Solís', 'Chávez', 'Rivas'];
const name = (lang) => lang === 'es' ? `${pick(ES_FIRST)} ${pick(ES_LAST)}` : `${pick(EN_FIRST)} ${pick(EN_LAST)}`;
const esName = () => `${pick(ES_FIRST)} ${pick(ES_LAST)} ${pick(ES_LAST)}`;
const first = (lang) => lang === 'es' ? pick(ES_FIRST).split(' ')[0] : pick(EN_FIRST);
const deaccent = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ñ/g, 'n');

// ---------------------------------------------------------------- SSN / ITIN
const PLACEHOLDER_SSN = ['000-00-0000', '999-99-9999', '123-45-6789', '111-11-1111', '078-05-1120'];
const ITIN_GROUPS = [];
for (let g = 50; g <= 65; g++) ITIN_GROUPS.push(g);
for (let g = 70; g <= 88; g++) ITIN_GROUPS.push(g);
for (const g of [90, 91, 92, 94, 95, 96, 97, 98, 99]) ITIN_GROUPS.push(g);
const NON_ITIN_GROUPS = [];
for (let g = 0; g <= 99; g++) if (!ITIN_GROUPS.includes(g)) NON_ITIN_GROUPS.push(g);

function fmt9(a, g, s, sep) {
  const A = pad(a, 3), G = pad(g, 2), Sx = pad(s, 4);
  if (sep === 'none') return A + G + Sx;
  return A + sep + G + sep + Sx;
}
const sepPick = () => pick(['-', '-', '-', '-', ' ', '.', 'none']);
function ssn(sep = sepPick()) {
  for (;;) {
    let a = int(1, 899);
    if (a === 666) continue;
    const g = int(1, 99), s = int(1, 9999);
    const v = fmt9(a, g, s, sep);
    if (PLACEHOLDER_SSN.includes(fmt9(a, g, s, '-'))) continue;
    return v;
  }
}
function itin(sep = sepPick()) {
  return fmt9(int(900, 999), pick(ITIN_GROUPS), int(0, 9999), sep);
}
function badSsn(kind, sep = '-') {
  const gs = () => [int(1, 99), int(1, 9999)];
  let v;
  switch (kind) {
    case 'ssn-invalid-area-000': { const [g, s] = gs(); v = fmt9(0, g, s, sep); break; }
    case 'ssn-invalid-area-666': { const [g, s] = gs(); v = fmt9(666, g, s, sep); break; }
    case 'ssn-invalid-area-9xx': v = fmt9(int(900, 999), pick(NON_ITIN_GROUPS.filter((x) => x > 0)), int(1, 9999), sep); break;
    case 'ssn-invalid-group-00': v = fmt9(int(1, 665), 0, int(1, 9999), sep); break;
    case 'ssn-invalid-serial-0000': v = fmt9(int(1, 665), int(1, 99), 0, sep); break;
    case 'ssn-placeholder': v = pick(PLACEHOLDER_SSN); break;
    case 'ssn-masked': v = pick(['XXX-XX-', '***-**-', 'xxx-xx-', '###-##-']) + digits(4); break;
    default: throw new Error('bad kind ' + kind);
  }
  return D(kind, v);
}
const BAD_SSN_KINDS = ['ssn-invalid-area-000', 'ssn-invalid-area-666', 'ssn-invalid-area-9xx', 'ssn-invalid-group-00', 'ssn-invalid-serial-0000'];
let badTurn = 0; // rotate so every invalid kind appears
const anyBadSsn = (sep) => badSsn(BAD_SSN_KINDS[badTurn++ % BAD_SSN_KINDS.length], sep);
// an SSN-valid-looking number used as something else (order, case...)
const ssnShaped = () => ssn('-');

// ---------------------------------------------------------------- A-number, receipt, passport
function anum(style = pick(['A9', 'A9', 'A8', 'Adash', 'Aspace', 'A7', 'Ahyph'])) {
  const n9 = pick(['0', '2', '2', '1']) + int(1, 9) + digits(7);
  switch (style) {
    case 'A9': return 'A' + n9;
    case 'A8': return 'A' + pick(['9', '7', '4', '3']) + digits(7);
    case 'A7': return 'A' + pick(['3', '5', '8']) + digits(6);
    case 'Adash': return `A-${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
    case 'Aspace': return `A ${n9.slice(0, 3)} ${n9.slice(3, 6)} ${n9.slice(6)}`;
    case 'Ahyph': return 'A-' + n9;
    case 'bare9': return n9;
    case 'bare8': return pick(['9', '7', '4']) + digits(7);
    case 'bare-dash': return `${n9.slice(0, 3)}-${n9.slice(3, 6)}-${n9.slice(6)}`;
    default: throw new Error(style);
  }
}
const RECEIPT_PREFIXES = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];
function receipt(prefix = pick(RECEIPT_PREFIXES), style = pick(['plain', 'plain', 'plain', 'dash'])) {
  const body = prefix === 'IOE' ? pick(['09', '80', '81', '08']) + digits(8) : pad(int(19, 26), 2) + digits(8);
  if (style === 'dash') return `${prefix}-${body.slice(0, 2)}-${body.slice(2, 5)}-${body.slice(5)}`;
  if (style === 'space') return `${prefix} ${body}`;
  return prefix + body;
}
function passport(country = pick(['US', 'MX', 'GT', 'SV', 'HN', 'CO', 'IN', 'UA'])) {
  switch (country) {
    case 'US': return chance(0.5) ? pick(['5', '6', '4']) + digits(8) : pick(['A', 'B', 'C']) + digits(8);
    case 'MX': return pick(['G', 'N', 'E']) + digits(8);
    case 'GT': return pick(['3', '4', '2']) + digits(8);
    case 'SV': return pick(['A', 'B']) + digits(8);
    case 'HN': return pick(['F', 'E']) + digits(6);
    case 'CO': return pick(['AT', 'PE', 'AS']) + digits(6);
    case 'IN': return pick(['K', 'M', 'T', 'Z']) + digits(7);
    case 'UA': return pick(['FE', 'FB', 'EK']) + digits(6);
    default: throw new Error(country);
  }
}

// ---------------------------------------------------------------- phone, email
const US_AREAS = ['212', '718', '347', '646', '917', '929', '332', '213', '312', '305', '617', '202', '415', '503'];
function phone(region = pick(['US', 'US', 'US', 'US', 'MX', 'GT', 'SV', 'HN']), fmt) {
  const a = pick(US_AREAS), l = '01' + pad(int(0, 99), 2);
  switch (region) {
    case 'US':
      fmt = fmt ?? pick(['paren', 'paren', 'dash', 'dot', 'plain', 'intl', 'intl-dash', 'one-paren', 'intl-dot']);
      switch (fmt) {
        case 'paren': return `(${a}) 555-${l}`;
        case 'dash': return `${a}-555-${l}`;
        case 'dot': return `${a}.555.${l}`;
        case 'plain': return `${a}555${l}`;
        case 'intl': return `+1 ${a} 555 ${l}`;
        case 'intl-dash': return `+1-${a}-555-${l}`;
        case 'intl-dot': return `+1.${a}.555.${l}`;
        case 'one-paren': return `1 (${a}) 555-${l}`;
        case 'local': return `555-${l}`;
        default: throw new Error(fmt);
      }
    case 'MX': {
      const city = pick(['55', '33', '81', '222', '951']);
      const rest = digits(10 - city.length);
      return pick([
        `+52 ${city} ${rest.slice(0, rest.length - 4)} ${rest.slice(-4)}`,
        `+52 1 ${city} ${rest.slice(0, rest.length - 4)} ${rest.slice(-4)}`,
        `(+52) ${city}-${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`,
        `+52${city}${rest}`,
      ]);
    }
    case 'GT': { const n = pick(['2', '5', '4']) + digits(7); return pick([`+502 ${n.slice(0, 4)} ${n.slice(4)}`, `+502 ${n.slice(0, 4)}-${n.slice(4)}`, `(502) ${n}`]); }
    case 'SV': { const n = pick(['2', '7', '6']) + digits(7); return pick([`+503 ${n.slice(0, 4)} ${n.slice(4)}`, `+503 ${n.slice(0, 4)}-${n.slice(4)}`, `00503 ${n}`]); }
    case 'HN': { const n = pick(['9', '3', '8']) + digits(7); return `+504 ${n.slice(0, 4)}-${n.slice(4)}`; }
    default: throw new Error(region);
  }
}
const DOMAINS = ['example.org', 'example.com', 'mail.example.com', 'correo.example.mx', 'example.net', 'gmail.example.com', 'lists.example.edu', 'tenants-union.example.org', 'students.example.edu'];
function email(n = name(pick(['en', 'es'])), domain = pick(DOMAINS)) {
  const parts = deaccent(n).toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
  const f = parts[0], l = parts[parts.length - 1];
  const local = pick([
    `${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${int(1, 99)}`, `${f}.${l}+${pick(['benefits', 'snap', 'court', 'lease', 'ref', 'tax2024'])}`,
    `${l}.${f}${int(70, 99)}`, `${f}${int(1, 999)}`,
  ]);
  return `${local}@${domain}`;
}
const officeEmail = (box) => `${box}@${pick(['hra.example.gov', 'dof.city.example.gov', 'housing.city.example.gov', 'schools.example.gov', 'legalaid.example.org'])}`;

// ---------------------------------------------------------------- dates
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
function ymd(y0, y1) { return { y: int(y0, y1), m: int(1, 12), d: int(1, 28) }; }
function fmtDate(dt, fmt) {
  const { y, m, d } = dt;
  switch (fmt) {
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'us-short': return `${m}/${d}/${String(y).slice(2)}`;
    case 'us-nopad': return `${m}/${d}/${y}`;
    case 'us-dash': return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'long': return `${EN_MONTHS[m - 1]} ${d}, ${y}`;
    case 'dmy-long': return `${d} ${EN_MONTHS[m - 1]} ${y}`;
    case 'abbr': return `${EN_MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'ocr': return `${pad(d, 2)} ${EN_MONTHS[m - 1].slice(0, 3).toUpperCase()} ${y}`;
    case 'dmy': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'dmy-dash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'dmy-dot': return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
    case 'es-long': return `${d} de ${ES_MONTHS[m - 1]} de ${y}`;
    case 'es-long-del': return `${d} de ${ES_MONTHS[m - 1]} del ${y}`;
    case 'es-nolde': return `${d} ${ES_MONTHS[m - 1]} ${y}`;
    case 'es-short': return `${d}/${m}/${String(y).slice(2)}`;
    case 'es-abbr': return `${pad(d, 2)}/${ES_MONTHS[m - 1].slice(0, 3).toUpperCase()}/${y}`;
    default: throw new Error(fmt);
  }
}
const EN_FMTS = ['us', 'us', 'us-nopad', 'us-short', 'us-dash', 'iso', 'long', 'long', 'dmy-long', 'abbr'];
const ES_FMTS = ['dmy', 'dmy', 'dmy-dash', 'es-long', 'es-long', 'es-long-del', 'es-nolde', 'es-short', 'iso', 'dmy-dot'];
const dob = (lang, fmt, y0 = 1942, y1 = 2006) => fmtDate(ymd(y0, y1), fmt ?? pick(lang === 'es' ? ES_FMTS : EN_FMTS));
const childDob = (lang, fmt) => dob(lang, fmt, 2010, 2021);
const day = (lang, fmt, y0 = 2024, y1 = 2027) => fmtDate(ymd(y0, y1), fmt ?? pick(lang === 'es' ? ES_FMTS : EN_FMTS));
const nb = (lang, fmt, y0, y1) => D('date-not-birth', day(lang, fmt, y0, y1));
const time = () => D('time', pick([`${int(8, 11)}:${pick(['00', '15', '30', '45'])} am`, `${int(1, 4)}:${pick(['00', '30'])} PM`, `${int(8, 17)}:${pad(int(0, 59), 2)}`, `${pad(int(8, 17), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`]));
function clock() {
  let m = int(8 * 60, 16 * 60);
  return () => { m += int(0, 6); return D('time', `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`); };
}
const price = () => D('price', pick([`$${int(12, 2400)}.${pad(int(0, 99), 2)}`, `$${int(1, 9)},${pad(int(0, 999), 3)}.00`, `USD ${int(100, 999)}`]));

// ---------------------------------------------------------------- cards
function luhnOk(num) {
  const ds = num.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < ds.length; i++) {
    let x = Number(ds[ds.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function cardDigits(brand = pick(['visa', 'visa', 'mc', 'amex', 'disc'])) {
  const len = brand === 'amex' ? 15 : 16;
  const pre = { visa: '4' + digits(1), mc: '5' + int(1, 5), amex: pick(['34', '37']), disc: '6011' }[brand];
  let body = pre + digits(len - pre.length - 1);
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return { brand, ds: body + c };
  throw new Error('luhn');
}
function groupCard({ brand, ds }, sep = pick([' ', ' ', '-', ''])) {
  if (brand === 'amex') return [ds.slice(0, 4), ds.slice(4, 10), ds.slice(10)].join(sep);
  return ds.match(/.{4}/g).join(sep);
}
const card = (brand, sep) => groupCard(cardDigits(brand), sep);
function badCard(brand, sep) {
  const c = cardDigits(brand);
  const last = (Number(c.ds.at(-1)) + int(1, 9)) % 10;
  c.ds = c.ds.slice(0, -1) + last;
  return D('luhn-fail', groupCard(c, sep));
}

// ---------------------------------------------------------------- IP
function ipv4(kind = pick(['doc', 'doc', 'doc', 'private', 'private', 'loop'])) {
  if (kind === 'doc') return `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`;
  if (kind === 'private') return pick([`10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 255)}.${int(1, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
  return '127.0.0.1';
}
const hex4 = () => int(1, 0xffff).toString(16);
function ipv6(kind = pick(['comp', 'comp', 'full', 'loop', 'mapped'])) {
  if (kind === 'comp') return `2001:db8:${hex4()}::${hex4()}`;
  if (kind === 'full') return `2001:0db8:${pad(hex4(), 4)}:${pad(hex4(), 4)}:0000:0000:${pad(hex4(), 4)}:${pad(hex4(), 4)}`;
  if (kind === 'loop') return '::1';
  return `::ffff:192.0.2.${int(1, 254)}`;
}

// ---------------------------------------------------------------- hard negatives
const zip4 = () => D('zip4', `${pick(['10', '11', '07', '33', '60', '90'])}${digits(3)}-${digits(4)}`);
const caseNo = () => D('case-number', pick([`${int(100000000, 999999999)}`, `HRA-${int(2023, 2026)}-${digits(6)}`, `${digits(2)}-${digits(7)}`, ssnShaped()]));
const orderNo = () => D('order-number', pick([ssnShaped(), `${digits(3)}-${digits(7)}-${digits(7)}`, `W${digits(9)}`]));
const claimNo = () => D('claim-number', pick([`${digits(3)}-${digits(2)}-${digits(4)}-${digits(2)}`, `CLM${digits(10)}`, ssnShaped()]));
const ticketNo = () => D('ticket-number', pick([`#${digits(7)}`, `INC${digits(7)}`, `${digits(4)}-${digits(5)}`]));
const sr311 = () => D('311-number', pick([`311-${digits(8)}`, `SR${digits(9)}`, `311-${digits(3)}-${digits(4)}`]));
const invoiceNo = () => D('invoice-number', pick([`INV-${digits(4)}-${digits(6)}`, `${digits(3)}-${digits(3)}-${digits(4)}`, `${digits(9)}`]));
const barcode = () => D('library-barcode', pick([`3${digits(13)}`, `2 ${digits(4)} ${digits(5)} ${digits(4)}`]));
const tracking = () => D('tracking-number', pick([`1Z${digits(3)}A${pick(['W', 'X', 'E'])}${digits(11)}`, `9400 1${digits(3)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `${digits(12)}`, `9405${digits(18)}`]));
const version = (ipShaped = chance(0.6)) => D('version-number', ipShaped ? `${int(1, 12)}.${int(0, 9)}.${int(0, 30)}.${int(0, 250)}` : `${int(1, 4)}.${int(0, 20)}.${int(0, 9)}`);
const productCode = () => D('phone-like-product-code', pick([`${digits(3)}-${digits(3)}-${digits(4)}-${pick(['B', 'XL', 'R2'])}`, `SKU ${digits(3)}-555-${digits(4)}`, `${digits(3)}.${digits(3)}.${digits(4)}`]));
const i94num = () => D('i94-number', pick(['1', '3', '6']) + digits(10));
const routing = () => D('routing-number', pick(['021000021', '026009593', '011000138', '122000661']));
const ein = () => D('ein', `${pick(['13', '11', '27', '45', '84'])}-${digits(7)}`);
const mac = () => D('mac-address', Array.from({ length: 6 }, () => pad(int(0, 255).toString(16), 2)).join(':'));
const curp = () => D('curp', `${pick(['HEGM', 'RACL', 'MOPJ', 'CAGD'])}${pad(int(70, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['H', 'M'])}${pick(['DF', 'JC', 'PL', 'OC'])}${pick(['RNR', 'MRL', 'GTZ'])}${pick(['A', '0'])}${int(1, 9)}`);
const dpi = () => D('dpi', `${digits(4)} ${digits(5)} ${pick(['0101', '0901', '1301'])}`);
const matricula = () => D('matricula', `${pick(['I', 'N'])}${digits(8)}`);
const nssMx = () => D('nss-mx', digits(11));
const visaFoil = () => D('visa-foil', `${pick(['R', 'Z', 'H'])}${digits(7)}`);
const sevis = () => D('sevis', `N00${digits(8)}`);
const lastFour = () => D('ssn-last4', digits(4));
const service = () => D('service-number', pick(['311', '988', '911', '211']));
const account = () => D('account-number', `${digits(4)}-${digits(6)}-${digits(2)}`);
const employee = () => D('employee-id', `E${digits(6)}`);
const badReceipt = () => D('receipt-invalid-prefix', `${pick(['ABC', 'NYC', 'ZAC', 'LNC'])}${digits(10)}`);
const section = () => D('section-number', `${int(1, 9)}.${int(1, 9)}.${int(1, 20)}.${int(1, 40)}`);
const badIp = () => D('ip-invalid', `${int(256, 399)}.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}`);
const medrec = () => D('mrn', `MRN ${digits(8)}`);
const billNo = () => D('bill-number', `${digits(10)}`);
const pin = () => D('pin', digits(6));

// ---------------------------------------------------------------- templates
// Each template: [group, lang, fn, reps, note]. fn() returns a fragment built with T`...`.
const L = []; // list
const add = (group, lang, fn, reps = 2, note) => L.push({ group, lang, fn, reps, note });

// ===== EMAIL THREADS (en)
add('email', 'en', () => {
  const hr = name('en'), hire = name(pick(['en', 'es']));
  const hf = hire.split(' ')[0];
  return T`From: ${hr} <${S('EMAIL', email(hr, 'parks.city.example.gov'))}>
To: ${hire} <${S('EMAIL', email(hire))}>
Subject: RE: I-9 Section 2 / W-4 - start date ${nb('en', 'abbr')}

Hi ${hf},

Thanks for sending these over. I have your SSN as ${S('SSN', ssn('-'))} and your DOB as ${S('DATE_OF_BIRTH', dob('en', 'us'))} from the W-4. For List A you can bring your U.S. passport (no. ${S('PASSPORT', passport('US'))}); it expires ${nb('en', 'us', 2028, 2034)}, so that works. Please arrive by ${time()}.

> On ${nb('en', 'long')}, ${hire} wrote:
> My cell is ${S('PHONE', phone('US'))} if anything comes up. Do I need my birth certificate too?

--
${hr} | People Operations | Dept. of Parks & Recreation
${S('PHONE', phone('US', 'paren'))} ext. ${int(100, 499)} | ${S('EMAIL', officeEmail('onboarding'))}`;
});
add('email', 'en', () => {
  const a = name('en'), b = name('en');
  return T`> > Can you confirm the tenant's social? The ledger shows ${anyBadSsn()} which can't be right.
> It is a typo in the old system. The correct one on her lease application is ${S('SSN', ssn(pick(['-', ' '])))}.
> Her number is ${S('PHONE', phone('US'))}.

Got it, updated in Yardi. Unit 4C, ${int(100, 999)} Linden Blvd, Brooklyn NY ${zip4()}.
Invoice ${invoiceNo()} for the repair is separate.

${a}
Property Management | ${S('EMAIL', email(a, 'mgmt.example.com'))}
cc: ${b} <${S('EMAIL', email(b))}>`;
}, 2, 'quoted reply with invalid SSN decoy');
add('email', 'en', () => {
  const a = name('en');
  return T`Subject: FW: TIN question for 1099

Forwarding from the vendor desk. The contractor wrote "my SSN is ${S('ITIN', itin('-'))}" but that is an ITIN, not an SSN - fine for the 1099-NEC. Payment of ${price()} goes out on ${nb('en', 'us')} under PO ${orderNo()}.
Our own EIN is ${ein()}.

${a}, Accounts Payable
${S('PHONE', phone('US', 'dash'))}`;
}, 2, 'ITIN written after SSN label');
add('email', 'en', () => {
  const a = name('en'), c = name('es');
  return T`From: ${S('EMAIL', email(c, 'gmail.example.com'))}
Sent: ${nb('en', 'long')} ${time()}
Subject: my son's school enrollment

Hello, I am writing for my son Kevin, born on ${S('DATE_OF_BIRTH', childDob('en', 'long'))}. His old school in Honduras gave him a number ${D('student-id', 'HN-' + digits(8))}, do you need it? You can call me at ${S('PHONE', phone('HN'))} or here ${S('PHONE', phone('US', 'plain'))}.

Reply from ${a}: Thank you, please bring proof of address (a utility bill is fine) to 52 Chambers St on ${nb('en', 'us')}. We do not need a Social Security number for enrollment.`;
}, 2);

// ===== EMAIL THREADS (es)
add('email', 'es', () => {
  const a = name('es'), b = name('es');
  return T`De: ${a} <${S('EMAIL', email(a))}>
Para: Clínica Legal <${S('EMAIL', officeEmail('clinica.migratoria'))}>
Asunto: RE: documentos para la cita

Buenas tardes, licenciada. Le mando lo que me pidió: mi número A es ${S('A_NUMBER', anum('A9'))} y el recibo de la I-130 es ${S('USCIS_RECEIPT', receipt(pick(['IOE', 'MSC', 'NBC'])))}. Mi fecha de nacimiento es ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}. La cita quedó para el ${nb('es', 'es-long')} a las ${time()}.

> El ${nb('es', 'dmy')}, ${b} escribió:
> Por favor envíe copia del pasaporte y su número de teléfono.

Mi pasaporte mexicano: ${S('PASSPORT', passport('MX'))}. Tel. ${S('PHONE', phone('MX'))}.
Saludos, ${a.split(' ')[0]}`;
});
add('email', 'es', () => {
  const a = name('es');
  return T`Asunto: Fwd: aviso de cobro

---------- Mensaje reenviado ----------
De: Facturación <${S('EMAIL', 'facturacion+avisos@servicios.example.mx')}>
Fecha: ${nb('es', 'es-long')}

Estimado cliente, su factura ${invoiceNo()} por ${price()} vence el ${nb('es', 'dmy')}. Número de cuenta ${account()}. Si ya pagó, ignore este mensaje.

----
${a} escribió: ¿esto es un fraude? Nunca he tenido cuenta con ellos. Mi correo personal es ${S('EMAIL', email(a))}.`;
}, 2, 'no identifiers of the ten types besides e-mail');
add('email', 'es', () => {
  const a = name('es'), hr = name('en');
  return T`Hola ${hr.split(' ')[0]},

Para la forma W-4 mi número de seguro social es ${S('SSN', ssn(pick(['-', ' ', 'none'])))}. Nací el ${S('DATE_OF_BIRTH', dob('es', 'es-long'))} en San Salvador. El código postal de mi casa es ${zip4()}.
Mi número de empleado es ${employee()}.

Gracias,
${a}
${S('PHONE', phone('SV'))} / ${S('PHONE', phone('US', 'dash'))}`;
}, 2, 'mixed: Spanish reply to an English HR thread');

// ===== CASEWORKER NOTES (en)
add('intake', 'en', () => {
  const tm = clock();
  const c = name('es');
  return T`[${nb('en', 'us')} ${tm()}] CW note - client ${c} walked in re: SNAP recert.
[${tm()}] Verified ID: NYS license, DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}. SSN ${S('SSN', ssn('-'))} matches WMS.
[${tm()}] Client says landlord wants SS# on lease renewal - advised not required. Gave 311 ref ${sr311()}.
[${tm()}] Callback # ${S('PHONE', phone('US'))}. Next appt ${nb('en', 'us')}.`;
}, 2);
add('intake', 'en', () => T`Running notes, case ${caseNo()}
- ${nb('en', 'us-nopad')}: mother reports child's SSN card lost. Old card copy shows ${S('SSN', ssn(pick(['-', ' '])))}, child d.o.b. ${S('DATE_OF_BIRTH', childDob('en', 'us-nopad'))}.
- Mother's own number given as ${anyBadSsn()} - flagged, area number not issued. Asked her to bring card.
- Last 4 she recited from memory: ${lastFour()}. Do not store.
- Follow-up call to ${S('PHONE', phone('US', 'local'))} (no area code given; assume 718).`, 2, 'invalid SSN and last four');
add('intake', 'en', () => {
  const c = name('en');
  return T`Intake summary: ${c}, 58 y/o, born ${S('DATE_OF_BIRTH', dob('en', 'abbr', 1962, 1968))}. Came in about a notice dated ${nb('en', 'long')} re: overpayment, claim # ${claimNo()}. Income: $${int(900, 2400)}/mo SSDI. Placeholder SSN on the notice was ${badSsn('ssn-placeholder')} - agency error. Real SSN on file: ${S('SSN', ssn('.'))}.`;
});

// ===== CASEWORKER NOTES (es)
add('intake', 'es', () => {
  const tm = clock();
  const c = esName();
  return T`${nb('es', 'dmy')} ${tm()} - Atendí a ${c}. Viene por la renovación de Medicaid.
${tm()} - F/N: ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}. Número de seguro social ${S('SSN', ssn('-'))}. Vive en el Bronx, código postal ${zip4()}.
${tm()} - Trae carta con número de caso ${caseNo()}. Próxima cita el ${nb('es', 'es-long')}.
${tm()} - Teléfono: ${S('PHONE', phone('US'))}.`;
}, 2);
add('intake', 'es', () => {
  const c = name('es');
  return T`Nota: la señora ${c} dice que su "seguro" es ${S('ITIN', itin(pick(['-', ' '])))} pero es un ITIN, lo sacó para declarar impuestos. Hijo menor nacido el ${S('DATE_OF_BIRTH', childDob('es', 'es-long'))}, él sí tiene social: ${S('SSN', ssn('-'))}. Pedido de ropa ${orderNo()} de la despensa no tiene nada que ver.`;
});
add('intake', 'es', () => T`Caso ${caseNo()}. Cliente dio como seguro social ${anyBadSsn(pick(['-', ' ']))}, no es válido (revisado con supervisor). Pidió cita para el ${nb('es', 'dmy')} a las ${time()}. No tiene más documentos. Tel. de una vecina: ${S('PHONE', phone('US', 'local'))}.`, 2, 'invalid SSN only');

// ===== WHATSAPP VOICE NOTES (es)
add('clinic', 'es', () => {
  const c = name('es');
  return T`[Nota de voz 0:${int(20, 59)}] Transcripción automática:
"Buenas, licenciado, habla ${c}. Le quería pasar el número que me pidió, el de extranjero, es ${S('A_NUMBER', anum('Aspace'))}. Y mi fecha de nacimiento, nací el ${S('DATE_OF_BIRTH', dob('es', pick(['es-long', 'es-long-del'])))}. La audiencia me la pusieron para el ${nb('es', 'es-long')}, ¿verdad? Mi número nuevo es el ${S('PHONE', phone('US', pick(['dash', 'plain'])))}, el de antes ya no lo uso. Gracias, que Dios lo bendiga."`;
}, 2, 'A-number with spaces, A kept');
add('clinic', 'es', () => T`[Audio ${time()}] "Hola, sí, soy yo otra vez. El número del recibo que llegó dice ${S('USCIS_RECEIPT', receipt(pick(['IOE', 'NBC', 'MSC']), 'plain'))}, y abajo dice 'notice date' ${nb('es', 'us')}. Mi pasaporte de Guatemala es ${S('PASSPORT', passport('GT'))}. El DPI no sé si lo necesita, es ${dpi()}. Me puede escribir al WhatsApp ${S('PHONE', phone('GT'))}."`, 2, 'DPI is not one of the ten types');
add('clinic', 'es', () => {
  const c = name('es');
  return T`[Mensaje de voz transcrito]
"Señorita, buenas tardes. Es para la cita de los impuestos. Mi ITIN es ${S('ITIN', itin(' '))}, el de mi esposa es ${S('ITIN', itin('-'))}. La niña nació el ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))} y ella sí tiene seguro social, el ${S('SSN', ssn(' '))}. Le debo ${price()} de la otra vez, se lo llevo. Soy ${c}."`;
}, 2);
add('mixed', 'es', () => T`[nota de voz] "ok so mi número de teléfono es ${S('PHONE', phone('US', 'dot'))}, and my email is ${S('EMAIL', email(name('es'), 'example.net'))}. Mi cumpleaños es el ${S('DATE_OF_BIRTH', dob('es', 'es-nolde'))}, sí, ese es el día que nací. La cita del consulado es el ${nb('es', 'dmy')}."`, 2, 'mixed Spanglish voice note; "cumpleaños ... nací" marks birth date');

// ===== COURT INTERPRETER REQUESTS
add('court', 'en', () => T`INTERPRETER REQUEST - Housing Court, Kings County
Index No.: ${D('index-number', `LT-${digits(6)}-${int(23, 26)}/KI`)}
Language: Spanish (Guatemalan, K'iche' backup)
Hearing date: ${nb('en', 'us')} at ${time()}, Part ${int(1, 9)}
Party: respondent, DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Contact for party: ${S('PHONE', phone('GT'))} (WhatsApp) / ${S('EMAIL', email(name('es')))}
Requested by: ${S('EMAIL', officeEmail('interp.requests'))}, tel ${S('PHONE', phone('US', 'paren'))}`, 2);
add('court', 'en', () => T`Immigration Court - request for interpreter (Mam)
Respondent A-Number: ${S('A_NUMBER', anum('bare9'))}
Master calendar hearing: ${nb('en', 'long')}, ${time()}
Date of birth: ${S('DATE_OF_BIRTH', dob('en', 'long'))}
Country of citizenship: Guatemala; passport ${S('PASSPORT', passport('GT'))}
Attorney EOIR ID: ${D('eoir-id', pick(['ZX', 'QR', 'BK']) + digits(6))}
Note: respondent's prior hearing on ${nb('en', 'us')} adjourned for lack of interpreter.`, 2, 'bare 9 digits after A-Number label');
add('court', 'es', () => T`SOLICITUD DE INTÉRPRETE
Tribunal: Corte de Familia, condado de Queens
Número de expediente: ${D('docket-number', `${pick(['O', 'V', 'F'])}-${digits(5)}-${int(23, 26)}`)}
Fecha de la audiencia: ${nb('es', 'dmy')} a las ${time()}
Parte: peticionaria, fecha de nacimiento ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
Idioma: español
Contacto: ${S('PHONE', phone('US', 'dash'))}, ${S('EMAIL', email(name('es')))}
Niño(a) en el caso nacido(a) el ${S('DATE_OF_BIRTH', childDob('es', 'es-long'))}`, 2);
add('court', 'es', () => T`Pedido de intérprete para audiencia de deportación. Número de extranjero: ${S('A_NUMBER', anum('bare9'))}. Audiencia individual ${nb('es', 'es-long')}. El demandado tiene pasaporte salvadoreño número ${S('PASSPORT', passport('SV'))}, vencido el ${nb('es', 'dmy', 2019, 2023)}. Abogado: ${S('PHONE', phone('US'))}.`, 2);

// ===== BENEFITS WORKSHEETS (key: value)
add('benefits', 'en', () => T`ELIGIBILITY WORKSHEET - HEAP
Applicant: ${name('en')}
SSN: ${S('SSN', ssn(pick(['-', 'none'])))}
DOB: ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Household size: ${int(1, 6)}
Gross monthly income: ${price()}
Application date: ${nb('en', 'us')}
Utility account: ${account()}
Service address ZIP: ${zip4()}
Phone: ${S('PHONE', phone('US'))}
Email: ${S('EMAIL', email(name('en')))}`, 2);
add('benefits', 'en', () => T`SNAP Household Composition
Member 1: HoH    | DOB ${S('DATE_OF_BIRTH', dob('en', 'us-nopad'))} | SSN ${S('SSN', ssn('-'))}
Member 2: spouse | DOB ${S('DATE_OF_BIRTH', dob('en', 'us-nopad'))} | ITIN ${S('ITIN', itin('-'))}
Member 3: child  | DOB ${S('DATE_OF_BIRTH', childDob('en', 'us-nopad'))} | SSN ${S('SSN', ssn('-'))}
Member 4: child  | DOB ${S('DATE_OF_BIRTH', childDob('en', 'us-nopad'))} | SSN applied for, receipt pending
Certification period: ${nb('en', 'us-nopad')} - ${nb('en', 'us-nopad')}`, 2);
add('benefits', 'en', () => T`Cash Assistance Worksheet
Applicant SSN ........ ${badSsn('ssn-masked')}
Alt. ID (ITIN) ....... ${S('ITIN', itin('none'))}
Interview date ....... ${nb('en', 'iso')}
Redetermination due .. ${nb('en', 'iso')}
Case # ............... ${caseNo()}
Shelter cost ......... ${price()}`, 2, 'masked SSN');
add('benefits', 'es', () => T`HOJA DE ELEGIBILIDAD - WIC
Nombre: ${esName()}
Fecha de nacimiento: ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
FUM (fecha de última menstruación): ${nb('es', 'dmy')}
Fecha probable de parto: ${nb('es', 'dmy')}
Número de seguro social: ${pick([S('SSN', ssn('-')), 'no tiene'])}
Teléfono: ${S('PHONE', phone('US'))}
Correo: ${S('EMAIL', email(name('es')))}
Código postal: ${zip4()}`, 2, 'LMP and due date are not birth dates');
add('benefits', 'es', () => T`Planilla de ingresos del hogar
Titular: ${name('es')} — seguro social: ${S('SSN', ssn(pick(['.', ' '])))}
Cónyuge: ITIN ${S('ITIN', itin('-'))}, nacido el ${S('DATE_OF_BIRTH', dob('es', 'dmy-dash'))}
Hijo: f. nac. ${S('DATE_OF_BIRTH', childDob('es', 'dmy-dash'))}
Renta mensual: ${price()}
Fecha de solicitud: ${nb('es', 'dmy-dash')}
Nº de solicitud: ${D('application-number', `APP-${digits(8)}`)}`, 2);
add('benefits', 'es', () => T`Solicitud de asistencia en efectivo — revisión
Seguro social declarado: ${anyBadSsn()}  (NO VÁLIDO, pedir tarjeta)
Fecha de la entrevista: ${nb('es', 'es-long')}
Número de caso: ${caseNo()}
Recibo de pago del arriendo: ${invoiceNo()}`, 2, 'invalid SSN, nothing to mark');

// ===== EHR free text
add('record', 'en', () => T`Pt is an adult F, DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}, MRN ${D('mrn', digits(8))} presenting for f/u. LMP ${nb('en', 'us')}. EDD ${nb('en', 'us')}. Pt reports she has no SSN; insurance via Emergency Medicaid, CIN ${D('medicaid-cin', pick(['AB', 'CD', 'XY']) + digits(5) + pick(['A', 'K', 'Z']))}. Next visit ${nb('en', 'us')} at ${time()}. Pt phone ${S('PHONE', phone('US'))}.`, 2, 'LMP/EDD are not birth dates');
add('record', 'en', () => T`Pediatric well visit. Child born ${S('DATE_OF_BIRTH', childDob('en', 'long'))} at 38 wks. Mother (d.o.b. ${S('DATE_OF_BIRTH', dob('en', 'us-dash'))}) reports no concerns. Vaccines given ${nb('en', 'us-dash')}, lot ${D('lot-number', pick(['EK', 'FF', 'GH']) + digits(4))}. Portal invite sent to ${S('EMAIL', email(name('es')))}. ${medrec()}.`, 2);
add('record', 'es', () => T`Paciente masculino de ${int(30, 75)} años, nacido el ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}. Acude por dolor torácico. Ingreso: ${nb('es', 'dmy')} ${time()}. Presión ${int(110, 160)}/${int(70, 95)}. Contacto de emergencia: su hija, ${S('PHONE', phone('US', 'paren'))}. Expediente ${medrec()}. Sin seguro social.`, 2);
add('record', 'es', () => T`Nota de enfermería: madre de ${int(18, 40)} años, F/N ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}, G2P1. FUM ${nb('es', 'dmy')}, FPP ${nb('es', 'dmy')}. Recién nacido el ${S('DATE_OF_BIRTH', fmtDate(ymd(2025, 2026), 'dmy'))} a las ${time()}, 3.2 kg. Tel. esposo ${S('PHONE', phone('MX'))}.`, 2, 'newborn birth date is a DOB');

// ===== CALL CENTER CHAT
add('pay', 'en', () => { const tm = clock(); return T`[${tm()}] Agent (Tasha): Thanks for contacting the Department of Finance parking help desk. How can I help?
[${tm()}] Customer: I need to pay ticket ${ticketNo()} but the site rejects my card
[${tm()}] Agent (Tasha): I can take it over chat. Card number please?
[${tm()}] Customer: ${S('CREDIT_CARD', card())} exp ${D('card-expiry', `${pad(int(1, 12), 2)}/${int(26, 31)}`)}
[${tm()}] Agent (Tasha): Thank you. Amount due is ${price()}. Confirmation sent to the e-mail on file.
[${tm()}] Customer: can you send it to ${S('EMAIL', email(name('en')))} instead`; }, 2);
add('pay', 'en', () => T`Customer: I tried ${badCard()} and it said invalid
Agent: That number doesn't pass validation - can you re-read it from the card?
Customer: oh sorry, it's ${S('CREDIT_CARD', card())}
Agent: That went through. Receipt # ${invoiceNo()}. Anything else?
Customer: no, thanks. my number is ${S('PHONE', phone('US'))} if it fails`, 2, 'Luhn-invalid then valid card');
add('pay', 'en', () => T`Chat transcript ${ticketNo()}
Customer: my water bill ${billNo()} says I owe ${price()}. Account ${account()}.
Agent: I see a payment on ${nb('en', 'us')} with card ending ${lastFour().value}.
Customer: yes that was me. Also I moved, new zip is ${zip4()}
Agent: Updated. Call 311 if anything else.`, 2, 'nothing to mark: bill, account, last four, zip+4');
add('pay', 'es', () => { const tm = clock(); return T`[${tm()}] Agente: Gracias por comunicarse con la línea de pagos de la ciudad. ¿En qué le puedo ayudar?
[${tm()}] Cliente: quiero pagar la multa ${ticketNo()} con tarjeta
[${tm()}] Agente: Claro. ¿Me da el número de la tarjeta?
[${tm()}] Cliente: ${S('CREDIT_CARD', card(undefined, pick([' ', '-'])))} vence ${D('card-expiry', `${pad(int(1, 12), 2)}/${int(26, 31)}`)}
[${tm()}] Agente: Listo, se cobraron ${price()}. ¿A qué correo le envío el recibo?
[${tm()}] Cliente: ${S('EMAIL', email(name('es')))}`; }, 2);
add('pay', 'es', () => T`Cliente: la tarjeta es ${badCard(undefined, ' ')} pero me sale error
Agente: Ese número no es válido, revise por favor.
Cliente: ah perdón, es ${S('CREDIT_CARD', card('mc', ' '))}
Agente: Aprobado. Número de confirmación ${D('confirmation-number', `CNF${digits(9)}`)}.
Cliente: gracias, cualquier cosa al ${S('PHONE', phone('US'))}`, 2, 'Luhn-invalid card');
add('311', 'en', () => T`311 chat log ${sr311()}
Customer: there's a streetlight out at the corner of Fulton and Nostrand since ${nb('en', 'long')}
Agent: I've created service request ${sr311()}. You can check status online or call 311.
Customer: please text updates to ${S('PHONE', phone('US', pick(['dash', 'plain'])))}
Agent: Done. Reference ${D('311-number', digits(10))}, closed within ${int(5, 14)} days.`, 2);
add('311', 'es', () => T`Registro de chat 311
Cliente: hay basura acumulada frente al ${int(100, 999)} de la calle 163 desde el ${nb('es', 'es-long')}
Agente: Creé la solicitud ${sr311()}. Fecha estimada de atención: ${nb('es', 'dmy')}.
Cliente: avísenme al ${S('PHONE', phone('US'))} o a ${S('EMAIL', email(name('es')))}
Agente: Listo. Si es urgente, llame al ${service()}.`, 2);

// ===== ID CARD OCR
add('ids', 'en', () => T`UNITED STATES OF AMERICA
PERMANENT RESIDENT
Surname
${deaccent(pick(ES_LAST)).toUpperCase()}
Given Name
${deaccent(pick(ES_FIRST)).toUpperCase()}
USCIS#         Category
${S('A_NUMBER', anum('bare-dash'))}    ${pick(['IR1', 'CR6', 'C09', 'F21'])}
Country of Birth
${pick(['Mexico', 'Guatemala', 'El Salvador', 'Honduras', 'Dominican Republic'])}
Date of Birth          Sex
${S('DATE_OF_BIRTH', dob('en', 'ocr'))}            ${pick(['F', 'M'])}
Card Expires:  ${nb('en', 'us', 2030, 2036)}
Resident Since: ${nb('en', 'us', 2012, 2022)}`, 2, 'green card OCR, USCIS# label above value');
add('ids', 'en', () => T`PASSPORT
Type  Code of Issuing State   Passport No.
P     USA                     ${S('PASSPORT', passport('US'))}
Surname
${pick(EN_LAST).toUpperCase()}
Given Names
${pick(EN_FIRST).toUpperCase()}
Date of birth
${S('DATE_OF_BIRTH', dob('en', 'ocr'))}
Date of issue            Date of expiration
${nb('en', 'ocr', 2018, 2024)}       ${nb('en', 'ocr', 2028, 2034)}`, 2, 'passport OCR');
add('ids', 'en', () => T`NEW YORK STATE
DRIVER LICENSE
ID ${D('license-number', `${digits(3)} ${digits(3)} ${digits(3)}`)}
DOB
${S('DATE_OF_BIRTH', dob('en', 'us'))}
ISS ${nb('en', 'us', 2019, 2024)}   EXP ${nb('en', 'us', 2027, 2032)}
CLASS D
${int(10, 99)}-${int(10, 99)} ${pick(['31ST AVE', 'JUNCTION BLVD', 'ROOSEVELT AVE'])}
QUEENS NY ${zip4()}`, 2, 'license number is 9 digits but not an identifier type');
add('ids', 'es', () => T`ESTADOS UNIDOS MEXICANOS
PASAPORTE
Tipo  Clave del país   Pasaporte No.
P     MEX              ${S('PASSPORT', passport('MX'))}
Apellidos
${deaccent(pick(ES_LAST)).toUpperCase()} ${deaccent(pick(ES_LAST)).toUpperCase()}
Nombres
${deaccent(pick(ES_FIRST)).toUpperCase()}
Fecha de nacimiento
${S('DATE_OF_BIRTH', fmtDate(ymd(1950, 2004), 'ocr'))}
CURP
${curp()}
Fecha de expedición   Fecha de caducidad
${nb('es', 'ocr', 2019, 2024)}           ${nb('es', 'ocr', 2027, 2034)}`, 2, 'CURP is not one of the ten types');
add('ids', 'es', () => T`MATRÍCULA CONSULAR DE ALTA SEGURIDAD
Nombre: ${esName().toUpperCase()}
No. ${matricula()}
Fecha de nacimiento:
${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
Lugar de nacimiento: ${pick(['PUEBLA', 'OAXACA', 'GUERRERO', 'MICHOACÁN'])}
Domicilio en EUA: ${int(100, 999)} W ${int(100, 190)}TH ST, NEW YORK NY ${zip4()}
Expedición: ${nb('es', 'dmy', 2021, 2025)}  Vigencia: ${nb('es', 'dmy', 2026, 2031)}`, 2, 'matricula number is not a passport');
add('ids', 'es', () => T`REPÚBLICA DE GUATEMALA
DOCUMENTO PERSONAL DE IDENTIFICACIÓN
CUI
${dpi()}
Nombre
${esName().toUpperCase()}
Fecha de nacimiento
${S('DATE_OF_BIRTH', fmtDate(ymd(1960, 2004), 'es-abbr'))}
Fecha de emisión
${nb('es', 'es-abbr', 2018, 2024)}`, 2, 'DPI/CUI is not one of the ten types');

// ===== HR ONBOARDING
add('work', 'en', () => {
  const n = name(pick(['en', 'es']));
  return T`Welcome aboard! To finish your I-9 and W-4 please reply with:
- Legal name: ${n}
- SSN: ${S('SSN', ssn('-'))}
- Date of birth: ${S('DATE_OF_BIRTH', dob('en', pick(['us', 'long'])))}
- Personal phone: ${S('PHONE', phone('US'))}
- Start date: ${nb('en', 'us')}
Payroll runs every other Friday; your employee ID will be ${employee()}.
Direct deposit: routing ${routing()}, account ${account()}.`;
}, 2);
add('work', 'en', () => T`I-9 Section 2 review - ${name('es')}
List A: Employment Authorization Document (category ${pick(['C08', 'C09', 'A05'])}), USCIS# ${S('A_NUMBER', anum('bare9'))}, expires ${nb('en', 'us')}.
Form I-94 admission no. ${i94num()}.
Foreign passport: ${S('PASSPORT', passport(pick(['IN', 'UA', 'CO'])))}
Date of hire ${nb('en', 'us')}. Reviewed by HR on ${nb('en', 'us')}.`, 2, 'I-94 admission number is not one of the ten types');
add('work', 'es', () => T`Bienvenido al equipo de mantenimiento. Para la planilla necesitamos:
• Número de seguro social: ${S('SSN', ssn(pick(['-', ' '])))}
• Fecha de nacimiento: ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}
• Teléfono: ${S('PHONE', phone('US'))}
• Correo: ${S('EMAIL', email(name('es'), 'example.com'))}
Su primer día es el ${nb('es', 'es-long')} a las ${time()}. Talla de uniforme: ${productCode()}.`, 2);
add('work', 'es', () => T`Revisión I-9: el empleado presentó permiso de trabajo (EAD) con número A ${S('A_NUMBER', anum('A9'))} y recibo de renovación ${S('USCIS_RECEIPT', receipt(pick(['EAC', 'WAC', 'SRC', 'LIN']), pick(['plain', 'dash'])))}. Vigencia extendida automáticamente hasta el ${nb('es', 'dmy')}. Fecha de contratación: ${nb('es', 'dmy')}.`, 2);

// ===== TAX PREP
add('tax', 'en', () => T`VITA intake - TY2024
Taxpayer: SSN ${S('SSN', ssn('-'))}  DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Spouse:   ITIN ${S('ITIN', itin('-'))}  DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Dependent: SSN ${S('SSN', ssn('-'))}  DOB ${S('DATE_OF_BIRTH', childDob('en', 'us'))}
Employer EIN ${ein()}; W-2 box 1 ${price()}
Refund by direct deposit: RTN ${routing()} / acct ${account()}
Preparer PTIN ${D('ptin', 'P' + digits(8))}`, 2);
add('tax', 'en', () => T`Client asked whether ${S('ITIN', itin('-'))} is still valid - ITINs not used on a return for 3 years expire. Also checked an old "SSN" he had written down: ${badSsn('ssn-invalid-area-9xx')} - that is neither an SSN nor an ITIN (group outside IRS ranges). E-file ack ${D('efile-ack', digits(20))} received ${nb('en', 'us')}.`, 2, '9xx outside ITIN groups is invalid');
add('tax', 'es', () => T`Entrevista de impuestos (VITA)
Contribuyente: ${name('es')}, ITIN ${S('ITIN', itin(pick(['-', 'none'])))}, nacido el ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
Dependiente: hija, seguro social ${S('SSN', ssn('-'))}, fecha de nacimiento ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))}
Ingresos: ${price()}. Fecha de la cita: ${nb('es', 'dmy')}.
Cheque del reembolso a: ${int(100, 999)} Ave. St. John, Bronx NY ${zip4()}`, 2);
add('tax', 'es', () => T`Pregunta de la cliente: "¿mi número ${badSsn('ssn-invalid-area-9xx', '-')} es un ITIN?" — No, el grupo del medio no corresponde a un ITIN. Tiene que pedir uno nuevo con la W-7. Pasaporte hondureño para la W-7: ${S('PASSPORT', passport('HN'))}. Cita ${nb('es', 'es-long')}.`, 2);

// ===== IMMIGRATION CLINIC NOTES
add('clinic', 'en', () => T`Clinic note ${nb('en', 'us')} - ${name('es')}
A# ${S('A_NUMBER', anum('bare8'))}. I-589 filed ${nb('en', 'us')}, receipt ${S('USCIS_RECEIPT', receipt(pick(['EAC', 'WAC', 'SRC']), 'plain'))}.
I-94 # ${i94num()}, admitted ${nb('en', 'us', 2019, 2023)} at JFK.
Next MCH ${nb('en', 'long')}. Client DOB ${S('DATE_OF_BIRTH', dob('en', 'us'))}. Best phone ${S('PHONE', phone('US'))}.`, 2, 'A# label then bare digits');
add('clinic', 'en', () => T`Intake for SIJS: child ${name('es')}, born ${S('DATE_OF_BIRTH', childDob('en', 'long'))} in San Pedro Sula. Alien number ${S('A_NUMBER', anum(pick(['Adash', 'Aspace'])))}. Mother's number ${S('A_NUMBER', anum('A9'))}. ORR case ${caseNo()}. Family court hearing on ${nb('en', 'long')}. Guardian's e-mail ${S('EMAIL', email(name('es')))}.`, 2);
add('clinic', 'en', () => T`USCIS online account shows: Form I-765, receipt number ${S('USCIS_RECEIPT', receipt(undefined, 'dash'))}, received ${nb('en', 'long')}, case status "Card Was Produced". Tracking ${tracking()}. Also an older I-130 ${S('USCIS_RECEIPT', receipt())}. The number ${badReceipt()} the client wrote is not a USCIS receipt.`, 2, 'invalid receipt prefix');
add('clinic', 'es', () => T`Nota de la clínica — ${nb('es', 'dmy')}
Cliente: ${esName()}
Número A: ${S('A_NUMBER', anum(pick(['bare9', 'bare8'])))}
Recibo I-360: ${S('USCIS_RECEIPT', receipt(pick(['EAC', 'IOE', 'NBC'])))}
Fecha de nacimiento: ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
Próxima audiencia: ${nb('es', 'es-long')}
Tel.: ${S('PHONE', phone('US'))} / ${S('PHONE', phone(pick(['MX', 'GT', 'SV'])))}`, 2);
add('clinic', 'es', () => T`El cliente trae la notificación de la corte con su número de extranjero ${S('A_NUMBER', anum('Aspace'))}. Entró por la frontera el ${nb('es', 'es-long', 2019, 2023)}, formulario I-94 ${i94num()}. Tiene pasaporte hondureño ${S('PASSPORT', passport('HN'))}. La audiencia es el ${nb('es', 'dmy')}, pero el aviso fue emitido el ${nb('es', 'dmy')}.`, 2);
add('clinic', 'es', () => T`Recordatorio: el número ${D('receipt-invalid-prefix', `ZLA${digits(10)}`)} que aparece en la carta de la corte no es un recibo de USCIS. El recibo verdadero es ${S('USCIS_RECEIPT', receipt(pick(['LIN', 'SRC', 'YSC'])))}. Número de alien: ${S('A_NUMBER', anum('Ahyph'))}.`, 2, 'A- hyphen prefix kept as part of the number');

// ===== SCHOOL ENROLMENT
add('school', 'en', () => T`School Enrollment Form - Grade ${int(1, 8)}
Student: ${name('es')}
Date of Birth: ${S('DATE_OF_BIRTH', childDob('en', 'us'))}
Student OSIS #: ${D('student-id', digits(9))}
Parent/Guardian: ${name('es')}   Cell: ${S('PHONE', phone('US'))}
Parent e-mail: ${S('EMAIL', email(name('es')))}
Enrollment date: ${nb('en', 'us')}
Library card: ${barcode()}`, 2, 'OSIS number is 9 digits but a student ID');
add('school', 'en', () => T`Hi Ms. ${pick(EN_LAST)}, my daughter's birthday is ${S('DATE_OF_BIRTH', childDob('en', 'long'))} - the roster has it as ${nb('en', 'long')}, which is her first day of school. Can you fix it? You can reach me at ${S('PHONE', phone('US'))}. Thanks, ${name('es')}`, 2, 'birthday (a birth date) next to an enrolment date');
add('school', 'es', () => T`Formulario de inscripción escolar
Nombre del estudiante: ${esName()}
Fecha de nacimiento: ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))}
Grado: ${int(1, 11)}.º
Nombre del padre/madre: ${name('es')}
Teléfono: ${S('PHONE', phone('US'))}   Otro: ${S('PHONE', phone(pick(['GT', 'SV', 'HN'])))}
Correo electrónico: ${S('EMAIL', email(name('es')))}
Fecha de inscripción: ${nb('es', 'dmy')}
Código de la biblioteca: ${barcode()}`, 2);
add('school', 'es', () => T`Maestra, le escribo porque mi hijo nació el ${S('DATE_OF_BIRTH', childDob('es', 'es-long'))} y en la lista aparece otra fecha. La reunión de padres es el ${nb('es', 'es-long')} a las ${time()}, ¿verdad? Mi número es ${S('PHONE', phone('US'))}.`, 2);

// ===== LANDLORD-TENANT MEDIATION
add('housing', 'en', () => T`Mediation summary - ${name('en')} (landlord) v. ${name('es')} (tenant)
Session: ${nb('en', 'long')}, ${time()}. Arrears claimed: ${price()}.
Tenant agreed to pay ${price()} by ${nb('en', 'us')}; landlord to repair per HPD violation ${D('violation-number', digits(8))}.
Tenant contact: ${S('PHONE', phone('US'))}, ${S('EMAIL', email(name('es')))}
Landlord's agent: ${S('PHONE', phone('US'))}
Premises ZIP ${zip4()}.`, 2);
add('housing', 'en', () => T`Lease application (pasted)
Applicant SS#: ${S('SSN', ssn('none'))}
Date of birth: ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Current address since: ${nb('en', 'us', 2015, 2023)}
Employer phone: ${S('PHONE', phone('US'))}
Monthly income: ${price()}
Co-applicant SS#: ${anyBadSsn('none')} (invalid, returned to applicant)`, 2, 'SSN without separators');
add('housing', 'es', () => T`Resumen de mediación entre inquilino y dueño
Fecha de la sesión: ${nb('es', 'es-long')}
La inquilina, ${name('es')}, pagará ${price()} antes del ${nb('es', 'dmy')}.
El dueño arreglará la calefacción (queja 311 ${sr311()}).
Contacto inquilina: ${S('PHONE', phone('US'))}; dueño: ${S('EMAIL', email(name('en')))}
Recibo de renta ${invoiceNo()}.`, 2);
add('housing', 'es', () => T`Solicitud de vivienda asequible (lotería)
Solicitante: ${esName()}, fecha de nacimiento ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}
Número de seguro social: ${S('SSN', ssn('-'))}
Miembro del hogar: hijo, nació el ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))}
Número de solicitud: ${D('application-number', digits(9))}
Fecha límite: ${nb('es', 'dmy')}`, 2, '9-digit application number');

// ===== LOGS
add('it', 'en', () => T`${S('IP_ADDRESS', ipv4('doc'))} - - [${D('timestamp', `${pad(int(1, 28), 2)}/${pick(['Mar', 'Apr', 'Sep'])}/2025:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000`)}] "POST /api/v2/benefits/apply HTTP/1.1" 201 ${int(200, 4000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version(true)} Safari/537.36"
${S('IP_ADDRESS', ipv4('private'))} - - [${D('timestamp', `${pad(int(1, 28), 2)}/Mar/2025:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000`)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/${version(false)}"`, 2, 'IP-shaped browser version');
add('it', 'en', () => T`{"ts":"2025-0${int(1, 9)}-1${int(0, 9)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}Z","level":"warn","client_ip":"${S('IP_ADDRESS', ipv6(pick(['comp', 'full'])))}","user":"${S('EMAIL', email(name('en'), 'example.org'))}","path":"/v1/cases/${caseNo()}","ua":"okhttp/${version(false)}","msg":"rate limited"}
{"ts":"2025-0${int(1, 9)}-1${int(0, 9)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}Z","level":"info","client_ip":"${S('IP_ADDRESS', ipv4())}","fw":"${version(true)}","msg":"login ok"}`, 2, 'JSON log, firmware version shaped like IPv4');
add('it', 'en', () => T`Helpdesk ticket ${ticketNo()}: kiosk at the Jamaica job center can't reach the print server. Kiosk IP ${S('IP_ADDRESS', ipv4('private'))}, MAC ${mac()}, gateway ${S('IP_ADDRESS', ipv4('private'))}. Agent build ${version(true)}. Printer model ${productCode()}. Reported by ${S('EMAIL', officeEmail('it.desk'))} at ${time()}.`, 2, 'MAC address and IP-shaped build number');
add('it', 'en', () => T`sshd[${int(1000, 9999)}]: Failed password for invalid user admin from ${S('IP_ADDRESS', ipv4('doc'))} port ${int(30000, 65000)} ssh2
sshd[${int(1000, 9999)}]: Accepted publickey for deploy from ${S('IP_ADDRESS', ipv6('comp'))} port ${int(30000, 65000)} ssh2
kernel: nginx/${version(false)} listening on ${S('IP_ADDRESS', ipv4('loop'))}:8080 and [${S('IP_ADDRESS', ipv6('loop'))}]:8080
audit: see section ${section()} of the security policy`, 2, 'section number shaped like IPv4');
add('it', 'en', () => T`ERROR upstream ${S('IP_ADDRESS', ipv4('doc'))}:${int(3000, 9000)} timed out after 30000 ms (request_id=${D('request-id', digits(3) + '-' + digits(3) + '-' + digits(4))}). Retrying on ${S('IP_ADDRESS', ipv6('mapped'))}. Bad config value "${badIp()}" ignored.`, 2, 'phone-shaped request id; invalid IP octet');
add('it', 'es', () => T`Registro del portal de citas:
${D('timestamp', `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`)} INFO usuario=${S('EMAIL', email(name('es'), 'correo.example.mx'))} ip=${S('IP_ADDRESS', ipv4())} acción="reservar cita" versión=${version(true)}
${D('timestamp', `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`)} ERROR ip=${S('IP_ADDRESS', ipv6())} mensaje="fecha de nacimiento inválida" campo=fecha_nac`, 2);
add('it', 'es', () => T`Ticket de soporte ${ticketNo()}: la computadora de la biblioteca (IP ${S('IP_ADDRESS', ipv4('private'))}) no imprime. Versión del controlador ${version(true)}. Código de barras del equipo ${barcode()}. Reportado por ${S('EMAIL', email(name('es'), 'biblioteca.example.org'))}.`, 2);

// ===== SPREADSHEETS
add('benefits', 'en', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) rows.push(T`${name(pick(['en', 'es']))}\t${S('DATE_OF_BIRTH', dob('en', 'us'))}\t${S('SSN', ssn('-'))}\t${S('PHONE', phone('US', pick(['dash', 'paren'])))}\t${zip4()}\n`);
  return T`Name\tDOB\tSSN\tPhone\tZIP+4\n${rows}Exported ${nb('en', 'us')} by ${S('EMAIL', officeEmail('reports'))}`;
}, 2, 'tab-separated with header row');
add('pay', 'en', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) rows.push(T`| ${invoiceNo()} | ${nb('en', 'iso')} | ${price()} | ${chance(0.5) ? S('CREDIT_CARD', card(undefined, '')) : badCard(undefined, '')} |\n`);
  return T`| Invoice | Paid on | Amount | Card |\n|---|---|---|---|\n${rows}`;
}, 2, 'pipe table with Luhn-valid and invalid cards');
add('school', 'en', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) rows.push(T`${D('student-id', digits(9))} | ${pick(EN_FIRST)} | ${S('DATE_OF_BIRTH', childDob('en', 'iso'))} | ${nb('en', 'iso')} | ${S('EMAIL', email(name('es')))}\n`);
  return T`StudentID | First | BirthDate | AdmitDate | GuardianEmail\n${rows}`;
}, 2, 'pipe table; admit dates are not birth dates');
add('benefits', 'es', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) rows.push(T`${esName()}\t${S('DATE_OF_BIRTH', dob('es', 'dmy'))}\t${chance(0.7) ? S('SSN', ssn('-')) : S('ITIN', itin('-'))}\t${S('PHONE', phone('US', 'dash'))}\t${nb('es', 'dmy')}\n`);
  return T`Nombre\tFecha de nacimiento\tSeguro social / ITIN\tTeléfono\tFecha de cita\n${rows}`;
}, 2, 'tab-separated, Spanish headers');
add('clinic', 'es', () => {
  const rows = [];
  for (let i = 0; i < 3; i++) rows.push(T`${esName()} | ${S('A_NUMBER', anum(pick(['bare9', 'A9'])))} | ${S('USCIS_RECEIPT', receipt())} | ${nb('es', 'dmy')}\n`);
  return T`Cliente | Número A | Recibo | Próxima audiencia\n${rows}`;
}, 2, 'pipe table under an A-number header');

// ===== MAIL / PACKAGES / MISC NEGATIVES
add('mail', 'en', () => T`Your package is on its way! Tracking number ${tracking()}. Order ${orderNo()} placed ${nb('en', 'long')}. Estimated delivery ${nb('en', 'abbr')} between ${time()} and ${time()}. Ship to: ${int(10, 999)} Atlantic Ave, Brooklyn NY ${zip4()}. Total ${price()}.`, 2, 'nothing to mark');
add('mail', 'en', () => T`Certified mail log: item ${tracking()} to ${name('en')}, ${int(10, 99)} Court St, ${zip4()}; item ${tracking()} returned unclaimed on ${nb('en', 'us')}. Postage ${price()}. Library hold slip ${barcode()}.`, 2, 'nothing to mark');
add('mail', 'es', () => T`Su paquete ${tracking()} llegará el ${nb('es', 'es-long')}. Pedido número ${orderNo()}. Total pagado: ${price()}. Dirección: ${int(10, 999)} Calle ${int(100, 190)}, Nueva York NY ${zip4()}. Producto: ${productCode()}.`, 2, 'nothing to mark');
add('record', 'en', () => T`Library account notice: items due ${nb('en', 'us')}. Card ${barcode()}. Renewed ${int(1, 3)} times. Fine balance ${price()}. Branch hours 10:00-18:00. Questions: call ${S('PHONE', phone('US', 'paren'))} or e-mail ${S('EMAIL', 'ask+renewals@library.example.org')}.`, 2);
add('record', 'es', () => T`Aviso de la biblioteca: los libros vencen el ${nb('es', 'dmy')}. Tarjeta ${barcode()}. Multa pendiente: ${price()}. Horario: ${time()} a ${time()}. Para renovar llame al ${S('PHONE', phone('US'))}.`, 2);
add('it', 'en', () => T`Release notes ${version(false)}: bumped libphonenumber to ${version(false)}, fixed crash on firmware ${version(true)}. Tested on build ${version(true)}. Known issue ${ticketNo()} scheduled for ${nb('en', 'iso')}. Part no. ${productCode()}.`, 2, 'versions only, nothing to mark');

// ===== CONSULAR / IDNYC
add('consular', 'es', () => T`Cita en el consulado para renovar pasaporte. Pasaporte anterior: ${S('PASSPORT', passport(pick(['MX', 'SV', 'GT'])))}, vencido el ${nb('es', 'dmy', 2020, 2024)}. Fecha de nacimiento del solicitante: ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}. Matrícula consular ${matricula()}. Cita: ${nb('es', 'es-long')} a las ${time()}. Confirmación enviada a ${S('EMAIL', email(name('es')))}.`, 2);
add('consular', 'es', () => T`CONSTANCIA
Se hace constar que ${esName()}, con CURP ${curp()} y número de seguridad social (IMSS) ${nssMx()}, nació el ${S('DATE_OF_BIRTH', dob('es', 'es-long'))} en ${pick(['Puebla', 'Jalisco', 'Oaxaca'])}. Se expide el ${nb('es', 'es-long')}.
Tel. del consulado ${S('PHONE', phone('US', 'paren'))}`, 2, 'Mexican NSS is not a US SSN');
add('consular', 'en', () => T`Consulate appointment confirmation
Applicant: ${name('es')}
Passport number: ${S('PASSPORT', passport(pick(['MX', 'CO', 'SV'])))}
Visa foil no.: ${visaFoil()}
SEVIS ID: ${sevis()}
Appointment: ${nb('en', 'long')} ${time()}
Contact: ${S('PHONE', phone(pick(['MX', 'US'])))}`, 2, 'visa foil and SEVIS numbers are not passports');
add('idnyc', 'en', () => T`IDNYC application ${D('application-number', `IDNYC-${digits(9)}`)}
Name: ${name('es')}
Date of birth: ${S('DATE_OF_BIRTH', dob('en', 'us'))}
Proof of identity: foreign passport ${S('PASSPORT', passport(pick(['GT', 'HN', 'IN', 'UA'])))}, issued ${nb('en', 'us', 2017, 2024)}
Proof of residency: Con Ed bill dated ${nb('en', 'us')}, account ${account()}
Appointment: ${nb('en', 'us')} at ${time()}
Phone: ${S('PHONE', phone('US'))}`, 2);
add('idnyc', 'es', () => T`Solicitud IDNYC
Nombre: ${esName()}
Fecha de nacimiento: ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}
Documento: pasaporte ${S('PASSPORT', passport(pick(['MX', 'SV', 'HN'])))} y matrícula ${matricula()}
Comprobante de domicilio: factura del ${nb('es', 'dmy')}
Cita: ${nb('es', 'dmy')}, ${time()}
Teléfono: ${S('PHONE', phone('US'))}`, 2);

// ===== MORE ENGLISH VARIETY
add('intake', 'en', () => T`Walk-in, ${nb('en', 'us')}. Client gave social as ${S('SSN', ssn(pick([' ', '.'])))} (read off card). Born on ${S('DATE_OF_BIRTH', dob('en', 'long'))}. Wants help with Con Ed shutoff notice ${D('notice-number', digits(10))} dated ${nb('en', 'us')}. Daughter's email ${S('EMAIL', email(name('en'), 'student.example.edu'))} for updates.`, 2);
add('intake', 'en', () => T`Re: duplicate record merge. Record 1 SSN ${S('SSN', ssn('-'))}, DOB ${S('DATE_OF_BIRTH', dob('en', 'iso'))}. Record 2 SSN ${badSsn(pick(['ssn-invalid-group-00', 'ssn-invalid-serial-0000']))}, same DOB - typo, group/serial zero. Merge approved ${nb('en', 'iso')} by supervisor (${S('EMAIL', officeEmail('records.supervisor'))}).`, 2, 'group 00 or serial 0000 invalid');
add('311', 'en', () => T`Caller reports noise complaint. SR ${sr311()}. Caller phone ${S('PHONE', phone('US', 'dash'))}. Incident at ${time()} on ${nb('en', 'us')}. Address ZIP ${zip4()}. Caller refused to give DOB. Prior SRs: ${sr311()}, ${sr311()}.`, 2);
add('pay', 'en', () => T`Refund request: resident paid parking ticket ${ticketNo()} twice (${price()} each) with ${pick(['Amex', 'Visa', 'Mastercard'])} ${S('CREDIT_CARD', card(pick(['amex', 'visa', 'mc'])))}. Refund to the same card. Contact ${S('EMAIL', email(name('en')))} / ${S('PHONE', phone('US', 'intl'))}.`, 2);
add('work', 'en', () => T`Hi team - reminder that the contractor's W-9 lists TIN ${S('ITIN', itin('-'))}. Please don't paste it into Slack again. Invoice ${invoiceNo()} for ${price()} was approved ${nb('en', 'us')}. - ${name('en')}, ${S('PHONE', phone('US', 'intl-dash'))}`, 2, 'TIN label, ITIN structure');
add('record', 'en', () => T`Death certificate amendment request: decedent born ${S('DATE_OF_BIRTH', dob('en', 'long', 1930, 1960))}, died ${nb('en', 'long', 2023, 2025)}. Certificate no. ${D('certificate-number', `${int(156, 156)}-${int(23, 25)}-${digits(6)}`)}. Requestor: ${name('en')}, ${S('PHONE', phone('US'))}.`, 2, 'date of death is not a birth date');
add('mixed', 'en', () => T`Interpreter note: client said "mi número de seguro es ${S('SSN', ssn('-'))}" and "nací el ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}". Confirmed in English: SSN as above, DOB as above. Hearing ${nb('en', 'us')}.`, 2, 'mixed English note quoting Spanish');
add('mixed', 'es', () => T`Oye, me pidieron el "A number" para la forma, es ${S('A_NUMBER', anum('A8'))}, y el receipt ${S('USCIS_RECEIPT', receipt('IOE'))}. My birthday is ${S('DATE_OF_BIRTH', dob('en', 'long'))}. Llámame al ${S('PHONE', phone('US'))}.`, 2, 'mixed text message');
add('it', 'en', () => T`Firewall alert: blocked ${S('IP_ADDRESS', ipv4('doc'))} -> ${S('IP_ADDRESS', ipv4('private'))}:443 (rule ${section()}). Source geo: unknown. Appliance fw ${version(true)}. Previous alert ${D('alert-id', digits(3) + '-' + digits(2) + '-' + digits(4))} at ${time()}.`, 2, 'SSN-shaped alert id labelled as such');
add('benefits', 'en', () => T`Phone intake (HEAP emergency)
Caller: ${name('en')}
Call back: ${S('PHONE', phone('US', pick(['plain', 'dot', 'one-paren'])))}
Social: ${S('SSN', ssn(pick(['-', ' '])))}
Birthdate: ${S('DATE_OF_BIRTH', dob('en', pick(['us-short', 'us-dash'])))}
Shutoff date: ${nb('en', 'us-short')}
Utility acct: ${account()}
Crisis line given: ${service()}`, 2);

// ===== MORE SPANISH VARIETY
add('intake', 'es', () => T`Llamada entrante ${time()}. La persona no quiso dar su número de seguro social completo, solo los últimos cuatro: ${lastFour()}. Dijo que nació en ${int(1960, 1999)}. Número de caso ${caseNo()}. Devolver llamada al ${S('PHONE', phone('US', 'local'))}.`, 2, 'last four and birth year only');
add('intake', 'es', () => T`Ficha de admisión — refugio familiar
Jefa de hogar: ${esName()}; fecha de nacimiento ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}; número A ${S('A_NUMBER', anum('A9'))}
Hijo 1: nacido el ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))}
Hijo 2: nacida el ${S('DATE_OF_BIRTH', childDob('es', 'dmy'))}
Fecha de ingreso al refugio: ${nb('es', 'dmy')}
Número de habitación: ${int(100, 450)}
Contacto: ${S('PHONE', phone(pick(['US', 'HN'])))}`, 2);
add('tax', 'es', () => T`Hola, para la declaración le paso: seguro social ${S('SSN', ssn(pick(['-', 'none'])))}, la de mi esposo es ${S('ITIN', itin('-'))} (es ITIN). El reembolso del año pasado fue ${price()}. La carta del IRS tiene fecha ${nb('es', 'dmy')} y número de aviso ${D('notice-number', `CP${int(10, 99)}`)}.`, 2);
add('pay', 'es', () => T`Comprobante de pago
Tarjeta: ${pick(['VISA', 'MASTERCARD'])} terminación ${lastFour().value}
Monto: ${price()}
Fecha: ${nb('es', 'dmy')} ${time()}
Autorización: ${D('auth-code', digits(6))}
Referencia: ${D('reference-number', digits(12))}`, 2, 'receipt, nothing to mark');
add('housing', 'es', () => T`Nota del mediador: el dueño envió el contrato por correo (${S('EMAIL', email(name('en'), 'rentals.example.com'))}). En el contrato aparece un seguro social ${anyBadSsn()} que no es válido; el inquilino dice que el suyo es ${S('SSN', ssn('-'))}. Próxima sesión ${nb('es', 'es-long')}.`, 2);
add('email', 'es', () => T`> El ${nb('es', 'dmy')} a las ${time()}, Oficina de Vivienda <${S('EMAIL', officeEmail('vivienda'))}> escribió:
> Para completar la solicitud necesitamos la fecha de nacimiento de todos los miembros del hogar.

Buenas, aquí están:
- Yo: ${S('DATE_OF_BIRTH', dob('es', 'es-long'))}
- Mi mamá: ${S('DATE_OF_BIRTH', dob('es', 'es-long', 1940, 1960))}
- Mi hija: ${S('DATE_OF_BIRTH', childDob('es', 'es-long'))}
La fecha de mudanza sería el ${nb('es', 'es-long')}.
${name('es')} — ${S('PHONE', phone('US', 'intl'))}`, 2, 'birth dates listed under a question about birth dates');
add('school', 'es', () => T`Aviso: la escuela estará cerrada el ${nb('es', 'es-long')}. La reunión de padres se movió al ${nb('es', 'dmy')} a las ${time()}. Preguntas: ${S('EMAIL', officeEmail('escuela.ps' + int(10, 300)))} o ${S('PHONE', phone('US'))}. Cuota de la excursión: ${price()}.`, 2);
add('ids', 'es', () => T`LICENCIA DE CONDUCIR — ESTADO DE NUEVA YORK (copia escaneada, OCR)
Nº ${D('license-number', `${digits(3)} ${digits(3)} ${digits(3)}`)}
F. NAC.
${S('DATE_OF_BIRTH', dob('en', 'us'))}
EXPIRA ${nb('en', 'us', 2027, 2032)}
${int(10, 99)} ${pick(['AVE C', 'GRAND ST', 'BROADWAY'])}, ${zip4()}`, 2, 'Spanish labels over a US-format date');
add('benefits', 'es', () => T`Entrevista telefónica — cupones de alimentos
¿Número de seguro social? ${S('SSN', ssn('-'))}
¿Fecha de nacimiento? ${S('DATE_OF_BIRTH', dob('es', pick(['dmy', 'es-short'])))}
¿Número de teléfono? ${S('PHONE', phone('US'))}
¿Correo? ${S('EMAIL', email(name('es'), 'gmail.example.com'))}
Fecha de la próxima revisión: ${nb('es', 'dmy')}
Monto aprobado: ${price()}`, 2);
add('311', 'es', () => T`Queja 311: el cliente reporta que le cobraron ${price()} dos veces con la tarjeta ${badCard('visa', '-')} (número incorrecto, no pasa la verificación). Solicitud ${sr311()}. Teléfono ${S('PHONE', phone('US', 'paren'))}.`, 2, 'Luhn-invalid card only');
add('clinic', 'es', () => T`Mensaje de WhatsApp (${time()}): "Licen, ya me llegó la carta, dice Receipt Number ${S('USCIS_RECEIPT', receipt(undefined, 'plain'))} y Notice Date ${nb('en', 'long')}. También dice A# ${S('A_NUMBER', anum('bare-dash'))}. La entrevista es el ${nb('en', 'us')}. Por si acaso, yo nací el ${S('DATE_OF_BIRTH', dob('es', 'dmy'))}."`, 2, 'mixed: Spanish message quoting English notice labels');


// ===== EXTRA: cards and Spanish IP
add('it', 'es', () => T`Auditoría del formulario en línea de la ciudad (extracto)
${D('timestamp', `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2025 ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`)} | origen ${S('IP_ADDRESS', ipv6('full'))} | navegador Firefox/${version(false)} | resultado: enviado
${D('timestamp', `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/2025 ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`)} | origen ${S('IP_ADDRESS', ipv4('doc'))} | navegador Safari/${version(false)} | resultado: rechazado (captcha)
Servidor interno ${S('IP_ADDRESS', ipv4('private'))}, versión de la aplicación ${version(true)}.`, 2);
add('pay', 'en', () => T`Card-on-file worksheet (Parks permit office)
Cardholder: ${name('en')}
Card: ${S('CREDIT_CARD', card(pick(['visa', 'disc', 'mc']), pick([' ', '-', ''])))}
Exp: ${D('card-expiry', `${pad(int(1, 12), 2)}/${int(26, 31)}`)}   CVV: ${D('cvv', digits(3))}
Billing ZIP: ${zip4()}
Old card (declined, typo): ${badCard(undefined, ' ')}
Permit fee: ${price()}, charged ${nb('en', 'us')}`, 2);
add('pay', 'es', () => T`Formulario de donación — Biblioteca Pública
Nombre en la tarjeta: ${esName()}
Número de tarjeta: ${S('CREDIT_CARD', card(pick(['visa', 'amex', 'mc']), ' '))}
Vencimiento: ${D('card-expiry', `${pad(int(1, 12), 2)}/${int(26, 31)}`)}  Código de seguridad: ${D('cvv', digits(pick([3, 4])))}
Monto: ${price()}
Correo para el recibo: ${S('EMAIL', email(name('es')))}
Tarjeta de la biblioteca: ${barcode()}`, 2);

// ---------------------------------------------------------------- validation
const ITIN_RE = /^9\d{2}[- .]?(\d{2})[- .]?\d{4}$/;
function ssnParts(v) {
  const m = /^(\d{3})([- .]?)(\d{2})\2(\d{4})$/.exec(v);
  return m ? { a: +m[1], g: +m[3], s: +m[4] } : null;
}
function validSpan(type, v) {
  switch (type) {
    case 'SSN': { const p = ssnParts(v); return !!p && p.a !== 0 && p.a !== 666 && p.a < 900 && p.g !== 0 && p.s !== 0 && !PLACEHOLDER_SSN.includes(`${pad(p.a, 3)}-${pad(p.g, 2)}-${pad(p.s, 4)}`); }
    case 'ITIN': { const m = ITIN_RE.exec(v); return !!m && ITIN_GROUPS.includes(+m[1]); }
    case 'A_NUMBER': return /^(A[- ]?)?\d{7,9}$/.test(v.replace(/^(A?[- ]?)(\d{3})([- ])(\d{3})\3(\d{3})$/, '$1$2$4$5')) && v.replace(/\D/g, '').length >= 7 && v.replace(/\D/g, '').length <= 9;
    case 'USCIS_RECEIPT': { const c = v.replace(/[- ]/g, ''); return RECEIPT_PREFIXES.includes(c.slice(0, 3)) && /^\d{10}$/.test(c.slice(3)); }
    case 'PASSPORT': return /^[A-Z]{0,2}\d{6,9}$/.test(v);
    case 'PHONE': { const n = v.replace(/\D/g, '').length; return n >= 7 && n <= 15 && /^[+(\d]/.test(v); }
    case 'EMAIL': return /^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'DATE_OF_BIRTH': return /\d/.test(v);
    case 'CREDIT_CARD': { const n = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(n) && luhnOk(n); }
    case 'IP_ADDRESS': return isIP(v) !== 0;
    default: return false;
  }
}
function validDecoy(kind, v) {
  const p = ssnParts(v);
  switch (kind) {
    case 'ssn-invalid-area-000': return !!p && p.a === 0;
    case 'ssn-invalid-area-666': return !!p && p.a === 666;
    case 'ssn-invalid-area-9xx': return !!p && p.a >= 900 && !ITIN_GROUPS.includes(p.g);
    case 'ssn-invalid-group-00': return !!p && p.g === 0;
    case 'ssn-invalid-serial-0000': return !!p && p.s === 0;
    case 'ssn-placeholder': return PLACEHOLDER_SSN.includes(v);
    case 'luhn-fail': { const n = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(n) && !luhnOk(n); }
    case 'zip4': return /^\d{5}-\d{4}$/.test(v);
    case 'receipt-invalid-prefix': return /^[A-Z]{3}\d{10}$/.test(v) && !RECEIPT_PREFIXES.includes(v.slice(0, 3));
    case 'ip-invalid': return isIP(v) === 0;
    default: return v.length > 0;
  }
}

// ---------------------------------------------------------------- build
function build() {
  const counters = new Map();
  const records = [];
  for (const tpl of L) {
    for (let r = 0; r < tpl.reps; r++) {
      const { text, spans, decoys } = render(tpl.fn());
      const key = `${tpl.group}-${tpl.lang}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const id = `${key}-${pad(n, 3)}`;
      const all = [...spans.map((s) => ({ ...s, what: s.type })), ...decoys.map((d) => ({ ...d, what: d.kind }))].sort((a, b) => a.start - b.start);
      for (const x of all) {
        if (text.slice(x.start, x.end) !== x.value) throw new Error(`${id}: span ${x.what} does not slice to its value`);
        if (x.value !== x.value.trim() || x.value.length === 0) throw new Error(`${id}: span ${x.what} has surrounding space`);
      }
      for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) throw new Error(`${id}: overlapping spans ${all[i - 1].what}/${all[i].what}`);
      for (const s of spans) if (!validSpan(s.type, s.value)) throw new Error(`${id}: invalid ${s.type} value ${JSON.stringify(s.value)}`);
      for (const d of decoys) if (!validDecoy(d.kind, d.value)) throw new Error(`${id}: decoy ${d.kind} is not what it claims: ${JSON.stringify(d.value)}`);
      // a decoy must not itself be a valid positive of its look-alike type
      for (const d of decoys) {
        if (d.kind.startsWith('ssn-') && d.kind !== 'ssn-placeholder' && (validSpan('SSN', d.value) || validSpan('ITIN', d.value))) throw new Error(`${id}: decoy ${d.value} is a valid SSN/ITIN`);
        if (d.kind === 'luhn-fail' && validSpan('CREDIT_CARD', d.value)) throw new Error(`${id}: luhn decoy passes`);
      }
      const rec = { id, lang: tpl.lang, text, spans: spans.map(({ type, start, end }) => ({ type, start, end })) };
      if (decoys.length) rec.decoys = decoys.map(({ kind, start, end }) => ({ kind, start, end }));
      const note = tpl.group === 'mixed' && !(tpl.note ?? '').includes('mixed') ? `mixed${tpl.note ? ': ' + tpl.note : ''}` : tpl.note;
      if (note) rec.note = note;
      records.push(rec);
    }
  }
  return records;
}

function stats(records) {
  const out = [];
  const langs = { en: 0, es: 0 };
  const perType = {};
  const perKind = {};
  let empty = 0;
  for (const r of records) {
    langs[r.lang]++;
    if (r.spans.length === 0) empty++;
    for (const s of r.spans) { perType[s.type] ??= { en: 0, es: 0 }; perType[s.type][r.lang]++; }
    for (const d of r.decoys ?? []) perKind[d.kind] = (perKind[d.kind] ?? 0) + 1;
  }
  const total = records.length;
  out.push(`snippets: ${total} (en ${langs.en}, es ${langs.es} = ${((100 * langs.es) / total).toFixed(1)}% Spanish); with no span: ${empty}`);
  out.push('spans by type:        en    es  total');
  let st = 0;
  for (const t of ['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS']) {
    const v = perType[t] ?? { en: 0, es: 0 };
    st += v.en + v.es;
    out.push(`  ${t.padEnd(16)} ${String(v.en).padStart(5)} ${String(v.es).padStart(5)} ${String(v.en + v.es).padStart(6)}`);
  }
  out.push(`  ${'all'.padEnd(16)} ${''.padStart(11)} ${String(st).padStart(6)}`);
  const kinds = Object.entries(perKind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  out.push(`hard negatives (decoys): ${kinds.reduce((a, [, n]) => a + n, 0)} in ${kinds.length} kinds`);
  for (const [k, n] of kinds) out.push(`  ${k.padEnd(28)} ${n}`);
  return out.join('\n');
}

const records = build();
const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (CHECK) {
  const cur = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
  if (cur !== body) { console.error(`${OUT} differs from what make-redaction-blind3.mjs makes`); process.exit(1); }
  console.log(`${OUT} is up to date (${records.length} snippets)`);
}
if (STATS) console.log(stats(records));
if (!CHECK && !STATS) {
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT}: ${records.length} snippets`);
}
