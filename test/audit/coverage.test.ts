/**
 * Mechanism 3: coverage of questions and names that the first lexicon missed — origin questions
 * ("What country are you from?", "¿De dónde es usted?"), birthplaces by state, province or named
 * place, arrival and U.S. school entry, ancestry, census variable codes; Mexican identifiers,
 * permanent resident cards, passport abbreviations; chaplains and spiritual care; ICE detainers,
 * SAVE verification, naturalization dates. Each group has near misses that must stay `NONE`.
 * Examples written for this file, not taken from the corpora.
 */
import { describe, expect, it } from 'vitest';
import { classifyField, type Category } from '../../src/audit/index.js';

const CASES: Readonly<Record<string, readonly (readonly [string, Category])[]>> = {
  'origin questions': [
    ['What country is your family from?', 'NATIONALITY_ORIGIN'],
    ['Where are you originally from?', 'NATIONALITY_ORIGIN'],
    ['Where is your family from originally?', 'NATIONALITY_ORIGIN'],
    ['Which country did you come from?', 'NATIONALITY_ORIGIN'],
    ['¿De qué país es usted?', 'NATIONALITY_ORIGIN'],
    ['¿De dónde son sus padres?', 'NATIONALITY_ORIGIN'],
    ['¿De dónde viene usted?', 'NATIONALITY_ORIGIN'],
    ['Where are you calling from?', 'NONE'],
    ['Where are you moving from?', 'NONE'],
    ['What country is the product from?', 'NONE'],
    ['¿De dónde nos llama?', 'NONE'],
    ['¿De dónde viene el dinero del pago?', 'NONE'],
    ['Where did you hear about us?', 'NONE'],
  ],
  birthplace: [
    ['Where was the child born?', 'NATIONALITY_ORIGIN'],
    ['¿Dónde nació su hijo?', 'NATIONALITY_ORIGIN'],
    ['State of birth', 'NATIONALITY_ORIGIN'],
    ['Estado de nacimiento', 'NATIONALITY_ORIGIN'],
    ['Provincia de nacimiento', 'NATIONALITY_ORIGIN'],
    ['Municipio y estado de nacimiento', 'NATIONALITY_ORIGIN'],
    ['birth_province', 'NATIONALITY_ORIGIN'],
    ['In which state were you born?', 'NATIONALITY_ORIGIN'],
    ['Were you born in Mexico?', 'NATIONALITY_ORIGIN'],
    ['Was the applicant born in Haiti?', 'NATIONALITY_ORIGIN'],
    ['¿Nació usted en Guatemala?', 'NATIONALITY_ORIGIN'],
    ['born_in_mexico', 'NATIONALITY_ORIGIN'],
    ['native_born_ind', 'NATIONALITY_ORIGIN'],
    ['Lugar de origen', 'NATIONALITY_ORIGIN'],
    ['País de procedencia', 'NATIONALITY_ORIGIN'],
    ['Born in (year)', 'NONE'],
    ['Baby born in hospital?', 'NONE'],
    ['born_on_date', 'NONE'],
    ['Birth certificate requested (vital records)', 'NONE'],
    ['city_of_birth_certificate_office', 'NONE'],
    ['Estado civil del solicitante', 'NONE'],
    ['Estado de la solicitud', 'NONE'],
    ['Estado donde se ubica el predio', 'NONE'],
    ['Entidad responsable', 'NONE'],
    ['Lugar de origen del viaje', 'NONE'],
    ['Lugar de origen del envío', 'NONE'],
    ['trip_origin_place', 'NONE'],
  ],
  'arrival, school entry, ancestry': [
    ['Decade of entry to the U.S.', 'NATIONALITY_ORIGIN'],
    ['Year you first came to the United States', 'NATIONALITY_ORIGIN'],
    ['When did you come to this country?', 'NATIONALITY_ORIGIN'],
    ['How long have you lived in this country?', 'NATIONALITY_ORIGIN'],
    ['¿Hace cuántos años vive en este país?', 'NATIONALITY_ORIGIN'],
    ['¿Cuándo llegó a este país?', 'NATIONALITY_ORIGIN'],
    ['Año de ingreso al país', 'NATIONALITY_ORIGIN'],
    ['Port of entry', 'NATIONALITY_ORIGIN'],
    ['Date first attended school in the U.S.', 'NATIONALITY_ORIGIN'],
    ['Fecha en que empezó la escuela en los Estados Unidos', 'NATIONALITY_ORIGIN'],
    ['us_school_entry_dt', 'NATIONALITY_ORIGIN'],
    ['What is your ancestry?', 'NATIONALITY_ORIGIN'],
    ['Ancestors’ country', 'NATIONALITY_ORIGIN'],
    ['ANC2P', 'NATIONALITY_ORIGIN'],
    ['LINGISOL', 'LANGUAGE_PROXY'],
    ['PRCITSHP', 'CITIZENSHIP_IMMIGRATION'],
    ['school_entry_date', 'NONE'],
    ['entry_date_program', 'NONE'],
    ['Fecha de entrada al programa', 'NONE'],
    ['Fecha de ingreso al albergue', 'NONE'],
    ['Years at current address', 'NONE'],
    ['decade_built', 'NONE'],
    ['port_authority_id', 'NONE'],
    ['us_mail_zip', 'NONE'],
  ],
  'government identifiers': [
    ['CURP del solicitante', 'GOVERNMENT_ID'],
    ['Número de credencial de elector', 'GOVERNMENT_ID'],
    ['Folio de la credencial del INE', 'GOVERNMENT_ID'],
    ['RFC (persona física)', 'GOVERNMENT_ID'],
    ['rfc_solicitante', 'GOVERNMENT_ID'],
    ['NSS (número de seguridad social)', 'GOVERNMENT_ID'],
    ['Número de documento de identidad', 'GOVERNMENT_ID'],
    ['Identity document number', 'GOVERNMENT_ID'],
    ['Número de licencia de manejo', 'GOVERNMENT_ID'],
    ['State-issued ID card number', 'GOVERNMENT_ID'],
    ['Type of photo ID presented', 'GOVERNMENT_ID'],
    ['PSPT_NO', 'GOVERNMENT_ID'],
    ['PASSPRT_NBR', 'GOVERNMENT_ID'],
    ['oln_state', 'GOVERNMENT_ID'],
    ['RFC de la empresa', 'NONE'],
    ['RFC de la persona moral', 'NONE'],
    ['employer_tax_id', 'NONE'],
    ['passport_acceptance_facility_hours', 'NONE'],
    ['Passport fees collected', 'NONE'],
    ['employee_photo_id_badge', 'NONE'],
  ],
  'permanent resident cards, ICE, SAVE, naturalization': [
    ['Permanent resident card number', 'CITIZENSHIP_IMMIGRATION'],
    ['Número de tarjeta de residente permanente', 'CITIZENSHIP_IMMIGRATION'],
    ['pr_card_exp_dt', 'CITIZENSHIP_IMMIGRATION'],
    ['PRC_EXP_DT', 'CITIZENSHIP_IMMIGRATION'],
    ['ICE_HOLD_FLG', 'CITIZENSHIP_IMMIGRATION'],
    ['ice_notification_sent_dt', 'CITIZENSHIP_IMMIGRATION'],
    ['Has ICE requested notification of release?', 'CITIZENSHIP_IMMIGRATION'],
    ['¿Tiene una orden de detención de ICE?', 'CITIZENSHIP_IMMIGRATION'],
    ['immigration_detainer_date', 'CITIZENSHIP_IMMIGRATION'],
    ['SAVE verification step 2 result', 'CITIZENSHIP_IMMIGRATION'],
    ['save_verif_resp_cd', 'CITIZENSHIP_IMMIGRATION'],
    ['everify_case_id', 'CITIZENSHIP_IMMIGRATION'],
    ['Date of naturalization', 'CITIZENSHIP_IMMIGRATION'],
    ['fec_naturaliz', 'CITIZENSHIP_IMMIGRATION'],
    ['Humanitarian parole expiration date', 'CITIZENSHIP_IMMIGRATION'],
    ['Notice to Appear received?', 'CITIZENSHIP_IMMIGRATION'],
    ['conditional_resident_ind', 'CITIZENSHIP_IMMIGRATION'],
    ['Are you a national of the United States?', 'CITIZENSHIP_IMMIGRATION'],
    ['¿Tiene residencia legal en Estados Unidos?', 'CITIZENSHIP_IMMIGRATION'],
    ['¿Cuenta con estancia legal en el país?', 'CITIZENSHIP_IMMIGRATION'],
    ['noncit_sponsor_income', 'CITIZENSHIP_IMMIGRATION'],
    ['ice_rink_rental', 'NONE'],
    ['ICE_MACHINE_SVC_DT', 'NONE'],
    ['ice_storm_damage_report', 'NONE'],
    ['ICE_CREAM_VENDOR_PERMIT', 'NONE'],
    ['UNIT_PRC', 'NONE'],
    ['save_draft_flag', 'NONE'],
    ['citizenship_grade', 'NONE'],
    ['Good citizenship award', 'NONE'],
    ['U.S. national average wait time', 'NONE'],
    ['visa_card_last4', 'NONE'],
    ['permanent_supportive_housing_unit', 'NONE'],
    ['Resident parking permit', 'NONE'],
  ],
  'chaplains and spiritual care': [
    ['Would you like to speak with a chaplain?', 'RELIGION'],
    ['chaplain_visit_requested', 'RELIGION'],
    ['¿Desea hablar con un capellán?', 'RELIGION'],
    ['¿Necesita un guía espiritual?', 'RELIGION'],
    ['Spiritual care request', 'RELIGION'],
    ['Pastoral care needed?', 'RELIGION'],
    ['Would you like a visit from clergy (priest, rabbi, imam)?', 'RELIGION'],
    ['Does the student observe the Sabbath?', 'RELIGION'],
    ['Fecha de bautizo', 'RELIGION'],
    ['chaplain_program_budget', 'NONE'],
    ['Sabbath elevator schedule', 'NONE'],
  ],
  'language of a person': [
    ['Linguistically isolated household', 'LANGUAGE_PROXY'],
    ['Language assistance needed?', 'LANGUAGE_PROXY'],
    ['mother_tongue', 'LANGUAGE_PROXY'],
    ['EL_STATUS', 'LANGUAGE_PROXY'],
    ['elpac_overall_score', 'LANGUAGE_PROXY'],
    ['¿Lee y escribe en inglés?', 'LANGUAGE_PROXY'],
    ['translation_services_requested', 'LANGUAGE_PROXY'],
    ['¿Necesita servicios de interpretación?', 'LANGUAGE_PROXY'],
    ['el_nombre', 'NONE'],
    ['ela_scale_score_total', 'NONE'],
  ],
};

describe('coverage of origin, identifiers, religion and citizenship wording', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      it.each(cases.map(([text, category]) => [text, category]))('%j → %s', (text, category) => {
        const c = classifyField(text as string);
        expect(c.category).toBe(category);
        if (category === 'NONE') expect(c.evidence).toEqual([]);
        else for (const e of c.evidence) expect(text).toContain(e.text.replace(/…$/, ''));
      });
    });
  }

  it('never throws on names that are Object.prototype keys', () => {
    for (const name of ['constructor', 'constructor_name', 'CONSTRUCTOR', '__proto__', 'toString', 'hasOwnProperty', 'valueOf_cd']) {
      expect(classifyField(name).category).toBe('NONE');
    }
  });

  it('reads an origin question as NATIONALITY_ORIGIN with the question word as evidence', () => {
    const c = classifyField('What country are you originally from?');
    expect(c.category).toBe('NATIONALITY_ORIGIN');
    expect(c.evidence[0]).toMatchObject({ concept: 'comesfrom', text: 'from' });
  });
});
