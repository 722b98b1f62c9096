/** fast-check arbitraries for redaction properties: case-note-like text mixing words, labels and values. */
import fc from 'fast-check';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const sep = fc.constantFrom('-', ' ', '', '.', '  ');

/** SSN-shaped values, valid and invalid, in the usual layouts. */
const ssn = fc
  .record({ area: fc.integer({ min: 0, max: 999 }), group: fc.integer({ min: 0, max: 99 }), serial: fc.integer({ min: 0, max: 9999 }), s: sep })
  .map(({ area, group, serial, s }) => `${pad(area, 3)}${s}${pad(group, 2)}${s}${pad(serial, 4)}`);

/** ITIN-shaped values (9xx, group 50-99). */
const itin = fc
  .record({ area: fc.integer({ min: 900, max: 999 }), group: fc.integer({ min: 50, max: 99 }), serial: fc.integer({ min: 0, max: 9999 }), s: sep })
  .map(({ area, group, serial, s }) => `${area}${s}${group}${s}${pad(serial, 4)}`);

const aNumber = fc.oneof(
  digits(9).map((d) => `A${d}`),
  digits(8).map((d) => `A${d}`),
  digits(9).map((d) => `A-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`),
  digits(9).map((d) => `A#${d}`), // the label A# glued to the number
);

const receipt = fc
  .record({ prefix: fc.constantFrom('EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC', 'ABC', 'eac'), d: digits(10), s: fc.constantFrom('', '-') })
  .map(({ prefix, d, s }) => `${prefix}${s}${d}`);

const passport = fc.oneof(digits(9), digits(8).map((d) => `C${d}`), digits(6).map((d) => `AB${d}`));

const phone = fc
  .record({ area: fc.integer({ min: 200, max: 999 }), exchange: fc.integer({ min: 200, max: 999 }), line: digits(4), layout: fc.integer({ min: 0, max: 6 }) })
  .map(({ area, exchange, line, layout }) =>
    [
      `(${area}) ${exchange}-${line}`,
      `${area}-${exchange}-${line}`,
      `${area}.${exchange}.${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `${area}${exchange}${line}`,
      `${exchange}-${line}`,
      `${area}-${exchange}-${line} ext. 12`,
    ][layout]!,
  );

const email = fc
  .record({ user: fc.constantFrom('ana', 'j.perez', 'case_worker', 'maria+hra', 'ssn.info', 'order99'), host: fc.constantFrom('example.org', 'hra.city.example.gov', 'correo.example.mx') })
  .map(({ user, host }) => `${user}@${host}`);

const date = fc
  .record({ y: fc.integer({ min: 1930, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), layout: fc.integer({ min: 0, max: 4 }) })
  .map(({ y, m, d, layout }) =>
    [
      `${pad(m, 2)}/${pad(d, 2)}/${y}`,
      `${y}-${pad(m, 2)}-${pad(d, 2)}`,
      `${d} de ${['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} de ${y}`,
      `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${d}, ${y}`,
      `${pad(d, 2)}.${pad(m, 2)}.${y}`,
    ][layout]!,
  );

/** Luhn-valid card numbers of a few networks, bare or grouped. */
const card = fc
  .record({ prefix: fc.constantFrom('4', '51', '55', '6011', '37'), body: digits(14), grouped: fc.boolean() })
  .map(({ prefix, body, grouped }) => {
    const length = prefix === '37' ? 15 : 16;
    const partial = (prefix + body).slice(0, length - 1);
    let sum = 0;
    for (let i = 0; i < partial.length; i++) {
      let d = Number(partial[partial.length - 1 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    const full = partial + String((10 - (sum % 10)) % 10);
    return grouped && length === 16 ? full.match(/.{4}/g)!.join(' ') : full;
  });

const ip = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.')),
  fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([a, b]) => `2001:db8::${a.toString(16)}:${b.toString(16)}`),
);

/** Numbers as speech-to-text writes them: digit by digit, or with the dashes said. */
const spoken = fc.oneof(
  fc.integer({ min: 7, max: 11 }).chain((n) => digits(n)).map((d) => d.split('').join(' ')),
  fc.record({ d: digits(9), said: fc.constantFrom('dash', 'guion') }).map(({ d, said }) => `${d.slice(0, 3)} ${said} ${d.slice(3, 5)} ${said} ${d.slice(5)}`),
);

/** Any identifier-shaped value, valid or not. */
export const value = fc.oneof(ssn, itin, aNumber, receipt, passport, phone, email, date, card, ip, spoken, digits(7), digits(9), digits(10), digits(5).map((d) => `${d}-1234`));

/** Words, labels (positive and negative) and glue, in English and Spanish. */
export const word = fc.constantFrom(
  'client', 'the', 'a', 'called', 'today', 'and', 'her', 'number', 'is', 'cliente', 'la', 'el', 'dijo', 'número', 'con', 'hoy',
  'SSN', 'ssn', 'social security', 'seguro social', 'ITIN', 'tax id', 'A#', 'A-Number', 'alien', 'número de extranjero',
  'receipt', 'recibo', 'USCIS', 'passport', 'pasaporte', 'phone', 'tel.', 'cel', 'DOB', 'born', 'fecha de nacimiento',
  'nació el', 'card', 'tarjeta', 'IP', 'order', 'orden', 'case', 'caso', 'ticket', 'ZIP', 'código postal', 'tracking',
  'barcode', 'library card', 'confirmation', 'invoice', 'factura', 'version', 'appointment', 'cita', 'hearing', '[SSN]',
  'March', 'marzo', 'ext', 'x',
  // sentence starts, glue lines of printed forms, keys, version marks
  'Visit', 'Card', 'Born', 'Number:', '(mm/dd/yyyy):', 'fechaNacimiento', 'alienNumber', 'build', 'fw', 'rule', 'nací',
);

const punctuation = fc.constantFrom('.', ',', ':', ';', '(', ')', '#', '-', '/', '|', '"');
const separator = fc.constantFrom(' ', ' ', ' ', ', ', ': ', '. ', '\n', '', ' - ', '; ', '\t', '    ', '  ', '? ');

/** Case-note-like text: words, labels, values and punctuation joined by separators. */
export const note = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: value }, { weight: 1, arbitrary: punctuation }), separator), {
    minLength: 1,
    maxLength: 24,
  })
  .map((parts) => parts.map(([token, s]) => token + s).join(''));

/** A valid value of each type after a label that names it: `[type, label, value]`. */
export const planted: fc.Arbitrary<[string, string, string]> = fc.oneof(
  fc
    .record({ area: fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666), group: fc.integer({ min: 1, max: 99 }), serial: fc.integer({ min: 1, max: 9999 }) })
    .map(({ area, group, serial }) => `${pad(area, 3)}-${pad(group, 2)}-${pad(serial, 4)}`)
    .filter((v) => !['123-45-6789', '078-05-1120', '219-09-9999'].includes(v) && !/^(\d)\1\1-\1\1-\1{4}$/.test(v))
    .map((v) => ['SSN', 'SSN ', v] as [string, string, string]),
  fc
    .record({ area: fc.integer({ min: 900, max: 998 }), group: fc.integer({ min: 70, max: 88 }), serial: fc.integer({ min: 0, max: 9999 }) })
    .map(({ area, group, serial }) => ['ITIN', 'ITIN: ', `${area}-${group}-${pad(serial, 4)}`] as [string, string, string]),
  digits(9).map((d) => ['A_NUMBER', 'A-Number: ', `A${d}`] as [string, string, string]),
  digits(10).map((d) => ['USCIS_RECEIPT', 'recibo ', `EAC${d}`] as [string, string, string]),
  digits(8).map((d) => ['PASSPORT', 'pasaporte ', `C${d}`] as [string, string, string]),
  fc
    .record({ area: fc.integer({ min: 200, max: 999 }).filter((a) => a % 100 !== 11), exchange: fc.integer({ min: 200, max: 999 }), line: digits(4) })
    .map(({ area, exchange, line }) => ['PHONE', 'tel. ', `(${area}) ${exchange}-${line}`] as [string, string, string]),
  email.map((v) => ['EMAIL', 'correo ', v] as [string, string, string]),
  fc
    .record({ y: fc.integer({ min: 1930, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ y, m, d }) => ['DATE_OF_BIRTH', 'DOB: ', `${pad(m, 2)}/${pad(d, 2)}/${y}`] as [string, string, string]),
  card.map((v) => ['CREDIT_CARD', 'card ', v] as [string, string, string]),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => ['IP_ADDRESS', 'IP ', o.join('.')] as [string, string, string]),
);
