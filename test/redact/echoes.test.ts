// Other occurrences of detected values (src/redact/echoes.ts): the fast form, which compares values
// in place and builds keys only when needed, gives exactly what the straightforward reference
// (_echoes-reference.ts: every key built and looked up) gives, on generated notes where values
// come back in other layouts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCandidates, planDetection } from '../../src/redact/detect.js';
import { withEchoes } from '../../src/redact/echoes.js';
import { mergeSpans } from '../../src/redact/text.js';
import { withEchoesReference } from './_echoes-reference.js';
import { note, planted, value } from './_arbitraries.js';

const RUNS = { numRuns: Number(process.env.CIVICVEIL_PROPERTY_RUNS ?? 400) };
const plan = planDetection({});

/** `value` written again another way: as is, digits only, digits in groups, upper case. */
function respell(v: string, layout: number): string {
  const digits = v.replace(/\D/g, '');
  switch (layout) {
    case 0:
      return v;
    case 1:
      return digits.length > 0 ? digits : v;
    case 2:
      return digits.length > 0 ? digits.replace(/(\d{3})(?=\d)/g, '$1 ') : v;
    case 3:
      return v.toUpperCase();
    default:
      return `${digits}0`; // one digit more: no occurrence
  }
}

/** A note where a labelled value (or any value) comes back later, respelled. */
const echoing = fc
  .tuple(note, fc.oneof(planted.map(([, label, v]) => [label, v] as const), value.map((v) => ['', v] as const)), note, fc.integer({ min: 0, max: 4 }), note)
  .map(([a, [label, v], b, layout, c]) => `${a} ${label}${v} ${b} ${respell(v, layout)}. ${c}`);

function both(text: string): { fast: unknown; reference: unknown } {
  const found = detectCandidates(text, plan);
  const spans = mergeSpans(found.reported);
  return { fast: withEchoes(text, spans, found.candidates), reference: withEchoesReference(text, spans, found.candidates) };
}

describe('withEchoes', () => {
  it('finds what the reference finds, on notes where values come back in other layouts', () => {
    fc.assert(
      fc.property(echoing, (text) => {
        const { fast, reference } = both(text);
        expect(fast).toEqual(reference);
      }),
      RUNS,
    );
  });

  it('finds what the reference finds, on generated notes', () => {
    fc.assert(
      fc.property(note, (text) => {
        const { fast, reference } = both(text);
        expect(fast).toEqual(reference);
      }),
      RUNS,
    );
  });

  it('finds what the reference finds, on texts of many notes (more values than the walk over them takes)', () => {
    const many = fc.array(echoing, { minLength: 6, maxLength: 14 }).map((notes) => notes.join('\n'));
    fc.assert(
      fc.property(many, (text) => {
        const { fast, reference } = both(text);
        expect(fast).toEqual(reference);
      }),
      { numRuns: Math.ceil(RUNS.numRuns / 4) },
    );
  });

  it('adds the other occurrences: digits only, a run inside a sentence, and a candidate under another label', () => {
    const text = 'SSN 412-55-7183. Order 412557183 shipped; ref 412 55 7183, not 412-55-71834.';
    const { fast, reference } = both(text);
    expect(fast).toEqual(reference);
    const values = (fast as { start: number; end: number; type: string }[]).map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(values).toEqual([
      ['SSN', '412-55-7183'],
      ['SSN', '412557183'],
      ['SSN', '412 55 7183'],
    ]);
  });

  it('compares values of fewer than 7 digits by their letters and digits', () => {
    const text = 'Passport C123456 on file. Copy: C123456 sent; C1234567 is another.';
    const { fast, reference } = both(text);
    expect(fast).toEqual(reference);
    expect((fast as unknown[]).length).toBe(2);
  });
});
