/**
 * Node-only fast paths behind the package's `civicveil/node` entry. Each gives the same bytes
 * as the portable code (the tests check it).
 * @module
 */
export { nativeArgon2id } from './argon2.js';
export { nodeXChaCha } from './xchacha.js';
