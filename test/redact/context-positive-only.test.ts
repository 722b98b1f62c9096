// `verdict(bit, start, end, positiveOnly)`: a caller that only needs to know whether a supporting
// label applies (a date of birth, a bare passport number) may get `none` for any other verdict,
// sooner. It must never change whether the verdict is positive, nor a positive one: checked on
// generated notes, on pasted tables (a column's header labels its cells) and on answer lines (a
// short line takes the question on the line before).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitOf } from '../../src/redact/builtin-types.js';
import { createContext } from '../../src/redact/context.js';
import { detectCandidates, planDetection } from '../../src/redact/detect.js';
import { note, value } from './_arbitraries.js';

const RUNS = { numRuns: Number(process.env.CIVICVEIL_PROPERTY_RUNS ?? 400) };
const plan = planDetection({});

const label = fc.constantFrom('DOB', 'Date of birth', 'Fecha de nacimiento', 'SSN', 'Name', 'Date', 'Order', 'Passport', 'A#', 'Hearing', 'Notes');
/** Words without digits, long enough to make a row longer than an answer line may be. */
const filler = 'seen at the office about the housing application and the letter from the landlord '.repeat(3);
/**
 * A pasted table: a header of labels, then rows of values, cells split by one delimiter; with a
 * long last column or not (rows of more than 200 characters are no answer lines).
 */
const table = fc
  .record({ delimiter: fc.constantFrom('\t', ' | ', ';', ','), header: fc.array(label, { minLength: 2, maxLength: 4 }), long: fc.boolean() })
  .chain(({ delimiter, header, long }) =>
    fc
      .array(fc.array(value, { minLength: header.length, maxLength: header.length }), { minLength: 1, maxLength: 4 })
      .map((rows) =>
        [long ? [...header, 'Notes'] : header, ...rows.map((cells) => (long ? [...cells, filler] : cells))].map((cells) => cells.join(delimiter)).join('\n'),
      ),
  );
/** A question and a short answer on the next line, inside a note. */
const answer = fc
  .tuple(note, fc.constantFrom('Date of birth:', "What's your social?", 'Fecha de nacimiento', 'Passport no.', 'Order number'), value, note)
  .map(([a, q, v, b]) => `${a}\n${q}\n${v}\n${b}`);

/** Every candidate's verdict for its own type, asked in order as the scanner asks, in one mode. */
function verdicts(text: string, positiveOnly: boolean) {
  const context = createContext(text);
  return detectCandidates(text, plan).candidates.map((c) => context.verdict(bitOf(c.type), c.start, c.end, positiveOnly));
}

describe('context verdicts for callers that only need a positive one', () => {
  it('are positive exactly when the full verdict is, and then the same', () => {
    fc.assert(
      fc.property(fc.oneof(note, table, answer), (text) => {
        const full = verdicts(text, false);
        const quick = verdicts(text, true);
        expect(quick.length).toBe(full.length);
        for (let i = 0; i < full.length; i++) {
          if (full[i]!.kind === 'positive' || quick[i]!.kind === 'positive') expect(quick[i]).toEqual(full[i]);
          else expect(['none', full[i]!.kind]).toContain(quick[i]!.kind);
        }
      }),
      RUNS,
    );
  });
});
