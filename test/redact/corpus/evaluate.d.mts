// Types of evaluate.mjs, for the TypeScript test suite.

/** The ten types of issue 5, item 1. */
export type RedactionType = 'SSN' | 'ITIN' | 'A_NUMBER' | 'USCIS_RECEIPT' | 'PASSPORT' | 'PHONE' | 'EMAIL' | 'DATE_OF_BIRTH' | 'CREDIT_CARD' | 'IP_ADDRESS';

export declare const TYPES: readonly RedactionType[];
export declare const TARGETS: {
  readonly perType: Readonly<Record<'SSN' | 'ITIN' | 'A_NUMBER', { readonly recall: number; readonly precision: number }>>;
  readonly macroF1: number;
};
export declare const CORPUS_PATH: string;

export interface LabelledSpan {
  type: RedactionType;
  start: number;
  end: number;
}
export interface Decoy {
  kind: string;
  start: number;
  end: number;
}
export interface Snippet {
  id: string;
  lang: 'en' | 'es';
  text: string;
  spans: LabelledSpan[];
  decoys?: Decoy[];
  note?: string;
}

/** What a detector returns for one value; `score` is optional here. */
export interface PredictedSpan {
  type: string;
  start: number;
  end: number;
  score?: number;
}
export type DetectFunction = (text: string, options?: any) => Iterable<PredictedSpan>;

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface TypeScores extends Scores {
  support: number;
  predicted: number;
  lenient: Scores;
}
export interface Summary {
  types: Record<RedactionType, TypeScores>;
  macroF1: number;
  lenientMacroF1: number;
  micro: Scores;
}
export interface TargetResult {
  name: string;
  target: number;
  value: number;
  met: boolean;
}
export interface ErrorEntry {
  id: string;
  type: string;
  start: number;
  end: number;
  /** False negative: a prediction of another type overlaps the label. */
  predictedAs?: string;
  /** False positive: overlaps a label of another type. */
  labelled?: string;
  /** Same type, other offsets: the offsets of the overlapping label or prediction. */
  boundary?: { start: number; end: number };
  /** False positive: the kind of hard negative it fell on. */
  decoy?: string;
}
export interface Report extends Summary {
  snippets: number;
  spans: number;
  languages: Record<string, Summary & { snippets: number }>;
  targets: TargetResult[];
  hardNegatives: { total: number; hit: Record<string, number> };
  otherTypes: Record<string, number>;
  malformed: ErrorEntry[];
  milliseconds: number;
  errors: { falsePositives: ErrorEntry[]; falseNegatives: ErrorEntry[] };
}
export interface EvaluateOptions {
  /** Passed to detect as its second argument. */
  detectOptions?: unknown;
  /** Predictions scored below this are dropped. */
  minScore?: number;
}

export declare function loadCorpus(path?: string): Snippet[];
export declare function evaluate(snippets: readonly Snippet[], detect: DetectFunction, options?: EvaluateOptions): Report;
export declare function formatReport(report: Report, options?: { errors?: boolean }): string;
