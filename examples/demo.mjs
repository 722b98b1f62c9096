// The municipal ID batch job, end to end, on the bundled synthetic holders file:
// make a keyring, pseudonymize the identifying columns with the CLI, show rows before and after,
// and answer "is this person already a holder?" from the pseudonymized list alone.
// Every row of examples/data/holders.csv is synthetic (made by examples/make-holders.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createPseudonymizer, parseKeyring } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const input = join(root, 'examples/data/holders.csv');
const work = mkdtempSync(join(tmpdir(), 'civicveil-demo-'));
const keys = join(work, 'keys.jwks');
const output = join(work, 'holders.pseudonymized.csv');
const rejects = join(work, 'holders.rejects.csv');
const fields = ['ssn', 'date_of_birth=dob', 'email', 'phone', 'address'];

const run = (args) => {
  console.log(`$ civicveil ${args.join(' ')}`);
  execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
};
const read = (file) => Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const show = (rows, columns) => {
  for (const row of rows) console.log('  ' + columns.map((c) => `${c}=${row[c]}`).join('  '));
};

try {
  console.log('1. A new keyring (file mode 0600; in production it lives in a secrets store, not beside the data):');
  run(['keygen', '--out', keys, '--kid', 'idnyc-demo']);

  console.log('\n2. Pseudonymize the identifying columns of the holder list, setting impossible SSNs aside:');
  run(['pseudonymize', '--keys', keys, '--domain', 'idnyc/holders', ...fields.flatMap((f) => ['--field', f]),
    '--in', input, '--out', output, '--rejects', rejects]);

  const before = read(input);
  const after = read(output);
  const shown = ['holder_id', 'ssn', 'date_of_birth', 'email'];
  console.log(`\n3. Before (${before.length.toLocaleString('en-US')} rows in ${input.replace(root, '')}):`);
  show(before.slice(0, 3), shown);
  console.log(`   After (${after.length.toLocaleString('en-US')} rows; names, city and language kept as they were):`);
  show(after.slice(0, 3), shown);
  const rejected = read(rejects);
  console.log(`   Set aside for review (${rejected.length} rows, with the reason; error messages never repeat the value):`);
  show(rejected.slice(0, 2), ['holder_id', 'civicveil_row', 'civicveil_reason']);

  console.log('\n4. "Is this person already a holder?" — answered from the pseudonymized list and the key:');
  const p = createPseudonymizer({ keyring: parseKeyring(readFileSync(keys, 'utf8')), domain: 'idnyc/holders' });
  const applicant = before.find((r, i) => i > 5000 && /^\d{3}-\d{2}-\d{4}$/.test(r.ssn));
  const typed = applicant.ssn.replace(/-/g, ' ');
  const token = p.pseudonymize('ssn', typed);
  const match = after.find((r) => r.ssn === token);
  console.log(`   SSN typed at the counter as "${typed}" -> ${token}`);
  console.log(`   found: ${match ? `yes, holder ${match.holder_id}` : 'no'}; without the key the list reveals no SSN.`);
  const other = createPseudonymizer({ keyring: parseKeyring(readFileSync(keys, 'utf8')), domain: 'library/patrons' });
  console.log(`   The same SSN in another domain (library/patrons) -> ${other.pseudonymize('ssn', typed)} (unlinkable)`);
  p.destroy();
  other.destroy();
} finally {
  rmSync(work, { recursive: true, force: true });
}
