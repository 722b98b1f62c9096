// Mechanisms that carry a label to a value it does not stand next to, or read unusual layouts:
// column headers of pasted tables, the question on the line before a short answer, JSON keys in
// camelCase, casual labels, loose SSN separators, unpadded A-numbers, version numbers that look like
// IP addresses, and Roman-numeral months. Each with near-miss negatives. Own examples throughout.
import { describe, expect, it } from 'vitest';
import { detect, maskOperator, redactText, type OperatorSpec } from '../../src/redact/index.js';
import { afterVersionMark } from '../../src/redact/ip-address.js';
import { rowDelimiter, rowShape } from '../../src/redact/context-table.js';
import { located, unmark } from './_marked.js';

const CASES: Record<string, readonly string[]> = {
  'column headers': [
    'Name\tBirth date\tCase opened\nOlu K.\t{{DATE_OF_BIRTH:4/11/1987}}\t3/2/2024\nRui P.\t{{DATE_OF_BIRTH:12/30/1975}}\t3/9/2024',
    'surname,soc sec,phone\nMensah,{{SSN:412557183}},{{PHONE:212-555-0187}}',
    'apellido; fecha de nacimiento; visita\nRoca; {{DATE_OF_BIRTH:03/04/1990}}; 05/06/2024',
    '| Client | A-Number | Notes |\n|---|---|---|\n| T. Ansah | {{A_NUMBER:208803901}} | follow up |',
    'host, address, firmware\nkiosk-2, {{IP_ADDRESS:10.0.4.17}}, 4.2.10.8\nkiosk-3, {{IP_ADDRESS:10.0.4.18}}, 4.2.11.1',
    // a comma between a day and a year is part of the date, not a cell delimiter
    'name, DOB, visit\nAmy, {{DATE_OF_BIRTH:Mar 3, 1990}}, Apr 4, 2024',
    // an escaped delimiter is part of its cell (an export's `Last\, First`; Markdown's `\|`)
    'Name,A-Number,DOB\nKaba\\, Ibrahim,{{A_NUMBER:201788461}},{{DATE_OF_BIRTH:03/13/1981}}',
    '| Name | DOB |\n|---|---|\n| Ana \\| Rosa | {{DATE_OF_BIRTH:4/11/1987}} |',
    // near misses: a blank line ends the table; the header row itself has no header
    'ID\tDOB\n\nx\t4/11/1987',
    'Visit date\tRoom\n4/11/2024\t12',
    'order, item, qty\n508437121, chair, 2',
    // lines split into different numbers of cells are no table (prose with commas)
    'DOB, name, visit, notes\n4/11/2024, Ana, late',
  ],
  'previous line': [
    'AGENT: And what is her date of birth?\nCALLER: {{DATE_OF_BIRTH:June 2, 1961}}.',
    "Worker: what's your social?\nClient: {{SSN:412557183}}",
    // a line left open by a value's own label carries on (a list under a label)
    'SSN: {{SSN:412-55-7183}}\n{{SSN:508437121}}',
    '¿Y su fecha de nacimiento?\n{{DATE_OF_BIRTH:19 de mayo de 1973}}',
    'Social Security Number:\n{{SSN:412 55 7183}}',
    'Alien Registration No.:\n{{A_NUMBER:057124810}}',
    // a label broken by a line break (OCR of a form)
    '4. Social Security\n   Number {{SSN:071 - 14 - 9024}}',
    '2. Date of Birth\n   (mm/dd/yyyy)  {{DATE_OF_BIRTH:03/09/1954}}',
    'el llamante da su número de seguro: {{SSN:238649912}}',
    // near miss: a label in the middle of the line before
    'Social Security was discussed today\n071 - 14 - 9024',
    // near misses: no question; a long line is not a short answer; two lines back is too far;
    // the question asks for something else; a time stamp is not the answer
    'her date of birth is on file\n4/11/1987',
    'Date of birth?\nShe said she would bring the papers next week with her son on 4/11/1987',
    'Date of birth?\nok\n4/11/1987',
    'Can I get the case number?\nIt is 508437121.',
    'Ref: /clients?order_id=508437121\nX-Forwarded-For: {{IP_ADDRESS:198.51.100.7}}',
    'Date of birth?\n07/02/24 17:31 - Ana: ya te digo',
  ],
  'JSON keys': [
    '{"clientName":"R. Osei","dateOfBirth":"{{DATE_OF_BIRTH:1984-02-29}}","visitDate":"2024-05-01"}',
    '{"alienNumber":"{{A_NUMBER:208803901}}"}',
    '{"socialSecurityNumber":"{{SSN:412557183}}"}',
    '{"aNumber":"{{A_NUMBER:208803901}}"}',
    // near misses: other keys, and a date under a different key in the same record
    '{"caseNumber":"508437121"}',
    '{"dateOfBirth":"{{DATE_OF_BIRTH:1984-02-29}}","mailed":"2024-04-12"}',
  ],
  'casual labels': [
    'my social is {{SSN:412557183}}',
    'mi social es {{SSN:412557183}}',
    'el seguro: {{SSN:231746605}}',
    'dio su social {{SSN:231-74-6605}} por teléfono',
    // near misses: a social worker, a social-services line, health insurance
    'social worker 508437121',
    'trabajadora social 508437121',
    'seguro médico 508437121',
  ],
  'loose SSN separators': [
    'soc sec no. {{SSN:606.66.4123}}',
    'SSN {{SSN:412 - 55 - 7183}}',
    'ITIN {{ITIN:912.72.3662}}',
    'SSN  {{SSN:412  55  7183}}',
    // near misses: unlabelled, or not a valid SSN
    'ref 606.66.4123',
    'SSN 666.12.3456',
  ],
  'unpadded A-numbers': [
    'Alien no. {{A_NUMBER:5235275}}',
    'su número de extranjero es {{A_NUMBER:6253659}}',
    'A-Number {{A_NUMBER:4451278}}',
    // near misses: seven digits without an A-number label
    'case 5235275',
    'room 5235275 on floor 3',
  ],
  'version numbers': [
    'GET /app.js?v=10.1.9.190 from {{IP_ADDRESS:203.0.113.9}}',
    'build v2.1.4.40 deployed',
    'fw:9.6.19.112',
    'firmware 9.6.19.112',
    // a word ending in v is no version mark
    'dev {{IP_ADDRESS:192.0.2.7}}',
  ],
  'spoken numbers': [
    'my social security number is {{SSN:158 dash 64 dash 3141}} thank you',
    'mi seguro social es {{SSN:475 guion 02 guion 2918}} gracias',
    'her A number is {{A_NUMBER:2 8 8 4 8 9 5 3 3}} um',
    'mi teléfono es {{PHONE:4 1 2 5 5 5 0 1 8 6}} gracias',
    'ITIN {{ITIN:9 1 2 7 2 3 6 6 2}}.',
    // near misses: no label; the run goes on into a longer number; too few digits
    'room 1 2 3 4 5 6 7 8 9 today',
    'SSN 4 1 2 5 5 7 1 8 3 0 0 0 0 today',
    'tel 5 5 5 0 1',
  ],
  'sentence ends': [
    'Applicant born {{DATE_OF_BIRTH:September 20, 1960}}. Card pickup January 25, 2024.',
    'Nació el {{DATE_OF_BIRTH:25 de enero de 2018}}. Mi correo no cambió. La reunión es el 20 de marzo de 2024.',
    // a question mark before the answer, an abbreviation, and a list after a semicolon do not end the label
    'What is your DOB? {{DATE_OF_BIRTH:03/04/1980}}',
    'born approx. {{DATE_OF_BIRTH:March 3, 1980}}',
    'Adult DOB {{DATE_OF_BIRTH:10/20/1992}}; child {{DATE_OF_BIRTH:2/4/19}}.',
    // a value that starts with capitals is no sentence
    'SSN. A-Number: {{A_NUMBER:208803901}}',
    // a negative label after the value does not reach back across a full stop
    'card {{CREDIT_CARD:3434 198566 37788}}. Ticket no. T4948.',
    'SSN {{SSN:412-55-7183}} (order)',
  ],
  'labels across printed lines': [
    'Alien Registration\nNumber:\n{{A_NUMBER:120851466}}',
    'Date of Birth\n(mm/dd/yyyy):\n{{DATE_OF_BIRTH:01/28/1967}}\nForm edition 05/06/23',
    // near misses: a line with a value, or a word, between label and value
    'Date of birth\n{{DATE_OF_BIRTH:01/28/1967}}\n02/03/2024',
    'Date of birth\nseen by\n02/03/2024',
  ],
  'labels of other shapes': [
    // `A-#` as written on sign-in sheets is `A#`
    '7 | Oumar Sow | A-# {{A_NUMBER:219799162}} | seen by: KL',
    // a card label says nothing of a 9-digit number; Spanish keys without their glue words
    'Client read SSN off card: {{SSN:369391198}}.',
    'Verified SS# over the phone: {{SSN:299812359}}.',
    // ... but a phone label does speak of 10 digits, and an A-number label of a short passport-like number
    'SSN on file, phone: {{PHONE:2125550143}}',
    'Country: Guatemala; passport {{PASSPORT:226767425}}\nAttorney EOIR ID: BK514271',
    '{"fechaNacimiento":"{{DATE_OF_BIRTH:2001-06-04}}","numeroExtranjero":"{{A_NUMBER:208803901}}"}',
    'passport no. {{PASSPORT:P2190222M}} (Philippines)',
    'Núm. de seguro: {{SSN:601.80.1271}}',
    'nací el {{DATE_OF_BIRTH:16 de julio del 1983}}',
    // near misses: version and rule numbers with a space after their mark
    'gateway fw 8.7.38.198',
    'rule 9.1.20.5 count=17',
    // numbers of alerts and orders, and plurals in URL paths
    'Previous alert 013-86-7619 at 09:32',
    'Pedido de ropa 741-94-9550 de la despensa',
    'GET /v1/cases/019-98-4976',
  ],
  'labels that belong elsewhere': [
    // a negative label after a value that a number follows at once labels that number
    '"mi numero es {{PHONE:631-555-0178}}", order 6153226975',
    'health {{IP_ADDRESS:127.0.0.1}}, build 1.17.0',
    // ... but one that nothing follows labels the value before it
    '212-555-0143 order',
    // verbs label what follows them only
    'she was evicted 11/20/2021, born {{DATE_OF_BIRTH:June 3, 1959}}',
    'desalojada el 28/12/2023; nacida el {{DATE_OF_BIRTH:6 de febrero del 2002}}',
    'Mr. Ivanov (b. {{DATE_OF_BIRTH:May 8 1958}})',
    'Kids DOBs {{DATE_OF_BIRTH:3/21/2014}} and {{DATE_OF_BIRTH:11/3/2011}}.',
    '{{DATE_OF_BIRTH:03/04/1980}} (DOB)',
    // `número A` is a label; a visa's number is no passport
    'Numero A {{A_NUMBER:240318389}}. Cliente',
    'Pasaporte {{PASSPORT:PE519859}}, visa U3021543',
  ],
  'Roman months': [
    'DOB {{DATE_OF_BIRTH:8/IX/2003}}',
    'Fec. Nac.: {{DATE_OF_BIRTH:18/X/1959}}',
    'fecha de nacimiento {{DATE_OF_BIRTH:3-iv-1980}}',
    // near misses: not a birth date, no valid Roman month
    'cita 8/IX/2024',
    'DOB 8/IXX/2003',
  ],
};

describe.each(Object.entries(CASES))('%s', (_name, cases) => {
  it.each(cases)('%s', (marked) => {
    const { text, spans } = unmark(marked);
    expect(located(detect(text))).toEqual(spans);
  });
});

describe('mechanism details', () => {
  it('table rows: a tab, two pipes, semicolons or commas; a date comma is no delimiter', () => {
    expect(rowDelimiter('a\tb', 0, 3)).toBe(9);
    expect(rowDelimiter('| a | b |', 0, 9)).toBe(0x7c);
    expect(rowDelimiter('a; b; c', 0, 7)).toBe(0x3b);
    expect(rowDelimiter('a, b, c', 0, 7)).toBe(0x2c);
    expect(rowDelimiter('born Mar 3, 1990, in Quito', 0, 26)).toBe(0);
    // the shape: delimiter and how many; rows of one table share it
    expect(rowShape('a\tb\tc', 0, 5)).toBe(9 | (2 << 8));
    expect(rowShape('x, a, b, c', 3, 10)).toBe(0x2c | (2 << 8));
    expect(rowShape('a, b', 0, 4)).toBe(0);
  });

  it('version marks', () => {
    expect(afterVersionMark('app.js?v=10.1.9.190', 9)).toBe(true);
    expect(afterVersionMark('v10.1.9.190', 1)).toBe(true);
    expect(afterVersionMark('dev 10.1.9.190', 4)).toBe(false);
    expect(afterVersionMark('rev10.1.9.190', 3)).toBe(true);
    expect(afterVersionMark('prev10.1.9.190', 4)).toBe(false);
  });

  it('context across lines is idempotent under every plain operator', () => {
    const texts = [
      'Name\tDOB\nOlu\t4/11/1987\nRui\t12/30/1975',
      "what's your social?\n412557183",
      'SSN:\n412557183\n508437121',
      // A label glued to a value by a period (`pasaporte.9005000000`) is a label, with or without it.
      'pasaporte.9005000000 0 0 0 0 0 0 000000000 000-00-0000 ',
      // A glue line holding a value is still glue once the value is gone.
      'nació el marzo\n(mm/dd/yyyy): 2002000000\n01/01/1930 client ',
      // A table under an empty first line keeps its header.
      '4000000000000002\ncaso\tA#000000000\n2002000000\tclient ',
      // A phone number's bracket starts a value even glued to a number before it.
      'recibo 2002000000(200) 200-0000 case ',
      // Not after a word: the word would count differently once the value is a label.
      '001010001 client client(200) 200-0000 social security . ',
      // A number read digit by digit ends at such a bracket too.
      '0 0 1 0 1 0 0 0 1(200) 200-0000 tax id . ',
    ];
    for (const text of texts) {
      for (const operator of ['mask', 'label', 'remove', maskOperator({ char: '#' })] as OperatorSpec[]) {
        const once = redactText(text, { operator }).text;
        expect(redactText(once, { operator }).text).toBe(once);
      }
    }
  });
});
