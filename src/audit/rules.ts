/**
 * The classification rules, as data: a rule fires when all of its concepts occur in one text within
 * a few words of each other, unless one of its `unless` concepts stands next to them (the near
 * misses: `senior citizen`, `citizen portal`, `language of this page`, `passport-style photo`).
 * Weights are the confidence a single firing gives; they were set by judgement, then checked
 * against the labelled corpus in test/audit/corpus/ (its README lists the labelling decisions).
 *
 * Decisions on near misses: `citizen` as a member of the public (portal, request, science,
 * senior, "atención ciudadana") is not citizenship; the language of a document, page or interface
 * is not a person's language, and a bare `language` is a weak (0.6) signal; a sign-language
 * interpreter is an accommodation, not a language proxy; aggregates (`religion_count`) are flagged
 * at 0.8 of the weight, since the attribute is collected upstream and small cells identify.
 *
 * "A thing, not a person": a rule's `things` are words that make the matched words an attribute of
 * a thing — the language of a notice that was sent, of an article or of an interpreter vendor's
 * invoice; the religion of a building, a parcel, an organization or an office closure; a
 * naturalized or alien plant or animal species. They cancel the rule like `unless`, except when the
 * text also says what a person does with a language or religion ({@link PERSON_PRACTICE}:
 * "Which religious holidays does your child observe?", "¿Qué idioma habla?").
 * @module
 */
import type { Category } from './categories.js';

/** One rule. */
export interface Rule {
  readonly category: Exclude<Category, 'NONE'>;
  /** Concepts that must all occur, at most {@link RULE_WINDOW} positions apart. */
  readonly all: readonly string[];
  /** Confidence in 0..1 when the rule fires. */
  readonly weight: number;
  /** Concepts that cancel the rule when one stands within {@link NEGATION_WINDOW} positions of a matched concept. */
  readonly unless?: readonly string[];
  /**
   * Concepts that make the match an attribute of a thing, not of a person: they cancel the rule like
   * `unless`, but not in a text that has one of {@link PERSON_PRACTICE}.
   */
  readonly things?: readonly string[];
}

/**
 * What a person does with a language or a religion: a text with one of these is about a person,
 * whatever thing it also names ("Religious holidays you observe", "What language do you speak on
 * this website?").
 * @example
 * PERSON_PRACTICE.includes('observe') // true
 */
export const PERSON_PRACTICE: readonly string[] = [
  'speak', 'observe', 'celebrate', 'practice', 'attend', 'profess', 'belong', 'fasting',
  // A person named by the practice: a "Sabbath observer" on a schedule pattern, an observant employee.
  'observer', 'observant',
];

/** How far apart (in concepts, stopwords removed) the concepts of one rule may be. */
export const RULE_WINDOW = 4;
/** How close a cancelling concept must be. */
export const NEGATION_WINDOW = 3;

/** `citizen` in the sense of "resident" or "member of the public", not nationality. */
const CIVIC = [
  'senior', 'elderly', 'portal', 'request', 'requests', 'service', 'services', 'science', 'scientist', 'scientists',
  'advisory', 'board', 'engagement', 'participation', 'attention', 'security', 'mailbox', 'complaint', 'complaints',
  'feedback', 'satisfaction', 'survey', 'app', 'url', 'academy', 'committee', 'council', 'panel', 'report',
  'journalism', 'patrol', 'corps', 'concerned', 'fellow', 'private', 'ordinary', 'average', 'award', 'review',
  'commission', 'summit', 'budget', 'voice', 'input', 'watch', 'comment', 'observer', 'discount', 'oversight', 'police',
  // An older resident ("ciudadano mayor", "mayores"), a citizens' academy, a citizen folder or portal
  // of e-government (Spain's "Carpeta Ciudadana").
  'mayor', 'elderly', 'academy', 'folder',
  // Legacy abbreviations of a senior and of a service request (`citizen_sr_nbr`, `snr_citizen_id`).
  'sr', 'snr', 'srvc', 'svc',
  // Spanish: a citizen consultation (a public hearing), a resident's procedure at city hall ("trámite ciudadano").
  'consulta', 'procedure',
];
/** `language` of a thing (a document, a page, an interface), not of a person. */
const NOT_A_PERSONS_LANGUAGE = [
  'document', 'page', 'site', 'website', 'web', 'ui', 'interface', 'locale', 'programming', 'arts', 'template',
  'content', 'app', 'browser', 'system', 'file', 'source', 'query', 'markup', 'switcher', 'toggle', 'display',
  'signlanguage', 'form', 'formulario', 'settings', 'setting', 'configuracion', 'selector', 'url', 'link', 'plan', 'policy',
  'fallback', 'default', 'detection', 'world', 'covered',
  // Localization plumbing: a resource key, a .NET culture, a user session's language (Oracle FND_USER.SESSION_LANGUAGE).
  'resource', 'resources', 'key', 'culture', 'session', 'localization', 'i18n', 'l10n',
];
const PAGE_SETTING = ['page', 'site', 'website', 'web', 'ui', 'interface', 'locale', 'browser', 'app', 'display', 'programming', 'switcher'];
/** A document or record whose language it is (the language of a notice that was sent, of an article). */
const DOCUMENT_THINGS = [
  'document', 'article', 'sent', 'issued', 'mailed', 'printed', 'published', 'posted', 'generated', 'publication', 'brochure',
  'flyer', 'book', 'video', 'audio', 'recording', 'subtitle', 'subtitles', 'caption', 'captions', 'post', 'template', 'content',
  // A door hanger or placard left at a property.
  'hanger', 'left',
  // School records: a transcript, a report card ("Idioma del boletín de calificaciones"); `PRT`, printed (`LANG_PRT_NTC`).
  'transcript', 'reportcard', 'prt', 'prtd', 'credential', 'certificate',
];
/** The business side of language services: an interpreter vendor's invoice holds no resident's language. */
const SERVICE_BUSINESS = [
  'invoice', 'vendor', 'contract', 'contractor', 'payment', 'amount', 'cost', 'fee', 'fees', 'billing', 'bill', 'rate', 'budget',
  'expense', 'expenses', 'procurement', 'company', 'spend', 'spending', 'payroll', 'salary', 'wage', 'wages', 'po', 'purchase',
];
/** A building, parcel, organization or office schedule with a religious attribute. */
const RELIGIOUS_THINGS = [
  'building', 'parcel', 'property', 'land', 'lot', 'occupancy', 'zoning', 'organization', 'org', 'nonprofit', 'institution',
  'corporation', 'entity', 'facility', 'center', 'centre', 'closure', 'schedule', 'hours', 'url', 'website', 'livestream', 'calendar', 'assessor', 'assessment', 'landmark', 'grant',
  'grants', 'partner', 'provider', 'event', 'events', 'venue', 'rental', 'reservation', 'garbage', 'pickup', 'breakfast', 'rsvp',
  // A building-code occupancy class ("religious assembly", fire inspection "A-3 assembly").
  'assembly',
];
/**
 * A church, parish or faith-based body in the role of an organization: a host, a referrer, the
 * venue of a visit, a partner, a contracted vendor, a camp, a certification ("pantry host church",
 * "Parroquia que lo refirió", "Tipo de socio que refiere", "Iglesia contratada como proveedor",
 * "faith-based vendor certification"). Not used for chaplains or spiritual care, which a person
 * asks for ("chaplain visit requested", "spiritual care referral").
 */
const CHURCH_AS_ORGANIZATION = [
  ...RELIGIOUS_THINGS,
  'host', 'hosts', 'hosting', 'referral', 'referred', 'referring', 'refer', 'refirio', 'refiere', 'referido', 'visita', 'visit',
  'socio', 'vendor', 'vendors', 'supplier', 'contratada', 'contratado', 'contracted', 'camp', 'camps', 'certification', 'cert',
  // A church as a site: a clinic, a gym, a hall, a meal or pantry site, a polling place.
  'location', 'clinic', 'gym', 'hall', 'site', 'sitio', 'salon', 'meal', 'meals', 'pantry', 'kitchen', 'parking', 'polling', 'basement',
  // A church as a sports side or as a neighbour: a league team, its bells and noise, its steeple or sign.
  'league', 'team', 'softball', 'basketball', 'volleyball', 'bowling', 'tournament', 'liga', 'equipo',
  'bell', 'bells', 'campana', 'campanas', 'noise', 'ruido', 'steeple', 'tower', 'roof', 'sign', 'signage',
];
/** A plant or animal: naturalized, alien, exotic or invasive species are not people. */
const ORGANISMS = [
  'species', 'plant', 'flora', 'fauna', 'animal', 'wildlife', 'bird', 'fish', 'insect', 'tree', 'shrub', 'weed', 'invasive',
  'habitat', 'exotic', 'specimen', 'taxon', 'garden', 'ecology', 'ecosystem', 'seed', 'pest', 'region', 'botanical',
];
/**
 * A pet or another animal: a dog's breed, a pet's country of origin, the language of a dog's
 * commands ("¿El perro es de raza extranjera?", `petOriginCountry`).
 */
const PETS = ['pet', 'animal', 'breed', 'species', 'livestock', 'command'];
/** A business, a store or a company: the languages it serves customers in are not a person's. */
const BUSINESS_LANGUAGE = ['business', 'company', 'store', 'shop', 'restaurant', 'storefront', 'tienda'];
const SSA_BENEFIT = [
  'income', 'benefit', 'benefits', 'payment', 'payments', 'amount', 'office', 'administration', 'disability',
  'retirement', 'ssi', 'ssdi', 'award', 'check', 'tax', 'wage', 'wages', 'withholding', 'withheld', 'deduction',
];
/** The tax number of a business (EIN, "RFC de la empresa, persona moral"), not of a person. */
const NOT_A_PERSONS_TAX_ID = [
  'employer', 'business', 'company', 'ein', 'fein', 'property', 'parcel', 'company', 'moral', 'corporation', 'corporate',
  // Spanish: a legal person, a company, a firm ("NIT de la empresa empleadora", "RTN de la sociedad").
  'sociedad', 'juridica', 'entity', 'comercio', 'comercial', 'establecimiento', 'vendor',
];
/** A "passport" that is not a travel document: a vaccine or COVID pass, a museum, parks or culture pass. */
const PASSPORT_THINGS = [
  'vaccine', 'vaccination', 'vaccinated', 'covid', 'immunization', 'health', 'museum', 'culture', 'cultural', 'park', 'parks',
  'library', 'trail', 'brewery', 'wine', 'passholder', 'stamp', 'stamps', 'checkout', 'program', 'reading', 'summer',
];
/** Goods, products and shipments have a country of origin too. */
const GOODS = [
  'product', 'products', 'goods', 'manufacturer', 'vessel', 'company', 'vendor', 'shipment', 'import', 'imports', 'item', 'vehicle', 'data', 'cargo', 'freight',
  'material', 'materials', 'ingredient', 'ingredients', 'part', 'parts', 'customs', 'tariff', 'export', 'supplier', 'lot', 'batch', 'produce',
  'order', 'orders', 'sku', 'inventory', ...PETS,
];
/** A language of a library item, of a software pack or of a class: not a person's language. */
const LANGUAGE_THINGS = [
  'pack', 'packs', 'version', 'collection', 'collections', 'bib', 'bibliographic', 'catalog', 'catalogue', 'holdings', 'instruction',
  'course', 'courses', 'class', 'curriculum', 'title', 'titles', 'material', 'materials', 'library', 'book', 'books', 'dataset',
  ...PETS, ...BUSINESS_LANGUAGE,
];
/** Buildings, vehicles, food and elevators are inspected on entry too. */
const INSPECTED_THINGS = [
  'building', 'property', 'vehicle', 'elevator', 'restaurant', 'food', 'fire', 'site', 'home', 'housing', 'unit', 'permit', 'code', 'health',
  'safety', 'rental', 'premises', 'equipment',
];
/** An international student office, fair or club, not a student's status. */
const STUDENT_SERVICE_THINGS = ['office', 'center', 'services', 'service', 'event', 'events', 'fair', 'club', 'association', 'hours', 'advisor', 'orientation', 'week', 'count', 'total', 'cnt', 'enrollment'];
/** The cost of a document or a consular procedure ("Tipo de trámite"), not the document a person holds. */
const DOCUMENT_FEE = ['cost', 'fee', 'fees', 'procedure'];
/** A setting of a system about SSN fields (masking on or off), not an SSN. */
const SSN_SETTING = ['masking', 'enabled', 'setting', 'settings', 'config', 'configuration', 'toggle', 'feature'];
/** Languages that staff speak or that a job requires: not a resident's language. */
const STAFF_LANGUAGE = [
  'staff', 'employee', 'employees', 'worker', 'caseworker', 'volunteer', 'volunteers', 'agent', 'representative', 'teacher', 'counselor',
  'bilingual', 'position', 'job', 'posting', 'skill', 'skills', 'qualification', 'candidate', 'name', 'nickname',
];
/** A payment card: its brand or network (`cc_brand_visa_mc`), issuer and processor. */
const PAYMENT_CARD = [
  'card', 'mastercard', 'amex', 'discover', 'credit', 'debit', 'payment', 'gift', 'prepaid', 'accepted', 'checkout',
  'brand', 'mc', 'cc', 'issuer', 'processor', 'tender',
];
/**
 * The legal form of a business ("Legal status of the employer (nonprofit / LLC / corporation)",
 * BLIND7.md): an entity type, not a person's immigration status.
 */
const BUSINESS_FORM = [
  'entity', 'business', 'company', 'organization', 'employer', 'nonprofit', 'llc', 'corporation', 'corp', 'inc', 'partnership',
  'proprietorship', 'firm', 'vendor', 'contractor', 'charity', 'cooperative', 'sociedad', 'empresa', 'negocio', 'juridica',
];
/** A legal address, name or representative: the country of an address is not a status ("Legal address country"). */
const LEGAL_ADDRESS = ['address', 'domicilio', 'direccion', 'name', 'nombre', 'representative', 'guardian', 'mailing'];
/** Cards, accounts and registrations whose issuing country is a bank's or a vehicle's, not a person's. */
const ISSUED_NOT_TO_A_PERSON = ['credit', 'debit', 'mastercard', 'amex', 'payment', 'brand', 'issuer', 'processor', 'bank', 'insurer', 'insurance', 'vehicle', 'plate', 'registration'];
/**
 * A state child-labour permit ("working papers", "permiso de trabajo para menores", `yth_work_permit_nbr`):
 * held by citizens too, so not work authorization (BLIND7.md).
 */
const MINOR_WORKER = ['minor', 'minors', 'menor', 'menores', 'youth', 'yth', 'juvenile', 'teen', 'teens', 'teenager', 'underage', 'child'];
/**
 * "Visa" as a property of a job posting or a trip: an employer that offers visa sponsorship, a visa
 * a destination requires. Not a person's visa.
 */
const VISA_THINGS = ['offered', 'offer', 'offers', 'destination', 'posting', 'position', 'job'];
/**
 * The language of an object rather than of a person: a survey shown in a language, a ballot style, a
 * contract or grant agreement written in one, a course or job posting, the covered languages of a
 * precinct under the Voting Rights Act.
 */
const OBJECT_LANGUAGE = [
  'survey', 'precinct', 'style', 'contract', 'agreement', 'grant', 'course', 'posting', 'instruction', 'site', 'content',
  'detection', 'fallback', 'world', 'covered', 'jurisdiction',
  // The language of a product label, a textbook, a translated library item.
  'label', 'labels', 'product', 'products', 'item', 'items', 'translation',
];
/**
 * A programme, grant, report or venue about immigration, not a person's immigration: "immigration
 * legal services grant amount", a naturalization ceremony venue's capacity.
 */
const PROGRAM_THINGS = ['grant', 'funding', 'fund', 'funds', 'amount', 'award', 'quarterly', 'invoice', 'venue', 'capacity', 'seats', 'budget'];
/** An immigration agency's office hours or schedule ("Horario de atención de Migración Colombia"): the agency, not a person. */
const AGENCY_SCHEDULE = ['schedule', 'hours', 'holiday', 'holidays'];
/** "Alien" in fiction: a library subject heading, a sci-fi series or shelf, a film. */
const FICTION = ['fiction', 'series', 'shelf', 'novel', 'novels', 'comic', 'comics', 'lcsh', 'heading', 'subject', 'ufo', 'invasion', 'abduction', 'planet'];
/** A company, vessel or product has a nationality or a country of manufacture too. */
const NOT_A_PERSONS_NATIONALITY = [
  'vessel', 'company', 'vendor', 'supplier', 'manufacturer', 'corporation', 'business', 'entity', 'firm', 'carrier', 'product', 'goods',
];

/** Every rule, by category. */
export const RULES: readonly Rule[] = [
  // --- CITIZENSHIP_IMMIGRATION -----------------------------------------------------------------
  {
    category: 'CITIZENSHIP_IMMIGRATION',
    all: ['citizenship'],
    weight: 0.95,
    unless: ['grade', 'award', 'conduct', 'behavior', 'behaviour', 'mark', 'marks', 'digital', 'corporate', 'good', 'merit', 'badge'],
  },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['citizen', 'us'], weight: 0.95, unless: CIVIC },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['citizen'], weight: 0.85, unless: CIVIC },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['immigration'], weight: 0.95, things: [...ORGANISMS, ...PROGRAM_THINGS, ...AGENCY_SCHEDULE] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['immigrant'], weight: 0.9, things: ORGANISMS },
  // An immigrant business owner, an immigrant-owned business: foreign birth, not a status (BLIND6.md).
  { category: 'NATIONALITY_ORIGIN', all: ['immigrant', 'owner'], weight: 0.9 },
  // A Title III immigrant student (born abroad, under three years in U.S. schools): an arrival, not a status (BLIND7.md).
  { category: 'NATIONALITY_ORIGIN', all: ['immigrant', 'student'], weight: 0.9, unless: ['undocumented', 'status', 'refugee', 'asylum', 'legal', 'daca'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['alien'], weight: 0.9, unless: ['life', 'movie', 'movies', 'film', 'hand', 'syndrome', 'limb', ...FICTION], things: ORGANISMS },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['anumber'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['uscis'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['uscisform'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['visa'], weight: 0.85, unless: [...PAYMENT_CARD, ...VISA_THINGS] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['greencard'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['permanentresident'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['lawful', 'present'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'present'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['lawful', 'status'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'status'], weight: 0.8, unless: [...BUSINESS_FORM, 'case'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'resident'], weight: 0.85 },
  // Being in a country legally ("Are you in the country legally?", "¿Está en el país legalmente?").
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'country'], weight: 0.8, unless: [...BUSINESS_FORM, 'aid', 'counsel', 'services', 'service', 'office', 'holiday', 'system', 'code', 'law', 'laws', ...LEGAL_ADDRESS] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['lawful', 'country'], weight: 0.8, unless: [...BUSINESS_FORM, ...LEGAL_ADDRESS] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'residence'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['naturalization'], weight: 0.9, things: [...ORGANISMS, ...PROGRAM_THINGS, 'gas', 'meter', 'utility', 'resource', 'resources'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['deportation'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['removal', 'proceedings'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['undocumented'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['asylum'], weight: 0.9, unless: ['elderly', 'nursing', 'lunatic', 'insane'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['refugee'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['daca'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['tps'], weight: 0.85, unless: ['report', 'reports'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['authorized', 'work'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['authorization', 'work'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['authorization', 'employment'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['ead'], weight: 0.9 },
  {
    category: 'CITIZENSHIP_IMMIGRATION',
    all: ['work', 'permit'],
    weight: 0.7,
    unless: ['building', 'construction', 'plumbing', 'electrical', 'street', 'sidewalk', 'scaffold', 'demolition', 'job', ...MINOR_WORKER],
  },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['public', 'charge'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['mixed', 'status'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['save', 'verification'], weight: 0.7 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['detainer'], weight: 0.6 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['humanitarianparole'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['everify'], weight: 0.75 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['sijs'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['noticetoappear'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['conditional', 'resident'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['papers', 'work'], weight: 0.75, unless: MINOR_WORKER },
  // The right to work (a document check, "derecho a trabajar"); right-to-work laws are about unions.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['righttowork'], weight: 0.8, unless: ['law', 'laws', 'state', 'states', 'union', 'unions', 'labor', 'act', 'legislation', 'ordinance', 'policy'] },
  // Asylum screening (BLIND7.md): the country a person flees, fear of returning to a country, fear
  // of persecution or persecution in a country. Fleeing or fear without a country (domestic violence at a shelter) is not asked here.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['flee', 'country'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['flee', 'home', 'country'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['fear', 'return', 'country'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['fear', 'return', 'home', 'country'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['persecution', 'country'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['fear', 'persecution'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'work'], weight: 0.75 },
  {
    category: 'CITIZENSHIP_IMMIGRATION',
    all: ['national', 'us'],
    weight: 0.85,
    unless: ['average', 'avg', 'mean', 'median', 'total', 'rate', 'park', 'guard', 'grid', 'forest', 'holiday', 'day', 'weather', 'service', 'debt', 'anthem', 'team', 'register'],
  },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['foreigner'], weight: 0.75, unless: ['currency', 'exchange', 'key', 'born', 'birth', 'language', ...PETS] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['foreign', 'national'], weight: 0.8 },
  // A foreigner's identity card (carné / cédula de extranjería, NIE), a temporary protection permit (PPT).
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['foreignerid'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['temporaryprotection'], weight: 0.85 },
  // Immigration programmes named by acronym or by their legal section.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['specialimmigrantvisa'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['vawa'], weight: 0.75 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['selfpetition'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['section214'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['wrapscase'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['mixed', 'family'], weight: 0.7, unless: ['income', 'use', 'zoning', 'housing', 'development', 'martial', 'arts'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['proration', 'family'], weight: 0.7 },
  // A residence permit (German Aufenthaltstitel, "permiso de residencia"), a humanitarian visitor
  // card (Mexico's TVRH), entry without inspection.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['residencepermit'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['residence', 'permit'], weight: 0.8, unless: ['parking', 'building', 'construction', 'address', 'rental', 'zoning'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['humanitarianvisa'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['inspection', 'entry'], weight: 0.85, unless: INSPECTED_THINGS },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['inspection', 'admitted'], weight: 0.85, unless: INSPECTED_THINGS },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['inspection', 'without'], weight: 0.8, unless: INSPECTED_THINGS },
  // Records only a non-citizen has: the five-year bar, sponsor deeming and the affidavit of support,
  // the SAVE system, SEVIS and international-student flags, AB 540 and the California Dream Act,
  // non-resident-alien tax withholding, displaced-person status.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['fiveyearbar'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['sponsor', 'deeming'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['affidavitofsupport'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['sponsor', 'immigrant'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['savesystem'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['sevis'], weight: 0.9 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['international', 'student'], weight: 0.75, unless: STUDENT_SERVICE_THINGS },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['ab540'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['dreamact'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['nonresidentalien'], weight: 0.85 },
  // Spain: the CCSE test and the oath of nationality (naturalization), "arraigo" (a residence
  // authorization for irregular migrants with ties to Spain). Mexico's "arraigo domiciliario" or
  // "arraigo penal" is a criminal-law measure, not migration.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['citizenshiptest'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['oath', 'nationality'], weight: 0.95 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['oath', 'allegiance'], weight: 0.85 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['arraigo'], weight: 0.8, unless: ['domiciliario', 'penal', 'judicial', 'criminal', 'juez', 'orden'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['displaced', 'status'], weight: 0.7, unless: ['worker', 'homemaker', 'tenant', 'employee', 'job', 'housing', 'fire', 'flood', 'disaster', 'storm', 'hurricane'] },
  // --- GOVERNMENT_ID -----------------------------------------------------------------------------
  // Status proxies (general): "in the U.S. legally", Emergency Medicaid (for people without a
  // qualifying status), a refugee resettlement agency's case.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['legal', 'us'], weight: 0.9, unless: ['entity', 'business', 'company', 'organization', 'services', 'service', 'aid', 'counsel', 'holiday', 'department', 'notice'] },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['emergencymedicaid'], weight: 0.8 },
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['resettlement', 'case'], weight: 0.75, unless: ['housing', 'flood', 'disaster', 'tenant', 'relocation', 'urban', 'village', 'dam'] },
  { category: 'GOVERNMENT_ID', all: ['ssn'], weight: 0.95, unless: SSN_SETTING },
  { category: 'GOVERNMENT_ID', all: ['socialsecurity'], weight: 0.9, unless: SSA_BENEFIT },
  { category: 'GOVERNMENT_ID', all: ['itin'], weight: 0.95 },
  { category: 'GOVERNMENT_ID', all: ['tin'], weight: 0.85 },
  { category: 'GOVERNMENT_ID', all: ['taxpayerid'], weight: 0.85, unless: NOT_A_PERSONS_TAX_ID },
  { category: 'GOVERNMENT_ID', all: ['taxid'], weight: 0.8, unless: NOT_A_PERSONS_TAX_ID },
  {
    category: 'GOVERNMENT_ID',
    all: ['passport'],
    weight: 0.9,
    // An appointment ("cita para pasaporte") is a consular office's schedule, like its hours.
    unless: ['photo', 'photos', 'style', 'size', 'picture', 'pictures', 'sized', 'acceptance', 'facility', 'fee', 'fees', 'office', 'agency', 'hours', 'cost', 'procedure', 'procedurestatus', 'appointment'],
    things: PASSPORT_THINGS,
  },
  { category: 'GOVERNMENT_ID', all: ['driverslicense'], weight: 0.8, unless: ['cost', 'fee', 'fees'] },
  { category: 'GOVERNMENT_ID', all: ['stateid'], weight: 0.75 },
  { category: 'GOVERNMENT_ID', all: ['nationalid'], weight: 0.85, unless: ['cost', 'fee', 'fees'] },
  { category: 'GOVERNMENT_ID', all: ['consularid'], weight: 0.9, unless: DOCUMENT_FEE },
  { category: 'GOVERNMENT_ID', all: ['governmentid'], weight: 0.8 },
  { category: 'GOVERNMENT_ID', all: ['municipalid'], weight: 0.75 },
  { category: 'GOVERNMENT_ID', all: ['photoid'], weight: 0.7, unless: ['badge', 'employee', 'staff', 'employees'] },
  // A generic identity document ("ID document type", "has ID doc"), a travel document, a Known
  // Traveler Number, Central American national IDs (El Salvador's DUI, Guatemala's DPI and CUI).
  { category: 'GOVERNMENT_ID', all: ['iddocument'], weight: 0.8 },
  { category: 'GOVERNMENT_ID', all: ['traveldocument'], weight: 0.85 },
  { category: 'GOVERNMENT_ID', all: ['knowntraveler'], weight: 0.8 },
  // The type of identification a person presented: "Type of identification presented", "Tipo de
  // identificación". The word `identification` names an identity document; a bare `id_type` column
  // (the type of any identifier: a record, a device, a customer key) does not, so `id` + `type`
  // fires only with a word of presenting ("ID type shown", "id_type_presented").
  { category: 'GOVERNMENT_ID', all: ['identification', 'type'], weight: 0.75, unless: ['record', 'device', 'system', 'customer', 'account', 'product', 'vehicle', 'network'] },
  { category: 'GOVERNMENT_ID', all: ['identification', 'presented'], weight: 0.8 },
  { category: 'GOVERNMENT_ID', all: ['id', 'type', 'presented'], weight: 0.75 },
  // An ID shown or presented at the desk ("What ID did you show?").
  { category: 'GOVERNMENT_ID', all: ['id', 'presented'], weight: 0.75, unless: ['record', 'device', 'system', 'account', 'badge', 'employee', 'staff', 'ticket', 'order'] },
  // A passport's number, whatever country issued it ("Número de pasaporte (de cualquier país)"): the document.
  { category: 'GOVERNMENT_ID', all: ['passport', 'number', 'country'], weight: 0.9, unless: ['issuing'] },
  // The IRS identity protection PIN.
  { category: 'GOVERNMENT_ID', all: ['ippin'], weight: 0.8 },
  // --- NATIONALITY_ORIGIN -----------------------------------------------------------------------
  { category: 'NATIONALITY_ORIGIN', all: ['nationality'], weight: 0.95, unless: NOT_A_PERSONS_NATIONALITY },
  { category: 'NATIONALITY_ORIGIN', all: ['nationalid', 'country'], weight: 0.85 },
  // "Immigrant generation" (first, second...): origin of a person or of the parents.
  { category: 'NATIONALITY_ORIGIN', all: ['immigrant', 'generation'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['immigration', 'generation'], weight: 0.9 },
  // "¿En qué país vivía antes de salir?": the country lived in before coming.
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'live', 'before'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['nationalorigin'], weight: 0.95 },
  {
    category: 'NATIONALITY_ORIGIN',
    all: ['country', 'origin'],
    weight: 0.9,
    unless: GOODS,
  },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'birth'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['place', 'birth'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['city', 'birth'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['town', 'birth'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['state', 'birth'], weight: 0.75 },
  ...['province', 'county', 'municipality', 'region', 'village'].map((w): Rule => ({ category: 'NATIONALITY_ORIGIN', all: [w, 'birth'], weight: 0.8 })),
  ...['city', 'town', 'state', 'province', 'county', 'municipality', 'village', 'place'].map(
    (w): Rule => ({ category: 'NATIONALITY_ORIGIN', all: [w, 'born'], weight: 0.8 }),
  ),
  { category: 'NATIONALITY_ORIGIN', all: ['comesfrom'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['birth', 'abroad'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'native'], weight: 0.8 },
  {
    category: 'NATIONALITY_ORIGIN',
    all: ['place', 'origin'],
    weight: 0.8,
    unless: ['trip', 'travel', 'route', 'stop', 'zone', 'call', 'request', 'complaint', ...GOODS],
  },
  { category: 'NATIONALITY_ORIGIN', all: ['arrival', 'country'], weight: 0.75 },
  // The town, village or province a person comes from ("Aldea y departamento de origen", "city of
  // origin"); a trip's, a call's or a shipment's origin is not a person's.
  ...['city', 'town', 'village', 'province', 'municipality'].map(
    (w): Rule => ({ category: 'NATIONALITY_ORIGIN', all: [w, 'origin'], weight: 0.75, unless: ['trip', 'travel', 'route', 'stop', 'zone', 'call', 'request', 'complaint', 'case', 'fire', 'incident', ...GOODS] }),
  ),
  // Entry to or arrival in a named country ("Fecha de entrada en España", "arrived in Mexico").
  { category: 'NATIONALITY_ORIGIN', all: ['entry', 'namedcountry'], weight: 0.75, unless: [...GOODS, 'flight', 'vuelo', 'trip', 'viaje', 'tour', 'cruise'] },
  { category: 'NATIONALITY_ORIGIN', all: ['arrival', 'namedcountry'], weight: 0.75, unless: [...GOODS, 'flight', 'vuelo', 'trip', 'viaje', 'tour', 'cruise'] },
  // Living abroad, years abroad ("¿Cuántos años vive en el exterior?"); a study-abroad term is a programme.
  { category: 'NATIONALITY_ORIGIN', all: ['live', 'abroad'], weight: 0.75 },
  // "vivir en el extranjero": living abroad, read as the place, not as being a foreigner.
  { category: 'NATIONALITY_ORIGIN', all: ['live', 'foreigner'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['year', 'abroad'], weight: 0.75, unless: ['study', 'studies', 'semester', 'program', 'programme', 'trip', 'travel', 'exchange'] },
  { category: 'NATIONALITY_ORIGIN', all: ['entry', 'country'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['came', 'country'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['year', 'live', 'country'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['port', 'entry'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['school', 'us'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['consular', 'notification'], weight: 0.75 },
  // A consular contact (the consulate to call for a detained foreign national, BLIND5.md) says the person is not a citizen.
  { category: 'CITIZENSHIP_IMMIGRATION', all: ['consular', 'contact'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'born'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'where'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'outside'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'abroad'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'foreigner'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['foreign', 'born'], weight: 0.9 },
  { category: 'NATIONALITY_ORIGIN', all: ['born', 'us'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['home', 'country'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['native', 'country'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['home', 'town'], weight: 0.7 },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'residence', 'last'], weight: 0.75 },
  // The country a person last lived in ("Country where you last lived").
  ...['last', 'previous', 'prior', 'former'].map((w): Rule => ({ category: 'NATIONALITY_ORIGIN', all: ['country', 'live', w], weight: 0.75 })),
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'residence', 'prior'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'residence', 'previous'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'residence', 'former'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['ancestry'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['year', 'us'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['arrival', 'us'], weight: 0.85 },
  { category: 'NATIONALITY_ORIGIN', all: ['entry', 'us'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['came', 'us'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['live', 'us'], weight: 0.7 },
  { category: 'NATIONALITY_ORIGIN', all: ['passport', 'country'], weight: 0.85 },
  // Origin proxies (general): leaving a named or asked-about country ("Fecha de salida de Colombia",
  // "fecha de salida del país"), a foreign diploma or credential, the country where studies were
  // completed, ties to a foreign country, an international transfer certificate (registered abroad).
  { category: 'NATIONALITY_ORIGIN', all: ['departure', 'namedcountry'], weight: 0.75, unless: [...GOODS, 'flight', 'vuelo', 'trip', 'viaje', 'tour', 'cruise'] },
  { category: 'NATIONALITY_ORIGIN', all: ['departure', 'country'], weight: 0.75, unless: [...GOODS, 'flight', 'vuelo', 'trip', 'viaje', 'tour', 'cruise'] },
  { category: 'NATIONALITY_ORIGIN', all: ['foreign', 'credential'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['country', 'credential'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['ties', 'foreign'], weight: 0.75 },
  { category: 'NATIONALITY_ORIGIN', all: ['ties', 'foreigner'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['internationaltransfer'], weight: 0.75 },
  // The country that issued a person's identity document (`id_doc_issuing_country`, "País emisor de la
  // identificación"): a nationality. A card's or a bank's issuing country is not.
  { category: 'NATIONALITY_ORIGIN', all: ['issuing', 'country'], weight: 0.85, unless: [...ISSUED_NOT_TO_A_PERSON, 'card'] },
  { category: 'NATIONALITY_ORIGIN', all: ['id', 'issuing', 'country'], weight: 0.85, unless: ISSUED_NOT_TO_A_PERSON },
  { category: 'NATIONALITY_ORIGIN', all: ['id', 'issued', 'country'], weight: 0.85, unless: ISSUED_NOT_TO_A_PERSON },
  { category: 'NATIONALITY_ORIGIN', all: ['identification', 'issued', 'country'], weight: 0.85, unless: ISSUED_NOT_TO_A_PERSON },
  // Schooling abroad ("Has your child attended school in another country?"); a study-abroad programme is not.
  { category: 'NATIONALITY_ORIGIN', all: ['school', 'abroad'], weight: 0.8, unless: ['study', 'studies', 'semester', 'program', 'programme', 'trip', 'travel', 'exchange'] },
  // A degree or a credential earned abroad ("¿Obtuvo su título universitario en otro país?").
  { category: 'NATIONALITY_ORIGIN', all: ['credential', 'abroad'], weight: 0.8 },
  { category: 'NATIONALITY_ORIGIN', all: ['education', 'abroad'], weight: 0.75, unless: ['study', 'studies', 'semester', 'program', 'programme', 'trip', 'travel', 'exchange'] },
  // --- LANGUAGE_PROXY ---------------------------------------------------------------------------
  ...['primary', 'preferred', 'home', 'speak', 'native', 'mother'].map(
    (w): Rule => ({ category: 'LANGUAGE_PROXY', all: ['language', w], weight: 0.9, things: [...PAGE_SETTING, ...PETS] }),
  ),
  ...['first', 'notice', 'correspondence', 'written', 'communication', 'contact', 'mail', 'proficiency', 'assistance', 'isolation'].map(
    (w): Rule => ({ category: 'LANGUAGE_PROXY', all: ['language', w], weight: 0.85, unless: PAGE_SETTING, things: [...DOCUMENT_THINGS, ...OBJECT_LANGUAGE, ...PETS] }),
  ),
  // What a person needs, wants or would receive in a language ("Do you need documents in another
  // language?", "¿En qué idioma quiere recibir sus facturas?"): a document named here is what the
  // person would get, so documents and bills do not cancel it; a page or an object's language does.
  ...['need', 'want', 'receive', 'require'].map(
    (w): Rule => ({ category: 'LANGUAGE_PROXY', all: ['language', w], weight: 0.85, unless: PAGE_SETTING, things: [...OBJECT_LANGUAGE, ...PETS, 'sent', 'printed', 'issued', 'mailed'] }),
  ),
  // A language barrier, limited English as a barrier to employment.
  { category: 'LANGUAGE_PROXY', all: ['barrier', 'language'], weight: 0.85, things: [...OBJECT_LANGUAGE, ...PETS] },
  { category: 'LANGUAGE_PROXY', all: ['barrier', 'english'], weight: 0.85 },
  // A person's bilingual skill in a named language (`bilingual_skill_spanish`); a job's requirement is not.
  {
    category: 'LANGUAGE_PROXY',
    all: ['bilingual', 'namedlanguage'],
    weight: 0.75,
    unless: ['staff', 'employee', 'employees', 'position', 'job', 'posting', 'requirement', 'required', 'requires', 'candidate', 'teacher', 'counselor', 'volunteer', 'caseworker', 'agent', 'representative', 'pay', 'payextra', 'need'],
  },
  { category: 'LANGUAGE_PROXY', all: ['language'], weight: 0.6, unless: [...NOT_A_PERSONS_LANGUAGE, 'available', 'availability'], things: [...DOCUMENT_THINGS, ...SERVICE_BUSINESS, ...LANGUAGE_THINGS, ...OBJECT_LANGUAGE] },
  {
    category: 'LANGUAGE_PROXY',
    all: ['interpreter'],
    weight: 0.9,
    unless: ['signlanguage', 'sign', 'asl', 'deaf', 'cart', 'data', 'python'],
    things: SERVICE_BUSINESS,
  },
  { category: 'LANGUAGE_PROXY', all: ['translator'], weight: 0.85, things: SERVICE_BUSINESS },
  { category: 'LANGUAGE_PROXY', all: ['translation', 'need'], weight: 0.8, unless: PAGE_SETTING },
  { category: 'LANGUAGE_PROXY', all: ['translation', 'service'], weight: 0.75, unless: PAGE_SETTING, things: [...DOCUMENT_THINGS, ...SERVICE_BUSINESS] },
  ...['proficiency', 'speak', 'level', 'well', 'learner', 'limited', 'ability', 'fluency', 'second', 'other', 'read', 'write', 'skills']
    .map((w): Rule => ({ category: 'LANGUAGE_PROXY', all: ['english', w], weight: w === 'proficiency' || w === 'speak' || w === 'learner' || w === 'limited' ? 0.9 : 0.85, things: PETS })),
  { category: 'LANGUAGE_PROXY', all: ['english', 'class'], weight: 0.7 },
  { category: 'LANGUAGE_PROXY', all: ['lep'], weight: 0.9 },
  { category: 'LANGUAGE_PROXY', all: ['ell'], weight: 0.85 },
  { category: 'LANGUAGE_PROXY', all: ['esl'], weight: 0.8 },
  // An English test taken by adult learners (BEST Plus).
  { category: 'LANGUAGE_PROXY', all: ['englishtest'], weight: 0.75 },
  // Tests and levels of another language (DELE and SIELE for Spanish; "nivel de español",
  // "Vietnamese proficiency"). Staff language skills and a course's level are not a resident's.
  { category: 'LANGUAGE_PROXY', all: ['languagetest'], weight: 0.75 },
  { category: 'LANGUAGE_PROXY', all: ['level', 'namedlanguage'], weight: 0.8, unless: [...STAFF_LANGUAGE, 'course', 'class', 'clase', 'book', 'textbook'] },
  { category: 'LANGUAGE_PROXY', all: ['proficiency', 'namedlanguage'], weight: 0.85, unless: [...STAFF_LANGUAGE, 'course', 'class', 'clase', 'book', 'textbook'] },
  // A bilingual pay differential, stipend or premium on a timecard: only employees who speak a
  // second language get it (BLIND6.md).
  { category: 'LANGUAGE_PROXY', all: ['bilingual', 'payextra'], weight: 0.8 },
  { category: 'LANGUAGE_PROXY', all: ['bilingual', 'pay'], weight: 0.8, unless: ['scale', 'policy', 'budget', 'total'] },
  { category: 'LANGUAGE_PROXY', all: ['speak', 'home'], weight: 0.8 },
  // A language named as a person's choice: "¿Habla español?", "Prefers Vietnamese", "Receive
  // mail in: English / Español". Staff who speak a language and job requirements are not a resident's.
  { category: 'LANGUAGE_PROXY', all: ['speak', 'namedlanguage'], weight: 0.85, unless: STAFF_LANGUAGE },
  { category: 'LANGUAGE_PROXY', all: ['preferred', 'namedlanguage'], weight: 0.8, unless: STAFF_LANGUAGE },
  { category: 'LANGUAGE_PROXY', all: ['preferred', 'english'], weight: 0.8, unless: STAFF_LANGUAGE },
  { category: 'LANGUAGE_PROXY', all: ['receive', 'namedlanguage'], weight: 0.75, unless: STAFF_LANGUAGE },
  { category: 'LANGUAGE_PROXY', all: ['receive', 'english'], weight: 0.75, unless: STAFF_LANGUAGE },
  // Wanting or needing a named language ("Do you want notices in Spanish?"); a job's requirement is not.
  { category: 'LANGUAGE_PROXY', all: ['want', 'namedlanguage'], weight: 0.8, unless: STAFF_LANGUAGE },
  { category: 'LANGUAGE_PROXY', all: ['need', 'namedlanguage'], weight: 0.75, unless: [...STAFF_LANGUAGE, 'required', 'requirement'] },
  // Help with English ("Do you need help reading English?").
  { category: 'LANGUAGE_PROXY', all: ['english', 'help'], weight: 0.8, unless: ['desk', 'page', 'site', 'website', 'menu', 'text', 'file', 'topic', 'topics', 'article'] },
  // --- RELIGION ----------------------------------------------------------------------------------
  { category: 'RELIGION', all: ['religion'], weight: 0.95, things: RELIGIOUS_THINGS },
  {
    category: 'RELIGION',
    all: ['faith'],
    weight: 0.75,
    unless: ['good', 'bad', 'organization', 'organizations', 'org', 'partner', 'provider', 'grant'],
    things: CHURCH_AS_ORGANIZATION,
  },
  { category: 'RELIGION', all: ['denomination', 'church'], weight: 0.85 },
  { category: 'RELIGION', all: ['church'], weight: 0.8, unless: ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'station'], things: CHURCH_AS_ORGANIZATION },
  { category: 'RELIGION', all: ['worship'], weight: 0.85, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['congregation'], weight: 0.8, things: CHURCH_AS_ORGANIZATION },
  { category: 'RELIGION', all: ['mosque'], weight: 0.85, things: CHURCH_AS_ORGANIZATION },
  { category: 'RELIGION', all: ['synagogue'], weight: 0.85, things: CHURCH_AS_ORGANIZATION },
  { category: 'RELIGION', all: ['creed'], weight: 0.75 },
  { category: 'RELIGION', all: ['religiongroup'], weight: 0.7, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['halal'], weight: 0.6 },
  { category: 'RELIGION', all: ['kosher'], weight: 0.6 },
  { category: 'RELIGION', all: ['chaplain'], weight: 0.8, things: [...RELIGIOUS_THINGS, ...SERVICE_BUSINESS] },
  { category: 'RELIGION', all: ['clergy'], weight: 0.75, things: [...RELIGIOUS_THINGS, ...SERVICE_BUSINESS] },
  { category: 'RELIGION', all: ['pastoral'], weight: 0.75, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['spiritual'], weight: 0.7, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['sabbath'], weight: 0.8, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['baptism'], weight: 0.7 },
  { category: 'RELIGION', all: ['prayer'], weight: 0.7, things: RELIGIOUS_THINGS },
  // A church-tax flag (German Kirchensteuer) records membership; religious meal codes (KSML kosher,
  // MOML Muslim, HNML Hindu, VJML Jain) record a practice.
  { category: 'RELIGION', all: ['churchtax'], weight: 0.85 },
  { category: 'RELIGION', all: ['religiousmeal'], weight: 0.75 },
  // A person's religious observances (Ramadan, Passover) and gifts to religious bodies: not
  // cancelled by the organization they go to ("Donativos a organizaciones religiosas").
  { category: 'RELIGION', all: ['religiousobservance'], weight: 0.75, things: RELIGIOUS_THINGS },
  { category: 'RELIGION', all: ['religion', 'donation'], weight: 0.85 },
  { category: 'RELIGION', all: ['donation', 'church'], weight: 0.8 },
];
