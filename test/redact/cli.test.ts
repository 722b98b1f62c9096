// `civicveil redact` and `civicveil detect` (src/cli/redact-command.ts), run in-process with
// stand-in streams: plain text, CSV columns, JSON lines, keys, errors and exit statuses.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDetect, runRedact, type CliIo } from '../../src/cli/redact-command.js';
import { createFieldEncryptor } from '../../src/encrypt/index.js';
import { createKeyring, importKey, serializeKeyring } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';
import { detect, redactText } from '../../src/redact/index.js';

const ring = createKeyring([importKey(Uint8Array.from({ length: 32 }, (_, i) => i + 100), { kid: 'cli' })]);
let dir: string;
let keys: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'civicveil-redact-'));
  keys = join(dir, 'keys.jwks');
  writeFileSync(keys, serializeKeyring(ring), { mode: 0o600 });
});

/** Runs a command on `input`, fed in chunks of `chunk` bytes (so lines and characters are split). */
async function run(command: typeof runRedact, args: string[], input: string | Buffer, chunk = 7) {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: (async function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    })(),
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await command(args, io);
  return { code, stdout, stderr };
}

const NOTES = 'Cliente: SSN 412-55-7183, tel. (212) 555-0143.\nDOB 03/14/1987 — nació en Cobán.\nA# A208803901\n';

describe('civicveil redact', () => {
  it('plain text: the same output as redactText on the whole text, streamed in pieces', async () => {
    const r = await run(runRedact, [], NOTES);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(redactText(NOTES).text);
    expect(r.stderr).toMatch(/redacted 4 values \(.*SSN 1.*\) with label/);
  });

  it('--operator mask --keep-last, and a long text in many blocks', async () => {
    const long = NOTES.repeat(3000);
    const r = await run(runRedact, ['--operator', 'mask', '--keep-last', '4'], long, 4096);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(redactText(long, { operator: 'mask' }).text.replace(/\*\*\*-\*\*-\*\*\*\*/g, '***-**-7183').replace(/\(\*\*\*\) \*\*\*-\*\*\*\*/g, '(***) ***-0143').replace(/\*\*\/\*\*\/\*\*\*\*/g, '**/**/1987').replace(/\*{10}(?=\n)/g, '******3901'));
  });

  it('--operator pseudonym and encrypt take the keyring from --keys and a --domain', async () => {
    const p = createPseudonymizer({ keyring: ring, domain: 'hra/notes' });
    const r = await run(runRedact, ['--operator', 'pseudonym', '--keys', keys, '--domain', 'hra/notes'], 'SSN 412 55 7183\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`SSN ${p.pseudonymize('ssn', '412557183')}\n`);
    const e = await run(runRedact, ['--operator', 'encrypt', '--keys', keys, '--domain', 'hra/notes'], 'SSN 412-55-7183');
    expect(e.code).toBe(0);
    const enc = createFieldEncryptor({ keyring: ring, domain: 'hra/notes' });
    expect(enc.decrypt(e.stdout.slice(4), { context: 'SSN' })).toBe('412-55-7183');
  });

  it('--field: CSV columns, scanned (COLUMN) or whole (COLUMN=TYPE); quoting and other columns kept', async () => {
    const csv = 'id,notes,ssn,other\n1,"Llamar al 212-555-0143, urgente",412557183,SSN 412-55-7183\n2,"dijo ""hola""",,x\n';
    const r = await run(runRedact, ['--field', 'notes', '--field', 'ssn=SSN'], csv, 5);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('id,notes,ssn,other\n1,"Llamar al [PHONE], urgente",[SSN],SSN 412-55-7183\n2,"dijo ""hola""",,x\n');
    expect(r.stderr).toMatch(/in 2 rows \(notes, ssn as SSN\)/);
  });

  it('--jsonl: the text member is redacted, the rest of each object kept', async () => {
    const r = await run(runRedact, ['--jsonl', '--operator', 'remove'], '{"id":1,"text":"SSN 412-55-7183"}\n\n{"id":2,"text":"nada","x":[1]}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"id":1,"text":"SSN "}\n{"id":2,"text":"nada","x":[1]}\n');
  });

  it('--out writes the file whole, and nothing is left behind on failure', async () => {
    const out = join(dir, 'out.txt');
    expect((await run(runRedact, ['--out', out], NOTES)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(redactText(NOTES).text);
    const bad = join(dir, 'bad.jsonl');
    expect((await run(runRedact, ['--jsonl', '--out', bad], '{"text":"ok"}\nnot json\n')).code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('bad'))).toEqual([]);
  });

  it.each([
    [['--operator', 'hash'], /--operator must be one of/],
    [['--keep-last', '4'], /--keep-last only applies to --operator mask/],
    [['--operator', 'pseudonym', '--keys', 'x'], /needs --domain/],
    [['--domain', 'd'], /--domain only applies/],
    [['--field', 'a', '--jsonl'], /cannot be used together/],
    [['--types', 'SNN'], /no detector reports "SNN"/],
    [['--min-score', '7'], /--min-score must be a number from 0 to 1/],
    [['--in', '/nonexistent/file'], /--in \/nonexistent\/file: cannot read it/],
    [['--bogus'], /Unknown option/],
    [['--field', 'nope'], /no such column/],
  ])('bad options %j exit 2 with a clear message', async (args, message) => {
    const r = await run(runRedact, args, 'id,notes\n1,x\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--jsonl'], '{"id":1}\n', /line 1: the "text" member is missing/],
    [['--jsonl'], '[1,2]\n', /line 1: expected a JSON object/],
    [['--jsonl'], '{"text":"a"}\n{"text":\n', /line 2: not valid JSON/],
    [['--field', 'b'], 'a,b\n1,2,3\n', /row 1: 3 fields, the header has 2/],
    [[], Buffer.from([0x41, 0xff, 0x0a]), /not valid UTF-8/],
  ] as [string[], string | Buffer, RegExp][])('bad input %j exits 2 with the line or row', async (args, input, message) => {
    const r = await run(runRedact, args, input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a missing keyring exits 2; a bad one exits 1; messages never hold a value', async () => {
    const missing = await run(runRedact, ['--operator', 'encrypt', '--domain', 'd', '--keys', join(dir, 'none.jwks')], 'SSN 412-55-7183');
    expect(missing.code).toBe(2);
    const badKeys = join(dir, 'bad.jwks');
    writeFileSync(badKeys, '{"keys":[]}', { mode: 0o600 });
    const bad = await run(runRedact, ['--operator', 'encrypt', '--domain', 'd', '--keys', badKeys], 'SSN 412-55-7183');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/KEY_INVALID/);
    expect(bad.stderr + missing.stderr).not.toContain('412');
  });
});

describe('help', () => {
  it('--help prints the usage of both commands and exits 0', async () => {
    for (const command of [runRedact, runDetect]) {
      const r = await run(command, ['--help'], '');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/civicveil redact .*\n[\s\S]*civicveil detect/);
    }
  });
});

describe('civicveil detect', () => {
  it('--jsonl writes each object back with its spans', async () => {
    const lines = ['{"id":"a","text":"SSN 412-55-7183"}', '{"id":"b","text":"nada"}', '{"id":"c","text":"correo ana@example.org","spans":"old"}'];
    const r = await run(runDetect, ['--jsonl'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toEqual(lines.map((l) => JSON.parse(l)).map((o) => ({ ...o, spans: detect(o.text) })));
  });

  it('plain text: one span a line, offsets into the whole input', async () => {
    const r = await run(runDetect, ['--types', 'ssn,date_of_birth'], NOTES, 3);
    expect(r.code).toBe(0);
    const spans = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(spans).toEqual(detect(NOTES, { types: ['SSN', 'DATE_OF_BIRTH'] }));
    for (const s of spans) expect(NOTES.slice(s.start, s.end)).toMatch(/\d/);
  });

  it('--min-score and bad input', async () => {
    expect((await run(runDetect, ['--jsonl', '--min-score', '0.3'], '{"text":"508437121"}\n')).stdout).toContain('"score":0.3');
    expect((await run(runDetect, ['--jsonl'], '{"text":1}\n')).code).toBe(2);
    expect((await run(runDetect, ['--operator', 'mask'], '')).code).toBe(2);
  });
});
