/**
 * Mechanism 2: "a thing, not a person". The language of a notice, document, article, page or
 * interpreter vendor's invoice; the religion of a building, parcel, organization or office
 * closure; naturalized, alien or invasive plant and animal species — these are `NONE`. The same
 * words said of a person stay sensitive, including when a person's practice (speak, observe,
 * celebrate, attend) is named next to a thing. English and Spanish; examples written for this file.
 */
import { describe, expect, it } from 'vitest';
import { classifyField, type Category } from '../../src/audit/index.js';

/** [thing: NONE, person: its sensitive category, the person's text]. */
const PAIRS: readonly (readonly [string, Category, string])[] = [
  // language of a document or record vs a person's language
  ['language_of_letter_sent', 'LANGUAGE_PROXY', 'preferred_letter_language'],
  ['Idioma de la carta enviada', 'LANGUAGE_PROXY', 'Idioma en que prefiere recibir cartas'],
  ['Language of this article', 'LANGUAGE_PROXY', 'Language you speak at home'],
  ['website_language', 'LANGUAGE_PROXY', 'primary_language'],
  ['Choose a language for this form', 'LANGUAGE_PROXY', 'What language do you speak?'],
  ['Idioma de la página', 'LANGUAGE_PROXY', '¿Qué idioma habla?'],
  ['Idioma de la interfaz', 'LANGUAGE_PROXY', 'Idioma preferido'],
  ['document_translation_language', 'LANGUAGE_PROXY', 'Needs translated materials (Y/N)'],
  ['language_access_plan_url', 'LANGUAGE_PROXY', 'Language assistance needed?'],
  // interpreter and translation business vs a person's need
  ['interpreter_vendor_name', 'LANGUAGE_PROXY', 'interpreter_needed_yn'],
  ['interpreter_contract_amount', 'LANGUAGE_PROXY', 'Was an interpreter provided at the visit?'],
  ['Monto de la factura del intérprete', 'LANGUAGE_PROXY', '¿Requiere intérprete?'],
  ['translator_invoice_no', 'LANGUAGE_PROXY', '¿Necesita un traductor?'],
  ['Costo de servicios de interpretación', 'LANGUAGE_PROXY', '¿Necesita servicios de interpretación?'],
  // religion of a building, parcel, organization or closure vs a person's religion
  ['religious_holiday_office_closure', 'RELIGION', 'Religious holidays you observe'],
  ['Cierre por día festivo religioso', 'RELIGION', '¿Qué días festivos religiosos celebra su familia?'],
  ['religious_org_property_flag', 'RELIGION', 'religious_affiliation'],
  ['Religious organization tax exemption (parcel)', 'RELIGION', 'Do you need a religious accommodation at work?'],
  ['church_building_permit_no', 'RELIGION', 'Church attended'],
  ['Exención de impuestos para asociaciones religiosas', 'RELIGION', '¿Pertenece a alguna asociación religiosa?'],
  ['Place of worship (building use code)', 'RELIGION', 'Do you attend a place of worship near the shelter building?'],
  ['Worship service livestream URL', 'RELIGION', 'Preferred place of worship'],
  ['spiritual_retreat_center_name', 'RELIGION', 'Spiritual or religious needs during your stay'],
  // plants and animals vs people
  ['naturalized_species_list', 'CITIZENSHIP_IMMIGRATION', 'naturalized_citizen_flag'],
  ['Especie naturalizada', 'CITIZENSHIP_IMMIGRATION', '¿Es usted ciudadano naturalizado?'],
  ['¿La planta es exótica o naturalizada?', 'CITIZENSHIP_IMMIGRATION', '¿Está usted naturalizado?'],
  ['alien_plant_cover_pct', 'CITIZENSHIP_IMMIGRATION', 'alien_registration_nbr'],
  ['invasive_alien_species_flag', 'CITIZENSHIP_IMMIGRATION', 'Are you a qualified alien?'],
  ['migratory_bird_count', 'CITIZENSHIP_IMMIGRATION', 'immigrant_status_cd'],
  ['Aves migratorias observadas', 'CITIZENSHIP_IMMIGRATION', 'Situación migratoria'],
];

describe('a thing, not a person', () => {
  it.each(PAIRS.map(([thing, category, person]) => [thing, person, category]))('%j is NONE, %j is %s', (thing, person, category) => {
    const t = classifyField(thing);
    expect(t.category).toBe('NONE');
    expect(t.evidence).toEqual([]);
    expect(classifyField(person).category).toBe(category);
  });

  it('keeps a person’s practice sensitive next to a thing word', () => {
    expect(classifyField('What language do you speak on this website?').category).toBe('LANGUAGE_PROXY');
    expect(classifyField('Which religious holidays does the student observe (school closures)?').category).toBe('RELIGION');
    expect(classifyField('¿A qué iglesia asiste? (edificio)').category).toBe('RELIGION');
  });

  it('reads "the language OF a notice" as the notice’s, and "for notices" as the person’s', () => {
    expect(classifyField('Language of the notice').category).toBe('NONE');
    expect(classifyField('Idioma del aviso').category).toBe('NONE');
    expect(classifyField('Preferred language for notices').category).toBe('LANGUAGE_PROXY');
    expect(classifyField('Idioma para recibir avisos').category).toBe('LANGUAGE_PROXY');
    expect(classifyField('notice_language').category).toBe('LANGUAGE_PROXY');
    expect(classifyField('Language of the interview').category).toBe('LANGUAGE_PROXY');
  });
});
