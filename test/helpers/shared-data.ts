import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED } from './shared.js';

/**
 * The data sets shared beside the repository (`../shared/data`), when present. They are read in
 * place and never copied into the repository: tests that need them skip, with a visible note,
 * where they are absent.
 */
export const SHARED_DATA = resolve(SHARED, 'data');

const _noted = new Set<string>();

/** The path of a file under ../shared/data, or undefined with a visible note (once per file) when it is absent. */
export function sharedDataPath(name: string): string | undefined {
  const file = resolve(SHARED_DATA, name);
  if (existsSync(file)) return file;
  if (!_noted.has(name)) {
    _noted.add(name);
    console.warn(`NOTE: data/${name} not found beside the repository (../shared/data): its tests are skipped`);
  }
  return undefined;
}

/** Reads a text file under ../shared/data, or returns undefined with a visible note when it is absent. */
export function sharedDataText(name: string): string | undefined {
  const file = sharedDataPath(name);
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}
