// Table-driven positives and hard negatives for each built-in detector, in English and Spanish.
// Each case is a text with the expected spans marked inline ({{TYPE:value}}); a case without marks
// expects no span at all with the default options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeItin, normalizePhone, normalizeSsn } from '../../src/normalize/index.js';
import { detect } from '../../src/redact/index.js';
import { isItin } from '../../src/redact/itin.js';
import { isNanp } from '../../src/redact/phone.js';
import { isSsn } from '../../src/redact/ssn.js';
import { located, unmark } from './_marked.js';

const CASES: Record<string, readonly string[]> = {
  SSN: [
    'Client SSN {{SSN:412-55-7183}} verified against card.',
    'SSN: {{SSN:412 55 7183}}',
    'social security number {{SSN:508437121}} on file',
    'Her SS# {{SSN:508437121}}.',
    'Número de seguro social: {{SSN:231-74-6605}}',
    'su seguro social es {{SSN:231746605}}',
    'Gave {{SSN:671-20-8840}} at the front desk', // layout alone is enough
    'applicant_ssn={{SSN:489713022}}&lang=es',
    'SSN {{SSN:412-55-7183}} (order 77812)',
    'SSNs: {{SSN:412-55-7183}}, {{SSN:508-43-7121}}',
    // hard negatives
    'SSN 000-12-3456 is impossible',
    'SSN 666-12-3456 was rejected',
    'group 00: 412-00-7183, serial 0000: 412-55-0000',
    'placeholder SSN 123-45-6789 on the sample form, or 111-11-1111',
    'random number 508437121 in the text',
    'Order #412-55-7183 shipped',
    'Pedido 412-55-7183 enviado',
    'ZIP+4 10001-1234 and 94103-5512',
    'last four of SSN: 7183',
    'SSN masked as XXX-XX-7183 or ***-**-7183',
    'EIN 12-3456789 of the employer',
    '412-55-71834 is too long, and 4412-55-7183 too',
  ],
  ITIN: [
    'ITIN {{ITIN:912-70-1234}} on the 1040',
    'She gave an SSN {{ITIN:988-81-8772}} (it is an ITIN)',
    'número ITIN: {{ITIN:912 94 5555}}',
    'tax id {{ITIN:955501234}}',
    // hard negatives
    'ITIN 912-93-1234 is an ATIN',
    'ITIN 912-40-1234 has a group outside the IRS ranges',
    'placeholder 999-99-9999',
  ],
  A_NUMBER: [
    'A# {{A_NUMBER:20880390}} per the notice',
    'A-Number: {{A_NUMBER:208803901}}',
    'A-number {{A_NUMBER:A208803901}}',
    'alien number {{A_NUMBER:A-208-803-901}}',
    'client {{A_NUMBER:A208803901}} detained', // A + 9 digits needs no label
    'card shows {{A_NUMBER:A 208 803 901}}',
    'número de extranjero {{A_NUMBER:208-803-901}}',
    'Número A: {{A_NUMBER:208803901}}',
    'su número A es {{A_NUMBER:A12345678}}',
    'immigration court, {{A_NUMBER:A212345678}}',
    // hard negatives
    'a number 208803901 was called',
    'Plan a 12345678 dollars',
    'model A1234567890 printer',
  ],
  USCIS_RECEIPT: [
    'Receipt {{USCIS_RECEIPT:EAC2190012345}} for the I-765',
    'recibo {{USCIS_RECEIPT:IOE0912345678}} del I-485',
    'USCIS case {{USCIS_RECEIPT:WAC-21-123-45678}}',
    'status of {{USCIS_RECEIPT:LIN2290154321}}',
    'green card number {{USCIS_RECEIPT:MSC1234567890}}',
    'tarjeta de residencia {{USCIS_RECEIPT:SRC0987654321}}',
    'EAD card {{USCIS_RECEIPT:ABC1234567890}}', // other prefixes with a label
    'Case {{USCIS_RECEIPT:YSC1290012345}}', // USCIS calls them case numbers
    // hard negatives
    'invoice ABC1234567890 paid',
    'EAC219001234 has 9 digits',
    'ticket XYZ1234567890',
  ],
  PASSPORT: [
    'Passport: {{PASSPORT:C03005988}}',
    'US passport number {{PASSPORT:574381239}}',
    'pasaporte mexicano {{PASSPORT:G12345678}}',
    'número de pasaporte {{PASSPORT:AB123456}}',
    'passport card {{PASSPORT:C69437495}}',
    // hard negatives: the same shapes without a passport label
    'tracking C03005988 from the store',
    'member 574381239 of the pool',
    'visa foil 12345678 on the passport page was not copied', // the label is 3 words before: visa foil is nearer
  ],
  PHONE: [
    'call {{PHONE:(212) 555-0143}} after 5',
    'cel. {{PHONE:212-555-0143}}',
    'teléfono {{PHONE:212.555.0143}}',
    'number {{PHONE:+1 347 555 0199}}',
    'toll free {{PHONE:1-800-555-0100}}',
    'office {{PHONE:212-555-0143 ext. 22}} or {{PHONE:(718) 555-0101 x5}}',
    'llamar al {{PHONE:2125550143}}',
    'WhatsApp {{PHONE:+52 55 1234 5678}}',
    'familia: {{PHONE:+502 3288 1525}}',
    'callback {{PHONE:555-0142}}',
    'number {{PHONE:+12125550143}}',
    // a negative label that reaches past words labels the first number after it, not the next one
    'Medicaid renewal submitted; confirmation 4239374703. Best number is {{PHONE:347-555-0121}}; texts are fine.',
    'Medicaid renewal submitted; confirmation 4239374703. Best number is {{PHONE:(718) 555-0115}}; texts are fine.',
    'Medicaid renewal submitted; confirmation 4239374703. Best number is {{PHONE:917.555.0132}}; texts are fine.',
    'Medicaid renewal submitted; confirmation 4239374703. Best number is {{PHONE:+1 646 555 0107}}; texts are fine.',
    'Renovación de Medicaid; confirmación 4239374703. Su mejor número es {{PHONE:347-555-0121}}.',
    // hard negatives
    'ZIP 10001-1234',
    'Call 311 or 911 for help',
    'order 212-555-0143 shipped',
    '311 service request SR 311-55123456',
    'caso 555-0142 cerrado',
    'price $2125550143',
    'invalid area 123-555-0143 and exchange 212-155-0143',
    'confirmation for her 2125550143', // a strong negative label two words before bare digits
    'Medicaid renewal submitted; confirmation 4239374703.', // bare digits right after the label
  ],
  EMAIL: [
    'email {{EMAIL:ana.perez+clinic@example.org}}',
    'correo: {{EMAIL:josé.garcía@correo.example.mx}}',
    '<{{EMAIL:case_worker@hra.city.example.gov}}>',
    'ana@{{EMAIL:ana@example.com}}'.replace('ana@{{', '{{'),
    'write to {{EMAIL:O\'Brien@example.ie}}.',
    // hard negatives
    'twitter @handle and user@localhost',
    'me@ and @example.org',
  ],
  DATE_OF_BIRTH: [
    'DOB: {{DATE_OF_BIRTH:03/14/1987}}',
    'date of birth {{DATE_OF_BIRTH:1987-03-14}}',
    'born {{DATE_OF_BIRTH:March 14, 1987}} in Oaxaca',
    'born on the {{DATE_OF_BIRTH:14th of March, 1987}}',
    'fecha de nacimiento: {{DATE_OF_BIRTH:14/03/1987}}',
    'nació el {{DATE_OF_BIRTH:14 de marzo de 1987}}',
    'F. nac. {{DATE_OF_BIRTH:14-03-87}}',
    'hijos nacidos el {{DATE_OF_BIRTH:23/09/2014}} y el {{DATE_OF_BIRTH:24/03/2015}}',
    'Birthday {{DATE_OF_BIRTH:Mar. 4 1990}}',
    'Martinez,Ana,{{SSN:412-55-7183}},{{DATE_OF_BIRTH:02/08/1993}},{{PHONE:786-555-0148}}', // a record row with an SSN
    // hard negatives: dates that are not birth dates
    'Hearing on 04/15/2024 at 9:30',
    'appointment 03/14/2025; DOB not given',
    'DOB: {{DATE_OF_BIRTH:03/14/1987}}. Next appointment 04/05/2024.',
    'fecha de la cita: 14/03/2025',
    'arrived in the US on March 3, 2019',
    'entered 2019-03-03, filed 2020-01-15',
    'Invoice date 02/30/1987', // not a date
    'born in 1987',
  ],
  CREDIT_CARD: [
    'card {{CREDIT_CARD:4111 1111 1111 1111}}',
    'Visa {{CREDIT_CARD:4111-1111-1111-1111}}',
    'amex {{CREDIT_CARD:3782 822463 10005}}',
    'tarjeta de crédito {{CREDIT_CARD:5555555555554444}}',
    'paid with {{CREDIT_CARD:6011000990139424}}',
    // hard negatives
    'card 4111 1111 1111 1112 (Luhn fails)',
    'USPS tracking 9400 1000 0000 0000 0000 00',
    'tracking 4111111111111111',
    'library card 21234001234567',
    'UPS 1Z999AA10123456784',
    'last four 1111',
  ],
  IP_ADDRESS: [
    'IP {{IP_ADDRESS:203.0.113.7}}',
    'from {{IP_ADDRESS:203.0.113.7}}:8080',
    'subnet {{IP_ADDRESS:10.0.0.0}}/8',
    'dirección IP {{IP_ADDRESS:2001:db8::1}}',
    'logged in from {{IP_ADDRESS:fe80::1a05:e276:fe10:ba32}}',
    'loopback {{IP_ADDRESS:::1}} and {{IP_ADDRESS:::ffff:192.0.2.1}}.',
    'printer {{IP_ADDRESS:192.168.1.20}}.',
    // hard negatives
    'version 1.2.3.4 of the app',
    'firmware del router 10.4.2.1',
    '256.1.1.1 and 1.2.3.4.5 and 01.2.3.4',
    'MAC 00:1a:2b:3c:4d:5e',
    'meeting 10:30 to 11:45',
    'std::vector and 2001:db8:::1',
  ],
};

describe.each(Object.entries(CASES))('%s detector', (_type, cases) => {
  it.each(cases)('%s', (marked) => {
    const { text, spans } = unmark(marked);
    expect(located(detect(text))).toEqual(spans);
  });
});

describe('scores', () => {
  it('are in [0, 1], and a label raises them', () => {
    const [bare] = detect('x 412-55-7183');
    const [labelled] = detect('SSN 412-55-7183');
    expect(bare!.score).toBeGreaterThanOrEqual(0.5);
    expect(labelled!.score).toBeGreaterThan(bare!.score);
    expect(labelled!.score).toBeLessThanOrEqual(1);
  });

  it('bare 9 digits are an SSN candidate below the default minimum, reported with minScore 0', () => {
    expect(detect('random 508437121')).toEqual([]);
    expect(detect('random 508437121', { minScore: 0 })).toEqual([{ type: 'SSN', start: 7, end: 16, score: 0.3 }]);
  });

  it('an ITIN is never reported as an SSN, with any label', () => {
    for (const text of ['SSN 912-70-1234', 'SSN 912701234', 'social security 912 70 1234']) {
      expect(detect(text, { minScore: 0 }).map((s) => s.type)).toEqual(['ITIN']);
    }
  });
});

// The detectors check SSN, ITIN and NANP structure without calling the normalizers (which refuse by
// throwing, too slow for every number of a text): both must accept exactly the same numbers.
describe('structure checks agree with the normalizers', () => {
  const accepts = (normalize: (v: string) => string, value: string): boolean => {
    try {
      normalize(value);
      return true;
    } catch {
      return false;
    }
  };
  const digitString = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

  it('isNanp: every area code and exchange start, against normalizePhone', () => {
    // normalizePhone's rules look at digits 1-4 only: all 10,000 prefixes, each with a random line.
    for (let prefix = 0; prefix < 10_000; prefix++) {
      const digits = `${String(prefix).padStart(4, '0')}${String((prefix * 7919) % 1_000_000).padStart(6, '0')}`;
      expect(isNanp(digits), digits).toBe(accepts(normalizePhone, digits));
    }
    fc.assert(fc.property(digitString(10), (digits) => isNanp(digits) === accepts(normalizePhone, digits)), { numRuns: 2000 });
  });

  it('isSsn: normalizeSsn less the samples and placeholders', () => {
    const placeholder = (d: string) => ['078051120', '219099999', '123456789'].includes(d) || /^(\d)\1{8}$/.test(d);
    const agrees = (d: string) => isSsn(d) === (accepts(normalizeSsn, d) && !placeholder(d));
    fc.assert(fc.property(digitString(9), agrees), { numRuns: 5000 });
    // The edges of each rule, which random digits rarely hit.
    for (const area of ['000', '001', '665', '666', '667', '899', '900', '999']) {
      for (const group of ['00', '01', '99']) {
        for (const serial of ['0000', '0001', '9999']) expect(agrees(area + group + serial), area + group + serial).toBe(true);
      }
    }
    for (const d of ['078051120', '219099999', '123456789', '111111111', '555555555', '888888888']) expect(isSsn(d), d).toBe(false);
  });

  it('isItin: every first digit and group, against normalizeItin', () => {
    for (let first = 0; first <= 9; first++) {
      for (let group = 0; group < 100; group++) {
        const digits = `${first}${String((first * 37 + group) % 100).padStart(2, '0')}${String(group).padStart(2, '0')}1234`;
        expect(isItin(digits), digits).toBe(accepts(normalizeItin, digits) && digits !== '999999999');
      }
    }
    expect(isItin('999999999')).toBe(false); // the placeholder, although normalizeItin accepts it
    fc.assert(fc.property(digitString(9), (d) => isItin(d) === (accepts(normalizeItin, d) && d !== '999999999')), { numRuns: 2000 });
  });
});
