/**
 * Typo tolerance (src/audit/typos.ts): one edit from a lexicon word of six letters or more reads as
 * that word, at a lower confidence; real English and Spanish words are never read as typos.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../src/audit/index.js';
import { _lookupTyped } from '../../src/audit/tokenize.js';
import { REAL_WORD_COLLISIONS, TYPO_FACTOR, _oneEdit, _typoIndex, _typoTarget } from '../../src/audit/typos.js';

describe('_oneEdit (Damerau–Levenshtein distance exactly 1)', () => {
  it.each([
    ['religon', 'religion'], // deletion
    ['passsport', 'passport'], // insertion
    ['nationelity', 'nationality'], // substitution
    ['socail', 'social'], // swap of neighbours
  ])('%s ~ %s', (a, b) => {
    expect(_oneEdit(a, b)).toBe(true);
    expect(_oneEdit(b, a)).toBe(true);
  });
  it.each([
    ['religion', 'religion'],
    ['relgoin', 'religion'],
    ['pasprot', 'passport'],
    ['citizen', 'citizenship'],
  ])('%s is not one edit from %s', (a, b) => expect(_oneEdit(a, b)).toBe(false));
});

describe('_typoTarget', () => {
  const index = _typoIndex(['religion', 'region', 'passport', 'martial', 'cat']);
  const meaning = (w: string) => w;
  it('finds the one lexicon word one edit away', () => {
    expect(_typoTarget('pasport', index, meaning)).toBe('passport');
    expect(_typoTarget('religon', index, meaning)).toBe('religion');
  });
  it('refuses short words, ambiguous words, first-letter changes and real words', () => {
    expect(_typoTarget('natin', index, meaning)).toBeUndefined(); // five letters
    expect(_typoTarget('relgion', index, meaning)).toBeUndefined(); // religion or region
    expect(_typoTarget('bassport', index, meaning)).toBeUndefined(); // first letter
    expect(_typoTarget('marital', index, meaning)).toBeUndefined(); // a real word (REAL_WORD_COLLISIONS)
    expect(REAL_WORD_COLLISIONS.has('marital')).toBe(true);
  });
});

describe('misspelled fields', () => {
  it.each([
    ['Imigration Status', 'CITIZENSHIP_IMMIGRATION'],
    ['citizenhsip_verified', 'CITIZENSHIP_IMMIGRATION'],
    ['Naturalizaton Date', 'CITIZENSHIP_IMMIGRATION'],
    ['Natoinality', 'NATIONALITY_ORIGIN'],
    ['Contry of Birth', 'NATIONALITY_ORIGIN'],
    ['Pasaprte', 'GOVERNMENT_ID'],
    ['Pasport Number', 'GOVERNMENT_ID'],
    ['Interpeter requested?', 'LANGUAGE_PROXY'],
    ['Preffered Language', 'LANGUAGE_PROXY'],
    ['Religoin', 'RELIGION'],
    ['Ciudadnia', 'CITIZENSHIP_IMMIGRATION'],
    ['Nacinalidad', 'NATIONALITY_ORIGIN'],
    ['Lugar de nacimeinto', 'NATIONALITY_ORIGIN'],
  ])('%s → %s, with a lower confidence', (text, category) => {
    const c = classifyField(text);
    expect(c.category).toBe(category);
    expect(c.confidence).toBeLessThan(0.95);
  });

  it('a typo counts less than the word spelled right', () => {
    expect(classifyField('Religoin').confidence).toBeCloseTo(classifyField('Religion').confidence * TYPO_FACTOR, 1);
  });

  it.each([
    'nations_served', // a real word one edit from "nation"
    'refuge_area', // "refuge" is not "refugee"
    'regional_office',
    'Patrol schedule',
    'marital_status', // not "martial"
    'native_plants_count',
    'Petrol price',
    'Notify me by email',
    'Passage number',
    'Relation to applicant',
  ])('real words near lexicon words stay themselves: %s', (text) => {
    expect(classifyField(text).category).toBe('NONE');
  });
});

const LISTS = ['/usr/share/dict/american-english', '/usr/share/dict/spanish'].filter((f) => existsSync(f));

describe.skipIf(LISTS.length === 0)('guard against real words (wamerican, wspanish)', () => {
  it('no English or Spanish word of the word lists is read as a typo', () => {
    const read: string[] = [];
    for (const file of LISTS) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const w = line.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
        if (!/^[a-z]{6,}$/.test(w)) continue;
        const r = _lookupTyped(w);
        if (r.typo) read.push(`${w} → ${r.concepts.join('+')}`);
      }
    }
    // Add these to REAL_WORD_COLLISIONS in src/audit/typos.ts.
    expect(read).toEqual([]);
  });
});
