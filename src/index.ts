/**
 * civicveil: protect residents' sensitive data before it is stored, shared or published.
 * This entry re-exports the public API; each capability also has its own subpath
 * (`civicveil/keys`, `civicveil/normalize`, `civicveil/pseudonymize`, `civicveil/encrypt`,
 * `civicveil/privacy`, `civicveil/redact`, `civicveil/audit`).
 * @module
 */
export * from './errors.js';
export { base64urlDecode, base64urlEncode, lp, utf8 } from './encoding.js';
export * from './keys/index.js';
export * from './normalize/index.js';
export * from './pseudonymize/index.js';
export * from './encrypt/index.js';
export * from './privacy/index.js';
export * from './redact/index.js';
export * from './audit/index.js';
