/**
 * From a field name or a question to the concepts the rules are written in. Three steps:
 * 1. split into words at separators, camelCase humps and letter/digit boundaries, keeping where each
 *    word is in the text (evidence quotes the original text);
 * 2. map each word to concepts: abbreviations and Spanish through lexicon.ts, the words whose
 *    meaning depends on their neighbours here (`cit` is citizenship next to `stat`, a citation next
 *    to `no`; `us` is the country unless it follows "contact" or "about"; `ICE` is the agency next
 *    to "detainer" or "hold"), then vowel-less and truncated abbreviations (`NTRLZ`, `PSPRT`,
 *    `COUNTR`) through abbreviations.ts, and names glued without separators (`immigrationstatuscode`,
 *    `hasssn`, a vendor column after its `cr4f2_` prefix) split by the classifier's own vocabulary,
 *    and squashed mainframe names in capitals (`PASPTNUM`, `YRSINUSA`) segmented into abbreviations
 *    and data-dictionary suffixes ({@link _splitMainframe});
 * 3. read a few question shapes whose meaning is in their stopwords: "What country are you
 *    from?", "¿De dónde es usted?" (origin), "born in Puerto Rico" (a place), "the language of the
 *    notice" (a document's language, not a person's);
 * 4. drop stopwords, lone letters and numbers, and join multi-word concepts (`social security
 *    number` → `ssn`).
 * @module
 */
import { _expandAbbreviation } from './abbreviations.js';
import { AGGREGATE_WORDS, PHRASES, SAP_HR_FIELDS, STOPWORDS, SURVEY_VARIABLES, TERMS } from './lexicon.js';
import { RULES } from './rules.js';
import { _typoIndex, _typoTarget } from './typos.js';

/** A word of the input, with its place in the text. */
export interface _Token {
  /** Lower case, accents removed. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A concept, with the span of the original text it came from. */
export interface _Concept {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Read through a typo of a lexicon word (typos.ts): rules matched on it count less. */
  readonly typo?: boolean;
}

/** Texts longer than this are read up to this length only: questions and descriptions are short. */
const MAX_TEXT = 2000;

const WORD = /[\p{L}\p{N}]+|#/gu;
const IS_DIGIT = /\p{N}/u;
const IS_UPPER = /\p{Lu}/u;
const IS_LOWER = /\p{Ll}/u;
const MARKS = /\p{M}+/gu;

function _norm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Splits one run of letters and digits at camelCase humps and letter/digit boundaries. */
function _splitRun(run: string, offset: number, out: _Token[]): void {
  let from = 0;
  const chars = Array.from(run);
  let pos = 0; // UTF-16 offset of chars[i]
  const positions: number[] = [];
  for (const ch of chars) {
    positions.push(pos);
    pos += ch.length;
  }
  positions.push(pos);
  let startIndex = 0;
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const cur = chars[i]!;
    const next = chars[i + 1];
    const digitEdge = IS_DIGIT.test(prev) !== IS_DIGIT.test(cur);
    const hump = IS_LOWER.test(prev) && IS_UPPER.test(cur);
    // "ITINNumber": split before the last capital of a run of capitals followed by a lower-case letter.
    const acronymEnd = IS_UPPER.test(prev) && IS_UPPER.test(cur) && next !== undefined && IS_LOWER.test(next);
    if (digitEdge || hump || acronymEnd) {
      from = positions[startIndex]!;
      out.push({ norm: _norm(run.slice(from, positions[i])), start: offset + from, end: offset + positions[i]! });
      startIndex = i;
    }
  }
  from = positions[startIndex]!;
  out.push({ norm: _norm(run.slice(from)), start: offset + from, end: offset + run.length });
}

/** The words of `text` with their offsets (internal). */
export function _tokenize(text: string): _Token[] {
  const source = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: _Token[] = [];
  for (const m of source.matchAll(WORD)) {
    if (m[0] === '#') out.push({ norm: '#', start: m.index, end: m.index + 1 });
    else _splitRun(m[0], m.index, out);
  }
  return out;
}

/**
 * The words of a field name or question: split at separators, camelCase and digits, lower-cased,
 * accents removed. Abbreviations are not expanded.
 * @example
 * splitFieldName('usCitizenYN') // ['us', 'citizen', 'yn']
 * splitFieldName('ITINNumber') // ['itin', 'number']
 * splitFieldName('país_de_nacimiento') // ['pais', 'de', 'nacimiento']
 */
export function splitFieldName(text: string): string[] {
  return _tokenize(text).map((t) => t.norm);
}

// --- context-dependent words -------------------------------------------------------------------

const NUMBER_WORDS = new Set(['no', 'num', 'nbr', 'number', 'nmbr', 'numero', 'nro', 'nr', '#']);
const STRONG_NUMBER_WORDS = new Set(['number', 'numero', '#']);
/** Words after which `a no`/`a num` is the A-number label. */
const A_PREV_OK = new Set([
  'alien', 'uscis', 'registration', 'reg', 'client', 'applicant', 'beneficiary', 'your', 'su', 'the', 'spouse',
  'child', 'number', 'numero', 'or', 'and', 'nbr', 'num', 'no', 'o', 'y', 'de', 'del', 'el', 'petitioner',
]);
/** Words after which `a number` is the English article and a number. */
const A_PREV_BAD = new Set([
  'enter', 'is', 'be', 'as', 'pick', 'choose', 'type', 'with', 'give', 'provide', 'add', 'into', 'assign',
  'assigned', 'was', 'not', 'like', 'select', 'input', 'write', 'put', 'use', 'only', 'must', 'contain', 'has',
  'have', 'there', 'get', 'need', 'call', 'dial', 'text', 'send', 'create', 'generate', 'choose',
]);
/** Words after which `us` is the pronoun. */
const US_PRONOUN_PREV = new Set([
  'contact', 'tell', 'email', 'call', 'about', 'join', 'help', 'give', 'let', 'send', 'with', 'write', 'visit',
  'follow', 'hear', 'heard', 'text', 'reach', 'for', 'from', 'let', 'told', 'gave', 'sent', 'chose', 'choose',
  'contacted', 'called', 'emailed', 'wrote', 'visited', 'joined', 'helped', 'among', 'of', 'all', 'both', 'ask',
]);
/** USCIS form numbers that follow `I-` (I-94 arrival record, I-485, I-765 work permit, I-797 notice...). */
const USCIS_FORMS = new Set(['9', '20', '90', '94', '130', '131', '140', '360', '485', '551', '589', '601', '765', '797', '821', '864']);
const N_FORMS = new Set(['400', '565', '600']);
const CIT_CONTEXT = new Set(['stat', 'status', 'sts', 'flag', 'flg', 'ind', 'indicator', 'cd', 'code', 'yn', 'country', 'ctry', 'cntry', 'verif', 'verification', 'proof', 'doc']);
const NAT_NATIONALITY = new Set(['cd', 'code', 'country', 'ctry', 'cntry', 'desc', 'stat', 'status']);
const NAT_NATIONAL = new Set(['id', 'ident', 'orig', 'origin']);
const NAT_NATURAL = new Set(['gas', 'res', 'resource', 'resources', 'area', 'areas', 'hist', 'history', 'park']);
const IMM_CONTEXT = new Set([
  'stat', 'status', 'sts', 'doc', 'document', 'cd', 'code', 'type', 'typ', 'visa', 'category', 'cat', 'class', 'cls', 'consequences',
  'consequence', 'relief', 'court', 'attorney', 'gen', 'generation',
]);
const ENG_CONTEXT = new Set([
  'prof', 'proficiency', 'lvl', 'level', 'spk', 'speak', 'speaks', 'learner', 'fluency', 'fluent', 'ability', 'read',
  'write', 'skills', 'class', 'classes', 'lang', 'language', 'ltd', 'limited', 'second',
]);
const PROF_CONTEXT = new Set(['eng', 'english', 'engl', 'lang', 'language', 'lvl', 'level', 'ingles']);
const DL_CONTEXT = new Set(['no', 'num', 'nbr', 'number', 'nmbr', '#', 'state', 'st', 'exp', 'expiration', 'class', 'issue', 'issued']);
const NAC_BIRTH = new Set(['fec', 'fecha', 'lug', 'lugar', 'pais', 'ciudad', 'edo', 'estado', 'mpio', 'municipio', 'dt', 'date', 'cd', 'country', 'cntry']);
/** Words next to which `ice` is U.S. Immigration and Customs Enforcement, not frozen water. */
const ICE_CONTEXT = new Set([
  'detainer', 'detainers', 'hold', 'holds', 'custody', 'agent', 'agents', 'officer', 'officers', 'notification', 'notify',
  'notified', 'warrant', 'interview', 'encounter', 'referral', 'raid', 'raids', 'ero', 'enforcement', 'arrest', 'detention',
  'detained', 'transfer', 'deportation', 'removal', 'immigration', 'orden', 'detencion', 'agentes', 'retencion',
]);
/** Words next to which `st` is a state (of birth). */
const BIRTH_WORDS = new Set(['birth', 'brth', 'born', 'brn', 'nac', 'nacimiento', 'birthplace']);
/** Words next to which `prc` is a permanent resident card (not a price). */
const PRC_CONTEXT = new Set(['card', 'crd', 'tarjeta', 'nbr', 'no', 'num', 'number', 'nmbr', '#', 'exp', 'expiration', 'expires', 'expiry']);
/** Words next to which `aln` is an alien (not a federal assistance listing number). */
const ALN_CONTEXT = new Set(['reg', 'registration', 'stat', 'status', 'sts', 'cat', 'category', 'qual', 'qualified', 'card', 'crd', 'ind', 'flag', 'flg']);
/** Words next to which `lng`, `lon` and `long` are a longitude. */
const GEO_CONTEXT = new Set(['lat', 'latitude', 'geo', 'coord', 'coords', 'coordinate', 'coordinates', 'x', 'y', 'point', 'gps', 'lng', 'lon', 'long']);
/** Words after which `el` is an English learner, not the Spanish article. */
const EL_CONTEXT = new Set([
  'status', 'flag', 'flg', 'ind', 'indicator', 'program', 'services', 'student', 'students', 'cd', 'code', 'yn', 'eligible',
  'designation', 'reclassification', 'reclassified', 'entry', 'exit', 'level', 'civics',
]);
/** Words next to which `ine` / `ife` is the Mexican voter card. */
const INE_CONTEXT = new Set(['credencial', 'clave', 'elector', 'numero', 'folio', 'cic', 'ocr', 'id', 'credential', 'card', 'votar', 'no', 'num']);
/** Verbs of "be" and "come", in "What country are you from?" / "¿De dónde es usted?". */
const BE_COME = new Set([
  'are', 'is', 'was', 'were', 'am', 'come', 'came', 'comes', 'es', 'eres', 'son', 'era', 'eran', 'viene', 'vienes', 'vienen',
  'vino', 'vinieron', 'proviene', 'provienen', 'procede', 'proceden', 'originario', 'originaria', 'oriundo', 'oriunda',
]);
/** Words that may stand between the verb and "from" in an origin question: people and "originally". */
const ORIGIN_FILLER = new Set([
  'originally', 'originalmente', 'person', 'child', 'children', 'family', 'familia', 'parents', 'parent', 'padres', 'mother',
  'father', 'madre', 'padre', 'spouse', 'applicant', 'client', 'student', 'patient', 'household', 'member', 'members', 'he',
  'she', 'they', 'his', 'her', 'their', 'him', 'ella', 'el', 'ellos', 'ellas', 'usted', 'ustedes', 'tu', 'su', 'sus', 'you',
  'your', 'the', 'this', 'do', 'does', 'did', 'de', 'hijo', 'hija', 'hijos', 'solicitante',
]);
/** Words that may stand between "born" and "in": the person. */
const BORN_FILLER = new Set(['usted', 'el', 'ella', 'you', 'he', 'she', 'they', 'was', 'were', 'person', 'child', 'su', 'hijo', 'hija']);
/** Determiners between a preposition and its noun. */
const DETERMINERS = new Set(['the', 'this', 'that', 'each', 'a', 'an', 'el', 'la', 'los', 'las', 'este', 'esta', 'cada', 'un', 'una']);
/** A notice, letter or message: "the language OF the notice" is that document's language. */
const DOCUMENT_NOUNS = new Set([
  'notice', 'letter', 'message', 'email', 'form', 'translation', 'aviso', 'carta', 'notificacion', 'mensaje', 'correo',
  'formulario', 'traduccion', 'article', 'articulo',
]);
/** Place names a resident may be asked about being born in, for all-caps or lower-case text. */
const PLACE_NAMES = new Set([
  'mexico', 'guatemala', 'honduras', 'salvador', 'nicaragua', 'cuba', 'haiti', 'dominicana', 'venezuela', 'colombia',
  'ecuador', 'peru', 'china', 'india', 'philippines', 'filipinas', 'vietnam', 'puerto', 'pr', 'usa', 'eeuu',
]);
const IS_CAPITALIZED = /^\p{Lu}/u;
/** Words that make WRAPS (the refugee case system) an identifier: "wraps_case_nbr". */
const WRAPS_CONTEXT = new Set(['case', 'nbr', 'no', 'num', 'number', 'id', 'refugee']);
/** Spanish words that make RUN or RUT (Chile) a person's number: "rut_titular", "RUN del beneficiario". */
const RUN_CONTEXT = new Set(['numero', 'nro', 'titular', 'beneficiario', 'beneficiaria', 'solicitante', 'apoderado', 'apoderada', 'del', 'de']);
/** Acronyms read as identity documents only in capitals or next to {@link ID_ACRONYM_CONTEXT}. */
const ID_ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  nit: ['taxid'], rtn: ['taxid'], tie: ['foreignerid'], dele: ['languagetest'],
};
const ID_ACRONYM_CONTEXT = new Set([
  // Spanish words only: an English "number" beside them is a return amount's or a neck tie's.
  'numero', 'nro', 'titular', 'solicitante', 'beneficiario', 'beneficiaria', 'personal', 'tarjeta',
  'caducidad', 'vencimiento', 'expedicion', 'diploma', 'nivel', 'examen', 'certificado',
]);
/** Survey variables that are also ordinary words: matched in capitals only. */
const SURVEY_WORDS = new Set(['decade']);
/** Words next to which `mig` / `migr` is (im)migration status, not a MIG weld or a data migration. */
const MIG_CONTEXT = new Set(['estatus', 'status', 'stat', 'sts', 'situacion', 'condicion', 'calidad', 'cd', 'code', 'doc', 'documento', 'tipo', 'type']);
/** Words next to which `seg` is the Spanish "seguro" of "número de seguro social". */
const SEG_CONTEXT = new Set(['social', 'soc']);
/** Words after `st id` that make it a state ID card or number (`st_id_nbr`), not a station or street ID. */
const STATE_ID_CONTEXT = new Set(['nbr', 'no', 'num', 'number', 'card', 'crd', 'exp', 'expiration', 'iss', 'issue', 'issued']);
/** Words next to which `nid` is a national ID (`NID_COUNTRY`, `nid_nbr`), not a node or network ID. */
const NID_CONTEXT = new Set(['country', 'ctry', 'cntry', 'nbr', 'no', 'num', 'number', 'issuing', 'issue', 'type', 'exp', 'expiration', 'pais', 'numero']);
/** Spanish words next to which DUI (El Salvador) and DPI (Guatemala) are national IDs, not drunk driving or dots per inch. */
const CENTRAL_AMERICAN_ID_CONTEXT = new Set(['numero', 'nro', 'num', 'de', 'del', 'su', 'tiene', 'cui', 'documento', 'copia', 'vigente', 'titular']);
/** Words next to which NRA is a non-resident alien for tax purposes, not a rifle association. */
const NRA_CONTEXT = new Set(['withholding', 'withheld', 'tax', 'treaty', 'status', 'w8', 'w8ben', '1042', 'alien', '1040', '1040nr', 'nr']);
/** Words next to which SAVE is USCIS's Systematic Alien Verification for Entitlements, not a button. */
const SAVE_CONTEXT = new Set(['verification', 'verif', 'case', 'cvn', 'uscis', 'immigration', 'query', 'initiate', 'additional', 'agency', 'system', 'ver']);
/** Words next to which F-1, J-1, M-1 are student and exchange visas (not an F1 score). */
const STUDENT_VISA_CONTEXT = new Set(['visa', 'student', 'students', 'status', 'holder', 'sevis', 'opt', 'cpt', 'exchange', 'estudiante']);
/** Spanish words next to which `fe` is faith ("comunidad de fe"), not iron or "fe de erratas". */
const FE_CONTEXT = new Set(['comunidad', 'comunidades', 'grupo', 'tradicion', 'religiosa', 'religion', 'congregacion', 'iglesia', 'profesa', 'practica', 'lider', 'basada']);
/** German `geb` (geboren, Geburts-): birth; `land` and `ort` next to it are a country and a place. */
const GERMAN_BIRTH = new Set(['geb', 'geburt', 'geburts']);
const URL_HOST = /^\s*[a-z][a-z0-9+.-]*:\/\/[^/\s]*/i;

/** Every word some rule or phrase is written in, for plural folding. */
const KNOWN = new Set<string>();
for (const rule of RULES) for (const w of [...rule.all, ...(rule.unless ?? [])]) KNOWN.add(w);
for (const [words, concept] of PHRASES) for (const w of [...words, concept]) KNOWN.add(w);
for (const list of Object.values(TERMS)) for (const w of list) KNOWN.add(w);

/** The lexicon's words of six letters or more, for typo tolerance (typos.ts). */
/**
 * Words that are read only as written, never as the target of a typo: country names (`colombian`,
 * `dominicano` are words of their own), words of origin, credential, observance and donation proxies
 * that sit one letter from common words (`salida`/`saliva`, `estudios`/`estudio`, `ramadan`/`ramada`,
 * `tithes`/`titles`), and cancelling words of things (`fiction`, `heading`, `series`, `order`,
 * `inventory`, `flight`), whose typos would only cancel. Measured on the word lists of typos.test.ts.
 */
const NOT_TYPO_TARGETS = new Set([
  'mexico', 'guatemala', 'honduras', 'nicaragua', 'cuba', 'haiti', 'dominicana', 'venezuela', 'colombia', 'ecuador', 'peru',
  'philippines', 'filipinas', 'vietnam', 'salida', 'departure', 'diploma', 'diplomas', 'degree', 'credential', 'credentials',
  'studies', 'estudios', 'titulo', 'ties', 'vinculos', 'lazos', 'emergencia', 'emergency', 'libreta', 'militar', 'military',
  'presented', 'presentada', 'presentado', 'mostrada', 'mostrado', 'exhibited', 'shown', 'fasting', 'ayuno', 'ayunando', 'ayuna',
  'ramadan', 'ramazan', 'passover', 'hanukkah', 'diwali', 'donativo', 'donativos', 'donacion', 'donaciones', 'donation',
  'donations', 'contributions', 'tithe', 'tithes', 'diezmo', 'diezmos', 'clase', 'clases', 'etiqueta', 'libro', 'textbook',
  'pedido', 'fiction', 'ficcion', 'scifi', 'solicitud', 'beneficios', 'beneficio', 'benefits', 'benefit', 'adopcion',
  'cruise', 'flight', 'department', 'device', 'record', 'network', 'relocation', 'inventory', 'heading', 'series', 'novels',
  'comics', 'planet', 'abduction', 'order', 'orders', 'orden', 'dispositivo', 'legalmente', 'resettlement', 'reasentamiento',
  // Context words of the sixth blind set's rules: pets, documents, businesses, Spain, pay codes.
  'pet', 'folder', 'carpeta', 'hanger', 'hangers', 'doorhanger', 'placard', 'flyer', 'folleto', 'volante', 'leaflet', 'pamphlet',
  'command', 'commands', 'comandos', 'ordenes', 'obedience', 'obediencia', 'namedlanguage', 'namedcountry', 'comercial', 'comercio',
  'sociedad', 'juridica', 'establecimiento', 'programme', 'program', 'payextra', 'culture', 'session', 'semester', 'localization',
  'oath', 'jura', 'juramento', 'incident', 'domiciliario', 'criminal', 'penal', 'judicial', 'assembly', 'asamblea', 'asmbly',
  'arraigo', 'viviste', 'vives', 'naciste', 'llegaste', 'necesitas', 'perteneces', 'asistes', 'profesas', 'hablas',
  'aymara', 'guarani', 'quechua', 'kichwa', 'kiche', 'quiche', 'qeqchi', 'kaqchikel', 'garifuna', 'zapoteco', 'tzotzil', 'tzeltal',
  'espana', 'spain', 'aldea', 'mascota', 'mascotas', 'cachorro', 'canine', 'feline', 'perro', 'perra', 'perros', 'gato', 'gata',
  'puppy', 'kitten', 'horse', 'differential', 'diferencial', 'stipend', 'estipendio', 'premium', 'bonus', 'bono', 'prima',
  'propietario', 'propietaria', 'dueno', 'duena', 'owner', 'owned', 'appointment', 'bilingue', 'bilingues', 'linguistica',
  'linguistico', 'linguisticas', 'linguisticos', 'empleadora', 'misas', 'studies', 'exchange', 'scale',
  // Words of the seventh blind set's rules: asylum screening, issuing countries, school records, limited English.
  'persecution', 'persecucion', 'perseguido', 'perseguida', 'persecuted', 'fleeing', 'huyendo', 'huyeron', 'regresar', 'retornar',
  'returning', 'emisor', 'emisora', 'emision', 'expedicion', 'expedido', 'expedida', 'issuing', 'issuance', 'transcript',
  'transcripts', 'calificaciones', 'boletin', 'limitado', 'limitada', 'limitados', 'limitadas', 'barrera', 'barreras', 'barrier',
  'ingresos', 'espaniol', 'softball', 'basketball', 'volleyball', 'tournament', 'steeple', 'signage', 'campanas', 'proprietorship',
  'partnership', 'cooperative', 'juvenile', 'teenager', 'underage', 'righttowork', 'civicrequest', 'reportcard',
  // Words of the seventh round's rules and lexicon (asylum screening, issuing countries, business forms,
  // minor workers, Spanish civic nouns, wants): read only as written.
  'contractor', 'guardian',
  'afraid', 'availability', 'available', 'charity', 'consulta', 'denuncia', 'denuncias', 'derecho', 'deseas', 'direccion',
  'domicilio', 'education', 'emitio', 'escaping', 'escapo', 'estatal', 'expidio', 'formerly', 'gustaria', 'insurer', 'issuer',
  'league', 'legislation', 'mailing', 'menores', 'minors', 'mostro', 'nombre', 'ordinance', 'peticion', 'peticiones',
  'previously', 'processor', 'quiere', 'quieres', 'regresa', 'regreso', 'reporte', 'reportes', 'return', 'scared', 'showed',
  'states', 'tender', 'ticket', 'topics', 'volver',
]);
const TYPO_INDEX = _typoIndex([...Object.keys(TERMS), ...KNOWN].filter((w) => !NOT_TYPO_TARGETS.has(w)));
const _meaning = (w: string): string => (_own(TERMS, w) ?? [w]).join('+');
/** Word → its reading as a typo (or null: not a typo), memoized. */
const TYPO_CACHE = new Map<string, readonly string[] | null>();

/** The concepts of `word` read as a typo of a lexicon word, or undefined. */
function _typo(word: string): readonly string[] | undefined {
  let hit = TYPO_CACHE.get(word);
  if (hit === undefined) {
    const target = _typoTarget(word, TYPO_INDEX, _meaning);
    hit = target === undefined ? null : (_own(TERMS, target) ?? [target]);
    if (TYPO_CACHE.size < 10_000) TYPO_CACHE.set(word, hit);
  }
  return hit ?? undefined;
}

/**
 * A table entry, own properties only: a field named `constructor` is not `Object.prototype.constructor`.
 */
function _own(table: Readonly<Record<string, readonly string[]>>, key: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * The concept words of one word that needs no context: the lexicon, else a folded plural, else a
 * known concept or stopword as itself, else an abbreviation (abbreviations.ts), else itself.
 */
/** The concepts of one word read without context, and whether it was read as a typo (internal). */
export function _lookupTyped(word: string): { readonly concepts: readonly string[]; readonly typo: boolean } {
  const direct = _own(TERMS, word);
  if (direct) return { concepts: direct, typo: false };
  if (word.length > 3 && word.endsWith('s')) {
    if (word.endsWith('es')) {
      const stem = word.slice(0, -2);
      const hit = _own(TERMS, stem) ?? (KNOWN.has(stem) ? [stem] : undefined);
      if (hit) return { concepts: hit, typo: false };
    }
    const stem = word.slice(0, -1);
    const hit = _own(TERMS, stem) ?? (KNOWN.has(stem) ? [stem] : undefined);
    if (hit) return { concepts: hit, typo: false };
  }
  if (KNOWN.has(word) || STOPWORDS.has(word) || AGGREGATE_WORDS.has(word)) return { concepts: [word], typo: false };
  const short = _expandAbbreviation(word) ?? _splitGlued(word);
  if (short) return { concepts: short, typo: false };
  const typo = _typo(word);
  if (typo) return { concepts: typo, typo: true };
  const glued = _splitDictionary(word);
  return glued ? { concepts: glued, typo: false } : { concepts: [word], typo: false };
}

/**
 * Everyday words of data dictionaries that glued names are made of besides the lexicon's own
 * (`immigrationstatuscode`, `hasssn`, `preferredlanguagecode`).
 */
const GLUE_WORDS = [
  'code', 'type', 'status', 'has', 'flag', 'ind', 'indicator', 'number', 'date', 'desc', 'name', 'value', 'verified', 'valid',
  'text', 'current', 'other', 'list', 'info', 'primary', 'secondary', 'spoken', 'written', 'applicant', 'client', 'contact',
  'person', 'member', 'head', 'student', 'parent', 'guardian', 'spouse', 'child', 'issue', 'issued', 'issuing', 'expiration',
  'expiry', 'exp', 'entry', 'received', 'provided', 'proof', 'last', 'four', 'full', 'masked', 'state', 'country', 'city',
];
/** Segments of two letters a glued name may contain. */
const GLUE_SHORT = new Set(['id', 'cd', 'dt', 'no', 'yn', 'is', 'of', 'de']);
/** Words too general to make a glued name worth reading: a split must also contain a word some rule is written in. */
const GLUE_GENERIC = new Set([
  'us', 'status', 'number', 'type', 'code', 'card', 'work', 'home', 'place', 'year', 'need', 'well', 'level', 'other', 'first',
  'second', 'read', 'write', 'live', 'came', 'where', 'state', 'city', 'town', 'country', 'date', 'id', 'legal', 'family', 'mixed',
  'public', 'national', 'foreign', 'service', 'page', 'site', 'class', 'notice', 'mail', 'contact', 'need', 'skills', 'ability',
]);
/** Short pieces that may carry a glued name on their own (`hasssn`). */
const GLUE_SHORT_CORE = new Set(['ssn', 'itin']);
/** Stopwords that may start a glued name (`hasssn`, `isuscitizen`). */
const GLUE_LEADING = new Set(['has', 'is']);
const GLUE_DICTIONARY = new Set<string>();
const GLUE_CORE = new Set<string>();
for (const rule of RULES) for (const w of rule.all) if (!GLUE_GENERIC.has(w)) GLUE_CORE.add(w);
for (const w of [...KNOWN, ...Object.keys(TERMS), ...STOPWORDS, ...GLUE_WORDS]) {
  if (/^[a-z]+$/.test(w) && (w.length >= 3 || GLUE_SHORT.has(w))) GLUE_DICTIONARY.add(w);
}
const GLUE_CACHE = new Map<string, readonly string[] | null>();

/**
 * The split of `word` into the fewest pieces that `isPiece` accepts (pieces of at most `longest`
 * letters; `isPiece` gets the piece and its range [j, i) in `word`), every letter covered; undefined
 * when there is none. Dynamic programming over the prefixes, so the longest matches win.
 * @example fewestPieces('hasssn', 40, (p) => ['has', 'ssn'].includes(p)) // ['has', 'ssn']
 */
function fewestPieces(word: string, longest: number, isPiece: (piece: string, j: number, i: number) => boolean): string[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces covering word[0, i); from[i]: where its last piece starts.
  const best: number[] = new Array(n + 1).fill(Infinity);
  const from: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - longest); j < i; j++) {
      if (best[j]! + 1 < best[i]! && isPiece(word.slice(j, i), j, i)) {
        best[i] = best[j]! + 1;
        from[i] = j;
      }
    }
  }
  if (best[n] === Infinity) return undefined;
  const pieces: string[] = [];
  for (let i = n; i > 0; i = from[i]!) pieces.unshift(word.slice(from[i]!, i));
  return pieces;
}

/**
 * A lower-case name written without separators (`immigrationstatuscode`, `hasssn`, `birthstate`,
 * a Dynamics or Salesforce column after its publisher prefix): split into words of the classifier's
 * own vocabulary, fewest pieces first (so longest matches), every letter covered. The split is kept
 * only when one piece is a word some rule is written in (not a generic `status` or `code`), so that
 * an ordinary word is not read as a sentence.
 */
function _splitDictionary(word: string): readonly string[] | undefined {
  if (word.length < 6 || word.length > 40 || !/^[a-z]+$/.test(word)) return undefined;
  const cached = GLUE_CACHE.get(word);
  if (cached !== undefined) return cached ?? undefined;
  let result: readonly string[] | null = null;
  const pieces = fewestPieces(word, word.length, (piece) => GLUE_DICTIONARY.has(piece));
  if (pieces !== undefined && pieces.length >= 2 && pieces.length <= 5) {
    const concepts = pieces.flatMap((p) => [..._lookupTyped(p).concepts]);
    // A core piece of four letters or more (or the SSN), no other short core piece and no stopword
    // prefix ("con", "for"): `conciudadano`, `hablantin` and `cobweb` are words, not glued names.
    const isCore = (p: string) => _lookupTyped(p).concepts.some((c) => GLUE_CORE.has(c));
    const core = pieces.some((p) => (p.length >= 4 || GLUE_SHORT_CORE.has(p)) && isCore(p));
    const shortCore = pieces.some((p) => p.length < 4 && !GLUE_SHORT_CORE.has(p) && isCore(p));
    const prefix = STOPWORDS.has(pieces[0]!) && !GLUE_LEADING.has(pieces[0]!);
    if (core && !shortCore && !prefix) result = concepts;
  }
  if (GLUE_CACHE.size < 10_000) GLUE_CACHE.set(word, result);
  return result ?? undefined;
}

/**
 * Data-dictionary suffixes and connectors of squashed mainframe names (COBOL copybooks, DB2 columns
 * of 8 to 10 capitals): `NUM`, `NO`, `NBR` number; `CD`, `CDE`, `C` code; `DT` date; `IND`, `FLG`,
 * `YN` flag; `TXT`, `DESC`, `ID`, `AMT`, `QTY`; and the connectors `IN`, `OF`, `DE` (`YRSINUSA`).
 */
const MAINFRAME_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  num: ['number'], numb: ['number'], no: ['number'], nbr: ['number'], nmbr: ['number'], cd: ['code'], cde: ['code'], c: ['code'], dt: ['date'],
  ind: ['flag'], flg: ['flag'], yn: ['flag'], txt: ['text'], desc: ['desc'], id: ['id'], amt: ['amount'], qty: ['quantity'],
  in: [], of: [], de: [],
};
/**
 * Short pieces of mainframe names that the lexicon leaves to context elsewhere: `SS` (Social
 * Security, before a number), `US`/`USA`, `ENTR` (entry), `DENOM` (denomination), `PRM` (primary,
 * only next to a language: see {@link _splitMainframe}).
 */
const MAINFRAME_PIECES: Readonly<Record<string, readonly string[]>> = {
  ss: ['socialsecurity'], us: ['us'], usa: ['us'], entr: ['entry'], entry: ['entry'], denom: ['denomination'], prm: ['primary'],
};
/**
 * Capitalized words of the English and Spanish word lists (/usr/share/dict) that the mainframe
 * segmentation would read as a sensitive name; they are left alone. Found by running both lists
 * through {@link _splitMainframe} in capitals (test/audit/generalization.test.ts repeats the check).
 */
const MAINFRAME_REFUSED = new Set<string>(['lepidus', 'lepus', 'intrusted', 'intrusa', 'entreoir', 'hablantin', 'tintin']);
const MAINFRAME_CACHE = new Map<string, readonly string[] | null>();
const CONNECTORS = new Set(['in', 'of', 'de']);

/** The concepts of one piece of a mainframe name, and whether it carries meaning (not a suffix). */
function _mainframePiece(piece: string): { readonly concepts: readonly string[]; readonly core: boolean; readonly strong?: boolean } | undefined {
  const suffix = _own(MAINFRAME_SUFFIXES, piece);
  if (suffix) return { concepts: suffix, core: false };
  const own = _own(MAINFRAME_PIECES, piece);
  if (own) return { concepts: own, core: true, strong: own[0] === 'socialsecurity' };
  if (piece.length < 3) return undefined;
  const term = _own(TERMS, piece) ?? (KNOWN.has(piece) ? [piece] : undefined) ?? _expandAbbreviation(piece);
  if (term) return { concepts: term, core: term.some((c) => MAINFRAME_CORE.has(c)), strong: term.some((c) => GLUE_CORE.has(c)) };
  if (GLUE_DICTIONARY.has(piece)) return { concepts: [piece], core: false };
  return undefined;
}
/** Concepts that give a piece of a mainframe name meaning: the words of rules and phrases, except the generic suffix words. */
const MAINFRAME_CORE = new Set<string>();
for (const rule of RULES) for (const w of rule.all) MAINFRAME_CORE.add(w);
for (const [words] of PHRASES) for (const w of words) MAINFRAME_CORE.add(w);
for (const w of ['number', 'code', 'date', 'type', 'status', 'id', 'card', 'flag', 'text', 'desc', 'amount', 'quantity']) MAINFRAME_CORE.delete(w);

/**
 * A mainframe name squashed to 5–10 capitals without separators (`SSNUMBER`, `PASPTNUM`, `DRVLICNO`,
 * `USENTRDT`, `YRSINUSA`, `PRMLANGC`, `RELGNCDE`, `RLGDENOM`): segmented by dynamic programming
 * into pieces that are the classifier's words, their truncations and consonant skeletons
 * (abbreviations.ts), and data-dictionary suffixes ({@link MAINFRAME_SUFFIXES}), fewest pieces
 * first, every letter covered. Guards against false splits of ordinary words written in capitals:
 * the caller uses it only for an all-capitals text and a word the lexicon does not know; at least
 * two pieces must carry a concept some rule or phrase is written in, or one piece of four letters
 * or more a word no rule treats as generic (`SSNUMBER`: `SS` + `NUMBER` names the Social Security number); words of the
 * English and Spanish word lists that would still split are refused ({@link MAINFRAME_REFUSED}).
 * `PRM` is read as "primary" only next to a language.
 */
export function _splitMainframe(word: string): readonly string[] | undefined {
  if (word.length < 5 || word.length > 10 || !/^[a-z]+$/.test(word) || MAINFRAME_REFUSED.has(word)) return undefined;
  const cached = MAINFRAME_CACHE.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const n = word.length;
  let result: readonly string[] | null = null;
  const pieces = fewestPieces(word, 10, (piece, j, i) =>
    // A one-letter code suffix only ends a name (`PRMLANGC`); a connector never starts one (`DECREED`, `INCULTO`).
    !((piece === 'c' && i !== n) || (j === 0 && CONNECTORS.has(piece))) && _mainframePiece(piece) !== undefined,
  );
  if (pieces !== undefined && pieces.length >= 2 && pieces.length <= 4) {
    const read = pieces.map((p) => _mainframePiece(p)!);
    const cores = pieces.filter((_, k) => read[k]!.core);
    const strong = pieces.some((p, k) => read[k]!.strong === true && p.length >= 4);
    const language = read.some((r) => r.concepts.includes('language'));
    const prmAlone = pieces.includes('prm') && !language;
    const ssAlone = pieces.includes('ss') && !read.some((r) => r.concepts.includes('number'));
    if ((cores.length >= 2 || strong || pieces[0] === 'ss') && !prmAlone && !ssAlone) {
      result = read.flatMap((r) => [...r.concepts]);
    }
  }
  if (MAINFRAME_CACHE.size < 10_000) MAINFRAME_CACHE.set(word, result);
  return result ?? undefined;
}

function _lookup(word: string): readonly string[] {
  return _lookupTyped(word).concepts;
}

const VOWEL_AFTER_FIRST = /^.[^aeiou]*[aeiou]/;

/**
 * Two vowel-less short forms written together (`FRGNBRN`, `BRTHPLC`, `BRTHCNTRY`): the concepts
 * of both halves, when each half is a lexicon abbreviation or a skeleton of its own.
 */
function _splitGlued(word: string): readonly string[] | undefined {
  if (word.length < 6 || VOWEL_AFTER_FIRST.test(word) || !/^[a-z]+$/.test(word)) return undefined;
  for (let k = 3; k <= word.length - 3; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (VOWEL_AFTER_FIRST.test(right)) continue;
    const a = _own(TERMS, left) ?? _expandAbbreviation(left);
    const b = _own(TERMS, right) ?? _expandAbbreviation(right);
    if (a && b) return [...a, ...b];
  }
  return undefined;
}

const IS_NUMBER = /^\p{N}+$/u;

/** A lone letter or number that no context gave a meaning: it is dropped. */
function _meaningless(word: string): boolean {
  return word.length === 1 || IS_NUMBER.test(word);
}

/**
 * The index of the word at which "What country are you from?", "Where is your family originally
 * from?", "¿De dónde es usted?" or "¿De qué país viene?" asks where a person comes from, or -1.
 * "Where are you calling from?" and "What country is the product from?" do not: only the person,
 * "originally" and the verbs "be" and "come" may stand between the question word and "from".
 */
function _originQuestion(tokens: readonly _Token[]): number {
  const words = tokens.map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'from') {
      let verb = false;
      for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
        const w = words[j]!;
        if (BE_COME.has(w)) verb = true;
        else if (w === 'where' || w === 'country' || w === 'nation' || w === 'countries') return verb ? i : -1;
        else if (!ORIGIN_FILLER.has(w)) break;
      }
    }
    // Spanish: "de dónde" / "de qué país" + ser/venir + the person.
    if (words[i] === 'de' && (words[i + 1] === 'donde' || ((words[i + 1] === 'que' || words[i + 1] === 'cual') && words[i + 2] === 'pais'))) {
      const at = words[i + 1] === 'donde' ? i + 1 : i + 2;
      if (!BE_COME.has(words[at + 1] ?? '')) continue;
      let k = at + 2;
      while (k < words.length && ORIGIN_FILLER.has(words[k]!)) k++;
      if (k === words.length) return at;
    }
  }
  return -1;
}

function _near(tokens: readonly _Token[], i: number, set: ReadonlySet<string>, span = 2): boolean {
  for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
    if (j !== i && set.has(tokens[j]!.norm)) return true;
  }
  return false;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nunca', 'jamas', 'wont', 'dont', 'doesnt']);
/** Verbs of asking or collecting, English and Spanish (future and present forms). */
const ASK_VERBS = new Set([
  'ask', 'asks', 'asked', 'asking', 'collect', 'collected', 'collects', 'request', 'requested', 'inquire', 'inquired',
  'pregunta', 'preguntara', 'preguntaran', 'preguntaremos', 'preguntamos', 'preguntar', 'pedira', 'pediremos', 'pedimos', 'pedir',
  'solicitara', 'solicitaremos', 'solicitamos', 'recopila', 'recopilamos', 'recopilaremos',
]);
const ENGLISH_ASK = new Set(['ask', 'asks', 'asked', 'asking', 'collect', 'collected', 'collects', 'request', 'requested', 'inquire', 'inquired']);
/** Verbs of passing on what a form holds, for a notice that it will not be passed on. */
const SHARE_VERBS = new Set([
  'shared', 'share', 'disclosed', 'disclose', 'released', 'release', 'sold', 'reported', 'report', 'given', 'sent', 'forwarded',
  'compartira', 'compartiran', 'compartiremos', 'compartida', 'compartido', 'divulgara', 'divulgaremos', 'revelara', 'revelaremos',
  'entregara', 'entregaremos', 'reportara', 'reportaremos', 'enviara', 'enviaremos',
]);
const ENGLISH_SHARE = new Set(['shared', 'share', 'disclosed', 'disclose', 'released', 'release', 'sold', 'reported', 'report', 'given', 'sent', 'forwarded']);
/** What may stand between the negation and the verb: "will not be asked", "no se le preguntará", "won't ever ask". */
const ASK_FILLER = new Set([
  'will', 'be', 'is', 'are', 'we', 'you', 'ever', 'le', 'les', 'se', 'lo', 'la', 'te', 'do', 'does', 'did', 'shall', 't', 'won', 'don',
  'doesn', 'usted', 'ustedes', 'sera', 'seran', 'been', 'being', 'es', 'son',
]);

/** Finite verbs of needing or requiring (the negated notice "you do not need", "no requieren"). */
const NEED_VERBS = new Set([
  'need', 'needs', 'require', 'requires', 'necesita', 'necesitan', 'necesitas', 'requiere', 'requieren', 'exige', 'exigen',
  'pide', 'piden', 'solicita', 'solicitan',
]);
const ENGLISH_NEED = new Set(['need', 'needs', 'require', 'requires']);
const COPULAS = new Set(['is', 'are', 'es', 'son', 'be', 'sera', 'seran']);
/** Words that say a thing is a requirement. */
const REQUIREMENT_WORDS = new Set([
  'required', 'needed', 'necessary', 'mandatory', 'necesario', 'necesaria', 'obligatorio', 'obligatoria', 'requerido', 'requerida',
]);
const REQUIREMENT_NOUNS = new Set(['requirement', 'requirements', 'requisito', 'requisitos', 'condition', 'condicion']);
/** What a thing is not required for: "to apply", "para solicitar". */
const PURPOSE_VERBS = new Set([
  'apply', 'enroll', 'register', 'receive', 'obtain', 'get', 'qualify', 'participate', 'access', 'use', 'solicitar', 'recibir',
  'inscribirse', 'inscribir', 'obtener', 'participar', 'calificar', 'acceder', 'usar', 'aplicar', 'eligibility', 'elegibilidad',
]);

/**
 * True when `text` says that something will not be asked, collected or required: "Immigration
 * status will not be asked", "We never ask about citizenship", "No le preguntaremos sobre su estatus
 * migratorio", "You do not need an SSN to apply", "Status is not an eligibility requirement". Such a
 * notice collects nothing (internal). A label's "(not required)" is not a notice: it needs a copula.
 */
export function _notAsked(text: string): boolean {
  const words = _tokenize(text).map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    if (!NEGATORS.has(words[i]!) && !(words[i] === 't' && (words[i - 1] === 'won' || words[i - 1] === 'don' || words[i - 1] === 'doesn'))) continue;
    let k = i + 1;
    while (k < words.length && k <= i + 4 && ASK_FILLER.has(words[k]!)) k++;
    // "no" is also "number" ("Passport No. requested"): only the Spanish verbs follow it.
    if (ASK_VERBS.has(words[k] ?? '') && !(words[i] === 'no' && ENGLISH_ASK.has(words[k]!))) return true;
    // "will not be shared with the landlord", "no se compartirá": a promise about what is already
    // held, in a future or passive form (a bare "(not shared)" beside a field still collects).
    if (SHARE_VERBS.has(words[k] ?? '') && k > i + 1 && !(words[i] === 'no' && ENGLISH_SHARE.has(words[k]!))) return true;
    // "You do not need an SSN", "No necesita número de Seguro Social", "no requieren prueba de
    // ciudadanía": a finite verb of needing after the negation (not "I don't need", an answer).
    if (NEED_VERBS.has(words[k] ?? '') && !(words[i] === 'no' && ENGLISH_NEED.has(words[k]!)) && words[i - 1] !== 'i' && words[i - 2] !== 'i') return true;
    // "Status is not an eligibility requirement", "is not required to apply", "no es necesario
    // para solicitar": a copula next to the negation, then a requirement noun, or a requirement
    // adjective followed by what it is not required for. A label's "(not required)" or "(no es
    // obligatorio)" is a field that still collects, optionally.
    const copula = COPULAS.has(words[i - 1] ?? '') || COPULAS.has(words[i + 1] ?? '');
    if (copula) {
      for (let q = i + 1; q <= Math.min(words.length - 1, i + 5); q++) {
        if (REQUIREMENT_NOUNS.has(words[q]!)) return true;
        if (!REQUIREMENT_WORDS.has(words[q]!)) continue;
        for (let r = q + 1; r <= Math.min(words.length - 1, q + 8); r++) if (PURPOSE_VERBS.has(words[r]!)) return true;
      }
    }
  }
  return false;
}

/** Spanish imperatives of contact with the enclitic "me": llámeme, escríbame, envíeme, contácteme, textéame. */
const CONTACT_ME = /^(?:llam|escrib|envi|mand|habl|contact|text|comuniq)[a-z]*me$/;
/**
 * Whether the words just before `inAt` ("in"/"en") ask to be contacted: "me" after a verb within
 * three words ("text me", "please call me"), or a Spanish imperative with "-me".
 */
function _contactedInLanguage(tokens: readonly _Token[], inAt: number): boolean {
  for (let j = inAt - 1; j >= Math.max(0, inAt - 3); j--) {
    const w = tokens[j]!.norm;
    if ((w === 'me' && j > 0) || CONTACT_ME.test(w)) return true;
  }
  return false;
}

/** The concepts of `text`, in order, stopwords removed and phrases joined (internal). */
export function _concepts(text: string): _Concept[] {
  // A URL (a FHIR extension, a schema $id): its host names no concept ("hl7.org"), its path does.
  const host = URL_HOST.exec(text);
  const tokens = host ? _tokenize(text).filter((t) => t.start >= host[0].length) : _tokenize(text);
  const words: _Concept[] = [];
  const oneRun = tokens.length > 0 && tokens.every((t, k) => k === 0 || t.start === tokens[k - 1]!.end);
  if (tokens.length > 0 && (tokens.length <= 2 || (oneRun && tokens.length <= 4))) {
    const whole = tokens.map((t) => t.norm).join('');
    // An ordinary English word is a survey variable only in capitals (`DECADE`, not `decade`).
    const survey = SURVEY_WORDS.has(whole) && /\p{Ll}/u.test(text) ? undefined : _own(SURVEY_VARIABLES, whole);
    const sap = survey ?? (/\p{Ll}/u.test(text) ? undefined : _own(SAP_HR_FIELDS, whole));
    if (sap) return sap.map((word) => ({ word, start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end }));
  }
  const push = (list: readonly string[], start: number, end: number) => {
    for (const word of list) words.push({ word, start, end });
  };
  const immunization = tokens.some((t) => t.norm.startsWith('immun') || t.norm.startsWith('vacc') || t.norm.startsWith('vax'));
  const origin = _originQuestion(tokens);
  const mixedCase = /\p{Ll}/u.test(text);
  /** Index → the concepts it reads as, decided by a word before it ("language of the notice"). */
  const forced = new Map<number, readonly string[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const prev = tokens[i - 1]?.norm;
    const next = tokens[i + 1]?.norm;
    const nextEnd = tokens[i + 1]?.end ?? t.end;
    const forcedHere = forced.get(i);
    if (forcedHere) {
      push(forcedHere, t.start, t.end);
      continue;
    }
    if (i === origin) {
      push(['comesfrom'], t.start, t.end);
      if (w !== 'from') push(_lookup(w), t.start, t.end);
      continue;
    }
    // "U.S.", "U.S.A.", "EE.UU.", "United States", "Estados Unidos": the country.
    if (w === 'u' && next === 's') {
      const third = tokens[i + 2]?.norm === 'a';
      push(['us'], t.start, third ? tokens[i + 2]!.end : nextEnd);
      i += third ? 2 : 1;
      continue;
    }
    if ((w === 'ee' && next === 'uu') || (w === 'united' && next === 'states') || (w === 'estados' && next === 'unidos')) {
      push(['us'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'usa' || w === 'eeuu') {
      push(['us'], t.start, t.end);
      continue;
    }
    if (w === 'us') {
      if (prev === undefined || !US_PRONOUN_PREV.has(prev)) push(['us'], t.start, t.end);
      continue;
    }
    if (w === '#') {
      push(['number'], t.start, t.end);
      continue;
    }
    // "A-Number", "A#", "A_NO": the alien registration number, unless "a" is the article.
    if (w === 'a') {
      if (next !== undefined && NUMBER_WORDS.has(next)) {
        const ok = prev === undefined || A_PREV_OK.has(prev) || (STRONG_NUMBER_WORDS.has(next) && !A_PREV_BAD.has(prev));
        if (ok) {
          push(['anumber'], t.start, nextEnd);
          i++;
        }
      }
      continue;
    }
    // "I-94", "I-765", "N-400": USCIS forms.
    if ((w === 'i' && next !== undefined && USCIS_FORMS.has(next)) || (w === 'n' && next !== undefined && N_FORMS.has(next))) {
      push(['uscisform'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'ss' && next !== undefined && NUMBER_WORDS.has(next)) {
      push(['ssn'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'sec') {
      push([prev === 'soc' || prev === 'social' ? 'security' : 'sec'], t.start, t.end);
      continue;
    }
    if (w === 'cit') {
      push([tokens.length === 1 || _near(tokens, i, CIT_CONTEXT) ? 'citizenship' : 'citation'], t.start, t.end);
      continue;
    }
    if (w === 'nat') {
      let concept = 'nat';
      if (tokens.length === 1 || _near(tokens, i, NAT_NATIONALITY, 1)) concept = 'nationality';
      if (_near(tokens, i, NAT_NATIONAL, 1)) concept = 'national';
      if (_near(tokens, i, NAT_NATURAL, 1)) concept = 'natural';
      push([concept], t.start, t.end);
      continue;
    }
    if (w === 'imm') {
      push([!immunization && _near(tokens, i, IMM_CONTEXT) ? 'immigration' : 'imm'], t.start, t.end);
      continue;
    }
    if (w === 'eng' || w === 'engl') {
      push([_near(tokens, i, ENG_CONTEXT) ? 'english' : w], t.start, t.end);
      continue;
    }
    if (w === 'prof') {
      push([_near(tokens, i, PROF_CONTEXT) ? 'proficiency' : 'prof'], t.start, t.end);
      continue;
    }
    if (w === 'dl') {
      push([_near(tokens, i, DL_CONTEXT) ? 'driverslicense' : 'dl'], t.start, t.end);
      continue;
    }
    if (w === 'nac') {
      push([_near(tokens, i, NAC_BIRTH) ? 'birth' : tokens.length === 1 ? 'nationality' : 'nac'], t.start, t.end);
      continue;
    }
    // "ICE detainer", "ICE hold": the agency; "ice rink": not. "ICE" in capitals in a mixed-case question: the agency.
    if (w === 'ice') {
      const agency = _near(tokens, i, ICE_CONTEXT) || (mixedCase && text.slice(t.start, t.end) === 'ICE');
      push([agency ? 'immigration' : 'ice'], t.start, t.end);
      continue;
    }
    if (w === 'prc' || (w === 'pr' && (next === 'card' || next === 'crd'))) {
      push([w === 'pr' || _near(tokens, i, PRC_CONTEXT, 1) ? 'permanentresident' : 'prc'], t.start, t.end);
      continue;
    }
    if (w === 'aln') {
      push([_near(tokens, i, ALN_CONTEXT) ? 'alien' : 'aln'], t.start, t.end);
      continue;
    }
    if ((w === 'lng' || w === 'lon' || w === 'long') && _near(tokens, i, GEO_CONTEXT)) {
      push(['longitude'], t.start, t.end);
      continue;
    }
    // "BIRTH_ST_CD": a state next to a birth; elsewhere `st` is a street.
    if (w === 'st' && _near(tokens, i, BIRTH_WORDS)) {
      push(['state'], t.start, t.end);
      continue;
    }
    // "How long have you lived...", "¿Cuánto tiempo...?": a duration, like "how many years".
    if ((w === 'how' && next === 'long') || ((w === 'cuanto' || w === 'cuantos') && next === 'tiempo')) {
      push(['year'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'lng' && next === 'term') {
      push(['long'], t.start, t.end); // "LNG_TERM_CARE": long-term
      continue;
    }
    if (w === 'el' && next !== undefined && EL_CONTEXT.has(next)) {
      push(['ell'], t.start, t.end);
      continue;
    }
    if ((w === 'ine' || w === 'ife') && (tokens.length === 1 || _near(tokens, i, INE_CONTEXT, 3))) {
      push(['nationalid'], t.start, t.end);
      continue;
    }
    // "Section 214" of the Housing and Community Development Act: HUD's immigration status rules.
    if (w === 'section' && next === '214') {
      push(['section214'], t.start, nextEnd);
      i++;
      continue;
    }
    // Identity and tax acronyms that are also words or common abbreviations: Guatemala's and
    // Colombia's NIT and Honduras's RTN (a tax number; `rtn` is also "return"), Spain's TIE (a
    // foreigner's card), the DELE Spanish diploma ("dele" is also "give him"). Read only in capitals
    // inside mixed-case text, or next to a word of numbers, holders or documents (`nit_solicitante`);
    // RTN, also the English "return" in capitals ("Return (RTN) date"), only next to such a word.
    const acronym = _own(ID_ACRONYMS, w);
    const capitalsOk = mixedCase && w !== 'rtn' && text.slice(t.start, t.end) === w.toUpperCase();
    if (acronym && (capitalsOk || _near(tokens, i, ID_ACRONYM_CONTEXT, 2))) {
      push(acronym, t.start, t.end);
      continue;
    }
    // Acronyms that are also ordinary words: Chile's RUN and RUT, the refugee case system WRAPS.
    // Read only in capitals inside mixed-case text, or next to a case, number or ID word.
    if (w === 'run' || w === 'rut' || w === 'wraps') {
      const capitals = text.slice(t.start, t.end) === w.toUpperCase();
      if ((capitals && mixedCase) || _near(tokens, i, w === 'wraps' ? WRAPS_CONTEXT : RUN_CONTEXT, 1)) {
        push(w === 'wraps' ? ['wrapscase'] : w === 'rut' ? ['taxid'] : ['nationalid'], t.start, t.end);
        continue;
      }
    }
    // (Im)migration status abbreviated: `estatus_mig`, `estatus_migr_cd`.
    if ((w === 'mig' || w === 'migr') && _near(tokens, i, MIG_CONTEXT)) {
      push(['immigration'], t.start, t.end);
      continue;
    }
    // `num_seg_social`, `NUM_SEG_SOC`: "seguro social".
    if (w === 'seg' && _near(tokens, i, SEG_CONTEXT, 1)) {
      push(['insurance'], t.start, t.end);
      continue;
    }
    // `natl_cd`, `natl_ctry`: nationality, like `nat`; `natl_id` stays national.
    if (w === 'natl' && _near(tokens, i, NAT_NATIONALITY, 1) && !_near(tokens, i, NAT_NATIONAL, 1)) {
      push(['nationality'], t.start, t.end);
      continue;
    }
    // `st_id_nbr`: a state ID number.
    if (w === 'st' && next === 'id' && STATE_ID_CONTEXT.has(tokens[i + 2]?.norm ?? '')) {
      push(['stateid'], t.start, nextEnd);
      i++;
      continue;
    }
    // `mtrc_cnslr_nbr`: matrícula consular.
    if ((w === 'mtrc' || w === 'mtrcl' || w === 'matric') && (next === 'cnslr' || next === 'consular' || next === 'cons')) {
      push(['consularid'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'nid' && (tokens.length === 1 || _near(tokens, i, NID_CONTEXT, 1))) {
      push(['nationalid'], t.start, t.end);
      continue;
    }
    if ((w === 'dui' || w === 'dpi') && _near(tokens, i, CENTRAL_AMERICAN_ID_CONTEXT, 2)) {
      push(['nationalid'], t.start, t.end);
      continue;
    }
    if (w === 'nra' && _near(tokens, i, NRA_CONTEXT)) {
      push(['nonresidentalien'], t.start, t.end);
      continue;
    }
    // SAVE: "SAVE step 2" (USCIS's additional verification steps), "SAVE case number".
    if (w === 'save' && ((next === 'step' && /^[123]$/.test(tokens[i + 2]?.norm ?? '')) || _near(tokens, i, SAVE_CONTEXT))) {
      push(['savesystem'], t.start, t.end);
      continue;
    }
    // "AB 540" (California's non-resident tuition exemption), "5-year bar", "F-1 student".
    if (w === 'ab' && next === '540') {
      push(['ab540'], t.start, nextEnd);
      i++;
      continue;
    }
    // Form 1040-NR, the U.S. return of a non-resident alien.
    if (w === '1040' && next === 'nr') {
      push(['nonresidentalien'], t.start, nextEnd);
      i++;
      continue;
    }
    if ((w === '5' || w === 'cinco') && (next === 'yr' || next === 'year' || next === 'years' || next === 'ano' || next === 'anos')) {
      push(['five'], t.start, t.end);
      continue;
    }
    if ((w === 'f' || w === 'j' || w === 'm') && next === '1' && _near(tokens, i, STUDENT_VISA_CONTEXT, 3)) {
      push(['visa'], t.start, nextEnd);
      i++;
      continue;
    }
    if (w === 'fe' && _near(tokens, i, FE_CONTEXT, 2)) {
      push(['faith'], t.start, t.end);
      continue;
    }
    if (GERMAN_BIRTH.has(w) && (next === 'land' || next === 'ort' || next === 'staat')) {
      push(next === 'land' ? ['country', 'birth'] : next === 'ort' ? ['place', 'birth'] : ['state', 'birth'], t.start, nextEnd);
      i++;
      continue;
    }
    // `BRTH_CTY`: a city next to a birth; `sr_ctzn`: a senior citizen.
    if (w === 'cty' && _near(tokens, i, BIRTH_WORDS)) {
      push(['city'], t.start, t.end);
      continue;
    }
    if (w === 'sr' && (next === 'ctzn' || next === 'citizen' || next === 'cit')) {
      push(['senior'], t.start, t.end);
      continue;
    }
    if (w === 'e' && next === 'verify') {
      push(['everify'], t.start, nextEnd);
      i++;
      continue;
    }
    const typed = _lookupTyped(w);
    // A squashed mainframe name in capitals (`PASPTNUM`): read before a typo or a plain unknown word.
    if (!mixedCase && (typed.typo || (typed.concepts.length === 1 && typed.concepts[0] === w))) {
      const mainframe = _splitMainframe(w);
      if (mainframe) {
        push(mainframe, t.start, t.end);
        continue;
      }
    }
    const { concepts, typo } = typed;
    // "Text me in Spanish", "Call me in Vietnamese", "Llámeme en español": a person asking to be
    // contacted in a language, read like "receive mail in" (a bare "Text in Spanish" is a document's).
    if (concepts.includes('namedlanguage') && (prev === 'in' || prev === 'en') && _contactedInLanguage(tokens, i - 1)) {
      push(['receive'], t.start, t.end);
    }
    // "Language of the notice (sent)", "Idioma del aviso": the notice's language, not the person's.
    if (concepts.includes('language') && (next === 'of' || next === 'de' || next === 'del')) {
      let k = i + 2;
      if (DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
      if (DOCUMENT_NOUNS.has(tokens[k]?.norm ?? '')) forced.set(k, ['document']);
    }
    // "Born in Puerto Rico", "¿Nació usted en México?": born in a named place.
    if (concepts.includes('born')) {
      let k = i + 1;
      while (k < tokens.length && BORN_FILLER.has(tokens[k]!.norm)) k++;
      const inWord = tokens[k]?.norm;
      if (inWord === 'in' || inWord === 'en') {
        let p = k + 1;
        if (DETERMINERS.has(tokens[p]?.norm ?? '')) p++;
        const place = tokens[p];
        // A capital after a lower-case "in" names a place ("born in Puerto Rico"); in Title Case it says nothing.
        const named = mixedCase && !IS_CAPITALIZED.test(text.slice(tokens[k]!.start, tokens[k]!.end)) && IS_CAPITALIZED.test(text.slice(place?.start ?? 0, place?.end ?? 0));
        if (place && (PLACE_NAMES.has(place.norm) || (named && !IS_NUMBER.test(place.norm)))) {
          push(concepts, t.start, t.end);
          push(['place'], place.start, place.end);
          forced.set(p, []);
          continue;
        }
      }
    }
    if (_meaningless(w)) continue;
    if (typo) {
      for (const word of concepts) words.push({ word, start: t.start, end: t.end, typo: true });
      continue;
    }
    push(concepts, t.start, t.end);
  }
  const kept = words.filter((c) => !STOPWORDS.has(c.word));
  return _joinPhrases(kept);
}

const PHRASES_LONGEST_FIRST = [...PHRASES].sort((a, b) => b[0].length - a[0].length);

/** Joins multi-word concepts, longest first, until nothing changes (at most three passes). */
function _joinPhrases(concepts: _Concept[]): _Concept[] {
  let current = concepts;
  for (let pass = 0; pass < 3; pass++) {
    const out: _Concept[] = [];
    let changed = false;
    for (let i = 0; i < current.length; ) {
      let joined = false;
      for (const [words, concept] of PHRASES_LONGEST_FIRST) {
        if (i + words.length > current.length) continue;
        let match = true;
        for (let k = 0; k < words.length; k++) {
          if (current[i + k]!.word !== words[k]) {
            match = false;
            break;
          }
        }
        if (!match) continue;
        const typo = current.slice(i, i + words.length).some((c) => c.typo === true);
        out.push({ word: concept, start: current[i]!.start, end: current[i + words.length - 1]!.end, ...(typo ? { typo } : {}) });
        i += words.length;
        joined = true;
        changed = true;
        break;
      }
      if (!joined) {
        out.push(current[i]!);
        i++;
      }
    }
    current = out;
    if (!changed) break;
  }
  return current;
}
