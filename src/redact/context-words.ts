/**
 * The context words, in English and Spanish, that say what a nearby value is (`SSN`, `seguro
 * social`, `A#`, `fecha de nacimiento`) or what it is not (`order`, `caso`, `ZIP`, `tracking`).
 *
 * A word is written in lower case with single spaces; when matched, case, accents (`número` and
 * `numero`), and separators between words (`date of birth`, `date-of-birth`, `date_of_birth`) do
 * not matter. Each phrase names the types it supports, or is a negative label (an order, case or
 * tracking number...), or names another kind of date (for `DATE_OF_BIRTH`).
 * @module
 */
import { BIT } from './builtin-types.js';

/**
 * What a context phrase says.
 * @example CONTEXT_WORDS.get('order') // { positive: 0, negative: true, reach: 0, otherDate: false }
 */
export interface ContextWord {
  /** Types this phrase labels (bit mask of `BIT`); 0 for none. */
  readonly positive: number;
  /** A label of something that is not a protected identifier (order, case, ZIP, tracking...). */
  readonly negative: boolean;
  /**
   * For a negative label: how many words may stand between it and the value (0: it must label the
   * value directly; 2 for unambiguous ones such as `version` or `tracking number`).
   */
  readonly reach: number;
  /** A label of a date that is not a birth date (appointment, hearing, arrival...). */
  readonly otherDate: boolean;
  /**
   * A verb that labels only what comes after it (`born`, `nacida`, `evicted`): in `evicted
   * 11/20/2021, born June 3, 1959` the first date is not the one born.
   */
  readonly beforeOnly?: boolean;
  /** Extra condition on the matched text (e.g. `A number` only with a capital A). */
  readonly check?: (matched: string) => boolean;
}

const ID9 = BIT.SSN | BIT.ITIN;
/**
 * `A number`, `A #`, `número A`: written with a space, only a capital A makes them labels (English
 * "a number" is everywhere); `a-number` and `a#` are labels in any case.
 */
const capitalA = (m: string): boolean => !/\s/.test(m) || /(?:^|[^\p{L}])A(?:$|[^\p{L}])/u.test(m);

/**
 * Phrases by what they support. Where several phrases start at the same place, the longest wins
 * (`library card` is negative although `card` is positive; `fecha de nacimiento` is a birth date
 * although `fecha` is another date).
 */
const POSITIVE: readonly (readonly [number, readonly string[], ((m: string) => boolean)?])[] = [
  [
    ID9,
    [
      'ssn', 'ssn#', 'ss#', 's.s.n.', 's.s.n', 'ss no', 'ss no.', 'ss number', 'ss card', 'ssa',
      'social security', 'social security number', 'social security no', 'social security no.', 'social security card',
      'social sec', 'soc sec', 'soc. sec.', 'soc.sec.',
      'seguro social', 'número de seguro social', 'num. de seguro social', 'núm. de seguro social', 'no. de seguro social',
      'número del seguro social', 'tarjeta de seguro social', 'seguridad social', 'número de seguridad social',
      'itin', 'itin#', 'tin', 'taxpayer id', 'taxpayer identification', 'taxpayer identification number',
      'individual taxpayer identification number', 'tax id', 'tax id number', 'tax identification number', 'tax number',
      'número de identificación personal del contribuyente', 'número de identificación del contribuyente',
      'número de identificación fiscal', 'identificación fiscal', 'número itin', 'número de itin', 'número tin',
    ],
  ],
  [
    BIT.A_NUMBER,
    [
      'a-number', 'anumber', 'a-num', 'a-no', 'a-no.', 'a#', 'a-file', 'a-file number',
      'alien', 'alien number', 'alien no', 'alien no.', 'alien#', 'alien registration', 'alien registration number',
      'alien registration no', 'alien reg', 'alien reg.', 'alien reg no', 'alien reg. no.', 'alien id',
      'uscis number', 'uscis#', 'uscis no', 'uscis no.', 'uscis id', 'uscis a-number', 'registration number',
      'número de extranjero', 'núm. de extranjero', 'no. de extranjero', 'número de registro de extranjero',
      'registro de extranjero', 'número de registro de extranjeros', 'extranjero', 'número de residente',
      'immigration', 'immigration case', 'immigration court', 'immigration file', 'eoir', 'removal', 'deportation',
      'inmigración', 'corte de inmigración', 'caso de inmigración', 'deportación', 'asylum', 'asilo',
    ],
  ],
  [ID9, ['ss'], (m) => m === 'SS'],
  // `A number` and friends only with a capital A (English "a number" is everywhere).
  [BIT.A_NUMBER, ['a number', 'a #', 'a no.', 'número a', 'num. a', 'núm. a', 'no. a'], capitalA],
  [BIT.A_NUMBER, ['ice'], (m) => m === 'ICE'],
  [
    BIT.A_NUMBER | BIT.USCIS_RECEIPT,
    [
      'uscis', 'green card', 'green card number', 'permanent resident card', 'permanent resident', 'resident card',
      'lpr', 'tarjeta de residencia', 'tarjeta de residente', 'tarjeta verde', 'residencia permanente',
      'residente permanente', 'mica', 'ead', 'ead card', 'work permit', 'employment authorization',
      'employment authorization card', 'employment authorization document', 'permiso de trabajo', 'permiso de empleo',
      'i-551', 'i-766', 'i-797', 'i-797c', 'i797', 'notice of action', 'aviso de acción',
    ],
  ],
  [
    BIT.USCIS_RECEIPT,
    [
      'receipt', 'receipt number', 'receipt no', 'receipt no.', 'receipt#', 'uscis case', 'uscis case number', 'uscis receipt',
      'uscis receipt number',
      'case status', 'recibo', 'número de recibo', 'aviso de recibo', 'card number', 'card no', 'card no.', 'card#',
    ],
  ],
  [BIT.USCIS_RECEIPT | BIT.CREDIT_CARD | BIT.A_NUMBER, ['tarjeta', 'número de tarjeta']],
  [
    BIT.PASSPORT,
    [
      'passport', 'passport number', 'passport no', 'passport no.', 'passport#', 'pass. no.', 'ppt', 'ppt no.',
      'pasaporte', 'número de pasaporte', 'no. de pasaporte', 'núm. de pasaporte', 'pasaporte no.', 'pasaporte núm.',
      'passport card', 'passport card number', 'tarjeta de pasaporte',
    ],
  ],
  [
    BIT.PHONE,
    [
      'phone', 'phone number', 'phone no', 'phone no.', 'phone#', 'ph', 'ph.', 'ph#', 'telephone', 'tel', 'tel.', 'tel#',
      'cell', 'cell phone', 'cellphone', 'cell#', 'mobile', 'mobile number', 'fax', 'call', 'called', 'calls', 'calling',
      'call back', 'callback', 'text', 'texted', 'texts', 'sms', 'contact', 'contact number', 'reach', 'reached',
      'voicemail', 'whatsapp', 'hotline', 'helpline', 'dial', 'dialed',
      'teléfono', 'número de teléfono', 'núm. de teléfono', 'tel. móvil', 'celular', 'cel', 'cel.', 'móvil',
      'número de celular', 'llamar', 'llame', 'llamó', 'llamada', 'llamarle', 'llamarla', 'llamarlo', 'llámenos',
      'contacto', 'número de contacto', 'mensaje', 'marcar', 'marque', 'mandar mensaje', 'comunicarse',
    ],
  ],
  [
    BIT.DATE_OF_BIRTH,
    [
      'dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'birth', 'b-day', 'bday',
      'fecha de nacimiento', 'fecha de nac.', 'fecha nac.', 'fecha nac', 'f. nac.', 'f.nac.', 'f. nac', 'f.nac', 'fec. nac.',
      'fec. nac', 'fec nac', 'f. de nac.', 'f.n.', 'nacimiento', 'nacido', 'nacida', 'nacido el', 'nacida el', 'nació',
      'nacio', 'nacidos', 'nacidas', 'nacieron', 'cumpleaños', 'fdn', 'was born', 'born on',
      'nací', 'naci', 'nací el', 'nacimos', 'f/n', 'f. de nacimiento', 'fecha nacimiento', 'cumple',
      'b.', 'dobs', 'birthdates', 'birth dates', 'birthdays', 'fechas de nacimiento',
    ],
  ],
  [
    BIT.CREDIT_CARD,
    [
      'card', 'credit card', 'debit card', 'credit card number', 'debit card number', 'cc', 'cc#', 'cc no.', 'visa',
      'mastercard', 'master card', 'amex', 'american express', 'discover', 'jcb', 'diners', 'payment card',
      'tarjeta de crédito', 'tarjeta de débito', 'número de tarjeta de crédito', 'tdc',
    ],
  ],
  [
    BIT.IP_ADDRESS,
    [
      'ip', 'ip address', 'ip addr', 'ipv4', 'ipv6', 'ip#', 'dirección ip', 'ip de origen', 'host', 'server', 'servidor',
      'logged in from', 'login from', 'connected from', 'conectado desde', 'source ip', 'client ip',
    ],
  ],
];

/**
 * Labels of numbers that are not protected identifiers. They count only when they label the
 * value directly (`case 2024-118734`, not `case manager called 212-555-0143`), except those of
 * {@link STRONG_NEGATIVE}.
 */
const NEGATIVE: readonly string[] = [
  'order', 'order number', 'order no', 'order no.', 'order#', 'orden', 'número de orden', 'pedido', 'número de pedido',
  'case', 'case number', 'case no', 'case no.', 'case#', 'case id', 'caso', 'número de caso', 'núm. de caso', 'no. de caso',
  'ticket', 'ticket number', 'ticket#', 'boleto', 'incident', 'incidente', 'sr', 'sr#', 'sr no.', 'service request',
  'solicitud de servicio', 'complaint', 'queja', 'reclamo', 'report number', 'reporte', 'número de reporte',
  'zip', 'zip code', 'zipcode', 'zip+4', 'postal', 'postal code', 'código postal', 'cp', 'c.p.',
  'tracking', 'tracking number', 'tracking no', 'tracking no.', 'tracking#', 'rastreo', 'número de rastreo', 'seguimiento',
  'número de seguimiento', 'guía', 'número de guía', 'ups', 'usps', 'fedex', 'dhl', 'package', 'paquete', 'shipment',
  'envío', 'barcode', 'bar code', 'código de barras', 'library', 'library card', 'library card number', 'biblioteca',
  'tarjeta de biblioteca', 'patron', 'patron id', 'confirmation', 'confirmation number', 'confirmation no.', 'conf', 'conf#',
  'confirmación', 'número de confirmación', 'invoice', 'invoice number', 'invoice#', 'factura', 'número de factura',
  'reference', 'reference number', 'ref', 'ref.', 'ref#', 'referencia', 'número de referencia', 'account', 'account number',
  'acct', 'acct.', 'acct#', 'cuenta', 'número de cuenta', 'routing', 'routing number', 'po', 'p.o.', 'purchase order',
  'transaction', 'transaction id', 'transacción', 'item', 'sku', 'serial', 'serial number', 'serie', 'número de serie',
  'model', 'modelo', 'part', 'part number', 'room', 'apt', 'apartment', 'unit', 'suite', 'policy', 'policy number',
  'póliza', 'claim', 'claim number', 'member', 'member id', 'miembro', 'employee', 'employee id', 'empleado', 'student',
  'student id', 'estudiante', 'badge', 'folio', 'docket', 'index', 'index number', 'permit', 'license', 'licencia',
  'check', 'check number', 'cheque', 'vin', 'plate', 'placa', 'version', 'versión', 'section', 'sección', 'article',
  'artículo', 'page', 'página', 'amount', 'monto', 'total', 'balance', 'saldo', 'price', 'precio', 'meter', 'medidor',
  'record number', 'mrn', 'medical record', 'expediente médico', 'report', 'police report', 'reporte policial', 'denuncia',
  'violation', 'summons', 'citation', 'infracción', 'multa',
  // Numbers of events and notices, and plurals as in URL paths (`/cases/019-98-4976`).
  'alert', 'alert id', 'alerta', 'event', 'event id', 'evento', 'request', 'request id', 'notice', 'notice number',
  'notice no.', 'aviso', 'bill', 'bill number', 'cases', 'orders', 'tickets', 'claims', 'invoices', 'pedidos', 'casos',
  // Identifiers that are none of the ten types: foreign, benefit, tax-preparer and other agency numbers.
  'nss', 'imss', 'curp', 'rfc', 'matrícula', 'matrícula consular', 'dpi', 'cui', 'cin', 'nysid', 'mbi', 'medicaid',
  'medicare', 'ebt', 'efin', 'ptin', 'ein', 'fein', 'i-94', 'i94', 'sevis', 'visa foil', 'e-verify', 'everify',
  // A visa's own number (`visa U3021543`); `visa` still labels a card number, its own type.
  'visa', 'visa number', 'número de visa',
];

/**
 * Negative labels that count up to two words before the value (`version of the app 2.1.4.40`,
 * `tracking number for the package 9400...`): nothing protected is written so.
 */
const STRONG_NEGATIVE: readonly string[] = [
  'version', 'versión', 'firmware', 'build', 'release', 'software', 'tracking', 'tracking number', 'rastreo',
  'número de rastreo', 'barcode', 'bar code', 'código de barras', 'zip', 'zip code', 'código postal', 'invoice',
  'factura', 'confirmation', 'confirmation number', 'confirmación', 'routing', 'routing number', 'serial',
  'serial number', 'número de serie', 'sku', 'docket', 'nysid', 'cin', 'curp', 'nss', 'imss',
  // An order of something (`pedido de ropa 741-94-9550`).
  'pedido',
];

/**
 * Casual labels, as people say them in calls, chats and notes: `my social is`, `mi social es`,
 * `el seguro`. `social` alone is a label, so the phrases where it is something else are listed
 * (as phrases that say nothing) and win as the longer match.
 */
const CASUAL_ID9: readonly string[] = [
  // `social` alone covers `my social`, `mi social`: phrases starting with `the`, `my`, `her` would
  // cost a look-up at every such word of every text.
  'social', 'mi seguro', 'su seguro', 'el seguro', 'tu seguro',
  'número de seguro', 'número del seguro', 'núm. de seguro', 'num. de seguro', 'no. de seguro', 'núm de seguro', 'el número de seguro', 'su número de seguro', 'número de social', 'numero del social',
];
/** See {@link NEUTRAL_KEYS}. */
const NEUTRAL: readonly string[] = [
  'social worker', 'social workers', 'social work', 'social services', 'social service', 'social media',
  'social security office', 'social security administration', 'trabajador social', 'trabajadora social',
  'trabajo social', 'servicios sociales', 'servicio social', 'redes sociales', 'seguro médico', 'seguro medico',
  'seguro de salud', 'seguro de auto', 'seguro del carro', 'el seguro médico', 'el seguro de', 'mi seguro médico',
  'su seguro médico', 'el seguro del',
];
/**
 * The phrases listed so that a shorter label inside them does not count (`social worker`):
 * they say nothing.
 * @example NEUTRAL_KEYS.has('social worker') // true
 */
export const NEUTRAL_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(NEUTRAL.map((p) => contextKey(p)));

/** Verbs (and participles) that label what follows them only; see {@link ContextWord.beforeOnly}. */
const BEFORE_ONLY: readonly string[] = [
  'born', 'was born', 'born on', 'b.', 'nacido', 'nacida', 'nacido el', 'nacida el', 'nació', 'nacio', 'nací', 'naci',
  'nací el', 'nacidos', 'nacidas', 'nacieron', 'nacimos',
];

/** Labels of dates that are not birth dates. */
const OTHER_DATE: readonly string[] = [
  'date', 'dated', 'fecha', 'appointment', 'appt', 'appt.', 'hearing', 'court', 'court date', 'interview', 'visit',
  'visited', 'seen', 'arrived', 'arrival', 'entered', 'entry', 'date of entry', 'admitted', 'came', 'moved', 'married',
  'marriage', 'divorced', 'died', 'death', 'deceased', 'issued', 'issue date', 'date of issue', 'expires', 'expired',
  'expiration', 'expiration date', 'exp', 'exp.', 'valid', 'valid until', 'filed', 'submitted', 'received', 'approved',
  'denied', 'scheduled', 'due', 'deadline', 'today', 'yesterday', 'tomorrow', 'since', 'until', 'updated', 'signed',
  'start', 'started', 'ended', 'hired', 'paid', 'next', 'last', 'released', 'detained', 'resident since',
  'due date', 'edd', 'lmp', 'last period', 'applied', 'applied for', 'applied on', 'inspection', 'meeting',
  'orientation', 'edition', 'edición', 'form edition', 'pickup', 'pick up', 'inspección', 'reunión', 'orientación', 'solicitó', 'solicitado', 'mailed', 'sent', 'status date', 'enviado', 'enviada', 'envió',
  'cita', 'audiencia', 'corte', 'entrevista', 'visita', 'llegó', 'llegada', 'fecha de llegada', 'entrada',
  'fecha de entrada', 'entró', 'ingresó', 'ingreso', 'se mudó', 'casó', 'se casó', 'matrimonio', 'falleció',
  'fallecimiento', 'defunción', 'muerte', 'emitido', 'emitida', 'emisión', 'fecha de emisión', 'expedición',
  'fecha de expedición', 'expedido', 'expedida', 'vence', 'vencimiento', 'fecha de vencimiento', 'venció', 'expira',
  'válido', 'válida', 'presentó', 'presentado', 'recibido', 'recibió', 'aprobado', 'negado', 'programada', 'programado',
  'hoy', 'ayer', 'mañana', 'desde', 'hasta', 'firmado', 'firmó', 'pagó', 'pago', 'próxima', 'próximo', 'detenido',
  'renewal', 'renew', 'renewed', 'before', 'after', 'renovación', 'renovar', 'antes', 'después',
  'detenida', 'liberado', 'liberada', 'fpp', 'fum', 'fecha probable de parto', 'última menstruación',
];

/**
 * The canonical key of a phrase or of matched text: lower case, accents removed, any run of
 * spaces, tabs, underscores or hyphens as one space, no space before `#`, `’` as `'`.
 * @example contextKey('Número  de_Seguro-Social') // 'numero de seguro social'
 */
export function contextKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ \t_-]+/g, ' ')
    .replace(/ #/g, '#')
    .replace(/’/g, "'");
}

/**
 * Every phrase by its key. Built once; a phrase listed under several headings gets the union of
 * what they say.
 * @example CONTEXT_WORDS.get('seguro social')?.positive // BIT.SSN | BIT.ITIN
 */
export const CONTEXT_WORDS: ReadonlyMap<string, ContextWord> = /* @__PURE__ */ (() => {
  const map = new Map<string, { positive: number; negative: boolean; reach: number; otherDate: boolean; beforeOnly?: boolean; check?: (m: string) => boolean }>();
  const entry = (phrase: string) => {
    const key = contextKey(phrase);
    let e = map.get(key);
    if (!e) map.set(key, (e = { positive: 0, negative: false, reach: 0, otherDate: false }));
    return e;
  };
  for (const [bits, phrases, check] of POSITIVE) {
    for (const p of phrases) {
      const e = entry(p);
      e.positive |= bits;
      if (check) e.check = check;
    }
  }
  for (const p of CASUAL_ID9) entry(p).positive |= ID9;
  for (const p of NEUTRAL) entry(p);
  for (const p of NEGATIVE) entry(p).negative = true;
  for (const p of STRONG_NEGATIVE) Object.assign(entry(p), { negative: true, reach: 2 });
  for (const p of OTHER_DATE) entry(p).otherDate = true;
  for (const p of BEFORE_ONLY) entry(p).beforeOnly = true;
  // Keys of JSON and code (`dateOfBirth`, `alienNumber`, `socialSecurityNumber`): a phrase of
  // several words written as one says what the phrase says (`date_of_birth` already does: `_`
  // separates words). Only long ones: short joins are words of their own (`a no` as `ano`).
  for (const [key, e] of [...map]) {
    if (!key.includes(' ') || e.check !== undefined || (e.positive === 0 && !e.negative && !e.otherDate)) continue;
    // Also without the glue words a key leaves out (`fechaNacimiento`, `numeroExtranjero`).
    for (const joined of [key.replace(/ /g, ''), key.replace(/ (?:de|del|of|la|el|the)(?= )/g, '').replace(/ /g, '')]) {
      if (joined.length < 7 || !/^[a-z]+$/.test(joined) || map.has(joined)) continue;
      map.set(joined, { ...e });
    }
  }
  // JSON keys of other dates: `visitDate`, `hearingDate`, `issuedAt`, `receivedOn`.
  for (const p of OTHER_DATE) {
    const key = contextKey(p);
    if (!/^[a-z]{3,}$/.test(key)) continue;
    for (const joined of [`${key}date`, `${key}at`, `${key}on`]) if (!map.has(joined)) map.set(joined, { positive: 0, negative: false, reach: 0, otherDate: true });
  }
  // `invoice #` and `tel.` say what `invoice` and `tel` say: whether a mask character such as `#`
  // or `.` follows a label must not change what the label means.
  for (const [key, e] of map) {
    const base = map.get(key.replace(/ ?[#.]$/, ''));
    if (base === undefined || base === e) continue;
    for (const x of [e, base]) {
      x.positive = e.positive | base.positive;
      x.negative = e.negative || base.negative;
      x.reach = Math.max(e.reach, base.reach);
      x.otherDate = e.otherDate || base.otherDate;
    }
  }
  return map;
})();
