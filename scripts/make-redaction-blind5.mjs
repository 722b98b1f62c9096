#!/usr/bin/env node
// Blind labelled corpus #5 for civicveil/redact: ordinary municipal text in English and Spanish.
// Written without reading the detectors. Every identifier is inserted as ⟦TYPE|value⟧ and every hard
// negative as ⟦~kind|value⟧; spans and decoys come from where the values were inserted.
//
//   node scripts/make-redaction-blind5.mjs                 write test/redact/corpus/blind5.jsonl
//   node scripts/make-redaction-blind5.mjs --check         exit 1 if the file differs from what this makes
//   node scripts/make-redaction-blind5.mjs --stats         print statistics (with or without writing)
//   node scripts/make-redaction-blind5.mjs --seed 7 --out /tmp/x.jsonl
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = resolve(ROOT, 'test/redact/corpus/blind5.jsonl');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
let seed = 5, out = DEFAULT_OUT, check = false, stats = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--check') check = true;
  else if (a === '--stats') stats = true;
  else if (a === '--seed') seed = Number(argv[++i]);
  else if (a === '--out') out = resolve(process.cwd(), argv[++i]);
  else throw new Error(`unknown argument ${a}`);
}
if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- rules
const ITIN_GROUP = (g) => (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
const PLACEHOLDERS = new Set(['000000000', '999999999', '123456789', '078051120', '219099999']);
function ssnParts(v) {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v);
  return m ? { area: +m[1], group: +m[3], serial: +m[4], digits: m[1] + m[3] + m[4] } : null;
}
function isValidSsn(v) {
  const p = ssnParts(v);
  return !!p && p.area !== 0 && p.area !== 666 && p.area < 900 && p.group !== 0 && p.serial !== 0 && !PLACEHOLDERS.has(p.digits);
}
function isValidItin(v) {
  const p = ssnParts(v);
  return !!p && p.area >= 900 && ITIN_GROUP(p.group) && !PLACEHOLDERS.has(p.digits);
}
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[digits.length - 1 - i];
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}
const isIpv4 = (v) => { const p = v.split('.'); return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && +x <= 255 && String(+x) === x); };
const isIpv6 = (v) => {
  if (!/^[0-9a-fA-F:]+$/.test(v) || (v.match(/::/g) || []).length > 1) return false;
  const groups = v.split(':');
  const ok = groups.every((g) => g === '' || /^[0-9a-fA-F]{1,4}$/.test(g));
  return ok && (v.includes('::') ? groups.filter((g) => g).length < 8 : groups.length === 8);
};
const YEAR = (v) => { const m = /(\d{4})/.exec(v); if (m) return +m[1]; const n = /(\d{2})$/.exec(v); return n ? (+n[1] > 25 ? 1900 + +n[1] : 2000 + +n[1]) : NaN; };
const DATE_RE = [
  /^\d{1,2}\/\d{1,2}\/(\d{4}|\d{2})$/, /^\d{1,2}-\d{1,2}-\d{4}$/, /^\d{4}-\d{2}-\d{2}$/, /^\d{1,2}\.\d{1,2}\.\d{4}$/,
  /^[A-Z][a-z]+\.? \d{1,2},? \d{4}$/, /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
  /^\d{1,2} de [a-z]+ (de |del )?\d{4}$/, /^\d{1,2} [a-z]+ \d{4}$/, /^\d{1,2}-[a-z]{3}-\d{4}$/,
];
const isDate = (v) => DATE_RE.some((r) => r.test(v));

const VALID = {
  SSN: isValidSsn,
  ITIN: isValidItin,
  A_NUMBER: (v) => /^A(\d{7,9}|-\d{3}-\d{3}-\d{3}|-\d{7,9}| \d{3} \d{3} \d{3})$/.test(v) || /^(\d{7,9}|\d{3}-\d{3}-\d{3})$/.test(v),
  USCIS_RECEIPT: (v) => /^(EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)\d{10}$/.test(v.replace(/-/g, '')),
  PASSPORT: (v) => /^[A-Z0-9]{6,9}$/.test(v) && /\d{5}/.test(v),
  PHONE: (v) => {
    const d = v.replace(/\D/g, '');
    if (!/^[+\d(][\d ().-]+\d$/.test(v)) return false;
    if (v.startsWith('+')) return d.length >= 10 && d.length <= 13;
    return d.length === 7 || d.length === 10 || (d.length === 11 && d[0] === '1');
  },
  EMAIL: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v),
  DATE_OF_BIRTH: (v) => isDate(v) && YEAR(v) >= 1920 && YEAR(v) <= 2024,
  CREDIT_CARD: (v) => { const d = v.replace(/[ -]/g, ''); return /^[\d -]+$/.test(v) && /^(4|5[1-5]|3[47]|6011)/.test(d) && d.length >= 13 && d.length <= 19 && luhn(d); },
  IP_ADDRESS: (v) => isIpv4(v) || isIpv6(v),
};

const recordNo = (v) => /^[A-Z0-9][A-Z0-9-]*$/i.test(v) && /\d{3}/.test(v);
const DECOY = {
  'ssn-invalid-area-000': (v) => { const p = ssnParts(v); return p && p.area === 0 && p.group && p.serial; },
  'ssn-invalid-area-666': (v) => { const p = ssnParts(v); return p && p.area === 666 && p.group && p.serial; },
  'ssn-invalid-area-9xx': (v) => { const p = ssnParts(v); return p && p.area >= 900 && !ITIN_GROUP(p.group) && p.group && p.serial; },
  'ssn-invalid-group-00': (v) => { const p = ssnParts(v); return p && p.group === 0 && p.area && p.area !== 666 && p.area < 900 && p.serial; },
  'ssn-invalid-serial-0000': (v) => { const p = ssnParts(v); return p && p.serial === 0 && p.area && p.area !== 666 && p.area < 900 && p.group; },
  'ssn-placeholder': (v) => { const p = ssnParts(v); return p && PLACEHOLDERS.has(p.digits); },
  'ssn-masked': (v) => /^([X*]{3}-[X*]{2}-|\*{5})\d{4}$/i.test(v),
  'last-four': (v) => /^\d{4}$/.test(v),
  'order-number': recordNo, 'case-number': recordNo, 'claim-number': recordNo, 'ticket-number': recordNo,
  '311-number': recordNo, 'invoice-number': recordNo, 'account-number': recordNo, 'confirmation-number': recordNo,
  'reference-number': recordNo, 'employee-id': recordNo, 'medical-record-number': recordNo, 'permit-number': recordNo,
  'zip4': (v) => /^\d{5}-\d{4}$/.test(v),
  'date-not-birth': isDate,
  'library-barcode': (v) => /^[23]\d{13}$/.test(v.replace(/ /g, '')),
  'tracking-number': (v) => /^(1Z[0-9A-Z]{16}|9\d{21}|9\d{3}( \d{4}){4} \d{2}|\d{12})$/.test(v),
  'version-number': (v) => /^\d+(\.\d+){1,3}$/.test(v),
  'time': (v) => /^\d{1,2}(:\d{2})? ?([ap]\.?m\.?)?$/i.test(v) && /:|m/.test(v),
  'price': (v) => /^\$\d{1,3}(,\d{3})*(\.\d{2})?$/.test(v),
  'luhn-fail': (v) => { const d = v.replace(/[ -]/g, ''); return /^\d{13,19}$/.test(d) && !luhn(d); },
  'mac-address': (v) => /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i.test(v),
  'i94-number': (v) => /^\d{9}[A-Z]\d$|^\d{11}$/.test(v),
  'curp': (v) => /^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(v),
  'matricula': (v) => /^\d{8,10}$/.test(v),
  'sevis-id': (v) => /^N\d{10}$/.test(v),
  'dpi': (v) => /^\d{4} \d{5} \d{4}$/.test(v),
  'receipt-short': (v) => /^(EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC)\d{7,9}$/.test(v),
};
const VALID_SSN_LAYOUT_OK = new Set(['order-number', '311-number', 'case-number', 'claim-number', 'ticket-number', 'invoice-number', 'account-number', 'confirmation-number', 'reference-number', 'employee-id', 'medical-record-number']);

// ---------------------------------------------------------------- value makers
function makeHelpers(rnd) {
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (a) => a[int(0, a.length - 1)];
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const pad = (n, w) => String(n).padStart(w, '0');
  const sep3 = (a, b, c, fmt) => (fmt === 's' ? `${a} ${b} ${c}` : fmt === 'n' ? `${a}${b}${c}` : `${a}-${b}-${c}`);
  const M_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const M_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mk = (type, v) => {
    if (!VALID[type](v)) throw new Error(`generated ${type} ${v} is not valid`);
    return `⟦${type}|${v}⟧`;
  };
  const mkx = (kind, v) => {
    if (!DECOY[kind] || !DECOY[kind](v)) throw new Error(`generated decoy ${kind} ${v} is not one`);
    return `⟦~${kind}|${v}⟧`;
  };
  const ssnValid = () => {
    for (;;) {
      const a = int(1, 899), g = int(1, 99), s = int(1, 9999);
      const v = `${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}`;
      if (a !== 666 && isValidSsn(v)) return [pad(a, 3), pad(g, 2), pad(s, 4)];
    }
  };
  const fmtDate = (y, m, d, fmt) => {
    switch (fmt) {
      case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
      case 'us1': return `${m}/${d}/${y}`;
      case 'us2': return `${pad(m, 2)}/${pad(d, 2)}/${pad(y % 100, 2)}`;
      case 'long': return `${M_EN[m - 1]} ${d}, ${y}`;
      case 'abbr': return `${ABBR[m - 1]}. ${d}, ${y}`;
      case 'dlong': return `${d} ${M_EN[m - 1]} ${y}`;
      case 'dmy': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
      case 'dmy1': return `${d}/${m}/${y}`;
      case 'es': return `${d} de ${M_ES[m - 1]} de ${y}`;
      case 'es2': return `${d} ${M_ES[m - 1]} ${y}`;
      case 'esdel': return `${d} de ${M_ES[m - 1]} del ${y}`;
      case 'esA': return `${d}-${M_ES[m - 1].slice(0, 3)}-${y}`;
      case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
      case 'dash': return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
      case 'dot': return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
      default: throw new Error(`date format ${fmt}`);
    }
  };
  const YEARS = { adult: [1958, 2004], child: [2009, 2021], teen: [2006, 2011], senior: [1934, 1959], baby: [2022, 2024], any: [1940, 2015] };
  const cardDigits = (brand) => {
    const len = brand === 'amex' ? 15 : 16;
    const pre = brand === 'visa' ? '4' : brand === 'mc' ? `5${int(1, 5)}` : brand === 'amex' ? pick(['34', '37']) : '6011';
    let body = pre + digits(len - pre.length - 1);
    for (let c = 0; c < 10; c++) if (luhn(body + c)) return body + c;
    throw new Error('no luhn digit');
  };
  const cardFmt = (d, fmt) => {
    if (fmt === 'n') return d;
    const sep = fmt === 'd' ? '-' : ' ';
    if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
    return d.match(/.{4}/g).join(sep);
  };
  const AREAS = ['212', '718', '347', '646', '917', '929', '312', '773', '213', '305', '617', '202', '505', '915', '956', '210', '415', '404'];
  const FIRST = ['maria', 'jose', 'ana', 'luis', 'carmen', 'kevin', 'tanya', 'devon', 'rosa', 'miguel', 'aisha', 'wei', 'fatima', 'jorge', 'lucia', 'andre', 'sofia', 'dmitri', 'keisha', 'yolanda'];
  const LAST = ['garcia', 'lopez', 'nguyen', 'johnson', 'perez', 'okafor', 'ramirez', 'chen', 'williams', 'castillo', 'brown', 'santos', 'diallo', 'morales', 'kowalski', 'reyes'];
  const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'correo.example', 'inbox.example.com'];

  const h = {
    // ------------ positives
    S: (fmt = 'd') => { const [a, g, s] = ssnValid(); return mk('SSN', sep3(a, g, s, fmt)); },
    I: (fmt = 'd') => mk('ITIN', sep3(`9${digits(2)}`, pad(pick([int(50, 65), int(70, 88), int(90, 92), int(94, 99)]), 2), pad(int(1, 9999), 4), fmt)),
    A: (fmt = 'A9') => {
      const nine = pick(['0', '2']) + digits(8), eight = String(int(1, 9)) + digits(7);
      const v = { A9: `A${nine}`, A8: `A${eight}`, Ad: `A-${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6)}`, As: `A ${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`,
        Ah: `A-${nine}`, b9: nine, b8: eight, b7: String(int(1, 9)) + digits(6), bd: `${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6)}` }[fmt];
      return mk('A_NUMBER', v);
    },
    R: (pre, fmt = 'p') => {
      const p = pre || pick(['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC']);
      const yy = pad(int(19, 25), 2), day = pad(int(1, 299), 3), seq = digits(5);
      return mk('USCIS_RECEIPT', fmt === 'd' ? `${p}-${yy}-${day}-${seq}` : `${p}${p === 'IOE' ? digits(10) : yy + day + seq}`);
    },
    P: (kind = 'us') => {
      const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
      const v = { us: String(int(5, 6)) + digits(8), us2: pick(['A', 'B', 'C']) + digits(8), mx: pick(['G', 'N', 'E']) + digits(8),
        gt: L[int(0, L.length - 1)] + digits(8), co: `AV${digits(6)}`, two: L[int(0, 22)] + L[int(0, 22)] + digits(7), d9: digits(9).replace(/^0/, '4') }[kind];
      return mk('PASSPORT', v);
    },
    T: (fmt = 'd') => {
      const ac = pick(AREAS), ln = `01${pad(int(0, 99), 2)}`;
      const v = { p: `(${ac}) 555-${ln}`, d: `${ac}-555-${ln}`, dot: `${ac}.555.${ln}`, s: `${ac} 555 ${ln}`, '+1': `+1 ${ac} 555 ${ln}`,
        '+1d': `+1-${ac}-555-${ln}`, '1p': `1 (${ac}) 555-${ln}`, '1d': `1-${ac}-555-${ln}`, '7': `555-${ln}`, n: `${ac}555${ln}`, pn: `(${ac})555-${ln}`,
        mx: `+52 55 ${digits(4)} ${digits(4)}`, mxl: `55 ${digits(4)} ${digits(4)}`, gt: `+502 ${int(3, 5)}${digits(3)} ${digits(4)}`,
        sv: `+503 7${digits(3)}-${digits(4)}`, do: `+1 809 555 ${ln}`, hn: `+504 9${digits(3)}-${digits(4)}`, '800': `1-800-555-${ln}` }[fmt];
      return mk('PHONE', v);
    },
    E: (local, domain) => {
      const f = pick(FIRST), l = pick(LAST);
      const lp = local || pick([`${f}.${l}`, `${f}${l}${int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${f}.${l}${int(70, 99)}`]);
      return mk('EMAIL', `${lp}@${domain || pick(DOMAINS)}`);
    },
    D: (fmt = 'us', age = 'adult') => { const [lo, hi] = YEARS[age]; return mk('DATE_OF_BIRTH', fmtDate(int(lo, hi), int(1, 12), int(1, 28), fmt)); },
    C: (brand = 'visa', fmt = 's') => mk('CREDIT_CARD', cardFmt(cardDigits(brand), fmt)),
    N: (kind = 'doc') => {
      const v = { doc: `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`, p10: `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
        p192: `192.168.${int(0, 20)}.${int(2, 254)}`, p172: `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`, lo: '127.0.0.1',
        v6: `2001:db8:${int(1, 0xffff).toString(16)}::${int(1, 0xffff).toString(16)}`, v6f: `2001:0db8:${['85a3', '0000', '0000', '8a2e', '0370', pad(int(1, 9999), 4)].join(':')}` }[kind];
      return mk('IP_ADDRESS', v);
    },
    // ------------ hard negatives
    X: (kind, fmt) => {
      let v;
      const [a, g, s] = ssnValid();
      switch (kind) {
        case 'ssn-invalid-area-000': v = `000-${g}-${s}`; break;
        case 'ssn-invalid-area-666': v = `666-${g}-${s}`; break;
        case 'ssn-invalid-area-9xx': v = `9${digits(2)}-${pad(pick([int(10, 49), int(66, 69), 89, 93]), 2)}-${s}`; break;
        case 'ssn-invalid-group-00': v = `${a}-00-${s}`; break;
        case 'ssn-invalid-serial-0000': v = `${a}-${g}-0000`; break;
        case 'ssn-placeholder': v = fmt || pick(['000-00-0000', '999-99-9999', '123-45-6789']); break;
        case 'ssn-masked': v = fmt === '*' ? `***-**-${digits(4)}` : `XXX-XX-${digits(4)}`; break;
        case 'last-four': v = digits(4); break;
        case 'zip4': v = `${pick(['100', '104', '112', '113', '606', '900', '787', '331', '021', '200'])}${digits(2)}-${digits(4)}`; break;
        case 'date-not-birth': v = fmtDate(int(2024, 2026), int(1, 12), int(1, 28), fmt || 'us'); break;
        case 'library-barcode': v = `${fmt === 'item' ? '3' : '2'}${digits(4)}00${digits(7)}`; break;
        case 'tracking-number': v = fmt === 'ups' ? `1Z${digits(3)}W${digits(2)}03${digits(8)}`.slice(0, 18).padEnd(18, '7') : fmt === 'fedex' ? digits(12) : fmt === 'uspsS' ? `9400 ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}` : `9400${digits(18)}`; break;
        case 'version-number': v = fmt === 'ip' ? `${int(1, 20)}.${int(0, 9)}.${int(0, 9)}.${int(1, 250)}` : fmt === '3' ? `${int(1, 20)}.${int(0, 15)}.${int(0, 30)}` : `${int(1, 12)}.${int(0, 9)}`; break;
        case 'time': v = fmt || pick([`${int(8, 11)}:${pick(['00', '15', '30', '45'])} a.m.`, `${int(1, 5)}:${pick(['00', '30'])}pm`, `${int(13, 17)}:${pick(['00', '30'])}`, `${int(1, 4)}:${pick(['15', '45'])} PM`]); break;
        case 'price': v = fmt === 'big' ? `$${int(1, 9)},${pad(int(0, 999), 3)}.${pad(int(0, 99), 2)}` : `$${int(10, 899)}.${pad(int(0, 99), 2)}`; break;
        case 'luhn-fail': {
          const brand = fmt && fmt.split(':')[0] || 'visa', f = fmt && fmt.split(':')[1] || 's';
          const d = cardDigits(brand);
          const bad = d.slice(0, -1) + ((+d.at(-1) + int(1, 9)) % 10);
          v = cardFmt(bad, f); break;
        }
        case 'mac-address': v = Array.from({ length: 6 }, () => pad(int(0, 255).toString(16), 2)).join(':'); break;
        case 'i94-number': v = `${digits(9)}A${int(1, 9)}`; break;
        case 'curp': { const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', l = (n) => Array.from({ length: n }, () => L[int(0, 25)]).join(''); v = `${l(4)}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['H', 'M'])}${l(5)}${pick(['0', 'A'])}${int(0, 9)}`; break; }
        case 'matricula': v = String(int(1, 9)) + digits(fmt === 10 ? 9 : 8); break;
        case 'sevis-id': v = `N${pad(int(1, 999999999), 10)}`; break;
        case 'dpi': v = `${int(1, 3)}${digits(3)} ${digits(5)} ${pick(['0101', '0108', '1601', '0901'])}`; break;
        case 'receipt-short': v = `${pick(['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC'])}${digits(8)}`; break;
        default:
          if (fmt === 'ssn') { v = `${a}-${g}-${s}`; break; }
          v = {
            'order-number': () => pick([`${int(1, 9)}${digits(8)}`, `W${digits(9)}`, `${digits(3)}-${digits(7)}-${digits(7)}`]),
            'case-number': () => pick([`${int(2023, 2025)}-${pick(['HS', 'LT', 'CV', 'DV'])}-${digits(6)}`, `${int(1, 9)}${digits(9)}`, `C${digits(7)}`]),
            'claim-number': () => pick([`CLM-${int(2024, 2025)}-${digits(6)}`, `${int(1, 9)}${digits(10)}`]),
            'ticket-number': () => pick([`INC${pad(int(1, 9999999), 7)}`, `REQ${digits(7)}`, `HD-${digits(5)}`]),
            '311-number': () => pick([`311-${digits(8)}`, `${int(1, 9)}${digits(9)}`, `SR${digits(8)}`]),
            'invoice-number': () => pick([`INV-${digits(6)}`, `${int(1, 9)}${digits(7)}`]),
            'account-number': () => pick([`${int(1, 9)}${digits(10)}`, `${int(1, 9)}${digits(3)}-${digits(4)}-${digits(2)}`, `${int(1, 9)}${digits(8)}`]),
            'confirmation-number': () => pick([`${pick(['K', 'Q', 'T'])}${digits(2)}${pick(['X', 'M', 'R'])}${digits(5)}`, `${int(1, 9)}${digits(9)}`]),
            'reference-number': () => pick([`REF${digits(8)}`, `${int(1, 9)}${digits(11)}`]),
            'employee-id': () => `${pick(['E', '0'])}${digits(6)}`,
            'medical-record-number': () => `${pick(['MRN', ''])}${int(1, 9)}${digits(7)}`,
            'permit-number': () => `${pick(['B', 'PW'])}${digits(8)}`,
          }[kind]();
      }
      if (fmt === 'ssn' && !isValidSsn(v)) throw new Error('ssn-layout decoy must pass the SSA rules');
      return mkx(kind, v);
    },
  };
  return h;
}

// ---------------------------------------------------------------- build
const MARK = /⟦(~?)([^|⟧]+)\|([^⟧]*)⟧/g;
function render(raw) {
  let text = '', last = 0;
  const spans = [], decoys = [];
  for (const m of raw.matchAll(MARK)) {
    text += raw.slice(last, m.index);
    const start = text.length;
    text += m[3];
    const end = text.length;
    if (m[1]) decoys.push({ kind: m[2], start, end }); else spans.push({ type: m[2], start, end });
    last = m.index + m[0].length;
  }
  text += raw.slice(last);
  return { text, spans, decoys };
}

// Text outside spans and decoys must not hold anything that looks like an identifier the template forgot.
const LEAKS = [/\d{3}[- ]?\d{2}[- ]?\d{4}/, /\b\d{3}[-. ]\d{4}\b/, /\S@\S/, /\d+\.\d+\.\d+\.\d+/, /\d{7,}/, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, /\b(19|20)\d\d-\d\d-\d\d\b/, /\d{4}[ -]\d{4}[ -]\d{4}/];

function verify(rec) {
  const { text, spans } = rec; const decoys = rec.decoys || [];
  if (/[⟦⟧]/.test(text)) throw new Error(`${rec.id}: marker left in text`);
  const all = [...spans.map((s) => ({ ...s, what: s.type })), ...decoys.map((d) => ({ ...d, what: `~${d.kind}` }))].sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].end) throw new Error(`${rec.id}: overlapping spans`);
  for (const s of spans) {
    const v = text.slice(s.start, s.end);
    if (!VALID[s.type] || !VALID[s.type](v)) throw new Error(`${rec.id}: ${s.type} ${v} not valid`);
    if (v !== v.trim() || /[.,;:)]$/.test(v)) throw new Error(`${rec.id}: span ${v} has padding`);
  }
  for (const d of decoys) {
    const v = text.slice(d.start, d.end);
    if (!DECOY[d.kind] || !DECOY[d.kind](v)) throw new Error(`${rec.id}: decoy ${d.kind} ${v} is not one`);
    if (!VALID_SSN_LAYOUT_OK.has(d.kind) && /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v) && isValidSsn(v)) throw new Error(`${rec.id}: ${d.kind} ${v} is a valid SSN`);
    if (d.kind === 'luhn-fail' && luhn(v.replace(/\D/g, ''))) throw new Error('luhn');
  }
  let blank = text;
  for (const s of all) blank = blank.slice(0, s.start) + '█'.repeat(s.end - s.start) + blank.slice(s.end);
  for (const r of LEAKS) if (r.test(blank)) throw new Error(`${rec.id}: unmarked identifier-like text ${r} in: ${blank}`);
}

function build(seedValue) {
  const h = makeHelpers(mulberry32(seedValue));
  const counters = new Map();
  const records = [];
  for (const t of templates()) {
    const [group, lang, fn, note] = t;
    if (!['en', 'es'].includes(lang)) throw new Error(`bad lang ${lang}`);
    const key = `${group}-${lang}`;
    const n = (counters.get(key) || 0) + 1;
    counters.set(key, n);
    const { text, spans, decoys } = render(fn(h));
    const rec = { id: `${key}-${String(n).padStart(3, '0')}`, lang, text, spans };
    if (decoys.length) rec.decoys = decoys;
    if (note) rec.note = note;
    verify(rec);
    records.push(rec);
  }
  const ids = new Set(records.map((r) => r.id));
  if (ids.size !== records.length) throw new Error('duplicate ids');
  const texts = new Set(records.map((r) => r.text));
  if (texts.size !== records.length) throw new Error('duplicate texts');
  return records;
}

function statistics(records) {
  const lines = [];
  const byLang = { en: 0, es: 0 };
  const types = {}, kinds = {};
  let empty = 0, mixed = 0;
  for (const r of records) {
    byLang[r.lang]++;
    if (!r.spans.length) empty++;
    if (r.note && r.note.includes('mixed')) mixed++;
    for (const s of r.spans) { types[s.type] ??= { en: 0, es: 0 }; types[s.type][r.lang]++; }
    for (const d of r.decoys || []) { kinds[d.kind] ??= { en: 0, es: 0 }; kinds[d.kind][r.lang]++; }
  }
  lines.push(`snippets: ${records.length} (en ${byLang.en}, es ${byLang.es}, ${(100 * byLang.es / records.length).toFixed(0)}% Spanish); ${empty} with nothing to redact; ${mixed} mixed-language`);
  const row = (name, o) => `  ${name.padEnd(26)} ${String(o.en + o.es).padStart(4)}   en ${String(o.en).padStart(3)}   es ${String(o.es).padStart(3)}`;
  const sum = (o) => Object.values(o).reduce((a, x) => ({ en: a.en + x.en, es: a.es + x.es }), { en: 0, es: 0 });
  lines.push('spans by type:');
  for (const t of Object.keys(VALID)) lines.push(row(t, types[t] || { en: 0, es: 0 }));
  lines.push(row('total', sum(types)));
  lines.push('hard negatives by kind:');
  for (const k of Object.keys(kinds).sort()) lines.push(row(k, kinds[k]));
  lines.push(row('total', sum(kinds)));
  return lines.join('\n');
}

const records = build(seed);
const body = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
if (check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : null;
  if (current !== body) { console.error(`${out} differs from what the script makes (seed ${seed})`); process.exit(1); }
  console.log(`${out} is up to date (${records.length} snippets)`);
} else if (!stats || argv.includes('--out')) {
  writeFileSync(out, body);
  console.log(`wrote ${out} (${records.length} snippets)`);
}
if (stats || !check) console.log(statistics(records));

// ---------------------------------------------------------------- templates
// [group, lang, (helpers) => raw text, note?]. Invented people, numbers and addresses throughout.
function templates() {
  const t = (group, lang, fn, note) => [group, lang, fn, note];
  return [
    // ---------------- caseworker notes: benefits / intake (en)
    t('intake', 'en', ({ S, D, T }) => `Walk-in. Client Rosa M. here to reapply for SNAP after case closed. DOB ${D('us')}, SS# ${S()}. Best number is cel ${T('d')}, ok to leave msg.`),
    t('intake', 'en', ({ S, D, X }) => `Pt states her ssn is ${S()} - verified against SS card. D.O.B. ${D('us1')}. Recert appt set for ${X('date-not-birth', 'us')} at ${X('time')}.`),
    t('intake', 'en', ({ I, X }) => `Client does not have social security number, uses ITIN ${I()} for taxes. Told him ITIN cant be used for the Medicaid app. Case ${X('case-number')}.`),
    t('intake', 'en', ({ S, X }) => `Applicant wrote SSN as ${X('ssn-invalid-area-000')} on the paper form, clearly wrong. Called back and got the right one: ${S()}. Updated in system.`, 'invalid SSN corrected by a valid one'),
    t('intake', 'en', ({ D, X }) => `Client's son (DOB ${D('us', 'child')}) added to case. Application filed ${X('date-not-birth', 'us1')}, interview ${X('date-not-birth', 'us1')}.`),
    t('intake', 'en', ({ S, D }) => `Verified identity w/ state ID. Soc sec no. ${S('n')}, birthdate ${D('dash')}. No income docs yet.`),
    t('intake', 'en', ({ X }) => `Client only remembers last 4 of SSN (${X('last-four')}). Asked her to bring card next visit. Ref ${X('reference-number')}.`, 'last four digits only'),
    t('intake', 'en', ({ S, D, T }) => `Name: Devon Price\nDOB: ${D('us')}\nSSN: ${S()}\nPhone: ${T('d')}\nLanguage: English`, 'key: value block'),
    t('intake', 'en', ({ S, D }) => `mom brought the kids birth certs. Oldest born on ${D('us', 'child')}, youngest ${D('us', 'child')}. Mom's social ${S()}.`),
    t('intake', 'en', ({ X, T }) => `Client gave SSN ${X('ssn-invalid-area-666')} but SSA says invalid. Referred to SSA office, phone ${T('1d')}.`, 'invalid SSN (area 666)'),
    t('intake', 'en', ({ S }) => `${S()} is the SSN on the award letter; the one on the lease is different, asked client to explain.`, 'value before its label'),

    // ---------------- benefits (en)
    t('benefits', 'en', ({ S, D, X }) => `Cash assistance recert. Recipient DOB ${D('us2')} SSN ${S()}. Next recert due ${X('date-not-birth', 'us2')}. Grant amt ${X('price')}/mo.`),
    t('benefits', 'en', ({ X }) => `EBT card reported stolen, replacement mailed. Tracking ${X('tracking-number', 'usps')}. Client asked about the ${X('price')} skimmed on ${X('date-not-birth', 'us')}.`),
    t('benefits', 'en', ({ S, X }) => `WIC referral. Mother SSN ${S()}. EDD ${X('date-not-birth', 'us')}. Baby not born yet so no DOB.`, 'due date is not a birth date'),
    t('benefits', 'en', ({ I, D }) => `Spouse has no SSN. Tax ID (ITIN) ${I('n')} issued last yr. Spouse born ${D('abbr')}.`),
    t('benefits', 'en', ({ X }) => `Client read her SSN as ${X('ssn-invalid-group-00')} off an old W-2 - middle two digits are 00 so that cant be right. Need card.`, 'invalid SSN (group 00)'),
    t('benefits', 'en', ({ S, T }) => `Fair hearing requested re SNAP reduction. App SSN ${S()}. Rep is her daughter, ${T('p')}.`),
    t('benefits', 'en', ({ X, E }) => `Claim ${X('claim-number', 'ssn')} in review. Any questions write to ${E('benefits.help', 'cityservices.example.gov')}.`, 'claim number in valid SSN layout'),
    t('benefits', 'en', ({ S, D }) => `SSN\n${S()}\nDate of birth\n${D('us')}`, 'label on the previous line'),
    t('benefits', 'en', ({ X }) => `Per SSA printout SSN ends ${X('ssn-masked')}. Full number not on file, don't enter placeholder ${X('ssn-placeholder', '000-00-0000')}.`, 'masked SSN and placeholder'),

    // ---------------- housing (en)
    t('housing', 'en', ({ S, D, X }) => `Section 8 annual. Tenant SSN ${S()}, DOB ${D('us')}. Move-in date ${X('date-not-birth', 'us')}. Rent portion ${X('price')}.`),
    t('housing', 'en', ({ T, E, X }) => `Tenant called about no heat at 41 Grove St apt 3, ${X('zip4')}. Callback ${T('dot')} or ${E()}.`),
    t('housing', 'en', ({ X }) => `Inspection scheduled ${X('date-not-birth', 'dash')} ${X('time')}. Permit ${X('permit-number')}. Landlord not present last time.`),
    t('housing', 'en', ({ S, X }) => `Lease signed ${X('date-not-birth', 'long')}. Co-signer SS# ${S()}. Security deposit ${X('price', 'big')} paid by check.`),
    t('housing', 'en', ({ D, T }) => `Emergency transfer req. Tenant (born ${D('us1')}) fleeing DV, do NOT release address. Safe # ${T('d')}.`),
    t('housing', 'en', ({ S, I }) => `Household composition: applicant SSN ${S()}; partner ITIN ${I()}; 2 minors no SSN yet.`),
    t('housing', 'en', ({ D, E }) => `Lottery applicant emailed from ${E()} asking if her mother (DOB ${D('long', 'senior')}) can be added to the household.`),
    t('housing', 'en', ({ X }) => `Mailing address: 220 E 12th St, New York NY ${X('zip4')}. Unit 5C. Keys returned ${X('date-not-birth', 'us1')}.`),

    // ---------------- shelter (en)
    t('shelter', 'en', ({ S, D }) => `Intake @ Bushwick men's shelter. Client has no ID. Gave SSN ${S()} and DOB ${D('us2')} verbally, unverified.`),
    t('shelter', 'en', ({ D, X }) => `Family shelter: mother + 3 kids, youngest DOB ${D('us', 'baby')}. Placement started ${X('date-not-birth', 'us')}.`),
    t('shelter', 'en', ({ S, X }) => `client says his ss is ${S()}... also has old DHS case ${X('case-number')}. Locker key #22.`),
    t('shelter', 'en', ({ A, D }) => `Asylum seeker family, arrived last wk. Father's A-number ${A('A9')}, DOB ${D('dmy')} per I-94. Spanish speaking.`),
    t('shelter', 'en', ({ X }) => `Client showed a paper with ${X('ssn-invalid-area-9xx')} written as "social" - 9xx with that middle pair isn't SSN or ITIN. Flagged.`, 'invalid 9xx number'),

    // ---------------- senior (en)
    t('senior', 'en', ({ S, D, T }) => `Home-delivered meals enrollment. Client age 81, DOB ${D('long', 'senior')}. SSN ${S()}. Daughter Linda ${T('p')}.`),
    t('senior', 'en', ({ D, S }) => `Medicare savings program app. Mr. Kowalski b. ${D('us', 'senior')}, soc sec ${S()}, Part B premium deducted.`),
    t('senior', 'en', ({ C, T }) => `Scam alert: client gave her card number ${C('visa', 's')} to a caller claiming to be from the utility. Told her to call the bank at ${T('800')} right away.`),
    t('senior', 'en', ({ X }) => `SCRIE renewal received ${X('date-not-birth', 'us')}. Lease period ends ${X('date-not-birth', 'us')}. Case ${X('case-number')}.`),
    t('senior', 'en', ({ D }) => `Mrs. Oyelaran will turn 90 soon - she was born ${D('long', 'senior')} - staff planning small party.`),

    // ---------------- youth (en)
    t('youth', 'en', ({ D, T, E }) => `SYEP applicant Jaylen W., dob ${D('us', 'teen')}. Parent contact ${T('d')}, ${E()}. Working papers pending.`),
    t('youth', 'en', ({ S, D }) => `Youth has SSN ${S()} (card seen). Born ${D('us1', 'teen')}, in 10th grade.`),
    t('youth', 'en', ({ D, X }) => `Runaway hotline referral. Youth stated age 16, date of birth ${D('dash', 'teen')}. Case ${X('case-number')}.`),
    t('youth', 'en', ({ E }) => `Camp waitlist: parent emailed ${E()} twice. Put her kid on the list for session 2.`),

    // ---------------- re-entry (en)
    t('reentry', 'en', ({ S, D, X }) => `Re-entry intake. Released from state facility ${X('date-not-birth', 'us')}. DOB ${D('us')}, SSN ${S()}. Needs birth cert and state ID.`),
    t('reentry', 'en', ({ T }) => `Parole officer Martinez: ${T('p')} ext 214. Client reports Tuesdays.`),
    t('reentry', 'en', ({ S, X }) => `Client's SSN card lost while incarcerated. Number ${S()}. Replacement request confirmation ${X('confirmation-number')}.`),
    t('reentry', 'en', ({ X }) => `DIN ${X('reference-number')} (state inmate #), not an SSN. Court date ${X('date-not-birth', 'us')}.`),

    // ---------------- resident e-mails (en)
    t('email', 'en', ({ T, E }) => `Hi, I applied for the rent relief program and never heard back. My name is Tanya Brooks and you can reach me at ${T('p')}. Thanks, Tanya\n${E()}`),
    t('email', 'en', ({ S, D }) => `Hello I am writing because my social security number was entered wrong on my application, it should be ${S()} not the one you have. My DOB is ${D('us')}. Please fix`),
    t('email', 'en', ({ X, E }) => `Good morning, my appointment was moved to ${X('date-not-birth', 'long')} at ${X('time')} but I cannot come that day. Can we reschedule? - Kevin (${E()})`),
    t('email', 'en', ({ T, E }) => `-- \nMaria Chen\nCase Manager, Dept of Homeless Services\nOffice ${T('p')} | Cell ${T('d')}\n${E('mchen', 'dhs.example.gov')}`, 'staff signature'),
    t('email', 'en', ({ X }) => `Hi, I paid the ticket online, confirmation ${X('confirmation-number', 'ssn')}, but the letter says I still owe ${X('price')}. Please help.`, 'confirmation number in valid SSN layout'),
    t('email', 'en', ({ D, E }) => `to whom it may concern, my daughter was born ${D('us', 'baby')} and I need to add her to my health plan. reply to ${E()} pls`),
    t('email', 'en', ({ S }) => `My husbands SS is ${S()}. He is in the hospital so I'm filling out the form for him. Let me know what else.`),
    t('email', 'en', ({ X, T }) => `Package for the food pantry shipped, tracking ${X('tracking-number', 'ups')}. Call ${T('+1')} if it doesn't show by Friday.`),
    t('email', 'en', ({ E, T }) => `Thank you for your help yesterday!! I sent the documents to ${E()} like you said. If you need me my number is ${T('n')}.`),

    // ---------------- web forms (en)
    t('webform', 'en', ({ E, T, D }) => `Full name: Andre Santos\nEmail: ${E()}\nPhone: ${T('d')}\nDate of Birth: ${D('us')}\nMessage: need help with my ID card appt`, 'key: value block'),
    t('webform', 'en', ({ X }) => `Message: the pothole on my block is still there. Reported it in march, SR# ${X('311-number')}. ZIP ${X('zip4')}.`),
    t('webform', 'en', ({ S, E }) => `How can we help? I need a letter showing my benefits. SSN ${S()}. Email me at ${E()} thanks`),
    t('webform', 'en', ({ X, T }) => `Reason for contact: billing\nAccount: ${X('account-number')}\nBest time to call: after ${X('time')}\nPhone: ${T('pn')}`),
    t('webform', 'en', ({ D, E }) => `Name,Email,DOB\nKeisha Williams,${E()},${D('us')}`, 'pasted comma table'),
    t('webform', 'en', ({ X }) => `Feedback: your website says version ${X('version-number', '3')} of the form but the PDF I got is older. Also it doesn't load on my phone.`),

    // ---------------- 311 (en)
    t('311', 'en', ({ T, X }) => `Caller reports illegal dumping behind 88 Atlantic Ave. SR ${X('311-number')}. Caller callback ${T('d')}.`),
    t('311', 'en', ({ X }) => `Noise complaint, loud music nightly after ${X('time', '11:30 pm')}. Same address as SR ${X('311-number')} from ${X('date-not-birth', 'us')}.`),
    t('311', 'en', ({ X }) => `Caller wanted status of ${X('311-number', 'ssn')}. Told them it was closed, resolution: DSNY cleaned.`, '311 number in valid SSN layout'),
    t('311', 'en', ({ E }) => `Resident emailed from ${E()}, street light out on the corner. Transferred to DOT.`),
    t('311', 'en', ({ X, T }) => `Heat/hot water complaint. Bldg ZIP ${X('zip4')}. Tenant phone ${T('7')}, apt 2R.`),
    t('311', 'en', ({ S }) => `Caller tried to give her social (${S()}) to the agent - not needed for a noise complaint, told her not to share it.`),

    // ---------------- school (en)
    t('school', 'en', ({ D, T }) => `New student registration: Maya R., grade 3, DOB ${D('us', 'child')}. Guardian cell ${T('p')}.`),
    t('school', 'en', ({ E, T }) => `Ms. Jackson, my son was absent today with a fever. Please call me at ${T('d')} or email ${E()}. Thank you`),
    t('school', 'en', ({ D, X }) => `Kindergarten eligibility: child must be born on or before Dec 31. Applicant born ${D('long', 'child')}. Application deadline ${X('date-not-birth', 'long')}.`),
    t('school', 'en', ({ N, X }) => `Chromebook #47 can't reach wifi, got IP ${N('p10')}. OS version ${X('version-number', '3')}. Sent to district IT.`),
    t('school', 'en', ({ X }) => `Field trip fee ${X('price')} due ${X('date-not-birth', 'us1')}. Student ID ${X('employee-id')} on the permission slip.`),

    // ---------------- clinic (en)
    t('clinic', 'en', ({ D, T }) => `Pt called to confirm appt. Verified name and DOB ${D('us')}. Callback ${T('d')}.`),
    t('clinic', 'en', ({ D, X }) => `Prenatal intake. LMP ${X('date-not-birth', 'us')}, EDD ${X('date-not-birth', 'us')}. Pt DOB ${D('us')}.`, 'LMP and EDD are not birth dates'),
    t('clinic', 'en', ({ S, X }) => `MRN ${X('medical-record-number')}. Uninsured, applying for charity care. SSN ${S()}.`),
    t('clinic', 'en', ({ D }) => `Immunization record for infant born ${D('long', 'baby')}; 2-month shots given today.`),
    t('clinic', 'en', ({ X, T }) => `Lab results ready. Follow-up ${X('date-not-birth', 'abbr')} ${X('time')}. Pharmacy fax is not a phone we call; pharmacy phone ${T('p')}.`),
    t('clinic', 'en', ({ D, E }) => `Patient portal locked out. Pt email ${E()}, birth date ${D('iso')}. Reset link sent.`),
    t('clinic', 'en', ({ C, X }) => `Copay ${X('price')} paid by card ${C('mc', 'd')} over phone - should not have been written here, please redact.`),

    // ---------------- library (en)
    t('library', 'en', ({ X, E }) => `Patron card ${X('library-barcode')} blocked for fines. Patron emailed from ${E()} asking to waive.`),
    t('library', 'en', ({ X }) => `Item ${X('library-barcode', 'item')} returned damaged. Replacement cost ${X('price')}. Due date was ${X('date-not-birth', 'us')}.`),
    t('library', 'en', ({ D, T }) => `Teen card application: DOB ${D('us', 'teen')}, parent phone ${T('d')}.`),
    t('library', 'en', ({ N, X }) => `Public PC 12 IP ${N('p192')} keeps dropping. Print release station on firmware ${X('version-number', 'ip')}.`, 'IPv4-shaped firmware version'),

    // ---------------- legal aid (en)
    t('legal', 'en', ({ X, T }) => `Eviction case index ${X('case-number')}. Court date ${X('date-not-birth', 'us')} in Part F. Client cell ${T('d')}.`),
    t('legal', 'en', ({ S, D }) => `Client needs SSA overpayment waiver. SSN ${S()}, DOB ${D('us')}. Overpayment letter dated last month.`),
    t('legal', 'en', ({ E, T }) => `Opposing counsel: Ruth Levin, ${E('rlevin', 'levinlaw.example.com')}, ${T('p')}.`),
    t('legal', 'en', ({ X }) => `Client got a collection letter, account ${X('account-number', 'ssn')} - creditor uses that as the acct no. Not her SSN.`, 'account number in valid SSN layout'),
    t('legal', 'en', ({ I, X }) => `Tax clinic: client filed w/ ITIN ${I()} for TY2023. Refund of ${X('price', 'big')} held. IRS letter ref ${X('reference-number')}.`),
    t('legal', 'en', ({ D }) => `Guardianship petition for grandson, born ${D('long', 'child')}. Mother incarcerated.`),

    // ---------------- immigration clinic (en)
    t('immig', 'en', ({ A, R, D }) => `I-765 renewal. A# ${A('b9')}, receipt ${R('IOE')}. Client DOB ${D('us')}.`),
    t('immig', 'en', ({ A, R }) => `Client's A-number is ${A('Ad')}. Previous I-130 receipt ${R('WAC')} approved.`),
    t('immig', 'en', ({ R, X }) => `Receipt notice ${R('EAC')} received date ${X('date-not-birth', 'us')}. Biometrics appt ${X('date-not-birth', 'us')} at ${X('time')}.`),
    t('immig', 'en', ({ P, D }) => `Client's Honduran passport ${P('gt')} expires soon. DOB on passport ${D('dmy')}.`),
    t('immig', 'en', ({ X, A }) => `I-94 number ${X('i94-number')}. Alien reg. no. ${A('A8')}. SEVIS ${X('sevis-id')} (former student).`, 'I-94 and SEVIS are not identifiers of the ten types'),
    t('immig', 'en', ({ A, T }) => `Asylum clock question. USCIS # ${A('b9')}. Client's phone ${T('d')}.`),
    t('immig', 'en', ({ R, X }) => `Client brought an old notice with ${X('receipt-short')} - too short to be a receipt no, probably mistyped. Asked for the original.`, 'receipt-like but short'),

    // ---------------- court reminders (en)
    t('court', 'en', ({ X }) => `REMINDER: your hearing is on ${X('date-not-birth', 'long')} at ${X('time')}, Housing Court, 111 Centre St. Docket ${X('case-number')}.`),
    t('court', 'en', ({ X, T }) => `Summons ${X('ticket-number')}: appear ${X('date-not-birth', 'us')}. Questions? Call ${T('p')}. Reply STOP to opt out.`),
    t('court', 'en', ({ D, X }) => `Defendant DOB ${D('us')}. Arraignment ${X('date-not-birth', 'us')}. Bail set ${X('price', 'big')}.`),
    t('court', 'en', ({ E }) => `Court clerk reply: send the stipulation to ${E('clerk.housing', 'courts.example.gov')} before the next date.`),

    // ---------------- payment help (en)
    t('pay', 'en', ({ C, X }) => `Chat: I tried to pay my water bill with ${C('visa', 's')} and it keeps failing. Bill ${X('account-number')}, amount ${X('price')}.`),
    t('pay', 'en', ({ X }) => `Chat: resident typed card ${X('luhn-fail', 'visa:s')} - the card number fails the check, so the payment form rejected it. Asked her to re-enter.`, 'card-like number that fails Luhn'),
    t('pay', 'en', ({ C }) => `user: my amex is ${C('amex', 's')} can u charge the parking ticket to that\nagent: please don't send card numbers in chat`),
    t('pay', 'en', ({ C, T }) => `Resident read card ${C('mc', 'n')} to the cashier over the phone, callback ${T('d')}. Payment posted.`),
    t('pay', 'en', ({ X }) => `Refund of ${X('price')} issued to card ending ${X('last-four')}. Ref ${X('reference-number')}.`),

    // ---------------- HR / onboarding (en)
    t('hr', 'en', ({ S, D, E }) => `New hire paperwork: I-9 done. SSN ${S()}, DOB ${D('us')}. Personal email ${E()}. Start date Monday.`),
    t('hr', 'en', ({ X }) => `Employee ID ${X('employee-id')}. Direct deposit account ${X('account-number')}. Benefits effective ${X('date-not-birth', 'us')}.`),
    t('hr', 'en', ({ P, D }) => `Onboarding: List A doc = US passport ${P('us')}, exp 2031. Employee born ${D('abbr')}.`),
    t('hr', 'en', ({ T, E }) => `Emergency contact: partner, ${T('+1d')}. Work email will be ${E('jreyes', 'city.example.gov')}.`),
    t('hr', 'en', ({ S, X }) => `W-4 had SSN ${S()} but payroll system shows ${X('ssn-invalid-serial-0000')}, serial 0000 is invalid - typo at data entry.`, 'invalid SSN (serial 0000)'),

    // ---------------- IT help desk (en)
    t('it', 'en', ({ N, X }) => `Ticket ${X('ticket-number')}: user can't reach the benefits portal from ${N('doc')}. VPN client ${X('version-number', '3')}.`),
    t('it', 'en', ({ N }) => `Blocked login attempts from ${N('doc')} and ${N('v6')} overnight. Added to deny list.`),
    t('it', 'en', ({ N, X }) => `Printer at ${N('p10')}:9100 offline. MAC ${X('mac-address')}. Firmware ${X('version-number', 'ip')} - update pending.`, 'IPv4-shaped firmware version, port not in span'),
    t('it', 'en', ({ X, E }) => `Password reset for ${E('dgreen', 'city.example.gov')}. Ticket ${X('ticket-number')}. Closed.`),
    t('it', 'en', ({ N }) => `DNS test: ping ${N('lo')} ok, gateway ${N('p192')} ok, external fails.`),
    t('it', 'en', ({ X }) => `Upgrade library kiosks from ${X('version-number', 'ip')} to ${X('version-number', 'ip')} on ${X('date-not-birth', 'us')} after ${X('time', '6:00 pm')}.`, 'IPv4-shaped versions only'),
    t('it', 'en', ({ N, T }) => `Caller at desk phone ${T('d')} says app server ${N('p172')} returns 502.`),
    t('it', 'en', ({ N }) => `Firewall log: src=${N('v6f')} dst=${N('doc')} action=drop`),
    // ---------------- Spanish: caseworker notes (intake / benefits)
    t('intake', 'es', ({ S, D, T }) => `Cliente vino a solicitar cupones de alimentos. Fecha de nacimiento ${D('dmy')}, seguro social ${S()}. Cel. ${T('d')}.`),
    t('intake', 'es', ({ I, D }) => `La señora no tiene seguro social, tiene ITIN ${I()}. Nacio el ${D('es')}. Trae talones de pago la proxima vez.`),
    t('intake', 'es', ({ S, X }) => `Sra. Castillo dio su SS# ${S()}. Cita para entrevista el ${X('date-not-birth', 'es')} a las ${X('time', '10:30 a.m.')}.`),
    t('intake', 'es', ({ D }) => `Hijos: Daniel (nacido el ${D('es', 'child')}) y Sofia (nacida el ${D('es', 'child')}). Ninguno tiene seguro medico.`),
    t('intake', 'es', ({ X }) => `El cliente escribio ${X('ssn-invalid-area-000')} como numero de seguro social, no es valido. Se le pidio la tarjeta original.`, 'invalid SSN (area 000)'),
    t('intake', 'es', ({ S, D, T }) => `Nombre: Jorge Morales\nF. nac.: ${D('dmy')}\nNo. Seguro Social: ${S()}\nTel.: ${T('p')}`, 'key: value block'),
    t('intake', 'es', ({ I }) => `Dice que su "social" es ${I()} pero empieza con 9 y el grupo es de ITIN, asi que es ITIN. No califica para SSI.`, 'ITIN called social'),
    t('intake', 'es', ({ X }) => `Numero de caso ${X('case-number')}. Solicitud recibida el ${X('date-not-birth', 'dmy')}. Falta comprobante de domicilio.`),
    t('intake', 'es', ({ S, D }) => `Esposo: SSN ${S('s')}, fecha de nac. ${D('esdel')}. Trabaja en construccion, paga en efectivo.`),
    t('intake', 'es', ({ X }) => `Cliente solo recuerda los ultimos 4 digitos del seguro (${X('last-four')}). Se agenda nueva cita el ${X('date-not-birth', 'es')}.`, 'last four digits only'),
    t('benefits', 'es', ({ S, D, X }) => `Renovacion de Medicaid. Titular nacida el ${D('es2')}, SSN ${S()}. La renovacion vence el ${X('date-not-birth', 'es2')}.`),
    t('benefits', 'es', ({ X }) => `Beneficio de ${X('price')} depositado en la tarjeta EBT. Reclamo ${X('claim-number')} por cobro doble.`),
    t('benefits', 'es', ({ I, D }) => `Solicitante con numero de identificacion personal del contribuyente (ITIN) ${I('s')}, fecha de nacimiento ${D('dmy1')}.`),
    t('benefits', 'es', ({ X }) => `La clienta leyo ${X('ssn-invalid-area-666')} en una carta vieja; 666 no existe como area. Pedir carta del Seguro Social.`, 'invalid SSN (area 666)'),
    t('benefits', 'es', ({ D, X }) => `WIC: bebe nacio el ${D('es', 'baby')}. Fecha probable de parto era ${X('date-not-birth', 'es')}. Mama amamantando.`, 'FPP is not a birth date'),
    t('benefits', 'es', ({ S, T }) => `Audiencia imparcial solicitada. SS ${S()}. Su hija la representa, cel ${T('s')}.`),
    t('benefits', 'es', ({ X }) => `Cuenta ${X('account-number', 'ssn')} del programa de luz, no es seguro social. Pago pendiente ${X('price')}.`, 'account number in valid SSN layout'),

    // ---------------- Spanish: housing / shelter / senior / youth / re-entry
    t('housing', 'es', ({ S, D, X }) => `Inquilina: SSN ${S()}, fecha nac. ${D('dmy')}. Fecha de mudanza ${X('date-not-birth', 'dmy')}. Renta ${X('price', 'big')}.`),
    t('housing', 'es', ({ T, X }) => `La inquilina llamo porque no hay calefaccion en el edificio de la calle 116, codigo postal ${X('zip4')}. Llamar al ${T('p')}.`),
    t('housing', 'es', ({ X }) => `Inspeccion programada para el ${X('date-not-birth', 'es')} entre ${X('time', '9:00 a.m.')} y ${X('time', '1:00 p.m.')}. Queja 311 ${X('311-number')}.`),
    t('housing', 'es', ({ E, D }) => `Escribio desde ${E()} preguntando si puede agregar a su mama (nacio en ${D('es', 'senior')}) al hogar.`),
    t('housing', 'es', ({ I, S }) => `Composicion del hogar: solicitante ITIN ${I()}, hijo mayor SSN ${S()}, dos menores sin numero.`),
    t('housing', 'es', ({ X }) => `Contrato firmado el ${X('date-not-birth', 'esdel')}. Deposito ${X('price', 'big')}. Referencia del plan de pago ${X('reference-number')}.`),
    t('housing', 'es', ({ T, E }) => `Dueño del edificio: Sr. Ramirez, tel ${T('dot')}, correo ${E()}.`),
    t('shelter', 'es', ({ A, D }) => `Familia solicitante de asilo en el albergue. Numero A del padre: ${A('b9')}. Fecha de nacimiento de la madre ${D('dmy')}.`),
    t('shelter', 'es', ({ S, D }) => `Cliente sin documentos de identidad. Dio de memoria su seguro social ${S()} y su fecha de nac ${D('dmy')}. Sin verificar.`),
    t('shelter', 'es', ({ X, T }) => `Cama 8. Hora de entrada ${X('time', '21:00')}. Contacto de emergencia, su prima: ${T('mxl')} (Mexico).`),
    t('shelter', 'es', ({ D, X }) => `Mama con 2 niños, el menor nacio ${D('dmy', 'baby')}. Ingreso al albergue ${X('date-not-birth', 'dmy')}.`),
    t('shelter', 'es', ({ X }) => `El señor mostro un papel con ${X('ssn-invalid-area-9xx')} como "seguro", pero con ese grupo no es SSN ni ITIN.`, 'invalid 9xx number'),
    t('senior', 'es', ({ S, D, T }) => `Comidas a domicilio. Sra. Reyes, 84 años, nacio el ${D('es', 'senior')}. Seguro social ${S()}. Hija: ${T('p')}.`),
    t('senior', 'es', ({ C, T }) => `Estafa: el señor le dio su tarjeta ${C('visa', 'd')} a alguien que llamo diciendo que era del banco. Se le dijo que llame al banco, ${T('800')}.`),
    t('senior', 'es', ({ D }) => `Don Ernesto cumple 90 años, nacio el ${D('esdel', 'senior')}. Le haremos una fiesta.`),
    t('senior', 'es', ({ S }) => `Ayuda con Medicare, parte D. Numero de seguro social ${S()}. Trae lista de medicamentos.`),
    t('youth', 'es', ({ D, T }) => `Programa de verano: joven de 15 años, fecha de nacimiento ${D('dmy', 'teen')}. Cel del papa ${T('d')}.`),
    t('youth', 'es', ({ E, D }) => `La mama escribio a ${E()}: su hijo nacio el ${D('es2', 'child')} y quiere inscribirlo en el campamento.`),
    t('youth', 'es', ({ S }) => `Tarjeta de seguro social del joven vista: ${S()}. Listo para permiso de trabajo.`),
    t('reentry', 'es', ({ S, D, X }) => `Reingreso. Salio de prision el ${X('date-not-birth', 'dmy')}. Nacido ${D('dmy')}. SSN ${S()}.`),
    t('reentry', 'es', ({ T }) => `Oficial de libertad condicional: ${T('p')}. El cliente se reporta los martes.`),
    t('reentry', 'es', ({ X }) => `Numero de recluso ${X('reference-number')}, no es su seguro. Cita en corte el ${X('date-not-birth', 'es')}.`),

    // ---------------- Spanish: resident e-mails and web forms
    t('email', 'es', ({ T, E }) => `Buenas tardes, solicite la ayuda de renta y no me han contestado. Me pueden llamar al ${T('p')}. Gracias.\nLucia Perez\n${E()}`),
    t('email', 'es', ({ S, D }) => `Hola, mi numero de seguro social quedo mal en la solicitud, el correcto es ${S()}. Mi fecha de nacimiento es ${D('dmy')}. Por favor corrijan.`),
    t('email', 'es', ({ X, E }) => `Buenos dias, me cambiaron la cita para el ${X('date-not-birth', 'es')} pero ese dia trabajo. ¿Se puede cambiar? Ana (${E()})`),
    t('email', 'es', ({ T, E }) => `--\nCarmen Santos\nTrabajadora Social, Servicios Sociales\nOficina ${T('p')} | Cel. ${T('d')}\n${E('csantos', 'social.example.gov')}`, 'staff signature'),
    t('email', 'es', ({ D, E }) => `A quien corresponda, mi hija nacio el ${D('es', 'baby')} y necesito agregarla a mi seguro medico. Respondan a ${E()} por favor.`),
    t('email', 'es', ({ X }) => `Pague la multa en linea, numero de confirmacion ${X('confirmation-number')}, pero la carta dice que debo ${X('price')}. Ayuda por favor.`),
    t('email', 'es', ({ S }) => `El seguro social de mi esposo es ${S()}, el esta en el hospital y yo lleno la forma por el.`),
    t('email', 'es', ({ T, X }) => `Mande los papeles por correo, numero de rastreo ${X('tracking-number', 'uspsS')}. Cualquier cosa llamen al ${T('+1')}.`),
    t('email', 'es', ({ E }) => `Muchas gracias por la ayuda de ayer. Ya mande los documentos a ${E('documentos', 'vivienda.example.gov')} como me dijo.`),
    t('webform', 'es', ({ E, T, D }) => `Nombre completo: Miguel Angel Reyes\nCorreo: ${E()}\nTeléfono: ${T('d')}\nFecha de nacimiento: ${D('dmy')}\nMensaje: necesito cita para la tarjeta de identificacion`, 'key: value block'),
    t('webform', 'es', ({ X }) => `Mensaje: el bache de mi calle sigue ahi. Lo reporte en marzo, numero ${X('311-number')}. Codigo postal ${X('zip4')}.`),
    t('webform', 'es', ({ S, E }) => `¿En que le podemos ayudar? Necesito una carta de mis beneficios. Seguro social ${S()}. Mi correo ${E()}`),
    t('webform', 'es', ({ D, E }) => `Nombre\tCorreo\tFecha nac.\nRosa Diaz\t${E()}\t${D('dmy')}`, 'pasted tab table'),

    // ---------------- Spanish: 311, school, clinic, library
    t('311', 'es', ({ T, X }) => `Llamante reporta basura tirada detras del edificio. SR ${X('311-number')}. Telefono de contacto ${T('d')}.`),
    t('311', 'es', ({ X }) => `Queja por ruido, musica alta despues de las ${X('time', '23:00')}. Misma direccion que la queja ${X('311-number', 'ssn')}.`, '311 number in valid SSN layout'),
    t('311', 'es', ({ E }) => `Vecina escribio desde ${E()}: la luz de la esquina no sirve. Transferido a transporte.`),
    t('311', 'es', ({ S }) => `La llamante quiso dar su seguro social (${S()}) para una queja de ruido; se le explico que no hace falta.`),
    t('311', 'es', ({ X, T }) => `Sin agua caliente. Codigo postal ${X('zip4')}. Inquilino tel. ${T('7')}, apto 4F.`, 'phone without area code'),
    t('school', 'es', ({ D, T }) => `Inscripcion de alumno nuevo: Mateo G., 2do grado, fecha de nacimiento ${D('dmy', 'child')}. Cel. de la tutora ${T('p')}.`),
    t('school', 'es', ({ X }) => `Reuniones de padres el ${X('date-not-birth', 'es')}, de ${X('time', '3:00 PM')} a ${X('time', '6:00 PM')}. Inscribirse en linea.`),
    t('school', 'es', ({ E, T }) => `Maestra, mi hijo falto hoy porque tiene fiebre. Me puede llamar al ${T('d')} o escribir a ${E()}. Gracias`),
    t('school', 'es', ({ D, X }) => `Kinder: el niño nacio el ${D('es', 'child')}. Fecha limite de solicitud ${X('date-not-birth', 'es')}.`),
    t('clinic', 'es', ({ D, T }) => `Paciente llamo para confirmar cita. Se verifico nombre y fecha de nacimiento ${D('dmy')}. Devolver llamada al ${T('d')}.`),
    t('clinic', 'es', ({ D, X }) => `Control prenatal. FUM ${X('date-not-birth', 'dmy')}, FPP ${X('date-not-birth', 'dmy')}. Paciente nacida el ${D('dmy')}.`, 'FUM and FPP are not birth dates'),
    t('clinic', 'es', ({ S, X }) => `Expediente ${X('medical-record-number')}. Sin seguro, solicita atencion caritativa. SSN ${S()}.`),
    t('clinic', 'es', ({ D }) => `Vacunas del bebe nacido el ${D('esdel', 'baby')}; hoy se pusieron las de los 2 meses.`),
    t('clinic', 'es', ({ C, X }) => `Copago de ${X('price')} pagado con tarjeta ${C('mc', 's')} por telefono, no debio anotarse aqui.`),
    t('library', 'es', ({ X, E }) => `Tarjeta de biblioteca ${X('library-barcode')} bloqueada por multas. El usuario escribio desde ${E()} pidiendo perdon de multas.`),
    t('library', 'es', ({ X }) => `Libro ${X('library-barcode', 'item')} devuelto dañado. Costo de reposicion ${X('price')}. Vencia el ${X('date-not-birth', 'dmy')}.`),
    t('library', 'es', ({ D, T }) => `Solicitud de tarjeta juvenil: fecha de nac. ${D('dmy', 'teen')}, tel. de la mama ${T('d')}.`),

    // ---------------- Spanish: legal aid, immigration clinic, court, payments, HR, IT
    t('legal', 'es', ({ X, T }) => `Caso de desalojo ${X('case-number')}. Fecha de corte ${X('date-not-birth', 'dmy')}. Cel. del cliente ${T('d')}.`),
    t('legal', 'es', ({ S, D }) => `Cliente necesita exencion de sobrepago del Seguro Social. SSN ${S()}, nacio ${D('es')}.`),
    t('legal', 'es', ({ I, X }) => `Clinica de impuestos: declaro con ITIN ${I()}. Reembolso de ${X('price', 'big')} retenido. Carta del IRS ref. ${X('reference-number')}.`),
    t('legal', 'es', ({ D }) => `Peticion de tutela del nieto, nacido el ${D('es', 'child')}. La mama esta detenida.`),
    t('immig', 'es', ({ A, R, D }) => `Renovacion de permiso de trabajo. Numero A: ${A('b9')}. Recibo ${R('IOE')}. Fecha de nacimiento ${D('dmy')}.`),
    t('immig', 'es', ({ A, P }) => `El cliente tiene A-number ${A('A9')} y pasaporte mexicano ${P('mx')}. Vencimiento del pasaporte el proximo año.`),
    t('immig', 'es', ({ R, X }) => `Aviso de recibo ${R('LIN')}, fecha de recibo ${X('date-not-birth', 'dmy')}. Cita de biometricos ${X('date-not-birth', 'dmy')} a las ${X('time', '8:00 a.m.')}.`),
    t('immig', 'es', ({ P, D, X }) => `Pasaporte guatemalteco ${P('gt')}. DPI ${X('dpi')}. Nacio el ${D('es')} en Huehuetenango.`, 'DPI is not one of the ten types'),
    t('immig', 'es', ({ X, A }) => `Matricula consular ${X('matricula')} y CURP ${X('curp')}, ninguno sirve como prueba de estatus. A# ${A('A8')}.`, 'matricula and CURP are not identifiers of the ten types'),
    t('immig', 'es', ({ A, R }) => `El numero de extranjero del cliente es ${A('Ad')}. Su I-130 anterior, recibo ${R('MSC')}, fue aprobado.`),
    t('immig', 'es', ({ R, T }) => `Caso ${R('YSC')} pendiente en USCIS. Llamar a la clienta al ${T('gt')} (Guatemala) o al ${T('d')}.`),
    t('immig', 'es', ({ P, A }) => `Pasaporte\n${P('two')}\nNumero A\n${A('As')}`, 'label on the previous line'),
    t('court', 'es', ({ X }) => `RECORDATORIO: su audiencia es el ${X('date-not-birth', 'es')} a las ${X('time', '9:30 a.m.')} en la Corte de Vivienda. Expediente ${X('case-number')}.`),
    t('court', 'es', ({ X, T }) => `Citacion ${X('ticket-number')}: presentarse el ${X('date-not-birth', 'dmy')}. ¿Preguntas? Llame al ${T('p')}. Responda ALTO para no recibir mensajes.`),
    t('court', 'es', ({ D, X }) => `Acusado nacido el ${D('dmy')}. Lectura de cargos ${X('date-not-birth', 'dmy')}. Fianza ${X('price', 'big')}.`),
    t('pay', 'es', ({ C, X }) => `Chat: quise pagar el agua con ${C('visa', 'n')} y no pasa. Cuenta ${X('account-number')}, monto ${X('price')}.`),
    t('pay', 'es', ({ X }) => `Chat: la residente escribio la tarjeta ${X('luhn-fail', 'mc:s')}, pero el numero no pasa la verificacion y el sistema la rechazo.`, 'card-like number that fails Luhn'),
    t('pay', 'es', ({ C }) => `usuario: mi tarjeta es ${C('amex', 'd')} me pueden cobrar la multa de estacionamiento\nagente: por favor no mande numeros de tarjeta por chat`),
    t('pay', 'es', ({ X }) => `Reembolso de ${X('price')} a la tarjeta terminada en ${X('last-four')}. Factura ${X('invoice-number')}.`),
    t('hr', 'es', ({ S, D, E }) => `Nuevo empleado: I-9 completo. Seguro social ${S()}, fecha de nacimiento ${D('dmy')}. Correo personal ${E()}.`),
    t('hr', 'es', ({ P, D }) => `Documento de la lista A: pasaporte de EE.UU. ${P('us2')}. Empleada nacida el ${D('es')}.`),
    t('it', 'es', ({ N, X }) => `Ticket ${X('ticket-number')}: la usuaria no puede entrar al portal desde ${N('doc')}. Version del cliente VPN ${X('version-number', 'ip')}.`, 'IPv4-shaped version'),
    // ---------------- mixed English/Spanish and harder cases
    t('mixed', 'es', ({ S, D, T }) => `Cliente dice "my SSN is ${S()}" y su DOB ${D('us')}. Prefiere hablar en español, cel. ${T('d')}.`, 'mixed'),
    t('mixed', 'en', ({ A, P, R }) => `Spoke w/ client in Spanish. Ella dijo que su A# es ${A('A9')} y su pasaporte ${P('mx')}. Receipt ${R('NBC')}.`, 'mixed'),
    t('mixed', 'es', ({ E, T, D }) => `Client texted: "hola, mi email es ${E()} y mi cel ${T('mx')}, DOB ${D('dmy')}"`, 'mixed'),
    t('mixed', 'en', ({ X }) => `Nota: la clienta paid with card ${X('luhn-fail', 'visa:d')} - rechazada, fails the check digit. Order ${X('order-number', 'ssn')} still open.`, 'mixed; Luhn-invalid card; order number in valid SSN layout'),
    t('intake', 'en', ({ I, D }) => `SS# ${I()} per client (it's actually an ITIN, starts w/ 9). DOB ${D('dlong')}.`, 'ITIN after an SSN label'),
    t('it', 'es', ({ N, X }) => `Soporte: la computadora de recepcion tiene IP ${N('p192')} y no imprime; la impresora esta en ${N('p192')}. Firmware ${X('version-number', 'ip')}.`, 'IPv4-shaped firmware version'),
    t('it', 'es', ({ N, X }) => `El servidor ${N('v6')} no responde desde anoche; version del sistema ${X('version-number', '3')}.`),
    t('intake', 'es', ({ X }) => `Numero de seguro ${X('ssn-invalid-group-00')} no es valido (grupo 00). Tambien dio ${X('ssn-invalid-serial-0000')}, que termina en 0000.`, 'invalid SSNs (group 00, serial 0000)'),
    t('immig', 'es', ({ P, T, E }) => `Pasaporte salvadoreño No. ${P('two')}, cel ${T('sv')}, correo ${E()}.`),
    t('immig', 'es', ({ R, A }) => `Recibo de USCIS ${R('SRC', 'd')}; el numero A aparece como ${A('Ah')} en la notificacion.`),
    t('benefits', 'en', ({ X }) => `Order #${X('order-number', 'ssn')} for the pantry supply shipment; FedEx tracking ${X('tracking-number', 'fedex')}.`, 'order number in valid SSN layout'),
    t('immig', 'en', ({ P, C }) => `Passport no. ${P('d9')} (old passport, confirm country w/ client). Fee paid w/ card ${C('disc', 's')}.`),
    t('youth', 'es', ({ D, E }) => `El joven dio su DOB como ${D('us', 'teen')} (formato americano) y su correo ${E()}.`, 'mixed'),
    t('immig', 'en', ({ A, R }) => `A-Number\tReceipt\n${A('b8')}\t${R('WAC', 'p')}`, 'pasted tab table; bare A-number under its column label'),
  ];
}
