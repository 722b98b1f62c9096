/** Test texts with their expected spans written inline: `SSN {{SSN:412-55-7183}}`. */
import type { Span } from '../../src/redact/index.js';

const MARK = /\{\{([A-Z_]+):(.*?)\}\}/g;

/** The plain text and the expected spans (type, start, end) of a marked text. */
export function unmark(marked: string): { text: string; spans: Omit<Span, 'score'>[] } {
  let text = '';
  let at = 0;
  const spans: Omit<Span, 'score'>[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(at, m.index);
    spans.push({ type: m[1]!, start: text.length, end: text.length + m[2]!.length });
    text += m[2]!;
    at = m.index + m[0].length;
  }
  return { text: text + marked.slice(at), spans };
}

/** Spans without scores, for comparisons. */
export function located(spans: readonly Span[]): Omit<Span, 'score'>[] {
  return spans.map(({ type, start, end }) => ({ type, start, end }));
}
