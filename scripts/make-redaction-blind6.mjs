#!/usr/bin/env node
// Blind redaction corpus 6: letters and notices, translated documents, voicemail and call-log
// transcripts, SMS/WhatsApp threads, e-mail with quoted replies, form exports, help-desk tickets,
// clinic and pharmacy notes. Written without knowledge of the detectors; see test/redact/corpus/BLIND6.md.
//
//   node scripts/make-redaction-blind6.mjs                 write test/redact/corpus/blind6.jsonl, print statistics
//   node scripts/make-redaction-blind6.mjs --check         exit 1 if the file differs from what the script makes
//   node scripts/make-redaction-blind6.mjs --stats         print statistics only
//   node scripts/make-redaction-blind6.mjs --seed 7 --out /tmp/b6-7.jsonl
//
// Templates insert identifiers as ⟦TYPE|value⟧ and hard negatives as ⟦~kind|value⟧ (built by the
// helpers below); spans and decoys are computed from where each value lands. Node built-ins only.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const SEED = opt('--seed') !== undefined ? Number(opt('--seed')) : 6;
if (!Number.isInteger(SEED)) throw new Error('--seed needs an integer');
const OUT = opt('--out') ? path.resolve(process.cwd(), opt('--out')) : path.join(ROOT, 'test/redact/corpus/blind6.jsonl');

// ---------------------------------------------------------------- PRNG (mulberry32)
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const nzdigits = (n) => String(int(1, 9)) + digits(n - 1);

// ---------------------------------------------------------------- rules shared by generators and checks
const PLACEHOLDERS = new Set(['000000000', '999999999', '123456789', '111111111', '222222222', '333333333', '078051120', '219099999', '987654321']);
const itinGroup = (g) => (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
function ssaValid(d) {
  if (!/^\d{9}$/.test(d) || PLACEHOLDERS.has(d)) return false;
  const a = +d.slice(0, 3), g = +d.slice(3, 5), s = +d.slice(5);
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}
const itinValid = (d) => /^9\d{8}$/.test(d) && !PLACEHOLDERS.has(d) && itinGroup(+d.slice(3, 5)) && +d.slice(5) !== 0;
function luhn(d) {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}
function cardBrand(d) {
  if (/^4/.test(d) && (d.length === 16 || d.length === 13)) return 'visa';
  if ((/^5[1-5]/.test(d) || (+d.slice(0, 4) >= 2221 && +d.slice(0, 4) <= 2720)) && d.length === 16) return 'mc';
  if (/^3[47]/.test(d) && d.length === 15) return 'amex';
  if ((/^6011/.test(d) || /^65/.test(d)) && d.length === 16) return 'disc';
  return null;
}
const EN_D = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ES_D = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const WORD_D = Object.fromEntries([...EN_D.map((w, i) => [w, i]), ...ES_D.map((w, i) => [w, i]), ['oh', 0]]);
function spoken(groups, lang) { const W = lang === 'es' ? ES_D : EN_D; return groups.map((g) => [...g].map((c) => W[+c]).join(' ')).join(', '); }
function unspeak(v) {
  const toks = v.toLowerCase().split(/[\s,.-]+/).filter(Boolean);
  if (!toks.length || !toks.every((t) => t in WORD_D)) return null;
  return toks.map((t) => WORD_D[t]).join('');
}
const isSpoken = (v) => /[a-z]/i.test(v) && unspeak(v) !== null;
const digitsOf = (v) => (isSpoken(v) ? unspeak(v) : v.replace(/\D/g, ''));
const ninShape = (v) => /^\d{3}([- .]?)\d{2}\1\d{4}$/.test(v) || (isSpoken(v) && unspeak(v).length === 9);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTH_LOOKUP = {};
MONTHS_EN.forEach((m, i) => { MONTH_LOOKUP[m.toLowerCase()] = i + 1; MONTH_LOOKUP[m.slice(0, 3).toLowerCase()] = i + 1; });
MONTHS_ES.forEach((m, i) => { MONTH_LOOKUP[m] = i + 1; MONTH_LOOKUP[m.slice(0, 3)] = i + 1; });
MONTH_LOOKUP.sept = 9; MONTH_LOOKUP.setiembre = 9;
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const okYMD = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
// every reading of a written date as [y, m, d]
function readDate(v) {
  const out = [];
  const fix = (y) => (y < 100 ? (y > 26 ? 1900 + y : 2000 + y) : y);
  let m;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) out.push([+m[1], +m[2], +m[3]]);
  else if ((m = v.match(/^(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})$/))) { out.push([fix(+m[4]), +m[1], +m[3]], [fix(+m[4]), +m[3], +m[1]]); }
  else {
    const words = v.toLowerCase().replace(/[.,]/g, ' ').split(/[\s\/-]+/).filter((w) => w && w !== 'de' && w !== 'del' && w !== 'of');
    const mon = words.filter((w) => w in MONTH_LOOKUP);
    const nums = words.filter((w) => /^\d+(st|nd|rd|th)?$/.test(w)).map((w) => parseInt(w, 10));
    if (mon.length === 1 && nums.length === 2 && words.length === 3) {
      const y = nums.find((n) => n > 31), d = nums.find((n) => n <= 31);
      if (y && d) out.push([y, MONTH_LOOKUP[mon[0]], d]);
    }
  }
  return out.filter(([y, mo, d]) => okYMD(y, mo, d));
}

// ---------------------------------------------------------------- value generators
const P = (type, value) => `⟦${type}|${value}⟧`;
const XL = (kind, value) => `⟦~${kind}|${value}⟧`;
function fmt9(d, f, lang) {
  const [a, g, s] = [d.slice(0, 3), d.slice(3, 5), d.slice(5)];
  if (f === 's') return `${a} ${g} ${s}`;
  if (f === 'n') return d;
  if (f === '.') return `${a}.${g}.${s}`;
  if (f === 'se') return spoken([a, g, s], 'en');
  if (f === 'ss') return spoken([a, g, s], 'es');
  return `${a}-${g}-${s}`;
}
function ssnDigits() { for (;;) { const d = pad(int(1, 899), 3) + pad(int(1, 99), 2) + pad(int(1, 9999), 4); if (ssaValid(d)) return d; } }
function itinDigits() {
  const groups = []; for (let g = 50; g <= 99; g++) if (itinGroup(g)) groups.push(g);
  for (;;) { const d = '9' + pad(int(0, 99), 2) + pad(pick(groups), 2) + pad(int(1, 9999), 4); if (itinValid(d)) return d; }
}
const SSN = (f = 'd') => P('SSN', fmt9(ssnDigits(), f));
const ITIN = (f = 'd') => P('ITIN', fmt9(itinDigits(), f));
function ANUM(f = 'A') {
  const d = String(int(200, 249)) + digits(6);
  const d8 = String(int(70, 99)) + digits(6);
  const v = {
    A: 'A' + d, A8: 'A' + d8, Ad: `A-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, As: `A ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    Ah: 'A-' + d, '9': d, '8': d8, d: `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, s: `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, a: 'a' + d,
    se: spoken([d.slice(0, 3), d.slice(3, 6), d.slice(6)], 'en'), ss: spoken([d.slice(0, 3), d.slice(3, 6), d.slice(6)], 'es'),
  }[f];
  if (v === undefined) throw new Error('A-number format ' + f);
  return P('A_NUMBER', v);
}
const RC_PREFIX = ['EAC', 'WAC', 'LIN', 'SRC', 'IOE', 'NBC', 'MSC', 'YSC'];
function RCPT(f = 'n', prefix) {
  const p = prefix ?? pick(RC_PREFIX), y = pad(int(19, 25), 2), c = String(int(100, 999)), s = digits(5);
  const v = { n: `${p}${y}${c}${s}`, d: `${p}-${y}-${c}-${s}`, s: `${p} ${y}${c}${s}`, s4: `${p} ${y} ${c} ${s}` }[f];
  return P('USCIS_RECEIPT', v);
}
function PASS(c = 'us') {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const v = {
    us: nzdigits(9), usl: pick(['A', 'C', 'E']) + digits(8), mx: pick(['G', 'N', 'P']) + digits(8), gt: pick(['A', 'B']) + digits(8),
    sv: 'B' + digits(8), hn: pick(['E', 'F']) + digits(7), co: pick(['AT', 'AS', 'PE']) + digits(6), do: 'SC' + digits(7),
    ec: 'A' + digits(7), pe: digits(9), ve: digits(9), cn: 'E' + digits(8), in: pick([...L]) + digits(7), bd: pick(['A', 'B']) + digits(8),
  }[c];
  if (v === undefined) throw new Error('passport country ' + c);
  return P('PASSPORT', v);
}
const AREAS = ['212', '718', '347', '646', '917', '929', '332', '516', '914', '201', '973'];
function PHONE(f = 'p') {
  const a = pick(AREAS), x = '555', l = '01' + pad(int(0, 99), 2);
  const v = {
    p: `(${a}) ${x}-${l}`, d: `${a}-${x}-${l}`, '.': `${a}.${x}.${l}`, i: `+1 ${a} ${x} ${l}`, id: `+1-${a}-${x}-${l}`, n: `${a}${x}${l}`,
    '7': `${x}-${l}`, p2: `(${a})${x}-${l}`, one: `1 ${a} ${x} ${l}`, s: `${a} ${x} ${l}`,
    tf: `1-${pick(['800', '888', '877'])}-${x}-${l}`, tfp: `(${pick(['800', '866'])}) ${x}-${l}`,
    mx: `+52 55 ${digits(4)} ${digits(4)}`, mxl: `55 ${digits(4)} ${digits(4)}`, mxc: `+52 1 ${pick(['33', '81', '222'])} ${digits(3)} ${digits(4)}`,
    gt: `+502 ${int(3, 5)}${digits(3)} ${digits(4)}`, sv: `+503 7${digits(3)} ${digits(4)}`, hn: `+504 9${digits(3)}-${digits(4)}`,
    do: `+1 809 ${x} ${l}`, co: `+57 3${digits(2)} ${digits(3)} ${digits(4)}`, ec: `+593 9${digits(1)} ${digits(3)} ${digits(4)}`,
    se: spoken([a, x, l], 'en'), ss: spoken([a, x, l], 'es'),
  }[f];
  if (v === undefined) throw new Error('phone format ' + f);
  return P('PHONE', v);
}
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'correo.example', 'hra.example.gov', 'schools.example.gov', 'clinic.example', 'legalaid.example.org'];
const EMAIL = (local, domain) => P('EMAIL', `${local}@${domain ?? pick(DOMAINS)}`);
let lastDate = null;
function dateIn(f, y0, y1, plusDays) {
  let y, m, d;
  if (plusDays !== undefined) {
    const t = new Date(Date.UTC(lastDate[0], lastDate[1] - 1, lastDate[2] + plusDays));
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else { y = int(y0, y1); m = int(1, 12); d = int(1, dim(y, m)); }
  lastDate = [y, m, d];
  const mm = pad(m, 2), dd = pad(d, 2);
  const v = {
    us: `${mm}/${dd}/${y}`, us1: `${m}/${d}/${y}`, usy: `${mm}/${dd}/${String(y).slice(2)}`, long: `${MONTHS_EN[m - 1]} ${d}, ${y}`,
    abbr: `${MONTHS_EN[m - 1].slice(0, 3)} ${d}, ${y}`, dmy: `${d} ${MONTHS_EN[m - 1].slice(0, 3)} ${y}`, dmyl: `${d} ${MONTHS_EN[m - 1]} ${y}`,
    iso: `${y}-${mm}-${dd}`, dash: `${mm}-${dd}-${y}`, eu: `${dd}/${mm}/${y}`, eu1: `${d}/${m}/${y}`, dot: `${dd}.${mm}.${y}`,
    es: `${d} de ${MONTHS_ES[m - 1]} de ${y}`, esU: `${d} DE ${MONTHS_ES[m - 1].toUpperCase()} DE ${y}`, esa: `${dd}-${MONTHS_ES[m - 1].slice(0, 3)}-${y}`,
    esd: `${d} de ${MONTHS_ES[m - 1]} del ${y}`, up: `${MONTHS_EN[m - 1].toUpperCase()} ${d}, ${y}`,
  }[f];
  if (v === undefined) throw new Error('date format ' + f);
  return v;
}
const AGES = { a: [1952, 2004], c: [2008, 2021], o: [1936, 1958], b: [2024, 2025], y: [1998, 2007], m: [1985, 1998], k: [2019, 2023] };
const DOB = (f = 'us', age = 'a') => P('DATE_OF_BIRTH', dateIn(f, ...AGES[age]));
function cardDigits(brand) {
  const pre = { visa: '4' + digits(5), mc: String(int(51, 55)) + digits(4), mc2: String(int(2221, 2720)) + digits(2), amex: pick(['34', '37']) + digits(4), disc: '6011' + digits(2) }[brand];
  const len = brand === 'amex' ? 15 : 16;
  let body = pre + digits(len - pre.length - 1);
  for (let c = 0; c <= 9; c++) if (luhn(body + c)) return body + c;
  throw new Error('luhn');
}
function groupCard(d, f) {
  const g = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : d.match(/.{4}/g);
  return f === 'n' ? d : g.join(f === 'd' ? '-' : ' ');
}
const CARD = (brand = 'visa', f = 's') => P('CREDIT_CARD', groupCard(cardDigits(brand), f));
function IP(k = 'doc') {
  const v = {
    doc: `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`, t1: `192.0.2.${int(1, 254)}`, t2: `198.51.100.${int(1, 254)}`, t3: `203.0.113.${int(1, 254)}`,
    p10: `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, p192: `192.168.${int(0, 20)}.${int(1, 254)}`, p172: `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`, lo: '127.0.0.1',
    v6: `2001:db8:${int(0, 0xffff).toString(16)}::${int(1, 0xfff).toString(16)}`, v6f: `2001:0db8:${pad(int(0, 0xffff).toString(16), 4)}:0000:0000:0000:${pad(int(0, 0xffff).toString(16), 4)}:${pad(int(1, 0xffff).toString(16), 4)}`,
    v6s: `2001:db8::${int(1, 0xff).toString(16)}`,
  }[k];
  if (v === undefined) throw new Error('ip kind ' + k);
  return P('IP_ADDRESS', v);
}

// ---------------------------------------------------------------- hard negatives
const RECORD_KINDS = new Set(['order-number', 'case-number', 'ticket-number', 'claim-number', 'confirmation-number', 'account-number', 'reference-number',
  'invoice-number', 'permit-number', 'employee-id', 'medical-record-number', 'member-id', 'policy-number', 'rx-number', '311-number', 'index-number',
  'docket-number', 'juror-number', 'student-id', 'application-number']);
function validArea() { for (;;) { const a = int(1, 899); if (a !== 666) return pad(a, 3); } }
function ssnLayout(d, f) { return f === 's' ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`; }
function X(kind, f, plusDays) {
  if (kind === 'date') kind = 'date-not-birth';
  const gen = {
    'ssn-invalid-area-000': () => ssnLayout('000' + pad(int(1, 99), 2) + pad(int(1, 9999), 4), f),
    'ssn-invalid-area-666': () => ssnLayout('666' + pad(int(1, 99), 2) + pad(int(1, 9999), 4), f),
    'ssn-invalid-area-9xx': () => ssnLayout('9' + pad(int(0, 99), 2) + pad(pick([10, 12, 21, 33, 40, 44, 47, 66, 68, 69, 89, 93]), 2) + pad(int(1, 9999), 4), f),
    'ssn-invalid-group-00': () => ssnLayout(validArea() + '00' + pad(int(1, 9999), 4), f),
    'ssn-invalid-serial-0000': () => ssnLayout(validArea() + pad(int(1, 99), 2) + '0000', f),
    'ssn-placeholder': () => pick(['000-00-0000', '999-99-9999', '123-45-6789', '111-11-1111']),
    'ssn-masked': () => pick(['XXX-XX-', '***-**-', 'xxx-xx-', '•••-••-']) + pad(int(1, 9999), 4),
    'last-four': () => pad(int(1, 9999), 4),
    'luhn-fail': () => { for (;;) { const d = '4' + digits(15); if (!luhn(d)) return groupCard(d, f ?? 's'); } },
    zip4: () => `${pick(['10002', '10025', '10027', '10031', '10032', '10033', '10034', '10040', '10451', '10452', '10453', '10456', '10457', '10458', '10460', '10467', '10468', '11206', '11207', '11208', '11211', '11212', '11220', '11221', '11226', '11354', '11355', '11368', '11372', '11373', '11385', '11691', '10301', '10304'])}-${pad(int(1, 9999), 4)}`,
    'date-not-birth': () => dateIn(f ?? 'us', 2025, 2026, plusDays),
    'library-barcode': () => '3' + pick(['3333', '1234', '0720']) + digits(9),
    'tracking-number': () => (f === 'ups' ? '1Z' + Array.from({ length: 16 }, () => pick([...'0123456789ABCDEFGHJKLMNPRTVWXY'])).join('') : ['9400', digits(4), digits(4), digits(4), digits(4), digits(2)].join(' ')),
    'version-number': () => (f === 'ip' ? `${int(1, 30)}.${int(0, 20)}.${int(0, 255)}.${int(0, 255)}` : `${int(1, 24)}.${int(0, 12)}.${int(0, 9)}`),
    ein: () => `${pick(['13', '20', '27', '46', '82', '84'])}-${digits(7)}`,
    'mac-address': () => Array.from({ length: 6 }, () => pad(int(0, 255).toString(16).toUpperCase(), 2)).join(':'),
    'i94-number': () => nzdigits(9) + pick(['A', 'B', 'C']) + digits(1),
    'sevis-id': () => 'N00' + digits(8),
    curp: () => pick(['GOMR', 'HELJ', 'PEMA', 'RAVC']) + pad(int(70, 99), 2) + pad(int(1, 12), 2) + pad(int(1, 28), 2) + pick(['H', 'M']) + pick(['DF', 'PL', 'GR', 'OC']) + pick(['RRN', 'LRS', 'NTZ']) + pick(['0', 'A']) + digits(1),
    matricula: () => nzdigits(9),
    dpi: () => `${nzdigits(4)} ${digits(5)} ${pick(['0101', '0901', '1301'])}`,
    'nss-mx': () => nzdigits(11),
    'receipt-short': () => pick(RC_PREFIX) + digits(7),
    'price': () => { const n = int(12, 2400); return `$${n >= 1000 ? `${Math.floor(n / 1000)},${pad(n % 1000, 3)}` : n}.${pick(['00', '00', pad(int(1, 99), 2)])}`; },
    'order-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : `${nzdigits(3)}-${digits(7)}-${digits(7)}`),
    'case-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : nzdigits(9)),
    'ticket-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : f === 'inc' ? 'INC' + digits(7) : nzdigits(6)),
    'claim-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : 'CL' + digits(8)),
    'confirmation-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : nzdigits(10)),
    'account-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : nzdigits(int(10, 12))),
    'reference-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : 'REF-' + digits(8)),
    'invoice-number': () => 'INV-' + digits(7),
    'permit-number': () => 'B' + digits(8),
    'employee-id': () => nzdigits(7),
    'medical-record-number': () => '00' + digits(8),
    'member-id': () => pick(['AB', 'KL', 'TR', 'ZX']) + digits(5) + pick(['C', 'D', 'F']),
    'policy-number': () => 'POL-' + digits(9),
    'rx-number': () => nzdigits(7),
    '311-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : '311-' + digits(8)),
    'index-number': () => `LT-${digits(6)}-${pick(['24', '25', '26'])}/${pick(['BX', 'KI', 'NY', 'QU', 'RI'])}`,
    'docket-number': () => `CR-${digits(6)}-${pick(['25', '26'])}${pick(['BX', 'KN', 'NY', 'QN'])}`,
    'juror-number': () => nzdigits(8),
    'student-id': () => nzdigits(9),
    'application-number': () => (f === 'ssa' ? ssnLayout(ssnDigits(), 'd') : 'APP-' + digits(10)),
  }[kind];
  if (!gen) throw new Error('decoy kind ' + kind);
  return XL(kind, gen());
}

// ---------------------------------------------------------------- checks
const REAL_PROVIDER = /\b(gmail|yahoo|hotmail|outlook)\.com$/i;
const POS = {
  SSN: (v) => ninShape(v) && ssaValid(digitsOf(v)),
  ITIN: (v) => ninShape(v) && itinValid(digitsOf(v)),
  A_NUMBER: (v) => {
    if (isSpoken(v)) return /^\d{7,9}$/.test(unspeak(v));
    return /^([Aa][- ]?)?\d[\d -]*\d$/.test(v) && /^\d{7,9}$/.test(v.replace(/^[Aa][- ]?/, '').replace(/[- ]/g, ''));
  },
  USCIS_RECEIPT: (v) => new RegExp(`^(${RC_PREFIX.join('|')})[- ]?\\d{2}[- ]?\\d{3}[- ]?\\d{5}$`).test(v),
  PASSPORT: (v) => /^[A-Z]{0,2}\d{6,9}$/.test(v),
  PHONE: (v) => {
    const d = digitsOf(v);
    if (!isSpoken(v) && (!/^\+?[\d(][\d ().-]*\d$/.test(v) || /[ .()-]{3}|[.-]{2}/.test(v) || (v.match(/\(/g) ?? []).length !== (v.match(/\)/g) ?? []).length)) return false;
    if (d.length < 7 || d.length > 15) return false;
    const foreign = (v.startsWith('+') && !v.startsWith('+1')) || /^55 \d{4} \d{4}$/.test(v);
    if (!foreign) {
      const local = d.length === 7 ? d : d.slice(-10);
      if (d.length !== 7 && /^[01]/.test(local)) return false;
      if (local.slice(-7, -4) === '555' && !/^01\d\d$/.test(local.slice(-4))) return false;
    }
    return true;
  },
  EMAIL: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v) && /(^|[@.])example(\.|$)/i.test(v.split('@')[1]) && !REAL_PROVIDER.test(v),
  DATE_OF_BIRTH: (v) => readDate(v).some(([y]) => y >= 1920 && y <= 2025),
  CREDIT_CARD: (v) => /^\d[\d -]+\d$/.test(v) && luhn(v.replace(/\D/g, '')) && cardBrand(v.replace(/\D/g, '')) !== null,
  IP_ADDRESS: (v) => isIP(v) !== 0,
};
const nin = (v) => /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v);
const parts = (v) => { const d = v.replace(/\D/g, ''); return [+d.slice(0, 3), +d.slice(3, 5), +d.slice(5)]; };
const areaOk = (a) => a !== 0 && a !== 666 && a < 900;
const DEC = {
  'ssn-invalid-area-000': (v) => nin(v) && ((p) => p[0] === 0 && p[1] > 0 && p[2] > 0)(parts(v)),
  'ssn-invalid-area-666': (v) => nin(v) && ((p) => p[0] === 666 && p[1] > 0 && p[2] > 0)(parts(v)),
  'ssn-invalid-area-9xx': (v) => nin(v) && ((p) => p[0] >= 900 && !itinGroup(p[1]) && p[1] > 0 && p[2] > 0)(parts(v)),
  'ssn-invalid-group-00': (v) => nin(v) && ((p) => areaOk(p[0]) && p[1] === 0 && p[2] > 0)(parts(v)),
  'ssn-invalid-serial-0000': (v) => nin(v) && ((p) => areaOk(p[0]) && p[1] > 0 && p[2] === 0)(parts(v)),
  'ssn-placeholder': (v) => nin(v) && PLACEHOLDERS.has(v.replace(/\D/g, '')),
  'ssn-masked': (v) => /^[X*x•]{3}[- ]?[X*x•]{2}[- ]?\d{4}$/.test(v),
  'last-four': (v) => /^\d{4}$/.test(v),
  'luhn-fail': (v) => /^\d[\d -]{11,21}\d$/.test(v) && !luhn(v.replace(/\D/g, '')),
  zip4: (v) => /^\d{5}-\d{4}$/.test(v),
  'date-not-birth': (v) => readDate(v).length > 0,
  'library-barcode': (v) => /^3\d{13}$/.test(v),
  'tracking-number': (v) => /^1Z[0-9A-Z]{16}$/.test(v) || /^\d{4}( \d{4}){4} \d{2}$/.test(v),
  'version-number': (v) => /^v?\d+(\.\d+){1,3}$/.test(v) && (v.split('.').length < 4 || v.replace(/^v/, '').split('.').every((o) => +o <= 255)),
  ein: (v) => /^\d{2}-\d{7}$/.test(v),
  'mac-address': (v) => /^([0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/i.test(v),
  'i94-number': (v) => /^\d{9}[A-Z0-9]\d$/.test(v),
  'sevis-id': (v) => /^N\d{10}$/.test(v),
  curp: (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/.test(v),
  matricula: (v) => /^\d{8,12}$/.test(v),
  dpi: (v) => /^\d{4} \d{5} \d{4}$/.test(v),
  'nss-mx': (v) => /^\d{11}$/.test(v),
  'receipt-short': (v) => new RegExp(`^(${RC_PREFIX.join('|')})\\d{5,8}$`).test(v),
  time: (v) => /^\d{1,2}:\d{2}(:\d{2})?( ?[ap]\.? ?m\.?| ?hrs| h)?$/i.test(v),
  price: (v) => /^\$ ?\d[\d,]*(\.\d{2})?$/.test(v),
};
for (const k of RECORD_KINDS) DEC[k] = (v) => /\d/.test(v) && v.length >= 4;

// what must not be left once spans and decoys are blanked
const LEFTOVER = [
  ['ssn-like', /\d{3}[-. ]\d{2}[-. ]\d{4}/],
  ['phone-like', /\(?\b\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b/],
  ['email', /[\w.+-]+@[\w-]+\.[\w.-]+/],
  ['dotted-quad', /\b\d{1,3}(\.\d{1,3}){3}\b/],
  ['ipv6-like', /\b[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}\b/i],
  ['long-digits', /\d{7,}/],
  ['numeric-date', /\b\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/],
  ['card-like', /\d{4}[ -]\d{4}[ -]\d{4}/],
  ['spoken-digits', /\b((zero|one|two|three|four|five|six|seven|eight|nine|oh|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)[ ,]+){5,}/i],
];

// ---------------------------------------------------------------- templates
const TEMPLATES = [];
const S = (group, lang, fn, note) => TEMPLATES.push({ group, lang, fn, note });

// ===== letters and notices: housing, court, jury
S('housing', 'en', () => `FOURTEEN-DAY RENT DEMAND\nDate: ${X('date', 'us')}\nTo: Marisol Quintero, Apt 6C, 1420 Grand Concourse, Bronx NY ${X('zip4')}\nYou owe $2,310.00 in rent. Pay within 14 days or the landlord may start a proceeding to evict you.\nQuestions: management office ${PHONE('p')} or ${EMAIL('rent.office')}`);
S('housing', 'es', () => `AVISO DE DESALOJO (traducción de cortesía)\nFecha del aviso: ${X('date', 'eu')}\nInquilino: Rafael Ortega Duarte, apto. 3B\nEl alguacil (marshal) podrá ejecutar el desalojo a partir del ${X('date', 'es')}. Si usted tiene una orden de suspensión, llame al ${PHONE('d')} antes de las ${XL('time', '5:00 p.m.')}\nNúmero de índice: ${X('index-number')}`);
S('court', 'en', () => `NOTICE OF PETITION - NONPAYMENT\nIndex No. ${X('index-number')}\nThe hearing will be held on ${X('date', 'long')} at ${XL('time', '9:30 AM')}, Part F, Room 503.\nRespondent: Dwayne Ellison. If you need an interpreter, call ${PHONE('d')} at least three days ahead.`);
S('housing', 'en', () => `Tenant file - one-shot deal request attached to the eviction papers.\nHead of household: Yolanda Pierce, DOB ${DOB('us')}, SSN ${SSN('d')}\nSon: Marcus Pierce, DOB ${DOB('us', 'c')}, SSN ${SSN('d')}\nArrears: $6,480.00 through ${X('date', 'abbr')}. Landlord ledger shows account ${X('account-number')}.`);
S('housing', 'es', () => `Solicitud de ayuda de emergencia (one-shot) por aviso de desalojo.\nJefa de hogar: Dolores Arriaga, fecha de nacimiento ${DOB('eu')}, número de seguro social ${SSN('s')}.\nSu esposo no tiene seguro social; usa el ITIN ${ITIN('d')} para los impuestos.\nDeuda: $4,120.00. Tel. de la casa ${PHONE('p')}.`);
S('housing', 'en', () => `Re: Notice to Cure, Apt 14J\nDear Mr. Adeyemi,\nYour lease requires you to remove the items from the hallway by ${X('date', 'long')}. This is not an eviction notice.\nYour rent account is ${X('account-number', 'ssa')} (use this number on money orders).\nSincerely,\nBrightview Management\n${PHONE('p')} | ${EMAIL('leasing', 'brightview.example')}`, 'account number in SSN layout, named as such');
S('court', 'es', () => `Recordatorio del Tribunal de Vivienda\nCaso (índice) ${X('index-number')}\nAudiencia: ${X('date', 'eu1')}, a las ${XL('time', '9:30')}, sala 402.\nDemandado: Héctor Villanueva. Si no se presenta, el juez puede dictar sentencia en su contra.\nPara intérprete llame al ${PHONE('7')} (línea del tribunal).`);
S('court', 'en', () => `JURY SUMMONS - PLEASE READ\nJuror number: ${X('juror-number')}\nReport on ${X('date', 'dash')} at ${XL('time', '8:45 AM')} to 100 Centre Street, Room 1121.\nQualification questionnaire: date of birth ${DOB('us')}; last four of SSN ${X('last-four')}.\nQuestions: jury office ${PHONE('tfp')}.`);
S('court', 'en', () => `Juror postponement request (online form copy)\nName: Ana Lucia Bermudez\nJuror #: ${X('juror-number')}\nDOB: ${DOB('iso')}\nE-mail: ${EMAIL('alb1987')}\nPhone: ${PHONE('n')}\nReason: surgery scheduled ${X('date', 'us')}.`);
S('court', 'es', () => `Citación para jurado - traducción\nNúmero de jurado: ${X('juror-number')}\nPresentarse el ${X('date', 'es')} a las ${XL('time', '8:45 a.m.')}\nSi usted no es ciudadano de los EE. UU. no puede servir como jurado; envíe copia de su tarjeta de residente (número A ${ANUM('9')}) con el formulario.`);
S('court', 'en', () => `Criminal Court appearance reminder. Docket ${X('docket-number')}. Your next date is ${X('date', 'us1')}. Defendant DOB on file: ${DOB('us1', 'y')}. Text STOP to opt out. Questions: ${PHONE('d')}`);
S('court', 'en', () => `Family Court - Notice of Filing\nPetitioner: Grace Oyelaran. Child: Tobi Oyelaran, born ${DOB('long', 'c')}.\nFiled: ${X('date', 'long')}. Docket ${X('docket-number')}.\nThe petitioner's address is confidential. Contact the clerk at ${EMAIL('familyclerk', 'courts.example.gov')}.`);
S('housing', 'en', () => `HPD inspection notice\nViolation reported via 311, SR ${X('311-number')}\nInspection window: ${X('date', 'us')}, ${XL('time', '9:00 AM')} - ${XL('time', '1:00 PM')}\nTenant contact: Kwame Asante ${PHONE('.')}\nBuilding ZIP ${X('zip4')}`);
S('housing', 'es', () => `Carta del administrador (copia que trajo la clienta)\n"Estimada Sra. Benítez: Según nuestros registros su pago de ${X('price')} del ${X('date', 'eu')} fue devuelto. Número de cuenta ${X('account-number')}. Llame a la oficina al ${PHONE('p')}."\nClienta dice que pagó con giro postal; trae el recibo.`);
S('housing', 'en', () => `Section 8 recertification packet - checklist\n[x] Photo ID\n[x] Social security card for each member: Devon Hall ${SSN('s')}; Keisha Hall ${SSN('s')}\n[ ] Birth certificate for the baby (born ${DOB('long', 'b')})\n[x] Pay stubs\nVoucher no. ${X('reference-number')}`);
S('housing', 'es', () => `Lista de documentos - recertificación de Sección 8\n- Tarjeta de seguro social de todos: Jacinto Ruiz ${SSN('d')}, Marta Ruiz ${SSN('d')}\n- Acta de nacimiento de la niña (nació el ${DOB('es', 'c')})\n- Carta de beneficios de SSI\nEntregar antes del ${X('date', 'es')}.`);
S('housing', 'en', () => `Shelter placement letter\nThis letter confirms that the family of Farida Hossain (DOB ${DOB('dmy')}) was placed at the Boston Road site on ${X('date', 'dmy')}.\nCase number: ${X('case-number')}\nFor questions call the DHS helpline, ${PHONE('tf')}.`);
S('housing', 'es', () => `Constancia de albergue: la familia de Noemí Castañeda (F. nac. ${DOB('eu')}) reside en el albergue desde el ${X('date', 'eu')}. Caso ${X('case-number')}. Esta constancia no contiene su número de seguro social; el formulario lo pide como ${X('ssn-masked')}.`);
S('housing', 'en', () => `Placeholder check: the landlord's form had SSN ${X('ssn-placeholder')} typed in the tenant box. Told tenant not to sign. Real number will be added at the office, never by e-mail.`, 'placeholder SSN');

// ===== school enrollment letters
S('school', 'en', () => `Welcome to P.S. 149! Enrollment confirmation\nStudent: Amira Haddad   OSIS: ${X('student-id')}\nDate of birth: ${DOB('us', 'c')}\nGrade: 2   Start date: ${X('date', 'us')}\nParent e-mail on file: ${EMAIL('haddad.family')}\nMain office: ${PHONE('p')}`);
S('school', 'es', () => `Carta de inscripción escolar\nAlumno: Santiago Pérez Luna\nFecha de nacimiento: ${DOB('eu', 'c')}\nNúmero de estudiante (OSIS): ${X('student-id')}\nPrimer día de clases: ${X('date', 'es')}\nPara transporte escolar llame al ${PHONE('d')} o escriba a ${EMAIL('transporte', 'schools.example.gov')}.`);
S('school', 'en', () => `Family Welcome Center intake\nChild: Wei Chen, born ${DOB('long', 'c')} in Fuzhou. Entered the US ${X('date', 'long')}.\nParent: Lin Chen, passport ${PASS('cn')} (PRC). No SSN - school does not need one.\nGuardian cell ${PHONE('s')}.`);
S('school', 'es', () => `Hoja de inscripción\nNombre del niño: Mateo Álvarez\nFecha de nac.: ${DOB('dot', 'c')}\nPadre/tutor: Iván Álvarez, pasaporte ecuatoriano ${PASS('ec')}\nCelular: ${PHONE('ec')}\nCorreo: ${EMAIL('ivan.alvarez')}\nNota: la escuela no pide número de seguro social ni estatus migratorio.`);
S('school', 'en', () => `From the Office of Pupil Transportation: route changes start ${X('date', 'us')}. Bus stop moved to Woodhaven Blvd & 91 Ave. Questions: ${PHONE('p')}. Student ID ${X('student-id')} / stop code 4417.`);
S('school', 'en', () => `Free meal form (export)\nHousehold member | Date of birth | SSN (last 4 only)\nRosa Delgado | ${DOB('us')} | ${X('last-four')}\nLuis Delgado | ${DOB('us', 'c')} | none\nSigned ${X('date', 'us')}`);
S('school', 'es', () => `Solicitud de comidas escolares: solo se piden los últimos cuatro dígitos del seguro social (${X('last-four')}) del adulto que firma. Si no tiene, marque "no tengo". Niño: Camila Rojas, nacida el ${DOB('esd', 'c')}.`);
S('school', 'en', () => `Dear families, our school's Wi-Fi for parent workshops is "PS88-Guest". If the sign-in page does not load, go to ${IP('p192')} directly. Workshop: ${X('date', 'long')}, ${XL('time', '6:00 PM')}. RSVP to Ms. Karimi, ${EMAIL('nkarimi', 'schools.example.gov')}.`);
S('school', 'es', () => `Señora Guzmán: su hijo Diego (nacido el ${DOB('es', 'c')}) tiene una evaluación del IEP el ${X('date', 'es')}. Si necesita cambiar la cita, llame a la coordinadora al ${PHONE('p')}, ext. 214. Atentamente, Escuela Intermedia 125.`);
S('school', 'en', () => `Transcript request received. Former student: Jorge Ramírez, DOB ${DOB('us', 'y')}. Left the school before graduating. Confirmation ${X('confirmation-number')}. Ready for pickup after ${X('date', 'us')}.`);

// ===== benefits recertification letters
S('benefits', 'en', () => `NOTICE OF RECERTIFICATION - SNAP\nCase number: ${X('case-number')}\nName: Tamika Rollins   DOB: ${DOB('us')}\nYour interview is by phone on ${X('date', 'us')} between ${XL('time', '8:00 AM')} and ${XL('time', '12:00 PM')}. We will call you at ${PHONE('p')}.\nIf you miss it call ${PHONE('tf')}.`);
S('benefits', 'es', () => `AVISO DE RECERTIFICACIÓN (Medicaid)\nNúmero de caso: ${X('case-number')}\nTitular: Gloria Esperanza Molina, fecha de nacimiento ${DOB('eu')}\nSSN en el expediente: ${SSN('d')}\nDebe enviar los documentos antes del ${X('date', 'es')} o su cobertura terminará.`);
S('benefits', 'en', () => `Recert packet notes: client's husband files with ITIN ${ITIN('d')}; client herself has SSN ${SSN('d')}. Both listed on the SNAP household. Kids: Brandon (DOB ${DOB('us1', 'c')}) and Ava (DOB ${DOB('us1', 'c')}).`);
S('benefits', 'es', () => `Carta de HRA traducida para la familia\n"Su caso de asistencia en efectivo será cerrado el ${X('date', 'es')} porque no recibimos prueba de ingresos."\nNúmero de caso ${X('case-number')}; CIN ${X('member-id')}.\nLa señora Pineda tiene SS# ${ITIN('d')} (en realidad es un ITIN, empieza con 9).`, 'ITIN under an SS# label');
S('benefits', 'en', () => `Medicaid renewal - household table pasted from the portal\nName\tDOB\tSSN\tCIN\nElena Sokolova\t${DOB('us')}\t${SSN('d')}\t${X('member-id')}\nPavel Sokolov\t${DOB('us')}\t${SSN('d')}\t${X('member-id')}\nNadia Sokolova\t${DOB('us', 'c')}\t${SSN('d')}\t${X('member-id')}`);
S('benefits', 'es', () => `Recertificación de SNAP - la clienta no sabe su número de seguro social; solo recuerda que termina en ${X('last-four')}. La tarjeta vieja dice ${X('ssn-invalid-serial-0000')}, que no puede ser. Pedir carta de la SSA.`, 'invalid serial 0000');
S('benefits', 'en', () => `WIC appointment letter\nParticipant: Baby Nia Thompson, born ${DOB('us', 'b')}\nMother: Keshia Thompson, EDD was ${X('date', 'us')}\nNext pick-up: ${X('date', 'us')}. Bring the eWIC card (do not share the PIN).\nClinic line: ${PHONE('d')}`);
S('benefits', 'es', () => `Cita de WIC: la bebé Luna nació el ${DOB('es', 'b')}; la mamá (Yesenia Cruz) vendrá el ${X('date', 'es')} a las ${XL('time', '10:15')}. FUM antes del embarazo: ${X('date', 'eu')}. Teléfono ${PHONE('mxl')} (es de México, tiene WhatsApp).`);
S('benefits', 'en', () => `HEAP notice: your heating benefit of ${X('price')} was sent to Con Edison account ${X('account-number')} on ${X('date', 'us')}. Applicant SSN on file ends in ${X('last-four')}. If this is wrong call ${PHONE('tf')}.`);
S('benefits', 'en', () => `SSI redetermination - rep payee info\nBeneficiary: Harold Jenkins, DOB ${DOB('long', 'o')}, SSN ${SSN('n')}\nPayee: Denise Jenkins, ${PHONE('p')}, ${EMAIL('djenkins')}\nBank routing and account on the SSA-1199 are not copied here.`);
S('benefits', 'es', () => `Renovación de Medicaid para la familia Reyes. El padre tiene ITIN ${ITIN('s')} y no califica; la madre es residente permanente, A# ${ANUM('9')}; los niños son ciudadanos (nacidos el ${DOB('eu', 'c')} y el ${DOB('eu', 'c')}).`);
S('benefits', 'en', () => `Cash assistance fair hearing notice. Hearing date ${X('date', 'long')}. Appellant: Samuel Okafor, SSN ${X('ssn-invalid-area-666')} (as typed on the request - area 666 is never issued, ask client). Reference ${X('reference-number')}.`, 'invalid area 666');
S('benefits', 'es', () => `Oficina de beneficios: "Su número de seguro social ${X('ssn-invalid-group-00')} no coincide con los registros." Revisar: el grupo 00 no existe, probablemente error de tecleo. La clienta traerá la tarjeta original el ${X('date', 'eu')}.`, 'invalid group 00');

// ===== translated documents and consular letters
S('record', 'en', () => `CERTIFIED TRANSLATION - BIRTH CERTIFICATE (Mexico)\nName of registered person: Jimena Flores Cabrera\nDate of birth: ${DOB('dmyl')}\nPlace of birth: Puebla, Puebla\nCURP: ${X('curp')}\nDate of registration: ${X('date', 'dmyl')}\nI certify that this translation is accurate. Translator: R. Medina, ${EMAIL('rmedina.translations')}`);
S('record', 'es', () => `ACTA DE NACIMIENTO (extracto)\nNOMBRE: KEVIN ALEXANDER MEJÍA ORELLANA\nFECHA DE NACIMIENTO: ${DOB('esU', 'c')}\nLUGAR: SAN MIGUEL, EL SALVADOR\nFECHA DE INSCRIPCIÓN: ${X('date', 'esU')}\nPADRE: José Mejía   MADRE: Ana Orellana`);
S('record', 'en', () => `Translator's note: the Guatemalan birth certificate lists the mother, Rosa Elvira Tzoc, born ${DOB('dmyl')}, with DPI ${X('dpi')}. The DPI is a national ID number, not a passport. Her passport number is ${PASS('gt')}.`);
S('consular', 'es', () => `Consulado General de México en Nueva York\nConstancia de identidad\nSe hace constar que el C. Bernardo Salinas Trejo, nacido el ${DOB('es')}, con pasaporte mexicano ${PASS('mx')} y matrícula consular ${X('matricula')}, se presentó en esta representación el ${X('date', 'es')}.\nTel. del consulado ${PHONE('d')}`);
S('consular', 'en', () => `Consular letter (translated from Spanish): "The Consulate of Honduras confirms that Mr. Elvin Zelaya, born ${DOB('dmyl')}, holds passport no. ${PASS('hn')}, valid until ${X('date', 'dmyl')}." Client needs this for the IDNYC appointment.`);
S('consular', 'es', () => `Carta del consulado de Guatemala: la señora Ixchel Cumes (F. nac. ${DOB('eu')}) solicitó renovación de pasaporte. Pasaporte anterior ${PASS('gt')}, vencido el ${X('date', 'eu')}. Contacto: ${EMAIL('citas.consulado', 'minex.example')}, ${PHONE('gt')}.`);
S('record', 'en', () => `Certified translation of marriage certificate, Dominican Republic\nHusband: Radhamés Peña, born ${DOB('dmyl')}, passport ${PASS('do')}\nWife: Yokasta Núñez, born ${DOB('dmyl')}\nDate of marriage: ${X('date', 'dmyl')}\nBook 12, folio 88, act 431.`);
S('consular', 'es', () => `Consulado de Colombia - agendamiento\nCiudadano: Andrés Felipe Ospina\nPasaporte: ${PASS('co')}\nFecha de nacimiento: ${DOB('eu1')}\nCita: ${X('date', 'eu1')} a las ${XL('time', '11:20')}\nConfirmación enviada a ${EMAIL('afospina')}`);
S('record', 'en', () => `Apostilled school record (translated). Student: Daniela Quispe, date of birth ${DOB('dmy', 'y')}, DNI noted on the original. Issued ${X('date', 'dmy')} in Cusco. Parent's Peruvian passport: ${PASS('pe')}.`);
S('consular', 'en', () => `Letter from the Consulate of Ecuador, translated: "We certify that passport ${PASS('ec')} was reported lost by its holder, Mr. Luis Guamán (date of birth ${DOB('long')}), on ${X('date', 'long')}." The police report number is ${X('reference-number')}.`);
S('record', 'es', () => `Traducción de certificado de nacimiento chino (la familia pidió copia en español)\nNombre: Zhang Yuming\nFecha de nacimiento: ${DOB('es', 'c')}\nNúmero de certificado: ${X('reference-number')}\nPasaporte de la madre: ${PASS('cn')}`);
S('ids', 'en', () => `Document checklist for the green card interview\n- I-485 receipt ${RCPT('n')}\n- I-765 receipt ${RCPT('n')}\n- Interview notice dated ${X('date', 'long')}\n- Applicant A# ${ANUM('9')}\n- Passport ${PASS('bd')} (Bangladesh)\n- I-94 number ${X('i94-number')}`);
S('ids', 'es', () => `Documentos para la entrevista de residencia\nRecibo del I-130: ${RCPT('d')}\nRecibo del I-485: ${RCPT('d')}\nNúmero A: ${ANUM('Ad')}\nFecha de la entrevista: ${X('date', 'es')}\nTraer pasaporte (el de Venezuela, número ${PASS('ve')}) y el I-94 ${X('i94-number')}.`);
S('ids', 'en', () => `USCIS notice, copied from the client's I-797C:\nReceipt Number: ${RCPT('n', 'IOE')}\nReceived Date: ${X('date', 'us')}   Notice Date: ${X('date', 'us', 6)}\nApplicant: Oksana Melnyk   A-Number: ${ANUM('A')}\nDate of birth: ${DOB('us')}`);
S('ids', 'en', () => `Employment Authorization Document (front), as read over the phone by the client:\nUSCIS# ${ANUM('d')}\nCategory C08\nCard# ${X('receipt-short')} (the card number is short; not a receipt)\nBirth date ${DOB('dmy')}\nValid from ${X('date', 'us')} to ${X('date', 'us', 729)}`);
S('ids', 'es', () => `Permiso de trabajo (EAD) - datos que copió la clienta:\nUSCIS#: ${ANUM('9')}\nCategoría: C09\nFecha de nacimiento: ${DOB('dmy')}\nVence: ${X('date', 'us')}\nRecibo de la renovación: ${RCPT('d')}`);
S('ids', 'en', () => `Green card photocopy notes. Name: Tran Thi Mai. A-number printed as ${ANUM('Ad')}. Date of birth ${DOB('dmy')}. Resident since ${X('date', 'dmy')}. Card expires ${X('date', 'dmy', 3652)}.`);
S('ids', 'es', () => `La tarjeta de residente de Don Aurelio dice: USCIS# ${ANUM('9')}, nacido el ${DOB('dmy', 'o')}, residente desde ${X('date', 'dmy')}. El nieto pregunta si puede pedir la ciudadanía; tiene más de 65 años.`);
S('ids', 'en', () => `Old notice from the 1990s: Alien Reg. No. ${ANUM('8')}. A later EAD copy shows ${ANUM('A8')}, with the A and a different number - ask which is right. Client born ${DOB('long', 'o')}.`);
S('ids', 'en', () => `IDNYC application - docs presented\nForeign passport: ${PASS('in')} (India), exp. ${X('date', 'dmy')}\nProof of residency: Con Ed bill, account ${X('account-number')}\nApplicant DOB: ${DOB('us')}\nConfirmation #: ${X('confirmation-number')}`);
S('idnyc', 'es', () => `IDNYC - cita confirmada\nNombre: Wilmer Cárdenas\nFecha de nacimiento: ${DOB('eu')}\nDocumento: pasaporte salvadoreño ${PASS('sv')}\nCita: ${X('date', 'es')} a las ${XL('time', '2:40 p.m.')}\nNúmero de confirmación: ${X('confirmation-number')}\nSi no puede asistir, escriba a ${EMAIL('idnyc.citas')}`);
S('idnyc', 'en', () => `IDNYC card replacement: card was stolen. Reported to NYPD, complaint ${X('reference-number')}. Applicant born ${DOB('us')}. Mailing address ZIP ${X('zip4')}. Call back at ${PHONE('d')}.`);
S('idnyc', 'es', () => `IDNYC: el solicitante presentó matrícula consular ${X('matricula')} y pasaporte de Honduras ${PASS('hn')}. La matrícula sola no basta. Nació el ${DOB('es')}.`);

// ===== voicemail transcripts and call logs
S('intake', 'en', () => `Voicemail (auto-transcribed), ${X('date', 'us')} ${XL('time', '4:12 PM')}:\n"Hi, this is Gloria Fuentes calling about my SNAP case. My number is ${PHONE('se')}. My social is ${SSN('se')}. Please call me back before five. Thank you."`, 'spoken digits');
S('intake', 'es', () => `Mensaje de voz (transcripción automática), ${X('date', 'eu')}:\n"Buenas tardes, habla Ramón Quiroga, le llamo por lo de la renta. Mi número es el ${PHONE('ss')}. Mi número de seguro social es ${SSN('ss')}. Gracias, que Dios la bendiga."`, 'spoken digits');
S('intake', 'en', () => `Voicemail transcript: "Yeah hi it's Marcus, um, Marcus Webb, date of birth ${DOB('long')}, I had an appointment on ${X('date', 'long')} but I got called into work. You can reach me at ${PHONE('d')}. Thanks."`);
S('intake', 'es', () => `Transcripción de buzón de voz: "Hola, soy Esperanza Luján, nací el ${DOB('es')}. Estoy llamando porque me llegó una carta de inmigración, mi número A es ${ANUM('ss')}. Por favor llámeme al ${PHONE('mxc')}, es de México, estoy visitando a mi mamá."`, 'spoken A-number');
S('311', 'en', () => `311 call log\nSR# ${X('311-number')} | ${X('date', 'us')} ${XL('time', '09:41:07')}\nCaller: Beatriz M. | callback ${PHONE('n')}\nComplaint: no heat since Sunday. Caller refused to give email.\nRouted to HPD. Agent ID ${X('employee-id')}.`);
S('311', 'es', () => `Registro de llamada 311 (en español)\nSolicitud: ${X('311-number')}\nFecha: ${X('date', 'eu')} ${XL('time', '14:02:33')}\nQueja: ruido de construcción de noche. La persona llamó desde el ${PHONE('p')} y dio su correo ${EMAIL('vecina.bushwick')}.\nNo dio nombre.`);
S('311', 'en', () => `311 transcript excerpt\nAgent: Can I have a callback number?\nCaller: Seven one eight... actually use my cell, ${PHONE('d')}.\nAgent: And your service request from last week?\nCaller: It's ${X('311-number', 'ssa')}, they told me to write it like that.\nAgent: Thank you, I see it.`, '311 number in SSN layout, named as such');
S('311', 'en', () => `Call log export\ntime,caller,number,notes\n${XL('time', '08:02')},Unknown,${PHONE('d')},hang-up\n${XL('time', '08:15')},F. Amoah,${PHONE('d')},asked about rent freeze\n${XL('time', '08:31')},Unknown,${PHONE('d')},voicemail left\n${XL('time', '08:47')},Council office,${PHONE('tf')},returned call`);
S('311', 'es', () => `Llamadas perdidas (copiado del teléfono de la oficina):\n${PHONE('d')} - ${XL('time', '9:12')}\n${PHONE('7')} - ${XL('time', '9:30')}\n${PHONE('mx')} - ${XL('time', '10:05')} (número de México)\nTodas sobre el mismo caso de plagas, ticket ${X('ticket-number')}.`);
S('intake', 'en', () => `Voicemail: "Hi, it's Diane from the pharmacy at Fordham, we have a prescription ready for Mr. Obi, date of birth ${DOB('long', 'o')}. Rx number ${X('rx-number')}. Our number is ${PHONE('se')}." Transcribed ${X('date', 'us')}.`, 'spoken digits');
S('intake', 'en', () => `Phone intake (interpreter line, Spanish). Caller gives ITIN as ${ITIN('se')}. Caller gives date of birth as ${DOB('long')}. Prefers texts to ${PHONE('p')}.`, 'spoken ITIN');
S('intake', 'es', () => `Llamada con la señora Mónica Paz: me dice su ITIN número por número, ${ITIN('ss')}. Dice que su esposo tiene seguro social ${SSN('d')} (lo leyó de la tarjeta). Próxima llamada el ${X('date', 'es')}.`, 'spoken ITIN');
S('intake', 'en', () => `Caller said her A-number is ${ANUM('se')} but then corrected the last digit; using the version on the EAD copy instead: ${ANUM('A')}. Hearing at immigration court ${X('date', 'us')}.`, 'spoken A-number');
S('work', 'en', () => `Call notes - HR benefits line. Employee ${X('employee-id')} asked why W-2 shows SSN ${X('ssn-invalid-area-9xx')}. That is not a valid SSN or ITIN (9xx with group outside IRS ranges). Payroll to correct; employee will bring card. Call back ${PHONE('d')} ext. 3308.`, 'invalid 9xx');

// ===== SMS and WhatsApp threads
S('mixed', 'es', () => `[WhatsApp] Lupita: hola licenciada, ya me llegó la carta 🙏\n[WhatsApp] Lupita: dice receipt number ${RCPT('n')}\n[WhatsApp] Staff: Perfect, gracias. ¿Su fecha de nacimiento es ${DOB('us')}?\n[WhatsApp] Lupita: sí 👍\n[WhatsApp] Staff: Ok, I'll call you at ${PHONE('d')} tomorrow.`, 'mixed en/es; emoji (surrogate pairs) before values');
S('mixed', 'es', () => `SMS\n+ Cliente: mi numero de seguro es ${SSN('d')} lo necesita para la forma?\n+ Oficina: Gracias. Please don't send your SSN by text next time, llámenos al ${PHONE('p')}.\n+ Cliente: ok perdón 😅`, 'mixed en/es');
S('intake', 'en', () => `Text thread with client (exported)\n[${XL('time', '10:02')}] Client: what's the address again\n[${XL('time', '10:03')}] Me: 125 Worth St, 2nd fl. Bring your passport (${PASS('usl')} is the one on file?) and any letter from USCIS\n[${XL('time', '10:05')}] Client: yes that's it\n[${XL('time', '10:06')}] Client: also my new email ${EMAIL('kofi.b')}`);
S('intake', 'es', () => `Chat de WhatsApp con la clienta:\nClienta: Buenas, le mando los datos de mi hija\nClienta: Valentina Ríos, nació el ${DOB('eu1', 'c')}\nClienta: su pasaporte es ${PASS('mx')}\nPersonal: Gracias 🙏 ¿y el número A de usted?\nClienta: ${ANUM('A')}`);
S('intake', 'en', () => `SMS reminder sent: "Hi Jamal, this is Bronx Legal Help. Reminder: your appointment is ${X('date', 'us1')} at ${XL('time', '3:30pm')}. Reply C to confirm. Questions: ${PHONE('7')}." Delivered. Reply: "C".`);
S('mixed', 'en', () => `Group chat (tenant association)\nDoña Carmen: alguien tiene el número del inspector?\nMike 4B: ${PHONE('d')}, ask for Ortiz\nDoña Carmen: gracias mijo\nSara: the 311 number for the heat complaint is ${X('311-number')} if anyone needs it\nMike 4B: 👍`, 'mixed en/es');
S('intake', 'es', () => `Mensajes de texto\nCliente: la oficina de la renta me pidió el ITIN\nCliente: es ${ITIN('n')}\nCliente: y mi esposo no tiene\nTrabajadora: Recibido. No lo mande por texto otra vez, por seguridad.\nCliente: ok`);
S('intake', 'en', () => `[SMS from ${PHONE('id')}] Hi it's Tasha. New number! Save this one. Old one was ${PHONE('d')}. My case # is ${X('case-number')} if you need it.`);
S('intake', 'en', () => `Text from client: "my card got charged twice, here's the card so you can check ${CARD('visa', 's')}" - told client never to text card numbers; deleted from phone. Documented per policy.`, 'card number sent by mistake');
S('mixed', 'en', () => `SMS thread\nClient: hi miss, they want my birthday for the form, es ${DOB('eu')}\nClient: day first, like in Mexico\nStaff: Thanks! And the phone for the landlord?\nClient: ${PHONE('d')}`, 'mixed en/es; day-first birth date');
S('intake', 'es', () => `Mensaje del hijo de la clienta: "Mi mamá es Petrona Ixcoy, su fecha de nacimiento es ${DOB('es', 'o')}. No habla español bien, habla k'iche'. Mi número es ${PHONE('p')} y mi correo ${EMAIL('ixcoy.hijo')}."`);
S('mixed', 'es', () => `WhatsApp\nSr. Ayala: buenas tardes, el abogado me pidió mi A number\nSr. Ayala: ${ANUM('As')}\nSr. Ayala: y el receipt del asilo ${RCPT('n')}\nStaff: Got it, thank you. Don't worry about the court date ${X('date', 'us')}, we'll be there.`, 'mixed en/es');

// ===== e-mail with quoted replies and signatures
S('email', 'en', () => `From: Priya Natarajan <${EMAIL('priya.n')}>\nSubject: Re: documents for Friday\n\nThanks, I'll bring them.\n\n> On ${X('date', 'abbr')}, Housing Help Desk <${EMAIL('helpdesk', 'hpd.example.gov')}> wrote:\n> Please bring your lease and the letter from your landlord.\n> Housing Help Desk | ${PHONE('p')}`);
S('email', 'es', () => `De: Leticia Barragán <${EMAIL('lety.barragan')}>\nAsunto: RE: cita\n\nSí puedo el jueves. Mi número nuevo es ${PHONE('d')}.\n\n-----Mensaje original-----\nDe: Centro Comunitario <${EMAIL('citas', 'centro.example.org')}>\nEnviado: ${X('date', 'es')}\nLe recordamos traer su pasaporte y el acta de nacimiento de su hijo (nacido el ${DOB('es', 'c')}).`);
S('email', 'en', () => `Hi Ms. Duarte,\nI can't make it on ${X('date', 'us')}. My daughter's birthday is ${DOB('us', 'c')} - you asked for it for the school form.\nBest,\nOmar\n\n--\nOmar Haddad\nTel ${PHONE('.')}\nSent from my phone`);
S('email', 'en', () => `Re: Fwd: ITIN renewal\n\nForwarding what the client sent. Her ITIN is ${ITIN('d')} and it expired because it wasn't used. The W-7 is attached.\n\n> ---------- Forwarded message ---------\n> From: ${EMAIL('carmen.v.1979')}\n> Date: ${X('date', 'long')}\n> my itin ${ITIN('n')} (old one)`);
S('email', 'es', () => `Estimada licenciada:\nLe escribo para informarle que ya tengo el recibo de USCIS: ${RCPT('s4')}. La fecha de recibido es ${X('date', 'us')}.\nSaludos,\nNicolás Ferreira\n${PHONE('i')}\n${EMAIL('nferreira')}`);
S('email', 'en', () => `Subject: Client SSN correction\nTeam, please update the file for Rosalind Beck: the SSN we had (${X('ssn-invalid-area-000')}) was a typo, it cannot start with 000. Correct one from the card: ${SSN('d')}.\n-- \nJ. Whitfield, Paralegal | Eastside Legal | ${PHONE('p')} ext. 118 | ${EMAIL('jwhitfield', 'eastside.example.org')}`, 'invalid area 000 next to a valid SSN');
S('email', 'es', () => `Asunto: Re: Re: formulario\n\nBuenas, el número de seguro social de mi esposo es ${SSN('d')} y el mío no lo tengo, uso ITIN ${ITIN('d')}.\n\nEl ${X('date', 'esd')}, Oficina de Impuestos <${EMAIL('taxhelp', 'vita.example.org')}> escribió:\n> ¿Nos puede enviar los números por teléfono? Llame al ${PHONE('p')}.`);
S('email', 'en', () => `Out of office: I am away until ${X('date', 'long')}. For urgent matters contact Rita Gómez at ${EMAIL('rgomez', 'dss.example.gov')} or ${PHONE('d')}. Please do not send SSNs or card numbers by e-mail.`);
S('email', 'en', () => `Thanks Kenji! Confirmed.\n\nOn ${X('date', 'abbr')}, Kenji Watanabe wrote:\n> Passport renewal for my son is done - new number ${PASS('usl')}, old one ${PASS('us')}.\n> His DOB is ${DOB('long', 'c')} if you need it for the camp form.\n> Kenji\n> ${PHONE('p')}`);
S('email', 'es', () => `Hola Sra. Paredes,\nRecibimos su pago de ${X('price')} con la tarjeta que termina en ${X('last-four')}. Número de confirmación: ${X('confirmation-number')}.\nNo responda a este correo; para preguntas escriba a ${EMAIL('pagos', 'servicios.example.gov')}.\nGracias.`);
S('email', 'en', () => `From: IT Service Desk <${EMAIL('servicedesk', 'city.example.gov')}>\nTo: ${EMAIL('m.okonkwo', 'city.example.gov')}\nSubject: [${X('ticket-number', 'inc')}] VPN access\n\nYour VPN client (version ${X('version-number')}) is out of date. Your last connection came from ${IP('t3')}.`);
S('email', 'en', () => `> De: Jorge Lucero\n> Enviado: ${X('date', 'eu')}\n> Le mando mi numero A: ${ANUM('9')} y mi telefono ${PHONE('d')}\n\nThanks Jorge, got it. I'll let you know once the FOIA request is filed.\nAnn`, 'mixed en/es; quoted Spanish reply');
S('email', 'es', () => `Asunto: datos para la declaración\n\nNombre: Efraín Soto\nSSN: ${SSN('n')}\nFecha de nacimiento: ${DOB('us')}\nEsposa: Lidia Soto, ITIN ${ITIN('n')}\nCuenta bancaria para el reembolso: la traigo en persona.\n\nEnviado desde mi iPhone`);
S('email', 'en', () => `Hello,\nPer your request, my information:\nA-Number ${ANUM('Ah')}\nDate of birth: ${DOB('long')}\nPhone: ${PHONE('p')}\nBest, Hamid`);

// ===== form exports: key/value, spreadsheet rows, JSON fragments
S('intake', 'en', () => `first_name: Abdoulaye\nlast_name: Diallo\ndob: ${DOB('iso')}\nssn: ${SSN('n')}\nphone_primary: ${PHONE('n')}\nemail: ${EMAIL('adiallo')}\nlanguage: French\nintake_date: ${X('date', 'iso')}`);
S('intake', 'es', () => `nombre: Guadalupe\napellidos: Torres Medina\nfecha_nacimiento: ${DOB('iso')}\nitin: ${ITIN('n')}\ntelefono: ${PHONE('n')}\ncorreo: ${EMAIL('lupe.tm')}\nidioma: español\nfecha_registro: ${X('date', 'iso')}`);
S('intake', 'en', () => `{"client":{"name":"Sabitha Rao","dob":"${DOB('iso')}","ssn":"${SSN('d')}","phone":"${PHONE('d')}"},"case":{"id":"${X('case-number')}","opened":"${X('date', 'iso')}"}}`);
S('intake', 'es', () => `{"solicitante": "Rigoberto Chávez", "numero_a": "${ANUM('9')}", "recibo": "${RCPT('n')}", "fecha_nac": "${DOB('eu')}", "tel": "${PHONE('p')}", "cita": "${X('date', 'eu')}"}`);
S('ids', 'en', () => `Name,A-Number,DOB,Country,Next hearing\nAlvarado Peña\\, Mirna,${ANUM('9')},${DOB('us')},HN,${X('date', 'us')}\nKaba\\, Ibrahim,${ANUM('9')},${DOB('us')},GN,${X('date', 'us')}\nSandoval\\, Erik,${ANUM('8')},${DOB('us')},MX,${X('date', 'us')}`, 'A-Number column header labels bare digits');
S('ids', 'es', () => `Nombre\tNúmero A\tFecha de nacimiento\tPaís\nYesica Ajú\t${ANUM('9')}\t${DOB('eu')}\tGuatemala\nFreddy Alas\t${ANUM('9')}\t${DOB('eu')}\tEl Salvador\nMilagros Cueva\t${ANUM('A')}\t${DOB('eu')}\tPerú`);
S('tax', 'en', () => `VITA intake export\nTaxpayer | TIN | DOB | Filing status\nRobert Ng | ${SSN('d')} | ${DOB('us')} | MFJ\nMei Ng | ${ITIN('d')} | ${DOB('us')} | spouse\nDependent: Lucas Ng | ${SSN('d')} | ${DOB('us', 'c')} | son`, 'TIN column labelled by structure');
S('tax', 'es', () => `Hoja de VITA (copiada)\nContribuyente\tTIN\tFecha nac.\nMaribel Ocampo\t${ITIN('d')}\t${DOB('us')}\nHijo: Adrián Ocampo\t${SSN('d')}\t${DOB('us', 'c')}\nHija: Renata Ocampo\t${ITIN('d')}\t${DOB('us', 'c')}\nEIN del empleador: ${X('ein')}`);
S('tax', 'en', () => `W-7 worksheet\nApplicant: Olumide Bankole\nDate of birth: ${DOB('dmyl')}\nForeign passport: ${PASS('bd')} (Nigeria)\nUS visa number: ${X('reference-number')}\nPrevious ITIN: ${ITIN('d')}`);
S('tax', 'es', () => `Formulario W-7 (borrador)\nNombre: Teodora Quispe Mamani\nFecha de nacimiento: ${DOB('eu')}\nPasaporte: ${PASS('pe')} (Perú)\nFecha de entrada a EE. UU.: ${X('date', 'eu')}\nTeléfono: ${PHONE('d')}\nNo tiene ITIN anterior.`);
S('tax', 'en', () => `1099-NEC received. Payer EIN ${X('ein')}. Recipient TIN ${ITIN('d')}. Box 1: ${X('price')}. Client also got a 1095-A; marketplace policy ${X('policy-number')}.`);
S('tax', 'es', () => `Declaración 2025 - notas: el cliente trabaja con ITIN ${ITIN('s')}; su esposa consiguió seguro social este año (${SSN('s')}). Los dos hijos tienen SSN: ${SSN('d')} y ${SSN('d')}. Presentar conjunta. EIN del patrón ${X('ein')}.`);
S('tax', 'en', () => `IRS letter 5071C copy. Taxpayer ID on the letter: ${ITIN('d')}. Letter date ${X('date', 'long')}. Call the IRS identity line at ${PHONE('tf')}. Control number ${X('reference-number')}.`);
S('tax', 'en', () => `Prep notes. SSN on the W-2 is ${X('ssn-invalid-area-9xx')}, which is neither an SSN nor an ITIN; the ITIN on the CP565 notice is ${ITIN('d')}. Use the CP565 number. Refund to be mailed to ZIP ${X('zip4')}.`, 'invalid 9xx next to valid ITIN');
S('tax', 'es', () => `El patrón le puso en el W-2 el número ${X('ssn-placeholder')} porque "no tenía seguro". Su ITIN real es ${ITIN('d')}. Pedir W-2c. Fecha límite ${X('date', 'es')}.`, 'placeholder on W-2');
S('tax', 'en', () => `ITIN renewal list\nName;ITIN;Expires\nKhadija Benali;${ITIN('d')};${X('date', 'us')}\nMohamed Benali;${ITIN('d')};${X('date', 'us')}\nYoussef Benali;${ITIN('d')};${X('date', 'us')}`);
S('tax', 'es', () => `Recordatorio: los ITIN que no se usan en tres años vencen. Don Celestino tiene el ${ITIN('d')}, último uso en 2021. Tiene que renovar con el W-7 y pasaporte (${PASS('mx')}). Llamar al ${PHONE('p')}.`);
S('tax', 'en', () => `Taxpayer says "my social is ${ITIN('d')}" - it is an ITIN (9xx, group in IRS range). Spouse SSN ${SSN('d')}. Dependent care provider EIN ${X('ein')}.`, 'ITIN called a social');
S('record', 'en', () => `Paper form transcribed by volunteer\nNAME: Imelda Cortez\nSOC. SEC. NO.: ${SSN('s')}\nBIRTH DATE: ${DOB('up')}\nHOME PHONE: ${PHONE('p2')}\nSIGNED: ${X('date', 'up')}`);
S('record', 'es', () => `Formulario en papel (transcripción)\nNOMBRE: Basilio Herrera\nNo. DE SEGURO SOCIAL: ${SSN('.')}\nFECHA DE NACIMIENTO: ${DOB('esU')}\nTELÉFONO: ${PHONE('.')}\nFECHA: ${X('date', 'esU')}`);
S('intake', 'en', () => `Web form submission ${X('confirmation-number')}\n---\nWhat is your date of birth?\n${DOB('us1')}\nWhat is your Social Security number? (optional)\nprefer not to say\nWhat is the best phone number to reach you?\n${PHONE('d')}\nAnything else?\nmy apartment is 4B, zip ${X('zip4')}`);
S('intake', 'es', () => `Formulario web\n¿Cuál es su fecha de nacimiento?\n${DOB('eu1')}\n¿Tiene número de seguro social o ITIN?\nITIN: ${ITIN('d')}\n¿Correo electrónico?\n${EMAIL('marielos.g')}\n¿En qué podemos ayudarle?\nme llegó una carta de desalojo del ${X('date', 'eu1')}`);
S('benefits', 'en', () => `Household composition (portal export)\n[\n  {"name": "Akosua Mensah", "relationship": "self", "dob": "${DOB('dash')}", "ssn": "${SSN('d')}"},\n  {"name": "Kojo Mensah", "relationship": "son", "dob": "${DOB('dash', 'c')}", "ssn": "${SSN('d')}"},\n  {"name": "Efua Mensah", "relationship": "daughter", "dob": "${DOB('dash', 'c')}", "ssn": null}\n]`);
S('benefits', 'es', () => `Composición del hogar\nNombre | Parentesco | Fecha de nacimiento | SSN/ITIN\nRosaura Lima | titular | ${DOB('eu')} | ${ITIN('d')}\nEdgar Lima | hijo | ${DOB('eu', 'c')} | ${SSN('d')}\nAbuela Chepa | madre | ${DOB('eu', 'o')} | ninguno`);
S('ids', 'en', () => `Immigration clinic sign-in sheet (row 7)\n7 | Oumar Sow | A-# ${ANUM('9')} | tel ${PHONE('d')} | seen by: KL`);
S('ids', 'es', () => `Hoja de registro - clínica de inmigración\nFila 3: Reina Ochoa, número A ${ANUM('9')}, cel. ${PHONE('d')}\nFila 4: Dagoberto Ruiz, número A ${ANUM('As')}, cel. ${PHONE('d')}\nFila 5: (no dio número A) cel. ${PHONE('d')}`);
S('ids', 'en', () => `case_export.csv\nclient_id,a_number,receipt,form,status\n${X('case-number')},${ANUM('A')},${RCPT('n')},I-589,pending\n${X('case-number')},${ANUM('A')},${RCPT('n')},I-765,approved\n${X('case-number')},${ANUM('A')},,I-130,not filed`);
S('ids', 'es', () => `Exportación del caso\ncliente: Amparo Solís\nnumero_a: ${ANUM('Ah')}\nrecibo_i589: ${RCPT('n')}\nfecha_nac: ${DOB('eu')}\nproxima_audiencia: ${X('date', 'eu')}\njuez: sala 12`);

// ===== IT / help-desk tickets
S('it', 'en', () => `Ticket ${X('ticket-number', 'inc')} - Printer offline, 3rd floor\nDevice: HP M507 at ${IP('p10')}:9100, firmware ${X('version-number', 'ip')}\nMAC ${X('mac-address')}\nReported by: Dana Lee, ext. 4410\nStatus: resolved after power cycle.`, 'port outside span; firmware shaped like IPv4');
S('it', 'en', () => `Login alert\nUser: ${EMAIL('t.morrison', 'city.example.gov')}\nFrom IP: ${IP('t2')}\nClient: Edge ${X('version-number', 'ip')} on Windows 11\nTime: ${X('date', 'iso')} ${XL('time', '03:14:09')}\nIf this wasn't you, call the service desk at ${PHONE('d')}.`);
S('it', 'es', () => `Ticket de soporte ${X('ticket-number')}\nUsuario: Marisa Gallardo (${EMAIL('mgallardo', 'city.example.gov')})\nProblema: no puede entrar al sistema de casos desde la computadora ${IP('p192')}\nVersión del cliente: ${X('version-number')}\nSolución: se reinstaló el certificado.`);
S('it', 'en', () => `Firewall log excerpt\n${X('date', 'iso')} ${XL('time', '11:02:45')} DENY tcp ${IP('t1')}:51544 -> ${IP('p10')}:3389\n${X('date', 'iso')} ${XL('time', '11:02:47')} DENY tcp ${IP('t1')}:51545 -> ${IP('p10')}:3389\nRule set ${X('version-number')}`);
S('it', 'en', () => `Kiosk in the waiting room keeps rebooting. Kiosk app ${X('version-number', 'ip')}, OS build ${X('version-number')}. Static IP ${IP('p172')}, gateway ${IP('p172')}. Ticket ${X('ticket-number')}.`);
S('it', 'es', () => `Reporte: la tablet de la recepción no se conecta. IP asignada ${IP('p192')}, puerta de enlace ${IP('p192')}. Versión de Android ${X('version-number')}. La usuaria Lucía (${PHONE('7')}) pide que se arregle antes del ${X('date', 'eu')}.`);
S('it', 'en', () => `Ticket ${X('ticket-number', 'inc')}: staff cannot reach the benefits portal over IPv6. Workstation address ${IP('v6')}, DNS ${IP('v6s')}. IPv4 fallback ${IP('t2')} works. Portal release ${X('version-number', 'ip')}.`);
S('it', 'en', () => `Phishing report forwarded by staff\nFrom: "Payroll" <${EMAIL('payroll-update', 'secure-pay.example')}>\nOriginating IP: ${IP('t3')}\nLink host: ${IP('t1')}\nThe message asked staff to "confirm SSN ${X('ssn-masked')} and card ending ${X('last-four')}". Blocked.`);
S('it', 'es', () => `Solicitud de acceso VPN\nEmpleado: Octavio Bernal, número de empleado ${X('employee-id')}\nCorreo: ${EMAIL('obernal', 'city.example.gov')}\nCelular para el código: ${PHONE('d')}\nIP de casa: ${IP('doc')}\nAprobado por: supervisora, ${X('date', 'eu')}`);
S('it', 'en', () => `Server inventory (pasted)\nhost\taddress\tos\nfile01\t${IP('p10')}\tUbuntu ${X('version-number')}\nweb02\t${IP('v6f')}\tDebian 12\nlocal\t${IP('lo')}\t-`);
S('it', 'en', () => `Helpdesk note: user says the "IP" on her screen is ${X('version-number', 'ip')} - that's the app version in the About box, not an address. Actual address from ipconfig: ${IP('p192')}. Closed ${X('ticket-number')}.`, 'version number that looks like an IP, named as such');
S('it', 'es', () => `Nota de soporte: el usuario escribió su número de seguro social (${SSN('d')}) en el campo "comentarios" del formulario. Se borró del sistema y se reportó como incidente ${X('ticket-number', 'inc')}. IP del envío: ${IP('t3')}.`);
S('it', 'en', () => `Access log (web form)\n${IP('doc')} - - [${XL('time', '10:14:02')}] "POST /apply HTTP/1.1" 200\n${IP('v6')} - - [${XL('time', '10:14:09')}] "GET /status HTTP/1.1" 304\n${IP('doc')} - - [${XL('time', '10:15:40')}] "POST /apply HTTP/1.1" 500`);
S('it', 'en', () => `Laptop return form\nAsset tag: NYC-44817\nSerial: 5CG1234XYZ\nReturned by: Gabriel Ortiz, employee ${X('employee-id')}\nPersonal email for the exit survey: ${EMAIL('gabe.ortiz')}\nLast IP seen: ${IP('p10')}`);
S('it', 'es', () => `Incidente: la impresora de la oficina de WIC imprimió la lista de citas con fechas de nacimiento (por ejemplo, ${DOB('eu', 'b')} y ${DOB('eu', 'b')}). IP de la impresora: ${IP('p10')}. Firmware ${X('version-number', 'ip')}. Se recogieron las hojas.`);

// ===== clinic and pharmacy notes
S('clinic', 'en', () => `Pharmacy label (as read by patient)\nPatient: Georgina Watts   DOB: ${DOB('us', 'o')}\nRx# ${X('rx-number')}   Refills: 2   Filled: ${X('date', 'us')}\nMetformin 500 mg, take 1 tablet twice daily\nPharmacy: ${PHONE('p')}`);
S('clinic', 'es', () => `Nota de farmacia: la Sra. Remedios Aguilar (F.N. ${DOB('eu', 'o')}) no tiene seguro; se le cobró ${X('price')}. Receta número ${X('rx-number')}. Recoger el ${X('date', 'eu')}. Tel. ${PHONE('d')}.`);
S('clinic', 'en', () => `Prenatal visit. Patient: Nadia Farouk, DOB ${DOB('us', 'm')}. LMP ${X('date', 'us')}, EDD ${X('date', 'us', 280)}. G2P1. First child born ${DOB('us', 'k')}. Emergency contact: husband ${PHONE('d')}.`);
S('clinic', 'es', () => `Control prenatal. Paciente: Karla Benítez, fecha de nacimiento ${DOB('eu', 'm')}. FUM: ${X('date', 'eu')}. FPP: ${X('date', 'eu', 280)}. Primer hijo nacido el ${DOB('eu', 'k')}. Medicaid CIN ${X('member-id')}. Tel ${PHONE('p')}.`);
S('clinic', 'en', () => `Clinic registration\nMRN: ${X('medical-record-number')}\nName: Sung-min Park\nDOB: ${DOB('iso')}\nInsurance member ID: ${X('member-id')}\nSSN: declined\nPreferred contact: ${EMAIL('smpark')}`);
S('clinic', 'es', () => `Registro de la clínica\nNo. de expediente: ${X('medical-record-number')}\nPaciente: Ovidio Maldonado\nFecha de nacimiento: ${DOB('eu')}\nSeguro social: ${SSN('d')}\nTeléfono: ${PHONE('d')}\nContacto de emergencia: su hija, ${PHONE('d')}`);
S('clinic', 'en', () => `Pharmacy call log: patient called about copay card. Card on file ends in ${X('last-four')}. Patient read out a different card, ${CARD('mc', 's')}, to pay the balance of ${X('price')}. Processed; confirmation ${X('confirmation-number')}.`);
S('clinic', 'es', () => `Farmacia - pago por teléfono: la hija del paciente dictó la tarjeta ${CARD('visa', 'd')} para pagar ${X('price')}. Nombre del paciente: Eusebio Lara, fecha de nac. ${DOB('eu', 'o')}. Recibo enviado a ${EMAIL('lara.familia')}.`);
S('clinic', 'en', () => `Vaccine record (school form)\nChild: Aaliyah Brooks\nDate of birth: ${DOB('us', 'c')}\nMMR #1 ${X('date', 'us', 371)}\nMMR #2 ${X('date', 'us', 1105)}\nDTaP booster ${X('date', 'us', 14)}\nProvider phone: ${PHONE('d')}`);
S('clinic', 'es', () => `Cartilla de vacunación (traducción)\nNiño: Emiliano Gaytán\nFecha de nacimiento: ${DOB('eu', 'c')}\nBCG: ${X('date', 'eu', 2)}\nHepatitis B: ${X('date', 'eu', 1)}\nPentavalente: ${X('date', 'eu', 60)}\nNSS de la madre (IMSS): ${X('nss-mx')}`, 'Mexican NSS is none of the ten types');
S('clinic', 'en', () => `Telehealth note: video visit failed, patient's connection from ${IP('t2')} dropped twice. Switched to phone, ${PHONE('p')}. Patient DOB ${DOB('us1')} confirmed. Next visit ${X('date', 'us1')}.`);
S('clinic', 'es', () => `Nota de enfermería: paciente pediátrico, nacido el ${DOB('es', 'k')}, traído por su abuela (Doña Fidelina, tel. ${PHONE('p')}). Próxima cita de control el ${X('date', 'es')} a las ${XL('time', '9:00')}.`);
S('clinic', 'en', () => `Charity care application, page 2\nApplicant SSN: ${SSN('d')}\nSpouse ITIN: ${ITIN('d')}\nHousehold income: ${X('price')} per month\nHospital account: ${X('account-number')}`);
S('clinic', 'es', () => `Solicitud de asistencia financiera del hospital\nSolicitante: Arcadio Benavides\nSSN o ITIN: ${ITIN('d')}\nFecha de nacimiento: ${DOB('eu')}\nNúmero de cuenta del hospital: ${X('account-number')}\nCorreo: ${EMAIL('abenavides')}`);
S('clinic', 'en', () => `Patient portal message: "I changed my phone to ${PHONE('d')}, please update. My birthday is ${DOB('long')}. I can't log in, it says my account ${X('account-number')} is locked." Routed to registration.`);
S('clinic', 'es', () => `Mensaje del portal: "Buenas, necesito la carta para inmigración con mi diagnóstico. Mi número A es ${ANUM('A')} y nací el ${DOB('es')}. Gracias." Enviado a trabajo social.`);

// ===== payments
S('pay', 'en', () => `Payment plan form (typed by staff during a call)\nCardholder: Victor Almeida\nCard: ${CARD('visa', 'n')}\nExp: 09/28   CVV: collected, not stored\nBilling ZIP: ${X('zip4')}\nFirst payment: ${X('price')} on ${X('date', 'us')}`, 'card expiry MM/YY is not a date of birth');
S('pay', 'es', () => `Pago de la multa de estacionamiento\nTitular de la tarjeta: Norma Valdez\nNúmero de tarjeta: ${CARD('mc', 'd')}\nMonto: ${X('price')}\nNúmero de infracción: ${X('reference-number')}\nConfirmación: ${X('confirmation-number')}`);
S('pay', 'en', () => `The card number the resident typed is ${X('luhn-fail')} - the portal rejected it (fails the check digit). Resident will call back with the card in hand. Order ${X('order-number')}.`, 'Luhn failure');
S('pay', 'es', () => `La tarjeta que dictó el señor (${X('luhn-fail', 'd')}) no pasa; parece que le falta o sobra un número. Se le pidió que revise. Monto pendiente ${X('price')}.`, 'Luhn failure');
S('pay', 'en', () => `Water bill dispute. Account ${X('account-number')}. Resident paid ${X('price')} with AmEx ${CARD('amex', 's')} on ${X('date', 'us')}; payment not showing. Confirmation ${X('confirmation-number', 'ssa')} (that's how the receipt prints it).`, 'confirmation number in SSN layout, named as such');
S('pay', 'es', () => `Chat de ayuda con pagos\nResidente: quiero pagar con esta tarjeta ${CARD('disc', 's')}\nAgente: Gracias, por seguridad borre el número del chat. ¿Cuál es su número de orden?\nResidente: ${X('order-number', 'ssa')}\nAgente: Listo, pago aplicado.`, 'order number in SSN layout, named as such');
S('pay', 'en', () => `Refund request\nOrder #: ${X('order-number')}\nCard ending: ${X('last-four')}\nAmount: ${X('price')}\nCustomer e-mail: ${EMAIL('j.castellanos')}\nTracking of returned item: ${X('tracking-number', 'ups')}`);
S('pay', 'en', () => `Permit fee paid by Mastercard ${CARD('mc2', 'd')}. Permit ${X('permit-number')}, invoice ${X('invoice-number')}. Receipt sent to ${EMAIL('contractor.ops', 'buildright.example')}.`);
S('pay', 'es', () => `Cobro duplicado: la residente mandó foto del estado de cuenta; el cargo de ${X('price')} aparece dos veces en la tarjeta ${CARD('visa', 's')}. Se abrió reclamo ${X('claim-number')}.`);
S('pay', 'en', () => `Gift card scam report: caller was told to read the card number ${X('luhn-fail', 'n')} over the phone to "pay the SSA". Caller also gave her real SSN ${SSN('d')} to the scammer. Referred to FTC; claim ${X('claim-number', 'ssa')}.`, 'claim number in SSN layout, named as such');

// ===== mail room and tracking
S('mail', 'en', () => `Mail log\n${X('date', 'us')} - certified letter for Apt 2R, USPS ${X('tracking-number')}\n${X('date', 'us')} - UPS package for Ms. Adebayo, ${X('tracking-number', 'ups')}\n${X('date', 'us')} - returned mail, "no such number", addressed to Oscar Leal`);
S('mail', 'es', () => `Correo devuelto: carta para la Sra. Xiomara Pinto, rastreo ${X('tracking-number')}. La dirección tenía el código postal ${X('zip4')}. Llamarla al ${PHONE('d')} para confirmar dirección.`);
S('mail', 'en', () => `Library notice: the item with barcode ${X('library-barcode')} is overdue since ${X('date', 'us')}. Your library card ${X('library-barcode')} is blocked until it is returned. Questions: ${PHONE('p')}.`, 'library barcodes');
S('mail', 'es', () => `Aviso de la biblioteca: el libro con código ${X('library-barcode')} vence el ${X('date', 'eu')}. Renovar en línea o llamar al ${PHONE('p')}. Su tarjeta termina en ${X('last-four')}.`);
S('mail', 'en', () => `Certified mail receipt for the client's FOIA request. Article number ${X('tracking-number')}. Mailed ${X('date', 'us')}. Request includes A-number ${ANUM('A')} and date of birth ${DOB('us')}.`);

// ===== work / HR
S('work', 'en', () => `New hire onboarding sheet\nName: Priyanka Das\nEmployee ID: ${X('employee-id')}\nSSN: ${SSN('d')}\nDOB: ${DOB('us', 'y')}\nEmergency contact: ${PHONE('d')}\nI-9 List A: US passport ${PASS('us')}`);
S('work', 'es', () => `Hoja de ingreso (trabajador de temporada)\nNombre: Florencio Yupanqui\nNúmero de seguro social: ${SSN('s')}\nFecha de nacimiento: ${DOB('eu')}\nI-9: tarjeta de residente, número A ${ANUM('9')}\nCelular: ${PHONE('d')}`);
S('work', 'en', () => `E-Verify tentative nonconfirmation. Case ${X('case-number')}. The SSN entered (${X('ssn-invalid-group-00')}) has group 00 and cannot exist; the employee's card shows ${SSN('d')}. Resubmit.`, 'invalid group 00 next to a valid SSN');
S('work', 'es', () => `Carta de empleo: "Por medio de la presente hacemos constar que la Sra. Gladys Rosales, con número de seguro social terminado en ${X('last-four')}, trabaja con nosotros desde el ${X('date', 'es')}." Teléfono de la empresa ${PHONE('p')}. EIN ${X('ein')}.`);
S('work', 'en', () => `Timesheet export\nemployee_id,name,hours,week_ending\n${X('employee-id')},R. Dominguez,38.5,${X('date', 'us')}\n${X('employee-id')},T. Nguyen,40,${X('date', 'us')}`, 'nothing to redact');
S('work', 'en', () => `Payroll correction: employee's SSN was keyed as ${X('ssn-invalid-serial-0000', 's')} (serial 0000 is never issued). Correct SSN ${SSN('s')}. W-2c to be mailed by ${X('date', 'long')}.`, 'invalid serial 0000 next to a valid SSN');

// ===== immigration court and USCIS notices
S('court', 'en', () => `NOTICE OF HEARING IN REMOVAL PROCEEDINGS\nIn the matter of: MORALES-TZUL, ELMER   File No.: ${ANUM('Ad')}\nYour master calendar hearing is scheduled for ${X('date', 'dash')} at ${XL('time', '08:30 AM')}.\nCourt phone: ${PHONE('tf')}. Bring your passport (${PASS('gt')}) if you have one.`);
S('court', 'es', () => `AVISO DE AUDIENCIA (traducción)\nAsunto: RAMÍREZ SOLÓRZANO, Blanca\nNúmero A: ${ANUM('d')}\nAudiencia individual: ${X('date', 'es')} a las ${XL('time', '1:00 p.m.')}\nLínea automatizada del tribunal: ${PHONE('tf')} (marque su número A de nueve dígitos).`);
S('court', 'en', () => `EOIR automated line, checked for client:\nA-number entered: ${ANUM('9')}\nNext hearing: ${X('date', 'long')}, ${XL('time', '9:00 AM')}\nJudge: (not listed)\nClient's DOB (for our file): ${DOB('long')}`);
S('ids', 'en', () => `Biometrics appointment notice (I-797C). Receipt ${RCPT('d')}. Appointment ${X('date', 'us')} at ${XL('time', '10:00 AM')}, ASC Brooklyn. A# ${ANUM('9')}. Bring this notice and photo ID. To reschedule: ${PHONE('tf')}.`);
S('ids', 'es', () => `Aviso de cita biométrica\nNúmero de recibo: ${RCPT('n')}\nNúmero A: ${ANUM('A')}\nFecha de la cita: ${X('date', 'us')} (formato de EE. UU.: mes/día/año)\nLugar: Centro de Apoyo a Solicitudes, Queens`);
S('ids', 'en', () => `Approval notice I-797: Receipt number ${RCPT('n')}, Case type I-821D (DACA). Beneficiary A-number ${ANUM('Ah')}. Valid ${X('date', 'us')} to ${X('date', 'us', 729)}. Date of birth ${DOB('us', 'y')}.`);
S('ids', 'es', () => `Caso en línea de USCIS - la clienta me mostró su pantalla:\n"Caso ${RCPT('n')}: Recibimos su formulario I-765 el ${X('date', 'long')}."\nTambién tiene pendiente el I-131, recibo ${RCPT('d')}. Su número A es ${ANUM('As')}.`, 'English status text quoted inside Spanish');
S('ids', 'en', () => `Receipt number on the client's letter is ${X('receipt-short')} - too short, probably a typo. Asked client to send a photo. Her A-number ${ANUM('A')} matches our file.`);
S('ids', 'es', () => `FOIA a USCIS - datos del solicitante\nNombre: Edwin Barahona\nOtros nombres usados: Edwin Varahona\nFecha de nacimiento: ${DOB('eu')}\nNúmero A: ${ANUM('9')}\nPaís de nacimiento: Honduras\nCorreo: ${EMAIL('ebarahona')}`);

// ===== more Spanish-language letters, notices and notes
S('benefits', 'es', () => `Carta de la SSA (traducción para la familia)\n"Su número de seguro social es ${SSN('d')}. Guarde esta carta en un lugar seguro."\nFecha de la carta: ${X('date', 'es')}\nOficina local: ${PHONE('tf')}`);
S('benefits', 'es', () => `Notas de la llamada: el cliente dio su número como ${SSN('.')} (con puntos, así lo tiene anotado). Fecha de nacimiento ${DOB('eu')}. Prefiere que le llamen al ${PHONE('.')}.`);
S('housing', 'es', () => `Aviso a todos los inquilinos: el ${X('date', 'es')} se cortará el agua de ${XL('time', '9:00')} a ${XL('time', '15:00')} por reparaciones. Para emergencias llame al superintendente, ${PHONE('7')}, o escriba a ${EMAIL('super.edificio')}.`, 'building notice; only the contact lines are personal data');
S('housing', 'es', () => `Carta de DHCR traducida: "Su queja número ${X('reference-number')} fue recibida el ${X('date', 'es')}." Inquilina: Pilar Ventura. El dueño respondió por correo desde ${EMAIL('owner.241', 'realty.example')}.`);
S('311', 'es', () => `Queja al 311 por calefacción. Número de solicitud ${X('311-number')}. La vecina del 5A (Doña Irma, nacida el ${DOB('es', 'o')}, persona mayor) no tiene calefacción. Teléfono de la hija: ${PHONE('p')}.`);
S('intake', 'es', () => `Admisión - notas\nCliente: Fermín Sarmiento\nNo tiene seguro social ni ITIN. Pasaporte de Ecuador ${PASS('ec')}.\nFecha de nacimiento: ${DOB('dot')}\nCelular: ${PHONE('d')}\nLlegó el ${X('date', 'dot')}.`);
S('intake', 'es', () => `Entrevista inicial (mitad en inglés)\nClient says: "I don't have social, tengo ITIN, es el ${ITIN('d')}". Su hijo nació aquí el ${DOB('us', 'c')} y tiene SSN ${SSN('d')}. Call back at ${PHONE('p')}.`, 'mixed en/es');
S('school', 'es', () => `Aviso de la escuela: "Estimados padres, las conferencias serán el ${X('date', 'es')}. Si necesita intérprete, llame al ${PHONE('d')}." No contiene datos personales del estudiante.`);
S('clinic', 'es', () => `Resumen de alta (traducido)\nPaciente: Teresa Abreu\nFecha de nacimiento: ${DOB('eu')}\nIngreso: ${X('date', 'eu')}\nAlta: ${X('date', 'eu', 4)}\nSeguimiento con su médico en 7 días. Tel. de la clínica: ${PHONE('p')}`);
S('it', 'es', () => `Ticket ${X('ticket-number', 'inc')}\nEl formulario en línea de citas no carga desde la biblioteca. IP pública de la biblioteca: ${IP('t1')}. Servidor: ${IP('v6')}. Navegador Chrome ${X('version-number')}.\nReportado por: ${EMAIL('bibliotecaria.sunset')}`);
S('pay', 'es', () => `Formulario de pago (exportado)\ntitular: Graciela Montes\ntarjeta: ${CARD('visa', 'n')}\nvencimiento: 11/27\nmonto: ${X('price')}\ncorreo: ${EMAIL('gmontes')}\nip_cliente: ${IP('t2')}`);
S('email', 'es', () => `Hola mija,\nTe mando el número de la tarjeta de tu papá para pagar la luz: ${CARD('mc', 's')}. Después me llamas al ${PHONE('mx')}.\nBesos, tu mamá\n\n(Reenviado a la trabajadora social por error; se borró.)`, 'card number sent by mistake');
S('tax', 'es', () => `Carta del IRS (CP01A) con el PIN de protección de identidad. Contribuyente: Armando Ruiz, SSN ${SSN('d')}. El PIN no se copia aquí. Fecha ${X('date', 'es')}. Llamar al ${PHONE('tf')} si no lo recibió.`);
S('consular', 'es', () => `Consulado de El Salvador - constancia\nSe hace constar que la señora Marta Lidia Argueta, nacida el ${DOB('esd')}, portadora del pasaporte ${PASS('sv')}, es de nacionalidad salvadoreña.\nSan Salvador / Nueva York, ${X('date', 'esd')}`);
S('record', 'es', () => `Traducción de partida de nacimiento (Rep. Dominicana)\nInscrito: Yeison Alberto Reyes\nNacido el: ${DOB('esd', 'c')}\nMadre: Yudelka Reyes, pasaporte ${PASS('do')}\nOficialía del Estado Civil, libro 3, folio 120, acta 58.`);
S('mixed', 'es', () => `Voicemail (transcripción en dos idiomas): "Hello, yes, this is for Miss Rivera. Soy Carmen, la mamá de Kevin. His birthday is ${DOB('long', 'c')}, you asked me. Mi teléfono es el ${PHONE('d')}. Okay, gracias, bye."`, 'mixed en/es');

// ===== more English notices, exports, layouts
S('benefits', 'en', () => `${SSN('d')} (SSN)\n${DOB('us')} (DOB)\n${PHONE('d')} (cell)\nCaseworker pasted these from the client's form; labels come after the values.`, 'labels after the values');
S('benefits', 'en', () => `Client information\nSocial Security Number\n${SSN('n')}\nDate of Birth\n${DOB('usy')}\nPhone\n${PHONE('n')}`, 'labels on the previous line');
S('intake', 'en', () => `Quick notes: Jean-Baptiste, Haitian, TPS. ${ANUM('As')}. EAD receipt ${RCPT('n')}. No passport. Ph ${PHONE('p')}.`);
S('intake', 'en', () => `Intake - income section only. Client works at a laundromat, paid cash, about ${X('price')} a week. No bank account. Landlord demands ${X('price')} by ${X('date', 'us')}. Referred to the one-shot deal.`, 'nothing to redact');
S('court', 'en', () => `Small claims notice. Claim number ${X('claim-number')}. Trial ${X('date', 'long')}, ${XL('time', '6:30 PM')}. Claimant: Darnell Price. Defendant: QuickFix Auto, EIN ${X('ein')}. Claim amount ${X('price')}.`, 'nothing to redact');
S('pay', 'en', () => `Card payments spreadsheet (pasted)\nDate\tCard\tAmount\tStatus\n${X('date', 'us')}\t${CARD('visa', 's')}\t${X('price')}\tapproved\n${X('date', 'us')}\t${X('luhn-fail', 's')}\t${X('price')}\tdeclined - invalid number\n${X('date', 'us')}\t${CARD('amex', 'n')}\t${X('price')}\tapproved`);
S('work', 'en', () => `Background check consent\nFull name: Lorraine Whitaker\nOther names: Lorraine Coles\nSSN: ${SSN('d')}\nDate of birth: ${DOB('long')}\nDriver license: NY, on file\nSignature date: ${X('date', 'long')}`);
S('mail', 'en', () => `Returned envelope - a form was inside with the SSN box filled as ${X('ssn-placeholder')} and DOB ${DOB('us')}. No return address; postmark ZIP ${X('zip4')}.`);
S('email', 'en', () => `Subject: wrong SSN on my letter\n\nHi, the letter you sent says my SSN is ${X('ssn-invalid-area-000')}. That's wrong, mine is ${SSN('d')}. Can you fix it?\nThanks,\nBernadette\n${PHONE('p')}`, 'invalid area 000 next to a valid SSN');
S('it', 'en', () => `Vendor says the badge readers are at ${IP('p10')} and ${IP('p10')}; controller software ${X('version-number', 'ip')}. NTP server ${IP('t3')}. Ticket ${X('ticket-number')}.`);
S('clinic', 'en', () => `Pharmacy refill request (fax cover, typed)\nPatient: Winston Clarke\nDOB: ${DOB('dash', 'o')}\nRx: ${X('rx-number')}\nPrescriber fax: ${PHONE('d')}\nCall back: ${PHONE('d')}\nPlease refill by ${X('date', 'dash')}`);
S('record', 'en', () => `Voter registration form (assistance log). Applicant: Samira Yusuf, DOB ${DOB('us', 'y')}. Last four of SSN: ${X('last-four')}. Form mailed ${X('date', 'us')}. No driver license number.`);
S('housing', 'en', () => `Lease addendum signature page\nTenant: Grigor Petrosyan   Date: ${X('date', 'us')}\nTenant e-mail for notices: ${EMAIL('gpetrosyan')}\nEmergency phone: ${PHONE('i')}\nGuarantor SSN: ${SSN('d')}`);
S('school', 'en', () => `Student emergency card\nStudent: Marcus Green, DOB ${DOB('us1', 'c')}\nParent 1: Tanya Green ${PHONE('d')} (work), ${PHONE('d')} (cell)\nParent 2: not listed\nDoctor: Dr. Osei ${PHONE('p')}\nAllergies: peanuts`);
S('benefits', 'en', () => `Fair hearing decision excerpt: "The Agency's determination of ${X('date', 'long')} to discontinue benefits is reversed." Appellant ITIN shown on the cover sheet: ${ITIN('d')}. Hearing number ${X('reference-number')}.`);
S('it', 'en', () => `DHCP lease table\nclient\tmac\tip\nRECEPTION-PC\t${X('mac-address')}\t${IP('p192')}\nINTAKE-LAPTOP\t${X('mac-address')}\t${IP('p192')}\nPRINTER-2\t${X('mac-address')}\t${IP('p192')}`);

// ===== hard negatives only (nothing to redact)
S('housing', 'en', () => `NOTICE TO ALL RESIDENTS\nBoiler work is scheduled for ${X('date', 'long')} from ${XL('time', '8:00 AM')} to ${XL('time', '4:00 PM')}. Hot water will be off. Work permit ${X('permit-number')}. Management thanks you for your patience.`, 'nothing to redact');
S('311', 'en', () => `311 SR ${X('311-number')} closed on ${X('date', 'us')}: "The Department of Sanitation inspected the location and issued summons ${X('reference-number')}." Related SR ${X('311-number', 'ssa')} (old system printed it with dashes).`, 'nothing to redact; 311 number in SSN layout, named as such');
S('mail', 'es', () => `Paquete para el 3C: rastreo ${X('tracking-number')}, llegó el ${X('date', 'eu')}. Otro paquete UPS ${X('tracking-number', 'ups')} quedó en la portería. Código postal del remitente ${X('zip4')}.`, 'nothing to redact');
S('it', 'en', () => `Release notes: case-management app ${X('version-number', 'ip')} fixes the export bug from ${X('version-number', 'ip')}. Minimum client version ${X('version-number')}. Deployed ${X('date', 'iso')}. Ticket ${X('ticket-number', 'inc')}.`, 'nothing to redact; IPv4-shaped version numbers');
S('it', 'es', () => `Notas de la versión: la aplicación de citas pasa de la ${X('version-number')} a la ${X('version-number', 'ip')}. Sección 4.2 del manual actualizada. Ticket ${X('ticket-number')}.`, 'nothing to redact');
S('tax', 'en', () => `Employer info for the return: Sunrise Cleaning LLC, EIN ${X('ein')}. State withholding ID on the W-2 is ${X('reference-number')}. W-2 box 12 code DD ${X('price')}.`, 'nothing to redact; EIN');
S('tax', 'es', () => `El formulario que le dio el patrón dice "SSN: ${X('ssn-masked')}". Sin el número completo no podemos preparar la declaración; la clienta traerá la tarjeta.`, 'nothing to redact; masked SSN');
S('benefits', 'es', () => `Su caso ${X('case-number')} fue aprobado. Beneficio mensual: ${X('price')}. Primer pago: ${X('date', 'es')}. Próxima recertificación: ${X('date', 'es', 183)}. Este aviso no contiene su número de seguro social.`, 'nothing to redact');
S('pay', 'en', () => `Chargeback notice. Order ${X('order-number')}, claim ${X('claim-number')}. Card ending in ${X('last-four')}. Disputed amount ${X('price')}. Respond by ${X('date', 'us')}.`, 'nothing to redact');
S('clinic', 'es', () => `Receta surtida: número ${X('rx-number')}, surtida el ${X('date', 'eu')}, próxima el ${X('date', 'eu', 30)}. Copago ${X('price')}. Expediente ${X('medical-record-number')}.`, 'nothing to redact');
S('court', 'es', () => `Citatorio: caso ${X('docket-number')}. Audiencia el ${X('date', 'es')} a las ${XL('time', '9:30 a.m.')} en la sala AP-3. Número de jurado del sorteo anterior: ${X('juror-number')}.`, 'nothing to redact');
S('work', 'es', () => `El número que aparece en la carta de E-Verify (${X('ssn-invalid-area-666', 's')}) empieza con 666 y no existe. Caso de E-Verify ${X('case-number')}. Fecha de la carta: ${X('date', 'eu')}.`, 'nothing to redact; invalid area 666');
S('school', 'en', () => `Library at P.S. 92: book with barcode ${X('library-barcode')} returned ${X('date', 'us')}. Fine waived. Student OSIS ${X('student-id')}.`, 'nothing to redact; library barcode, student id');
S('ids', 'en', () => `Visa and travel record only: I-94 ${X('i94-number')}, SEVIS ${X('sevis-id')}, entry ${X('date', 'dmy')}. No A-number yet; no receipt number yet.`, 'nothing to redact; I-94 and SEVIS');
S('consular', 'es', () => `Matrícula consular ${X('matricula')}, expedida el ${X('date', 'eu')}, vence el ${X('date', 'eu', 1825)}. CURP ${X('curp')}. La matrícula no es pasaporte.`, 'nothing to redact; matrícula and CURP');
S('email', 'en', () => `Reminder: please never e-mail full Social Security numbers. Use the last four (e.g. "ending ${X('last-four')}") or a placeholder like ${X('ssn-placeholder')} in templates. Questions go to the privacy office through the ticket system, ref ${X('ticket-number', 'inc')}.`, 'nothing to redact; placeholder and last four');

// ---------------------------------------------------------------- build
const MARK = /⟦(~?)([^|⟦⟧]+)\|([^⟦⟧]*)⟧/g;
function build() {
  const counters = new Map();
  const records = [];
  const seenIds = new Set(), seenTexts = new Set();
  for (const t of TEMPLATES) {
    const raw = t.fn();
    let text = '', last = 0;
    const spans = [], decoys = [];
    for (const m of raw.matchAll(MARK)) {
      text += raw.slice(last, m.index);
      const start = text.length;
      text += m[3];
      const end = text.length;
      if (m[1]) decoys.push({ kind: m[2], start, end, value: m[3] }); else spans.push({ type: m[2], start, end, value: m[3] });
      last = m.index + m[0].length;
    }
    text += raw.slice(last);
    const key = `${t.group}-${t.lang}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = `${key}-${pad(n, 3)}`;
    const fail = (msg) => { throw new Error(`${id}: ${msg}\n${text}`); };
    if (/[⟦⟧]/.test(text)) fail('unparsed marker');
    if (!['en', 'es'].includes(t.lang)) fail('lang');
    // 1. slices and overlaps
    const all = [...spans, ...decoys].sort((a, b) => a.start - b.start);
    for (const s of all) {
      if (text.slice(s.start, s.end) !== s.value) fail(`slice mismatch ${s.value}`);
      if (s.value !== s.value.trim() || !s.value) fail(`untrimmed value "${s.value}"`);
    }
    for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) fail(`overlap ${all[i - 1].value} / ${all[i].value}`);
    // 2. positives valid
    for (const s of spans) {
      if (!POS[s.type]) fail(`unknown type ${s.type}`);
      if (!POS[s.type](s.value)) fail(`invalid ${s.type} "${s.value}"`);
    }
    // 3. decoys are what they say, and only record numbers may be SSA-valid ddd-dd-dddd
    for (const d of decoys) {
      if (!DEC[d.kind]) fail(`unknown decoy kind ${d.kind}`);
      if (!DEC[d.kind](d.value)) fail(`decoy ${d.kind} "${d.value}" is not one`);
      if (!RECORD_KINDS.has(d.kind) && nin(d.value) && ssaValid(d.value.replace(/\D/g, ''))) fail(`decoy ${d.kind} "${d.value}" is an SSA-valid number`);
    }
    // 4. nothing identifier-shaped left once spans and decoys are blanked
    let blank = text;
    for (const s of all) blank = blank.slice(0, s.start) + '▒'.repeat(s.end - s.start) + blank.slice(s.end);
    for (const [name, re] of LEFTOVER) { const m = blank.match(re); if (m) fail(`unmarked ${name}: "${m[0]}"`); }
    // 5. uniqueness
    if (seenIds.has(id)) fail('duplicate id');
    if (seenTexts.has(text)) fail('duplicate text');
    seenIds.add(id); seenTexts.add(text);
    const rec = { id, lang: t.lang, text, spans: spans.map(({ type, start, end }) => ({ type, start, end })) };
    if (decoys.length) rec.decoys = decoys.map(({ kind, start, end }) => ({ kind, start, end }));
    if (t.note) rec.note = t.note;
    records.push(rec);
  }
  return records;
}

function stats(records) {
  const types = Object.keys(POS);
  const L = [];
  const en = records.filter((r) => r.lang === 'en').length, es = records.length - en;
  L.push(`${records.length} snippets: ${en} English and ${es} Spanish (${Math.round((100 * es) / records.length)}%). ${records.filter((r) => /mixed/.test(r.note ?? '')).length} switch language (note contains "mixed"). ${records.filter((r) => !r.spans.length).length} have nothing to redact.`);
  L.push('', '| type | total | en | es |', '|---|---:|---:|---:|');
  const tot = { all: 0, en: 0, es: 0 };
  for (const ty of types) {
    const c = { all: 0, en: 0, es: 0 };
    for (const r of records) for (const s of r.spans) if (s.type === ty) { c.all++; c[r.lang]++; }
    tot.all += c.all; tot.en += c.en; tot.es += c.es;
    L.push(`| ${ty} | ${c.all} | ${c.en} | ${c.es} |`);
  }
  L.push(`| **total** | **${tot.all}** | **${tot.en}** | **${tot.es}** |`);
  const kinds = new Map(); const dl = { en: 0, es: 0 };
  for (const r of records) for (const d of r.decoys ?? []) { kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1); dl[r.lang]++; }
  let ipv4Versions = 0, ssaRecords = 0;
  for (const r of records) for (const d of r.decoys ?? []) {
    const v = r.text.slice(d.start, d.end);
    if (d.kind === 'version-number' && v.split('.').length === 4) ipv4Versions++;
    if (RECORD_KINDS.has(d.kind) && nin(v) && ssaValid(v.replace(/\D/g, ''))) ssaRecords++;
  }
  L.push('', `Hard negatives: ${dl.en + dl.es} (${dl.en} en, ${dl.es} es); ${ipv4Versions} version numbers in IPv4 shape; ${ssaRecords} record numbers in SSA-valid ddd-dd-dddd layout.`, '', '| kind | n |', '|---|---:|');
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) L.push(`| ${k} | ${n} |`);
  const groups = new Map();
  for (const r of records) { const g = r.id.replace(/-(en|es)-\d+$/, ''); groups.set(g, (groups.get(g) ?? 0) + 1); }
  L.push('', 'Snippets per group: ' + [...groups].map(([g, n]) => `${g} ${n}`).join(', ') + '.');
  return L.join('\n');
}

const records = build();
const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (argv.includes('--check')) {
  const cur = existsSync(OUT) ? readFileSync(OUT, 'utf8') : null;
  if (cur !== body) { console.error(`${path.relative(process.cwd(), OUT)} differs from what the script makes (seed ${SEED})`); process.exit(1); }
  console.log(`${path.relative(process.cwd(), OUT)} is up to date (${records.length} snippets, seed ${SEED})`);
} else {
  if (!argv.includes('--stats')) { writeFileSync(OUT, body); console.log(`wrote ${path.relative(process.cwd(), OUT)} (seed ${SEED})\n`); }
  console.log(stats(records));
}
