// A retention schedule by crypto-shredding, with one data key per month.
//
// A caseworker office keeps case notes for RETAIN_MONTHS months. Each note is encrypted under the
// data key of the month it was written in (the "subject" is the month, e.g. "2026-03"); the data
// keys are wrapped by the office's master key and kept in a small key store. On the retention
// date, every month older than the window is shredded: its wrapped key is deleted, and every copy
// of that month's notes (the database, its replicas, last year's backup tapes, an export someone
// mailed) becomes unreadable at once, without finding and rewriting each copy.
//
// Run: npx tsup --silent && node examples/retention-schedule.mjs [YYYY-MM-DD] [months]
// Every note here is synthetic.
import { createKeyring, createMemoryKeyStore, createSubjectEncryptor, generateKey } from '../dist/index.js';

const today = process.argv[2] ?? '2026-03-15';
const RETAIN_MONTHS = Number(process.argv[3] ?? 3);

/** "YYYY-MM" of a date given as "YYYY-MM-DD". */
const monthOf = (isoDate) => isoDate.slice(0, 7);

/** The month `n` months before "YYYY-MM". */
function monthsBefore(month, n) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

// The master keyring would come from a secrets store (parseKeyring); the key store would be a
// table (see docs/encrypt.md, "A SQL key store"). Both are in memory here.
const keyring = createKeyring([generateKey({ kid: 'office-2026' })]);
const store = createMemoryKeyStore();
const subjects = createSubjectEncryptor({ keyring, domain: 'caseworkers/notes', store });

// 1. Intake: notes written over seven months, each encrypted under its month's key. The month is
//    kept in clear beside the envelope: it is needed to decrypt, and it is what retention acts on.
const written = [
  ['2025-09-03', 'First visit. Client asked whether the clinic shares records with immigration.'],
  ['2025-10-21', 'Referred to legal aid for a U-visa consultation.'],
  ['2025-11-14', 'Rent arrears; eviction hearing on the 30th.'],
  ['2025-12-02', 'Hearing postponed. Client prefers Spanish-language follow-up.'],
  ['2026-01-09', 'Enrolled the children at P.S. 112.'],
  ['2026-02-17', 'Client reports the landlord threatened to call ICE.'],
  ['2026-03-05', 'Housing application submitted.'],
  ['2026-03-12', 'Follow-up call, no new issues.'],
];
const notes = [];
for (const [i, [date, text]] of written.entries()) {
  const id = `N${String(i + 1).padStart(3, '0')}`;
  const month = monthOf(date);
  // The note id is appended to the context, so a note's envelope pasted onto another note fails.
  const body = await subjects.encrypt(month, text, { context: `notes.body#${id}` });
  notes.push({ id, date, month, body });
}
console.log(`Intake: ${notes.length} notes encrypted under ${store.size} monthly keys (${store.subjects().join(', ')}).`);
console.log(`  stored row: ${JSON.stringify({ ...notes[0], body: `${notes[0].body.slice(0, 40)}…` })}`);

// A backup copy of the notes table, taken before retention runs: shredding must reach it too.
const backup = notes.map((n) => ({ ...n }));

// 2. Retention: on `today`, keep the current month and the RETAIN_MONTHS - 1 before it; shred the rest.
const oldestKept = monthsBefore(monthOf(today), RETAIN_MONTHS - 1);
const expired = store.subjects().filter((month) => month < oldestKept);
console.log(`\nRetention on ${today}: keep ${RETAIN_MONTHS} months (${oldestKept} and later); shred ${expired.join(', ') || 'nothing'}.`);
for (const month of expired) await subjects.shred(month);

// 3. What can still be read? Try every note of the backup copy, as a fresh process would.
subjects.destroy();
const reader = createSubjectEncryptor({ keyring, domain: 'caseworkers/notes', store });
const byMonth = new Map();
const readableMonths = new Set();
for (const n of backup) {
  let outcome;
  try {
    const text = await reader.decrypt(n.month, n.body, { context: `notes.body#${n.id}` });
    outcome = `readable: "${text.slice(0, 48)}${text.length > 48 ? '…' : ''}"`;
    readableMonths.add(n.month);
  } catch (e) {
    outcome = `${e.code}: ${e.message}`;
  }
  if (!byMonth.has(n.month)) byMonth.set(n.month, []);
  byMonth.get(n.month).push(`${n.id}  ${outcome}`);
}
console.log('\nNotes in the backup copy, by month:');
for (const [month, lines] of byMonth) {
  console.log(`  ${month}  ${month < oldestKept ? 'SHREDDED' : 'kept'}`);
  for (const line of lines) console.log(`    ${line}`);
}
console.log(`\nMonths still readable: ${[...readableMonths].join(', ')}. Keys left in the store: ${store.subjects().join(', ')}.`);
reader.destroy();
