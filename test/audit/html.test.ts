import { describe, expect, it } from 'vitest';
import { auditHtmlForm, readHtmlForm, type AuditReport } from '../../src/audit/index.js';
import { _decodeEntities, _tokenizeHtml, type _HtmlToken } from '../../src/audit/html-tokenize.js';
import { InputInvalidError } from '../../src/errors.js';

const tokens = (html: string) => {
  const out: _HtmlToken[] = [];
  _tokenizeHtml(html, (t) => out.push(t));
  return out;
};
const summary = (report: AuditReport) => report.items.map((i) => [i.name, i.category]);

describe('HTML tokenizer', () => {
  it('reads tags, attributes in every quoting style, text and references', () => {
    expect(tokens('<INPUT Type=text name="a b" data-x=\'1\' disabled value=&quot;x&amp;y&quot;>Pa&iacute;s &#x41;&#66;')).toEqual([
      { type: 'start', name: 'input', attrs: new Map([['type', 'text'], ['name', 'a b'], ['data-x', '1'], ['disabled', ''], ['value', '"x&y"']]), selfClosing: false },
      { type: 'text', text: 'País AB' },
    ]);
  });

  it('skips comments, doctype, processing instructions, scripts, styles and textarea content', () => {
    const html = '<!DOCTYPE html><?xml x?><!-- <input name="ssn"> --><script>var s = "<input name=\'a_no\'>"</script><style>i{}</style><textarea name="t"><input name="x"></textarea>ok<![CDATA[raw]]>';
    expect(tokens(html)).toEqual([
      { type: 'start', name: 'script', attrs: new Map(), selfClosing: false },
      { type: 'end', name: 'script' },
      { type: 'start', name: 'style', attrs: new Map(), selfClosing: false },
      { type: 'end', name: 'style' },
      { type: 'start', name: 'textarea', attrs: new Map([['name', 't']]), selfClosing: false },
      { type: 'end', name: 'textarea' },
      { type: 'text', text: 'ok' },
      { type: 'text', text: 'raw' },
    ]);
  });

  it('keeps the first of repeated attributes, treats a lone "<" as text and drops a tag cut by the end', () => {
    expect(tokens('<input name=a name=b>')[0]).toMatchObject({ attrs: new Map([['name', 'a']]) });
    expect(tokens('1 < 2 <3')).toEqual([{ type: 'text', text: '1 ' }, { type: 'text', text: '<' }, { type: 'text', text: ' 2 ' }, { type: 'text', text: '<' }, { type: 'text', text: '3' }]);
    expect(tokens('a<input name="x')).toEqual([{ type: 'text', text: 'a' }]);
    expect(tokens('<br/><p/>')).toMatchObject([{ name: 'br', selfClosing: true }, { name: 'p', selfClosing: true }]);
  });

  it('decodes numeric references safely and leaves unknown names alone', () => {
    expect(_decodeEntities('&#0;&#xD800;&#1114112;&#233;&ntilde;&bogus;&amp &copy')).toBe('\ufffd\ufffd\ufffdéñ&bogus;& ©');
  });
});

describe('readHtmlForm', () => {
  it('finds labels by for/id, by wrapping, by aria-label, aria-labelledby, placeholder and title', () => {
    const controls = readHtmlForm(`
      <form>
        <label for="c">Country of birth</label><input id="c" name="f1">
        <label>Religion <input name="f2"></label>
        <input name="f3" aria-label="Preferred language">
        <span id="q4">A-Number</span><input name="f4" aria-labelledby="q4">
        <input name="f5" placeholder="Passport number">
        <input name="f6" title="Social Security number">
        <input type="submit" value="Send"><button>Go</button>
      </form>`);
    expect(controls.map((c) => [c.name, c.labels[0] ?? c.ariaLabel ?? c.labelledBy ?? c.placeholder ?? c.title])).toEqual([
      ['f1', 'Country of birth'],
      ['f2', 'Religion'],
      ['f3', 'Preferred language'],
      ['f4', 'A-Number'],
      ['f5', 'Passport number'],
      ['f6', 'Social Security number'],
    ]);
    expect(controls.every((c) => c.form === 0)).toBe(true);
  });

  it('collects select options, fieldset legends and the text before unlabelled controls', () => {
    const [select, input] = readHtmlForm(`
      <fieldset><legend>Household</legend>
        <select name="lang"><option value="en">English</option><option value="es">Espa&ntilde;ol</option><optgroup label="Other"><option>Other</option></optgroup></select>
      </fieldset>
      <table><tr><td>Lugar de nacimiento:</td><td><input name="ln"></td></tr></table>`);
    expect(select).toMatchObject({ tag: 'select', legends: ['Household'], options: ['English', 'en', 'Español', 'es', 'Other'] });
    expect(input).toMatchObject({ name: 'ln', precedingText: 'Lugar de nacimiento:' });
  });
});

describe('auditHtmlForm', () => {
  it('audits an English intake form', () => {
    const report = auditHtmlForm(`
      <form action="/apply" method="post">
        <label for="fn">First name</label><input id="fn" name="first_name" required>
        <fieldset><legend>Are you a U.S. citizen?</legend>
          <input type="radio" id="cy" name="citizen" value="yes"><label for="cy">Yes</label>
          <input type="radio" id="cn" name="citizen" value="no"><label for="cn">No</label>
        </fieldset>
        <label for="ssn">Social Security Number (optional)</label><input id="ssn" name="ssn_opt">
        <label for="cob">Country of birth</label>
        <select id="cob" name="country_b"><option>United States</option><option>Mexico</option></select>
        <label><input type="checkbox" name="interp"> I need an interpreter</label>
        <label for="rel">Religious affiliation</label><input id="rel" name="aff">
        <label for="pay">Payment method</label><select id="pay" name="payment"><option>Visa</option><option>Mastercard</option></select>
        <label for="q">Search this site</label><input id="q" name="q" type="search">
        <input type="hidden" name="immig_stat_cd">
        <button type="submit">Apply</button>
      </form>`);
    expect(summary(report)).toEqual([
      ['first_name', 'NONE'],
      ['citizen', 'CITIZENSHIP_IMMIGRATION'],
      ['ssn_opt', 'GOVERNMENT_ID'],
      ['country_b', 'NATIONALITY_ORIGIN'],
      ['interp', 'LANGUAGE_PROXY'],
      ['aff', 'RELIGION'],
      ['payment', 'NONE'],
      ['q', 'NONE'],
      ['immig_stat_cd', 'CITIZENSHIP_IMMIGRATION'],
    ]);
    const citizen = report.items[1]!;
    expect(citizen.question).toBe('Are you a U.S. citizen?');
    expect(citizen.evidence).toContainEqual({ where: 'label', text: 'U.S. citizen', concept: 'citizen+us' });
    expect(citizen.evidence).toContainEqual({ where: 'name', text: 'citizen', concept: 'citizen' });
  });

  it('audits a Spanish form with labels, legends and options', () => {
    const report = auditHtmlForm(`
      <form>
        <label for="n">Nombre completo</label><input id="n" name="nombre">
        <label for="em">¿Cuál es su estatus migratorio?</label>
        <select id="em" name="estatus"><option>Ciudadano</option><option>Residente permanente</option><option>Otro</option></select>
        <fieldset><legend>¿Necesita un int&eacute;rprete?</legend>
          <label><input type="radio" name="interprete" value="si"> Sí</label>
          <label><input type="radio" name="interprete" value="no"> No</label>
        </fieldset>
        <label for="pn">País de nacimiento</label><input id="pn" name="pais">
        <label for="ss">Número de seguro social</label><input id="ss" name="nss_num">
        <label for="rg">Religión</label><input id="rg" name="rg">
        <label for="cd">Ciudad</label><input id="cd" name="ciudad">
        <label for="fn">Fecha de nacimiento</label><input id="fn" name="fnac" type="date">
      </form>`);
    expect(summary(report)).toEqual([
      ['nombre', 'NONE'],
      ['estatus', 'CITIZENSHIP_IMMIGRATION'],
      ['interprete', 'LANGUAGE_PROXY'],
      ['pais', 'NATIONALITY_ORIGIN'],
      ['nss_num', 'GOVERNMENT_ID'],
      ['rg', 'RELIGION'],
      ['ciudad', 'NONE'],
      ['fnac', 'NONE'],
    ]);
  });

  it('flags a select from its options alone, but not a language switcher or a country list for an address', () => {
    const report = auditHtmlForm(`
      <select name="s1"><option>U.S. citizen</option><option>Lawful permanent resident</option><option>Undocumented</option></select>
      <select name="meal"><option>Halal</option><option>Kosher</option><option>No preference</option></select>
      <label for="l">Language of this page</label><select id="l" name="lang"><option>English</option><option>Español</option><option>中文</option></select>
      <fieldset><legend>Mailing address</legend><label for="co">Country</label><select id="co" name="country"><option>Mexico</option><option>Canada</option></select></fieldset>
      <label for="ut">You are a</label><select id="ut" name="user_type"><option>Citizen</option><option>Business</option></select>`);
    expect(summary(report)).toEqual([
      ['s1', 'CITIZENSHIP_IMMIGRATION'],
      ['meal', 'RELIGION'],
      ['lang', 'NONE'],
      ['country', 'NONE'],
      ['user_type', 'NONE'],
    ]);
    expect(report.items[0]!.evidence.every((e) => e.where === 'enum')).toBe(true);
  });

  it('reads a fieldset legend as context for every control in it', () => {
    const report = auditHtmlForm(`
      <fieldset><legend>Place of birth</legend>
        <label for="c1">City</label><input id="c1" name="birth_city_x">
        <label for="c2">Country</label><input id="c2" name="c2">
      </fieldset>`);
    expect(summary(report)).toEqual([
      ['birth_city_x', 'NATIONALITY_ORIGIN'],
      ['c2', 'NATIONALITY_ORIGIN'],
    ]);
  });

  it('names unnamed controls by their question, and refuses non-strings', () => {
    const report = auditHtmlForm('<label>Do you need an interpreter? <input></label><input>');
    expect(report.items.map((i) => i.name)).toEqual(['Do you need an interpreter?', 'input #2']);
    expect(() => auditHtmlForm(undefined as unknown as string)).toThrow(InputInvalidError);
    expect(auditHtmlForm('').items).toEqual([]);
  });
});
