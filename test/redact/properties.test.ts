// Properties of detection and redaction on generated case-note-like text (words, labels in English
// and Spanish, identifier-shaped values valid and invalid, punctuation, line breaks).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldEncryptor } from '../../src/encrypt/index.js';
import { createKeyring, importKey } from '../../src/keys/index.js';
import { createPseudonymizer } from '../../src/pseudonymize/index.js';
import { endsValue, startsValue } from '../../src/redact/boundaries.js';
import { detect, encryptOperator, maskOperator, pseudonymOperator, redactText, type OperatorSpec, type Span } from '../../src/redact/index.js';
import { note, planted } from './_arbitraries.js';

const RUNS = { numRuns: Number(process.env.CIVICVEIL_PROPERTY_RUNS ?? 400) };
const ring = createKeyring([importKey(Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 1), { kid: 'k1' })]);
const pseudonymizer = createPseudonymizer({ keyring: ring, domain: 'hra/case-notes' });
const encryptor = createFieldEncryptor({ keyring: ring, domain: 'hra/case-notes' });

/** Where `needle` stands alone in `haystack` (not inside a longer number or word), the way values do. */
function standsAlone(haystack: string, needle: string): boolean {
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (startsValue(haystack, i) && endsValue(haystack, i + needle.length)) return true;
  }
  return false;
}

/** Fails when a detected value of `text` is still in `output`, as written or (7+ digits) as bare digits. */
function expectNoDetectedValue(text: string, output: string): void {
  for (const span of detect(text)) {
    const v = text.slice(span.start, span.end);
    expect(standsAlone(output, v), `${span.type} value ${JSON.stringify(v)} left in ${JSON.stringify(output)}`).toBe(false);
    const digits = v.replace(/\D+/g, '');
    if (digits.length >= 7) {
      expect(standsAlone(output, digits), `digits of ${span.type} value ${JSON.stringify(v)} left in ${JSON.stringify(output)}`).toBe(false);
    }
  }
}

function expectWellFormed(text: string, spans: readonly Span[]): void {
  let last = 0;
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(last); // sorted, not overlapping
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
    last = s.end;
  }
}

const plainOperators: [string, OperatorSpec][] = [
  ['label', 'label'],
  ['mask', 'mask'],
  ['remove', 'remove'],
  ['mask with #', maskOperator({ char: '#' })],
];

describe('detect()', () => {
  it('spans are sorted, never overlap, lie inside the text and score in (0, 1]', () => {
    fc.assert(
      fc.property(note, (text) => {
        expectWellFormed(text, detect(text));
        expectWellFormed(text, detect(text, { minScore: 0 }));
      }),
      RUNS,
    );
  });

  it('offsets slice the original text to the detected value, whatever text (any Unicode) comes before', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), planted, fc.string({ unit: 'grapheme', maxLength: 40 }), (before, [type, label, v], after) => {
        const text = `${before}\n${label}${v}\n${after}`;
        const start = before.length + 1 + label.length;
        const found = detect(text).filter((s) => s.start === start);
        expect(found).toEqual([expect.objectContaining({ type, start, end: start + v.length })]);
        expect(text.slice(found[0]!.start, found[0]!.end)).toBe(v);
      }),
      RUNS,
    );
  });

  // Context crosses a line break only into a table's header row or a question on the line before
  // (both bounded to one block of lines): never across a blank line.
  it('a line is detected the same alone and inside a longer text (context never crosses a blank line)', () => {
    fc.assert(
      fc.property(note, note, (a, b) => {
        const line = a.replace(/\n/g, ' ');
        const alone = detect(line);
        const inside = detect(`${b}\n\n${line}\n\n${b}`).filter((s) => s.start > b.length + 1 && s.end <= b.length + 2 + line.length);
        expect(inside.map((s) => ({ ...s, start: s.start - b.length - 2, end: s.end - b.length - 2 }))).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });
});

describe('redactText()', () => {
  it.each(plainOperators)('%s: the output holds no detected value, with or without separators', (_name, operator) => {
    fc.assert(
      fc.property(note, (text) => {
        const { text: output, spans } = redactText(text, { operator });
        expectWellFormed(text, spans);
        expectNoDetectedValue(text, output);
      }),
      RUNS,
    );
  });

  it.each(plainOperators)('%s: redaction is idempotent', (_name, operator) => {
    fc.assert(
      fc.property(note, (text) => {
        const once = redactText(text, { operator }).text;
        const twice = redactText(once, { operator });
        expect(twice.text).toBe(once);
        expect(twice.spans).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every returned span slices the original text to a value that the output no longer holds in place', () => {
    fc.assert(
      fc.property(note, (text) => {
        const { text: output, spans } = redactText(text, { operator: 'label' });
        let rebuilt = '';
        let at = 0;
        for (const s of spans) {
          rebuilt += `${text.slice(at, s.start)}[${s.type}]`;
          at = s.end;
        }
        expect(rebuilt + text.slice(at)).toBe(output);
      }),
      RUNS,
    );
  });

  it('pseudonym: deterministic, and the same value gets the same token in another document and layout', () => {
    const operator = pseudonymOperator({ pseudonymizer });
    fc.assert(
      fc.property(note, (text) => {
        const a = redactText(text, { operator });
        expect(redactText(text, { operator })).toEqual(a);
        expectNoDetectedValue(text, a.text);
      }),
      RUNS,
    );
    const one = redactText('SSN 412-55-7183', { operator }).text.slice(4);
    expect(redactText('Su seguro social: 412 55 7183.', { operator }).text).toBe(`Su seguro social: ${one}.`);
    expect(one).toBe(pseudonymizer.pseudonymize('ssn', '412557183'));
  });

  it('encrypt: each envelope decrypts, under the span type as context, to the value it replaced', () => {
    const operator = encryptOperator({ encryptor });
    const prefix = 'e1.xc20p.k1.';
    fc.assert(
      fc.property(note, (text) => {
        const { text: output, spans } = redactText(text, { operator });
        // Envelopes are found from the spans: an xc20p payload is 24 + n + 16 bytes for n bytes of value.
        let shift = 0;
        for (const s of spans) {
          const value = text.slice(s.start, s.end);
          const length = prefix.length + Math.ceil(((40 + new TextEncoder().encode(value).length) * 4) / 3);
          const envelope = output.slice(s.start + shift, s.start + shift + length);
          expect(envelope.startsWith(prefix)).toBe(true);
          expect(encryptor.decrypt(envelope, { context: s.type })).toBe(value);
          shift += length - value.length;
        }
        expect(output.length).toBe(text.length + shift);
      }),
      { numRuns: 200 },
    );
  });
});
