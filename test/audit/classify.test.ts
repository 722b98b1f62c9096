import { describe, expect, it } from 'vitest';
import { classifyField, splitFieldName, type Category } from '../../src/audit/index.js';
import { OptionInvalidError } from '../../src/errors.js';

/** [text, expected category]: names and questions, English and Spanish, per category. */
const CASES: Record<Category, readonly string[]> = {
  CITIZENSHIP_IMMIGRATION: [
    'ctzn_flg', 'CTZN_STAT_CD', 'immig_stat_cd', 'immigrationStatus', 'isUSCitizen', 'alien_no', 'A_NUM', 'aNumber',
    'uscis_receipt_no', 'visa_type', 'i94_number', 'green_card_number', 'lpr_since_date', 'naturalization_date', 'daca_recipient',
    'Are you a U.S. citizen?', 'What is your immigration status?', 'A#', 'Alien Registration Number (A-Number)',
    'Are you legally authorized to work in the United States?',
    'ciudadania', 'estatus_migratorio', '¿Es usted ciudadano de los Estados Unidos?', '¿Cuál es su estatus migratorio?',
    'Número de extranjero', '¿Tiene permiso de trabajo?', 'Tarjeta verde',
  ],
  GOVERNMENT_ID: [
    'ssn', 'SSN_LAST4', 'ssnLast4', 'soc_sec_nbr', 'social-security-number', 'itin', 'ITINNumber', 'taxpayer_id_number',
    'passport_no', 'dl_num', 'matricula_consular_no', 'Last 4 digits of your SSN', "Driver's license or state ID number",
    'número de seguro social', 'num_pasaporte', 'Licencia de conducir', 'curp', '¿Tiene tarjeta de seguro social?',
  ],
  NATIONALITY_ORIGIN: [
    'country_of_birth', 'countryOfBirth', 'COUNTRY-OF-BIRTH', 'pob', 'cob', 'birthplace', 'nationality', 'natl_orig', 'yrs_in_us',
    'us_entry_dt', 'father_birthplace', 'In what country were you born?', 'How many years have you lived in the United States?',
    'Where were your parents born?', 'país de nacimiento', 'lugar_de_nacimiento', 'lug_nac', 'nacionalidad', '¿En qué país nació?',
    'Fecha de llegada a EE.UU.', 'POBP', 'YOEP',
  ],
  LANGUAGE_PROXY: [
    'pref_lang', 'PREF_LANG_CD', 'primaryLanguage', 'language_spoken_at_home', 'interp_req_yn', 'needs_interpreter', 'eng_prof_lvl',
    'lep_flag', 'Do you need an interpreter?', 'How well do you speak English?', 'idioma_preferido', '¿Necesita intérprete?',
    '¿Necesita un intérprete?', '¿Qué idioma habla en casa?', 'lengua materna', 'Nivel de inglés',
  ],
  RELIGION: [
    'religion', 'relig_cd', 'RELIG_PREF', 'religiousAffiliation', 'place_of_worship', 'What is your religion?', 'religión',
    '¿Cuál es su religión?', '¿Asiste a alguna iglesia?', 'Lugar de culto',
  ],
  NONE: [
    'nation_wide_total', 'citation_id', 'cit_no', 'city', 'citizen_portal_url', 'senior_citizen_discount', 'language_of_document',
    'ui_language', 'originator', 'trip_origin', 'pobox', 'po_box', 'date_of_birth', 'dob', 'birth_date', 'nat_gas_usage_therms',
    'national_grid_account_no', 'foreign_key_id', 'receipt_number', 'contact_us_email', 'how_did_you_hear_about_us',
    'good_faith_estimate', 'bill_denomination', 'passport_photo_uploaded', 'visa_mastercard_accepted', 'immunization_status',
    'social_security_income_amount', 'employer_identification_number', 'state_id', 'country', 'status', 'first_name',
    'Enter a number between 1 and 10', 'Is there a no-contact order in place?', 'Select the language for this page',
    'Do you need a sign language interpreter?', 'Are you a senior citizen?', 'ciudad', 'participacion_ciudadana',
    'Seguridad ciudadana', 'fecha_de_nacimiento', 'moneda_extranjera', 'Idioma del documento', 'Número de caso',
    'Descuento para ciudadanos de la tercera edad', '', '   ', '#', '___',
  ],
};

describe('classifyField', () => {
  for (const [category, texts] of Object.entries(CASES) as [Category, readonly string[]][]) {
    describe(category, () => {
      it.each(texts.map((t) => [t]))('%j', (text) => {
        const c = classifyField(text);
        expect(c.category).toBe(category);
        expect(c.sensitive).toBe(category !== 'NONE');
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
        if (category === 'NONE') expect(c.evidence).toEqual([]);
        else expect(c.evidence.length).toBeGreaterThan(0);
      });
    });
  }

  it('quotes the matched words as written, with the concept and where', () => {
    expect(classifyField('What is your country of birth?').evidence).toEqual([{ where: 'name', text: 'country of birth', concept: 'country+birth' }]);
    expect(classifyField('Are you a U.S. citizen?').evidence[0]).toMatchObject({ text: 'U.S. citizen', concept: 'citizen+us' });
    expect(classifyField('¿Necesita un intérprete?', { where: 'label' }).evidence).toEqual([{ where: 'label', text: 'intérprete', concept: 'interpreter' }]);
  });

  it('prefers the more specific reading and reports the others', () => {
    const c = classifyField('passport_issuing_country');
    expect(c.category).toBe('NATIONALITY_ORIGIN');
    expect(c.also).toEqual(['GOVERNMENT_ID']);
    expect(classifyField('SSN or A-number').also.length).toBe(1);
  });

  it('lowers confidence for aggregates but still flags them', () => {
    const plain = classifyField('religion');
    const count = classifyField('religion_count');
    expect(count.category).toBe('RELIGION');
    expect(count.confidence).toBeLessThan(plain.confidence);
  });

  it('treats a bare "language" as a weak signal that a threshold can drop', () => {
    expect(classifyField('language').category).toBe('LANGUAGE_PROXY');
    expect(classifyField('language').confidence).toBeLessThan(0.7);
    expect(classifyField('language', { minConfidence: 0.7 }).category).toBe('NONE');
  });

  it('refuses a minConfidence outside 0..1', () => {
    expect(() => classifyField('x', { minConfidence: 2 })).toThrow(OptionInvalidError);
    expect(() => classifyField('x', { minConfidence: Number.NaN })).toThrow(OptionInvalidError);
    expect(classifyField('ssn', { minConfidence: 0 }).category).toBe('GOVERNMENT_ID');
  });

  it('never throws on non-strings passed from untyped code', () => {
    expect(classifyField(undefined as unknown as string).category).toBe('NONE');
    expect(classifyField(42 as unknown as string).category).toBe('NONE');
  });
});

describe('splitFieldName', () => {
  it.each([
    ['usCitizenYN', ['us', 'citizen', 'yn']],
    ['ITINNumber', ['itin', 'number']],
    ['SSN_LAST4', ['ssn', 'last', '4']],
    ['country-of-birth', ['country', 'of', 'birth']],
    ['i94_number', ['i', '94', 'number']],
    ['paísDeNacimiento', ['pais', 'de', 'nacimiento']],
    ['A#', ['a', '#']],
    ['', []],
  ])('%j', (input, words) => {
    expect(splitFieldName(input)).toEqual(words);
  });
});
