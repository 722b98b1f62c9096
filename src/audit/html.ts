/**
 * Audit of an HTML form: every input, select and textarea (buttons aside), with the text a
 * person reads next to it — `<label for>` and wrapping labels, `aria-label`, `aria-labelledby`,
 * `placeholder`, `title`, the `<legend>` of its fieldsets and, for a control with none of these,
 * the text just before it (table layouts). Radio buttons and checkboxes that share a name are one
 * question whose options are their labels. No DOM is needed (html-tokenize.ts), so it runs in
 * browsers, workers and Node alike.
 * @module
 */
import { InputInvalidError } from '../errors.js';
import type { _Text } from './classify.js';
import { _tokenizeHtml } from './html-tokenize.js';
import { _buildReport, type AuditOptions, type AuditReport, type _FieldInput } from './report.js';

/**
 * A form control as read from the markup.
 * @example
 * const control: FormControl = readHtmlForm('<label>Religion <input name="rel"></label>')[0];
 * // { tag: 'input', type: 'text', name: 'rel', labels: ['Religion'], legends: [], options: [], ... }
 */
export interface FormControl {
  readonly tag: 'input' | 'select' | 'textarea';
  /** The `type` of an input (lower case, `text` when absent); `select-one`, `select-multiple` or `textarea` otherwise. */
  readonly type: string;
  readonly name?: string;
  readonly id?: string;
  readonly value?: string;
  readonly placeholder?: string;
  readonly ariaLabel?: string;
  /** Text of the elements named by `aria-labelledby`. */
  readonly labelledBy?: string;
  readonly title?: string;
  /** Texts of its labels (`<label for>` and wrapping labels). */
  readonly labels: readonly string[];
  /** Legends of the fieldsets it is in, innermost first. */
  readonly legends: readonly string[];
  /** The text just before it, when nothing labels it (at most 160 characters). */
  readonly precedingText?: string;
  /** Options of a select (their text, then their value when it differs). */
  readonly options: readonly string[];
  /** 0-based index of the `<form>` it is in, -1 outside any form. */
  readonly form: number;
}

interface _MutableControl {
  tag: 'input' | 'select' | 'textarea';
  type: string;
  attrs: ReadonlyMap<string, string>;
  labels: string[];
  fieldsets: _Fieldset[];
  precedingText: string;
  options: string[];
  form: number;
}
interface _Fieldset {
  legend: string;
  inLegend: boolean;
}
interface _Label {
  forId: string | undefined;
  text: string;
  controls: _MutableControl[];
}

const IGNORED_INPUTS = new Set(['submit', 'button', 'reset', 'image']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set(['br', 'p', 'div', 'td', 'th', 'tr', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'span']);
const MAX_TEXT = 300;
const PRECEDING = 160;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const capped = (s: string, max = MAX_TEXT) => (s.length > max ? s.slice(0, max) : s);

/**
 * Reads the form controls of an HTML document or fragment, in document order, with the texts that
 * label them. Never throws on a string, whatever it holds.
 * @example
 * readHtmlForm('<label for="c">Country of birth</label><select id="c" name="cob"><option>Mexico</option></select>')
 * // [{ tag: 'select', type: 'select-one', name: 'cob', id: 'c', labels: ['Country of birth'], options: ['Mexico'], ... }]
 */
export function readHtmlForm(html: string): FormControl[] {
  if (typeof html !== 'string') return [];
  const controls: _MutableControl[] = [];
  const labels: _Label[] = [];
  const forLabels: { forId: string; text: string }[] = [];
  const fieldsets: _Fieldset[] = [];
  const idStack: { name: string; id: string | undefined }[] = [];
  const idText = new Map<string, string>();
  let form = -1;
  let formCount = 0;
  let select: _MutableControl | undefined;
  let option: { text: string; value: string | undefined } | undefined;
  let pending = '';

  const closeOption = () => {
    if (option && select) {
      const text = clean(option.text);
      if (text) select.options.push(capped(text));
      if (option.value !== undefined && clean(option.value) !== '' && clean(option.value) !== text) select.options.push(capped(clean(option.value)));
    }
    option = undefined;
  };
  const closeLabel = (label: _Label) => {
    const text = capped(clean(label.text));
    if (!text) return;
    if (label.forId !== undefined) forLabels.push({ forId: label.forId, text });
    else for (const c of label.controls) c.labels.push(text);
  };
  const addControl = (tag: _MutableControl['tag'], type: string, attrs: ReadonlyMap<string, string>): _MutableControl => {
    const control: _MutableControl = { tag, type, attrs, labels: [], fieldsets: [...fieldsets].reverse(), precedingText: capped(clean(pending).slice(-PRECEDING), PRECEDING), options: [], form };
    controls.push(control);
    const label = labels[labels.length - 1];
    if (label && label.forId === undefined) label.controls.push(control);
    pending = '';
    return control;
  };

  _tokenizeHtml(html, (token) => {
    if (token.type === 'text') {
      if (option) {
        option.text = capped(option.text + token.text, MAX_TEXT * 2);
        return;
      }
      for (const label of labels) label.text = capped(label.text + token.text, MAX_TEXT * 2);
      for (const f of fieldsets) if (f.inLegend) f.legend = capped(f.legend + token.text, MAX_TEXT * 2);
      for (const el of idStack) if (el.id !== undefined) idText.set(el.id, capped((idText.get(el.id) ?? '') + token.text, MAX_TEXT * 2));
      pending = (pending + token.text).slice(-PRECEDING * 4);
      return;
    }
    if (token.type === 'start') {
      const { name, attrs } = token;
      if (BLOCK.has(name)) pending += ' ';
      switch (name) {
        case 'form':
          form = formCount++;
          pending = '';
          break;
        case 'label':
          labels.push({ forId: attrs.get('for'), text: '', controls: [] });
          break;
        case 'fieldset':
          fieldsets.push({ legend: '', inLegend: false });
          break;
        case 'legend': {
          const f = fieldsets[fieldsets.length - 1];
          if (f) f.inLegend = true;
          break;
        }
        case 'input': {
          const type = (attrs.get('type') ?? 'text').trim().toLowerCase() || 'text';
          if (!IGNORED_INPUTS.has(type)) addControl('input', type, attrs);
          break;
        }
        case 'select':
          closeOption();
          select = addControl('select', attrs.has('multiple') ? 'select-multiple' : 'select-one', attrs);
          break;
        case 'textarea':
          addControl('textarea', 'textarea', attrs);
          break;
        case 'option':
          closeOption();
          if (select) option = { text: attrs.get('label') ?? '', value: attrs.get('value') };
          break;
        case 'optgroup':
          closeOption();
          break;
        default:
          break;
      }
      if (!VOID.has(name) && !token.selfClosing && name !== 'option') {
        const id = attrs.get('id');
        idStack.push({ name, id: id !== undefined && id !== '' ? id : undefined });
        if (idStack.length > 512) idStack.shift();
      }
      return;
    }
    // end tag
    const { name } = token;
    if (BLOCK.has(name)) pending += ' ';
    switch (name) {
      case 'label': {
        const label = labels.pop();
        if (label) closeLabel(label);
        pending = '';
        break;
      }
      case 'legend': {
        const f = fieldsets[fieldsets.length - 1];
        if (f) f.inLegend = false;
        break;
      }
      case 'fieldset':
        fieldsets.pop();
        break;
      case 'option':
        closeOption();
        break;
      case 'select':
        closeOption();
        select = undefined;
        break;
      case 'form':
        form = -1;
        break;
      default:
        break;
    }
    for (let i = idStack.length - 1; i >= 0; i--) {
      if (idStack[i]!.name === name) {
        idStack.length = i;
        break;
      }
    }
  });
  closeOption();
  while (labels.length > 0) closeLabel(labels.pop()!);

  const byId = new Map<string, _MutableControl>();
  for (const c of controls) {
    const id = c.attrs.get('id');
    if (id && !byId.has(id)) byId.set(id, c);
  }
  for (const { forId, text } of forLabels) byId.get(forId)?.labels.push(text);

  return controls.map((c): FormControl => {
    const attr = (key: string) => {
      const v = c.attrs.get(key);
      return v !== undefined && clean(v) !== '' ? capped(clean(v)) : undefined;
    };
    const labelledBy = attr('aria-labelledby')
      ?.split(' ')
      .map((id) => idText.get(id))
      .filter((t): t is string => t !== undefined)
      .map(clean)
      .join(' ');
    const name = attr('name');
    const id = attr('id');
    const value = c.attrs.get('value');
    const placeholder = attr('placeholder');
    const ariaLabel = attr('aria-label');
    const title = attr('title');
    return {
      tag: c.tag,
      type: c.type,
      ...(name !== undefined ? { name } : {}),
      ...(id !== undefined ? { id } : {}),
      ...(value !== undefined ? { value: capped(value) } : {}),
      ...(placeholder !== undefined ? { placeholder } : {}),
      ...(ariaLabel !== undefined ? { ariaLabel } : {}),
      ...(labelledBy ? { labelledBy: capped(labelledBy) } : {}),
      ...(title !== undefined ? { title } : {}),
      labels: c.labels,
      legends: c.fieldsets.map((f) => capped(clean(f.legend))).filter((l) => l !== ''),
      ...(c.precedingText !== '' ? { precedingText: c.precedingText } : {}),
      options: c.options,
      form: c.form,
    };
  });
}

const GROUPED = new Set(['radio', 'checkbox']);

/** The fields of a form: one per control, one per group of radios or checkboxes sharing a name. */
function _fields(controls: readonly FormControl[]): _FieldInput[] {
  const groups = new Map<string, FormControl[]>();
  for (const c of controls) {
    if (c.tag === 'input' && GROUPED.has(c.type) && c.name !== undefined) {
      const key = `${c.form}\u0000${c.name}`;
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  }
  const fields: _FieldInput[] = [];
  const done = new Set<string>();
  controls.forEach((c, index) => {
    const key = c.name !== undefined ? `${c.form}\u0000${c.name}` : '';
    const group = c.tag === 'input' && GROUPED.has(c.type) ? groups.get(key) : undefined;
    if (group && (group.length > 1 || c.type === 'radio')) {
      if (done.has(key)) return;
      done.add(key);
      fields.push(_groupField(group));
      return;
    }
    fields.push(_controlField(c, index));
  });
  return fields;
}

/** A single control: its own labels are the question; fieldset legends are context (weight 0.8). */
function _controlField(c: FormControl, index: number): _FieldInput {
  const texts: _Text[] = [];
  if (c.name !== undefined) texts.push({ where: 'name', text: c.name });
  if (c.id !== undefined && c.id !== c.name) texts.push({ where: 'name', text: c.id });
  const own = [...c.labels, ...(c.labelledBy ? [c.labelledBy] : []), ...(c.ariaLabel !== undefined ? [c.ariaLabel] : [])];
  for (const t of own) texts.push({ where: 'label', text: t });
  if (c.placeholder !== undefined) texts.push({ where: 'label', text: c.placeholder });
  if (c.title !== undefined) texts.push({ where: 'description', text: c.title });
  for (const legend of c.legends) texts.push({ where: 'label', text: legend, weight: 0.8 });
  const labelled = own.length > 0 || c.placeholder !== undefined || c.title !== undefined;
  if (!labelled && c.precedingText !== undefined) texts.push({ where: 'label', text: c.precedingText });
  const question = own[0] ?? c.placeholder ?? (labelled ? undefined : c.precedingText) ?? c.title ?? c.legends[0];
  return {
    name: c.name ?? c.id ?? question ?? `${c.tag} #${index + 1}`,
    ...(question !== undefined ? { question } : {}),
    texts,
    options: c.options,
  };
}

/** Radios or checkboxes sharing a name: the legend (or the text before the group) is the question, their labels the options. */
function _groupField(group: readonly FormControl[]): _FieldInput {
  const first = group[0]!;
  const texts: _Text[] = [{ where: 'name', text: first.name ?? '' }];
  const aria = first.ariaLabel ?? first.labelledBy;
  if (aria !== undefined) texts.push({ where: 'label', text: aria });
  for (const legend of first.legends) texts.push({ where: 'label', text: legend });
  if (first.legends.length === 0 && aria === undefined && first.precedingText !== undefined) texts.push({ where: 'label', text: first.precedingText });
  const options: string[] = [];
  for (const c of group) {
    options.push(...c.labels);
    if (c.value !== undefined && c.value.trim() !== '' && !c.labels.includes(c.value)) options.push(c.value);
  }
  const question = first.legends[0] ?? aria ?? first.precedingText;
  return { name: first.name ?? question ?? 'group', ...(question !== undefined ? { question } : {}), texts, options };
}

/**
 * Audits an HTML form (or a whole page): every control, with its labels, legends, placeholder and
 * options, in English or Spanish. A non-string is refused with `INPUT_INVALID`; malformed markup is
 * read as a browser would, as far as forms go.
 * @example
 * const report = auditHtmlForm(`
 *   <fieldset><legend>¿Es usted ciudadano de los Estados Unidos?</legend>
 *     <label><input type="radio" name="ciudadano" value="si"> Sí</label>
 *     <label><input type="radio" name="ciudadano" value="no"> No</label>
 *   </fieldset>
 *   <label for="lang">Preferred language</label><select id="lang" name="pref_lang"><option>English</option></select>`);
 * report.items.map((i) => i.category) // ['CITIZENSHIP_IMMIGRATION', 'LANGUAGE_PROXY']
 */
export function auditHtmlForm(html: string, options: AuditOptions = {}): AuditReport {
  if (typeof html !== 'string') throw new InputInvalidError('auditHtmlForm needs the HTML as a string');
  return _buildReport('html-form', _fields(readHtmlForm(html)), options);
}
