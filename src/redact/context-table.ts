/**
 * Column-header context: in a table pasted into a text (TSV, CSV, `;`-separated or Markdown), the
 * label of a cell is the header of its column, not the cells beside it:
 *
 * ```text
 * Last	First	DOB	SSN/ITIN
 * Tran	Ngozi	2/27/1961	761-31-7503
 * ```
 *
 * A table is a block of consecutive lines split by the same delimiter (a tab; or at least two `|`,
 * `;` or `,`) into the same number of cells; its header is the block's first line. (Prose with
 * commas rarely has the same number of them on consecutive lines, and when it does its first line
 * is no header: header cells are short labels.) A comma between a day and a year
 * (`March 3, 1990`) is part of a date, not a delimiter, so that redacting a date moves no cell.
 * @module
 */
import { wordsBetween, type LineInfo } from './context-lines.js';

const TAB = 0x09;
const PIPE = 0x7c;
const SEMI = 0x3b;
const COMMA = 0x2c;

/** How many lines back a header is looked for. */
const MAX_TABLE_LINES = 1000;
/**
 * A header cell is a label: at most this many words (words, not characters: values are no words,
 * so redacting a value in the first line of a block does not make it a header).
 */
const MAX_HEADER_WORDS = 5;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * True when the character at `i` (of code `d`) delimits cells of a table split by `d`: not when a
 * backslash escapes it (`Peña\, Mirna` in an export).
 */
function delimits(text: string, i: number, d: number): boolean {
  if (text.charCodeAt(i) !== d || text.charCodeAt(i - 1) === 0x5c) return false;
  if (d !== COMMA) return true;
  // `3, 1990`: a date's comma.
  return !(
    isDigit(text.charCodeAt(i - 1)) &&
    text.charCodeAt(i + 1) === 0x20 &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    isDigit(text.charCodeAt(i + 4)) &&
    isDigit(text.charCodeAt(i + 5)) &&
    !isDigit(text.charCodeAt(i + 6))
  );
}

/**
 * The delimiter of the line [start, end) when it is a table row (its character code), else 0.
 * @example rowDelimiter('DOB\tSSN', 0, 7) // 9 (a tab)
 */
export function rowDelimiter(text: string, start: number, end: number): number {
  return rowShape(text, start, end) & 0xff;
}

/**
 * The shape of the line [start, end): its delimiter's code in the low 8 bits (0: no table row) and
 * the number of delimiters above them. Two lines of one table have the same shape.
 * @example rowShape('a\tb\tc', 0, 5) // 9 | (2 << 8)
 */
export function rowShape(text: string, start: number, end: number): number {
  // Counted with indexOf on the line alone (native, bounded by the line): several times faster than
  // a loop over its characters, and this runs on every line that holds a candidate.
  const line = start === 0 && end === text.length ? text : text.slice(start, end);
  const tabs = count(line, '\t');
  if (tabs > 0) return TAB | (tabs << 8);
  const pipes = count(line, '|');
  if (pipes >= 2) return PIPE | (pipes << 8);
  const semis = count(line, ';');
  if (semis >= 2) return SEMI | (semis << 8);
  let commas = 0;
  for (let i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) if (delimits(line, i, COMMA)) commas++;
  if (commas >= 2) return COMMA | (commas << 8);
  return 0;
}

/** How many times `ch` occurs in `s`, not escaped by a backslash (`\|` in a Markdown cell). */
function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) if (s.charCodeAt(i - 1) !== 0x5c) n++;
  return n;
}

/** The index of the cell holding position `at` of the row [start, ...) split by `d`. */
function cellIndex(text: string, start: number, at: number, d: number): number {
  let n = 0;
  for (let i = start; i < at; i++) if (delimits(text, i, d)) n++;
  return n;
}

/**
 * The header cell of a column: the analysed header line and the cell's range in it.
 * @example const cell: HeaderCell = { line, from: 9, to: 12 };
 */
export interface HeaderCell {
  readonly line: LineInfo;
  readonly from: number;
  readonly to: number;
}

/**
 * Table lookups for one text.
 * @example createTableContext(text, analyze).headerCell(line, 40)
 */
export interface TableContext {
  /** True when positions `a` and `b` of `line` are in the same cell (always, when it is no table row). */
  sameCell(line: LineInfo, a: number, b: number): boolean;
  /** True when `line` is a table row below its table's header row. */
  belowHeader(line: LineInfo): boolean;
  /** The header cell of the column holding position `at` of `line`, if `line` is a row below a header. */
  headerCell(line: LineInfo, at: number): HeaderCell | undefined;
}

/**
 * Prepares table lookups for `text`; `analyze` finds the context phrases of a line.
 * @example createTableContext('DOB\tName\n2/27/1961\tAna', analyzeLine)
 */
export function createTableContext(text: string, analyze: (start: number, end: number) => LineInfo): TableContext {
  // The last line asked about: where it starts, its shape, and where its block's header starts.
  let rowStart = -1;
  let rowShapeCode = 0;
  let rowHeader = -1;
  // The last block found: its shape, its header line, and how far down it is known to reach.
  let blockShape = 0;
  let blockFrom = -1;
  let blockTo = -1;
  let header: LineInfo | undefined;
  let headerStart = -1;
  let headerEnd = -1;
  /** The header line, analysed on first use. */
  const headerLine = (): LineInfo => (header ??= analyze(headerStart, headerEnd));
  /**
   * The cells of the header line split by `headerDelimiter`, each with its range when it is a
   * label (at most {@link MAX_HEADER_WORDS} words), else undefined; found on first use.
   */
  let headerCells: (HeaderCell | undefined)[] | undefined;
  let headerDelimiter = 0;
  const cellsOf = (d: number): (HeaderCell | undefined)[] => {
    if (headerCells !== undefined && headerDelimiter === d) return headerCells;
    const h = headerLine();
    const cells: (HeaderCell | undefined)[] = [];
    let from = h.start;
    for (let i = h.start; i <= h.end; i++) {
      if (i < h.end && !delimits(text, i, d)) continue;
      cells.push(wordsBetween(text, from, i, h, MAX_HEADER_WORDS) > MAX_HEADER_WORDS ? undefined : { line: h, from, to: i });
      from = i + 1;
    }
    headerDelimiter = d;
    return (headerCells = cells);
  };

  // The shapes of the last two lines shaped: a line's shape is asked for when it is scanned and
  // again, as the line before, when the next one is.
  let shapedA = -1;
  let shapeA = 0;
  let shapedB = -1;
  let shapeB = 0;
  const shapeOf = (start: number, end: number): number => {
    if (start === shapedA) return shapeA;
    if (start === shapedB) return shapeB;
    shapedB = shapedA;
    shapeB = shapeA;
    shapedA = start;
    return (shapeA = rowShape(text, start, end));
  };

  /** Where the first line of the block of lines of shape `shape` that holds [start, end) starts. */
  const headerOf = (start: number, end: number, shape: number): number => {
    let first = start;
    let firstEnd = end;
    for (let n = 0; n < MAX_TABLE_LINES && first > 0; n++) {
      const prevEnd = first - 1;
      if (shape === blockShape && prevEnd >= blockFrom && prevEnd <= blockTo) {
        blockTo = end;
        return headerStart;
      }
      const prevStart = prevEnd > 0 ? text.lastIndexOf('\n', prevEnd - 1) + 1 : 0;
      if (shapeOf(prevStart, prevEnd) !== shape) break;
      first = prevStart;
      firstEnd = prevEnd;
    }
    blockShape = shape;
    blockFrom = first;
    blockTo = end;
    header = undefined;
    headerCells = undefined;
    headerStart = first;
    headerEnd = firstEnd;
    return first;
  };

  /** The delimiter of `line` (0: no table row); also settles where its header starts, once per line. */
  const delimiterOf = (line: LineInfo): number => {
    if (line.start !== rowStart) {
      rowStart = line.start;
      rowShapeCode = shapeOf(line.start, line.end);
      rowHeader = rowShapeCode === 0 ? -1 : headerOf(line.start, line.end, rowShapeCode);
    }
    return rowShapeCode & 0xff;
  };

  return {
    sameCell(line, a, b) {
      const d = delimiterOf(line);
      if (d === 0) return true;
      const [x, y] = a < b ? [a, b] : [b, a];
      for (let i = x; i < y; i++) if (delimits(text, i, d)) return false;
      return true;
    },
    belowHeader(line) {
      const d = delimiterOf(line);
      return d !== 0 && rowHeader !== line.start;
    },
    headerCell(line, at) {
      const d = delimiterOf(line);
      if (d === 0 || rowHeader === line.start) return undefined;
      if (rowHeader !== headerStart) headerOf(line.start, line.end, rowShapeCode);
      const cells = cellsOf(d);
      // Prose with as many commas on consecutive lines has no label for a header: no need to find the cell.
      if (!cells.some((c) => c !== undefined)) return undefined;
      return cells[cellIndex(text, line.start, at, d)];
    },
  };
}
