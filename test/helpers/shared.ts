import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The read-only data shared beside the repository (`../shared`), when present. */
export const SHARED = resolve(__dirname, '../../../shared');

/** Reads a JSON file under ../shared, or returns undefined with a visible note when it is absent. */
export function sharedJson<T>(relative: string): T | undefined {
  const file = resolve(SHARED, relative);
  if (!existsSync(file)) {
    console.warn(`NOTE: ${relative} not found beside the repository (../shared): its tests are skipped`);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
