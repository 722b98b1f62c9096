/**
 * Form and schema audit: find the questions and columns that collect what endangers residents —
 * citizenship or immigration status, government ID numbers, nationality or origin, language as a
 * proxy for origin, religion — in field names, JSON Schemas, CSV headers with sample rows, and
 * HTML forms, in English and Spanish, each with evidence and a recommendation from municipal
 * guidance (New York City Executive Orders 34 and 41, Chicago's Welcoming City Ordinance, New York
 * City's Identifying Information Law). Browser-safe: no Node built-ins.
 * @module
 */
export { CATEGORIES, SENSITIVE_CATEGORIES, isSensitiveCategory, type Category } from './categories.js';
export { classifyField, type ClassifyOptions, type Evidence, type EvidenceSource, type FieldClassification } from './classify.js';
export { splitFieldName } from './tokenize.js';
export { RECOMMENDATIONS, type Recommendation, type RecommendedAction } from './recommendations.js';
export { formatAuditReport, type AuditFinding, type AuditInput, type AuditOptions, type AuditReport } from './report.js';
export { auditNames } from './names.js';
export { auditJsonSchema } from './schema.js';
export { auditCsv, type CsvAuditOptions, type CsvSample } from './csv.js';
export { auditHtmlForm, readHtmlForm, type FormControl } from './html.js';
