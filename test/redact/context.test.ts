// How context words raise and lower scores: which label a value belongs to, distances in words,
// negative labels, and what is never context (bracketed labels, words inside addresses).
import { describe, expect, it } from 'vitest';
import { BIT } from '../../src/redact/builtin-types.js';
import { createContext } from '../../src/redact/context.js';
import { CONTEXT_WORDS, NEUTRAL_KEYS, contextKey } from '../../src/redact/context-words.js';
import { BUILTIN_TYPES, detect } from '../../src/redact/index.js';
import { located, unmark } from './_marked.js';

/** The verdict for the value marked {{TYPE:...}} in `marked`. */
function verdictOf(marked: string) {
  const { text, spans } = unmark(marked);
  const span = spans[0]!;
  return createContext(text).verdict(BIT[span.type as keyof typeof BIT], span.start, span.end);
}

describe('context verdicts', () => {
  it.each([
    ['SSN {{SSN:508437121}}', 'positive', 0],
    ['seguro social: {{SSN:508437121}}', 'positive', 0],
    ['Número de Seguro-Social {{SSN:508437121}}', 'positive', 0], // case, accents and separators do not matter
    ['social security number of the client is {{SSN:508437121}}', 'positive', 2], // "the" and "client" are words; "of", "is" are too short
    ['SSN for the client who came today with her son {{SSN:508437121}}', 'none', 0], // more than 6 words away
    ['{{SSN:508437121}} (SSN)', 'positive', 0], // a label right after the value
    ['Order #{{SSN:508437121}}', 'negative', 0],
    ['in order to verify: {{PHONE:212-555-0143}}', 'none', 0], // a negative label counts only right before
    ['version of the app {{IP_ADDRESS:2.1.4.40}}', 'negative', 2], // ... except a few unambiguous ones
    ['confirmation for her {{PHONE:2125550143}}', 'negative', 2],
    // ... which stop at the first number after them: it is the one they label
    ['confirmation 4239374703. Best number is {{PHONE:347-555-0121}}', 'none', 0],
    ['tracking 9400111899223100. Her cell {{PHONE:212-555-0143}}', 'positive', 0],
    ['confirmación 4239374703; su mejor número es {{PHONE:(718) 555-0142}}', 'none', 0],
    ['invoice #42 for her {{PHONE:2125550143}}', 'none', 0],
    ['passport {{SSN:508437121}}', 'other', 0], // another type's label
    ['SSN [SSN] {{SSN:508437121}}', 'positive', 0],
    ['[SSN] {{SSN:508437121}}', 'none', 0], // what the label operator writes is not context
    ['case_worker@example.org {{SSN:508437121}}', 'none', 0], // "case" inside an address is no label
    ['USCIS case_worker@example.org {{A_NUMBER:508437121}}', 'positive', 0], // the part before the address still is
    ['a number {{A_NUMBER:508437121}}', 'none', 0], // English "a number" is not "A number"
    ['A number {{A_NUMBER:508437121}}', 'positive', 0],
    ['SSN\n{{SSN:508437121}}', 'positive', 1], // a label left open at the end of the line before
    ['SSN\n\n{{SSN:508437121}}', 'none', 0], // ... but only the line right before
    ['SSN on file\n{{SSN:508437121}}', 'none', 0], // ... and only when no word follows it
    ['DOB\tSSN\nx\t{{SSN:508437121}}', 'positive', 0], // a column header labels its cells
    ['DOB: March 14, 1987 and phone {{PHONE:212-555-0143}}', 'positive', 0],
    ['fecha de nacimiento {{DATE_OF_BIRTH:14/03/1987}}', 'positive', 0],
    ['fecha de la cita {{DATE_OF_BIRTH:14/03/1987}}', 'other', 0], // another kind of date
    ['SSN 412-55-7183, DOB {{DATE_OF_BIRTH:03/14/1987}}', 'positive', 0],
    ['SSN {{DATE_OF_BIRTH:03/14/1987}}', 'none', 0], // an identifier label says nothing about a date
  ])('%s → %s', (marked, kind, words) => {
    expect(verdictOf(marked)).toEqual({ kind, words });
  });
});

describe('context phrases', () => {
  it('every phrase has a key and says something', () => {
    for (const [key, word] of CONTEXT_WORDS) {
      expect(contextKey(key)).toBe(key);
      // Neutral phrases say nothing on purpose: they keep a shorter label inside them from counting.
      expect(word.positive !== 0 || word.negative || word.otherDate || NEUTRAL_KEYS.has(key)).toBe(true);
    }
  });

  it('a label followed by a mask character means what the label means', () => {
    for (const key of ['invoice#', 'tel.', 'ss#', 'order#']) {
      const base = CONTEXT_WORDS.get(key.slice(0, -1))!;
      const { positive, negative, reach, otherDate } = CONTEXT_WORDS.get(key)!;
      expect({ positive, negative, reach, otherDate }).toEqual({ positive: base.positive, negative: base.negative, reach: base.reach, otherDate: base.otherDate });
    }
  });

  it('no default label holds a context phrase that counts', () => {
    for (const type of BUILTIN_TYPES) {
      const text = `[${type}] 508437121`;
      expect(createContext(text).verdict(BIT.SSN, text.length - 9, text.length)).toEqual({ kind: 'none', words: 0 });
    }
  });
});

describe('labels decide between types of the same shape', () => {
  it.each([
    'A# {{A_NUMBER:208803901}}',
    'passport {{PASSPORT:208803901}}',
    'SSN {{SSN:208803901}}',
    'tax id {{ITIN:912701234}}',
    'pasaporte {{PASSPORT:A12345678}}', // an A and 8 digits: a passport after "pasaporte", an A-number otherwise
    'tarjeta {{A_NUMBER:A12345678}}',
  ])('%s', (marked) => {
    const { text, spans } = unmark(marked);
    expect(located(detect(text))).toEqual(spans);
  });
});
