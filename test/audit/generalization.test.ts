/**
 * Generalization after the second blind set (corpus/BLIND2.md): Latin American identity documents
 * and immigration programmes named by acronym as concepts, more "a thing, not a person" modifiers
 * (goods' origin, vaccine and museum passes, gas meters, language packs and library codes) and
 * notices that a question will not be asked. The examples are written for these tests, not copied
 * from a corpus; each group has near misses.
 */
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../src/audit/index.js';
import { _notAsked } from '../../src/audit/tokenize.js';

const cat = (t: string) => classifyField(t).category;

describe('Latin American identity documents', () => {
  it.each([
    ['Clave Única de Registro de Población (CURP) del menor', 'GOVERNMENT_ID'],
    ['cuil_conyuge', 'GOVERNMENT_ID'],
    ['Número de CUIL', 'GOVERNMENT_ID'],
    ['RUN del apoderado', 'GOVERNMENT_ID'],
    ['rut_titular', 'GOVERNMENT_ID'],
    ['Cédula de ciudadanía del acudiente', 'GOVERNMENT_ID'],
    ['NIE del solicitante', 'GOVERNMENT_ID'],
    ['Carné de extranjería del cónyuge', 'CITIZENSHIP_IMMIGRATION'],
    ['carnet_extranjeria_nro', 'CITIZENSHIP_IMMIGRATION'],
    ['Cédula de extranjería vigente', 'CITIZENSHIP_IMMIGRATION'],
    ['Permiso por Protección Temporal vigente', 'CITIZENSHIP_IMMIGRATION'],
    ['Ubigeo de nacimiento del menor', 'NATIONALITY_ORIGIN'],
  ])('%s → %s', (text, category) => expect(cat(text)).toBe(category));

  it.each([
    'cuit_proveedor_empresa', // a business's tax number
    'RUT de la empresa contratista',
    'Run time (minutes)',
    'run_id',
    'rut_depth_cm', // a wheel rut on a road survey
    'Ubigeo del establecimiento',
    'Carne asada (porciones)',
    'Protección temporal de datos',
  ])('near miss: %s → NONE', (text) => expect(cat(text)).toBe('NONE'));
});

describe('immigration programmes named by acronym', () => {
  it.each([
    'SIV applicant (Y/N)',
    'siv_arrival_dt',
    'VAWA petition receipt number',
    'Self-petition filed under VAWA?',
    'WRAPS case number',
    'Section 214 documentation received',
    'mixed_family_prorated_rent',
    'Mixed family (some members ineligible)',
    'CNSLR_NOTIF_DT',
    'Autopetición presentada',
    'Special Immigrant Visa holder',
  ])('%s is sensitive', (text) => expect(classifyField(text).sensitive).toBe(true));

  it.each([
    'gift_wraps_sold',
    'Wraps and sandwiches (catering)',
    'Section 8 voucher number',
    'section_2140_code',
    'mixed_use_zoning',
    'Mixed-income housing units',
    'family_size',
  ])('near miss: %s → NONE', (text) => expect(cat(text)).toBe('NONE'));
});

describe('"a thing, not a person"', () => {
  it.each([
    'Country of origin of the merchandise',
    'País de origen del producto',
    'país de origen de las mercancías importadas',
    'cargo_origin_country',
    'SHPMNT_ORIG_CTRY',
    'PROD_CNTRY_ORIG',
    'Pasaporte de vacunación',
    'covid_vaccine_passport_status',
    'Museum passport stamps collected',
    'summer_reading_passport',
    'NTRL_GAS_MTR_READ_DT',
    'natural_gas_meter_id',
    'bib_lang_cd',
    'language_pack_installed',
    'library_language_collection',
    'Language of instruction for the course',
    'RLGN_BLDG_USE_CD',
    'CTZN_SVC_CTR_PHONE',
    'Nombre del templo donde se realizará el evento',
  ])('%s → NONE', (text) => expect(cat(text)).toBe('NONE'));

  it.each([
    ['Country of origin', 'NATIONALITY_ORIGIN'],
    ['País de origen del solicitante', 'NATIONALITY_ORIGIN'],
    ['Passport number', 'GOVERNMENT_ID'],
    ['Número de pasaporte', 'GOVERNMENT_ID'],
    ['naturalization_cert_nbr', 'CITIZENSHIP_IMMIGRATION'],
    ['Preferred language code', 'LANGUAGE_PROXY'],
    ['Religion', 'RELIGION'],
    ['Which religious events does your family attend?', 'RELIGION'],
  ])('the person still counts: %s → %s', (text, category) => expect(cat(text)).toBe(category));
});

describe('notices that a question will not be asked', () => {
  it.each([
    'We will not ask about your immigration status.',
    'Citizenship status is never asked.',
    "We don't collect immigration status.",
    'No le preguntaremos por su ciudadanía.',
    'Nunca le pediremos su número de seguro social.',
    'No se le preguntará su estatus migratorio.',
  ])('%s → NONE', (text) => {
    expect(_notAsked(text)).toBe(true);
    expect(cat(text)).toBe('NONE');
  });

  it.each([
    ['What is your immigration status?', 'CITIZENSHIP_IMMIGRATION'],
    ['Passport No. requested', 'GOVERNMENT_ID'],
    ['If you do not know your A-number, leave blank', 'CITIZENSHIP_IMMIGRATION'],
    ['Immigration status (not required)', 'CITIZENSHIP_IMMIGRATION'],
    ['¿No tiene número de seguro social?', 'GOVERNMENT_ID'],
    ['Preguntamos su estatus migratorio solo para la elegibilidad', 'CITIZENSHIP_IMMIGRATION'],
  ])('near miss, still collected: %s → %s', (text, category) => {
    expect(_notAsked(text)).toBe(false);
    expect(cat(text)).toBe(category);
  });
});

describe('SAP HCM infotype fields and legacy abbreviations', () => {
  it.each([
    ['NATI3', 'NATIONALITY_ORIGIN'],
    ['GBDEP', 'NATIONALITY_ORIGIN'],
    ['ICTYP', 'GOVERNMENT_ID'],
    ['RESST', 'CITIZENSHIP_IMMIGRATION'],
    ['LGL_WRK_AUTH_FLG', 'CITIZENSHIP_IMMIGRATION'],
    ['TXPYR_ID', 'GOVERNMENT_ID'],
    ['MUNI_ID_NO', 'GOVERNMENT_ID'],
    ['EDO_NAC_CD', 'NATIONALITY_ORIGIN'],
  ])('%s → %s', (text, category) => expect(cat(text)).toBe(category));

  it.each(['PERNR', 'SPRAS', 'natio', 'konfe_count_total_x', 'perid_start', 'MUNI_BOND_RATE', 'LGL_DEPT_PHONE', 'WRK_ORDER_NBR'])(
    'near miss: %s → NONE',
    (text) => expect(cat(text)).toBe('NONE'),
  );
});

describe('more legacy forms', () => {
  it.each([
    ['MTRCL_CNSLR_NBR', 'GOVERNMENT_ID'],
    ['national_identifier_value', 'GOVERNMENT_ID'],
  ])('%s → %s', (text, category) => expect(cat(text)).toBe(category));
  it.each(['identifier_scheme_url', 'national_park_identifier'])('near miss: %s → NONE', (text) => expect(cat(text)).toBe('NONE'));
});
