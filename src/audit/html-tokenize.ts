/**
 * A small HTML tokenizer for reading forms: start tags with attributes, end tags and text, with
 * character references decoded. It follows the parts of the WHATWG tokenizer that matter for
 * forms (comments, doctype, CDATA, raw-text `script`/`style`, RCDATA `textarea`/`title`, quoted and
 * unquoted attributes, first attribute wins) and never throws: malformed markup degrades to text
 * or is skipped, and every step advances, so any input ends in linear time.
 * @module
 */

/** A token. Tag and attribute names are lower-case; attribute values and text are decoded. */
export type _HtmlToken =
  | { readonly type: 'start'; readonly name: string; readonly attrs: ReadonlyMap<string, string>; readonly selfClosing: boolean }
  | { readonly type: 'end'; readonly name: string }
  | { readonly type: 'text'; readonly text: string };

/** Elements whose content is not markup; their content is skipped. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'template']);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', yacute: 'ý',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', atilde: 'ã', otilde: 'õ',
  ntilde: 'ñ', Ntilde: 'Ñ', uuml: 'ü', Uuml: 'Ü', euml: 'ë', iuml: 'ï', ouml: 'ö', auml: 'ä',
  ccedil: 'ç', Ccedil: 'Ç', iquest: '¿', iexcl: '¡', ordf: 'ª', ordm: 'º', laquo: '«', raquo: '»',
  copy: '©', reg: '®', trade: '™', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', middot: '·', deg: '°', bull: '•', sect: '§', para: '¶', euro: '€',
};
/** Named references that the HTML standard also decodes without a semicolon (the common ones). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g;

function _codePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decodes character references (numeric, and the named ones forms use). */
export function _decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string | undefined) => {
    if (dec !== undefined) return _codePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return _codePoint(Number.parseInt(hex, 16));
    if (name !== undefined) {
      const value = Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
      if (value !== undefined && (semi === ';' || LEGACY.has(name))) return value;
    }
    return whole;
  });
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** Calls `onToken` for each token of `html`, in order. */
export function _tokenizeHtml(html: string, onToken: (token: _HtmlToken) => void): void {
  const len = html.length;
  let pos = 0;
  const text = (from: number, to: number) => {
    if (to > from) onToken({ type: 'text', text: _decodeEntities(html.slice(from, to)) });
  };
  while (pos < len) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      text(pos, len);
      return;
    }
    text(pos, lt);
    pos = lt;
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? len : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      const stop = end < 0 ? len : end;
      if (stop > lt + 9) onToken({ type: 'text', text: html.slice(lt + 9, stop) });
      pos = end < 0 ? len : end + 3;
      continue;
    }
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const end = html.indexOf('>', lt + 2);
      pos = end < 0 ? len : end + 1;
      continue;
    }
    if (c === 0x2f /* / */) {
      if (!isAsciiLetter(html.charCodeAt(lt + 2))) {
        // "</>" is dropped, "</ x>" is a bogus comment.
        const end = html.indexOf('>', lt + 2);
        pos = end < 0 ? len : end + 1;
        continue;
      }
      let i = lt + 2;
      while (i < len && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
      const name = html.slice(lt + 2, i).toLowerCase();
      const end = html.indexOf('>', i);
      if (end < 0) return; // EOF in a tag: dropped
      onToken({ type: 'end', name });
      pos = end + 1;
      continue;
    }
    if (!isAsciiLetter(c)) {
      text(lt, lt + 1); // a lone "<" is text
      pos = lt + 1;
      continue;
    }
    const tag = _readStartTag(html, lt);
    if (tag === undefined) return; // EOF in a tag: dropped
    onToken({ type: 'start', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing });
    pos = tag.end;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = new RegExp(`</${tag.name}(?=[\\s/>]|$)`, 'gi');
      close.lastIndex = pos;
      const m = close.exec(html);
      pos = m ? m.index : len;
    } else if (tag.name === 'plaintext') {
      return;
    }
  }
}

interface _StartTag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  /** Offset just past the `>`. */
  end: number;
}

/** Reads a start tag at `lt` (which is followed by an ASCII letter), or undefined at EOF. */
function _readStartTag(html: string, lt: number): _StartTag | undefined {
  const len = html.length;
  let i = lt + 1;
  while (i < len && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(lt + 1, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (i < len && (isSpace(html.charCodeAt(i)) || html[i] === '/')) {
      selfClosing = html[i] === '/';
      i++;
    }
    if (i >= len) return undefined;
    if (html[i] === '>') return { name, attrs, selfClosing, end: i + 1 };
    selfClosing = false;
    const nameStart = i;
    i++; // the first character is part of the name even when it is "="
    while (i < len && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < len && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < len && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const from = i;
        while (i < len && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(from, i);
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, _decodeEntities(value));
  }
}
