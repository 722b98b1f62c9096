#!/usr/bin/env node
/**
 * Generates test/redact/corpus/blind.jsonl: a second, blind held-out corpus for the identifier
 * detectors of issue 5. Written without looking at the detectors, their tests or the other corpora'
 * templates; only the JSONL layout and the marking convention are shared: identifiers are written
 * in templates as `{{TYPE:value}}`, hard negatives as `{{~kind:value}}`, and the markers are removed
 * to compute offsets (JavaScript string indices, end exclusive).
 *
 *   node scripts/make-redaction-blind.mjs            # write blind.jsonl and print statistics
 *   node scripts/make-redaction-blind.mjs --check    # exit 1 if blind.jsonl differs from a fresh build
 *   node scripts/make-redaction-blind.mjs --stats    # print statistics only
 *   node scripts/make-redaction-blind.mjs --seed S --out FILE   # other values, same templates
 *
 * Every name, number, address and domain is invented. Phones use 555-01xx; mail uses example.*.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const CHECK = argv.includes('--check');
const STATS = argv.includes('--stats');
const SEED = opt('--seed', 'civicveil-blind-2026');
const OUT = resolve(ROOT, opt('--out', 'test/redact/corpus/blind.jsonl'));

// ---------------------------------------------------------------- seeded PRNG (mulberry32 over FNV-1a)
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
let state = fnv1a(SEED);
function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const pad = (n, w) => String(n).padStart(w, '0');
const digs = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

const P = (type, value) => `{{${type}:${value}}}`;
const N = (kind, value) => `{{~${kind}:${value}}}`;

// ---------------------------------------------------------------- invented people and places
const FIRST_EN = ['Delphine', 'Marcus', 'Tovah', 'Okonkwo', 'Sunniva', 'Rafferty', 'Imani', 'Beatrix', 'Jovan', 'Halima', 'Quincy', 'Noor', 'Ezekiel', 'Priyanka', 'Caspian', 'Wren'];
const FIRST_ES = ['Maricela', 'Anselmo', 'Yesenia', 'Fulgencio', 'Rosaura', 'Eulalio', 'Xóchitl', 'Baltasar', 'Itzel', 'Nicanor', 'Guadalupe', 'Evaristo', 'Marisol', 'Teodoro', 'Azucena', 'Leocadio'];
const LAST = ['Quintanilla', 'Abernathy', 'Oyelaran', 'Zamudio', 'Kettleworth', 'Barrientos', 'Nakagawa-Ruiz', 'Villaseñor', 'Ostrowski', 'Cienfuegos', 'Marwick', 'Echeverría', 'Tsegaye', 'Landaverde', 'Pemberton', 'Ochoa-Vance'];
const FEM = new Set(['Delphine', 'Tovah', 'Sunniva', 'Imani', 'Beatrix', 'Halima', 'Noor', 'Priyanka', 'Wren', 'Maricela', 'Yesenia', 'Rosaura', 'Xóchitl', 'Itzel', 'Guadalupe', 'Marisol', 'Azucena']);
const name = (lang, g) => {
  const pool = (lang === 'es' ? FIRST_ES : FIRST_EN).filter((n) => !g || (g === 'f') === FEM.has(n));
  return `${pick(pool)} ${pick(LAST)}`;
};
const first = (lang) => pick(lang === 'es' ? FIRST_ES : FIRST_EN);
const STAFF = ['R. Castellanos', 'J. Whitfield', 'M. Adeyemi', 'L. Bergstrom', 'T. Montalvo', 'S. Karimi'];
const AREA = ['212', '347', '646', '718', '917', '929', '332'];
const DOMAINS = ['example.org', 'example.com', 'example.net', 'mail.example.com', 'correo.example.org'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

// ---------------------------------------------------------------- validity rules
const ssaValid = (d) => {
  if (!/^\d{9}$/.test(d)) return false;
  const a = +d.slice(0, 3), g = +d.slice(3, 5), s = +d.slice(5);
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
};
const itinGroup = (g) => (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
const itinValid = (d) => /^9\d{8}$/.test(d) && itinGroup(+d.slice(3, 5));
const PLACEHOLDER = new Set(['000000000', '999999999', '123456789', '111111111', '078051120']);
const luhn = (v) => {
  const d = v.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return d.length >= 12 && sum % 10 === 0;
};
const onlyDigits = (v) => v.replace(/\D/g, '');

// ---------------------------------------------------------------- positive values
function sep9(d, style) {
  const [a, b, c] = [d.slice(0, 3), d.slice(3, 5), d.slice(5)];
  return style === 'space' ? `${a} ${b} ${c}` : style === 'dot' ? `${a}.${b}.${c}` : style === 'none' ? d : `${a}-${b}-${c}`;
}
function ssnD() {
  for (;;) {
    const d = `${pad(int(1, 899), 3)}${pad(int(1, 99), 2)}${pad(int(1, 9999), 4)}`;
    if (ssaValid(d) && !PLACEHOLDER.has(d)) return d;
  }
}
const SSN = (style = pick(['dash', 'dash', 'space', 'none'])) => sep9(ssnD(), style);
function itinD() {
  const g = pick([...Array(16).keys()].map((i) => 50 + i).concat([70, 73, 77, 81, 84, 88, 90, 91, 92, 94, 96, 99]));
  return `9${pad(int(0, 99), 2)}${pad(g, 2)}${pad(int(1, 9999), 4)}`;
}
const ITIN = (style = pick(['dash', 'dash', 'space'])) => sep9(itinD(), style);
function ANUM(style) {
  const n = style === 'A8' || style === 'bare8' ? 8 : style === 'A7' ? 7 : 9;
  const d = `${int(1, 2)}${digs(n - 1)}`;
  switch (style) {
    case 'A-dash': return `A-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
    case 'A-space': return `A ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
    case 'bare9': case 'bare8': return d;
    case 'bare-dash': return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
    default: return `A${d}`; // A9, A8, A7
  }
}
const CENTERS = ['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC'];
function RCPT(style = 'plain', c = pick(CENTERS)) {
  const d = `${pad(int(19, 26), 2)}${digs(8)}`;
  return style === 'dash' ? `${c}-${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}` : style === 'space' ? `${c} ${d}` : `${c}${d}`;
}
function PASS(kind) {
  switch (kind) {
    case 'us': return `${int(5, 6)}${digs(8)}`;
    case 'usnew': return `${pick(['A', 'C', 'E', 'X'])}${digs(8)}`;
    case 'mx': return `${pick(['G', 'N', 'P'])}${digs(8)}`;
    case 'gt': return `${pick(['A', 'B'])}${digs(8)}`;
    case 'co': return `${pick(['AO', 'PE', 'AS'])}${digs(6)}`;
    case 'ec': return `${pick(['A', 'B'])}${digs(7)}`;
    default: return `${pick(['XK', 'PN', 'TR'])}${digs(7)}`;
  }
}
function PHONE(style = pick(['paren', 'dash', 'dot', 'plus', 'one']), ext = null) {
  const a = pick(AREA), line = `01${pad(int(0, 99), 2)}`;
  let v;
  switch (style) {
    case 'paren': v = `(${a}) 555-${line}`; break;
    case 'dot': v = `${a}.555.${line}`; break;
    case 'plus': v = `+1 ${a} 555 ${line}`; break;
    case 'one': v = `1-${a}-555-${line}`; break;
    case 'local': v = `555-${line}`; break;
    case 'mx': v = `+52 55 5550 ${line}`; break;
    case 'gt': v = `+502 5550 ${line}`; break;
    case 'glued': v = `${a}555${line}`; break;
    default: v = `${a}-555-${line}`;
  }
  if (ext === 'ext') v += ` ext. ${int(100, 499)}`;
  if (ext === 'x') v += ` x${int(10, 99)}`;
  return v;
}
function EMAIL(person) {
  const [f, l] = person.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '').split(' ');
  const local = pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${int(70, 99)}`, `${l}.${f[0]}`, `${f}_${l}`]);
  return `${local}@${pick(DOMAINS)}`;
}
const OFFICE_MAIL = (box) => `${box}@${pick(['example.org', 'example.gov.example', 'city.example'])}`;
function date(y0, y1) {
  return { y: int(y0, y1), m: int(1, 12), d: int(1, 28) };
}
function fmt({ y, m, d }, f) {
  switch (f) {
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'us-short': return `${m}/${d}/${y}`;
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'long': return `${MON_EN[m - 1]} ${d}, ${y}`;
    case 'dmy-en': return `${d} ${MON_EN[m - 1].slice(0, 3)} ${y}`;
    case 'es': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'es-long': return `${d} de ${MON_ES[m - 1]} de ${y}`;
    case 'es-dash': return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'es-abbr': return `${d}-${MON_ES[m - 1].slice(0, 3)}-${y}`;
    default: return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
  }
}
const DOB = (f, span = [1948, 2004]) => fmt(date(span[0], span[1]), f);
const KIDDOB = (f) => fmt(date(2009, 2020), f);
const SOON = (f) => fmt(date(2026, 2027), f);
const RECENT = (f) => fmt(date(2019, 2026), f);
const BRANDS = { visa: ['4'], mc: ['51', '53', '55'], amex: ['34', '37'], disc: ['6011'] };
function cardDigits(brand) {
  const len = brand === 'amex' ? 15 : 16;
  let d = pick(BRANDS[brand]);
  while (d.length < len - 1) d += int(0, 9);
  for (let c = 0; c < 10; c++) if (luhn(d + c)) return d + c;
  throw new Error('unreachable');
}
function groupCard(d, sep) {
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{4}/g).join(sep);
}
const CARD = (brand = pick(['visa', 'visa', 'mc', 'amex', 'disc']), sep = pick([' ', '-', ''])) => groupCard(cardDigits(brand), sep);
function badCard(sep = ' ') {
  const d = cardDigits(pick(['visa', 'mc']));
  const last = (+d[15] + int(1, 9)) % 10;
  return groupCard(d.slice(0, 15) + last, sep);
}
function IP(kind = pick(['doc', 'doc', 'private', 'v6'])) {
  switch (kind) {
    case 'private': return pick([`10.${int(0, 40)}.${int(0, 255)}.${int(1, 254)}`, `192.168.${int(0, 20)}.${int(2, 254)}`, `172.${int(16, 31)}.${int(0, 255)}.${int(1, 254)}`]);
    case 'v6': return pick([`2001:db8:${int(1, 0xfff).toString(16)}::${int(1, 0xffff).toString(16)}`, `2001:db8:0:${int(1, 99)}:${int(1, 0xfff).toString(16)}:${int(1, 0xff).toString(16)}:0:${int(1, 9)}`]);
    case 'loop': return '127.0.0.1';
    default: return `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`;
  }
}

// ---------------------------------------------------------------- hard negatives
function badSSN(kind) {
  const g = pad(int(1, 99), 2), s = pad(int(1, 9999), 4), a = pad(int(1, 665), 3);
  switch (kind) {
    case 'ssn-invalid-area-000': return `000-${g}-${s}`;
    case 'ssn-invalid-area-666': return `666-${g}-${s}`;
    case 'ssn-invalid-group-00': return `${a}-00-${s}`;
    case 'ssn-invalid-serial-0000': return `${a}-${g}-0000`;
    case 'ssn-invalid-area-9xx': return `9${pad(int(0, 99), 2)}-${pick(['00', '10', '23', '41', '66', '69', '89', '93'])}-${s}`;
    case 'ssn-placeholder': return pick(['000-00-0000', '123-45-6789', '999-99-9999']);
    default: throw new Error(kind);
  }
}
const BAD_SSN_KINDS = ['ssn-invalid-area-000', 'ssn-invalid-area-666', 'ssn-invalid-group-00', 'ssn-invalid-serial-0000', 'ssn-invalid-area-9xx', 'ssn-placeholder'];
const NEG = {
  zip4: () => `${pick(['100', '104', '112', '113', '114'])}${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`,
  '311-number': () => `311-${digs(8)}-${pick(['', '0'])}${int(1, 9)}`.replace(/-$/, ''),
  'sr-number': () => `SR-${digs(9)}`,
  'order-number': () => `${digs(3)}-${digs(7)}-${digs(7)}`,
  'case-number': () => `${int(1, 9)}${digs(8)}`,
  'claim-number': () => `${pick(['CLM', 'RC'])}-${digs(3)}-${digs(2)}-${digs(4)}`,
  'ticket-number': () => `#${digs(6)}`.slice(1),
  'confirmation-code': () => `${pick(['CNF', 'K', 'BX'])}${digs(7)}`,
  'policy-number': () => `${pick(['HO', 'RNT', 'AU'])}-${digs(9)}`,
  'library-barcode': () => {
    for (;;) {
      const v = `3${pick(['1234', '3333', '0610'])}${digs(9)}`;
      if (!luhn(v)) return v;
    }
  },
  'usps-tracking': () => `9400 ${digs(4)} ${digs(4)} ${digs(4)} ${digs(4)} ${digs(2)}`,
  'ups-tracking': () => `1Z${digs(3)}W${digs(2)}${digs(8)}`,
  'version-number': () => pick([`${int(1, 12)}.${int(0, 20)}.${int(0, 9)}`, `10.0.${int(17000, 26100)}.${int(100, 999)}`, `${int(2, 9)}.${int(0, 9)}.${int(0, 9)}.${int(256, 4000)}`]),
  'mac-address': () => Array.from({ length: 6 }, () => pad(int(0, 255).toString(16), 2)).join(':').toUpperCase(),
  ein: () => `${pick(['13', '11', '27', '82', '84'])}-${digs(7)}`,
  price: () => `$${int(12, 2400)}.${pad(int(0, 99), 2)}`,
  time: () => `${int(8, 11)}:${pick(['00', '15', '30', '45'])}`,
  'routing-number': () => pick(['021000021', '026009593', '021000089', '011000138']),
  'medicaid-id': () => `${pick(['AB', 'CD', 'KL', 'TX'])}${digs(5)}${pick(['A', 'B', 'Z'])}`,
  'case-index': () => `LT-${digs(6)}-${pad(int(20, 26), 2)}/${pick(['KI', 'BX', 'QU', 'NY'])}`,
  'matricula-number': () => `${digs(9)}`,
  'curp': () => `${pick(['QUZM', 'BAVE', 'LAOT', 'ZAHR'])}${pad(int(60, 99), 2)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}${pick(['H', 'M'])}${pick(['DF', 'JC', 'PL', 'GR'])}${pick(['NRL', 'BLS', 'TCR'])}${pick(['0', 'A'])}${int(1, 9)}`,
  'rx-number': () => `${digs(7)}-${digs(5)}`,
  'student-id': () => `${int(2, 3)}${digs(8)}`,
  'pin-last4': () => digs(4),
  'i94-number': () => `${digs(9)}A${int(1, 9)}`,
  'sevis-id': () => `N${pad(int(1, 99999), 5)}${digs(5)}`,
};
const neg = (kind) => N(kind, NEG[kind]());
const dateNeg = (kind, value) => N(kind, value);

// ---------------------------------------------------------------- templates
const SNIPPETS = [];
function T(group, lang, count, fn, note) {
  for (let i = 0; i < count; i++) {
    const n = SNIPPETS.filter((s) => s.group === group && s.lang === lang).length + 1;
    SNIPPETS.push({ group, lang, id: `${group}-${lang}-${pad(n, 3)}`, marked: fn(i), note: typeof note === 'function' ? note(i) : note });
  }
}

// -- benefits call notes (EN)
T('benefits', 'en', 12, (i) => {
  const c = name('en');
  const ssnOrItin = i % 6 === 4 ? P('ITIN', ITIN()) : P('SSN', SSN());
  return [
    `CALL NOTE ${dateNeg('date-call', RECENT('us'))} ${neg('time')} — Caller ${c} re: SNAP recert. Verified identity w/ SS# ${ssnOrItin} and DOB ${P('DATE_OF_BIRTH', DOB('us'))}. Interview rescheduled to ${dateNeg('date-appointment', SOON('us'))} at ${neg('time')}. Cb # ${P('PHONE', PHONE())}.`,
    `Spoke w/ ${c}. HEAP claim ${neg('claim-number')} pending. Client read SSN off card: ${ssnOrItin}. Mailing addr ZIP ${neg('zip4')}. Advised notice will come by mail; do not pay anyone $ for "expedite".`,
    `Outbound to ${c} (${P('PHONE', PHONE('paren'))}) — left msg. Case #${neg('case-number')}. Client b. ${P('DATE_OF_BIRTH', DOB('long'))}; household size 4. Benefit amount ${neg('price')}/mo.`,
  ][i % 3];
}, (i) => (i % 6 === 4 ? 'ITIN read out as an SSN' : undefined));

// -- benefits (ES) call notes
T('benefits', 'es', 7, (i) => {
  const c = name('es', i % 3 === 1 ? undefined : 'f');
  return [
    `NOTA DE LLAMADA — La Sra. ${c} llamó por su recertificación de cupones. Número de seguro social ${P('SSN', SSN())}, fecha de nacimiento ${P('DATE_OF_BIRTH', DOB('es'))}. Su cita quedó para el ${dateNeg('date-appointment', SOON('es'))} a las ${neg('time')}. Teléfono: ${P('PHONE', PHONE())}.`,
    `Llamada entrante de ${c}. Pregunta por el caso ${neg('case-number')}; el aviso llegó con código postal ${neg('zip4')}. Dice que no tiene seguro social, solo ITIN ${P('ITIN', ITIN())}. Se le explicó que los niños sí califican.`,
    `Cliente ${c} (nacida el ${P('DATE_OF_BIRTH', DOB('es-long'))}) reporta que le cobraron ${neg('price')} en la farmacia. Se le dio el número de reclamo ${neg('claim-number')}. Devolver llamada al ${P('PHONE', PHONE('paren'))}.`,
  ][i % 3];
});

// -- consular / ID appointment emails
T('consular', 'en', 6, (i) => {
  const c = name('en');
  const mail = EMAIL(c);
  return [
    `From: ${P('EMAIL', OFFICE_MAIL('appointments'))}\nTo: ${P('EMAIL', mail)}\nSubject: Your ID card appointment\n\nDear ${c}, your appointment is confirmed for ${dateNeg('date-appointment', SOON('long'))} at ${neg('time')}. Confirmation code ${neg('confirmation-code')}. Bring your passport (number ending ${neg('pin-last4')}) and proof of address.`,
    `Hi ${first('en')} — following up on the passport renewal. Old passport no. ${P('PASSPORT', PASS('us'))}, issued ${dateNeg('date-issue', RECENT('us'))}. The form asks for your date of birth (${P('DATE_OF_BIRTH', DOB('us'))}) exactly as on the old book. Questions: ${P('PHONE', PHONE('dash', 'ext'))}. — ${pick(STAFF)}`,
    `Reminder: ${c}, biometrics ${dateNeg('date-appointment', SOON('dmy-en'))} ${neg('time')}. Receipt notice ${P('USCIS_RECEIPT', RCPT())}. If you cannot attend, reply to ${P('EMAIL', OFFICE_MAIL('clinic-intake'))} before then.`,
  ][i % 3];
});
T('consular', 'es', 7, (i) => {
  const c = name('es');
  return [
    `Estimado/a ${c}:\nSu cita en el consulado para renovar el pasaporte mexicano (número ${P('PASSPORT', PASS('mx'))}) es el ${dateNeg('date-appointment', SOON('es-long'))} a las ${neg('time')}. Traiga su CURP ${neg('curp')} y acta de nacimiento. Folio de cita: ${neg('confirmation-code')}.`,
    `Confirmación de cita — Nombre: ${c} | Fecha de nacimiento: ${P('DATE_OF_BIRTH', DOB('es'))} | Pasaporte: ${P('PASSPORT', PASS(pick(['gt', 'ec', 'co'])))} | Correo: ${P('EMAIL', EMAIL(c))} | Matrícula consular: ${neg('matricula-number')}`,
    `Hola ${first('es')}, le escribimos de la oficina de identificación municipal. Para su tarjeta necesitamos copia del pasaporte (${P('PASSPORT', PASS('gt'))}, vence ${dateNeg('date-expiry', SOON('es'))}). Puede responder a ${P('EMAIL', OFFICE_MAIL('idmunicipal'))} o llamar al ${P('PHONE', PHONE('paren', 'ext'))}.`,
  ][i % 3];
});

// -- tenant complaints (311 / housing)
T('housing', 'en', 8, (i) => {
  const c = name('en');
  return [
    `311 complaint ${neg('311-number')}: no heat since ${dateNeg('date-incident', RECENT('us'))}. Tenant ${c}, apt 4F, ZIP ${neg('zip4')}. Landlord's agent phone ${P('PHONE', PHONE())}. Tenant asks that her number ${P('PHONE', PHONE('local'))} not be given to the super.`,
    `Tenant ${c} says the landlord demanded an SSN (${N('ssn-masked', `XXX-XX-${digs(4)}`)} on the form) to "renew". Lease ends ${dateNeg('date-lease', SOON('long'))}. Rent ${neg('price')}. Housing court index ${neg('case-index')}.`,
    `Repair ticket ${neg('ticket-number')} reopened. Tenant email ${P('EMAIL', EMAIL(c))}. Mold in bathroom, kid born ${P('DATE_OF_BIRTH', KIDDOB('us'))} has asthma. Inspection window ${dateNeg('date-appointment', SOON('us'))} ${neg('time')}–${neg('time')}.`,
    `Complaint SR-level: neighbor's camera (IP ${P('IP_ADDRESS', IP('private'))}, MAC ${neg('mac-address')}) points into tenant's window. Tenant ${c}, callback ${P('PHONE', PHONE('dot'))}.`,
  ][i % 4];
});
T('housing', 'es', 7, (i) => {
  const c = name('es', i % 3 === 1 ? 'm' : 'f');
  return [
    `Queja 311 número ${neg('311-number')}: la inquilina ${c} reporta ratas y falta de agua caliente desde el ${dateNeg('date-incident', RECENT('es'))}. Código postal ${neg('zip4')}. Teléfono de contacto ${P('PHONE', PHONE())}.`,
    `El dueño le pidió al Sr. ${c} su número de seguro social y él le dio ${N('ssn-invalid-area-666', badSSN('ssn-invalid-area-666'))} "para que lo dejaran en paz". No es su número. Renta mensual ${neg('price')}. Expediente de la corte ${neg('case-index')}.`,
    `Inquilina ${c} (correo ${P('EMAIL', EMAIL(c))}) pide que la llamen después de las ${neg('time')} al ${P('PHONE', PHONE('plus'))}. Su hija nació el ${P('DATE_OF_BIRTH', KIDDOB('es-long'))} y tiene asma por el moho.`,
  ][i % 3];
});

// -- school counselor notes
T('school', 'en', 7, (i) => {
  const s = name('en');
  return [
    `Counselor note — Student ${s}, OSIS ${neg('student-id')}, DOB ${P('DATE_OF_BIRTH', KIDDOB('us'))}. Parent asked whether school needs SSN for enrollment; told no. Parent phone ${P('PHONE', PHONE('paren'))}. Follow-up ${dateNeg('date-followup', SOON('us'))}.`,
    `Met with ${s} (grade 9). Mother's email ${P('EMAIL', EMAIL(name('en')))}. Chromebook asset tag ${neg('library-barcode')} reported lost; device last seen from ${P('IP_ADDRESS', IP('private'))}. Student upset about father's hearing on ${dateNeg('date-hearing', SOON('long'))}.`,
    `Fee waiver for ${s}: AP exam fee ${neg('price')} waived. Student born ${P('DATE_OF_BIRTH', KIDDOB('long'))}. Parent works nights, best reached at ${P('PHONE', PHONE('dash', 'x'))} after ${neg('time')}.`,
  ][i % 3];
});
T('school', 'es', 6, (i) => {
  const s = name('es', 'f');
  return [
    `Nota de la consejera: la estudiante ${s} (ID estudiantil ${neg('student-id')}, nacida el ${P('DATE_OF_BIRTH', KIDDOB('es'))}) faltó toda la semana. La madre dice que tiene miedo de salir. Tel. de la madre ${P('PHONE', PHONE())}.`,
    `Reunión con la familia ${pick(LAST)} el ${dateNeg('date-meeting', SOON('es-long'))}. El papá preguntó si la escuela guarda su número A (${P('A_NUMBER', ANUM('A9'))}). Se le explicó que no se pide. Correo del padre: ${P('EMAIL', EMAIL(name('es')))}.`,
  ][i % 2];
});

// -- court interpreter logs
T('court', 'en', 8, (i) => {
  const r = name('es');
  return [
    `INTERPRETER LOG ${dateNeg('date-hearing', RECENT('us'))} Part 14 — Respondent ${r}, A# ${P('A_NUMBER', ANUM('bare9'))}. Language: Spanish. Next hearing ${dateNeg('date-hearing', SOON('us'))} ${neg('time')}. Docket ${neg('case-number')}.`,
    `Assignment: master calendar, respondent ${r} (${P('A_NUMBER', ANUM('A-dash'))}), DOB ${P('DATE_OF_BIRTH', DOB('iso'))}. Interpreter ${pick(STAFF)}, invoice ${neg('price')} for 3.5 h.`,
    `Log: sight-translated notice for ${r}. Receipt ${P('USCIS_RECEIPT', RCPT('dash'))}, received date ${dateNeg('date-received', RECENT('long'))}. Counsel's office ${P('PHONE', PHONE('paren', 'ext'))}. I-94 no. ${neg('i94-number')} also read into record.`,
    `Remote hearing via WebEx; respondent connected from ${P('IP_ADDRESS', IP('doc'))}. Client ${r}, alien no. ${P('A_NUMBER', ANUM('bare8'))}. Audio dropped at ${neg('time')}; client software version ${neg('version-number')}.`,
  ][i % 4];
});
T('court', 'es', 5, (i) => {
  const r = name('es', 'm');
  return [
    `Bitácora de intérprete — Audiencia del ${dateNeg('date-hearing', RECENT('es'))}. Demandado ${r}, número de extranjero ${P('A_NUMBER', ANUM('bare-dash'))}. Próxima fecha ${dateNeg('date-hearing', SOON('es-long'))}.`,
    `Se interpretó para ${r}, nacido el ${P('DATE_OF_BIRTH', DOB('es-long'))}, con número A ${P('A_NUMBER', ANUM('A-space'))}. Expediente ${neg('case-number')}. Duración: de ${neg('time')} a ${neg('time')}.`,
  ][i % 2];
});

// -- pharmacy refill notes
T('pharmacy', 'en', 6, (i) => {
  const c = name('en');
  return [
    `REFILL REQ — Pt ${c}, DOB ${P('DATE_OF_BIRTH', DOB('us-short'))}, Rx ${neg('rx-number')} metformin 500mg. Medicaid ID ${neg('medicaid-id')}. Copay ${neg('price')}. Pick up after ${neg('time')}. Pt cell ${P('PHONE', PHONE('glued'))}.`,
    `Phone order: ${c} paid copay with card ${P('CREDIT_CARD', CARD('visa', ' '))}, exp ${pad(int(1, 12), 2)}/${int(27, 31)}. Order #${neg('order-number')}. Ship to ZIP ${neg('zip4')}.`,
    `Pt ${c} called about refill of Rx ${neg('rx-number')}; card on file ${N('luhn-fail', badCard('-'))} declined (typo?). Asked pt to call back ${P('PHONE', PHONE('one'))}. Pt b. ${P('DATE_OF_BIRTH', DOB('dmy-en'))}.`,
  ][i % 3];
});
T('pharmacy', 'es', 5, (i) => {
  const c = name('es', 'f');
  return [
    `Resurtido — Paciente ${c}, fecha de nac. ${P('DATE_OF_BIRTH', DOB('es'))}, receta ${neg('rx-number')}. Pagó ${neg('price')} con tarjeta ${P('CREDIT_CARD', CARD('mc', '-'))}. Tel. ${P('PHONE', PHONE('dash'))}.`,
    `La Sra. ${c} no pudo pagar: la tarjeta ${N('luhn-fail', badCard(' '))} fue rechazada. Pedido ${neg('order-number')}. Recoger el ${dateNeg('date-pickup', SOON('es'))} después de las ${neg('time')}.`,
  ][i % 2];
});

// -- immigration legal clinic intake
T('clinic', 'en', 13, (i) => {
  const c = name(pick(['en', 'es']));
  return [
    `INTAKE — ${c}. DOB: ${P('DATE_OF_BIRTH', DOB('us'))}. A-Number: ${P('A_NUMBER', ANUM('bare9'))}. Pending I-765, receipt ${P('USCIS_RECEIPT', RCPT())}. Filed ${dateNeg('date-filed', RECENT('us'))}. Email ${P('EMAIL', EMAIL(c))}.`,
    `Intake ${c}: has ITIN ${P('ITIN', ITIN())} (not SSN). Employer EIN on W-2 is ${neg('ein')}. Prior SSN on paystub ${N('ssn-invalid-area-9xx', badSSN('ssn-invalid-area-9xx'))} is not valid - employer made it up. Phone ${P('PHONE', PHONE('paren'))}.`,
    `Client ${c} brought: passport ${P('PASSPORT', PASS(pick(['mx', 'gt', 'ec'])))} (exp ${dateNeg('date-expiry', SOON('us'))}), EAD card ${P('USCIS_RECEIPT', RCPT('plain', 'SRC'))}, SEVIS ID ${neg('sevis-id')}. USCIS account ${P('A_NUMBER', ANUM('A8'))}.`,
    `Walk-in ${c}, wants FOIA. A ${P('A_NUMBER', ANUM('A9'))}, b. ${P('DATE_OF_BIRTH', DOB('long'))}. Entered ${dateNeg('date-entry', fmt(date(2001, 2019), 'long'))}. Clinic fee ${neg('price')} waived. Interpreter needed; call ${P('PHONE', PHONE('dash', 'ext'))}.`,
  ][i % 4];
});
T('clinic', 'es', 8, (i) => {
  const c = name('es');
  return [
    `ADMISIÓN — Nombre: ${c}. Fecha de nacimiento: ${P('DATE_OF_BIRTH', DOB('es'))}. Número de extranjero: ${P('A_NUMBER', ANUM('A9'))}. Recibo de USCIS ${P('USCIS_RECEIPT', RCPT('space'))}. Correo: ${P('EMAIL', EMAIL(c))}.`,
    `${c} trae su ITIN ${P('ITIN', ITIN())} y una carta del IRS. El número que puso su patrón como seguro social (${N('ssn-invalid-group-00', badSSN('ssn-invalid-group-00'))}) no existe. Tel. ${P('PHONE', PHONE('plus'))}.`,
    `Consulta: ${c}, entró el ${dateNeg('date-entry', fmt(date(2004, 2021), 'es-long'))}. Pasaporte ${P('PASSPORT', PASS('gt'))}, DPI ${neg('matricula-number')}. Tiene permiso de trabajo con número de tarjeta ${P('USCIS_RECEIPT', RCPT('plain', pick(['IOE', 'MSC'])))}.`,
    `Nota: ${c} dice que su número A es ${P('A_NUMBER', ANUM('A-dash'))} y su hijo nació el ${P('DATE_OF_BIRTH', KIDDOB('es-long'))}. Caso de la clínica ${neg('case-number')}. Volver a llamar al ${P('PHONE', PHONE('mx'))}.`,
  ][i % 4];
});

// -- youth program rosters
T('youth', 'en', 6, (i) => {
  const row = () => {
    const k = name('en');
    return `${k} | ${P('DATE_OF_BIRTH', KIDDOB(pick(['us', 'us-short', 'iso'])))} | guardian ${P('PHONE', PHONE(pick(['dash', 'paren', 'dot'])))}`;
  };
  return i % 2
    ? `SUMMER YOUTH ROSTER (site ${int(3, 40)}, ZIP ${neg('zip4')})\nname | DOB | contact\n${row()}\n${row()}\n${row()}`
    : `Roster export ${dateNeg('date-export', RECENT('iso'))}: ${row()}; ${row()}. Stipend ${neg('price')}/wk. Permit slip due ${dateNeg('date-due', SOON('us'))}.`;
});
T('youth', 'es', 4, (i) => {
  const row = () => `${name('es')} — nac. ${P('DATE_OF_BIRTH', KIDDOB('es'))} — tel. tutor ${P('PHONE', PHONE())}`;
  return `LISTA DEL PROGRAMA JUVENIL (inscripción ${dateNeg('date-enrollment', RECENT('es'))})\n${row()}\n${row()}\nCuota: ${neg('price')}. Entrada a las ${neg('time')}.`;
});

// -- WhatsApp messages
T('whatsapp', 'en', 6, (i) => {
  const c = first('en');
  return [
    `[${neg('time')}] ${c}: hey it's me, new number ${P('PHONE', PHONE('glued'))}\n[${neg('time')}] ${c}: my ssn is ${P('SSN', SSN('none'))} for the form lol\n[${neg('time')}] Caseworker: pls don't send that here, call me instead`,
    `[${dateNeg('date-message', RECENT('us-short'))}, ${neg('time')}] ${c}: the package tracking is ${neg('usps-tracking')} did it arrive?? also my email changed ${P('EMAIL', EMAIL(name('en')))}`,
    `${c}: got the letter!! it says ${P('USCIS_RECEIPT', RCPT())} at the top\n${c}: and they want my passport ${P('PASSPORT', PASS('usnew'))} copy\n${c}: 👍`,
  ][i % 3];
});
T('whatsapp', 'es', 8, (i) => {
  const c = first('es');
  return [
    `[${neg('time')}] ${c}: buenas, este es mi número nuevo ${P('PHONE', PHONE('paren'))}\n[${neg('time')}] ${c}: mi seguro es ${P('SSN', SSN('space'))} por si lo necesita\n[${neg('time')}] Trabajadora: gracias, pero mejor me lo dice por teléfono 🙏`,
    `${c}: ya me llegó la carta de migración con el número ${P('USCIS_RECEIPT', RCPT('plain', pick(['EAC', 'LIN', 'WAC'])))} 😊\n${c}: la cita es el ${dateNeg('date-appointment', SOON('es'))}\n${c}: mi número A es ${P('A_NUMBER', ANUM('A9'))}`,
    `${c}: el paquete con la guía ${neg('ups-tracking')} no ha llegado 😩\n${c}: me cobraron ${neg('price')}\n${c}: mi correo es ${P('EMAIL', EMAIL(name('es')))}`,
    `${c}: mi cumple es el ${P('DATE_OF_BIRTH', fmt(date(1970, 2000), 'es-long'))} por si piden la fecha de nacimiento jaja\n${c}: y el tel de mi esposo ${P('PHONE', PHONE('dash'))}`,
  ][i % 4];
});

// -- voicemail transcriptions
T('voicemail', 'en', 7, (i) => {
  const c = name('en');
  return [
    `Voicemail (auto-transcribed, ${neg('time')}): "Hi, this is ${c}, calling about my case number ${neg('case-number')}. You can reach me at ${P('PHONE', PHONE('dash'))}. My date of birth is ${P('DATE_OF_BIRTH', DOB('long'))}. Thanks."`,
    `VM transcript: "yeah hi it's ${first('en')} um my social is ${P('SSN', SSN('dash'))} I was told to leave it, call me back at ${P('PHONE', PHONE('one'))} extension no sorry ${P('PHONE', PHONE('local'))}"`,
    `Voicemail: "This is ${pick(STAFF)} from the Department of Finance, returning a call about ticket ${neg('ticket-number')}. Our number is ${P('PHONE', PHONE('paren', 'ext'))}, hours until ${neg('time')}."`,
  ][i % 3];
});
T('voicemail', 'es', 6, (i) => {
  const c = name('es');
  return [
    `Mensaje de voz (transcripción automática): "Hola, habla ${c}, llamo por lo de la renta, mi número es ${P('PHONE', PHONE('dash'))}, nací el ${P('DATE_OF_BIRTH', DOB('es-long'))}, gracias, bendiciones."`,
    `Buzón de voz: "Buenas tardes, soy ${c}, mi número de caso es el ${neg('case-number')} y me dijeron que dejara mi ITIN, es ${P('ITIN', ITIN('dash'))}. Me puede llamar después de las ${neg('time')}."`,
    `Mensaje: "Le habla ${pick(STAFF)} de la oficina de ayuda al inquilino, nuestro teléfono es ${P('PHONE', PHONE('paren', 'x'))} o escriba a ${P('EMAIL', OFFICE_MAIL('inquilinos'))}."`,
  ][i % 3];
});

// -- scanned-letter OCR
T('ocr', 'en', 7, (i) => {
  const c = name('en').toUpperCase();
  return [
    `U.S. DEPARTMENT OF HOMELAND SECURITY  I-797C NOTICE OF ACTION\nRECEIPT NUMBER ${P('USCIS_RECEIPT', RCPT())}    RECEIVED DATE ${dateNeg('date-received', RECENT('us'))}\nAPPLICANT A# ${P('A_NUMBER', ANUM('bare9'))}\n${c}\nDATE OF BIRTH ${P('DATE_OF_BIRTH', DOB('us'))}\nPAGE 1 OF 1`,
    `SOCIAL SECURITY ADMINISTRATION\n${c}\nYour Social Security number: ${P('SSN', SSN('dash'))}\nNotice date: ${dateNeg('date-notice', RECENT('long'))}\nIf you have questions call ${P('PHONE', '1-800-555-0100')} ... TTY ${P('PHONE', PHONE('one'))}`,
    `FINAL NOTICE — ACCOUNT ${neg('order-number')}\n${c}\nAmount due ${neg('price')} by ${dateNeg('date-due', SOON('us'))}\nPay by card ending ${neg('pin-last4')} or send check, routing ${neg('routing-number')}.\nRemit ZIP ${neg('zip4')}`,
  ][i % 3];
}, (i) => (i % 3 === 1 ? 'toll-free number is a phone too' : undefined));
T('ocr', 'es', 5, (i) => {
  const c = name('es').toUpperCase();
  return [
    `AVISO DE ACCIÓN (copia escaneada)\nNÚMERO DE RECIBO: ${P('USCIS_RECEIPT', RCPT('space'))}\nSOLICITANTE: ${c}\nFECHA DE NACIMIENTO: ${P('DATE_OF_BIRTH', DOB('es'))}\nFECHA DEL AVISO: ${dateNeg('date-notice', RECENT('es'))}`,
    `CONSTANCIA DE INSCRIPCIÓN\n${c}\nNúmero de póliza ${neg('policy-number')}\nPrima mensual ${neg('price')}\nCódigo postal ${neg('zip4')}\nTeléfono de atención ${P('PHONE', PHONE('paren'))}`,
  ][i % 2];
});

// -- IT / systems logs from city offices
T('it', 'en', 10, (i) => [
  `Kiosk ${int(1, 30)} at library branch rebooted ${neg('time')}; firmware ${neg('version-number')}; IP ${P('IP_ADDRESS', IP('private'))}; MAC ${neg('mac-address')}. Patron barcode ${neg('library-barcode')} stuck in session.`,
  `Helpdesk ticket ${neg('ticket-number')}: intake portal 403 for user ${P('EMAIL', EMAIL(name('en')))} from ${P('IP_ADDRESS', IP('doc'))}. Proxy at ${P('IP_ADDRESS', IP('v6'))}. Resolved.`,
  `access.log: ${P('IP_ADDRESS', IP('doc'))} - - "POST /benefits/apply" 200 — form field ssn="${N('ssn-placeholder', badSSN('ssn-placeholder'))}" (test data) build ${neg('version-number')}`,
  `Printer in room 2B (${P('IP_ADDRESS', IP('private'))}:9100) jammed; asset tag ${neg('library-barcode')}. Localhost test ${P('IP_ADDRESS', IP('loop'))} ok.`,
][i % 4]);
T('it', 'es', 3, (i) => [
  `Ticket de soporte ${neg('ticket-number')}: la usuaria ${P('EMAIL', EMAIL(name('es')))} no puede entrar al portal desde ${P('IP_ADDRESS', IP('doc'))}. Versión de la app ${neg('version-number')}.`,
  `Reinicio del quiosco a las ${neg('time')}; dirección IP ${P('IP_ADDRESS', IP('v6'))}, MAC ${neg('mac-address')}.`,
  `Falla de red en la biblioteca: puerta de enlace ${P('IP_ADDRESS', IP('private'))}, versión de firmware ${neg('version-number')}.`,
][i % 3]);

// -- payments / fines
T('pay', 'en', 6, (i) => {
  const c = name('en');
  return [
    `Payment log: ${c} paid parking ticket ${neg('ticket-number')} (${neg('price')}) with ${P('CREDIT_CARD', CARD('amex', ' '))}. Confirmation ${neg('confirmation-code')}. Receipt emailed to ${P('EMAIL', EMAIL(c))}.`,
    `Declined: card ${N('luhn-fail', badCard(''))} for water bill acct ${neg('order-number')}. Customer re-entered ${P('CREDIT_CARD', CARD('disc', '-'))}; approved ${neg('price')}.`,
    `Refund request: ${c}, card ${P('CREDIT_CARD', CARD('visa', ''))}, order ${neg('order-number')}, amount ${neg('price')}, shipped via ${neg('ups-tracking')}.`,
  ][i % 3];
});
T('pay', 'es', 4, (i) => {
  const c = name('es', 'f');
  return [
    `Pago de multa: ${c} pagó ${neg('price')} con la tarjeta ${P('CREDIT_CARD', CARD('visa', ' '))}. Número de confirmación ${neg('confirmation-code')}.`,
    `Pago rechazado: tarjeta ${N('luhn-fail', badCard('-'))}. La Sra. ${c} volvió a intentar con ${P('CREDIT_CARD', CARD('mc', ' '))} y se aprobó. Póliza ${neg('policy-number')}.`,
  ][i % 2];
});

// -- tax prep (VITA) notes
T('tax', 'en', 6, (i) => {
  const c = name('en');
  return [
    `VITA note: ${c}, SSN ${P('SSN', SSN())}; dependent born ${P('DATE_OF_BIRTH', KIDDOB('us'))} uses ITIN ${P('ITIN', ITIN())}. Employer EIN ${neg('ein')}. Refund ${neg('price')} to routing ${neg('routing-number')}.`,
    `Return rejected: TIN ${P('ITIN', ITIN('dash'))} name mismatch. Spouse's number on W-2 ${N('ssn-invalid-serial-0000', badSSN('ssn-invalid-serial-0000'))} is invalid. E-file ID ${neg('confirmation-code')}.`,
    `Client ${c} listed SS# ${P('ITIN', ITIN())} — that's an ITIN, flagged. Other number on 1099: ${N('ssn-invalid-area-000', badSSN('ssn-invalid-area-000'))}. Appointment ${dateNeg('date-appointment', SOON('us'))}.`,
  ][i % 3];
}, (i) => (i % 3 === 2 ? 'ITIN after SS# label' : undefined));
T('tax', 'es', 5, (i) => {
  const c = name('es');
  return [
    `Preparación de impuestos: ${c}, ITIN ${P('ITIN', ITIN())}, hijo nacido el ${P('DATE_OF_BIRTH', KIDDOB('es'))} con seguro social ${P('SSN', SSN())}. EIN del patrón ${neg('ein')}. Reembolso ${neg('price')}.`,
    `El número de seguro social ${N('ssn-invalid-area-9xx', badSSN('ssn-invalid-area-9xx'))} que aparece en el W-2 de ${c} no es válido ni es ITIN. Cita de seguimiento ${dateNeg('date-appointment', SOON('es'))}.`,
  ][i % 2];
});

// -- negatives-only and near-misses
T('mixed', 'en', 8, (i) => [
  `Reminder: office closed ${dateNeg('date-holiday', SOON('long'))}. Call 311 or 988 for crisis support. Order forms ${neg('order-number')} ship to ZIP ${neg('zip4')}.`,
  `Placeholder in training deck: SSN ${N('ssn-placeholder', badSSN('ssn-placeholder'))}, card ${N('luhn-fail', badCard(' '))}. Do not use real numbers.`,
  `Package ${neg('usps-tracking')} for the community board delivered ${dateNeg('date-delivery', RECENT('us'))} at ${neg('time')}. Invoice ${neg('price')}.`,
  `Policy ${neg('policy-number')} renewed ${dateNeg('date-renewal', RECENT('long'))}. Agent EIN ${neg('ein')}. Firmware on router ${neg('version-number')}.`,
][i % 4], () => 'hard negatives only');
T('mixed', 'es', 7, (i) => [
  `Aviso: la oficina cierra el ${dateNeg('date-holiday', SOON('es-long'))}. Para emergencias llame al 311. Pedido ${neg('order-number')}, código postal ${neg('zip4')}.`,
  `Ejemplo de capacitación: seguro social ${N('ssn-placeholder', badSSN('ssn-placeholder'))}, número enmascarado ${N('ssn-masked', `***-**-${digs(4)}`)}. No usar números reales.`,
  `El paquete ${neg('ups-tracking')} llegó el ${dateNeg('date-delivery', RECENT('es'))} a las ${neg('time')}. Costo ${neg('price')}.`,
  `Spanglish: la doña me dijo "my phone is ${P('PHONE', PHONE('dash'))}" y que su birthday es el ${P('DATE_OF_BIRTH', DOB('es'))}. Caso ${neg('case-number')}.`,
][i % 4], (i) => (i % 4 === 3 ? 'mixed en/es' : 'hard negatives only'));


// -- city e-mail threads (EN)
T('email', 'en', 9, (i) => {
  const c = name('en');
  const w = pick(STAFF);
  return [
    `From: ${c} <${P('EMAIL', EMAIL(c))}>\nSent: ${dateNeg('date-sent', RECENT('long'))} ${neg('time')}\nSubject: RE: lease renewal\n\nMs. ${w.split(' ')[1]}, attached is my passport (${P('PASSPORT', PASS('us'))}) as you asked. My cell is ${P('PHONE', PHONE('dot'))}.`,
    `Hello, I am writing for my mother ${name('es')}, born ${P('DATE_OF_BIRTH', DOB('long', [1940, 1960]))}. Her Social Security number is ${P('SSN', SSN('dash'))}. Her Medicare claim ${neg('claim-number')} was denied. Please reply to ${P('EMAIL', EMAIL(c))}.`,
    `Team — the intake spreadsheet went out unencrypted. It had column "ss_no" with values like ${P('SSN', SSN('dash'))} and ${P('SSN', SSN('none'))}, plus test rows ${N('ssn-placeholder', badSSN('ssn-placeholder'))}. Please delete. Ticket ${neg('ticket-number')}. — ${w}`,
  ][i % 3];
}, (i) => (i % 3 === 2 ? 'bare 9-digit SSN in a column called ss_no' : undefined));

// -- library and community centre front desk (EN)
T('library', 'en', 6, (i) => {
  const c = name('en');
  return [
    `Patron ${c} asked to update card: barcode ${neg('library-barcode')}, new phone ${P('PHONE', PHONE('paren'))}, new email ${P('EMAIL', EMAIL(c))}. Fines ${neg('price')} waived.`,
    `ESL class sign-in ${dateNeg('date-class', RECENT('us'))}: ${c} wrote the passport number ${P('PASSPORT', PASS(pick(['co', 'ec', 'other'])))} on the sheet by mistake; sheet shredded. Wi-Fi issue from ${P('IP_ADDRESS', IP('v6'))}.`,
    `Tax-help sign-up: ${c}, birthdate ${P('DATE_OF_BIRTH', DOB('iso'))}, SSN last 4 ${neg('pin-last4')} only. Reminder text to ${P('PHONE', PHONE('plus'))} on ${dateNeg('date-reminder', SOON('us'))}.`,
  ][i % 3];
});

// -- workforce / job centre (EN)
T('work', 'en', 8, (i) => {
  const c = name('en');
  return [
    `Job centre intake: ${c}. Work authorization: EAD, card # ${P('USCIS_RECEIPT', RCPT('plain', pick(['SRC', 'LIN', 'EAC'])))}, A-number ${P('A_NUMBER', ANUM('A-dash'))}. Employer EIN ${neg('ein')}. Phone ${P('PHONE', PHONE('dash', 'x'))}.`,
    `I-9 help: ${c} listed SSN ${P('SSN', SSN('space'))}; spouse listed ${N('ssn-invalid-area-666', badSSN('ssn-invalid-area-666'))} which is not a real number. Training stipend ${neg('price')}, start ${dateNeg('date-start', SOON('long'))}.`,
    `Paycheck dispute — ${c}, DOB ${P('DATE_OF_BIRTH', DOB('us'))}. Employer used ${N('ssn-invalid-serial-0000', badSSN('ssn-invalid-serial-0000'))} on the stub. Direct deposit routing ${neg('routing-number')}. Contact ${P('EMAIL', EMAIL(c))}.`,
    `Reimbursement for ${c}: Mastercard ${P('CREDIT_CARD', CARD('mc', ' '))} charged ${neg('price')} for forklift course; order ${neg('order-number')}. A second card ${N('luhn-fail', badCard(' '))} on the receipt does not validate.`,
  ][i % 4];
});

// ---------------------------------------------------------------- build and validate
const MARK = /\{\{(~?)([A-Za-z0-9_-]+):([^{}]*)\}\}/g;
function unmark(marked) {
  let text = '', last = 0;
  const spans = [], decoys = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[3];
    (m[1] ? decoys : spans).push(m[1] ? { kind: m[2], start, end: text.length } : { type: m[2], start, end: text.length });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('{{')) throw new Error(`unparsed marker: ${text}`);
  return { text, spans, decoys };
}
const TYPES = ['SSN', 'ITIN', 'A_NUMBER', 'USCIS_RECEIPT', 'PASSPORT', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'CREDIT_CARD', 'IP_ADDRESS'];
const NINE = /^(\d{3})([- .]?)(\d{2})\2(\d{4})$/;
const MONTHS = new RegExp(`\\b(${[...MON_EN, ...MON_ES].join('|')}|${[...MON_EN, ...MON_ES].map((x) => x.slice(0, 3)).join('|')})\\b`, 'i');
const VALID = {
  SSN: (v) => { const m = NINE.exec(v); return !!m && ssaValid(m[1] + m[3] + m[4]) && !PLACEHOLDER.has(m[1] + m[3] + m[4]); },
  ITIN: (v) => { const m = NINE.exec(v); return !!m && itinValid(m[1] + m[3] + m[4]); },
  A_NUMBER: (v) => /^(A\d{7,9}|A([- ])\d{3}\2\d{3}\2\d{3}|\d{7,9}|\d{3}-\d{3}-\d{3})$/.test(v),
  USCIS_RECEIPT: (v) => new RegExp(`^(${CENTERS.join('|')})(\\d{10}| \\d{10}|-\\d{2}-\\d{3}-\\d{5})$`).test(v),
  PASSPORT: (v) => /^[A-Z]{0,2}\d{6,9}$/.test(v),
  PHONE: (v) => {
    const core = v.replace(/ (ext\. \d{2,5}|x\d{2,5})$/, '');
    return /^(\+1 |1-)?(\(\d{3}\) |\d{3}[-.]?)?555[-. ]?01\d\d$/.test(core.replace(/^\+1 (\d{3}) 555 /, '$1-555-')) ||
      /^\+(52 55 5550|502 5550) 01\d\d$/.test(core);
  },
  EMAIL: (v) => /^[a-z0-9._+-]+@([a-z0-9-]+\.)*(example\.(org|com|net)|[a-z0-9-]+\.example)$/.test(v),
  DATE_OF_BIRTH: (v) => /^\d{1,4}[-/]\d{1,2}[-/]\d{2,4}$/.test(v) || MONTHS.test(v),
  CREDIT_CARD: (v) => /^(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}|\d{4}([ -]?)\d{6}\3\d{5})$/.test(v) && luhn(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
};
const NEG_VALID = {
  'luhn-fail': (v) => !luhn(v),
  'ssn-masked': (v) => /[X*]/.test(v),
  'mac-address': (v) => isIP(v) === 0,
  'version-number': (v) => isIP(v) === 0,
  zip4: (v) => /^\d{5}-\d{4}$/.test(v),
};
for (const k of BAD_SSN_KINDS) NEG_VALID[k] = (v) => { const d = onlyDigits(v); return PLACEHOLDER.has(d) || (!ssaValid(d) && !itinValid(d)); };

function build() {
  const seen = new Set();
  return SNIPPETS.map(({ id, lang, marked, note }) => {
    if (seen.has(id)) throw new Error(`duplicate id ${id}`);
    seen.add(id);
    if (typeof marked !== "string") throw new Error(`${id}: template returned nothing`);
    const { text, spans, decoys } = unmark(marked);
    const all = [...spans, ...decoys].sort((a, b) => a.start - b.start);
    for (let k = 1; k < all.length; k++) if (all[k].start < all[k - 1].end) throw new Error(`${id}: overlap`);
    for (const s of all) {
      const v = text.slice(s.start, s.end);
      if (!v || v !== v.trim()) throw new Error(`${id}: empty or padded "${v}"`);
      if (/[A-Za-z0-9]/.test(text[s.start - 1] ?? ' ') || /[A-Za-z0-9]/.test(text[s.end] ?? ' ')) throw new Error(`${id}: "${v}" glued to neighbours`);
    }
    for (const s of spans) {
      if (!TYPES.includes(s.type)) throw new Error(`${id}: unknown type ${s.type}`);
      const v = text.slice(s.start, s.end);
      if (!VALID[s.type](v)) throw new Error(`${id}: ${s.type} "${v}" breaks its format rules`);
    }
    for (const d of decoys) {
      const v = text.slice(d.start, d.end);
      if (NEG_VALID[d.kind] && !NEG_VALID[d.kind](v)) throw new Error(`${id}: decoy ${d.kind} "${v}" is not what it claims`);
      if (/^date-/.test(d.kind) && !VALID.DATE_OF_BIRTH(v)) throw new Error(`${id}: ${d.kind} "${v}" is not a date`);
      // A decoy must not itself be a valid positive of a structural type.
      const dd = onlyDigits(v);
      if (/^\d{3}([- ])\d{2}\1\d{4}$/.test(v) && !PLACEHOLDER.has(dd) && ((ssaValid(dd) && !PLACEHOLDER.has(dd)) || itinValid(dd))) throw new Error(`${id}: decoy "${v}" is a valid SSN/ITIN`);
      if (/^[\d -]{13,23}$/.test(v) && dd.length >= 13 && dd.length <= 16 && luhn(v)) throw new Error(`${id}: decoy "${v}" passes Luhn`);
      if (isIP(v)) throw new Error(`${id}: decoy "${v}" is an IP address`);
    }
    const rec = { id, lang, text, spans };
    if (decoys.length) rec.decoys = decoys;
    if (note) rec.note = note;
    return rec;
  });
}

function statistics(records) {
  const tally = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
  const byLang = tally(records.map((r) => r.lang));
  const byType = tally(records.flatMap((r) => r.spans.map((s) => s.type)));
  const byTypeEs = tally(records.filter((r) => r.lang === 'es').flatMap((r) => r.spans.map((s) => s.type)));
  const byDecoy = tally(records.flatMap((r) => (r.decoys ?? []).map((d) => d.kind)));
  const byGroup = tally(records.map((r) => r.id.replace(/-(en|es)-\d+$/, '')));
  const withDecoys = records.filter((r) => r.decoys).length;
  const noSpans = records.filter((r) => !r.spans.length).length;
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  return [
    `snippets: ${records.length} (${[...byLang].map(([k, v]) => `${k} ${v} = ${pct(v, records.length)}`).join(', ')}); ${noSpans} with no span; ${withDecoys} = ${pct(withDecoys, records.length)} with hard negatives`,
    `groups: ${[...byGroup].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `spans: ${sum(byType)} (es ${sum(byTypeEs)})`,
    ...TYPES.map((t) => `  ${t.padEnd(14)} ${String(byType.get(t) ?? 0).padStart(4)}   es ${String(byTypeEs.get(t) ?? 0).padStart(3)}`),
    `hard negatives: ${sum(byDecoy)} in ${withDecoys} snippets`,
    ...[...byDecoy].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `  ${k.padEnd(26)} ${String(v).padStart(4)}`),
  ].join('\n');
}

const records = build();
for (const t of TYPES) if (!records.some((r) => r.spans.some((s) => s.type === t))) throw new Error(`no ${t} span`);
const output = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const summary = statistics(records);
if (CHECK) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch {}
  if (current !== output) {
    console.error(`${OUT} is not current: run node scripts/make-redaction-blind.mjs`);
    process.exit(1);
  }
  console.log(`${OUT}: ${records.length} snippets, unchanged`);
} else if (STATS) {
  console.log(summary);
} else {
  writeFileSync(OUT, output);
  console.log(`wrote ${OUT}\n${summary}`);
}
