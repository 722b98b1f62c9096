// Synthetic case notes for the redaction benchmarks (bench/redact.mjs, bench/redact-compare.mjs):
// intake and case-management notes with identifiers mixed into the prose at about the density of such
// notes (one to four per note), and numbers that are not identifiers (case numbers, prices, hearing
// dates, ZIP+4). Seeded: the same seed and size give the same text.
import { num } from './_shared.mjs';

let state = 0;
function random() {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

const FIRST = ['Maria', 'Jose', 'Ana', 'Luis', 'Rosa', 'Kwame', 'Aminata', 'Priya', 'Wei', 'Olena', 'Ahmed', 'Fatima', 'Darnell', 'Keisha', 'Jean', 'Nadege', 'Tenzin', 'Mei', 'Yusuf', 'Carmen'];
const LAST = ['Garcia', 'Hernandez', 'Lopez', 'Diallo', 'Okafor', 'Pierre', 'Patel', 'Chen', 'Nguyen', 'Kovalenko', 'Hassan', 'Brooks', 'Murphy', 'Reyes', 'Mensah', 'Sherpa', 'Rahman', 'Cruz'];
const STAFF = ['R. Okafor', 'M. Tzoc', 'D. Brooks', 'L. Chen', 'S. Haddad', 'J. Pierre'];
const name = () => `${pick(FIRST)} ${pick(LAST)}`;
const date = (y0, y1) => `${pad(int(1, 12), 2)}/${pad(int(1, 28), 2)}/${int(y0, y1)}`;

function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
// Identifier values; each is recorded (planted) so the leak check can look for it in the output.
const ID = {
  SSN() {
    let a;
    do a = int(1, 899);
    while (a === 666);
    return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`;
  },
  ITIN: () => `9${pad(int(0, 99), 2)}-${pick([70, 71, 72, 78, 80, 83, 90, 94, 99, 50, 62])}-${pad(int(1, 9999), 4)}`,
  A_NUMBER: () => pick([`A${pick(['2', '0'])}${digits(8)}`, `A-2${digits(2)}-${digits(3)}-${digits(3)}`]),
  USCIS_RECEIPT: () => `${pick(['EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE'])}${pad(int(15, 25), 2)}${digits(8)}`,
  PHONE: () => pick([`(718) 555-01${digits(2)}`, `347-555-01${digits(2)}`, `917.555.01${digits(2)}`, `+1 646 555 01${digits(2)}`]),
  EMAIL: () => `${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}${int(1, 99)}@${pick(['example.com', 'example.org', 'mail.example.net'])}`,
  DATE_OF_BIRTH: () => date(1940, 2006),
  CREDIT_CARD: () => {
    const body = `4${digits(14)}`;
    return `${body}${luhnDigit(body)}`.match(/\d{4}/g).join(' ');
  },
  IP_ADDRESS: () => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(1, 254)}`,
  PASSPORT: () => `${int(1, 6)}${digits(8)}`,
};
let planted = [];
const plant = (type) => {
  const value = ID[type]();
  planted.push({ type, value, note: notes.length });
  return value;
};

const PROSE = [
  () => `Client came in for follow-up on the work permit renewal.`,
  () => `Discussed options for fee waiver; client will bring proof of income next visit.`,
  () => `Explained that the office does not share information with immigration authorities.`,
  () => `Client reports landlord has not made repairs since ${date(2023, 2025)}; referred to tenant helpline.`,
  () => `Hearing scheduled for ${date(2025, 2026)} at 8:30 am; interpreter requested (Spanish).`,
  () => `Case ${int(2020, 2025)}-LT-${pad(int(1, 99999), 6)} remains open; next court date ${date(2025, 2026)}.`,
  () => `Rent is $${num(int(900, 2600))} per month; arrears of $${num(int(500, 9000))}.`,
  () => `Mailing address confirmed: ${int(10, 2999)} Grand Concourse, Bronx, NY 104${pad(int(50, 99), 2)}-${pad(int(1, 9999), 4)}.`,
  () => `SNAP recertification due ${date(2025, 2026)}; household of ${int(1, 7)}.`,
  () => `Client was given the know-your-rights card and the clinic schedule.`,
  () => `Staff ${pick(STAFF)} called the school about enrollment; no documents about status are required.`,
  () => `Order #${int(100, 999)}-${digits(7)} for replacement ID card placed on ${date(2024, 2025)}.`,
  () => `Medicaid renewal submitted; confirmation ${digits(10)}.`,
  () => `Client is anxious about the upcoming interview and asked for a referral to counseling.`,
  () => `No identifiers collected today, per policy.`,
  () => `Wage claim filed; employer owes about $${num(int(300, 12000))} in unpaid wages over ${int(2, 20)} weeks.`,
];
const WITH_ID = [
  () => `SSN ${plant('SSN')} confirmed against the card.`,
  () => `Client gave her social as ${plant('SSN')} when asked for the benefits form.`,
  () => `Tax ID (ITIN) ${plant('ITIN')} used on the 2024 return.`,
  () => `A# ${plant('A_NUMBER')}; receipt ${plant('USCIS_RECEIPT')} for the I-765.`,
  () => `USCIS# ${plant('A_NUMBER')} on the green card, expires ${date(2026, 2034)}.`,
  () => `Best number is ${plant('PHONE')}; texts are fine.`,
  () => `Call back at ${plant('PHONE')} after 5 pm, or e-mail ${plant('EMAIL')}.`,
  () => `E-mail on file: ${plant('EMAIL')}.`,
  () => `DOB ${plant('DATE_OF_BIRTH')}, born in ${pick(['Puebla', 'Accra', 'Dhaka', 'Port-au-Prince', 'Quito', 'Kathmandu'])}.`,
  () => `Child born ${plant('DATE_OF_BIRTH')} is a US citizen.`,
  () => `Fee paid by card ${plant('CREDIT_CARD')} (client insisted on reading it out).`,
  () => `Portal login from ${plant('IP_ADDRESS')} flagged for review.`,
  () => `Passport no. ${plant('PASSPORT')} copied for the IDNYC application.`,
  () => `Spouse SSN ${plant('SSN')}; client has no SSN.`,
];

let notes = [];

/**
 * Synthetic English case notes of about `targetBytes` bytes of UTF-8 from the seeded generator above,
 * and the identifiers planted in them (`{ type, value, note }`, `note` being the index of the note).
 * The same seed gives the same notes.
 */
export function makeCaseNotes(targetBytes, seed) {
  state = seed;
  planted = [];
  notes = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const parts = [`${date(2024, 2025)} - ${pick(STAFF)}: ${name()}.`];
    const sentences = int(3, 10);
    for (let i = 0; i < sentences; i++) parts.push(random() < 0.2 ? pick(WITH_ID)() : pick(PROSE)());
    const note = parts.join(' ');
    notes.push(note);
    bytes += Buffer.byteLength(note) + 1;
  }
  return { notes, planted };
}
