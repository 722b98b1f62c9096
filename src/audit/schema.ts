/**
 * Audit of a JSON Schema (draft-04 to 2020-12): every property, at any depth, under `properties`,
 * `items`/`prefixItems`, `additionalProperties`, `patternProperties`, `allOf`/`anyOf`/`oneOf`,
 * `if`/`then`/`else`, `$defs`/`definitions`. Each property is classified from its name (with its
 * parent's name as context: `birth.country` is a country of birth, `address.country` is not), its
 * `title`, its `description`, its `enum`/`const` values and labelled `oneOf` options, and its
 * `examples`/`default` as sample values. `$ref`s are not followed: the definitions they point to
 * are audited where they are defined.
 * @module
 */
import { FormatInvalidError, InputInvalidError } from '../errors.js';
import type { _Text } from './classify.js';
import { _buildReport, type AuditOptions, type AuditReport, type _FieldInput } from './report.js';

const MAX_DEPTH = 64;
const MAX_FIELDS = 20_000;
const MAX_VISITS = 200_000;

interface _Field {
  name: string;
  question?: string;
  texts: _Text[];
  options: unknown[];
  values: unknown[];
}

type _Schema = Record<string, unknown>;

const isObject = (x: unknown): x is _Schema => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Enum-like values of a property schema: `enum`, `const`, labelled `oneOf`/`anyOf` options, and the same on `items`. */
function _options(schema: _Schema, out: unknown[]): void {
  if (Array.isArray(schema.enum)) out.push(...schema.enum);
  if ('const' in schema) out.push(schema.const);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const option of list) {
      if (!isObject(option)) continue;
      if ('const' in option) out.push(option.const);
      if (typeof option.title === 'string') out.push(option.title);
      if (Array.isArray(option.enum)) out.push(...option.enum);
    }
  }
}

/**
 * Audits a JSON Schema, given as an object or as JSON text. Each finding's `name` is the
 * property's path (`household[].countryOfBirth`, `$defs.Person.religion`) and its `question` the
 * property's `title`. Text that is not JSON is refused with `FORMAT_INVALID`, anything that is not
 * a schema object with `INPUT_INVALID`; neither message repeats the input.
 * @example
 * const report = auditJsonSchema({
 *   type: 'object',
 *   properties: {
 *     applicant: { type: 'object', properties: { birthCountry: { type: 'string', title: 'Country of birth' } } },
 *     status: { enum: ['U.S. citizen', 'Lawful permanent resident', 'Other'] },
 *   },
 * });
 * report.items.map((i) => [i.name, i.category]);
 * // [['applicant', 'NONE'], ['applicant.birthCountry', 'NATIONALITY_ORIGIN'], ['status', 'CITIZENSHIP_IMMIGRATION']]
 */
export function auditJsonSchema(schema: unknown, options: AuditOptions = {}): AuditReport {
  let root = schema;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root);
    } catch {
      throw new FormatInvalidError('the JSON Schema is not valid JSON');
    }
  }
  if (typeof root === 'boolean') return _buildReport('json-schema', [], options);
  if (!isObject(root)) throw new InputInvalidError('a JSON Schema must be an object (or a boolean)');

  const fields = new Map<string, _Field>();
  const ancestors = new Set<object>();
  let visits = 0;

  const field = (path: string): _Field => {
    let f = fields.get(path);
    if (!f) {
      if (fields.size >= MAX_FIELDS) throw new InputInvalidError(`the schema has more than ${MAX_FIELDS} properties`);
      fields.set(path, (f = { name: path, texts: [], options: [], values: [] }));
    }
    return f;
  };

  const addProperty = (path: string, key: string, parentKey: string | undefined, sub: unknown): void => {
    const f = field(path);
    const name = parentKey !== undefined ? `${parentKey} ${key}` : key;
    if (!f.texts.some((t) => t.where === 'name' && t.text === name)) f.texts.push({ where: 'name', text: name });
    if (!isObject(sub)) return;
    if (typeof sub.title === 'string' && sub.title.trim() !== '') {
      f.texts.push({ where: 'label', text: sub.title });
      f.question ??= sub.title;
    }
    if (typeof sub.description === 'string' && sub.description.trim() !== '') f.texts.push({ where: 'description', text: sub.description });
    _options(sub, f.options);
    if (Array.isArray(sub.examples)) f.values.push(...sub.examples);
    if ('default' in sub) f.values.push(sub.default);
    if (isObject(sub.items)) {
      _options(sub.items, f.options);
      if (Array.isArray(sub.items.examples)) f.values.push(...sub.items.examples);
    }
  };

  const visit = (node: unknown, path: string, parentKey: string | undefined, depth: number): void => {
    if (!isObject(node) || ancestors.has(node)) return;
    if (depth > MAX_DEPTH) throw new InputInvalidError(`the schema nests deeper than ${MAX_DEPTH} levels`, { field: path });
    if (++visits > MAX_VISITS) throw new InputInvalidError(`the schema has more than ${MAX_VISITS} subschemas`);
    ancestors.add(node);
    const at = (suffix: string) => (path === '' ? suffix : `${path}.${suffix}`);
    if (isObject(node.properties)) {
      for (const [key, sub] of Object.entries(node.properties)) {
        const childPath = at(key);
        addProperty(childPath, key, parentKey, sub);
        visit(sub, childPath, key, depth + 1);
      }
    }
    const items = node.items;
    if (isObject(items)) visit(items, `${path}[]`, parentKey, depth + 1);
    for (const key of ['items', 'prefixItems'] as const) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((sub, i) => visit(sub, `${path}[${i}]`, parentKey, depth + 1));
    }
    for (const key of ['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'unevaluatedItems', 'contains'] as const) {
      if (isObject(node[key])) visit(node[key], key.endsWith('Items') || key === 'contains' ? `${path}[]` : at('*'), parentKey, depth + 1);
    }
    if (isObject(node.patternProperties)) {
      for (const sub of Object.values(node.patternProperties)) visit(sub, at('*'), parentKey, depth + 1);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = node[key];
      if (Array.isArray(list)) for (const sub of list) visit(sub, path, parentKey, depth + 1);
    }
    for (const key of ['not', 'if', 'then', 'else'] as const) visit(node[key], path, parentKey, depth + 1);
    if (isObject(node.dependentSchemas)) for (const sub of Object.values(node.dependentSchemas)) visit(sub, path, parentKey, depth + 1);
    for (const key of ['$defs', 'definitions'] as const) {
      const defs = node[key];
      if (!isObject(defs)) continue;
      for (const [name, sub] of Object.entries(defs)) visit(sub, `${key}.${name}`, name, depth + 1);
    }
    ancestors.delete(node);
  };

  visit(root, '', undefined, 0);
  const inputs: _FieldInput[] = [...fields.values()].map((f) => ({
    name: f.name,
    ...(f.question !== undefined ? { question: f.question } : {}),
    texts: f.texts,
    options: f.options,
    values: f.values,
  }));
  return _buildReport('json-schema', inputs, options);
}
