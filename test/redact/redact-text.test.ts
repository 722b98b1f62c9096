// redactText: operators (one for all, per type), merging, other occurrences, given spans, errors.
import { describe, expect, it } from 'vitest';
import { createFieldEncryptor } from '../../src/encrypt/index.js';
import { CivicVeilError } from '../../src/errors.js';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';
import {
  createPatternDetector,
  createTextRedactor,
  defaultDetectors,
  detect,
  DEFAULT_PSEUDONYM_KINDS,
  encryptOperator,
  labelOperator,
  maskOperator,
  mergeSpans,
  pseudonymOperator,
  pseudonymSource,
  redactText,
  removeOperator,
  ssnDetector,
  type Operator,
} from '../../src/redact/index.js';

const ring = createKeyring([importKey(Uint8Array.from({ length: 32 }, (_, i) => 255 - i), { kid: 'k1' })]);
const pseudonymizer = createPseudonymizer({ keyring: ring, domain: 'hra/case-notes' });
const encryptor = createFieldEncryptor({ keyring: ring, domain: 'hra/case-notes' });
const NOTE = 'SSN 412-55-7183, tel. (212) 555-0143, correo ana@example.org.';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof CivicVeilError) return e.code;
    throw e;
  }
  return 'NO ERROR';
}

describe('operators', () => {
  it('label (default)', () => {
    expect(redactText(NOTE).text).toBe('SSN [SSN], tel. [PHONE], correo [EMAIL].');
    expect(redactText(NOTE, { operator: labelOperator({ format: '<{type}>' }) }).text).toBe('SSN <SSN>, tel. <PHONE>, correo <EMAIL>.');
  });

  it('mask keeps separators; keepLast keeps the last letters and digits; char chooses the mask', () => {
    expect(redactText(NOTE, { operator: 'mask' }).text).toBe('SSN ***-**-****, tel. (***) ***-****, correo ***@*******.***.');
    expect(redactText('SSN 412-55-7183', { operator: maskOperator({ keepLast: 4 }) }).text).toBe('SSN ***-**-7183');
    expect(redactText('A-Number: A208803901', { operator: maskOperator({ keepLast: 4, char: '#' }) }).text).toBe('A-Number: ######3901');
    expect(redactText('SSN 412-55-7183', { operator: maskOperator({ keepLast: 99 }) }).text).toBe('SSN 412-55-7183');
  });

  it('remove', () => {
    expect(redactText(NOTE, { operator: 'remove' }).text).toBe('SSN , tel. , correo .');
    expect(redactText(NOTE, { operator: removeOperator() }).text).toBe('SSN , tel. , correo .');
    expect(redactText('SSN:412-55-7183.', { operator: 'remove' }).text).toBe('SSN: .'); // neighbours are not glued together
  });

  it('per type, over a default', () => {
    const r = redactText(NOTE, { operator: 'mask', operators: { EMAIL: 'remove', PHONE: labelOperator() } });
    expect(r.text).toBe('SSN ***-**-****, tel. [PHONE], correo .');
  });

  it('pseudonym: p1 tokens of the canonical value; the same value in another layout or document gets the same token', () => {
    const operator = pseudonymOperator({ pseudonymizer });
    const a = redactText('SSN 412-55-7183, phone (212) 555-0143 ext. 4', { operator }).text;
    const b = redactText('seguro social 412 55 7183; cel. +1 212 555 0143', { operator }).text;
    const ssn = pseudonymizer.pseudonymize('ssn', '412557183');
    const phone = pseudonymizer.pseudonymize('phone', '+12125550143');
    expect(a).toBe(`SSN ${ssn}, phone ${phone}`);
    expect(b).toBe(`seguro social ${ssn}; cel. ${phone}`);
    expect(ssn).toMatch(/^p1\.k1\.[A-Za-z0-9_-]{22}$/);
    // A-numbers are padded to 9 digits, as USCIS does; receipt numbers lose their separators.
    const x = redactText('A-Number: A12345678 / receipt EAC-21-123-45678', { operator }).text;
    expect(x).toBe(`A-Number: ${pseudonymizer.pseudonymize('a_number', 'A012345678')} / receipt ${pseudonymizer.pseudonymize('uscis_receipt', 'EAC2112345678')}`);
  });

  it('pseudonym: values a kind normalizer refuses still get a stable token (kind:text)', () => {
    const operator = pseudonymOperator({ pseudonymizer });
    expect(redactText('call 555-0142', { operator }).text).toBe(`call ${pseudonymizer.pseudonymize('phone:text', '5550142')}`);
    expect(redactText('DOB 3/4/85', { operator }).text).toBe(`DOB ${pseudonymizer.pseudonymize('dob:text', '3485')}`);
    expect(redactText('DOB March 4, 1985', { operator }).text).toBe(`DOB ${pseudonymizer.pseudonymize('dob', '1985-03-04')}`);
  });

  it('pseudonym: kinds can be chosen per type', () => {
    const operator = pseudonymOperator({ pseudonymizer, kinds: { A_NUMBER: 'alien_no' } });
    expect(redactText('A208803901', { operator }).text).toBe(pseudonymizer.pseudonymize('alien_no', 'A208803901'));
    expect(DEFAULT_PSEUDONYM_KINDS.SSN).toBe('ssn');
    expect(pseudonymSource('IP_ADDRESS', '2001:DB8::1')).toBe('2001:0db8:0000:0000:0000:0000:0000:0001');
  });

  it('encrypt: e1 envelopes bound to the type (default) or a chosen context, reversible with the key', () => {
    const r = redactText('SSN 412-55-7183', { operator: encryptOperator({ encryptor }) });
    const envelope = r.text.slice(4);
    expect(envelope).toMatch(/^e1\.xc20p\.k1\./);
    expect(encryptor.decrypt(envelope, { context: 'SSN' })).toBe('412-55-7183');
    expect(codeOf(() => encryptor.decrypt(envelope, { context: 'PHONE' }))).toBe('AUTHENTICATION_FAILED');
    const siv = encryptOperator({ encryptor, algorithm: 'siv', context: (s) => `notes.${s.type.toLowerCase()}` });
    const one = redactText('SSN 412-55-7183', { operator: siv }).text;
    expect(redactText('SSN 412-55-7183', { operator: siv }).text).toBe(one); // deterministic
    expect(encryptor.decrypt(one.slice(4), { context: 'notes.ssn' })).toBe('412-55-7183');
  });

  it('custom operators; an output that still holds the value is refused', () => {
    const stars: Operator = { name: 'stars', apply: (v) => '*'.repeat(v.length) };
    expect(redactText('SSN 412-55-7183', { operator: stars }).text).toBe('SSN ***********');
    const leaky: Operator = { name: 'leaky', apply: (v) => `<${v}>` };
    expect(codeOf(() => redactText('SSN 412-55-7183', { operator: leaky }))).toBe('OPTION_INVALID');
    try {
      redactText('SSN 412-55-7183', { operator: leaky });
    } catch (e) {
      expect((e as Error).message).not.toContain('412');
    }
  });

  it('refuses bad operators and options with OPTION_INVALID', () => {
    expect(codeOf(() => redactText('x', { operator: 'hash' as never }))).toBe('OPTION_INVALID');
    expect(codeOf(() => redactText('x', { operators: { SSN: 42 as never } }))).toBe('OPTION_INVALID');
    expect(codeOf(() => maskOperator({ char: 'x' }))).toBe('OPTION_INVALID');
    expect(codeOf(() => maskOperator({ char: '**' }))).toBe('OPTION_INVALID');
    expect(codeOf(() => maskOperator({ keepLast: -1 }))).toBe('OPTION_INVALID');
    expect(codeOf(() => pseudonymOperator({} as never))).toBe('OPTION_INVALID');
    expect(codeOf(() => encryptOperator({ encryptor, algorithm: 'aes' as never }))).toBe('OPTION_INVALID');
    expect(codeOf(() => redactText('x', { minScore: 2 }))).toBe('OPTION_INVALID');
    expect(codeOf(() => redactText('x', { types: ['SNN'] }))).toBe('OPTION_INVALID');
    expect(codeOf(() => redactText(42 as never))).toBe('INPUT_INVALID');
  });
});

describe('what is redacted', () => {
  it('overlapping detections are merged: every reported value is redacted, under the best type', () => {
    // "A12345678" is an A-number candidate and, after "pasaporte", a passport: one span.
    const r = redactText('pasaporte A12345678');
    expect(r.spans).toEqual([{ type: 'PASSPORT', start: 10, end: 19, score: 0.95 }]);
    expect(mergeSpans([
      { type: 'PHONE', start: 0, end: 12, score: 0.6 },
      { type: 'SSN', start: 4, end: 15, score: 0.9 },
      { type: 'EMAIL', start: 20, end: 25, score: 0.9 },
    ])).toEqual([
      { type: 'SSN', start: 0, end: 15, score: 0.9 },
      { type: 'EMAIL', start: 20, end: 25, score: 0.9 },
    ]);
  });

  it('other occurrences of a detected value are redacted too, whatever their layout or label', () => {
    const text = 'SSN 412-55-7183. Later she wrote 412557183 on the order form, order #412 55 7183.';
    expect(detect(text).length).toBe(1);
    const r = redactText(text, { operator: 'mask' });
    expect(r.text).toBe('SSN ***-**-****. Later she wrote ********* on the order form, order #*** ** ****.');
    expect(r.spans.map((s) => s.type)).toEqual(['SSN', 'SSN', 'SSN']);
  });

  it('a number after a negative label and its own number is redacted, and redacting again changes nothing', () => {
    // The case notes of bench/redact.mjs: `confirmation` labels 4239374703, not the phone number.
    const text = 'Medicaid renewal submitted; confirmation 4239374703. Best number is 347-555-0121; texts are fine.';
    for (const operator of ['label', 'mask', 'remove'] as const) {
      const once = redactText(text, { operator }).text;
      expect(once).not.toContain('347-555-0121');
      expect(once).toContain('confirmation 4239374703.');
      expect(redactText(once, { operator }).text).toBe(once);
    }
    expect(redactText(text).text).toBe('Medicaid renewal submitted; confirmation 4239374703. Best number is [PHONE]; texts are fine.');
  });

  it('types and minScore choose what is redacted', () => {
    expect(redactText(NOTE, { types: ['EMAIL'] }).text).toBe('SSN 412-55-7183, tel. (212) 555-0143, correo [EMAIL].');
    expect(redactText('random 508437121', { minScore: 0.3 }).text).toBe('random [SSN]');
    expect(redactText(NOTE, { detectors: [ssnDetector] }).text).toBe('SSN [SSN], tel. (212) 555-0143, correo ana@example.org.');
  });

  it('given spans are redacted instead of detecting (overlaps merged, offsets checked)', () => {
    const r = redactText('Ana Ruiz, SSN 412-55-7183', {
      spans: [
        { type: 'NAME', start: 0, end: 8, score: 1 },
        { type: 'SSN', start: 14, end: 25, score: 1 },
        { type: 'SSN', start: 18, end: 25, score: 0.5 },
      ],
    });
    expect(r.text).toBe('[NAME], SSN [SSN]');
    expect(codeOf(() => redactText('abc', { spans: [{ type: 'X', start: 2, end: 9, score: 1 }] }))).toBe('OPTION_INVALID');
  });

  it('custom detectors plug in beside the built-in ones', () => {
    const idnyc = createPatternDetector({ type: 'IDNYC', pattern: /\b1\d{11}\b/, score: 0.8 });
    const r = redactText('IDNYC card 100012345678, SSN 412-55-7183', { detectors: [...defaultDetectors, idnyc] });
    expect(r.text).toBe('IDNYC card [IDNYC], SSN [SSN]');
    const broken = { type: 'BROKEN', detect: () => [{ type: 'BROKEN', start: 5, end: 2, score: 1 }] };
    expect(codeOf(() => detect('hello world', { detectors: [broken] }))).toBe('OPTION_INVALID');
  });

  it('a prepared redactor gives the same results', () => {
    const redact = createTextRedactor({ operator: 'mask' });
    expect(redact(NOTE)).toEqual(redactText(NOTE, { operator: 'mask' }));
  });

  it('error messages never contain the value', () => {
    const throwing: Operator = {
      name: 'throwing',
      apply: () => {
        throw new CivicVeilError('INPUT_INVALID', 'refused');
      },
    };
    try {
      redactText('SSN 412-55-7183', { operator: throwing });
    } catch (e) {
      expect((e as Error).message).not.toMatch(/412|7183/);
    }
  });
});
